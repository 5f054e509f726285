// Finds the article in a page the way a reader would: headline, standfirst, body paragraphs,
// subheads, lists and block quotes, and none of the page around them. The page is only read
// (never changed), so the same code runs over the live DOM and over linkedom in Node.
import { collectStatsSteps, type PageStats } from './page-stats';
import { chooseBodySteps, type BodyChoice, type ScoringRules } from './article-scoring';
import { clutterFilter, isClosingFurniture, keepArticleBlock } from './article-clutter';
import { declaredTitles, findHeadline, findStandfirst, plainText } from './headline';
import { textIndexSteps, type TextIndex } from './text-index';
import { finish, type Steps } from './dom-walk';

export interface ArticleExtraction {
  /** The body container (the headline may sit outside it). */
  root: Element;
  title: string;
  index: TextIndex;
}

export interface FindArticleOptions {
  /** Extra hidden test for the live page (computed style); Node relies on markup alone. */
  isHidden?: (el: Element) => boolean;
}

/** The retry ladder: each rung relaxes one heuristic, for pages whose markup fools the one above. */
const LADDER: (ScoringRules & { clean: boolean })[] = [
  { readClassWords: true, clean: true },
  // A page that wraps its whole layout in a class such as "sidebar-layout".
  { readClassWords: false, clean: true },
  // A page whose story sits in parts the cleaning takes for clutter.
  { readClassWords: false, clean: false },
];

/** An extraction with less text than this is taken as a miss and the next rung is tried. */
const ENOUGH_TEXT = 500;
/** How much longer a looser rung's text must be to replace a stricter rung's. */
const LOOSER_RUNG_GAIN = 1.5;
/** How many closing taglines/credits are dropped at most. */
const MAX_CLOSING_BLOCKS = 3;
/** Below this nothing is an article. */
const MIN_ARTICLE_TEXT = 140;

/** og:type values of pages that are not articles even when they have prose (stores, profiles). */
const NOT_ARTICLE_TYPES = /^(?:product|profile|video|music|books?\.|business\.|place|restaurant|game)/i;
/** schema.org types of news and blog articles in JSON-LD or microdata. */
const ARTICLE_SCHEMA = /"@type"\s*:\s*(?:\[[^\]]{0,300}?)?"\w{0,40}(?:Article|BlogPosting|LiveBlogPosting)"/;
/** The same types as microdata (itemtype="http://schema.org/NewsArticle"). */
const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting)/;
/** Prose test for the paragraph gate: long enough and ends like a sentence. */
const PROSE_MIN = 80;
/** Prose paragraphs under one parent that make an article when the page has <article> or <main>
 * (one more without them). */
const PROSE_PARAGRAPHS_SIBLINGS = 3;
/** Prose paragraphs anywhere on the page that make an article. */
const PROSE_PARAGRAPHS_TOTAL = 5;
/** The gate stops looking after this many paragraphs so it stays cheap on huge pages. */
const PROSE_SCAN_LIMIT = 400;

/** What the page's typed metadata says it is, all of it weighed together: a schema.org article
 * type (JSON-LD or microdata) is the most specific claim and wins; then og:type, where
 * "article" says yes and a non-article type (a video, a product, a profile) says no. Sites often
 * leave a generic og:type such as video.other on a story with a video at its top while its
 * JSON-LD calls it a NewsArticle. Null when the metadata says nothing either way. */
export function declaredPageKind(doc: Document): 'article' | 'not-article' | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_SCHEMA.test(script.textContent ?? '')) return 'article';
  }
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    if (ARTICLE_ITEMTYPE.test(el.getAttribute('itemtype') ?? '')) return 'article';
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '';
  if (/article/i.test(ogType)) return 'article';
  if (NOT_ARTICLE_TYPES.test(ogType)) return 'not-article';
  return null;
}

/** Cheap gate before any real work: does the page declare or look like an article? Search
 * results, web apps and stores are left alone. */
