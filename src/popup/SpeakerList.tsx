// Speakers, most quoted first, each a disclosure button that opens their quotes. A quote is a
// button that shows it in the page, with a copy-with-citation button beside it. Right/Left
// open and close a speaker as in a tree; Up/Down come from the panel (list-keys.ts).
// At scale (a page can yield 20,000 quotes) every part is bounded (show-more.tsx): at most a
// page of speakers, a closed speaker's quotes not rendered at all, an open speaker's quotes a
// page at a time, and while searching only the first few matching speakers open by themselves.
import { useRef, useState } from 'preact/hooks';
import type { Quote } from '../engine/types';
import type { PageReport } from '../shared/messages';
import { t } from '../shared/i18n';
import type { PopupApi } from './popup-api';
import type { QuoteRow, SpeakerGroup } from './view-model';
import { citeQuote } from './export';
import { LIST_PAGE, ShowMore, useRowLimit } from './show-more';
import { EvidenceDetails } from './EvidenceDetails';
import { CorrectButton, correctionOf } from './CorrectionEditor';

/** Quotes an open speaker lists at first, and adds with each "Show more quotes". */
export const QUOTE_PAGE = 50;
/** While searching, the speakers with a match that open by themselves (the others open on
 * request), so a search that matches everything renders a bounded list too. */
export const OPEN_WHILE_SEARCHING = 4;

export interface SpeakerListProps {
  groups: SpeakerGroup[];
  query: string;
  report: PageReport;
  api: PopupApi;
  onFocus(quoteIndex: number): void;
  onStatus(message: string): void;
  /** Shows where the speaker of this quote is introduced in the page. */
  onShowIntroduction(quoteIndex: number): void;
}

/** The label of a quote's kind: it is read out and shown, never conveyed by colour alone. */
function quoteKind(q: Quote): { cls: string; label: string } {
  if (q.kind === 'reported') return { cls: 'reported', label: t('kindReported') };
  return q.partial ? { cls: 'partial', label: t('kindPartial') } : { cls: 'direct', label: t('kindDirect') };
}

export function SpeakerList({ groups, query, report, api, onFocus, onStatus, onShowIntroduction }: SpeakerListProps) {
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const list = useRef<HTMLUListElement>(null);
  const { limit, shown, more } = useRowLimit(groups, list, LIST_PAGE);
  if (!groups.length) {
    return <p class="empty">{query ? t('noMatches', query) : t('noQuotes')}</p>;
  }
  // Open by default: the most quoted speaker, or the first speakers with a match while searching.
  const isOpen = (key: string, i: number) => toggled[key] ?? (query ? i < OPEN_WHILE_SEARCHING : i === 0);
  const setOpen = (key: string, open: boolean) => setToggled((prev) => ({ ...prev, [key]: open }));

  return (
    <>
      <ul class="speakers" ref={list}>
        {groups.slice(0, shown).map((g, i) => {
          const open = isOpen(g.key, i);
          const listId = `quotes-${i}`;
          const name = g.speaker?.name ?? t('unattributed');
          return (
            <li class="speaker" key={g.key}>
              <button
                type="button"
                class="speaker-toggle"
                data-nav
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => setOpen(g.key, !open)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight' && !open) {
                    e.preventDefault();
                    setOpen(g.key, true);
                  } else if (e.key === 'ArrowLeft' && open) {
                    e.preventDefault();
                    setOpen(g.key, false);
                  }
                }}
              >
                <span class="speaker-name">{name}</span>
                {g.speaker?.role && <span class="speaker-role">{g.speaker.role}</span>}
                <span class="speaker-meta">
                  {g.speaker && <span class="speaker-kind">{t(`speakerKind_${g.speaker.kind}`)}</span>}
                  <span class="speaker-count">{t('quoteCount', g.quotes.length)}</span>
                </span>
              </button>
              {/* A closed speaker's list is there for aria-controls, but empty: its quotes cost nothing. */}
              {open ? (
                <SpeakerQuotes
                  id={listId}
                  name={name}
                  rows={g.quotes}
                  report={report}
                  api={api}
                  onFocus={onFocus}
                  onStatus={onStatus}
                  onShowIntroduction={onShowIntroduction}
                />
              ) : (
                <ul id={listId} class="quotes" hidden aria-label={t('quotesBy', name)} />
              )}
            </li>
          );
        })}
      </ul>
      {groups.length > limit && (
        <ShowMore
          id="more-speakers"
          summary={t('listedSpeakers', limit, groups.length)}
          label={t('showMoreSpeakers')}
          onMore={more}
        />
      )}
    </>
  );
}

interface SpeakerQuotesProps extends Pick<
  SpeakerListProps,
  'report' | 'api' | 'onFocus' | 'onStatus' | 'onShowIntroduction'
> {
  id: string;
  name: string;
  rows: QuoteRow[];
}

/** An open speaker's quotes, a page at a time. */
function SpeakerQuotes({ id, name, rows, report, api, onFocus, onStatus, onShowIntroduction }: SpeakerQuotesProps) {
  const list = useRef<HTMLUListElement>(null);
  const { limit, shown, more } = useRowLimit(rows, list, QUOTE_PAGE);
  return (
    <>
      <ul id={id} class="quotes" aria-label={t('quotesBy', name)} ref={list}>
        {rows.slice(0, shown).map(({ quote, index }) => {
          const kind = quoteKind(quote);
          return (
            <li class={`quote quote-${kind.cls}`} key={index}>
              <button
                type="button"
                class="quote-text"
                data-nav
                title={t('showInPage')}
                onClick={() => onFocus(index)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowLeft') {
                    e.preventDefault();
                    (
                      (e.currentTarget as HTMLElement)
                        .closest('.speaker')
                        ?.querySelector('.speaker-toggle') as HTMLElement | null
                    )?.focus();
                  }
                }}
              >
                <span class="quote-kind">{kind.label}</span>
                <span class="quote-words" id={`quote-words-${index}`}>
                  {quote.text}
                </span>
              </button>
              <button
                type="button"
                class="copy"
                aria-label={t('copyQuoteLabel')}
                title={t('copyQuoteLabel')}
                aria-describedby={`quote-words-${index}`}
                onClick={async () => {
                  try {
                    await api.copy(citeQuote(report, index));
                    onStatus(t('statusCopied'));
                  } catch {
                    onStatus(t('statusCopyFailed'));
                  }
                }}
              >
                {t('copy')}
              </button>
              {/* How the speaker was found, on demand, so the reader can check it; one the reader named
                  has none to show. */}
              {!correctionOf(report, 'quote', index) && (
                <EvidenceDetails
                  id={`evidence-quote-${index}`}
                  quotes={report.annotations?.quotes ?? []}
                  item={{ quote: index }}
                  onShowIntroduction={onShowIntroduction}
                />
              )}
              <CorrectButton target="quote" index={index} onStatus={onStatus} />
            </li>
          );
        })}
      </ul>
      {rows.length > limit && (
        <ShowMore
          id={`more-${id}`}
          summary={t('listedQuotes', limit, rows.length)}
          label={t('showMoreQuotes')}
          onMore={more}
        />
      )}
    </>
  );
}
