// Which container holds the article: Readability's idea, done without touching the page. Every
// block of prose votes for its parent (fully) and further ancestors (less); a container's votes
// are discounted by how much of its text is links. The best container, widened to its parent
// when sibling containers hold more of the same story, is the body.
import { classAndId } from './article-clutter';
import { linkDensity, type ElementStats, type PageStats } from './page-stats';

/** Class/id words of containers that are unlikely to hold the article (menus, comments,
 * sidebars...) unless they also say they are content. Skipped on the first rung of the ladder. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|trending|recirc/i;
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_TAGS = new Set(['nav', 'aside', 'footer', 'form']);
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Class/id words that say "article here" or "not article here", worth +/-25. */
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const CLASS_WEIGHT = 25;

/** Starting score of a container by tag: divs and sections usually wrap prose, lists and headings
 * do not. */
const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  section: 5,
  article: 8,
  main: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** A block with less text than this is a label, not prose, and does not vote. */
const MIN_PARAGRAPH = 25;
/** How far up a paragraph's vote reaches. */
const ANCESTOR_LEVELS = 5;
/** Sibling containers join the body when their score reaches this share of the best one. */
const SIBLING_SHARE = 0.2;
/** A sibling between two joined parts of the body joins too unless this much of it is links. */
const INTERLEAVED_LINK_DENSITY = 0.5;

export interface ScoringRules {
  /** Skip paragraphs inside unlikely containers (menus, comments...). */
  skipUnlikely: boolean;
  /** Add class/id weights to container scores. */
  weighClasses: boolean;
}

export interface BodyChoice {
  /** The container: the best candidate, or its parent when siblings join it. */
  root: Element;
  /** When `root` is the parent, the children that joined (others are left out). */
  included: Set<Element> | null;
}

function classWeight(el: Element): number {
  let w = 0;
  const cls = el.getAttribute('class') ?? '';
  if (cls) {
    if (NEGATIVE.test(cls)) w -= CLASS_WEIGHT;
    if (POSITIVE.test(cls)) w += CLASS_WEIGHT;
  }
  const id = el.id;
  if (id) {
    if (NEGATIVE.test(id)) w -= CLASS_WEIGHT;
    if (POSITIVE.test(id)) w += CLASS_WEIGHT;
  }
  return w;
}

/** Whether an element's markup says it is page furniture rather than content. */
function isUnlikelyContainer(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main') return false;
  if (UNLIKELY_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const words = classAndId(el);
  return UNLIKELY.test(words) && !MAYBE_CONTENT.test(words);
}

function underUnlikely(el: Element, top: Element, cache: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let e: Element | null = el; e && e !== top; e = e.parentElement) {
    const known = cache.get(e);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(e);
    if (isUnlikelyContainer(e)) {
      result = true;
      break;
    }
  }
  for (const e of path) cache.set(e, result);
  return result;
}

/** Scores every container and picks the article body under the given rules; null when no block
 * of prose votes at all. */
