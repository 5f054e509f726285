import { blocksFromPlainText } from './blocks';

const texts = (text: string) => blocksFromPlainText(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('blocksFromPlainText', () => {
  test('blank lines separate paragraphs; the first line is a headline when it reads like one', () => {
    expect(texts('Bridge to reopen\nThe bridge reopens today.\n\nIt was closed for a year.')).toEqual([
      ['heading', 'Bridge to reopen'],
      ['paragraph', 'The bridge reopens today.'],
      ['paragraph', 'It was closed for a year.'],
    ]);
  });

  test('a single line break after a sentence\'s end separates paragraphs too (text taken from web pages)', () => {
    expect(texts('Title\n\n“It is a dog whistle,” Rep. Ann Moe said Friday. “If indeed it is…\u00a0\n“I have been thinking,” added Rep. Jim Cole.')).toEqual([
      ['heading', 'Title'],
      ['paragraph', '“It is a dog whistle,” Rep. Ann Moe said Friday. “If indeed it is…'],
      ['paragraph', '“I have been thinking,” added Rep. Jim Cole.'],
    ]);
  });

  test('Windows line ends separate paragraphs the same way', () => {
    expect(texts('Bridge to reopen\r\nThe bridge reopens today.\r\n\r\nIt was closed.\r\nIt reopens in May.')).toEqual([
      ['heading', 'Bridge to reopen'],
      ['paragraph', 'The bridge reopens today.'],
      ['paragraph', 'It was closed.'],
      ['paragraph', 'It reopens in May.'],
    ]);
  });

  test('a line that wraps mid-sentence stays in its paragraph', () => {
    expect(texts('Title\n\nThe council met on Monday and\nvoted to close the bridge. It reopens in May.\n\nEnd.')).toEqual([
      ['heading', 'Title'],
      ['paragraph', 'The council met on Monday and\nvoted to close the bridge. It reopens in May.'],
      ['paragraph', 'End.'],
    ]);
  });
});
