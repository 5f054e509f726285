// Reading the CLI's input in bounded memory: a stream is read in chunks and given up as soon
// as it passes the cap, so /dev/zero or a runaway pipe ends with an error instead of eating
// gigabytes (the whole input is never read first and measured after).
import type { Readable } from 'node:stream';

/** The most the CLI reads: a whole input (extract FILE), or one line of a JSON Lines stream.
 * The largest real news pages are a few MB of HTML, and a run takes tens of times its input in
 * memory (measured: 0.67 GB peak for 9.9 MB of text, 1.07 GB for 20 MB of HTML), so more is
 * refused rather than read. */
export const MAX_INPUT_BYTES = 10_000_000;

/** Thrown when an input passes MAX_INPUT_BYTES (or the cap given). */
export class InputTooLargeError extends Error {
  constructor(readonly cap: number) {
    super(`input is larger than ${formatBytes(cap)}, the most quote-lens reads`);
  }
}

export const formatBytes = (bytes: number) => (bytes % 1_000_000 === 0 ? `${bytes / 1_000_000} MB` : `${bytes} bytes`);

/** The whole stream as UTF-8 text; rejects with InputTooLargeError as soon as it passes `cap`
 * bytes, and destroys the stream then (nothing more is read). */
export async function readCapped(stream: Readable, cap = MAX_INPUT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buf.length;
      if (total > cap) throw new InputTooLargeError(cap);
      chunks.push(buf);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/** One line of a line-oriented input: its 1-based number, and its text (without the line
 * break), or null when it passed the cap. */
export interface InputLine {
  n: number;
  text: string | null;
}

/** The stream's lines (LF or CRLF), each held in memory only up to `cap` bytes. A longer line
 * is yielded as `text: null` as soon as it passes the cap (not when it ends: an endless line
 * gets its answer too), and the rest of it is skipped unread into memory, so the lines after
 * it keep their numbers. A final line without a break counts; a break at the very end adds none. */
export async function* readLines(stream: Readable, cap = MAX_INPUT_BYTES): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  /** The current line passed the cap and was reported: skip to its end. */
  let skipping = false;
  let n = 0;
  const endLine = (): InputLine | null => {
    let line: InputLine | null = null;
    if (!skipping) {
      const text = Buffer.concat(parts, length).toString('utf8');
      line = { n: ++n, text: text.endsWith('\r') ? text.slice(0, -1) : text };
    }
    parts = [];
    length = 0;
    skipping = false;
    return line;
  };
  /** Adds a piece to the current line; the line's report when this piece takes it over the cap. */
  const take = (piece: Buffer): InputLine | null => {
    if (skipping || !piece.length) return null;
    length += piece.length;
    if (length <= cap) {
      parts.push(piece);
      return null;
    }
    skipping = true;
    parts = [];
    return { n: ++n, text: null };
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let from = 0;
      for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
        const over = take(buf.subarray(from, nl));
        if (over) yield over;
        const line = endLine();
        if (line) yield line;
        from = nl + 1;
      }
      const over = take(buf.subarray(from));
      if (over) yield over;
    }
    if (length && !skipping) yield endLine()!;
  } finally {
    stream.destroy();
  }
}
