import { blocksFromPlainText } from './blocks';
import { findMarkedSpans } from './quote-marks';

/** The quoted strings (marks included) found in a plain text, and whether each closed. */
function quoted(text: string): string[] {
  return findMarkedSpans(text, blocksFromPlainText(text)).map(
    (s) => text.slice(s.start, s.end) + (s.closed ? '' : ' [open]'),
  );
}

describe('findMarkedSpans', () => {
  test.each<[string, string, string[]]>([
    ['straight double', 'He said "we will win" today.', ['"we will win"']],
    ['curly double', 'He said “we will win” today.', ['“we will win”']],
    ['NYT two apostrophes', "''This isn't real reform,'' said Ms. Lund.", ["''This isn't real reform,''"]],
    ['guillemets', 'Il a dit «nous gagnerons» hier.', ['«nous gagnerons»']],
    ['spaced guillemets before a comma', '« Nous restons », dit Roe. ("We stay.")', ['« Nous restons »', '"We stay."']],
    ['German marks facing in', 'Er sagte: »Wir bleiben«, sagte Roe.', ['»Wir bleiben«']],
    ['low-high German marks', 'Er sagte „wir gewinnen“ heute.', ['„wir gewinnen“']],
    ['single marks as quotes', "The Odds Look 'Grim.'", ["'Grim.'"]],
    ['apostrophes are not marks', "Don't say it's the '90s or Jones' fault.", []],
    ['curly apostrophes are not marks', 'Clinton’s team won’t go.', []],
    ['wrong-facing opening mark', '”Fear. I am afraid,” she said.', ['”Fear. I am afraid,”']],
    [
      'nested single inside double',
      '“He told me ‘no way’ twice,” she said.',
      ['“He told me ‘no way’ twice,”', '‘no way’'],
    ],
    ['mixed straight and curly', '"Minibars lose money,” he said.', ['"Minibars lose money,”']],
    ['possessive s-apostrophe inside quote', '“The workers’ union agreed,” he said.', ['“The workers’ union agreed,”']],
    ['two quotes around a cue', '“A,” she said, “B.”', ['“A,”', '“B.”']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('a quote over several paragraphs gives one piece per paragraph with a shared group', () => {
    const text = 'Intro line.\n\n“First part of it.\n\n“Second part,” she said.';
    const spans = findMarkedSpans(text, blocksFromPlainText(text));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.closed])).toEqual([
      ['“First part of it.', false],
      ['“Second part,”', true],
    ]);
    expect(spans[0]!.group).toBe(spans[0]!.start); // a group is named by its first piece's start
    expect(spans[1]!.group).toBe(spans[0]!.group);
  });

  test('an unclosed mark mid-paragraph that is not continued is dropped, not run to the end', () => {
    const text = 'He said “we will see and then left.\n\nThe next paragraph is narration.';
    expect(quoted(text)).toEqual([]);
  });

  test('an unclosed mark after a colon lead-in closes at the paragraph end; one after a verb does not', () => {
    const text = 'More from Ada Roe: “Turnout rose to 61 percent. The rest voted by post.\n\nNarration again.';
    expect(quoted(text)).toEqual(['“Turnout rose to 61 percent. The rest voted by post. [open]']);
    const said = 'Ada Roe said “turnout rose to 61 percent and then left.\n\nNarration again.';
    expect(quoted(said)).toEqual([]);
    const wrote = 'Roe wrote: “Turnout rose to 61 percent.\n\nNarration again.';
    expect(quoted(wrote)).toEqual([]);
  });

  test('an unclosed mark that opens a paragraph closes at the paragraph end', () => {
    const text = 'Title line\n\n“This runs to the end of the paragraph.\n\nNarration again.';
    expect(quoted(text)).toEqual(['“This runs to the end of the paragraph. [open]']);
  });

  test('a block quotation without marks is one quote', () => {
    const text = 'We shall fight on the beaches.';
    const spans = findMarkedSpans(text, [{ start: 0, end: text.length, kind: 'blockquote' }]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: text.length, blockquote: true });
  });

  test('an embedded post signed under its words: the signature is no quote and names who speaks', () => {
    const text = 'Ports will stay open all week.\n\n— Gov. Ida Marsh (@GovMarsh) March 3, 2025';
    const spans = findMarkedSpans(
      text,
      blocksFromPlainText(text).map((b) => ({ ...b, kind: 'blockquote' as const })),
    );
    expect(spans).toHaveLength(1);
    expect(text.slice(...spans[0]!.speakerAt!)).toBe('Ida Marsh');
    const one = 'Ports will stay open all week. — Ida Marsh (@GovMarsh) March 3, 2025';
    const [span] = findMarkedSpans(one, [{ start: 0, end: one.length, kind: 'blockquote' }]);
    expect(one.slice(span!.start, span!.end)).toBe('Ports will stay open all week.');
    expect(one.slice(...span!.speakerAt!)).toBe('Ida Marsh');
  });

  test('a signature line under a post that quotes someone signs the whole post, not the quote', () => {
    const text =
      'Mayor Lev Dunn told the council: "The bridge reopens Monday." Details on our page.\n\n' +
      '— Port of Calder (@PortCalder) June 4, 2026';
    const spans = findMarkedSpans(
      text,
      blocksFromPlainText(text).map((b) => ({ ...b, kind: 'blockquote' as const })),
    );
    const post = spans.find((s) => s.blockquote)!;
    expect(text.slice(post.start, post.end)).toMatch(/^Mayor Lev Dunn .* our page\.$/);
    expect(text.slice(...post.speakerAt!)).toBe('Port of Calder');
    const inner = spans.find((s) => !s.blockquote)!;
    expect(text.slice(inner.start, inner.end)).toBe('"The bridge reopens Monday."');
    expect(inner.speakerAt).toBeUndefined();
  });

  test('embedded post placeholders are skipped', () => {
    expect(quoted('See <tweet text="a "b" c"> and "real words" here.')).toEqual(['"real words"']);
  });

  test('hostile input: thousands of marks do not throw, and every span is inside the text', () => {
    // Time is the bench's business; growth with size is checked in test/unit/hostile-input.test.ts.
    for (const unit of ['"', '“', '‘', "'", "''", '„“”«»']) {
      const text = unit.repeat(200_000) + ' word ' + ('a' + unit).repeat(50_000);
      const spans = findMarkedSpans(text, blocksFromPlainText(text));
      for (const s of spans) expect(s.start >= 0 && s.end <= text.length && s.start < s.end).toBe(true);
    }
  });
});
