// Page-wide actions: export the annotations (download as Markdown, CSV or JSON, or copy the
// Markdown), show or hide the highlights, open the options.
import type { PageReport } from '../shared/messages';
import { t } from '../shared/i18n';
import type { PopupApi } from './popup-api';
import { EXPORT_FILES, exportFileName, exportMarkdown, exportReport, type ExportFormat } from './export';

const FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'json'];

export interface ExportBarProps {
  api: PopupApi;
  report: PageReport;
  highlightsVisible: boolean;
  onStatus(message: string): void;
  onToggleHighlights(): void;
}

export function ExportBar({ api, report, highlightsVisible, onStatus, onToggleHighlights }: ExportBarProps) {
  return (
    <footer class="actions">
      <div role="group" class="export" aria-label={t('exportLabel')}>
        <span class="export-label" aria-hidden="true">
          {t('exportLabel')}
        </span>
        {FORMATS.map((format) => (
          <button
            type="button"
            class={`export-${format}`}
            key={format}
            aria-label={t(`exportAs_${format}`)}
            onClick={() => {
              api.download(exportFileName(report, format), EXPORT_FILES[format].mime, exportReport(report, format));
              onStatus(t('statusDownloaded', exportFileName(report, format)));
            }}
          >
            {t(`format_${format}`)}
          </button>
        ))}
        <button
          type="button"
          class="copy-markdown"
          onClick={async () => {
            try {
              await api.copy(exportMarkdown(report));
              onStatus(t('statusCopied'));
            } catch {
              onStatus(t('statusCopyFailed'));
            }
          }}
        >
          {t('copyMarkdown')}
        </button>
      </div>
      <div class="page-actions">
        <button type="button" class="toggle-highlights" aria-pressed={!highlightsVisible} onClick={onToggleHighlights}>
          {t('hideHighlights')}
        </button>
        <button type="button" class="open-options" onClick={() => api.openOptions()}>
          {t('openOptions')}
        </button>
      </div>
    </footer>
  );
}
