// Picks the article body: the part of the page whose blocks hold the most prose net of the
// clutter between them. Every block of text is worth its plain (non-link) characters when it reads
// as prose, and costs its characters when it reads as clutter (links, labels, page furniture).
// Each element's worth is the best unbroken run of its children's worths; the element with the
// highest is the body, and the children outside its run are left out. So a body grows to take in
// a sibling section only when the prose it gains outweighs the clutter between them, and stops at
// a comment thread or a list of related links.
import { classAndId, FURNITURE_ROLES, FURNITURE_TAGS, FURNITURE_WORDS } from './article-clutter';
import type { ElementStats, PageStats } from './page-stats';
import type { Steps } from './dom-walk';

export interface ScoringRules {
  /** Whether class and id words of page furniture ("sidebar", "comments") mark a part as clutter.
   * A page may wrap its whole layout in such a class; the next rung of the ladder reads without. */
  readClassWords: boolean;
}

export interface BodyChoice {
  /** The container of the article body. */
  root: Element;
  /** When only some of the root's children are the article, those children (null: all of them). */
  included: Set<Element> | null;
}

/** A block needs this many plain characters to count as prose (a short sentence, "He declined."). */
const MIN_PROSE = 20;
/** Text this long reads as prose without a comma or a full stop (a label is short). */
const LONG_PLAIN = 200;
/** A block with a larger share of its text in links is a list of links, not prose. */
const MAX_PROSE_LINK_SHARE = 0.5;
/** What one character of link text costs outside prose: menus, related-story lists and teaser
 * titles are links. (On the dev pages any cost from 0.5 to 2 reads the same text.) */
const LINK_COST = 1;
/** What one character of short, unpunctuated text (labels, dates, bylines) costs, against a link
 * character's 1: such lines sit inside articles too, so they cost less than links. (On the dev
 * pages 0.5 to 0.75 read the same text; at 0.25 a portal's long stream of teasers, each with a
 * source label, outweighs the story beside it.) */
const LABEL_COST = 0.5;
/** How far up a teaser's item is looked for. */
const ITEM_DEPTH = 4;
/** A teaser's item has at least this share of its other text in links. */
const TEASER_LINK_SHARE = 0.5;
/** Extra worth of a container the page marks as the article (itemprop="articleBody", <article>,
 * <main>): a tie-breaker between containers of nearly the same prose, never more. Without it two
 * dev pages lose the lead paragraph that sits in the <article> beside the body's own wrapper. */
const MARKED_BODY_BONUS = 0.1;

/** Containers that are never furniture, whatever their class says. */
const CONTENT_TAGS = new Set(['body', 'html', 'article', 'main']);
const HEADING = /^h[1-6]$/;

/** Whether the element itself (not its ancestors) is page furniture. */
function isFurniture(el: Element, rules: ScoringRules): boolean {
  const tag = el.localName;
  if (CONTENT_TAGS.has(tag)) return false;
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  return rules.readClassWords && FURNITURE_WORDS.test(classAndId(el));
}

/** What one block's own text is worth: its plain characters when it is prose, minus its
 * characters when it is clutter. A heading or a part marked as furniture (a gallery's captions, a
 * comment thread) is worth nothing, less its links: a linked heading is a teaser's title. */
function blockWorth(el: Element, s: ElementStats, furniture: boolean, stats: Map<Element, ElementStats>): number {
  const links = LINK_COST * s.ownLinkLength;
  if (furniture || HEADING.test(el.localName)) return -links;
  const plain = s.ownLength - s.ownLinkLength;
  const prose =
    plain >= MIN_PROSE &&
    s.ownLinkLength <= MAX_PROSE_LINK_SHARE * s.ownLength &&
    (s.ownStops + s.ownCommas > 0 || plain >= LONG_PLAIN);
  if (!prose) return -(links + LABEL_COST * plain);
  return isTeaser(el, stats) ? 0 : plain;
}

/** Whether a block of prose is a teaser: the summary of another page, in an item whose other text
 * is mostly its link (a title, a "more" link). The item is the nearest ancestor holding more text
 * than the block; a paragraph of the story has the story's other paragraphs there instead. */
