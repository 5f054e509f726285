// Every quotation-mark glyph the engine knows, in one table: which family it belongs to, which
// way it faces, and whether two in a row make one double mark. The pairing of marks, the sentence
// splitter and the tests for where a sentence starts or ends all read their characters from it,
// so a new mark style is one entry here.

/** A span closes only with a mark of the family that opened it. */
export type MarkFamily = 'double' | 'single';

export interface MarkGlyph {
  glyph: string;
  /** Its family on its own; null when it is a mark only when doubled (a lone backtick is not). */
  family: MarkFamily | null;
  /** Two in a row make one double mark (typewriter style: '' and ``). */
  doubles: boolean;
  /** Which way the glyph faces; a straight mark faces either way and its context decides. */
  facing: 'opens' | 'closes' | 'either';
}

export const MARK_GLYPHS: readonly MarkGlyph[] = [
  { glyph: '"', family: 'double', doubles: false, facing: 'either' },
  { glyph: '“', family: 'double', doubles: false, facing: 'opens' },
  { glyph: '”', family: 'double', doubles: false, facing: 'closes' },
  { glyph: '„', family: 'double', doubles: false, facing: 'opens' },
  { glyph: '«', family: 'double', doubles: false, facing: 'opens' },
  { glyph: '»', family: 'double', doubles: false, facing: 'closes' },
  { glyph: "'", family: 'single', doubles: true, facing: 'either' },
  { glyph: '‘', family: 'single', doubles: false, facing: 'opens' },
  { glyph: '’', family: 'single', doubles: false, facing: 'closes' },
  { glyph: '‚', family: 'single', doubles: false, facing: 'opens' },
  { glyph: '‹', family: 'single', doubles: false, facing: 'opens' },
  { glyph: '›', family: 'single', doubles: false, facing: 'closes' },
  { glyph: '`', family: null, doubles: true, facing: 'opens' },
];

// The strings and the map below are marked pure so that a bundle that never reads them (the
// content script reads only isMarkCharacter) leaves them out: a call is kept otherwise.
const glyphs = (keep: (g: MarkGlyph) => boolean) =>
  MARK_GLYPHS.filter(keep)
    .map((g) => g.glyph)
    .join('');

/** Every glyph that is, or doubles into, a quotation mark. */
export const ALL_MARKS = /* @__PURE__ */ glyphs(() => true);
/** Glyphs that face forward: they say "I open" when the context cannot tell. */
export const FORWARD_MARKS = /* @__PURE__ */ glyphs((g) => g.facing === 'opens');
/** Glyphs that face back: they say "I close" when the context cannot tell. */
export const BACKWARD_MARKS = /* @__PURE__ */ glyphs((g) => g.facing === 'closes');
/** Glyphs that can open a quotation (forward-facing or straight). */
export const OPENING_MARKS = /* @__PURE__ */ glyphs((g) => g.facing !== 'closes');
/** Glyphs that can close a quotation (backward-facing or straight). */
export const CLOSING_MARKS = /* @__PURE__ */ glyphs((g) => g.facing !== 'opens' && g.family !== null);
/** Double-family glyphs that can close a quotation. */
export const CLOSING_DOUBLE_MARKS = /* @__PURE__ */ glyphs((g) => g.facing !== 'opens' && g.family === 'double');

/** `s` with the characters that are special inside a regex character class escaped. */
export function inCharacterClass(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&');
}

/** Every glyph's char code marked in a lookup table: the tokenizer asks about every mark it reads. */
const MARK_CODES = new Uint8Array(Math.max(...Array.from(ALL_MARKS, (c) => c.charCodeAt(0))) + 1);
for (const c of ALL_MARKS) MARK_CODES[c.charCodeAt(0)] = 1;

/** Whether the char code is, or doubles into, a quotation mark. */
export function isMarkCharacter(c: number): boolean {
  return MARK_CODES[c] === 1;
}

const FAMILY_OF = /* @__PURE__ */ new Map(/* @__PURE__ */ MARK_GLYPHS.map((g) => [g.glyph, g]));

/** The glyph's entry in the table, or undefined when it is not a mark. */
export function markGlyph(c: string): MarkGlyph | undefined {
  return FAMILY_OF.get(c);
}
