// Why reported speech is missed or wrong, on a PolNeAR split (train to develop on): every gold
// content of a reporting cue that no predicted clause matches (IoU >= 0.5), and every predicted
// clause that matches none, bucketed by cause. The engine's own sentence splitter and tokenizer
// re-read the sentence that holds the gold cue, so a bucket says which step lost the clause:
// the cue is no cue, its sentence was never searched, no subject was found, the clause was
// dropped afterwards, or it was found with the wrong boundaries (and at what).
//   npx esbuild test/tools/diagnose-reported.ts --bundle --platform=node --packages=external \
//     --outfile=dist/tools/diagnose-reported.js &&
//   node dist/tools/diagnose-reported.js [train|dev] [--examples N] [--only BUCKET]
import { analyze } from '../../src/engine/analyze';
import { blocksFromPlainText } from '../../src/engine/blocks';
import { findMarkedSpans } from '../../src/engine/quote-marks';
import { reportedInSentence } from '../../src/engine/reported-speech';
import { subjectOf } from '../../src/engine/sentence-cues';
import { splitSentences } from '../../src/engine/sentences';
import { accordingTo, cueAt } from '../../src/engine/speaker-mentions';
import { cueStrength } from '../../src/engine/speech-verbs';
import { tokenize, type Token } from '../../src/engine/tokens';
import type { Quote } from '../../src/engine/types';
import {
  diagnosisArgs,
  matchClauses,
  reportingGold,
  covered,
  type Article,
  type GoldAttribution,
} from './eval-reported';

const SLACK = 3;

/** The sentence [start, end) of the article that holds `offset`, with its tokens (quotations folded
 * as the engine folds them). */
function sentenceAt(
  text: string,
  offset: number,
): { start: number; end: number; tokens: Token[]; quoted: { start: number; end: number }[] } | null {
  const blocks = blocksFromPlainText(text);
  const block = blocks.find((b) => b.start <= offset && offset < b.end);
  if (!block) return null;
  const spans = findMarkedSpans(text, blocks).filter((s) => s.block === blocks.indexOf(block));
  const top: typeof spans = [];
  for (const s of spans) if (!top.length || s.start >= top[top.length - 1]!.end) top.push(s);
  for (const [s, e] of splitSentences(text, block.start, block.end, top)) {
    if (offset < s || offset >= e) continue;
    const inside = top.filter((q) => q.start >= s && q.end <= e);
    const tokens = tokenize(
      text,
      s,
      e,
      inside,
      inside.map((_, i) => i),
    );
    return { start: s, end: e, tokens, quoted: inside };
  }
  return null;
}

/** The verb word of a gold cue ("has said" -> said, "according to" -> according). */
function cueToken(tokens: Token[], cueSpans: [number, number][]): number {
  let best = -1;
  for (const [s, e] of cueSpans)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start < s || t.end > e || t.quote >= 0) continue;
      if (t.lower === 'according') return i;
      if (best < 0 || (t.cue > 0 && tokens[best]!.cue === 0)) best = i;
    }
  return best;
}