export function chooseBody(top: Element, page: PageStats, rules: ScoringRules): BodyChoice | null {
  const { stats } = page;
  const scores = new Map<Element, number>();
  const unlikelyCache = new Map<Element, boolean>();
  const init = (el: Element) => {
    let s = scores.get(el);
    if (s === undefined) {
      s = (TAG_WEIGHT[el.localName] ?? 0) + (rules.weighClasses ? classWeight(el) : 0);
      scores.set(el, s);
    }
    return s;
  };

  for (const block of page.textBlocks) {
    const s = stats.get(block)!;
    const tag = block.localName;
    if (s.ownLength < MIN_PARAGRAPH || /^h[1-6]$/.test(tag)) continue;
    if (s.ownLength > 0 && s.ownLinkLength / s.ownLength > 0.8) continue;
    if (rules.skipUnlikely && underUnlikely(block, top, unlikelyCache)) continue;
    const vote = 1 + s.ownCommas + Math.min(Math.floor(s.ownLength / 100), 3);
    // A paragraph votes for its parent; a container with loose text of its own votes for itself.
    let target: Element | null = s.hasBlockChild || tag === 'td' ? block : block.parentElement;
    for (let level = 0; target && level < ANCESTOR_LEVELS; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(target, init(target) + vote / divider);
      if (target === top) break;
      target = target.parentElement;
    }
  }
  if (scores.size === 0) return null;

  const finalScore = (el: Element) => (scores.get(el) ?? 0) * (1 - linkDensity(stats.get(el) ?? EMPTY));
  const ranked = Array.from(scores.keys())
    .map((el) => ({ el, score: finalScore(el) }))
    .sort((a, b) => b.score - a.score);
  let best = ranked[0]!.el;
  let bestScore = ranked[0]!.score;

  // Several near-best candidates under one ancestor: the story is split into sections.
  const alternatives = ranked
    .slice(1, 5)
    .filter((c) => c.score >= bestScore * 0.75)
    .map((c) => c.el);
  if (alternatives.length >= 3) {
    for (let p = best.parentElement; p && p !== top.parentElement; p = p.parentElement) {
      if (alternatives.filter((a) => p!.contains(a)).length >= 3) {
        best = p;
        bestScore = finalScore(p);
        break;
      }
    }
  }

  // Walk up while the parent scores higher: the body often spans more than one inner wrapper.
  let lastScore = bestScore;
  const threshold = bestScore / 3;
  for (let p = best.parentElement; p && p !== top.parentElement; p = p.parentElement) {
    if (!scores.has(p)) continue;
    const ps = finalScore(p);
    if (ps < threshold) break;
    if (ps > lastScore) {
      best = p;
      bestScore = ps;
      break;
    }
    lastScore = ps;
  }
  // A wrapper with a single child is the same container.
  while (best !== top && best.parentElement && best.parentElement.children.length === 1) best = best.parentElement;

  const parent = best.parentElement;
  if (!parent || best === top) return { root: best, included: null };
  const siblingThreshold = Math.max(10, bestScore * SIBLING_SHARE);
  const bestClass = best.getAttribute('class') ?? '';
  const bestFirstClass = firstClass(best);
  const included = new Set<Element>([best]);
  for (const sibling of Array.from(parent.children)) {
    if (sibling === best) continue;
    const bonus = bestClass && sibling.getAttribute('class') === bestClass ? bestScore * SIBLING_SHARE : 0;
    if (scores.has(sibling) && finalScore(sibling) + bonus >= siblingThreshold) {
      included.add(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s) continue;
    const density = linkDensity(s);
    // An item of the same kind as the body (BuzzFeed's "buzz_superlist_item" blocks): a lead
    // item that is only a subhead and a picture casts no vote but is part of the story.
    if (bestFirstClass && firstClass(sibling) === bestFirstClass && s.length >= 25 && density < 0.25) {
      included.add(sibling);
      continue;
    }
    if (sibling.localName === 'p') {
      if (
        (s.length > 80 && density < 0.25) ||
        (s.length > 0 && s.length <= 80 && density === 0 && /\.( |$)/.test(sibling.textContent ?? ''))
      ) {
        included.add(sibling);
      }
    }
  }
  // Whatever sits between two parts of the story (a block quotation, a list, a subhead in a
  // wrapper of its own) is part of it unless it is mostly links; the clutter filter still drops
  // ads and widgets inside.
  const children = Array.from(parent.children);
  let first = -1;
  let last = -1;
  children.forEach((c, i) => {
    if (included.has(c)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  for (let i = first + 1; i < last; i++) {
    const c = children[i]!;
    const s = stats.get(c);
    if (!included.has(c) && s && s.length > 0 && linkDensity(s) < INTERLEAVED_LINK_DENSITY) included.add(c);
  }
  return included.size === 1 ? { root: best, included: null } : { root: parent, included };
}

function firstClass(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
}

const EMPTY: ElementStats = {
  length: 0,
  linkLength: 0,
  commas: 0,
  ownLength: 0,
  ownCommas: 0,
  ownLinkLength: 0,
  hasBlockChild: false,
};
