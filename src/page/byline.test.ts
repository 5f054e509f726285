import { parseHTML } from 'linkedom';
import { pageByline, personName } from './byline';

const page = (head: string, body = '<p>Text.</p>') =>
  parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('personName', () => {
  test.each([
    ['By Ada Lund', 'Ada Lund'],
    ['  Ada   Lund ', 'Ada Lund'],
    ['ADA LUND', 'Ada Lund'],
    ["Siobhán O'Neill-Park", "Siobhán O'Neill-Park"],
    ['Ana de la Vega', 'Ana de la Vega'],
    ['Femke ter Horst', 'Femke ter Horst'],
    ['Sander van den Bogaard', 'Sander van den Bogaard'],
    ['J. R. Tolliver', 'J. R. Tolliver'],
  ])('%s is one writer', (raw, name) => expect(personName(raw)).toBe(name));

  test.each([
    ['an outlet', 'Associated Press'],
    ['a desk', 'Metro Desk'],
    ['a single word', 'Lund'],
    ['a link', 'https://example.com/by/ada-lund'],
    ['a handle', '@adalund'],
    ['lower case', 'ada lund'],
    ['a sentence', 'Ada Lund is our science correspondent in Oslo'],
    ['staff', 'Herald Staff'],
  ])('%s is no writer', (_, raw) => expect(personName(raw)).toBeNull());
});

describe('pageByline', () => {
  test('reads the author meta tag', () => {
    expect(pageByline(page('<meta name="author" content="Ada Lund">'))).toBe('Ada Lund');
  });

  test('skips a link in one field for a name in the next', () => {
    const head =
      '<meta property="article:author" content="https://example.com/by/ada-lund"><meta itemprop="author" content="Ada Lund">';
    expect(pageByline(page(head))).toBe('Ada Lund');
    const query =
      '<meta property="article:author" content="https://example.com/by?id=7&amp;s=1"><meta itemprop="author" content="Ada Lund">';
    expect(pageByline(page(query))).toBe('Ada Lund');
  });

  test('reads one author from JSON-LD, inside a graph', () => {
    const ld = {
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Tom Ray' } }],
    };
    expect(pageByline(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`))).toBe('Tom Ray');
  });

  test('several writers name no one: "I" is not one of them', () => {
    const ld = { '@type': 'NewsArticle', author: [{ name: 'Tom Ray' }, { name: 'Ada Lund' }] };
    expect(pageByline(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`))).toBeNull();
    expect(pageByline(page('<meta name="author" content="Tom Ray and Ada Lund">'))).toBeNull();
    expect(pageByline(page('<meta name="author" content="Tom Ray, Ada Lund">'))).toBeNull();
  });

  test('broken JSON-LD and markup without metadata give no name and throw nothing', () => {
    expect(pageByline(page('<script type="application/ld+json">{"author": {"name": "Tom</script>'))).toBeNull();
    expect(pageByline(page(''))).toBeNull();
  });

  test('falls back to microdata and rel=author in the page', () => {
    const micro = '<span itemprop="author" itemscope><span itemprop="name">Ada Lund</span></span>';
    expect(pageByline(page('', micro))).toBe('Ada Lund');
    expect(pageByline(page('', '<a rel="author" href="/ada">By Ada Lund</a>'))).toBe('Ada Lund');
    expect(pageByline(page('', '<a rel="author" href="/ada">More from our writers</a>'))).toBeNull();
  });
});
