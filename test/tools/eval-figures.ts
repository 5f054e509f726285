// Scores a figure extractor on the Recognizers-Text English specs (figures-dev.jsonl): span
// precision / recall by overlap, and value accuracy over the matched figures. Each spec line is
// complete only for its `annotated_kinds`, so only figures of those kinds are compared.
import type { Figure } from '../../src/engine/types';
import { unitFamily } from '../../src/engine/figure-units';
import type { EvalReport } from './eval-report';
import { readSharedJsonl } from './shared-data';

interface SpecFigure {
  start: number;
  end: number;
  text: string;
  kind: string;
  value: string | null;
}
interface SpecLine {
  id: string;
  text: string;
  annotated_kinds: string[];
  figures: SpecFigure[];
}

/** Which of our figures a spec kind corresponds to. A spec "number" is a bare quantity: our
 * counts, ordinals and `other` (fractions, multipliers, exponents), never money, percentages,
 * measures, years or dates. The spec's three measure kinds are told apart by our unit's family;
 * durations ("two hours") have no spec kind at all, so they are not scored. */
const KIND_MATCH: Record<string, (f: Figure) => boolean> = {
  number: (f) => f.kind === 'count' || f.kind === 'other' || f.kind === 'ordinal',
  percent: (f) => f.kind === 'percent',
  money: (f) => f.kind === 'money',
  dimension: (f) => f.kind === 'measure' && !['age', 'temperature', 'time'].includes(unitFamily(f.unit ?? '') ?? ''),
  age: (f) => f.kind === 'measure' && unitFamily(f.unit ?? '') === 'age',
  temperature: (f) => f.kind === 'measure' && unitFamily(f.unit ?? '') === 'temperature',
};

/** Overlap of two spans as a share of their union (the quote scorer's measure). */
function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Digits or number words: text outside a gold span that has one of these holds another number. */
const OTHER_NUMBER =
  /\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|million|billion|trillion|dozen|half|quarter)\b/i;

/** The matching rule. A prediction is the gold figure when
 *  (1) their spans overlap by at least half of their union; or
 *  (2) the prediction contains the gold span and the text it adds holds no other number: it only
 *      adds the thing counted, the unit or the currency ("six boxes" for the spec's "six",
 *      "US$ 1MM" for "1MM"): the news convention of /work/shared/pages/README.md marks the
 *      counted noun with the number, the spec marks the number alone; or
 *  (3) the prediction is a range containing the gold span, and the gold is one of its ends (the
 *      spec marks one end of a range, "eight to 10 feet" -> "10 feet"; `sameValue` checks the value).
 * Returns a score for picking the best prediction (higher is better), 0 when there is no match. */
function matchScore(text: string, g: { start: number; end: number }, p: Figure): number {
  const o = overlap(g, p);
  if (o >= 0.5) return o;
  if (p.start > g.start || p.end < g.end) return 0;
  const added = text.slice(p.start, g.start) + ' ' + text.slice(g.end, p.end);
  const rangeEnd = p.high !== undefined && (g.start === p.start || g.end === p.end);
  if (!OTHER_NUMBER.test(added) || rangeEnd) return o || 0.01;
  return 0;
}

/** The spec's value string as a number ("-5%" -> -5, "1.2732E+15" -> 1.2732e15). */
function specValue(v: string | null): number | null {
  if (v === null) return null;
  const n = Number(v.replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

/** Equal to the spec's value, which is printed with 15 significant digits. */
function sameValue(gold: number, f: Figure): boolean {
  const close = (x: number | null | undefined) =>
    x !== null && x !== undefined && Math.abs(x - gold) <= 1e-9 + Math.abs(gold) * 1e-9;
  // The spec marks one end of a range ("40 - 50 years old" -> "50 years old"), so either end counts.
  return close(f.value) || close(f.high);
}

type Rule = 'lenient' | 'iou';
type KindStat = { tp: number; fp: number; fn: number; valued: number; right: number };

/** How a rule scores a prediction against a gold span: `lenient` is `matchScore` above; `iou`
 * asks for span overlap of at least half the union and nothing else (the kind is checked by the
 * caller either way), the rule the maintainers score unseen data with. */
function ruleScore(rule: Rule, text: string, g: { start: number; end: number }, p: Figure): number {
  if (rule === 'lenient') return matchScore(text, g, p);
  const o = overlap(g, p);
  return o >= 0.5 ? o : 0;
}

/** Scores every line's predictions under one rule: per-kind counts and the misses. */
function score(
  lines: SpecLine[],
  predictions: Figure[][],
  rule: Rule,
): { perKind: Record<string, KindStat>; misses: unknown[]; skippedNoValue: number } {
  const perKind: Record<string, KindStat> = {};
  const misses: unknown[] = [];
  let skippedNoValue = 0;
  lines.forEach((line, n) => {
    const kinds = line.annotated_kinds;
    const predicted = predictions[n]!;
    for (const kind of kinds) {
      const match = KIND_MATCH[kind];
      if (!match) continue;
      const stat = (perKind[kind] ??= { tp: 0, fp: 0, fn: 0, valued: 0, right: 0 });
      // Gold figures without a value are bare unit words ("dollar", "percentage"): no quantity to find.
      const gold = line.figures.filter((g) => g.kind === kind);
      const scored = gold.filter((g) => specValue(g.value) !== null);
      skippedNoValue += gold.length - scored.length;
      // The spec's number model also marks the number inside a quantity (money, measure, percent);
      // on a line not annotated for that quantity's kind, our figure carrying the number may match it.
      const unannotated = (f: Figure) => kind === 'number' && !kinds.some((k) => KIND_MATCH[k]?.(f));
      const preds = predicted.filter((f) => match(f) || unannotated(f));
      const used = new Set<number>();
      for (const g of scored) {
        let best = -1;
        let bestO = 0;
        preds.forEach((p, i) => {
          const o = ruleScore(rule, line.text, g, p);
          if (!used.has(i) && o > bestO) {
            best = i;
            bestO = o;
          }
        });
        if (best < 0) {
          stat.fn++;
          misses.push({
            id: line.id,
            rule,
            type: 'fn',
            kind,
            text: line.text,
            gold: { text: g.text, value: g.value },
            predicted: null,
          });
          continue;
        }
        used.add(best);
        stat.tp++;
        const p = preds[best]!;
        const gv = specValue(g.value)!;
        stat.valued++;
        if (sameValue(gv, p)) stat.right++;
        else
          misses.push({
            id: line.id,
            rule,
            type: 'value',
            kind,
            text: line.text,
            gold: { text: g.text, value: g.value },
            predicted: describe(p),
          });
      }
      preds.forEach((p, i) => {
        if (used.has(i) || !match(p)) return;
        // A prediction that overlaps a value-less gold figure is neither right nor wrong.
        if (gold.some((g) => specValue(g.value) === null && overlap(g, p) >= 0.5)) return;
        stat.fp++;
        misses.push({ id: line.id, rule, type: 'fp', kind, text: line.text, gold: null, predicted: describe(p) });
      });
    }
  });
  return { perKind, misses, skippedNoValue };
}

const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0] as const;
};
const pct = (x: number) => (100 * x).toFixed(1);

