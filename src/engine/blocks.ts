// Plain text as the engine's input: blank lines separate paragraphs (PolNeAR, .txt files), and
// the first line of a text is often its headline.
import type { Block } from './types';

/** Splits plain text into paragraph blocks at blank lines; a first line followed by a single
 * newline (a headline over the body) is a block of its own. Offsets point into `text`. */
export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    // Trim surrounding whitespace so a block's text starts and ends with content.
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) blocks.push({ start: from, end: to, kind: blocks.length === 0 && isHeadlineLike(text.slice(from, to)) ? 'heading' : 'paragraph' });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
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

/** A headline is one short line that does not end like a sentence of prose. */
function isHeadlineLike(line: string): boolean {
  return line.length < 200 && !line.includes('\n') && !/[.!?]["”’]?$/.test(line);
}
