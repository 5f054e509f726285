// Boundary errors of reported speech on a PolNeAR split: every predicted clause that overlaps a
// gold saying content but matches none (IoU < 0.5 after the eval's greedy matching), which costs
// one false positive and, when the content is left unmatched, one false negative. Each is grouped
// by where its edges stand against the gold: the clause stops early (at a comma, "and"/"but", a
// quotation mark, a sentence end inside the content, or a word), runs on (into the next sentence,
// or past a comma or a word), starts early (holding the cue or the source) or late; "gold spans
// several sentences" marks contents longer than the sentence the engine searches.
//   npx esbuild test/tools/reported-boundaries.ts --bundle --platform=node --packages=external \
//     --outfile=dist/tools/reported-boundaries.js &&
//   node dist/tools/reported-boundaries.js [train|dev] [--examples N] [--only GROUP]
import { analyze } from '../../src/engine/analyze';
import type { Quote } from '../../src/engine/types';
import { covered, diagnosisArgs, matchClauses, reportingGold, type GoldAttribution } from './eval-reported';

const SLACK = 3;

/** A sentence end followed by the next sentence's first letter or quotation mark; not the point
 * of a title or an initial ("Mr. Trump", "U.S. officials"). */
const SENTENCE_BREAK =
  /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Jr|Sr|Inc|Co|Corp|[A-Z]))[.?!]["”’']?\s+["“‘']?[A-Z]/;
const QUOTE_MARK = /^["“”‘’']/;

/** What the text holds right at `at` (whitespace skipped): the stop a clause edge sits before. */
function stopAt(text: string, at: number): string {
  const rest = text.slice(at, at + 40).replace(/^\s+/, '');
  if (QUOTE_MARK.test(rest)) return 'a quote mark';
  if (/^,/.test(rest))
    return process.argv.includes('--details') ? `a comma (${/^,\s*(\S+)/.exec(rest)?.[1]?.toLowerCase()})` : 'a comma';
  if (/^[;:—–]|^--?\s/.test(rest)) return 'a semicolon, colon or dash';
  if (/^[.?!]/.test(rest)) return 'a sentence end inside the content';
  if (/^(and|but|or)\b/i.test(rest)) return '"and"/"but"/"or"';
  if (/^(that|which|who|because|while|as|if|when|after|before|since|although)\b/i.test(rest)) return 'a subordinator';
  return 'a word';
}

function groups(text: string, g: GoldAttribution, p: Quote): string[] {
  const spans = g.content_spans;
  const [gs, ge] = [spans[0]![0], spans[spans.length - 1]![1]];
  const out: string[] = [];
  if (SENTENCE_BREAK.test(text.slice(gs, ge))) out.push('gold spans several sentences');
  // "C1, X said, C2": the gold content runs on around the cue, the clause holds one side.
  const around = spans.length > 1 && g.cue_spans.some(([s]) => s > gs && s < ge);
  if (around) out.push('gold around the cue');
  if (p.end < ge - SLACK) out.push(`stops early at ${stopAt(text, p.end)}`);
  if (p.end > ge + SLACK) {
    const between = text.slice(ge, p.end);
    out.push(
      SENTENCE_BREAK.test(text.slice(Math.max(0, ge - 2), p.end))
        ? 'runs on into the next sentence'
        : `runs on past ${stopAt(text, ge)}`,
    );
    void between;
  }
  if (p.start < gs - SLACK) {
    const holds = (ss: [number, number][]) => ss.some(([s, e]) => s >= p.start && e <= p.end);
    out.push(
      holds(g.cue_spans)
        ? 'starts early, holds the cue'
        : holds(g.source_spans)
          ? 'starts early, holds the source'
          : `starts early (${stopAt(text, p.start)})`,
    );
  }
  if (p.start > gs + SLACK) out.push('starts late');
  if (!out.length) out.push('same edges, gaps differ');
  return out;
}

function main(): void {
  const { split, examples, only, articles } = diagnosisArgs();
  if (!articles) return;
  const primary = new Map<string, { n: number; examples: string[] }>();
  const tags = new Map<string, number>();
  let total = 0,
    second = 0,
    contentLeft = 0,
    tp = 0,
    fp = 0,
    fn = 0;
  for (const article of articles) {
    const { text } = article;
    const predicted = analyze(text).quotes.filter((q) => q.kind === 'reported');
    const gold = reportingGold(article);
    const { used, matched } = matchClauses(gold, predicted);
    tp += used.size;
    fp += predicted.length - used.size;
    fn += gold.length - matched.size;
    for (const p of predicted) {
      if (used.has(p)) continue;
      let best: GoldAttribution | null = null;
      let most = 0;
      for (const g of gold) {
        const n = covered(g.content_spans, p.start, p.end);
        if (n > most) [best, most] = [g, n];
      }
      if (!best) continue;
      total++;
      if (matched.has(best)) {
        second++;
        continue;
      }
      contentLeft++;
      const found = groups(text, best, p);
      for (const t of found) tags.set(t, (tags.get(t) ?? 0) + 1);
      // The edge error that decides: the end (where most errors sit) before the start; the
      // several-sentence gold mark only when no edge explains it alone.
      const key = found.find((t) => t !== 'gold spans several sentences' && t !== 'gold around the cue') ?? found[0]!;
      const marks = found.filter((t) => t.startsWith('gold') && t !== key);
      const key2 = marks.length ? `${key} [${marks.join(', ')}]` : key;
      if (only && !key2.includes(only)) continue;
      const b = primary.get(key2) ?? { n: 0, examples: [] };
      b.n++;
      const [gs, ge] = [best.content_spans[0]![0], best.content_spans[best.content_spans.length - 1]![1]];
      if (b.examples.length < examples)
        b.examples.push(
          `[${article.id}] cue "${best.cue}"\n     GOLD: ${text.slice(gs, ge).replace(/\s+/g, ' ')}\n     PRED: ${p.text.replace(/\s+/g, ' ')}\n     CTX: ${text.slice(Math.max(0, Math.min(gs, p.start) - 80), Math.max(ge, p.end) + 40).replace(/\s+/g, ' ')}`,
        );
      primary.set(key2, b);
    }
  }
  console.log(`TP ${tp} FP ${fp} FN ${fn}`);
  console.log(
    `PolNeAR ${split}: ${total} unmatched clauses overlap a gold saying content; ${second} over a content another clause matched, ${contentLeft} boundary errors (FP and FN at once)`,
  );
  console.log('by edge (first edge error; end before start):');
  for (const [key, b] of [...primary].sort((a, z) => z[1].n - a[1].n)) {
    console.log(`${String(b.n).padStart(6)}  ${key}`);
    for (const e of b.examples) console.log(`     ${e}`);
  }
  console.log('every edge error counted (a clause may have two):');
  for (const [key, n] of [...tags].sort((a, z) => z[1] - a[1])) console.log(`${String(n).padStart(6)}  ${key}`);
}

main();
