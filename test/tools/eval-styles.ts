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
import { emptyGoldTally, scoreAgainstGold, type GoldTally, type PageGold } from './eval-pages';
import { causeOf } from './speaker-names-check';

/** The fixtures, found from this file (test/tools) and from its bundle (dist/tools) alike. */
export const STYLES_DIR = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'news-styles');

export interface StyleArticle {
  name: string;
  text: string;
  gold: PageGold;
}

/** The gold pages' tally, and the named speakers that cannot be a referring expression. */
export interface StyleTally extends GoldTally {
  /** Named speakers of all quotes, direct and reported (the base of `nonReferring`). */
  allNamed: number;
  /** Named speakers that cannot be a referring expression (a verb, a month, a place, a title...). */
  nonReferring: number;
}

export const emptyStyleTally = (): StyleTally => ({ ...emptyGoldTally(), allNamed: 0, nonReferring: 0 });

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
  const t: StyleTally = {
    ...scoreAgainstGold(gold, annotations, { article: name }, misses),
    allNamed: 0,
    nonReferring: 0,
  };
  for (const q of annotations.quotes) {
    const sp = q.speaker;
    if (!sp?.name) continue;
    t.allNamed++;
    const cause = causeOf(sp.name, sp.mention?.text ?? '', text);
    if (!cause) continue;
    t.nonReferring++;
    misses.push({ article: name, type: 'non-referring-name', cause, name: sp.name, kind: q.kind, text: q.text });
  }
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