function isTeaser(el: Element, stats: Map<Element, ElementStats>): boolean {
  const s = stats.get(el)!;
  let item = el.parentElement;
  for (let level = 0; item && level < ITEM_DEPTH; level++, item = item.parentElement) {
    const i = stats.get(item);
    if (!i) return false;
    const rest = i.length - s.length;
    if (rest > 0) return i.linkLength - s.linkLength >= TEASER_LINK_SHARE * rest;
  }
  return false;
}

function isMarkedBody(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'article' || tag === 'main') return true;
  const role = el.getAttribute('role');
  return role === 'main' || role === 'article' || el.getAttribute('itemprop') === 'articleBody';
}

interface Run {
  worth: number;
  first: Element | null;
  last: Element | null;
}

/** The unbroken run of `el`'s children with the highest summed worth (Kadane's scan). */
function bestRun(el: Element, worth: Map<Element, number>): Run {
  const best: Run = { worth: 0, first: null, last: null };
  let sum = 0;
  let start: Element | null = null;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const w = worth.get(c);
    if (w === undefined) continue; // hidden by markup: not read at all
    if (sum <= 0) {
      sum = 0;
      start = c;
    }
    sum += w;
    if (sum > best.worth) {
      best.worth = sum;
      best.first = start;
      best.last = c;
    }
  }
  return best;
}

/** Elements scored between pauses: each pass over a big page's elements yields to the page this
 * often (see dom-walk.ts), so choosing the body is no long task of its own. */
const PAUSE_EVERY = 512;

/** Scores the page under the given rules and picks the article body; null when no block reads as
 * prose. Work that pauses. */
export function* chooseBodySteps(top: Element, page: PageStats, rules: ScoringRules): Steps<BodyChoice | null> {
  const { stats } = page;
  const elements = Array.from(stats.keys()); // document order: every parent before its children
  // Furniture marks its whole subtree.
  const furniture = new Set<Element>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const parent = el.parentElement;
    if ((parent && furniture.has(parent)) || (el !== top && isFurniture(el, rules))) furniture.add(el);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  // Each subtree's worth, children before parents; and each element's own blocks' worth.
  const subtree = new Map<Element, number>();
  const own = new Map<Element, number>();
  let anyProse = false;
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    const s = stats.get(el)!;
    let w = subtree.get(el) ?? 0;
    if (s.ownLength > 0) {
      const o = blockWorth(el, s, furniture.has(el), stats);
      if (o > 0) anyProse = true;
      own.set(el, o);
      w += o;
    }
    subtree.set(el, w);
    const parent = el.parentElement;
    if (parent && el !== top) subtree.set(parent, (subtree.get(parent) ?? 0) + w);
    if (i % PAUSE_EVERY === 0) yield;
  }
  if (!anyProse) return null;

  let best: Element | null = null;
  let bestRunOf: Run | null = null;
  let bestScore = 0;
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (furniture.has(el)) continue;
    const run = bestRun(el, subtree);
    const worth = run.worth + Math.max(0, own.get(el) ?? 0);
    const score = worth * (isMarkedBody(el) ? 1 + MARKED_BODY_BONUS : 1);
    if (score > bestScore) {
      best = el;
      bestRunOf = run;
      bestScore = score;
    }
    if (i % PAUSE_EVERY === 0) yield;
  }
  if (!best || !bestRunOf) return null;

  const included = new Set<Element>();
  let all = true;
  let inRun = false;
  for (let c = best.firstElementChild; c; c = c.nextElementSibling) {
    if (c === bestRunOf.first) inRun = true;
    if (inRun) included.add(c);
    else if (subtree.has(c)) all = false; // a child hidden by markup is not read either way
    if (c === bestRunOf.last) inRun = false;
  }
  if (bestRunOf.first && !all) return { root: best, included };
  // A wrapper around nothing but the body is the body (its headline may sit beside the wrapper).
  // Only a body read whole is widened: a wrapper of a body cut to a run would read all of it.
  let root = best;
  while (root !== top && root.parentElement && root.parentElement.childElementCount === 1) root = root.parentElement;
  return { root, included: null };
}