function missCause(text: string, g: GoldAttribution, predicted: Quote[]): string {
  const cueStart = g.cue_spans[0]?.[0];
  if (cueStart === undefined) return 'missed: gold has no cue';
  const sentence = sentenceAt(text, cueStart);
  if (!sentence) return 'missed: cue outside any sentence';
  const { tokens } = sentence;
  const k = cueToken(tokens, g.cue_spans);
  if (k < 0) return 'missed: cue inside a quotation';
  const t = tokens[k]!;
  const according = accordingTo(tokens, k);
  const goldStart = g.content_spans[0]![0];
  const goldEnd = g.content_spans[g.content_spans.length - 1]![1];
  // Another predicted clause holds the gold content (nested attribution, or one clause for two).
  if (predicted.some((p) => p.start <= goldStart && p.end >= goldEnd)) return 'missed: inside a larger clause';
  if (!according && cueStrength(t.lower) === 0) return `missed: not a cue word (${t.lower})`;
  let strong = false;
  for (const x of tokens) if (x.cue === 2 || x.lower === 'according') strong = true;
  if (!strong) return `missed: sentence never searched (weak cue ${t.lower})`;
  if (!according && !cueAt(tokens, k, false)) return `missed: cue refused in place (${t.lower})`;
  const clauses = reportedInSentence(tokens);
  const own = clauses.find((c) => c.cue === k);
  if (own) {
    const len = own.end - own.start;
    let quoted = 0;
    for (const q of sentence.quoted) quoted += Math.max(0, Math.min(q.end, own.end) - Math.max(q.start, own.start));
    if (len - quoted < 10) return 'missed: dropped, mostly quoted';
    return 'missed: dropped after (unresolved or unusable source)';
  }
  const swallowing = clauses.find((c) => c.start <= t.start && c.end >= t.end);
  if (swallowing) return 'missed: cue inside another clause';
  if (according) return 'missed: according-to refused';
  if (!subjectOf(tokens, k, 0)) {
    const prev = tokens[k - 1];
    const before = !prev
      ? 'opens the sentence'
      : prev.text === ','
        ? 'after a comma'
        : /^(and|but|or)$/.test(prev.lower)
          ? 'after a conjunction'
          : /^(has|have|had|would|will|also|then|later|did|does|do|to)$/.test(prev.lower) || /ly$/.test(prev.lower)
            ? 'after an auxiliary or adverb'
            : 'after a word';
    return `missed: no subject (${t.text.endsWith('ing') ? 'participle' : 'finite'} ${before})`;
  }
  const where = goldEnd <= t.start ? 'content before cue' : goldStart >= t.end ? 'content after cue' : 'around cue';
  const next = tokens[k + 1];
  const follows =
    next === undefined
      ? 'end'
      : next.quote >= 0
        ? 'quotation'
        : /^(that|to|:|,)$/.test(next.lower)
          ? next.lower
          : /^(the|a|an|his|her|their|its)$/.test(next.lower)
            ? 'determiner'
            : 'other';
  return `missed: refused with a subject, ${where} (${t.lower} + ${follows})`;
}

function boundaryCause(text: string, goldStart: number, goldEnd: number, p: Quote): string {
  const parts: string[] = [];
  if (Math.abs(p.start - goldStart) > SLACK) parts.push(p.start < goldStart ? 'starts early' : 'starts late');
  if (Math.abs(p.end - goldEnd) > SLACK) {
    if (p.end > goldEnd) {
      const between = text.slice(goldEnd, p.end);
      const at = /^\W*(\S+(?:\s+\S+)?)/.exec(between)?.[1] ?? '';
      parts.push(`runs on past ${/^\s*[,;:—–-]/.test(between) ? 'punctuation' : 'a word'} (${at.toLowerCase()})`);
    } else {
      const at = text.slice(p.end, p.end + 12).replace(/\s+/g, ' ');
      parts.push(`ends early at "${at}"`);
    }
  }
  const generic = parts.map((x) => x.replace(/ \(.*\)$/, '').replace(/ at ".*"$/, ''));
  if (process.argv.includes('--details')) return `boundary: ${parts.join(' + ')}`;
  return `boundary: ${generic.join(' + ')}`;
}

/** How a false clause stands to the gold content it overlaps most: a second clause over a content
 * another clause matched, one that spans the attribution the gold leaves out ("A, X said, B"), or
 * which edge is off (a clause cut short is a false clause and a missed content at once). */
function overlapShape(p: Quote, gold: GoldAttribution[], matched: Set<GoldAttribution>): string {
  let best: GoldAttribution | null = null;
  let most = 0;
  for (const g of gold) {
    const n = covered(g.content_spans, p.start, p.end);
    if (n > most) [best, most] = [g, n];
  }
  if (!best) return 'boundary or split';
  if (matched.has(best)) return 'a second clause over a matched content';
  const spans = best.content_spans;
  const [gs, ge] = [spans[0]![0], spans[spans.length - 1]![1]];
  if (spans.length > 1 && p.start <= gs + SLACK && p.end >= ge - SLACK) return 'spans the attribution inside the gold';
  const edges: string[] = [];
  if (Math.abs(p.start - gs) > SLACK) edges.push(p.start < gs ? 'starts early' : 'starts late');
  if (Math.abs(p.end - ge) > SLACK) edges.push(p.end < ge ? 'ends early' : 'runs on');
  return edges.join(' + ') || 'same edges, gaps differ';
}

