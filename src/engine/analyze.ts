// The engine's front door: article text (and its blocks) in, annotations out. Pure: no DOM,
// no I/O, so the content script and the CLI run exactly the same code.
import type { Annotations, Block, Figure, Quote } from './types';
import { attributeQuotes, type AttributionOptions } from './attribution';
import { findFigures } from './figures';
import { blocksFromPlainText } from './blocks';

export interface AnalyzeOptions extends AttributionOptions {
  /** Blocks of the text; when absent the text is read as plain text (blank lines separate paragraphs). */
  blocks?: Block[];
}

/** Finds the quotes with their speakers and the figures with their claimants in one article. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotations {
  const blocks = options.blocks ?? blocksFromPlainText(text);
  const { quotes, speakers } = attributeQuotes(text, blocks, options);
  const figures = findFigures(text, blocks);
  assignClaimants(figures, quotes);
  return { quotes, figures, speakers };
}

/** A figure belongs to whoever says the words it sits in: the innermost (shortest) attributed
 * quote, direct or reported, that contains it. Outside every quote it is the outlet's own. */
function assignClaimants(figures: Figure[], quotes: Quote[]): void {
  // Both lists are in text order; quotes can nest, so keep the candidates that are still open.
  const sorted = quotes.filter((q) => q.speaker?.name).sort((a, b) => a.start - b.start);
  let next = 0;
  const open: Quote[] = [];
  for (const figure of figures) {
    while (next < sorted.length && sorted[next]!.start <= figure.start) open.push(sorted[next++]!);
    let best: Quote | null = null;
    for (let i = open.length - 1; i >= 0; i--) {
      const q = open[i]!;
      if (q.end < figure.start) { open.splice(i, 1); continue; }
      if (q.end >= figure.end && (!best || q.end - q.start < best.end - best.start)) best = q;
    }
    figure.claimedBy = best?.speaker?.id ?? null;
  }
}
