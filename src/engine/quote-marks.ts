// Pairs quotation marks into quoted spans. News mixes every mark style (" “ ” ‘ ’ « » „ and the
// NYT's '' ''), sometimes faces them the wrong way, and runs one quote over several paragraphs by
// opening each paragraph and closing only the last, so direction is read from the surrounding
// characters first and from the glyph only when the context is ambiguous.
import type { Block } from './types';
import { ForwardSearch } from './forward-search';
import { isAsciiAlnum, isLetterOrDigit, isSpace } from './chars';
import {
  ALL_MARKS,
  BACKWARD_MARKS,
  CLOSING_MARKS,
  FORWARD_MARKS,
  OPENING_MARKS,
  inCharacterClass,
  markGlyph,
  type MarkFamily,
} from './mark-glyphs';

/** A span between quotation marks, marks included ([start, end)). */
export interface MarkedSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** False when the span ends at its paragraph's end without a closing mark. */
  closed: boolean;
  /** Index of the block that holds it. */
  block: number;
  /** Set on the pieces of one quote that runs over several paragraphs (start of its first piece). */
  group?: number;
  /** True for the whole-block quote of a block quotation that has no marks of its own. */
  blockquote?: boolean;
  /** Speech set as a paragraph without marks (unmarked-speech.ts): after a reporting lead-in, a
   * Q&A answer, or a transcript turn. A reported claim, as PolNeAR annotates it. */
  unmarked?: 'lead-in' | 'answer' | 'turn';
  /** For an answer or a turn: where its speaker is named (the interviewee, the turn's label). */
  speakerAt?: [number, number];
  /** For unmarked speech over several paragraphs (a lead-in's run, an answer that goes on): the
   * start of its first paragraph. PolNeAR annotates such a run as one claim. */
  run?: number;
}

/** Characters after which a mark still opens ("(“", "—“", a mark nested in a mark). */
const OPEN_BEFORE = '([{—–-―/:' + OPENING_MARKS;
/** Characters before which a mark still closes ("”,", "”)", "’”"). */
const CLOSE_AFTER = '.,;:!?)]}…—–-―' + CLOSING_MARKS;
/** Every character that can start a mark, plus "<" for embedded-post placeholders. */
const MARK_SEARCH = new RegExp(`[${inCharacterClass(ALL_MARKS)}<]`, 'g');
/** Deeper nesting than this never happens in prose; the cap keeps hostile input linear. */
const MAX_DEPTH = 4;

interface Open {
  pos: number;
  len: number;
  family: MarkFamily;
}

