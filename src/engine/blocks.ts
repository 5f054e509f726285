// Plain text as the engine's input: blank lines separate paragraphs (PolNeAR, .txt files), and
// the first line of a text is often its headline.
import type { Block } from './types';
import { CLOSING_MARKS } from './mark-glyphs';

/** What may close a sentence after its full stop: a closing mark or a bracket. */
const SENTENCE_TAIL = CLOSING_MARKS + ')]';

/** Splits plain text into paragraph blocks at blank lines (and at line breaks after a sentence's
 * end); a first line followed by a single newline (a headline over the body) is a block of its
 * own. Offsets point into `text`. */
export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  // A blank line, or a single line break after a sentence's end: texts taken from web pages keep
  // some paragraphs apart by one newline ('…said Friday.\n“I have been …'), while a line that
  // merely wraps ends mid-sentence.
  // Windows line ends (\r\n) count the same.
  const separator = /\n(?:[ \t\u00a0\r]*\n\s*)?/g;
  let start = 0;
  const push = (from: number, to: number) => {
    // Trim surrounding whitespace so a block's text starts and ends with content.
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from)
      blocks.push({
        start: from,
        end: to,
        kind: blocks.length === 0 && isHeadlineLike(text.slice(from, to)) ? 'heading' : 'paragraph',
      });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    if (m[0].length === 1 && !(m.index > start && endsSentence(text, start, m.index))) continue;
    pushWithHeadline(start, m.index);
    start = m.index + m[0].length;
  }
  pushWithHeadline(start, text.length);
  return blocks;

  function pushWithHeadline(from: number, to: number) {
    const firstBreak = blocks.length === 0 ? text.indexOf('\n', from) : -1;
    if (firstBreak !== -1 && firstBreak < to) {
      push(from, firstBreak);
      push(firstBreak + 1, to);
    } else {
      push(from, to);
    }
  }
}

/** True when the line ending at `end` ends a sentence: . ! ? or …, then perhaps a closing mark
 * or bracket and spaces. */
function endsSentence(text: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i > from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || text[i] === '\r')) i--;
  if (i > from && SENTENCE_TAIL.includes(text[i]!)) i--;
  return '.!?…'.includes(text[i]!);
}

/** A headline is one short line that does not end like a sentence of prose. */
function isHeadlineLike(line: string): boolean {
  return line.length < 200 && !line.includes('\n') && !endsSentence(line, 0, line.length);
}
