// The article gate's typed metadata, weighed together: a schema.org article type wins over a
// generic og:type, and the content script's gate agrees with the command line's reading.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { declaredPageKind, findArticle, looksLikeArticle } from '../../src/page/article';
import { readArticle } from '../../src/cli/extract';

const load = (html: string) => parseHTML(html).document as unknown as Document;
const head = (inner: string) => load(`<!doctype html><html><head>${inner}</head><body><p>Short.</p></body></html>`);
const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":${type}}</script>`;
const FIXTURES = path.join(__dirname, '..', 'fixtures');

test.each<[string, string, 'article' | 'not-article' | null]>([
  [
    'og:type video.other, JSON-LD NewsArticle',
    `<meta property="og:type" content="video.other">${ld('"NewsArticle"')}`,
    'article',
  ],
  [
    'og:type video.other, JSON-LD ReportageNewsArticle in a list',
    `<meta property="og:type" content="video.other">${ld('["WebPage","ReportageNewsArticle"]')}`,
    'article',
  ],
  [
    'og:type product, microdata BlogPosting',
    '<meta property="og:type" content="product"><meta itemtype="https://schema.org/BlogPosting">',
    'article',
  ],
  ['og:type video.other alone', '<meta property="og:type" content="video.other">', 'not-article'],
  [
    'og:type video.other, JSON-LD VideoObject',
    `<meta property="og:type" content="video.other">${ld('"VideoObject"')}`,
    'not-article',
  ],
  ['og:type product, JSON-LD Product', `<meta property="og:type" content="product">${ld('"Product"')}`, 'not-article'],
  ['og:type article', '<meta property="og:type" content="article">', 'article'],
  ['og:type website', '<meta property="og:type" content="website">', null],
  ['nothing', '', null],
])('%s: %s', (_, markup, kind) => {
  expect(declaredPageKind(head(markup))).toBe(kind);
});

test('a story whose og:type is video.other but whose JSON-LD is a NewsArticle: the extension reads it, as the CLI does', () => {
  const html = fs.readFileSync(path.join(FIXTURES, 'video-other-article.html'), 'utf8');
  const doc = load(html);
  expect(looksLikeArticle(doc)).toBe(true);
  expect(findArticle(doc)?.index.text).toContain('People told us they wanted a way across');
  expect(readArticle(html)?.text).toBe(findArticle(doc)?.index.text);
});

test('on every bundled fixture with typed article metadata, the extension (gate, then reader) and the CLI find the same article', () => {
  const files = [
    ...fs.readdirSync(FIXTURES),
    ...fs.readdirSync(path.join(FIXTURES, 'pages')).map((f) => `pages/${f}`),
  ].filter((f) => f.endsWith('.html'));
  const disagree: string[] = [];
  for (const file of files) {
    const html = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const doc = load(html);
    if (declaredPageKind(doc) !== 'article') continue;
    const extension = looksLikeArticle(doc) ? (findArticle(doc)?.index.text ?? null) : null;
    if (extension !== (readArticle(html)?.text ?? null)) disagree.push(file);
  }
  expect(disagree).toEqual([]);
});
