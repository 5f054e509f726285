// The reader's corrections in the popup: a "Correct" button beside each quote and figure that
// opens a small form (choose one of the article's speakers or type a name; or "not a quote" /
// "not a figure"), a "corrected by you" mark on the items the reader changed, and the page's list
// of corrections, each with its own undo. The popup writes storage.local; the page then reads its
// corrections again and answers with the corrected report (content.ts, 'reapply-corrections').
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import {
  changeOfChoice,
  CHOICE_ARTICLE,
  CHOICE_OTHER,
  correctionAt,
  correctionChoices,
  describeCorrection,
  MAX_NAME,
  newCorrection,
  withCorrection,
  withoutCorrection,
  type Correction,
  type CorrectionChange,
  type PageCorrections,
} from '../shared/corrections';
import { editPageCorrections } from '../shared/corrections-store';
import { isPageReport, type PageReport } from '../shared/messages';
import { t } from '../shared/i18n';
import { describeFigure } from '../shared/figure-format';
import type { PopupApi } from './popup-api';

export interface CorrectionsContextValue {
  api: PopupApi;
  tabId: number;
  report: PageReport;
  /** Shows a new report from the page (after a correction is stored or undone). */
  onReport(report: PageReport): void;
}

export const CorrectionsContext = createContext<CorrectionsContextValue | null>(null);

/** The correction that changed item `index` of this report, if any. */
export function correctionOf(report: PageReport, target: 'quote' | 'figure', index: number): Correction | undefined {
  return correctionAt(report.reader, target, index);
}

const isArticle = (v: unknown, key: string): v is { text: string; blocks: PageCorrections['blocks'] } =>
  typeof v === 'object' &&
  v !== null &&
  (v as { key?: unknown }).key === key &&
  typeof (v as { text?: unknown }).text === 'string' &&
  Array.isArray((v as { blocks?: unknown }).blocks);

/** Stores `change` to this page's list (or takes `undo` out of it), then has the page read itself
 * again and shows its new report. Resolves to the status line to announce. */
async function store(ctx: CorrectionsContextValue, edit: (page: PageCorrections) => PageCorrections): Promise<string> {
  const { api, tabId, report } = ctx;
  const reader = report.reader;
  if (!reader || !api.corrections) return t('statusCorrectionFailed');
  try {
    // The article's text goes with the corrections (test data for the engine), as read now.
    const article = await api.send(tabId, { type: 'get-article' }).catch(() => null);
    await editPageCorrections(
      api.corrections,
      reader.key,
      report.title,
      edit,
      isArticle(article, reader.key) ? article : null,
    );
  } catch {
    return t('statusCorrectionFailed');
  }
  const next = await api.send(tabId, { type: 'reapply-corrections' }).catch(() => null);
  if (isPageReport(next)) ctx.onReport(next);
  return '';
}

export interface CorrectButtonProps {
  target: 'quote' | 'figure';
  index: number;
  onStatus(message: string): void;
}

