/** @jest-environment jsdom */
import { pageKey } from './page-key';

/** The key of a document at `url` with `head` markup. */
function keyOf(url: string, head: string): string {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  return pageKey(doc, url);
}

describe('the key a page’s corrections are kept under', () => {
  test('its own address, without the fragment and tracking parameters', () => {
    expect(keyOf('https://news.example/a?id=7&utm_source=x&fbclid=y#comments', '')).toBe('https://news.example/a?id=7');
  });

  test('a same-origin canonical link (or og:url) is the key, relative ones resolved', () => {
    expect(keyOf('https://news.example/amp/a?x=1', '<link rel="Canonical" href="/a">')).toBe('https://news.example/a');
    expect(keyOf('https://news.example/p', '<meta property="og:url" content="https://news.example/q">')).toBe(
      'https://news.example/q',
    );
  });

  test('a canonical on another origin, or not a URL, is not believed', () => {
    expect(keyOf('https://evil.example/a', '<link rel="canonical" href="https://news.example/a">')).toBe(
      'https://evil.example/a',
    );
    expect(keyOf('https://news.example/a', '<link rel="canonical" href="http://[bad">')).toBe('https://news.example/a');
  });
});
