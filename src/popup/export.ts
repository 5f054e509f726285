// The page's annotations as files a reader can keep or share (Markdown, CSV, JSON) and one
// quote as a citation. Pure functions of the report: the popup only hands their text to a
// download or the clipboard. Exports are in English whatever the UI language, so a file's
// columns and headings stay the same for every tool that reads it.
import type { Figure, Quote } from '../engine/types';
import type { PageReport } from '../shared/messages';
import { describeFigure } from '../shared/figure-format';
import { groupBySpeaker, speakersOf } from './view-model';
import { percent, summarizeSourcing } from './sourcing';
import { correctionAt } from '../shared/corrections';

/** What the reader changed on an item ('speaker', 'claimant'), or '' for the engine's answer. */
const correctedField = (report: PageReport, target: 'quote' | 'figure', index: number) =>
  correctionAt(report.reader, target, index)?.action ?? '';
const CORRECTED_NOTE = ' (corrected by the reader)';

export type ExportFormat = 'markdown' | 'csv' | 'json';

/** File extension and MIME type per format, for the download. */
export const EXPORT_FILES: Record<ExportFormat, { ext: string; mime: string }> = {
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { ext: 'json', mime: 'application/json;charset=utf-8' },
};

/** Characters that Markdown would read as formatting (or HTML) inside a line of page text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;
/** Cells that spreadsheets would run as formulas (CSV injection): prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const CSV_COLUMNS = [
  'type',
  'index',
  'text',
  'kind',
  'partial',
  'speaker',
  'role',
  'speaker_kind',
  'speaker_confidence',
  'speaker_found',
  'value',
  'high',
  'unit',
  'approximate',
  'claimed_by',
  'context',
  'corrected',
] as const;

/** One line of page text, safe inside Markdown: no formatting, no HTML, no line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** One CSV field (RFC 4180): quoted when it must be, formulas neutralised. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function kindLabel(quote: Quote): string {
  if (quote.kind === 'reported') return 'reported';
  return quote.partial ? 'partial quote' : 'direct quote';
}

/** "Name, Role" (or just the name), the way a citation names a speaker. */
function speakerLine(name: string, role: string | null): string {
  return role ? `${name}, ${role}` : name;
}

/** One quote with everything needed to cite it: the words, who said them and where.
 * Direct quotes carry their own marks; reported speech is labelled as such, since it is the
 * outlet's paraphrase and not the speaker's words. */
export function citeQuote(report: PageReport, index: number): string {
  const quote = report.annotations?.quotes[index];
  if (!quote) return '';
  // A quote carries its speaker's final name and role (the engine settles them for the article).
  const who = quote.speaker?.name ? speakerLine(quote.speaker.name, quote.speaker.role) : 'speaker unclear';
  const words = quote.text.replace(/\s+/g, ' ').trim();
  const body = quote.kind === 'reported' ? `${words} (reported speech)` : words;
  const source = [report.title ? `“${report.title.trim()}”` : '', report.url].filter(Boolean).join(', ');
  return `${body} — ${who}. Source: ${source}`;
}

/** The sourcing summary as Markdown lines (the popup's summary, in the export's English). */
function sourcingMarkdown(report: PageReport): string[] {
  const s = summarizeSourcing(report);
  const lines = [
    '## Sourcing',
    '',
    `- Named people: ${s.people} · Organisations: ${s.organizations} · Documents: ${s.documents} · Anonymous or unclear: ${s.anonymous}`,
  ];
  if (s.quotedWords) {
    const bar = (b: (typeof s.shares)[number]) =>
      `${b.key === '*' ? `${b.speakers} others` : (b.name ?? 'Speaker unclear')}: ${percent(b.share)}% (${b.words} words)`;
    lines.push(`- Share of the ${s.quotedWords} quoted words: ${escapeMarkdown(s.shares.map(bar).join('; '))}`);
  }
  lines.push(`- Figures claimed by a source: ${s.figuresClaimed} · The outlet's own figures: ${s.figuresOwn}`, '');
  return lines;
}

/** The whole page's annotations as a Markdown document: speakers (most quoted first, as in the
 * popup) with their quotes, then a table of figures. */
