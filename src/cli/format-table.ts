// The CLI's human view: speakers with their quotes, then figures with their claimants, as a
// readable table that fits a terminal.
import type { Annotations, Quote } from '../engine/types';
import { describeFigure, isCalendarFigure } from '../shared/figure-format';

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : flat.slice(0, n - 1) + '…';
};
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** Renders the annotations for a terminal `width` columns wide. */
export function formatTable(a: Annotations, options: { title?: string; width?: number; dates?: boolean } = {}): string {
  const width = Math.max(60, Math.min(options.width ?? 100, 160));
  const out: string[] = [];
  if (options.title) out.push(options.title, '='.repeat(Math.min(width, options.title.length)));
  const figures = a.figures.filter((f) => options.dates || !isCalendarFigure(f));
  out.push(`${a.speakers.length} speakers, ${a.quotes.length} quotes (${a.quotes.filter((q) => q.kind === 'direct').length} direct), ${figures.length} figures`, '');

  out.push('SPEAKERS AND THEIR QUOTES');
  const speakers = [...a.speakers].sort((x, y) => y.quoteCount - x.quoteCount);
  for (const s of speakers) {
    out.push(`* ${s.name}${s.role ? ` (${s.role})` : ''} [${s.kind}] ${s.quoteCount} quote${s.quoteCount === 1 ? '' : 's'}`);
    for (const q of a.quotes.filter((q) => q.speaker?.id === s.id)) {
      out.push(`    ${quoteTag(q)}  ${clip(q.text, width - 16)}`);
    }
  }
  const orphans = a.quotes.filter((q) => !q.speaker);
  if (orphans.length) {
    out.push('* (no speaker found)');
    for (const q of orphans) out.push(`    ${quoteTag(q)}  ${clip(q.text, width - 16)}`);
  }

  out.push('', 'FIGURES');
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  const rows = figures.map((f) => {
    const d = describeFigure(f);
    return [clip(f.text, 34), clip(d.value, 22), d.kind, f.claimedBy ? names.get(f.claimedBy) ?? '?' : '—'];
  });
  const header = ['figure', 'value', 'kind', 'claimed by'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  out.push(header.map((h, i) => pad(h, widths[i]!)).join('  ').trimEnd());
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(r.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd());
  return out.join('\n');
}

/** A quote's kind in a fixed-width column: direct, partial or reported. */
function quoteTag(q: Quote): string {
  return q.kind === 'direct' ? (q.partial ? 'partial ' : 'direct  ') : 'reported';
}
