// The article as the engine sees it: one flat string of blocks joined by "\n\n", built in one walk
// over the DOM, with a map from every text offset back to a DOM point so that an engine span can be
// painted as a Range. The document is
// only read, never changed: wrapping or normalize() breaks pages that a framework owns.
import type { Block, BlockKind } from '../engine/types';
import { isMarkCharacter } from '../engine/mark-glyphs';
import { isChartOrGraphic } from './charts';
import { finish, walkSubtreeSteps, type Steps } from './dom-walk';

/** Subtrees whose text a reader never sees (or that are controls, not prose). Checked by tag name so
 * the walk needs no computed style in Node; the browser adds its own check through `isHidden`. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'form',
  'label',
  'datalist',
  'output',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'map',
  'dialog',
  'rt',
  'rp',
]);

/** Elements that start and end a block of text when rendered (CSS display: block and kin). Anything
 * else (a, em, span, strong, sup...) is inline and does not split the paragraph it sits in. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Whether the element renders as a block (so its text is a paragraph of its own); the text index
 * and the page statistics must agree on this. */
export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Inline styles that hide an element; pages hide widgets this way and the Node side has no CSS. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Separator between blocks in `text`: a blank line, as in the engine's plain-text input. */
const BLOCK_SEPARATOR = '\n\n';

export interface TextIndexOptions {
  /** Extra hidden check (the content script passes a computed-style test); true skips the subtree. */
  isHidden?: (el: Element) => boolean;
  /** Subtrees that are not part of the article (captions, share widgets...); true skips the subtree. */
  exclude?: (el: Element) => boolean;
  /** A block is kept only if this returns true (drops "Advertisement" and bylines by their text). */
  keepBlock?: (text: string, kind: BlockKind, el: Element) => boolean;
  /** Elements read before `root`, each on its own (the headline when it sits outside the body). */
  prepend?: Element[];
  /** Text under `root` before this element is not read (kickers and labels above the headline). */
  startAt?: Element;
}

/** A point in the DOM, as Range.setStart takes it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

export interface TextIndex {
  /** The blocks' text joined by "\n\n"; whitespace runs (U+00A0 included) collapsed to one plain
   * space, soft hyphens and zero-width characters dropped. */
  text: string;
  blocks: Block[];
  /** The innermost block-level element each block came from (same order as `blocks`), for scrolling. */
  blockElements: Element[];
  /** The DOM point where the character at `offset` starts (inside a separator: the next block's start). */
  pointAt(offset: number): DomPoint | null;
  /** The DOM point just after the character at `end - 1`, i.e. the end of a span [start, end). */
  pointAfter(end: number): DomPoint | null;
  /** A Range over an engine span [start, end); null when the span maps to nothing. */
  toRange(start: number, end: number): Range | null;
  /** The index of the first `count` blocks alone (what reading the page without the rest gives). */
  firstBlocks(count: number): TextIndex;
}

/** Soft hyphen and zero-width characters render as nothing but would split words for the engine's
 * patterns ("Netan\u00ADyahu"), so they are dropped from `text` (the offset map skips them). */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Whitespace that a browser collapses in normal flow, plus U+00A0: pages (and the seed article)
 * use no-break spaces where a plain space is meant, so the engine sees them as one plain space. */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0xa0;
}

/** Where a stretch that only extends the current run ends: the next invisible or collapsible
 * character (see `isInvisible`, `isCollapsible`) other than a plain space, or a plain space that
 * another of them or the text's end follows. The character before a match is never a space. */
const ORDINARY_END =
  /[\n\t\r\f\u00a0\u00ad\u200b-\u200d\u2060\ufeff]| (?=[ \n\t\r\f\u00a0\u00ad\u200b-\u200d\u2060\ufeff]|$)/g;

/** Whether a <q> needs the marks a browser draws for it: not when the page already typed marks
 * inside it or right before it. */
function needsMarks(q: Element, before: string): boolean {
  if (before && isMarkCharacter(before.charCodeAt(0))) return false;
  const first = /\S/.exec(q.textContent ?? '');
  return first !== null && !isMarkCharacter(first[0].charCodeAt(0));
}

/** An interview's question set wholly in bold as its own paragraph ("<p><b>Why did you leave?</b></p>"),
 * its answer in the next: the paragraph holds one <strong>/<b> and only spaces besides, and the
 * bold asks the one it addresses. Plain text would lose the bold, so the index labels it "Q: ". */