export function exportMarkdown(report: PageReport): string {
  const a = report.annotations;
  const lines = [
    `# ${escapeMarkdown(report.title || report.url)}`,
    '',
    `Source: <${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`,
    '',
  ];
  if (!a) return lines.concat('No annotations on this page.', '').join('\n');
  lines.push(
    `Speakers: ${a.speakers.length} · Quotes: ${a.quotes.length} · Figures: ${a.figures.length}`,
    '',
    ...sourcingMarkdown(report),
    '## Quotes',
    '',
  );
  const speakers = speakersOf(report);
  // The popup's grouping and order, so the file reads like the list the reader just saw.
  for (const group of groupBySpeaker(
    a.quotes.map((quote, index) => ({ quote, index })),
    speakers,
  )) {
    const heading = group.speaker ? speakerLine(group.speaker.name, group.speaker.role) : 'Speaker unclear';
    lines.push(`### ${escapeMarkdown(heading)}`, '');
    for (const { quote, index } of group.quotes) {
      const note = correctedField(report, 'quote', index) ? ', corrected by the reader' : '';
      lines.push(`- ${escapeMarkdown(quote.text)} _(${kindLabel(quote)}${note})_`);
    }
    lines.push('');
  }
  lines.push('## Figures', '');
  if (!a.figures.length) lines.push('None.', '');
  else {
    lines.push('| Figure | Value | Kind | Of | Claimed by | Context |', '| --- | --- | --- | --- | --- | --- |');
    a.figures.forEach((f, i) => {
      const d = describeFigure(f);
      const claimant =
        (f.claimedBy ? (speakers.get(f.claimedBy)?.name ?? f.claimedBy) : 'the article') +
        (correctedField(report, 'figure', i) ? CORRECTED_NOTE : '');
      const cells = [f.text, d.value, d.kind, d.unit ?? '', claimant, report.figureContexts[i] ?? ''];
      lines.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`);
    });
    lines.push('');
  }
  const mine = report.reader?.items ?? [];
  if (mine.length) {
    // Every correction, also those that took an item away ("not a quote"), which the lists above no longer show.
    lines.push("## The reader's corrections", '');
    for (const c of mine) {
      const change =
        c.action === 'remove'
          ? `not a ${c.target}`
          : c.action === 'speaker'
            ? `speaker: ${c.name}`
            : `claimed by: ${c.name ?? 'the article'}`;
      lines.push(
        `- ${escapeMarkdown(c.anchor.text)}: ${escapeMarkdown(change)} (was: ${escapeMarkdown(c.was ?? 'none')})`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Every quote and figure as one CSV table, one row each, a `type` column telling them apart. */
export function exportCsv(report: PageReport): string {
  const a = report.annotations;
  const rows: (string | number | boolean | null | undefined)[][] = [[...CSV_COLUMNS]];
  if (a) {
    const speakers = speakersOf(report);
    a.quotes.forEach((q, i) => {
      // Where the speaker was found (the engine's place name); an unclear speaker has only its confidence.
      const found = q.speaker?.name ? q.speaker.evidence.place : null;
      rows.push([
        'quote',
        i,
        q.text,
        q.kind,
        q.partial,
        q.speaker?.name,
        q.speaker?.role,
        q.speaker?.kind,
        q.speaker?.confidence,
        found,
        null,
        null,
        null,
        null,
        null,
        null,
        correctedField(report, 'quote', i),
      ]);
    });
    a.figures.forEach((f: Figure, i) => {
      const claimant = f.claimedBy ? (speakers.get(f.claimedBy)?.name ?? f.claimedBy) : null;
      rows.push([
        'figure',
        i,
        f.text,
        f.kind,
        null,
        null,
        null,
        null,
        null,
        null,
        f.value,
        f.high,
        f.unit,
        f.approximate,
        claimant,
        report.figureContexts[i],
        correctedField(report, 'figure', i),
      ]);
    });
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The report as JSON: the engine's own shape (see src/engine/types.ts) plus the page it came
 * from and each figure's context, for tools that want everything. */
export function exportJson(report: PageReport): string {
  const a = report.annotations;
  return (
    JSON.stringify(
      {
        title: report.title,
        url: report.url,
        speakers: a?.speakers ?? [],
        // Items the reader changed say so (`corrected`: what was changed); `readerCorrections` lists every correction.
        quotes: (a?.quotes ?? []).map((q, i) => {
          const corrected = correctedField(report, 'quote', i);
          return corrected ? { ...q, corrected } : q;
        }),
        figures: (a?.figures ?? []).map((f, i) => {
          const corrected = correctedField(report, 'figure', i);
          return { ...f, context: report.figureContexts[i] ?? '', ...(corrected ? { corrected } : {}) };
        }),
        ...(report.reader?.items.length ? { readerCorrections: report.reader.items } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

/** Runs one export by format. */
export function exportReport(report: PageReport, format: ExportFormat): string {
  return format === 'markdown' ? exportMarkdown(report) : format === 'csv' ? exportCsv(report) : exportJson(report);
}

/** A file name from the article's title ("quote-lens-russia-ends-operations.md"). */
export function exportFileName(report: PageReport, format: ExportFormat): string {
  const slug = foldSlug(report.title || report.host || 'page');
  return `quote-lens-${slug || 'page'}.${EXPORT_FILES[format].ext}`;
}

function foldSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
