// The quotation-mark table is the one place the engine learns a mark style: these tests check
// that the tokenizer's character test, the pairing and the sentence splitter all read it.
import { ALL_MARKS, MARK_GLYPHS, isMarkCharacter } from './mark-glyphs';
import { findMarkedSpans } from './quote-marks';
import { splitSentences } from './sentences';
import { blocksFromPlainText } from './blocks';

test('the character test knows exactly the glyphs of the table', () => {
  const found: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isMarkCharacter(c)) found.push(String.fromCharCode(c));
  expect(found.sort()).toEqual(Array.from(ALL_MARKS).sort());
});

test('every glyph that is a mark on its own pairs with a mark of its family into a quote', () => {
  const closerOf = (family: string) => MARK_GLYPHS.find((g) => g.family === family && g.facing === 'closes')!.glyph;
  for (const g of MARK_GLYPHS) {
    if (!g.family || g.facing === 'closes') continue;
    const text = `He said ${g.glyph}we will win${g.facing === 'either' ? g.glyph : closerOf(g.family)} on Monday.`;
    const spans = findMarkedSpans(text, blocksFromPlainText(text));
    expect([g.glyph, spans.map((s) => text.slice(s.innerStart, s.innerEnd))]).toEqual([g.glyph, ['we will win']]);
  }
});

test('a sentence ends after a closing mark of any style', () => {
  for (const close of ['”', '»', '"', '’']) {
    const text = `He said it was over.${close} Then he left the room.`;
    expect(splitSentences(text, 0, text.length)).toHaveLength(2);
  }
});