function boldQuestion(p: Element): boolean {
  const bold = p.childElementCount === 1 ? p.firstElementChild! : null;
  const asked = bold && /^(?:strong|b)$/.test(bold.localName) ? p.textContent!.trim() : '';
  return asked.endsWith('?') && /\byou/i.test(asked) && bold!.textContent!.trim() === asked;
}

/** Words that say a page is an interview. Bold questions put to "you" are also an explainer's
 * subheads ("What can you do?"), whose next paragraph is the outlet's own advice: only on a page
 * that calls itself an interview are they read as an interviewer's questions. */
const INTERVIEW_SIGNAL =
  /\b(?:interview(?:ed|s)?|Q ?& ?A|edited for (?:length|clarity)|in conversation|conversation with|spoke (?:with|to)|talked (?:with|to)|sat down with)\b/i;
/** How much of the article's text is searched for those words, after the page's title (an
 * interview says so early). */
const INTERVIEW_SIGNAL_REACH = 3000;

/** A quote box's own attribution: the last element of a box whose class says pull/quote/pq (a div.pq,
 * a blockquote.pullquote, a figure.quote-card) or a cite or footer ending a block quote of any class
 * (a French "exergue": "« … » <cite>Ada Roe, CUT</cite>"; an embedded post's "<footer>— Ada Roe on
 * Facebook", which the page dropped as furniture, so the post fell to the speaker before), nothing
 * but space after it, and a short line of two or more capitalised words ("Ada Roe, lawyer", "— Sen.
 * Ada Roe", "of" between them: "— Ministry of Energy") or of one before a handle ("— PNE (@pne)";
 * either was dropped, so the post fell to the speaker before). Read as a line of its own, "— Ada
 * Roe" (the role left unread, see `readText`), the signature the engine gives to the quote before
 * it: glued to the quote ("… crossing.Ada Roe, lawyer") or left out with a figure's caption, it
 * left the quote to the speaker named before. */
