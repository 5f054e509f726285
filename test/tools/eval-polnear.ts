// Scores direct-quote finding and speaker attribution on PolNeAR articles (train to develop on, dev
// to check), so every change to the attribution rules is measured on real news rather than on
// hand-made sentences.
import type { Annotations, Quote } from '../../src/engine/types';
import type { EvalReport } from './eval-report';
import { readSharedJsonl } from './shared-data';

/** One gold quote as the eval README describes it (only the fields we score). */
interface GoldQuote {
  start: number;
  end: number;
  text: string;
  closed: boolean;
  speaker: string | null;
  speaker_spans: [number, number][];
  speaker_kind: 'pronoun' | 'named' | 'nominal' | null;
  speaker_in_same_paragraph: boolean;
  mixed: boolean;
}

interface Article {
  id: string;
  source: string;
  text: string;
  quotes: GoldQuote[];
}

/** Overlap needed between a predicted and a gold span, as a share of their union (the brief's rule). */
export const MATCH_SHARE = 0.5;

/** The direct quotes the eval scores: the corpus counts a quote nested inside another as part of
 * the outer one, so only the outermost. */
export function outermostDirect(quotes: Quote[]): Quote[] {
  const all = quotes.filter((q) => q.kind === 'direct');
  return all.filter(
    (q) => !all.some((o) => o !== q && o.start <= q.start && o.end >= q.end && o.end - o.start > q.end - q.start),
  );
}

/** The unused prediction overlapping `gold` most, with its overlap as a share of their union (the
 * eval's greedy matching: a match needs MATCH_SHARE). */
export function bestOverlap(
  gold: { start: number; end: number },
  predicted: Quote[],
  used: Set<Quote>,
): { best: Quote | null; share: number } {
  let best: Quote | null = null,
    share = 0;
  for (const p of predicted) {
    if (used.has(p)) continue;
    const inter = Math.min(p.end, gold.end) - Math.max(p.start, gold.start);
    if (inter <= 0) continue;
    const s = inter / (Math.max(p.end, gold.end) - Math.min(p.start, gold.start));
    if (s > share) {
      best = p;
      share = s;
    }
  }
  return { best, share };
}
/** Characters of context printed around a miss so it can be studied without opening the file. */
const CONTEXT = 60;
/** How many speaker-error buckets the summary lists. */
const ERROR_BUCKETS = 12;
/** Honorifics and role words dropped before comparing names, so "Mr. Obama" matches "Barack Obama". */
const NAME_NOISE = /^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|president|senator|the|a|an)\.?$/i;

export type PolnearSplit = 'train' | 'dev';

/** Runs `extract` over every article of the split and compares its direct quotes and speakers with
 * the gold; null when the shared data is not there. */
