// The article finder on the real dev pages: every gold quote and figure must be in the extracted
// text, and what the gold says sits outside the article (captions, video UI, related links) must
// not. Reads ../shared at run time; fails when it is absent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle, looksLikeArticle } from './article';
import { sharedPathOrFail } from '../../test/tools/shared-data';
import { normalizeText, type PageGold } from '../../test/tools/eval-pages';

const pagesDir = sharedPathOrFail('pages', 'dev');
const pages = fs
  .readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** Whether `needle` occurs in `hay` as a whole token run ("00" is not inside "$1000"). */
function occurs(hay: string, needle: string): boolean {
  const n = normalizeText(needle);
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}$])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(hay);
}

/** Gold notes that put an item outside the article body. */
const OUTSIDE = /outside scope|\(outside|caption|video player|related-story/i;

test('the dev pages are there', () => {
  expect(pages.length).toBeGreaterThan(10);
});

const extracted = new Map<string, { text: string; blocks: number; gate: boolean }>();
beforeAll(() => {
  for (const file of pages) {
    const doc = parseHTML(fs.readFileSync(path.join(pagesDir, file), 'utf8')).document as unknown as Document;
    const article = findArticle(doc);
    extracted.set(file, {
      text: normalizeText(article?.index.text ?? ''),
      blocks: article?.index.blocks.length ?? 0,
      gate: looksLikeArticle(doc),
    });
  }
});

describe.each(pages)('%s', (file) => {
  test('is taken for an article and yields a body of text', () => {
    const e = extracted.get(file)!;
    expect(e.gate).toBe(true);
    expect(e.text.length).toBeGreaterThan(1000);
    expect(e.blocks).toBeGreaterThan(4);
  });

  const goldFile = path.join(pagesDir, file.replace(/\.html$/, '.gold.json'));
  if (!fs.existsSync(goldFile)) return;
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as PageGold;

  // Gold lists one entry per occurrence in document order, so each is looked for after the
  // previous one: a fragment repeated in a part we dropped is not excused by a later full quote.
  const missingInOrder = (text: string, items: string[]) => {
    let cursor = 0;
    const missing: string[] = [];
    for (const item of items) {
      const at = text.indexOf(normalizeText(item), cursor);
      if (at < 0) missing.push(item);
      else cursor = at + 1;
    }
    return missing;
  };

  test('holds every gold quote, in order', () => {
    expect(
      missingInOrder(
        extracted.get(file)!.text,
        gold.quotes.map((q) => q.quote),
      ),
    ).toEqual([]);
  });

  test('holds every gold figure, in order', () => {
    expect(
      missingInOrder(
        extracted.get(file)!.text,
        gold.figures.map((f) => f.text),
      ),
    ).toEqual([]);
  });

  test('leaves out what the gold places outside the article', () => {
    const { text } = extracted.get(file)!;
    const outside = [...(gold.non_quotes ?? []), ...(gold.non_figures ?? [])].filter((n) => OUTSIDE.test(n.why));
    expect(outside.filter((n) => occurs(text, n.text)).map((n) => n.text)).toEqual([]);
  });
});

// The browser hides some of a page by style, which Node cannot see. On yahoo-3 Chromium hides the
// video player's control bar and pause screen and the ad slots; a body chosen from what is visible
// took in the "Recommended for You" stream beside the story. It must be the same article either way.
test('yahoo-3 reads the same article with the parts the browser hides hidden', () => {
  const file = 'yahoo-3.html';
  const doc = parseHTML(fs.readFileSync(path.join(pagesDir, file), 'utf8')).document as unknown as Document;
  const hiddenInBrowser = /\b(?:yvp-bottom-bar|pause-screen|yom-ad)\b/;
  const article = findArticle(doc, { isHidden: (el) => hiddenInBrowser.test(el.getAttribute('class') ?? '') });
  expect(normalizeText(article?.index.text ?? '')).toBe(extracted.get(file)!.text);
});
