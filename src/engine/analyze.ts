// The engine's front door: article text (and its blocks) in, annotations out. Pure: no DOM,
// no I/O, so the content script and the CLI run exactly the same code.
import type { Annotations, Block, Figure, Quote } from './types';
import { attributeQuotes, type AttributionOptions } from './attribution';
import { findFigures } from './figures';
import { blocksFromPlainText } from './blocks';
import { CLOSING_DOUBLE_MARKS, OPENING_MARKS, inCharacterClass } from './mark-glyphs';

/** A sentence's first character: a capital or an opening quotation mark. */
const STARTS_SENTENCE = new RegExp(`[\\p{Lu}${inCharacterClass(OPENING_MARKS)}]`, 'u');

export interface AnalyzeOptions extends AttributionOptions {
  /** Blocks of the text; when absent the text is read as plain text (blank lines separate paragraphs). */
  blocks?: Block[];
}

/** Finds the quotes with their speakers and the figures with their claimants in one article. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotations {
  const blocks = options.blocks ?? blocksFromPlainText(text);
  const { quotes, speakers } = attributeQuotes(text, blocks, options);
  const figures = findFigures(text, blocks);
  assignClaimants(text, blocks, figures, quotes);
  return { quotes, figures, speakers };
}

/** A sentence that carries on the claim before it: a document named again ("The report", "The
 * survey"), perhaps with "also", or a pronoun with "also" ("It also estimated"; a bare "She said"
 * is a claim of its own, found as reported speech or not at all), then a verb that reports or finds. */
/** The words a sentence that carries on a claim starts with: a determiner before the document's
 * noun ("The report also found …") or a pronoun ("It also estimated …"). */
const CARRY_ON_DETERMINERS = 'the|this|that|its|their';
const CARRY_ON_PRONOUNS = 'it|they|he|she';
// The pattern is split before its verb: as one regex, V8 took 10-40 ms to compile it on its first
// use (the cold first call of every background wake); the two halves take under 1 ms together.
// Nothing before the verb can match in two ways (the word lists are disjoint and each word ends
// at a space), so the verb read where the first half ends finds what the one pattern found.
const CARRY_ON_HEAD = new RegExp(
  `^(?:(?:${CARRY_ON_DETERMINERS}) (?:new |same |latest |full |\\d{4} )?(report|study|survey|poll|analysis|review|audit|estimate|forecast|projection|data|paper|memo|census|investigation|filing|index)(?: (?:also|further|additionally|similarly))?|(${CARRY_ON_PRONOUNS}) (?:also|further|additionally|similarly)) `,
  'i',
);
const CARRY_ON_VERB =
  /(?:found|finds|showed|shows|estimated|estimates|projected|projects|predicted|predicts|forecast|forecasts|calculated|counted|concluded|noted|notes|reported|reports|said|says|put|puts|added|adds)\b/iy;

/** The carrying-on opening of `opening`: [all of it, the document's noun, the pronoun], or null. */
function carryOn(opening: string): [string, string | undefined, string | undefined] | null {
  const head = CARRY_ON_HEAD.exec(opening);
  if (!head) return null;
  CARRY_ON_VERB.lastIndex = head[0].length;
  const verb = CARRY_ON_VERB.exec(opening);
  return verb ? [head[0] + verb[0], head[1], head[2]] : null;
}

/** The first words the carry-on pattern can match, tested alone first (see carriedOn). */
const CARRY_ON_FIRST_WORD = new RegExp(`^(?:${CARRY_ON_DETERMINERS}|${CARRY_ON_PRONOUNS}) `, 'i');

/** Who claims each figure (`claimedBy`, with its evidence in `claim`). A figure belongs to whoever
 * says the words it sits in: the innermost (shortest) quote with a named speaker, direct or
 * reported, that contains it. Outside every quote, a sentence that carries on the claim just
 * before it ("The report also found …") keeps that claim's source; any other figure is the
 * outlet's own. A quote whose speaker is unclear gives no claimant. */
