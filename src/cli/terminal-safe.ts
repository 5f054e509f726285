// Page text is hostile input to a terminal: an escape sequence in a title or a quote could set
// the window title, clear the screen, recolour the output or plant a clickable link (OSC 8), and
// bidirectional controls can reorder what the reader sees. Everything from a page or an input
// file passes through here before it is printed, and comes out as visible, inert text.

/** C0 controls, DEL, C1 controls (a terminal may read U+009B as CSI), and the Unicode format
 * controls that reorder text (bidi embeddings, overrides, isolates and marks). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same less C0, which JSON.stringify escapes itself inside strings (and which, as the line
 * breaks of pretty-printed JSON, must stay as they are). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).padStart(digits, '0');

/** Text safe to print in a terminal on one line: each unsafe character becomes its escape as
 * written in JavaScript (`\x1b`, `\u202e`; `\n` and `\t` as themselves, escaped), so ESC [2J
 * prints as the six characters `\x1b[2J`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
  });
}

/** JSON text whose strings carry no raw control character: JSON.stringify already escapes C0,
 * but writes DEL, C1 and the bidi controls raw; these become \uXXXX escapes, which parse back
 * to the very same strings (outside string literals, JSON text holds none of them). */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