/** Finds every quoted span in the article's blocks, in text order (outer before inner). */
export function findMarkedSpans(text: string, blocks: Block[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let carry: MarkedSpan | null = null; // an unclosed piece waiting for the next paragraph
  let opener: [number, [number, number]] | undefined; // the block a signature above it signs, and the name
  let post: MarkedSpan | undefined; // the last block quote's whole-block span
  const search = new ForwardSearch(MARK_SEARCH);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const found = pairBlock(text, block, b, search);
    const leading = firstContentIndex(text, block);
    const all = found.spans;
    const unclosed = found.unclosed;
    const next = blocks[b + 1];
    const nextOpens = next !== undefined && markAt(text, firstContentIndex(text, next)) !== null;
    let piece: MarkedSpan | null = null;
    // Close an unclosed opening mark at paragraph end only when it is plausibly a quote that runs
    // on: it opens the paragraph, the next paragraph opens with a mark, or a lead-in ending in a
    // name and a colon sets it off ("More from Ada Roe: “…" to the paragraph's end; not "Roe
    // tweeted: “…", nor "the report: “…", whose unclosed marks are more often typos than runs).
    // Otherwise it is a typo and is dropped rather than swallowing the rest of the text.
    if (
      unclosed &&
      (unclosed.pos === leading ||
        nextOpens ||
        /\b[A-Z][\w'’.-]*:\s$/.test(text.slice(Math.max(0, unclosed.pos - 40), unclosed.pos)))
    ) {
      piece = {
        start: unclosed.pos,
        end: block.end,
        innerStart: unclosed.pos + unclosed.len,
        innerEnd: block.end,
        closed: false,
        block: b,
      };
      let i = all.length;
      while (i > 0 && all[i - 1]!.start > piece.start) i--;
      all.splice(i, 0, piece);
    }
    // A piece of a multi-paragraph quote: the previous paragraph ended inside a quote and this
    // one opens with a mark.
    const head = all[0];
    if (carry && head && head.start === leading) {
      carry.group ??= carry.start;
      head.group = carry.group;
    }
    carry = piece && nextOpens ? piece : null;
    if (block.kind === 'blockquote' && !(head && head.start <= leading && head.end >= block.end - 1)) {
      // An embedded post signs its words ("… — Sen. Ada Roe (@SenRoe) May 1, 2024"), on their
      // line or on one of its own: the signer speaks, and the signature is no quote.
      const signed = signedBy(text, block);
      if (signed && signed.dash === leading) {
        // A line of its own signs the post's whole-block span, not the last quote inside the post.
        if (post?.block === b - 1) post.speakerAt = signed.name;
        // An embed may open with its signature ("A post shared by Ada Roe (@adaroe)" above the
        // caption): with no block quote before it, it signs the block quote after it.
        else if (blocks[b - 1]?.kind !== 'blockquote') opener = [b + 1, signed.name];
        for (const s of all) spans.push(s);
        continue;
      }
      // A TikTok post opens with its poster's handle ("@ada.roe Kyiv at dawn"), and no one else
      // speaks in it: the handle signs it.
      const handle = signed ? null : /^@([\w.]+)\s/.exec(text.slice(leading, leading + 40));
      let end = signed ? signed.dash : block.end;
      while (end > block.start && isSpace(text.charCodeAt(end - 1))) end--;
      post = {
        start: block.start,
        end,
        innerStart: block.start,
        innerEnd: end,
        closed: true,
        block: b,
        blockquote: true,
        ...(signed
          ? { speakerAt: signed.name }
          : handle
            ? { speakerAt: [leading + 1, leading + handle[0].trimEnd().length] as [number, number] }
            : opener?.[0] === b
              ? { speakerAt: opener[1] }
              : {}),
      };
      spans.push(post);
    }
    for (const s of all) spans.push(s);
  }
  return spans;
}

/** A post's signature at the end of its block: a dash (or Instagram's "A post shared by"), a name
 * of up to four capitalised words of any script ("Zezé Marinho") after at most one title
 * ("Sen."), each perhaps followed by up to two short lower-case particles, as a body's or a
 * person's name has them ("Royal Academy of Sciences", "Banco de la Nación", "Ruud van der
 * Hoek", "Omar bin Ali al-Roe"; without them the post fell to the speaker of the paragraph
 * before) or an ampersand, as a firm's name has it ("Roe & Lund LLP": without it the post fell to
 * a person named Roe), then perhaps the platform ("— Lake Aid on Facebook": no "on" inside the name, so the
 * platform is no part of it), "(@handle)" (dots allowed: "@ada.walks") and a date; or, from an account
 * with no name ("A post shared by @ada.walks"), the handle alone, which signs without its "@", or a
 * name in lower case before its handle or on a line of its own ("— ada (@ada.walks)"). Read
 * in the block's last 90 characters only. */
const SIGNED =
  /(?:^|\s)(?:[—–―-]|A post shared by)\s*(?:[A-Z][a-z]{1,4}\.\s)?@?((?:\p{Lu}[\p{L}\w.'’-]*\s(?:(?!on )\p{Ll}{1,4}[\s-]|&\s){0,2}){0,3}\p{Lu}[\p{L}\w'’-]*|(?<=@)[\w.]+|[\w.]+(?= \(@)|(?<=^[—–―-]\s*)[\w.]+)(?: on \p{Lu}\w*)?\s*(?:\(@[\w.]+\)[\w ,.]*)?$/u;

function signedBy(text: string, block: Block): { dash: number; name: [number, number] } | null {
  let end = block.end;
  while (end > block.start && isSpace(text.charCodeAt(end - 1))) end--;
  const from = Math.max(block.start, end - 90);
  const m = SIGNED.exec(text.slice(from, end));
  if (!m) return null;
  const at = from + m.index + m[0].search(/\S/);
  const name = from + m.index + m[0].indexOf(m[1]!);
  return { dash: at, name: [name, name + m[1]!.length] };
}

function firstContentIndex(text: string, block: Block): number {
  let i = block.start;
  while (i < block.end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The mark at i: its family and length, or null. Two apostrophes or two backticks are one
 * double mark (NYT style); a lone apostrophe is a single mark candidate. */
function markAt(text: string, i: number): { family: MarkFamily; len: number } | null {
  const c = text[i];
  if (c === undefined) return null;
  const glyph = markGlyph(c);
  if (!glyph) return null;
  if (glyph.doubles && text[i + 1] === c) return { family: 'double', len: 2 };
  return glyph.family ? { family: glyph.family, len: 1 } : null;
}

/** Pairs the marks of one block with a bounded stack; returns the closed spans (sorted by start)
 * and the outermost opening mark left unclosed at the block's end, if any. */
function pairBlock(
  text: string,
  block: Block,
  b: number,
  search: ForwardSearch,
): { spans: MarkedSpan[]; unclosed: Open | null } {
  const spans: MarkedSpan[] = [];
  const stack: Open[] = [];
  const end = block.end;
  // Jump from mark to mark: most characters are not marks, and a native class search is far
  // cheaper than a JavaScript loop over every character.
  let from = block.start;
  for (let i = search.next(text, from); i !== -1 && i < end; i = search.next(text, from)) {
    from = i + 1;
    const code = text.charCodeAt(i);
    if (code === 60 /* < */) {
      if (!text.startsWith('<tweet', i)) continue;
      // Embedded-post placeholders carry their own quoting; skip them whole.
      const close = text.indexOf('>', i);
      from = close === -1 || close > end ? end : close + 1;
      continue;
    }
    // Most marks are apostrophes inside words ("don't", "Clinton’s"): settled by character codes.
    if (
      (code === 0x2019 || (code === 39 && text.charCodeAt(i + 1) !== 39)) &&
      i > block.start &&
      i + 1 < end &&
      isAsciiAlnum(text.charCodeAt(i - 1)) &&
      isAsciiAlnum(text.charCodeAt(i + 1))
    )
      continue;
    const mark = markAt(text, i);
    if (!mark) continue;
    const { family, len } = mark;
    const c = text[i]!;
    const prev = i > block.start ? text[i - 1]! : '';
    const next = i + len < end ? text[i + len]! : '';
    const prevSpace = prev === '' || isSpace(prev.charCodeAt(0));
    const nextSpace = next === '' || isSpace(next.charCodeAt(0));
    if (family === 'single') {
      // Apostrophes are not marks: don't, O’Neill, '90s, rock 'n' roll.
      if (isWordChar(prev) && isWordChar(next)) continue;
      if (prevSpace && /[0-9]/.test(next)) continue;
      if (/[sz]/i.test(prev) && (nextSpace || /[.,;:!?)]/.test(next)) && !stack.some((o) => o.family === 'single'))
        continue;
    }
    const canOpen = (prevSpace || OPEN_BEFORE.includes(prev)) && !nextSpace;
    const canClose =
      !prevSpace && (nextSpace || CLOSE_AFTER.includes(next) || (family === 'double' && !isWordChar(next)));
    let opens: boolean;
    const openOfFamily = stack.some((o) => o.family === family);
    // French spacing ("« Nous restons », dit Roe"): a closing glyph after a space closes an open
    // mark that has a space after it, though a comma follows it.
    if (canOpen && !canClose)
      opens = !(
        BACKWARD_MARKS.includes(c) && stack.some((o) => o.family === family && isSpace(text.charCodeAt(o.pos + o.len)))
      );
    else if (canClose && !canOpen) opens = false;
    else if (FORWARD_MARKS.includes(c)) opens = true;
    else if (BACKWARD_MARKS.includes(c)) opens = false;
    else opens = !openOfFamily;
    if (opens && family === 'single' && !(prevSpace || OPEN_BEFORE.includes(prev))) continue; // a glued single mark never opens
    if (opens) {
      // Same-style marks do not nest with straight quotes unless the context insists ("A "B" C").
      if (stack.length < MAX_DEPTH) stack.push({ pos: i, len, family });
      from = i + len;
      continue;
    }
    // Closing: find the innermost open mark of this family; inner unclosed marks are dropped.
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.family !== family) k--;
    if (k < 0) {
      from = i + len;
      continue;
    } // stray closing mark (or an apostrophe after s)
    const open = stack[k]!;
    stack.length = k;
    spans.push({ start: open.pos, end: i + len, innerStart: open.pos + open.len, innerEnd: i, closed: true, block: b });
    from = i + len;
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const bottom = stack.find((o) => o.family === 'double') ?? null;
  return { spans: spans.filter((s) => s.innerEnd > s.innerStart), unclosed: bottom };
}

/** A letter or digit of any script; '' (no character) is none. */
function isWordChar(c: string): boolean {
  return isLetterOrDigit(c.charCodeAt(0));
}
