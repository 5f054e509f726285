// The article's headline and standfirst. Pages often put them in a header above the body
// container, so the container alone would lose both; the page's metadata (og:title, <title>)
// tells which of several h1s (a hidden site title, a "Read more" box) is the article's.
import { isHiddenByMarkup } from './text-index';

/** Classes and ids of a deck/standfirst below the headline, across common CMSs. */
const STANDFIRST =
  /(?:^|[\s_-])(?:intro|standfirst|dek|deck|summary|description|subtitle|sub-?headline|subhead|strapline|lede|lead|excerpt|teaser|kicker-?text)(?:$|[\s_-])/i;

/** A standfirst is a sentence or two, not a paragraph of body text nor a label. */
const STANDFIRST_MIN = 20;
const STANDFIRST_MAX = 400;

/** How similar a heading must be to the page's title metadata to count as the headline. */
const TITLE_MATCH = 0.6;

/** Collapsed visible text, for comparisons only (the text index does the real reading). */
export function plainText(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
}

function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/** Share of the heading's words that the title has (site suffixes like " | The Independent" in
 * the title do not hurt), times how much of the title the heading covers. */
export function titleSimilarity(heading: string, title: string): number {
  const h = words(heading);
  const t = words(title);
  if (h.length === 0 || t.length === 0) return 0;
  const inTitle = new Set(t);
  let shared = 0;
  for (const w of h) if (inTitle.has(w)) shared++;
  const precision = shared / h.length;
  // A heading must cover at least half the title: "News" is in "Bridge approved | News" but is
  // not its headline.
  const coverage = Math.min(1, shared / Math.max(1, Math.min(t.length, Math.max(h.length, t.length / 2))));
  return precision * coverage;
}

/** The titles the page declares for itself, best first. */
export function declaredTitles(doc: Document): string[] {
  const out: string[] = [];
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content && content.trim()) out.push(content.trim());
  }
  const title = doc.querySelector('title');
  if (title && title.textContent && title.textContent.trim()) out.push(title.textContent.trim());
  return out;
}

function hiddenOnPath(el: Element, isHidden?: (el: Element) => boolean): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (isHiddenByMarkup(e) || (isHidden && isHidden(e))) return true;
  return false;
}

export interface Headline {
  element: Element;
  /** True when it matches the page's declared title; false for the fallback (first h1 in the
   * body), which is trusted less (nothing before it is dropped). */
  byTitle: boolean;
}

/** The article's headline: the visible h1 that best matches the declared title; without any
 * match, the first visible h1 inside the body container (if there is one). `isHidden` is the
 * browser's computed-style check, so a display:none site-title h1 is never taken. */
export function findHeadline(
  doc: Document,
  root: Element | null,
  isHidden?: (el: Element) => boolean,
): Headline | null {
  const titles = declaredTitles(doc);
  const headings = Array.from(doc.querySelectorAll('h1'));
  // Some sites set the headline in an h2 (their h1 is the logo); those count only on a title match.
  const match =
    bestTitleMatch(headings, titles, isHidden) ??
    bestTitleMatch(Array.from(doc.querySelectorAll('h2')), titles, isHidden);
  if (match) return { element: match, byTitle: true };
  if (root) {
    for (const h of headings)
      if (root.contains(h) && !hiddenOnPath(h, isHidden) && plainText(h)) return { element: h, byTitle: false };
  }
  return null;
}

function bestTitleMatch(headings: Element[], titles: string[], isHidden?: (el: Element) => boolean): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const h of headings) {
    if (hiddenOnPath(h, isHidden)) continue;
    const text = plainText(h);
    if (!text) continue;
    let score = 0;
    for (const t of titles) score = Math.max(score, titleSimilarity(text, t));
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return bestScore >= TITLE_MATCH ? best : null;
}

/** Elements after the headline that read as its deck: an h2 right below it, or a short paragraph
 * marked as intro/standfirst/description. Looks at the headline's following siblings, and its
 * wrapper's when the headline sits alone in one; stops at the body container. */
export function findStandfirst(headline: Element, root: Element): Element[] {
  const out: Element[] = [];
  let level: Element | null = headline;
  for (let depth = 0; level && depth < 2; depth++) {
    let seen = 0;
    for (let el = level.nextElementSibling; el && seen < 4; el = el.nextElementSibling) {
      if (el === root || el.contains(root)) return out;
      seen++;
      if (isHiddenByMarkup(el)) continue;
      const text = plainText(el);
      if (text.length < STANDFIRST_MIN || text.length > STANDFIRST_MAX) continue;
      const marked = STANDFIRST.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
      const tag = el.localName;
      if (marked || (tag === 'h2' && seen === 1)) {
        if (el.querySelectorAll('a').length > 1) continue;
        out.push(el);
      }
    }
    const parent: Element | null = level.parentElement;
    if (!parent || parent === root || parent.contains(root)) break;
    level = parent;
  }
  return out;
}
