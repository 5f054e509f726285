// Scores the whole pipeline on real article pages: finding the article in the page, the quotes in
// it with their speakers, and the figures with their claimants, against the hand-made gold in
// ../shared/pages/dev. The caller wires the pipeline (HTML in, annotations out), so this file
// knows nothing of linkedom or the engine and the CLI, the tests and `npm run eval` share it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotations, Figure } from '../../src/engine/types';
import type { EvalReport } from './eval-report';
import { sharedDir } from './shared-data';

/** The gold format of ../shared/pages/README.md (only the fields we score). */
export interface PageGold {
  page: string;
  quotes: { quote: string; speaker: string | null; speaker_kind?: string; form?: string }[];
  figures: { text: string; value?: number | null; kind?: string; claimed_by: string | null }[];
  non_quotes?: { text: string; why: string }[];
  non_figures?: { text: string; why: string }[];
}

/** Token overlap that counts a predicted quote as the gold one when neither contains the other
 * (a quote cut short, or run on a few words): shared words over the longer of the two. */
const QUOTE_OVERLAP = 0.6;
/** A predicted quote inside the gold one must cover at least this share of it to count. */
const QUOTE_COVER = 0.5;
/** Words dropped from names before comparing organisations ("the ministry" vs "Ministry"). */
const NAME_NOISE = /^(?:the|a|an|mr|mrs|ms|miss|dr|prof)\.?$/i;

/** Collapses whitespace (U+00A0 included), drops soft hyphens and zero-width characters, and
 * unifies curly apostrophes: the README's normalisation before any comparison. */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A quote's text for matching: normalised, then punctuation and quotation marks trimmed at both
 * ends (gold keeps what is inside the marks, predictions include them). */
export function quoteKey(s: string): string {
  return normalizeText(s)
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .toLowerCase();
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a predicted quote is the gold one: same text, one inside the other, or most words
 * shared. */
export function quoteMatches(gold: string, predicted: string): boolean {
  const g = quoteKey(gold);
  const p = quoteKey(predicted);
  if (!g || !p) return false;
  if (g === p || p.includes(g)) return true;
  if (g.includes(p)) return p.length >= QUOTE_COVER * g.length;
  const gw = words(g);
  const pw = words(p);
  const counts = new Map<string, number>();
  for (const w of gw) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of pw) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return shared / Math.max(gw.length, pw.length, 1) >= QUOTE_OVERLAP;
}

function nameWords(s: string): string[] {
  return words(normalizeText(s)).filter((w) => !NAME_NOISE.test(w));
}

/** The gold's speaker rule: the predicted name equals the gold name, or ends with its last word
 * ("Shoigu" for "Sergei Shoigu"), case-insensitive; organisations must match as a whole name
 * (after dropping articles), or the predicted name may add a qualifier in front ("UK Food
 * Standards Agency"); "Agency" alone is not the agency. */
export function speakerMatches(gold: string | null, predicted: string | null, goldKind?: string): boolean {
  if (gold === null) return predicted === null;
  if (predicted === null) return false;
  const g = nameWords(gold);
  const p = nameWords(predicted);
  if (g.length === 0 || p.length === 0) return false;
  const gs = g.join(' ');
  const ps = p.join(' ');
  if (gs === ps) return true;
  if (goldKind === 'organization') return ps.endsWith(` ${gs}`);
  const last = g[g.length - 1]!;
  return p[p.length - 1] === last;
}

/** A number token in a figure ("14,000", "two", "tens"), so partial spans only match when they
 * hold the same number. */
function numberTokens(s: string): string[] {
  return (
    s
      .toLowerCase()
      .match(
        /\d[\d,.]*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|tens|dozens?|half|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|twice)\b/g,
      ) ?? []
  );
}

/** 'exact' when the texts are the same after normalisation; 'partial' when one contains the other
 * and they hold the same number; null otherwise. */
export function figureMatch(gold: string, predicted: string): 'exact' | 'partial' | null {
  const g = normalizeText(gold).toLowerCase();
  const p = normalizeText(predicted).toLowerCase();
  if (!g || !p) return null;
  if (g === p) return 'exact';
  if (!(g.includes(p) || p.includes(g))) return null;
  const gn = numberTokens(g);
  const pn = new Set(numberTokens(p));
  return gn.length > 0 && gn.some((n) => pn.has(n)) ? 'partial' : null;
}

/** Pairs gold items with predictions one to one, in order: each gold item takes the first unused
 * matching prediction at or after the previous pairing (so repeated short strings such as "2017"
 * pair up by position), or failing that the first unused one anywhere. */
