// The CLI's human view: speakers with their quotes, then figures with their claimants, as a
// readable table that fits a terminal. Every string from the page goes through `line`, so no
// control character or escape sequence of the page reaches the terminal.
import type { Annotations, Quote } from '../engine/types';
import { describeFigure, isCalendarFigure } from '../shared/figure-format';
import { escapeControls } from './terminal-safe';

/** Page text as one terminal line: runs of white space become one space, control characters
 * are escaped (after that, so a \u2028 or a tab never splits the line). */
const line = (s: string) => escapeControls(s.replace(/\s+/g, ' ').trim());
const clip = (s: string, n: number) => {
  const flat = line(s);
  if (flat.length <= n) return flat;
  // Never cut a surrogate pair in two (its half would print as a replacement character).
  const cut = /[\ud800-\udbff]/.test(flat[n - 2] ?? '') ? n - 2 : n - 1;
  return flat.slice(0, cut) + '…';
};
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** Renders the annotations for a terminal `width` columns wide. */
export function formatTable(a: Annotations, options: { title?: string; width?: number; dates?: boolean } = {}): string {
  const width = Math.max(60, Math.min(options.width ?? 100, 160));
  const out: string[] = [];
  const title = options.title ? line(options.title) : '';
  if (title) out.push(title, '='.repeat(Math.min(width, title.length)));
  const figures = a.figures.filter((f) => options.dates || !isCalendarFigure(f));
  out.push(
    `${a.speakers.length} speakers, ${a.quotes.length} quotes (${a.quotes.filter((q) => q.kind === 'direct').length} direct), ${figures.length} figures`,
    '',
  );

  out.push('SPEAKERS AND THEIR QUOTES');
  const speakers = [...a.speakers].sort((x, y) => y.quoteCount - x.quoteCount);
  // Quotes by speaker id in one pass: a page with thousands of speakers and quotes stays linear.
  const quotesBy = new Map<string, Quote[]>();
  const orphans: Quote[] = [];
  for (const q of a.quotes) {
    if (!q.speaker) {
      orphans.push(q);
      continue;
    }
    const list = quotesBy.get(q.speaker.id);
    if (list) list.push(q);
    else quotesBy.set(q.speaker.id, [q]);
  }
  for (const s of speakers) {
    out.push(
      `* ${line(s.name)}${s.role ? ` (${line(s.role)})` : ''} [${s.kind}] ${s.quoteCount} quote${s.quoteCount === 1 ? '' : 's'}`,
    );
    for (const q of quotesBy.get(s.id) ?? []) {
      out.push(`    ${quoteTag(q)}  ${clip(q.text, width - 16)}`);
    }
  }
  if (orphans.length) {
    out.push('* (no speaker found)');
    for (const q of orphans) out.push(`    ${quoteTag(q)}  ${clip(q.text, width - 16)}`);
  }

  out.push('', 'FIGURES');
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  const rows = figures.map((f) => {
    const d = describeFigure(f);
    return [clip(f.text, 34), clip(d.value, 22), d.kind, f.claimedBy ? line(names.get(f.claimedBy) ?? '?') : '—'];
  });
  const header = ['figure', 'value', 'kind', 'claimed by'];
  // A loop, not Math.max(...column): spreading 100,000 rows into arguments overflows the stack.
  const widths = header.map((h) => h.length);
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i]!, c.length);
    });
  out.push(
    header
      .map((h, i) => pad(h, widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows)
    out.push(
      r
        .map((c, i) => pad(c, widths[i]!))
        .join('  ')
        .trimEnd(),
    );
  return out.join('\n');
}

/** A quote's kind in a fixed-width column: direct, partial or reported. */
function quoteTag(q: Quote): string {
  return q.kind === 'direct' ? (q.partial ? 'partial ' : 'direct  ') : 'reported';
}
