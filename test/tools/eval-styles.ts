// Our own invented check set: short articles written in the styles of other news (wire copy, UK
// papers, science, business, sport, courts, health, culture, local news, opinion, Q&A) with a
// hand-made gold, in test/fixtures/news-styles. PolNeAR is US political news of 2015-16, so this
// set says how the engine carries over to other styles. It is a check, never a set to tune on:
// a rule written for one of these sentences only makes the check say less.
// The matching is the gold pages' (eval-pages.ts); a named speaker that cannot be a referring
// expression is counted with the checks of speaker-names-check.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotations } from '../../src/engine/types';
import type { EvalReport } from './eval-report';
import { figureMatch, pairInOrder, quoteMatches, speakerMatches, type PageGold } from './eval-pages';
import { causeOf } from './speaker-names-check';

/** The fixtures, found from this file (test/tools) and from its bundle (dist/tools) alike. */
export const STYLES_DIR = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'news-styles');

export interface StyleArticle {
  name: string;
  text: string;
  gold: PageGold;
}

export interface StyleTally {
  goldQuotes: number;
  foundQuotes: number;
  predictedQuotes: number;
  truePredictedQuotes: number;
  /** Found quotes whose speaker is the gold's (a null gold wants no name). */
  speakerRight: number;
  /** Found quotes the engine gave a name. */
  named: number;
  /** Of those, the name is the gold's. */
  namedRight: number;
  /** Named speakers of all quotes, direct and reported (the base of `nonReferring`). */
  allNamed: number;
  /** Named speakers that cannot be a referring expression (a verb, a month, a place, a title...). */
  nonReferring: number;
  goldFigures: number;
  foundFigures: number;
  claimantRight: number;
  predictedFigures: number;
  truePredictedFigures: number;
}

export const emptyStyleTally = (): StyleTally => ({
  goldQuotes: 0,
  foundQuotes: 0,
  predictedQuotes: 0,
  truePredictedQuotes: 0,
  speakerRight: 0,
  named: 0,
  namedRight: 0,
  allNamed: 0,
  nonReferring: 0,
  goldFigures: 0,
  foundFigures: 0,
  claimantRight: 0,
  predictedFigures: 0,
  truePredictedFigures: 0,
});

/** Every <name>.txt of the set with its <name>.gold.json. */
export function readStyleArticles(dir = STYLES_DIR): StyleArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as PageGold;
      return { name, text: fs.readFileSync(path.join(dir, gold.page || `${name}.txt`), 'utf8'), gold };
    });
}

/** The style an article is written in: the first word of its name after the number
 * ("07-business-earnings" is "business"). */
export function styleOf(name: string): string {
  return name.replace(/^\d+-/, '').split('-')[0] ?? name;
}

