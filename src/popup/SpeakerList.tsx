// Speakers, most quoted first, each a disclosure button that opens their quotes. A quote is a
// button that shows it in the page, with a copy-with-citation button beside it. Right/Left
// open and close a speaker as in a tree; Up/Down come from the panel (list-keys.ts).
import { useState } from 'preact/hooks';
import type { Quote } from '../engine/types';
import type { PageReport } from '../shared/messages';
import { t } from '../shared/i18n';
import type { PopupApi } from './popup-api';
import type { SpeakerGroup } from './view-model';
import { citeQuote } from './export';

export interface SpeakerListProps {
  groups: SpeakerGroup[];
  query: string;
  report: PageReport;
  api: PopupApi;
  onFocus(quoteIndex: number): void;
  onStatus(message: string): void;
}

/** The label of a quote's kind: it is read out and shown, never conveyed by colour alone. */
function quoteKind(q: Quote): { cls: string; label: string } {
  if (q.kind === 'reported') return { cls: 'reported', label: t('kindReported') };
  return q.partial ? { cls: 'partial', label: t('kindPartial') } : { cls: 'direct', label: t('kindDirect') };
}

export function SpeakerList({ groups, query, report, api, onFocus, onStatus }: SpeakerListProps) {
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  if (!groups.length) {
    return <p class="empty">{query ? t('noMatches', query) : t('noQuotes')}</p>;
  }
  // Open by default: the most quoted speaker, or every speaker with a match while searching.
  const isOpen = (key: string, i: number) => toggled[key] ?? (query ? true : i === 0);
  const setOpen = (key: string, open: boolean) => setToggled((prev) => ({ ...prev, [key]: open }));

  return (
    <ul class="speakers">
      {groups.map((g, i) => {
        const open = isOpen(g.key, i);
        const listId = `quotes-${i}`;
        const name = g.speaker?.name ?? t('unattributed');
        return (
          <li class="speaker" key={g.key}>
            <button type="button" class="speaker-toggle" data-nav aria-expanded={open} aria-controls={listId}
              onClick={() => setOpen(g.key, !open)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' && !open) { e.preventDefault(); setOpen(g.key, true); }
                else if (e.key === 'ArrowLeft' && open) { e.preventDefault(); setOpen(g.key, false); }
              }}>
              <span class="speaker-name">{name}</span>
              {g.speaker?.role && <span class="speaker-role">{g.speaker.role}</span>}
              <span class="speaker-meta">
                {g.speaker && <span class="speaker-kind">{t(`speakerKind_${g.speaker.kind}`)}</span>}
                <span class="speaker-count">{t('quoteCount', g.quotes.length)}</span>
              </span>
            </button>
            <ul id={listId} class="quotes" hidden={!open} aria-label={t('quotesBy', name)}>
              {g.quotes.map(({ quote, index }) => {
                const kind = quoteKind(quote);
                return (
                  <li class={`quote quote-${kind.cls}`} key={index}>
                    <button type="button" class="quote-text" data-nav title={t('showInPage')}
                      onClick={() => onFocus(index)}
                      onKeyDown={(e) => {
                        if (e.key === 'ArrowLeft') {
                          e.preventDefault();
                          ((e.currentTarget as HTMLElement).closest('.speaker')?.querySelector('.speaker-toggle') as HTMLElement | null)?.focus();
                        }
                      }}>
                      <span class="quote-kind">{kind.label}</span>
                      <span class="quote-words" id={`quote-words-${index}`}>{quote.text}</span>
                    </button>
                    <button type="button" class="copy" aria-label={t('copyQuoteLabel')} title={t('copyQuoteLabel')}
                      aria-describedby={`quote-words-${index}`}
                      onClick={async () => {
                        try {
                          await api.copy(citeQuote(report, index));
                          onStatus(t('statusCopied'));
                        } catch {
                          onStatus(t('statusCopyFailed'));
                        }
                      }}>{t('copy')}</button>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