export function pairInOrder<G, P>(gold: G[], predicted: P[], matches: (g: G, p: P) => boolean): (number | null)[] {
  const used = new Array<boolean>(predicted.length).fill(false);
  const out: (number | null)[] = [];
  let cursor = 0;
  for (const g of gold) {
    let found = -1;
    for (let i = cursor; i < predicted.length && found < 0; i++) if (!used[i] && matches(g, predicted[i]!)) found = i;
    for (let i = 0; i < cursor && found < 0; i++) if (!used[i] && matches(g, predicted[i]!)) found = i;
    if (found >= 0) {
      used[found] = true;
      cursor = found + 1;
      out.push(found);
    } else {
      out.push(null);
    }
  }
  return out;
}

function listedIn(list: { text: string; why: string }[] | undefined, text: string): string | null {
  if (!list) return null;
  const t = normalizeText(text).toLowerCase();
  const key = quoteKey(text);
  for (const item of list) {
    const n = normalizeText(item.text).toLowerCase();
    if (n === t || quoteKey(item.text) === key) return item.why;
  }
  return null;
}

/** What one article scores against its gold (the gold pages and the news-styles set alike). */
export interface GoldTally {
  goldQuotes: number;
  foundQuotes: number;
  /** Found quotes whose speaker is the gold's (a null gold wants no name). */
  speakerRight: number;
  /** Found quotes the engine gave a name, and of those, the ones whose name is the gold's. */
  named: number;
  namedRight: number;
  predictedQuotes: number;
  truePredictedQuotes: number;
  goldFigures: number;
  foundFigures: number;
  exactFigures: number;
  claimantRight: number;
  predictedFigures: number;
  truePredictedFigures: number;
}

export const emptyGoldTally = (): GoldTally => ({
  goldQuotes: 0,
  foundQuotes: 0,
  speakerRight: 0,
  named: 0,
  namedRight: 0,
  predictedQuotes: 0,
  truePredictedQuotes: 0,
  goldFigures: 0,
  foundFigures: 0,
  exactFigures: 0,
  claimantRight: 0,
  predictedFigures: 0,
  truePredictedFigures: 0,
});

/** Scores one article's annotations against its gold: direct quotes in order with their speakers,
 * figures in order with their claimants. Every miss goes into `misses`, tagged with `where`
 * ({ page } or { article }). */
export function scoreAgainstGold(
  gold: PageGold,
  annotations: Annotations | null,
  where: Record<string, string>,
  misses: unknown[],
): GoldTally {
  const t = emptyGoldTally();
  const speakerName = new Map((annotations?.speakers ?? []).map((s) => [s.id, s.name]));
  const quotes = [...(annotations?.quotes ?? [])].sort((a, b) => a.start - b.start);
  // The gold lists quotations (marked, or block quotations), not reported speech: recall and
  // precision are both scored on the direct quotes.
  const direct = quotes.filter((q) => q.kind === 'direct');
  const figures = [...(annotations?.figures ?? [])].sort((a, b) => a.start - b.start);

  t.goldQuotes = gold.quotes.length;
  t.predictedQuotes = direct.length;
  const pairs = pairInOrder(gold.quotes, direct, (g, p) => quoteMatches(g.quote, p.text));
  const usedDirect = new Set<number>();
  gold.quotes.forEach((g, i) => {
    const d = pairs[i];
    if (d === null || d === undefined) {
      misses.push({ ...where, type: 'quote-missed', text: g.quote, speaker: g.speaker });
      return;
    }
    usedDirect.add(d);
    t.foundQuotes++;
    const sp = direct[d]!.speaker;
    const predicted = sp?.name ?? null;
    const right = speakerMatches(g.speaker, predicted, g.speaker_kind);
    if (predicted !== null) t.named++;
    if (right) t.speakerRight++;
    if (right && predicted !== null) t.namedRight++;
    if (!right)
      misses.push({
        ...where,
        type: 'speaker-wrong',
        text: g.quote,
        expected: g.speaker,
        got: predicted,
        mention: sp?.mention?.text ?? null,
        place: sp?.evidence.place ?? null,
      });
  });
  t.truePredictedQuotes = usedDirect.size;
  direct.forEach((q, i) => {
    if (usedDirect.has(i)) return;
    const why = listedIn(gold.non_quotes, q.text);
    misses.push({
      ...where,
      type: 'quote-false-positive',
      text: q.text,
      speaker: q.speaker?.name ?? null,
      ...(why ? { nonQuote: why } : {}),
    });
  });

  // Figures: text plus order.
  t.goldFigures = gold.figures.length;
  t.predictedFigures = figures.length;
  const figurePairs = pairInOrder(gold.figures, figures, (g, p) => figureMatch(g.text, p.text) !== null);
  const usedFigures = new Set<number>();
  gold.figures.forEach((g, i) => {
    const k = figurePairs[i];
    if (k === null || k === undefined) {
      misses.push({ ...where, type: 'figure-missed', text: g.text, claimedBy: g.claimed_by });
      return;
    }
    usedFigures.add(k);
    const f: Figure = figures[k]!;
    t.foundFigures++;
    if (figureMatch(g.text, f.text) === 'exact') t.exactFigures++;
    else misses.push({ ...where, type: 'figure-partial', text: g.text, got: f.text });
    const claimant = f.claimedBy === null ? null : (speakerName.get(f.claimedBy) ?? f.claimedBy);
    if (speakerMatches(g.claimed_by, claimant)) t.claimantRight++;
    else
      misses.push({
        ...where,
        type: 'claimant-wrong',
        text: g.text,
        expected: g.claimed_by,
        got: claimant,
        via: f.claim?.via ?? null,
      });
  });
  t.truePredictedFigures = usedFigures.size;
  figures.forEach((f, i) => {
    if (usedFigures.has(i)) return;
    const why = listedIn(gold.non_figures, f.text);
    misses.push({ ...where, type: 'figure-false-positive', text: f.text, ...(why ? { nonFigure: why } : {}) });
  });
  return t;
}

