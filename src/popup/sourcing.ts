// The article's sourcing at a glance: what kinds of source it quotes, how the quoted words are
// shared among them, and how many of its figures someone claims. A pure function of the report,
// so the popup's summary and the Markdown export say the same, and tests need no rendering.
import type { PageReport } from '../shared/messages';
import { isCalendarFigure } from '../shared/figure-format';
import { groupBySpeaker, speakersOf } from './view-model';

/** Speakers drawn as bars of their own; the rest share one "others" bar. */
export const SHARE_BARS = 6;

export interface WordShare {
  /** The speaker's id; '' for the quotes whose speaker is unclear, '*' for the others' bar. */
  key: string;
  /** The speaker's name; null for the unclear quotes and for the others' bar. */
  name: string | null;
  /** How many speakers the bar stands for (1, or the others'). */
  speakers: number;
  words: number;
  /** words / all quoted words, 0..1. */
  share: number;
}

export interface SourcingSummary {
  /** Sources by kind; every group of the popup's speaker list is counted once (the quotes whose
   * speaker is unclear as one anonymous-or-unclear source), so the four add up to its length. */
  people: number;
  organizations: number;
  documents: number;
  /** Groups ("officials", "critics"), sources of no known kind, and the unclear quotes. */
  anonymous: number;
  /** Words in the article's quotes, each word counted once (a fragment inside a reported claim
   * is not counted again). */
  quotedWords: number;
  /** Most quoted first, the unclear quotes and the others' bar last. */
  shares: WordShare[];
  /** Figures some source claims, and the outlet's own (dates, years and ordinals only when listed). */
  figuresClaimed: number;
  figuresOwn: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Summarises the report's sources; `withDates` as in the popup's figure list. */
export function summarizeSourcing(report: PageReport, withDates = true): SourcingSummary {
  const a = report.annotations;
  const summary: SourcingSummary = {
    people: 0,
    organizations: 0,
    documents: 0,
    anonymous: 0,
    quotedWords: 0,
    shares: [],
    figuresClaimed: 0,
    figuresOwn: 0,
  };
  if (!a) return summary;
  const groups = groupBySpeaker(
    a.quotes.map((quote, index) => ({ quote, index })),
    speakersOf(report),
  );
  // Quotes come sorted by start, outer before inner: a quote inside the one before is its words again.
  const nested = new Set<number>();
  let outerEnd = -1;
  a.quotes.forEach((q, i) => {
    if (q.end <= outerEnd) nested.add(i);
    else outerEnd = q.end;
  });
  const bars: WordShare[] = [];
  let unclear: WordShare | null = null;
  for (const g of groups) {
    const kind = g.speaker?.kind ?? 'unknown';
    if (!g.speaker) summary.anonymous++;
    else if (kind === 'person') summary.people++;
    else if (kind === 'organization') summary.organizations++;
    else if (kind === 'document') summary.documents++;
    else summary.anonymous++;
    let words = 0;
    for (const { quote, index } of g.quotes) if (!nested.has(index)) words += countWords(quote.text);
    summary.quotedWords += words;
    const bar = { key: g.key, name: g.speaker?.name ?? null, speakers: 1, words, share: 0 };
    if (g.speaker) bars.push(bar);
    else unclear = bar;
  }
  bars.sort((x, y) => y.words - x.words);
  const shown = bars.length > SHARE_BARS ? bars.slice(0, SHARE_BARS - 1) : bars;
  const rest = bars.slice(shown.length);
  if (rest.length)
    shown.push({ key: '*', name: null, speakers: rest.length, words: rest.reduce((n, b) => n + b.words, 0), share: 0 });
  if (unclear) shown.push(unclear);
  for (const bar of shown) bar.share = summary.quotedWords ? bar.words / summary.quotedWords : 0;
  summary.shares = shown;
  for (const f of a.figures) {
    if (!withDates && isCalendarFigure(f)) continue;
    if (f.claimedBy) summary.figuresClaimed++;
    else summary.figuresOwn++;
  }
  return summary;
}

/** A share as a whole percentage, the way the summary prints it. */
export const percent = (share: number) => Math.round(share * 100);
