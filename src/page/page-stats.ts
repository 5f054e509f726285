// Text statistics for every element of a page, gathered in one walk, so that the article finder
// can score containers (prose is long plain text with commas and full stops, navigation is
// links) several times over, relaxing a rule each time, without walking the DOM again.
import { isBlockTag, isHiddenByMarkup } from './text-index';
import { finish, walkSubtreeSteps, type Steps } from './dom-walk';

export interface ElementStats {
  /** Visible text length with whitespace runs counted as one character. */
  length: number;
  /** The part of `length` inside links. */
  linkLength: number;
  commas: number;
  /** Text that renders in this element's own blocks (not inside a block-level child). */
  ownLength: number;
  ownCommas: number;
  /** Sentence-closing marks (. ! ?) in the own text: prose has them, menus and labels rarely. */
  ownStops: number;
  ownLinkLength: number;
  hasBlockChild: boolean;
}

export interface PageStats {
  stats: Map<Element, ElementStats>;
  /** Block elements with some own text (inner ones before their containers): the scored units. */
  textBlocks: Element[];
}

/** One walk over `top`: per-element text length, link length and comma counts, parts hidden by
 * markup skipped. Computed style is never asked: the browser and Node (which has none) must
 * measure the same page to choose the same article. Linear in the size of the subtree. */
export function collectStats(top: Element): PageStats {
  return finish(collectStatsSteps(top));
}

/** `collectStats` as work that pauses (see dom-walk.ts). */
export function* collectStatsSteps(top: Element): Steps<PageStats> {
  const stats = new Map<Element, ElementStats>();
  const textBlocks: Element[] = [];
  const frames: ElementStats[] = [];
  const blockFrames: ElementStats[] = [];
  let linkDepth = 0;
  /** Block quotes open around the element being read (their links are quoted text). */
  let quoteDepth = 0;

  const fresh = (): ElementStats => ({
    length: 0,
    linkLength: 0,
    commas: 0,
    ownLength: 0,
    ownCommas: 0,
    ownStops: 0,
    ownLinkLength: 0,
    hasBlockChild: false,
  });

  const open = (el: Element) => {
    const s = fresh();
    stats.set(el, s);
    const tag = el.localName;
    if (isBlockTag(tag)) {
      const parent = frames[frames.length - 1];
      if (parent) parent.hasBlockChild = true;
      blockFrames.push(s);
    }
    // A link inside a block quote is part of what is quoted, not a way off the page: Instagram's
    // embed code wraps the post's caption and its author's name in links to the post, and read as
    // links they made the post a list of links, left out of the article with the story after it.
    if (tag === 'blockquote') quoteDepth++;
    else if (tag === 'a' && !quoteDepth) linkDepth++;
    frames.push(s);
  };

  const close = (el: Element) => {
    const s = frames.pop()!;
    const tag = el.localName;
    if (isBlockTag(tag)) {
      blockFrames.pop();
      if (s.ownLength > 0) textBlocks.push(el);
    }
    if (tag === 'blockquote') quoteDepth--;
    else if (tag === 'a' && !quoteDepth) linkDepth--;
    const parent = frames[frames.length - 1];
    if (parent) {
      parent.length += s.length;
      parent.linkLength += s.linkLength;
      parent.commas += s.commas;
    }
  };

  // Carried across text nodes so "Read <a>this</a> now" counts its spaces like the rendered text.
  let inSpace = true;
  const readText = (data: string) => {
    let length = 0;
    let commas = 0;
    let stops = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c) {
        if (!inSpace) length++;
        inSpace = true;
      } else {
        if (c === 0x2c) commas++;
        else if (c === 0x2e || c === 0x21 || c === 0x3f) stops++;
        length++;
        inSpace = false;
      }
    }
    const s = frames[frames.length - 1]!;
    s.length += length;
    s.commas += commas;
    if (linkDepth > 0) s.linkLength += length;
    const b = blockFrames[blockFrames.length - 1];
    if (b) {
      b.ownLength += length;
      b.ownCommas += commas;
      b.ownStops += stops;
      if (linkDepth > 0) b.ownLinkLength += length;
    }
  };

  yield* walkSubtreeSteps(top, {
    skip: isHiddenByMarkup,
    open,
    close,
    text: (node) => readText(node.data),
  });
  return { stats, textBlocks };
}

/** Share of an element's text that sits in links: high for menus and related-story lists. */
export function linkDensity(s: ElementStats): number {
  return s.length === 0 ? 0 : s.linkLength / s.length;
}