/** The gold pages: every dev/*.gold.json with its HTML; null when the shared data is absent. */
export function readGoldPages(): { name: string; html: string; gold: PageGold }[] | null {
  const dir = sharedDir();
  if (!dir) return null;
  const pages = path.join(dir, 'pages', 'dev');
  if (!fs.existsSync(pages)) return null;
  return fs
    .readdirSync(pages)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(pages, f), 'utf8')) as PageGold;
      const htmlFile = path.join(pages, gold.page || f.replace(/\.gold\.json$/, '.html'));
      if (!fs.existsSync(htmlFile)) return [];
      return [{ name: f.replace(/\.gold\.json$/, ''), html: fs.readFileSync(htmlFile, 'utf8'), gold }];
    });
}

/** Runs `extractHtml` (page HTML in, annotations of its article out) over every gold dev page and
 * compares quotes, speakers, figures and claimants with the gold; null when the data is absent. */
export function evalPages(extractHtml: (html: string) => Annotations | null): EvalReport | null {
  const pages = readGoldPages();
  if (!pages) return null;
  const total = emptyGoldTally();
  const summary: string[] = [];
  const misses: unknown[] = [];
  for (const { name, html, gold } of pages) {
    let annotations: Annotations | null;
    try {
      annotations = extractHtml(html);
    } catch (error) {
      misses.push({ page: name, type: 'error', text: String(error) });
      annotations = null;
    }
    if (!annotations) misses.push({ page: name, type: 'no-article', text: 'no article found' });
    const t = scoreAgainstGold(gold, annotations, { page: name }, misses);

    summary.push(line(name, t));
    for (const key of Object.keys(total) as (keyof GoldTally)[]) total[key] += t[key];
  }
  summary.push(line(`TOTAL (${pages.length} pages)`, total));
  // No prediction at all scores 0, not a perfect precision: a silent engine must not look good.
  const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    name: 'pages-dev',
    metrics: {
      pageQuoteRecall: rate(total.foundQuotes, total.goldQuotes),
      pageQuotePrecision: rate(total.truePredictedQuotes, total.predictedQuotes),
      pageSpeakerAccuracy: rate(total.speakerRight, total.foundQuotes),
      pageFigureRecall: rate(total.foundFigures, total.goldFigures),
      pageFigurePrecision: rate(total.truePredictedFigures, total.predictedFigures),
      pageClaimantAccuracy: rate(total.claimantRight, total.foundFigures),
    },
    summary,
    misses,
  };
}

function line(name: string, t: GoldTally): string {
  const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  return (
    `${name.padEnd(24)} quotes R ${pct(t.foundQuotes, t.goldQuotes)} (${t.foundQuotes}/${t.goldQuotes}) P ${pct(t.truePredictedQuotes, t.predictedQuotes)} (${t.truePredictedQuotes}/${t.predictedQuotes}) ` +
    `speaker ${pct(t.speakerRight, t.foundQuotes)} | figures R ${pct(t.foundFigures, t.goldFigures)} (${t.foundFigures}/${t.goldFigures}, exact ${t.exactFigures}) ` +
    `P ${pct(t.truePredictedFigures, t.predictedFigures)} (${t.truePredictedFigures}/${t.predictedFigures}) claimant ${pct(t.claimantRight, t.foundFigures)}`
  );
}
