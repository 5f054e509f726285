// Exports of a page the reader corrected: the corrected values, and which ones were corrected.
import { applyCorrections, anchorAt, type Correction } from '../shared/corrections';
import type { PageReport } from '../shared/messages';
import { exportCsv, exportJson, exportMarkdown } from './export';
import { sampleReport } from './sample-report';

/** The sample report as the content script sends it after applying `make(report)`'s corrections.
 * The sample has no article text: each item's own words stand in for it (anchors match on words). */
function corrected(make: (r: PageReport) => Correction[]): PageReport {
  const report = sampleReport();
  const a = report.annotations!;
  const items = make(report);
  // Offsets as in a text made of the items' words, one after another.
  let text = '';
  const place = <T extends { text: string; start: number; end: number }>(x: T): T => {
    const start = text.length;
    text += x.text + ' ';
    return { ...x, start, end: start + x.text.length };
  };
  const spaced = { ...a, quotes: a.quotes.map(place), figures: a.figures.map(place) };
  const at = (x: { start: number; end: number }) => anchorAt(text, x.start, x.end);
  const fixed = items.map((c) => {
    const list = c.target === 'quote' ? spaced.quotes : spaced.figures;
    const item = list.find((x) => x.text === c.anchor.text)!;
    return { ...c, anchor: at(item) };
  });
  const { annotations, reader } = applyCorrections(spaced, text, report.url, fixed);
  return { ...report, annotations, reader };
}

/** CSV rows (RFC 4180: a quoted field may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"') {
          if (line[i + 1] === '"') cell += line[++i];
          else quoted = false;
        } else if (!quoted && c === '"') quoted = true;
        else if (!quoted && c === ',') {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      return [...cells, cell];
    });
}

const base = { was: 'Sergei Shoigu', at: 1 } as const;
const anchor = (text: string) => ({ text, before: '', after: '' });

describe('exports of a corrected page', () => {
  const report = corrected((r) => [
    {
      ...base,
      id: 'a',
      target: 'quote',
      anchor: anchor(r.annotations!.quotes[0]!.text),
      action: 'speaker',
      name: 'Jane Roe',
      kind: 'person',
    },
    {
      ...base,
      id: 'b',
      target: 'figure',
      anchor: anchor(r.annotations!.figures[0]!.text),
      action: 'claimant',
      name: null,
    },
    { ...base, id: 'c', target: 'quote', anchor: anchor(r.annotations!.quotes[1]!.text), action: 'remove' },
  ]);

  test('CSV: the corrected values, and a column saying what the reader changed', () => {
    const rows = parseCsv(exportCsv(report));
    const corrected = rows[0]!.indexOf('corrected');
    const speaker = rows[0]!.indexOf('speaker');
    const claimant = rows[0]!.indexOf('claimed_by');
    expect(rows[1]![speaker]).toBe('Jane Roe');
    expect(rows[1]![corrected]).toBe('speaker');
    expect(rows[2]![corrected]).toBe('');
    const figure = rows.find((r) => r[0] === 'figure')!;
    expect(figure[claimant]).toBe('');
    expect(figure[corrected]).toBe('claimant');
    // The quote marked "not a quote" is gone.
    expect(rows.filter((r) => r[0] === 'quote')).toHaveLength(sampleReport().annotations!.quotes.length - 1);
  });

  test('Markdown: corrected items say so, and every correction is listed, removals too', () => {
    const md = exportMarkdown(report);
    expect(md).toContain('### Jane Roe');
    expect(md).toMatch(/_\(direct quote, corrected by the reader\)_/);
    expect(md).toContain('the article (corrected by the reader)');
    expect(md).toContain("## The reader's corrections");
    expect(md).toContain(': not a quote (was: Sergei Shoigu)');
  });

  test('JSON: corrected items carry what was changed; the corrections are listed', () => {
    const json = JSON.parse(exportJson(report)) as {
      quotes: { corrected?: string; speaker: { name: string } }[];
      figures: { corrected?: string; claimedBy: string | null }[];
      readerCorrections: Correction[];
    };
    expect(json.quotes[0]).toMatchObject({ corrected: 'speaker', speaker: { name: 'Jane Roe' } });
    expect(json.quotes[1]!.corrected).toBeUndefined();
    expect(json.figures[0]).toMatchObject({ corrected: 'claimant', claimedBy: null });
    expect(json.readerCorrections.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  test('an uncorrected page exports as before: no corrections section or field', () => {
    const plain = sampleReport();
    expect(exportMarkdown(plain)).not.toContain('corrected');
    expect(exportJson(plain)).not.toContain('readerCorrections');
  });
});