/** Totals of one rule's per-kind counts: precision, recall, F1 and value accuracy. */
function totals(perKind: Record<string, KindStat>): {
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  valued: number;
} {
  const sum = (key: keyof KindStat) => Object.values(perKind).reduce((a, s) => a + s[key], 0);
  const [precision, recall, f1] = prf(sum('tp'), sum('fp'), sum('fn'));
  return {
    precision,
    recall,
    f1,
    valueAccuracy: sum('valued') ? sum('right') / sum('valued') : 1,
    valued: sum('valued'),
  };
}

/** Runs the extractor over figures-dev.jsonl and scores it under both rules (the lenient one,
 * and span IoU >= 0.5 with the annotated kind); null when the shared data is not there. */
export function evalFigures(extract: (text: string) => Figure[]): EvalReport | null {
  const lines = readSharedJsonl<SpecLine>('eval/figures-dev.jsonl');
  if (!lines) return null;
  const predictions = lines.map((line) => extract(line.text));
  const lenient = score(lines, predictions, 'lenient');
  const iou = score(lines, predictions, 'iou');
  const L = totals(lenient.perKind);
  const I = totals(iou.perKind);
  const perKindLines = (perKind: Record<string, KindStat>) =>
    Object.entries(perKind).map(([k, s]) => {
      const [p, r, f] = prf(s.tp, s.fp, s.fn);
      return `  ${k.padEnd(12)} tp ${s.tp} fp ${s.fp} fn ${s.fn}  P ${pct(p)} R ${pct(r)} F1 ${pct(f)}  values ${s.right}/${s.valued}`;
    });
  const summary = [
    `figures-dev: ${lines.length} lines; ${lenient.skippedNoValue} value-less gold figures not scored`,
    `lenient rule (overlap >= 50%, or the prediction contains the gold and adds only its counted noun/unit/currency, or is a range with the gold at one end): F1 ${pct(L.f1)} (P ${pct(L.precision)} R ${pct(L.recall)}), value accuracy ${pct(L.valueAccuracy)} over ${L.valued} matched`,
    ...perKindLines(lenient.perKind),
    `IoU rule (span IoU >= 0.5, the figure's annotated kind): F1 ${pct(I.f1)} (P ${pct(I.precision)} R ${pct(I.recall)}), value accuracy ${pct(I.valueAccuracy)} over ${I.valued} matched`,
    ...perKindLines(iou.perKind),
  ];
  return {
    name: 'figures-dev',
    metrics: {
      figureF1: L.f1,
      figurePrecision: L.precision,
      figureRecall: L.recall,
      valueAccuracy: L.valueAccuracy,
      figureF1IoU: I.f1,
      figurePrecisionIoU: I.precision,
      figureRecallIoU: I.recall,
      valueAccuracyIoU: I.valueAccuracy,
    },
    summary,
    misses: [...lenient.misses, ...iou.misses],
  };
}

function describe(f: Figure): { text: string; kind: string; value: number | null; high?: number; unit: string | null } {
  return {
    text: f.text,
    kind: f.kind,
    value: f.value,
    ...(f.high !== undefined ? { high: f.high } : {}),
    unit: f.unit,
  };
}