export function signsQuote(el: Element): boolean {
  return (
    (/pull|quote|pq/i.test(el.parentElement?.className ?? '') ||
      (/^(cite|footer)$/.test(el.localName) && el.parentElement?.localName === 'blockquote')) &&
    !el.nextSibling?.textContent?.trim() &&
    /^[—–-]?\s*[A-Z]\S* (?:of )?(?:[A-Z]|\(@)[^“”"]{0,60}$/.test(el.textContent!.trim())
  );
}

/** Hidden by markup alone (no CSS engine needed), so Node and the browser agree on it. */
export function isHiddenByMarkup(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Reads the text under `root` the way a reader sees it, in one linear walk, and keeps the arrays
 * needed to map offsets back to the DOM (binary search, no per-character objects). */
export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  return finish(textIndexSteps(root, options));
}

/** `buildTextIndex` as work that pauses (see dom-walk.ts). */
export function* textIndexSteps(root: Element, options: TextIndexOptions = {}): Steps<TextIndex> {
  const { isHidden, exclude, keepBlock } = options;
  const parts: string[] = [];
  let length = 0;
  // Segments: runs of `text` that map to consecutive characters of one Text node. A synthetic
  // segment (the space of a <br>) has no width in the DOM.
  const segStart: number[] = [];
  const segEnd: number[] = [];
  const segNode: Text[] = [];
  const segOffset: number[] = [];
  const segSynthetic: boolean[] = [];
  const blocks: Block[] = [];
  const blockElements: Element[] = [];

  // The run being extended: characters [runFrom, runFrom + runLength) of runNode.
  let runNode: Text | null = null;
  let runFrom = 0;
  let runLength = 0;

  // The block being filled.
  let inBlock = false;
  let blockStart = 0;
  let blockKind: BlockKind = 'paragraph';
  let blockElement: Element = root;
  let blockPartsMark = 0;
  let blockSegMark = 0;
  let pendingSpace = false;
  let pendingNode: Text | null = null;
  let pendingOffset = 0;
  let pendingBreaks = 0; // consecutive <br> since the last character: two make a paragraph break

  // <q> elements: browsers draw their quotation marks from CSS, so the text has none; the index
  // adds them (synthetic, zero width in the DOM) so the engine sees a quotation. `quoteMarks`
  // holds, per open <q>, whether it got marks; `pendingMarks` waits for the <q>'s first character,
  // so a space before it stays outside the marks.
  const quoteMarks: boolean[] = [];
  let markedDepth = 0; // how many of them got marks: an even depth quotes with “ ”, an odd one with ‘ ’
  let pendingMarks = '';
  let pendingLabel = ''; // "Q: " before a bold question's first character (see `boldQuestion`)
  let signing = 0; // 1: a post's signature prefix was read, 2: its name, the rest is not (see `readText`)
  let interview: boolean | undefined; // whether the article calls itself an interview, read once
  let lastNode: Text | null = null; // where the last character read came from, for a closing mark
  let lastEnd = 0;

  // Kind context: how many open ancestors of each kind, and the stack of open block elements.
  let headingDepth = 0;
  let quoteDepth = 0;
  let itemDepth = 0;
  const openBlocks: Element[] = [root];

  const closeRun = () => {
    if (runNode && runLength > 0) {
      parts.push(runNode.data.substr(runFrom, runLength));
      segStart.push(length);
      segEnd.push(length + runLength);
      segNode.push(runNode);
      segOffset.push(runFrom);
      segSynthetic.push(false);
      length += runLength;
    }
    runNode = null;
    runLength = 0;
  };

  const pushLiteral = (s: string, node: Text, offset: number, synthetic: boolean) => {
    closeRun();
    parts.push(s);
    segStart.push(length);
    segEnd.push(length + s.length);
    segNode.push(node);
    segOffset.push(offset);
    segSynthetic.push(synthetic);
    length += s.length;
  };

  const startBlock = () => {
    closeRun();
    if (blocks.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    inBlock = true;
    blockStart = length;
    blockKind =
      headingDepth > 0 ? 'heading' : quoteDepth > 0 ? 'blockquote' : itemDepth > 0 ? 'list-item' : 'paragraph';
    blockElement = openBlocks[openBlocks.length - 1]!;
  };

  const endBlock = () => {
    signing = 0;
    pendingSpace = false;
    pendingBreaks = 0;
    if (!inBlock) return;
    closeRun();
    inBlock = false;
    const block: Block = { start: blockStart, end: length, kind: blockKind };
    if (keepBlock) {
      // Slice the block's own parts (the separator before it is its own part) to test its text.
      const first = blocks.length > 0 ? blockPartsMark + 1 : blockPartsMark;
      const blockText = parts.slice(first).join('');
      if (!keepBlock(blockText, blockKind, blockElement)) {
        parts.length = blockPartsMark;
        segStart.length = segEnd.length = segNode.length = segOffset.length = segSynthetic.length = blockSegMark;
        length = blocks.length > 0 ? blocks[blocks.length - 1]!.end : 0;
        return;
      }
    }
    blocks.push(block);
    blockElements.push(blockElement);
  };

  let started = options.startAt === undefined;

  const readText = (node: Text) => {
    if (!started || signing > 1) return;
    let data = node.data;
    let i = 0;
    // A post's signature opening a paragraph of a block quote ("A post shared by Ada Roe (@adaroe)",
    // "A post shared by @adaroe on …" from an account with no name),
    // "— Ada Roe (@adaroe.bsky.social) Dec 3, 2026 at 9:14 AM", "Posted by <a>Ada Roe</a> on …"):
    // read as "— Ada Roe", the signature the engine gives to the quote before it. The prefix, the
    // handle and the date are not prose; the dash maps to no character, the name to the page's.
    // The prefix may be a text node of its own (a link holds the name; "&mdash;" in a Node DOM).
    // A quote box's attribution (see `signsQuote`) is read the same way, dash or not. A role after a
    // comma is left unread ("— Ada Roe, chair of the board" reads "— Ada Roe"): in a block quote the
    // whole line is no signature to the engine and would be read as a quote of its own.
    if (!inBlock && (quoteDepth > 0 || signing)) {
      const m =
        /^\s*(A post shared by|Posted by|[—–-])?\s*(?:(\p{Lu}[\p{L}\w.'’ -]*?|@[\w.]+|[\w.]+(?= \(@))(?=,| \(| on |$))?/u.exec(
          data,
        )!;
      if ((m[1] || signing) && (m[2] || m[0] === data)) {
        pendingLabel = '— ';
        if (!m[2]) return void (signing = 1);
        i = m[0].length - m[2].length;
        data = data.slice(0, m[0].length);
        signing = 2;
      }
    }
    for (; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) continue;
      if (isCollapsible(code)) {
        if (inBlock && !pendingSpace) {
          pendingSpace = true;
          pendingNode = node;
          pendingOffset = i;
        }
        continue;
      }
      if (pendingBreaks >= 2) endBlock();
      pendingBreaks = 0;
      if (!inBlock) {
        blockPartsMark = parts.length;
        blockSegMark = segStart.length;
        startBlock();
      } else if (pendingSpace) {
        if (pendingNode === null) {
          pushLiteral(' ', node, i, true);
        } else if (pendingNode.data.charCodeAt(pendingOffset) === 0x20) {
          // A plain space maps to itself; right after the current run it just extends the run.
          if (pendingNode === runNode && pendingOffset === runFrom + runLength) {
            runLength++;
          } else {
            closeRun();
            runNode = pendingNode;
            runFrom = pendingOffset;
            runLength = 1;
          }
        } else {
          pushLiteral(' ', pendingNode, pendingOffset, false);
        }
      }
      pendingSpace = false;
      if (pendingLabel) {
        pushLiteral(pendingLabel, node, i, true);
        pendingLabel = '';
      }
      if (pendingMarks) {
        pushLiteral(pendingMarks, node, i, true);
        pendingMarks = '';
      }
      lastNode = node;
      lastEnd = i + 1;
      if (runNode === node && runFrom + runLength === i) {
        runLength++;
      } else {
        closeRun();
        runNode = node;
        runFrom = i;
        runLength = 1;
      }
      // What follows up to the next character that needs a decision (ordinary characters, and
      // single plain spaces between them) only extends this run, as the loop would one by one:
      // found by a native search instead (this loop ran once a character, before the paint).
      ORDINARY_END.lastIndex = i + 1;
      const next = ORDINARY_END.exec(data);
      const end = next ? next.index : data.length;
      if (end > i + 1) {
        runLength += end - i - 1;
        lastEnd = end;
        i = end - 1;
      }
    }
  };

  const hidden = (el: Element) => isHiddenByMarkup(el) || (isHidden !== undefined && isHidden(el));
  const skipped = (el: Element) => hidden(el) || isChartOrGraphic(el) || (exclude !== undefined && exclude(el));

  const open = (el: Element) => {
    if (el === options.startAt) started = true;
    const tag = el.localName;
    if (tag === 'br') {
      if (inBlock) {
        if (!pendingSpace) {
          pendingSpace = true;
          pendingNode = null;
        }
        pendingBreaks++;
      }
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      endBlock();
      openBlocks.push(el);
      pendingLabel =
        tag === 'p' &&
        started &&
        boldQuestion(el) &&
        (interview ??= INTERVIEW_SIGNAL.test(
          (root.ownerDocument.title ?? '') + '\n' + (root.textContent ?? '').slice(0, INTERVIEW_SIGNAL_REACH),
        ))
          ? 'Q: '
          : '';
    }
    if (signsQuote(el)) {
      endBlock();
      signing = 1; // after endBlock, which clears it
    }
    if (HEADING_TAGS.has(tag)) headingDepth++;
    else if (tag === 'blockquote') quoteDepth++;
    else if (tag === 'li') itemDepth++;
    else if (tag === 'q') {
      const marked = started && needsMarks(el, lastCharacter());
      if (marked) pendingMarks += markedDepth++ % 2 === 0 ? '“' : '‘';
      quoteMarks.push(marked);
    }
  };

  /** The character read last in this block, pending ones included ('' at a block's start). */
  const lastCharacter = (): string => {
    if (pendingMarks) return pendingMarks[pendingMarks.length - 1]!;
    if (!inBlock) return '';
    if (pendingSpace) return ' ';
    return lastNode ? (lastNode.data[lastEnd - 1] ?? '') : '';
  };

  const closeQuote = () => {
    const marked = quoteMarks.pop();
    if (!marked) return;
    markedDepth--;
    if (pendingMarks) {
      // Nothing visible inside: no marks at all.
      pendingMarks = pendingMarks.slice(0, -1);
      return;
    }
    if (inBlock && lastNode) pushLiteral(markedDepth % 2 === 0 ? '”' : '’', lastNode, lastEnd, true);
  };

  const close = (el: Element) => {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) {
      endBlock();
      openBlocks.pop();
      pendingLabel = '';
    }
    if (HEADING_TAGS.has(tag)) headingDepth--;
    else if (tag === 'blockquote') quoteDepth--;
    else if (tag === 'li') itemDepth--;
    else if (tag === 'q') closeQuote();
  };

  const walk = (top: Element) => walkSubtreeSteps(top, { skip: skipped, open, close, text: readText });

  const wasStarted = started;
  started = true;
  for (const el of options.prepend ?? []) {
    // Hidden ones are skipped like any element of the article (the walk does not check the
    // element it starts from); the exclusions are about the body's own contents.
    if (el !== root && !root.contains(el) && !hidden(el)) yield* walk(el);
  }
  started = wasStarted;
  // The root itself always counts as a block container, whatever its tag.
  openBlocks.length = 0;
  endBlock();
  openBlocks.push(root);
  yield* walk(root);
  // A root that is not a block tag does not end its last block on close.
  if (!BLOCK_TAGS.has(root.localName)) endBlock();

  return indexOver(
    parts.join(''),
    { start: segStart, end: segEnd, node: segNode, offset: segOffset, synthetic: segSynthetic },
    blocks,
    blockElements,
  );
}

/** Runs of the text that map to consecutive characters of one Text node, as parallel arrays. */
interface Segments {
  start: number[];
  end: number[];
  node: Text[];
  offset: number[];
  /** A synthetic segment (the space of a <br>, the marks of a <q>) has no width in the DOM. */
  synthetic: boolean[];
}

/** The index over a text read from the DOM: lookups by binary search over its segments. */
function indexOver(text: string, seg: Segments, blocks: Block[], blockElements: Element[]): TextIndex {
  const { start: segStart, end: segEnd, node: segNode, offset: segOffset, synthetic: segSynthetic } = seg;
  const length = text.length;

  /** Index of the last segment that starts at or before `offset`; -1 when none does. */
  const segmentAt = (offset: number): number => {
    let lo = 0;
    let hi = segStart.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segStart[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  const startOf = (k: number): DomPoint => ({ node: segNode[k]!, offset: segOffset[k]! });
  const endOf = (k: number): DomPoint => ({
    node: segNode[k]!,
    offset: segOffset[k]! + (segSynthetic[k] ? 0 : segEnd[k]! - segStart[k]!),
  });

  const pointAt = (offset: number): DomPoint | null => {
    if (segStart.length === 0) return null;
    const k = segmentAt(offset);
    if (k < 0) return startOf(0);
    if (offset >= segEnd[k]!) return k + 1 < segStart.length ? startOf(k + 1) : endOf(k);
    return { node: segNode[k]!, offset: segOffset[k]! + (segSynthetic[k] ? 0 : offset - segStart[k]!) };
  };

  const pointAfter = (end: number): DomPoint | null => {
    if (segStart.length === 0) return null;
    if (end <= 0) return startOf(0);
    const last = end - 1;
    const k = segmentAt(last);
    if (k < 0) return startOf(0);
    if (last >= segEnd[k]!) return endOf(k);
    return { node: segNode[k]!, offset: segOffset[k]! + (segSynthetic[k] ? 0 : last - segStart[k]! + 1) };
  };

  /** The document the text nodes belong to, looked up once (a lookup is a call into the page's
   * DOM, which costs in Firefox's content scripts): every segment's node is in one document. */
  let doc: Document | null | undefined;
  const toRange = (start: number, end: number): Range | null => {
    if (!(start >= 0) || !(end > start) || start >= length) return null;
    const a = pointAt(start);
    const b = pointAfter(Math.min(end, length));
    if (!a || !b) return null;
    if (doc === undefined) doc = a.node.ownerDocument;
    if (!doc) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  };

  /** The index of the first `count` blocks alone, as if the page ended there. */
  const firstBlocks = (count: number): TextIndex => {
    if (count >= blocks.length) return index;
    const cut = count > 0 ? blocks[count - 1]!.end : 0;
    let n = 0;
    while (n < segStart.length && segStart[n]! < cut) n++;
    const keep = <T>(xs: T[]) => xs.slice(0, n);
    return indexOver(
      text.slice(0, cut),
      {
        start: keep(segStart),
        end: keep(segEnd),
        node: keep(segNode),
        offset: keep(segOffset),
        synthetic: keep(segSynthetic),
      },
      blocks.slice(0, count),
      blockElements.slice(0, count),
    );
  };

  const index: TextIndex = { text, blocks, blockElements, pointAt, pointAfter, toRange, firstBlocks };
  return index;
}