/** Scores one article's annotations against its gold; every miss goes into `misses`. */
export function scoreStyleArticle(article: StyleArticle, annotations: Annotations, misses: unknown[]): StyleTally {
  const { name, text, gold } = article;
  const t = emptyStyleTally();
  const speakerName = new Map(annotations.speakers.map((s) => [s.id, s.name]));
  const quotes = [...annotations.quotes].sort((a, b) => a.start - b.start);
  const direct = quotes.filter((q) => q.kind === 'direct');

  t.goldQuotes = gold.quotes.length;
  t.predictedQuotes = direct.length;
  const pairs = pairInOrder(gold.quotes, direct, (g, p) => quoteMatches(g.quote, p.text));
  const used = new Set<number>();
  gold.quotes.forEach((g, i) => {
    const d = pairs[i];
    if (d === null || d === undefined) {
      misses.push({ article: name, type: 'quote-missed', text: g.quote, speaker: g.speaker });
      return;
    }
    used.add(d);
    t.foundQuotes++;
    const sp = direct[d]!.speaker;
    const predicted = sp?.name ?? null;
    const right = speakerMatches(g.speaker, predicted, g.speaker_kind);
    if (predicted !== null) t.named++;
    if (right) t.speakerRight++;
    if (right && predicted !== null) t.namedRight++;
    if (!right)
      misses.push({
        article: name,
        type: predicted === null ? 'speaker-unclear' : 'speaker-wrong',
        text: g.quote,
        expected: g.speaker,
        got: predicted,
        mention: sp?.mention?.text ?? null,
        place: sp?.evidence.place ?? null,
      });
  });
  t.truePredictedQuotes = used.size;
  direct.forEach((q, i) => {
    if (!used.has(i))
      misses.push({ article: name, type: 'quote-false-positive', text: q.text, speaker: q.speaker?.name ?? null });
  });

  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp?.name) continue;
    t.allNamed++;
    const cause = causeOf(sp.name, sp.mention?.text ?? '', text);
    if (!cause) continue;
    t.nonReferring++;
    misses.push({ article: name, type: 'non-referring-name', cause, name: sp.name, kind: q.kind, text: q.text });
  }

  const figures = [...annotations.figures].sort((a, b) => a.start - b.start);
  t.goldFigures = gold.figures.length;
  t.predictedFigures = figures.length;
  const figurePairs = pairInOrder(gold.figures, figures, (g, p) => figureMatch(g.text, p.text) !== null);
  const usedFigures = new Set<number>();
  gold.figures.forEach((g, i) => {
    const k = figurePairs[i];
    if (k === null || k === undefined) {
      misses.push({ article: name, type: 'figure-missed', text: g.text, claimedBy: g.claimed_by });
      return;
    }
    usedFigures.add(k);
    t.foundFigures++;
    const f = figures[k]!;
    const claimant = f.claimedBy === null ? null : (speakerName.get(f.claimedBy) ?? f.claimedBy);
    if (speakerMatches(g.claimed_by, claimant)) t.claimantRight++;
    else
      misses.push({
        article: name,
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
    const why = gold.non_figures?.find((n) => n.text === f.text)?.why;
    misses.push({ article: name, type: 'figure-false-positive', text: f.text, ...(why ? { nonFigure: why } : {}) });
  });
  return t;
}

function add(total: StyleTally, t: StyleTally): void {
  for (const key of Object.keys(total) as (keyof StyleTally)[]) total[key] += t[key];
}

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** Runs `analyzeText` (plain text in, blank lines between paragraphs) over every article of the set
 * and scores it; null when the set is absent. */
export function evalStyles(
  analyzeText: (text: string) => Annotations,
  articles: StyleArticle[] = readStyleArticles(),
): EvalReport | null {
  if (articles.length === 0) return null;
  const total = emptyStyleTally();
  const byStyle = new Map<string, { articles: number; tally: StyleTally }>();
  const misses: unknown[] = [];
  for (const article of articles) {
    let annotations: Annotations;
    try {
      annotations = analyzeText(article.text);
    } catch (error) {
      misses.push({ article: article.name, type: 'error', text: String(error) });
      annotations = { quotes: [], figures: [], speakers: [] };
    }
    const t = scoreStyleArticle(article, annotations, misses);
    add(total, t);
    const style = styleOf(article.name);
    const entry = byStyle.get(style) ?? { articles: 0, tally: emptyStyleTally() };
    entry.articles++;
    add(entry.tally, t);
    byStyle.set(style, entry);
  }
  const summary = [...byStyle]
    .sort((a, b) => b[1].tally.goldQuotes - a[1].tally.goldQuotes || a[0].localeCompare(b[0]))
    .map(([style, { articles: n, tally }]) => styleLine(`${style} (${n})`, tally));
  summary.push(styleLine(`TOTAL (${articles.length} articles)`, total));
  summary.unshift('Our own invented check set (test/fixtures/news-styles): a check of other styles, never tuned on.');
  summary.push(
    `named speakers that cannot be a referring expression: ${total.nonReferring} of ${total.allNamed} (direct and reported)`,
  );
  return {
    name: 'styles',
    metrics: {
      styleQuoteRecall: rate(total.foundQuotes, total.goldQuotes),
      styleQuotePrecision: rate(total.truePredictedQuotes, total.predictedQuotes),
      styleSpeakerAccuracy: rate(total.speakerRight, total.foundQuotes),
      styleNamedShare: rate(total.named, total.foundQuotes),
      styleRightWhenNamed: rate(total.namedRight, total.named),
      styleFigureRecall: rate(total.foundFigures, total.goldFigures),
      styleFigurePrecision: rate(total.truePredictedFigures, total.predictedFigures),
      styleClaimantAccuracy: rate(total.claimantRight, total.foundFigures),
    },
    summary,
    misses,
  };
}

/** One line of the table: counts beside the rates, so a small style's percentage is read as such. */
export function styleLine(label: string, t: StyleTally): string {
  const pct = (n: number, d: number) => (d === 0 ? '    - ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  return (
    `${label.padEnd(22)} quotes ${pct(t.foundQuotes, t.goldQuotes)} (${t.foundQuotes}/${t.goldQuotes}) ` +
    `speaker ${pct(t.speakerRight, t.foundQuotes)} named ${t.named} right-when-named ${pct(t.namedRight, t.named)} ` +
    `non-referring ${t.nonReferring}/${t.allNamed} | figures ${pct(t.foundFigures, t.goldFigures)} (${t.foundFigures}/${t.goldFigures}) ` +
    `claimant ${pct(t.claimantRight, t.foundFigures)}`
  );
}