/** The "Correct" button of one item, its form when open, and its "corrected by you" mark. */
export function CorrectButton({ target, index, onStatus }: CorrectButtonProps) {
  const ctx = useContext(CorrectionsContext);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  if (!ctx?.report.reader || !ctx.api.corrections) return null;
  const mine = correctionOf(ctx.report, target, index);
  const formId = `correct-${target}-${index}`;
  return (
    <>
      {mine && <span class="corrected-mark">{t('correctedByYou')}</span>}
      <button
        type="button"
        class="correct"
        ref={toggle}
        id={`${formId}-button`}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-describedby={target === 'quote' ? `quote-words-${index}` : undefined}
        onClick={() => setOpen(!open)}
      >
        {t(target === 'quote' ? 'correctQuote' : 'correctFigure')}
      </button>
      {open && (
        <CorrectionForm
          id={formId}
          ctx={ctx}
          target={target}
          index={index}
          onDone={(message) => {
            setOpen(false);
            // Cleared first, so a second correction in a row is announced again.
            onStatus('');
            requestAnimationFrame(() => onStatus(message));
            // The item may have moved (another speaker) or gone ("not a quote"): focus its button
            // where it now is, else the search box, never nowhere.
            requestAnimationFrame(() =>
              (document.getElementById(`${formId}-button`) ?? document.querySelector<HTMLElement>('.search'))?.focus(),
            );
          }}
          onCancel={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
        />
      )}
    </>
  );
}

interface CorrectionFormProps {
  id: string;
  ctx: CorrectionsContextValue;
  target: 'quote' | 'figure';
  index: number;
  onDone(message: string): void;
  onCancel(): void;
}

function CorrectionForm({ id, ctx, target, index, onDone, onCancel }: CorrectionFormProps) {
  const a = ctx.report.annotations!;
  const quote = target === 'quote' ? a.quotes[index] : undefined;
  const figure = target === 'figure' ? a.figures[index] : undefined;
  const choices = correctionChoices(a, target, index);
  const { speakers, current } = choices;
  const [choice, setChoice] = useState(choices.initial);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  const anchors = target === 'quote' ? ctx.report.reader!.quoteAnchors : ctx.report.reader!.figureAnchors;
  const commit = async (change: CorrectionChange) => {
    const anchor = anchors[index];
    if (!anchor) return;
    setBusy(true);
    const correction = newCorrection(change, target, anchor, current);
    const failed = await store(ctx, (page) => withCorrection(page, correction));
    setBusy(false);
    if (failed) setError(failed);
    else onDone(t('statusCorrectionSaved'));
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const change = changeOfChoice(choices, choice, name);
    if (change) void commit(change);
    else setError(t('correctNameMissing'));
  };

  const what = quote ? t('correctQuoteLegend') : t('correctFigureLegend', describeFigure(figure!).value);
  return (
    <form
      id={id}
      class="correction-form"
      aria-label={what}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        // Escape closes the form, not the popup.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label for={`${id}-who`}>{t(quote ? 'correctSpeakerLabel' : 'correctClaimantLabel')}</label>
      <select
        id={`${id}-who`}
        ref={select}
        value={choice}
        onChange={(e) => {
          setChoice((e.target as HTMLSelectElement).value);
          setError('');
        }}
      >
        {figure && <option value={CHOICE_ARTICLE}>{t('claimedByArticle')}</option>}
        {speakers.map((s) => (
          <option value={s.name} key={s.id}>
            {s.name}
          </option>
        ))}
        <option value={CHOICE_OTHER}>{t('correctSomeoneElse')}</option>
      </select>
      {choice === CHOICE_OTHER && (
        <>
          <label for={`${id}-name`}>{t('correctNameLabel')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={MAX_NAME}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onInput={(e) => {
              setName((e.target as HTMLInputElement).value);
              setError('');
            }}
          />
        </>
      )}
      <div class="correction-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('correctSave')}
        </button>
        <button type="button" class="correct-remove" disabled={busy} onClick={() => void commit({ action: 'remove' })}>
          {t(quote ? 'correctNotQuote' : 'correctNotFigure')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('correctCancel')}
        </button>
      </div>
      <p class="error" id={`${id}-error`} role="alert">
        {error}
      </p>
    </form>
  );
}

/** The reader's corrections on this page, each with its undo; nothing when there are none. */
export function CorrectionsList({ onStatus }: { onStatus(message: string): void }) {
  const ctx = useContext(CorrectionsContext);
  const [busy, setBusy] = useState(false);
  const reader = ctx?.report.reader;
  if (!ctx || !reader?.items.length || !ctx.api.corrections) return null;
  return (
    <section class="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('correctionsTitle', reader.items.length)}</h2>
      <ul>
        {reader.items.map((c) => (
          <li key={c.id} class="correction">
            <span class="correction-words">{c.anchor.text}</span>
            <span class="correction-change">
              {describeCorrection(c)}
              {reader.unmatched.includes(c.id) && ` · ${t('correctionNotFound')}`}
            </span>
            <button
              type="button"
              class="undo"
              disabled={busy}
              aria-label={t('correctionUndoLabel', c.anchor.text.slice(0, 80))}
              onClick={async () => {
                setBusy(true);
                const failed = await store(ctx, (page) => withoutCorrection(page, c.id));
                setBusy(false);
                onStatus(failed || t('statusCorrectionUndone'));
                if (!failed) requestAnimationFrame(() => document.querySelector<HTMLElement>('.search')?.focus());
              }}
            >
              {t('correctionUndo')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