export function looksLikeArticle(doc: Document): boolean {
  const declared = declaredPageKind(doc);
  if (declared) return declared === 'article';
  // Consecutive prose paragraphs: several long <p>s under one parent, or many in all.
  const perParent = new Map<Node, number>();
  let total = 0;
  const paragraphs = doc.querySelectorAll('p');
  const n = Math.min(paragraphs.length, PROSE_SCAN_LIMIT);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const text = (p.textContent ?? '').trim();
    if (text.length < PROSE_MIN || !/[.!?"”’)]$/.test(text)) continue;
    total++;
    const parent = p.parentNode;
    if (!parent) continue;
    const count = (perParent.get(parent) ?? 0) + 1;
    perParent.set(parent, count);
    if (count >= PROSE_PARAGRAPHS_SIBLINGS && doc.querySelector('article, [role="article"], main') !== null)
      return true;
    if (count >= PROSE_PARAGRAPHS_SIBLINGS + 1 || total >= PROSE_PARAGRAPHS_TOTAL) return true;
  }
  return false;
}

/** Finds the article body and reads it into a text index; null when there is no article text. */
export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleExtraction | null {
  const survey = finish(surveyPageSteps(doc, options));
  return survey && finish(chooseArticleSteps(survey));
}

/** The first half of `findArticle`: one walk over the page, measuring every element. The live
 * page runs the two halves in separate tasks, so that on a big page neither is a long task. */
export interface PageSurvey {
  doc: Document;
  body: Element;
  page: PageStats;
  options: FindArticleOptions;
}

/** Walks the page once and measures it (text, links, commas per element); null without a body.
 * Work that pauses (see dom-walk.ts): the live page spreads it over short tasks. */
export function* surveyPageSteps(doc: Document, options: FindArticleOptions = {}): Steps<PageSurvey | null> {
  // querySelector, not doc.body: linkedom's body getter can miss the real body when the markup
  // puts an element before <head> (yahoo-3).
  const body = doc.querySelector('body') ?? doc.documentElement;
  if (!body) return null;
  // The browser's check reads computed style; every rung asks about the same elements again.
  const check = options.isHidden;
  const seen = new Map<Element, boolean>();
  const isHidden = check
    ? (el: Element) => {
        let hidden = seen.get(el);
        if (hidden === undefined) seen.set(el, (hidden = check(el)));
        return hidden;
      }
    : undefined;
  // The page is measured from its markup alone, in the browser as in Node: the body is chosen from
  // the same numbers on both sides, so the extension paints the article the command line reads.
  // (Style-hidden parts count there; the browser's check still leaves them out of the reading.)
  const page = yield* collectStatsSteps(body);
  return { doc, body, page, options: { ...options, isHidden } };
}

/** The second half of `findArticle`: the retry ladder over a surveyed page. Work that pauses. */
export function* chooseArticleSteps({ doc, body, page, options }: PageSurvey): Steps<ArticleExtraction | null> {
  let best: ArticleExtraction | null = null;
  // Rungs that differ only in cleaning share their scoring: the body is chosen once for them.
  const bodies = new Map<string, BodyChoice | null>();
  for (const rules of LADDER) {
    const scoring = String(rules.readClassWords);
    if (!bodies.has(scoring)) bodies.set(scoring, yield* chooseBodySteps(body, page, rules));
    const attempt = yield* extract(doc, bodies.get(scoring)!, page, rules, options);
    // A looser rung wins only with much more text, and the rung without cleaning only when the
    // others found next to nothing: on a short story it would win by letting share bars back in.
    const better =
      attempt &&
      (!best ||
        (attempt.index.text.length > LOOSER_RUNG_GAIN * best.index.text.length &&
          (rules.clean || best.index.text.length < MIN_ARTICLE_TEXT)));
    if (better) best = attempt;
    if (best && best.index.text.length >= ENOUGH_TEXT) break;
  }
  return best && best.index.text.length >= MIN_ARTICLE_TEXT ? best : null;
}

function* extract(
  doc: Document,
  choice: BodyChoice | null,
  page: PageStats,
  rules: ScoringRules & { clean: boolean },
  options: FindArticleOptions,
): Steps<ArticleExtraction | null> {
  if (!choice) return null;
  const { root, included } = choice;
  const found = findHeadline(doc, root, options.isHidden);
  yield;
  const headline = found?.element ?? null;
  const keep = new Set<Element>();
  const dropChildren = new Set<Element>();
  if (included) for (const child of Array.from(root.children)) if (!included.has(child)) dropChildren.add(child);
  let prepend: Element[] = [];
  let startAt: Element | undefined;
  if (headline) {
    if (root.contains(headline)) {
      for (let e: Element | null = headline; e && e !== root; e = e.parentElement) {
        keep.add(e);
        dropChildren.delete(e);
      }
      // A standfirst is often a phrase with no full stop or comma ("Aides say …; Republicans say
      // …"), which the body's run of prose leaves out: it belongs to the story as the headline does.
      for (const e of findStandfirst(headline, root)) {
        keep.add(e);
        dropChildren.delete(e);
      }
      // Kickers and labels above a headline that the page's title confirms are not the story.
      if (found!.byTitle) startAt = headline;
    } else if (precedes(headline, root)) {
      prepend = [headline, ...findStandfirst(headline, root)];
    }
  }
  const clutter = clutterFilter({ root, stats: page.stats, keep, dropChildren, clean: rules.clean });
  let index = yield* textIndexSteps(root, {
    isHidden: options.isHidden,
    exclude: clutter,
    keepBlock: keepArticleBlock,
    prepend,
    startAt,
  });
  // Taglines and credits close many stories ("X is a reporter for Y", "Z contributed to this
  // report", "This version corrects..."): drop them from the end, a few at most, each with
  // whatever else its element holds (as if the page had left that element out).
  for (let round = 0; round < MAX_CLOSING_BLOCKS && rules.clean && index.blocks.length > 2; round++) {
    const lastBlock = index.blocks[index.blocks.length - 1]!;
    const lastElement = index.blockElements[index.blockElements.length - 1]!;
    if (lastElement === root || !isClosingFurniture(index.text.slice(lastBlock.start, lastBlock.end))) break;
    let keep = index.blocks.length - 1;
    while (keep > 0 && lastElement.contains(index.blockElements[keep - 1]!)) keep--;
    index = index.firstBlocks(keep);
  }
  if (index.blocks.length === 0) return null;
  const title = headline ? plainText(headline) : (declaredTitles(doc)[0] ?? '');
  return { root, title, index };
}

/** Whether `a` comes before `b` in document order (and does not contain it). Hand-rolled because
 * linkedom's compareDocumentPosition compares depths, not positions. */
export function precedes(a: Node, b: Node): boolean {
  if (a === b || a.contains(b)) return false;
  const chain = (n: Node) => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
    return out.reverse();
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) return false; // different trees
  if (i === cb.length) return false; // b contains a: b starts first
  const sa = ca[i]!;
  const sb = cb[i]!;
  for (let x: Node | null = sa.nextSibling; x; x = x.nextSibling) if (x === sb) return true;
  return false;
}