function assignClaimants(text: string, blocks: Block[], figures: Figure[], quotes: Quote[]): void {
  // Quotes are in text order (by start); they can nest, so keep the candidates still open.
  const order = quotes
    .map((_, i) => i)
    .filter((i) => quotes[i]!.speaker?.name)
    .sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  let next = 0;
  const open: number[] = [];
  /** The claim that ended last before the current figure (index into quotes), for carrying on. */
  let last = -1;
  let block = 0;
  for (const figure of figures) {
    while (next < order.length && quotes[order[next]!]!.start <= figure.start) open.push(order[next++]!);
    let best = -1;
    for (let i = open.length - 1; i >= 0; i--) {
      const q = quotes[open[i]!]!;
      if (q.end < figure.start) {
        if (last < 0 || q.end > quotes[last]!.end) last = open[i]!;
        open.splice(i, 1);
        continue;
      }
      if (q.end >= figure.end && (best < 0 || q.end - q.start < quotes[best]!.end - quotes[best]!.start))
        best = open[i]!;
    }
    while (block < blocks.length - 1 && blocks[block]!.end < figure.start) block++;
    if (best >= 0) {
      const q = quotes[best]!;
      figure.claimedBy = q.speaker!.id;
      figure.claim = {
        via: q.kind === 'direct' ? 'direct-quote' : 'reported',
        quote: best,
        confidence: q.speaker!.confidence,
      };
      continue;
    }
    // Only a claim that ends in this paragraph or the one before can be carried on.
    const near = last >= 0 && quotes[last]!.end >= blocks[Math.max(0, block - 1)]!.start;
    const carried = near && carriedOn(text, blocks, block, figure, quotes[last]!);
    figure.claimedBy = carried ? quotes[last]!.speaker!.id : null;
    figure.claim = carried ? { via: 'carried-on', quote: last, confidence: quotes[last]!.speaker!.confidence } : null;
  }
}

/** True when the figure's sentence opens by carrying on `claim`, which ends in the sentence right
 * before it (in the same paragraph or at the end of the one before). */
function carriedOn(text: string, blocks: Block[], b: number, figure: Figure, claim: Quote): boolean {
  const block = blocks[b]!;
  const start = sentenceStart(text, block.start, figure.start);
  // The claim must end in the sentence before: nothing but that sentence's own end between them.
  const before =
    start > block.start
      ? sentenceStart(text, block.start, start - 1)
      : b > 0
        ? sentenceStart(text, blocks[b - 1]!.start, blocks[b - 1]!.end)
        : -1;
  if (before < 0 || claim.end < before || (start === block.start && (b === 0 || claim.end < blocks[b - 1]!.start)))
    return false;
  const opening = text.slice(start, Math.min(figure.start, start + 80));
  // Most sentences are ruled out by their first word, without the carry-on pattern.
  const m = CARRY_ON_FIRST_WORD.test(opening) ? carryOn(opening) : null;
  // Only the clause the carrying verb governs: not past "; " or ", and"/", but" after it.
  if (!m || /;|,\s+(?:and|but|while)\b/.test(text.slice(start + m[0].length, figure.start))) return false;
  const kind = claim.speaker!.kind;
  // "The report …" carries on a claim whose sentence cited that report ("A report from X said …");
  // "he"/"she" a person's; "it" not a person's.
  if (m[1]) return new RegExp(`\\b${m[1]}\\b`, 'i').test(text.slice(before, start));
  const pronoun = m[2]!.toLowerCase();
  return pronoun === 'he' || pronoun === 'she'
    ? kind === 'person'
    : pronoun === 'it'
      ? kind !== 'person' && kind !== 'group'
      : kind !== 'person';
}

/** Where the sentence holding `at` starts: after the last ". ", "? " or "! " (followed by a capital
 * or a quotation mark) since the block's start. Good enough to find a sentence's first words. */
function sentenceStart(text: string, blockStart: number, at: number): number {
  for (let i = at - 1; i > blockStart && i > at - 2000; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32) continue;
    const p = text[i - 1];
    if (
      (p === '.' || p === '?' || p === '!' || (p !== undefined && CLOSING_DOUBLE_MARKS.includes(p))) &&
      STARTS_SENTENCE.test(text[i + 1] ?? '') &&
      !/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|U\.S|[A-Z])\.$/.test(text.slice(Math.max(blockStart, i - 5), i))
    )
      return i + 1;
  }
  return blockStart;
}
