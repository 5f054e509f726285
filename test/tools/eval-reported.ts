// Scores reported speech and figure claimants on PolNeAR (train to develop on, dev to check).
// PolNeAR marks every attribution PARC-style, beliefs and what polls "show" included; only the
// attributions whose cue is a verb of saying, writing or estimating, or "according to", are
// reported speech here (the table below), and a figure inside one of their contents is claimed by
// its source. A figure inside no attribution at all is the outlet's own.
import type { Annotations, Quote } from '../../src/engine/types';
import type { EvalReport } from './eval-report';
import { nameOrMentionMatches, speakerMatches, type GoldSpeaker, type PolnearSplit } from './eval-polnear';
import { readSharedJsonl, SHARED_MISSING } from './shared-data';

/** One attribution of the PolNeAR gold (see ../shared/eval/README.md). */
export interface GoldAttribution {
  id: string;
  form: 'direct' | 'mixed' | 'indirect';
  content_spans: [number, number][];
  source: string | null;
  source_spans: [number, number][];
  source_kind: 'pronoun' | 'named' | 'nominal' | null;
  cue: string | null;
  cue_spans: [number, number][];
}

/** One PolNeAR article with its gold attributions. */
export interface Article {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/**
 * The cues that make an attribution reported speech, by lemma. A cue counts when one of its words
 * is a form of one of these ("said", "has said", "said in a statement", "told reporters", "wrote")
 * or it is "according to".
 * - saying: verbs that report a statement, whatever its tone;
 * - writing: verbs that report written or posted words;
 * - estimating: verbs that report a figure or finding someone puts forward (a study "found").
 * Left out on purpose: belief and wish ("believe", "think", "want", "hope"), evidence ("show",
 * "indicate", "suggest" is kept as a statement), questions and requests ("ask", "urge", "call
 * for", "demand": their content is no statement anyone claims), and descriptions and judgements
 * ("call" as in "called it", "describe", "criticize", "praise", "accuse").
 */
export const REPORTING_CUES: Readonly<Record<'saying' | 'writing' | 'estimating', readonly string[]>> = {
  saying: [
    'say',
    'tell',
    'add',
    'state',
    'explain',
    'announce',
    'declare',
    'mention',
    'reply',
    'respond',
    'answer',
    'recall',
    'confirm',
    'claim',
    'insist',
    'argue',
    'assert',
    'maintain',
    'contend',
    'stress',
    'emphasize',
    'reiterate',
    'repeat',
    'acknowledge',
    'admit',
    'concede',
    'deny',
    'allege',
    'warn',
    'caution',
    'promise',
    'pledge',
    'vow',
    'suggest',
    'testify',
    'disclose',
    'reveal',
    'conclude',
    'note',
    'observe',
    'remark',
    'comment',
    'complain',
    'boast',
    'brag',
    'inform',
    'assure',
    'counter',
    'retort',
    'quip',
    'joke',
    'exclaim',
    'lament',
    'speculate',
    'report',
    'point out',
    'charge',
    'concur',
    'signal',
  ],
  writing: ['write', 'tweet', 'post', 'publish', 'email', 'blog'],
  estimating: ['estimate', 'project', 'forecast', 'predict', 'calculate', 'find', 'count', 'tally'],
};

/** Irregular forms of the lemmas above that the regular rules do not make. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  find: ['found'],
  forecast: ['forecast'],
  admit: ['admitted', 'admitting'],
  quip: ['quipped', 'quipping'],
  email: ['emailed', 'emailing'],
  signal: ['signalled', 'signaled'],
};

function forms(lemma: string): string[] {
  const stem = lemma.slice(0, -1);
  const regular = lemma.endsWith('e')
    ? [lemma, lemma + 's', lemma + 'd', stem + 'ing']
    : /[^aeiou]y$/.test(lemma)
      ? [lemma, stem + 'ies', stem + 'ied', lemma + 'ing']
      : /(s|sh|ch|x|z)$/.test(lemma)
        ? [lemma, lemma + 'es', lemma + 'ed', lemma + 'ing']
        : [lemma, lemma + 's', lemma + 'ed', lemma + 'ing'];
  return [...regular, ...(IRREGULAR[lemma] ?? [])];
}

const SINGLE = new Set<string>();
const PHRASES: string[][] = [];
for (const lemma of Object.values(REPORTING_CUES).flat()) {
  const [head, ...rest] = lemma.split(' ');
  if (rest.length) for (const f of forms(head!)) PHRASES.push([f, ...rest]);
  else for (const f of forms(lemma)) SINGLE.add(f);
}

/** True when a PolNeAR cue is a verb of saying, writing or estimating, or "according to". */
export function isReportingCue(cue: string | null): boolean {
  if (!cue) return false;
  const words = cue
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter(Boolean);
  if (words.join(' ').includes('according to')) return true;
  return words.some((w, i) => SINGLE.has(w) || PHRASES.some((p) => p.every((x, j) => words[i + j] === x)));
}

/** The command line of the reported-speech diagnosis tools: `[train|dev] [--examples N] [--only
 * GROUP]`, and the split's articles (null, with SHARED_MISSING printed, when the data is absent). */
export function diagnosisArgs(): {
  split: PolnearSplit;
  examples: number;
  only: string | null;
  articles: Article[] | null;
} {
  const argv = process.argv;
  const split = argv[2] === 'dev' ? 'dev' : 'train';
  const examples = Number(argv[argv.indexOf('--examples') + 1] ?? 0) || 0;
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]! : null;
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) {
    console.log(SHARED_MISSING);
    process.exitCode = 1;
  }
  return { split, examples, only, articles };
}