function falseCause(
  text: string,
  article: Article,
  p: Quote,
  gold: GoldAttribution[],
  matched: Set<GoldAttribution>,
): string {
  const other = article.attributions.find((a) => !gold.includes(a) && covered(a.content_spans, p.start, p.end) > 0);
  const overlapsGold = gold.some((g) => covered(g.content_spans, p.start, p.end) > 0);
  const cue = p.speaker?.evidence.cue?.text.toLowerCase() ?? '?';
  if (overlapsGold) return `false: overlaps a gold content (${overlapShape(p, gold, matched)})`;
  if (other)
    return `false: a non-reporting attribution (${other.form === 'direct' ? 'direct' : 'cue ' + (other.cue ?? '').toLowerCase()})`;
  return `false: no attribution (cue ${cue})`;
}

function main(): void {
  const { split, examples, only, articles } = diagnosisArgs();
  if (!articles) return;
  const buckets = new Map<string, { n: number; examples: string[] }>();
  const add = (key: string, example: string) => {
    const b = buckets.get(key) ?? { n: 0, examples: [] };
    b.n++;
    if (b.examples.length < examples) b.examples.push(example);
    buckets.set(key, b);
  };
  /** Finer counts by the detail in parentheses: "cause (detail)". */
  const fine = new Map<string, number>();
  /** Counts a cause's detail and returns the cause without it. */
  const countCause = (key: string): string => {
    const generic = key.replace(/ \(.*\)$/, '');
    const detail = key.match(/\((.*)\)$/)?.[1];
    if (detail) fine.set(`${generic} | ${detail}`, (fine.get(`${generic} | ${detail}`) ?? 0) + 1);
    return generic;
  };
  for (const article of articles) {
    const { text } = article;
    const predicted = analyze(text).quotes.filter((q) => q.kind === 'reported');
    const gold = reportingGold(article);
    const { pairs, used, matched } = matchClauses(gold, predicted);
    const ctx = (s: number, e: number) =>
      text.slice(Math.max(0, s - 100), Math.min(text.length, e + 60)).replace(/\s+/g, ' ');
    for (const { g, best } of pairs) {
      if (matched.has(g)) continue;
      const goldStart = g.content_spans[0]![0];
      const goldEnd = g.content_spans[g.content_spans.length - 1]![1];
      const key = best ? boundaryCause(text, goldStart, goldEnd, best) : missCause(text, g, predicted);
      if (best && process.argv.includes('--details')) console.log(`DETAIL ${key}`);
      const generic = countCause(key);
      if (only && !key.startsWith(only)) continue;
      add(
        generic,
        `[${article.id}] cue "${g.cue}" src "${g.source}"\n     GOLD: ${text.slice(goldStart, goldEnd).replace(/\s+/g, ' ')}` +
          (best ? `\n     PRED: ${best.text.replace(/\s+/g, ' ')}` : '') +
          `\n     CTX: ${ctx(Math.min(goldStart, g.cue_spans[0]?.[0] ?? goldStart), goldEnd)}`,
      );
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      const key = falseCause(text, article, p, gold, matched);
      const generic = countCause(key);
      if (only && !key.startsWith(only)) continue;
      // The gold contents it overlaps, and whether another clause matched them: a split or a
      // second clause over one content, or a boundary error.
      const overlapped = gold
        .filter((g) => covered(g.content_spans, p.start, p.end) > 0)
        .map((g) => {
          const [s, e] = [g.content_spans[0]![0], g.content_spans[g.content_spans.length - 1]![1]];
          return `\n     GOLD${matched.has(g) ? ' (matched by another)' : ''}: ${text.slice(s, e).replace(/\s+/g, ' ')}`;
        })
        .join('');
      add(
        generic,
        `[${article.id}] by ${p.speaker?.name ?? '?'} (${p.speaker?.evidence.cue?.text ?? '?'})\n     PRED: ${p.text.replace(/\s+/g, ' ')}${overlapped}\n     CTX: ${ctx(p.start, p.end)}`,
      );
    }
  }
  console.log(`reported speech on PolNeAR ${split}: errors by cause`);
  for (const [key, b] of [...buckets].sort((a, z) => z[1].n - a[1].n)) {
    console.log(`${String(b.n).padStart(6)}  ${key}`);
    for (const e of b.examples) console.log(`     ${e}`);
  }
  console.log('\nmost frequent details (cue words, words run past):');
  for (const [key, n] of [...fine].sort((a, z) => z[1] - a[1]).slice(0, 60))
    console.log(`${String(n).padStart(6)}  ${key}`);
}

main();