export function evalPolnear(
  extract: (text: string) => Annotations,
  split: PolnearSplit = 'dev',
  judged?: (quote: Quote, right: boolean) => void,
): EvalReport | null {
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) return null;
  let tp = 0,
    fp = 0,
    fn = 0,
    spTotal = 0,
    spRight = 0;
  // Abstention: a quote whose speaker the engine calls unclear names nobody; "right when named"
  // is scored over the quotes it does name, coverage is how many of the gold-attributed it names.
  let spNamed = 0,
    spNamedRight = 0;
  const cats = new Map<string, { gold: number; found: number; spTotal: number; spRight: number }>();
  const bump = (names: string[], found: boolean, sp: boolean | null) => {
    for (const name of names) {
      const c = cats.get(name) ?? { gold: 0, found: 0, spTotal: 0, spRight: 0 };
      c.gold++;
      if (found) c.found++;
      if (sp !== null) {
        c.spTotal++;
        if (sp) c.spRight++;
      }
      cats.set(name, c);
    }
  };
  // Speaker errors by outcome (a wrong name, unclear, no speaker at all), the place the evidence
  // was found and the gold mention's kind: where the largest general causes are.
  const errors = new Map<string, number>();
  const misses: unknown[] = [];
  for (const article of articles) {
    const { text } = article;
    const ctx = (s: number, e: number) => text.slice(Math.max(0, s - CONTEXT), Math.min(text.length, e + CONTEXT));
    const predicted = outermostDirect(extract(text).quotes);
    const used = new Set<Quote>();
    for (const gold of article.quotes) {
      const { best, share: bestShare } = bestOverlap(gold, predicted, used);
      const names = [
        gold.mixed ? 'mixed' : 'full',
        gold.closed ? 'closed' : 'unclosed',
        `speaker:${gold.speaker_kind ?? 'none'}`,
        gold.speaker_in_same_paragraph ? 'same-paragraph' : 'other-paragraph',
      ];
      if (!best || bestShare < MATCH_SHARE) {
        fn++;
        bump(names, false, null);
        misses.push({
          type: 'FN',
          id: article.id,
          start: gold.start,
          end: gold.end,
          gold: gold.text,
          goldSpeaker: gold.speaker,
          context: ctx(gold.start, gold.end),
          nearest: best ? { start: best.start, end: best.end, text: best.text } : null,
        });
        continue;
      }
      used.add(best);
      tp++;
      if (!gold.speaker) {
        bump(names, true, null);
        continue;
      }
      spTotal++;
      const ok = speakerMatches(best, gold, text);
      judged?.(best, ok);
      if (ok) spRight++;
      if (best.speaker?.name) {
        spNamed++;
        if (ok) spNamedRight++;
      }
      bump(names, true, ok);
      if (!ok) {
        const outcome = !best.speaker ? 'none' : best.speaker.name ? 'wrong' : 'unclear';
        const bucket = `${outcome.padEnd(7)} ${(best.speaker?.evidence.place ?? '-').padEnd(16)} gold ${gold.speaker_kind}`;
        errors.set(bucket, (errors.get(bucket) ?? 0) + 1);
      }
      if (!ok)
        misses.push({
          type: 'speaker',
          id: article.id,
          start: gold.start,
          end: gold.end,
          quote: gold.text.slice(0, 80),
          mixed: gold.mixed,
          goldSpeaker: gold.speaker,
          goldKind: gold.speaker_kind,
          predicted: best.speaker
            ? {
                name: best.speaker.name,
                mention: best.speaker.mention?.text ?? null,
                confidence: best.speaker.confidence,
                place: best.speaker.evidence.place,
              }
            : null,
          context: ctx(Math.min(gold.start, ...gold.speaker_spans.map((s) => s[0])), gold.end),
        });
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      fp++;
      misses.push({
        type: 'FP',
        id: article.id,
        start: p.start,
        end: p.end,
        predicted: p.text.slice(0, 120),
        speaker: p.speaker?.name ?? null,
        context: ctx(p.start, p.end),
      });
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const speakerAccuracy = spRight / Math.max(1, spTotal);
  const rightWhenNamed = spNamedRight / Math.max(1, spNamed);
  const speakerCoverage = spNamed / Math.max(1, spTotal);
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'}%`;
  const summary = [
    `${articles.length} articles: quotes P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)} F1 ${(100 * f1).toFixed(1)}% (TP ${tp}, FP ${fp}, FN ${fn}); speaker ${pct(spRight, spTotal)} of ${spTotal}; named ${pct(spNamed, spTotal)}, right when named ${pct(spNamedRight, spNamed)}`,
    ...[...cats]
      .sort()
      .map(
        ([name, c]) =>
          `  ${name.padEnd(16)} gold ${String(c.gold).padStart(4)}  found ${pct(c.found, c.gold).padStart(6)}  speaker ${pct(c.spRight, c.spTotal).padStart(6)} of ${c.spTotal}`,
      ),
    `  speaker errors (outcome, evidence place, gold kind), the ${ERROR_BUCKETS} largest:`,
    ...[...errors]
      .sort((a, b) => b[1] - a[1])
      .slice(0, ERROR_BUCKETS)
      .map(([bucket, n]) => `    ${String(n).padStart(5)}  ${bucket}`),
  ];
  return {
    name: `polnear-${split}`,
    metrics: {
      quoteF1: f1,
      quotePrecision: precision,
      quoteRecall: recall,
      speakerAccuracy,
      rightWhenNamed,
      speakerCoverage,
    },
    summary,
    misses,
  };
}

/** The gold speaker of a quote, or the source of an attribution, as the matcher reads it. */
export type GoldSpeaker = Pick<GoldQuote, 'speaker_spans' | 'speaker_kind'>;

/** The brief's lenient speaker rule: our mention overlaps a gold speaker span, or our resolved
 * name shares a significant word (usually the surname) with the gold mention. Shared by the
 * direct-quote and the reported-speech scores, so both judge speakers alike. */
export function speakerMatches(p: Quote, gold: GoldSpeaker, text: string): boolean {
  const sp = p.speaker;
  // A speaker "named" only by a pronoun the engine could not resolve tells the reader nothing.
  if (!sp?.name || BARE_PRONOUN.test(sp.name)) return false;
  return nameOrMentionMatches(sp.name, sp.mention ? [sp.mention] : [], gold, text);
}

/** The same rule for an entity seen through several mentions (a figure's claimant). */
export function nameOrMentionMatches(
  name: string,
  mentions: { start: number; end: number }[],
  gold: GoldSpeaker,
  text: string,
): boolean {
  if (mentions.some((m) => gold.speaker_spans.some(([s, e]) => m.start < e && s < m.end))) return true;
  if (gold.speaker_kind === 'pronoun') return false;
  const goldText = gold.speaker_spans.map(([s, e]) => text.slice(s, e)).join(' ');
  const goldWords = new Set(nameWords(goldText));
  const ours = nameWords(name);
  const last = ours[ours.length - 1];
  return last !== undefined && goldWords.has(last);
}

const BARE_PRONOUN = /^(he|she|it|they|who|him|her|them)$/i;

function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f'’-]+/)
    .filter((w) => w && !NAME_NOISE.test(w));
}