/** An article's gold reported speech: the attributions in no quotation marks whose cue says, writes
 * or estimates (or "according to"): what a predicted clause is scored against. */
export const reportingGold = (article: Article): GoldAttribution[] =>
  article.attributions.filter((a) => a.form !== 'direct' && isReportingCue(a.cue));

/** Overlap needed between a predicted clause and a gold content, as a share of their union. */
export const MATCH_SHARE = 0.5;
const CONTEXT = 80;

/** Counts a gold attribution as saying: reported speech with a reporting cue, or any direct
 * quotation (words in quotation marks are said or written by definition). */
function isSaying(a: GoldAttribution): boolean {
  return a.form === 'direct' || isReportingCue(a.cue);
}

const sourceOf = (a: GoldAttribution): GoldSpeaker => ({ speaker_spans: a.source_spans, speaker_kind: a.source_kind });

/** Characters of `spans` that [start, end) covers. */
export function covered(spans: [number, number][], start: number, end: number): number {
  let n = 0;
  for (const [s, e] of spans) n += Math.max(0, Math.min(e, end) - Math.max(s, start));
  return n;
}

export const spanLength = (spans: [number, number][]) => spans.reduce((n, [s, e]) => n + e - s, 0);

/** The predicted clause not in `used` that overlaps the gold content most, and that overlap as a
 * share of their union (the clause matches at MATCH_SHARE or more). */
export function bestClause(g: GoldAttribution, predicted: Quote[], used: Set<Quote>): [Quote | null, number] {
  const goldLen = spanLength(g.content_spans);
  let best: Quote | null = null;
  let bestShare = 0;
  for (const p of predicted) {
    if (used.has(p)) continue;
    const inter = covered(g.content_spans, p.start, p.end);
    if (inter <= 0) continue;
    const share = inter / (goldLen + (p.end - p.start) - inter);
    if (share > bestShare) [best, bestShare] = [p, share];
  }
  return [best, bestShare];
}

/** Each gold content with the clause that overlaps it most, taken in the gold's order (a clause
 * matched once is not offered again), and the clauses and contents matched at MATCH_SHARE or
 * more: the one matching the eval and its diagnosis tools all count by. */
export function matchClauses(gold: GoldAttribution[], predicted: Quote[]) {
  const used = new Set<Quote>();
  const matched = new Set<GoldAttribution>();
  const pairs = gold.map((g) => {
    const [best, share] = bestClause(g, predicted, used);
    if (best && share >= MATCH_SHARE) {
      used.add(best);
      matched.add(g);
    }
    return { g, best, share };
  });
  return { pairs, used, matched };
}

/** Slack, in characters, within which a predicted boundary counts as the gold one. */
const BOUNDARY_SLACK = 3;

