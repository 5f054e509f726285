// The reader's corrections in the options page: every corrected page with its corrections, each
// undoable; clearing a page or everything; and the export of all of them as JSON Lines test data
// (one article per line: its text and the engine's annotations with the corrections applied).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { describeCorrection, trainingRecord, withoutCorrection, type PageCorrections } from '../shared/corrections';
import type { CorrectionsStore } from '../shared/corrections-store';
import { isAnnotationsFor } from '../shared/messages';
import type { Block } from '../engine/types';

export interface CorrectionsSectionProps {
  store: CorrectionsStore;
  /** Runs the engine on a stored article (the background does, as for a page). */
  analyze(text: string, blocks: Block[]): Promise<unknown>;
  download(fileName: string, mime: string, text: string): void;
}

/** The file the JSON Lines export is offered as. */
export const JSONL_FILE = 'quote-lens-corrections.jsonl';

/** A stored URL as a link only when it is a web page's (a stored value is never trusted). */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

export function CorrectionsSection({ store, analyze, download }: CorrectionsSectionProps) {
  const [pages, setPages] = useState<PageCorrections[] | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const reload = () =>
      void store.loadAll().then((all) => {
        if (live) setPages(all);
      });
    reload();
    const unsubscribe = store.subscribe(reload);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);

  const act = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      setPages(await store.loadAll());
      setStatus(done);
    } catch {
      setStatus(t('optionsSaveFailed'));
    } finally {
      setBusy(false);
    }
  };

  const exportAll = async () => {
    setBusy(true);
    try {
      const lines: string[] = [];
      for (const page of pages ?? []) {
        if (page.text === undefined) continue;
        const found = await analyze(page.text, page.blocks ?? []);
        if (!isAnnotationsFor(found, page.text.length)) continue;
        const line = trainingRecord(page, found);
        if (line) lines.push(line);
      }
      download(JSONL_FILE, 'application/jsonl;charset=utf-8', lines.map((l) => l + '\n').join(''));
      setStatus(t('optionsExported', lines.length, JSONL_FILE));
    } catch {
      setStatus(t('optionsExportFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="corrections">
      <legend>{t('optionsCorrectionsLegend')}</legend>
      <p class="hint">{t('optionsCorrectionsHint')}</p>
      {pages === null ? (
        <p role="status">{t('stateLoading')}</p>
      ) : pages.length === 0 ? (
        <p class="empty">{t('optionsCorrectionsEmpty')}</p>
      ) : (
        <>
          {pages.map((page) => {
            const name = page.title || page.url;
            return (
              <section class="corrections-page" key={page.url} aria-label={name}>
                <h2>{isWebUrl(page.url) ? <a href={page.url}>{name}</a> : name}</h2>
                <ul aria-label={t('optionsCorrectionsOf', name)}>
                  {page.items.map((c) => (
                    <li key={c.id}>
                      <span class="correction-words">{c.anchor.text}</span>
                      <span class="correction-change">{describeCorrection(c)}</span>
                      <button
                        type="button"
                        class="undo"
                        disabled={busy}
                        aria-label={t('correctionUndoLabel', c.anchor.text.slice(0, 80))}
                        onClick={() =>
                          act(() => store.save(withoutCorrection(page, c.id)), t('statusCorrectionUndone'))
                        }
                      >
                        {t('correctionUndo')}
                      </button>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  class="clear-page"
                  disabled={busy}
                  aria-label={t('optionsClearPageLabel', name)}
                  onClick={() => act(() => store.clear(page.url), t('optionsCorrectionsCleared'))}
                >
                  {t('optionsClearPage')}
                </button>
              </section>
            );
          })}
          <div class="corrections-actions">
            <button type="button" class="export-jsonl" disabled={busy} onClick={exportAll}>
              {t('optionsExportJsonl')}
            </button>
            <button
              type="button"
              class="clear-all"
              disabled={busy}
              onClick={() => act(() => store.clearAll(), t('optionsCorrectionsCleared'))}
            >
              {t('optionsClearAll')}
            </button>
          </div>
          <p class="hint">{t('optionsExportHint')}</p>
        </>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
