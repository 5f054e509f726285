import { blocksFromPlainText } from './blocks';

const texts = (text: string) => blocksFromPlainText(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('blocksFromPlainText', () => {
  test.each<[string, string, string[][]]>([
    [
      'blank lines separate paragraphs; the first line is a headline when it reads like one',
      'Bridge to reopen\nThe bridge reopens today.\n\nIt was closed for a year.',
      [
        ['heading', 'Bridge to reopen'],
        ['paragraph', 'The bridge reopens today.'],
        ['paragraph', 'It was closed for a year.'],
      ],
    ],
    [
      "a single line break after a sentence's end separates paragraphs too (text taken from web pages)",
      'Title\n\n“It is a smoke screen,” Rep. Ann Moe said Monday. “If that is so…\u00a0\n“We are still waiting,” added Rep. Jim Cole.',
      [
        ['heading', 'Title'],
        ['paragraph', '“It is a smoke screen,” Rep. Ann Moe said Monday. “If that is so…'],
        ['paragraph', '“We are still waiting,” added Rep. Jim Cole.'],
      ],
    ],
    [
      'Windows line ends separate paragraphs the same way',
      'Bridge to reopen\r\nThe bridge reopens today.\r\n\r\nIt was closed.\r\nIt reopens in May.',
      [
        ['heading', 'Bridge to reopen'],
        ['paragraph', 'The bridge reopens today.'],
        ['paragraph', 'It was closed.'],
        ['paragraph', 'It reopens in May.'],
      ],
    ],
    [
      'a line that wraps mid-sentence stays in its paragraph',
      'Title\n\nThe council met on Monday and\nvoted to close the bridge. It reopens in May.\n\nEnd.',
      [
        ['heading', 'Title'],
        ['paragraph', 'The council met on Monday and\nvoted to close the bridge. It reopens in May.'],
        ['paragraph', 'End.'],
      ],
    ],
    [
      'a first line that ends like a sentence, closing mark and all, is no headline',
      'The bridge reopens today.”\nIt was closed for a year.',
      [
        ['paragraph', 'The bridge reopens today.”'],
        ['paragraph', 'It was closed for a year.'],
      ],
    ],
  ])('%s', (_name, text, blocks) => {
    expect(texts(text)).toEqual(blocks);
  });
});