/** Why a gold content was missed: no predicted clause overlaps it ("missed", with where its cue
 * stands: before, inside or after the content), or the nearest clause has the wrong boundaries
 * (starts early or late, ends early or late; "shifted" when both ends are off). */
function missCategory(g: GoldAttribution, goldStart: number, goldEnd: number, nearest: Quote | null): string {
  if (!nearest) {
    const cue = g.cue_spans[0]?.[0] ?? -1;
    const where = cue < 0 ? 'no-cue' : cue < goldStart ? 'cue-before' : cue >= goldEnd ? 'cue-after' : 'cue-inside';
    return `FN:missed:${where}`;
  }
  const startOff = Math.abs(nearest.start - goldStart) > BOUNDARY_SLACK;
  const endOff = Math.abs(nearest.end - goldEnd) > BOUNDARY_SLACK;
  if (startOff && endOff) return 'FN:boundary:shifted';
  if (startOff) return nearest.start < goldStart ? 'FN:boundary:starts-early' : 'FN:boundary:starts-late';
  return nearest.end > goldEnd ? 'FN:boundary:ends-late' : 'FN:boundary:ends-early';
}

/** Runs `extract` over every article of the split: reported-speech clauses against the gold
 * contents of reporting attributions (precision, recall, source accuracy), and each figure's
 * claimant against the attribution it sits in. Null when the shared data is not there. */
export function evalReported(extract: (text: string) => Annotations, split: PolnearSplit = 'dev'): EvalReport | null {
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) return null;
  let tp = 0,
    fp = 0,
    fn = 0,
    srcTotal = 0,
    srcRight = 0,
    srcNamed = 0,
    srcNamedRight = 0,
    fpOther = 0;
  let attributed = 0,
    attributedRight = 0,
    own = 0,
    ownRight = 0,
    attributedNone = 0;
  const byForm = new Map<string, { gold: number; found: number }>();
  /** Missed gold contents by why they were missed (see missCategory). */
  const categories = new Map<string, number>();
  const misses: unknown[] = [];
  for (const article of articles) {
    const { text } = article;
    const ctx = (s: number, e: number) => text.slice(Math.max(0, s - CONTEXT), Math.min(text.length, e + CONTEXT));
    const result = extract(text);
    const predicted = result.quotes.filter((q) => q.kind === 'reported');
    const gold = reportingGold(article);
    const { pairs, used } = matchClauses(gold, predicted);
    for (const { g, best, share: bestShare } of pairs) {
      const form = byForm.get(g.form) ?? { gold: 0, found: 0 };
      form.gold++;
      byForm.set(g.form, form);
      const goldStart = g.content_spans[0]![0],
        goldEnd = g.content_spans[g.content_spans.length - 1]![1];
      const around = Math.min(goldStart, ...g.source_spans.map((s) => s[0]), ...g.cue_spans.map((s) => s[0]));
      if (!best || bestShare < MATCH_SHARE) {
        fn++;
        const category = missCategory(g, goldStart, goldEnd, best);
        categories.set(category, (categories.get(category) ?? 0) + 1);
        misses.push({
          type: 'FN',
          category,
          id: article.id,
          form: g.form,
          cue: g.cue,
          source: g.source,
          gold: text.slice(goldStart, goldEnd).slice(0, 160),
          context: ctx(around, goldEnd),
          nearest: best ? { text: best.text.slice(0, 160), share: +bestShare.toFixed(2) } : null,
        });
        continue;
      }
      tp++;
      form.found++;
      if (!g.source) continue;
      srcTotal++;
      // Named apart: an unclear source (name null) counts as not right, so a clause kept with an
      // unclear source lowers the accuracy however right the named ones stay.
      const named = !!best.speaker?.name;
      if (named) srcNamed++;
      if (speakerMatches(best, sourceOf(g), text)) {
        srcRight++;
        if (named) srcNamedRight++;
      } else
        misses.push({
          type: 'source',
          id: article.id,
          cue: g.cue,
          goldSource: g.source,
          predicted: best.speaker ? { name: best.speaker.name, mention: best.speaker.mention?.text ?? null } : null,
          clause: best.text.slice(0, 120),
          context: ctx(around, goldEnd),
        });
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      fp++;
      // Matching a PARC attribution that is not reported speech (a belief, a question, what a poll shows).
      const other = article.attributions.find((a) => !gold.includes(a) && covered(a.content_spans, p.start, p.end) > 0);
      if (other) fpOther++;
      const category = other ? 'FP:non-reporting-attribution' : 'FP:no-attribution';
      categories.set(category, (categories.get(category) ?? 0) + 1);
      misses.push({
        type: 'FP',
        category,
        id: article.id,
        predicted: p.text.slice(0, 160),
        speaker: p.speaker?.name ?? null,
        otherAttribution: other ? { form: other.form, cue: other.cue } : null,
        context: ctx(p.start, p.end),
      });
    }
    // Claimants: the innermost saying attribution around a figure names its claimant; a figure in
    // no attribution at all is the outlet's own; one inside only beliefs or source-less ones is not scored.
    const mentionsOf = new Map<string, { start: number; end: number }[]>();
    for (const q of result.quotes)
      if (q.speaker?.name && q.speaker.mention)
        mentionsOf.set(q.speaker.id, [...(mentionsOf.get(q.speaker.id) ?? []), q.speaker.mention]);
    const names = new Map(result.speakers.map((s) => [s.id, s.name]));
    for (const f of result.figures) {
      const inside = article.attributions.filter((a) => covered(a.content_spans, f.start, f.end) >= f.end - f.start);
      const figure = { text: f.text, context: ctx(f.start, f.end) };
      if (inside.length === 0) {
        own++;
        if (f.claimedBy === null) ownRight++;
        else
          misses.push({
            type: 'claimant-own',
            id: article.id,
            ...figure,
            claimedBy: names.get(f.claimedBy) ?? f.claimedBy,
            via: f.claim?.via ?? null,
          });
        continue;
      }
      const saying = inside
        .filter(isSaying)
        .sort((a, b) => spanLength(a.content_spans) - spanLength(b.content_spans))[0];
      if (!saying || !saying.source) continue;
      attributed++;
      const name = f.claimedBy ? names.get(f.claimedBy) : undefined;
      if (name === undefined) attributedNone++;
      if (name !== undefined && nameOrMentionMatches(name, mentionsOf.get(f.claimedBy!) ?? [], sourceOf(saying), text))
        attributedRight++;
      else
        misses.push({
          type: 'claimant',
          id: article.id,
          ...figure,
          form: saying.form,
          cue: saying.cue,
          goldSource: saying.source,
          claimedBy: name ?? null,
          via: f.claim?.via ?? null,
        });
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'}%`;
  const summary = [
    `${articles.length} articles: reported P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)} F1 ${(100 * f1).toFixed(1)}% (TP ${tp}, FP ${fp} of which ${fpOther} on a non-reporting attribution, FN ${fn}); source ${pct(srcRight, srcTotal)} of ${srcTotal} (named ${srcNamed}, right when named ${pct(srcNamedRight, srcNamed)})`,
    ...[...byForm]
      .sort()
      .map(
        ([name, c]) =>
          `  ${name.padEnd(10)} gold ${String(c.gold).padStart(5)}  found ${pct(c.found, c.gold).padStart(6)}`,
      ),
    `claimants: attributed figures right ${pct(attributedRight, attributed)} of ${attributed} (${attributedNone} given none); outlet's own right ${pct(ownRight, own)} of ${own}`,
    `errors by category (FN: missed, by where the gold cue stands, or found with the wrong boundaries):`,
    ...[...categories]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `  ${name.padEnd(34)} ${String(count).padStart(5)}`),
  ];
  return {
    name: `reported-${split}`,
    metrics: {
      reportedF1: f1,
      reportedPrecision: precision,
      reportedRecall: recall,
      sourceAccuracy: srcRight / Math.max(1, srcTotal),
      sourceRightWhenNamed: srcNamedRight / Math.max(1, srcNamed),
      claimantAttributed: attributedRight / Math.max(1, attributed),
      claimantOwn: ownRight / Math.max(1, own),
    },
    summary,
    misses,
  };
}
