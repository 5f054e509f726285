// The CLI's two inputs turned into annotations with the very code the extension runs: plain
// text goes straight to the engine; HTML is parsed with linkedom (a fast, small DOM for Node)
// and read by the same article finder and text index as the content script.
import { parseHTML } from 'linkedom';
import { analyze } from '../engine/analyze';
import type { Annotations, Block } from '../engine/types';
import { findArticle } from '../page/article';
import { pageByline } from '../page/byline';

/** Annotations of a plain-text article (blank lines separate paragraphs). */
export function extractText(text: string): Annotations {
  return analyze(text);
}

/** An HTML page's article as the extension reads it: its text, blocks and title (no engine run);
 * null when the page holds no article. */
export function readArticle(html: string): { text: string; blocks: Block[]; title: string; byline?: string } | null {
  const { document } = parseHTML(html);
  // linkedom splits a text node at each character reference ("Roe &amp; Lund" gives "Roe ", "&",
  // " Lund"); a browser's parser keeps one node, and the page reader's signature and quote-box
  // patterns read one node at a time: joined, the CLI reads a page as the extension does.
  document.documentElement.normalize();
  const doc = document as unknown as Document;
  const article = findArticle(doc);
  if (!article) return null;
  const byline = pageByline(doc);
  return {
    text: article.index.text,
    blocks: article.index.blocks,
    title: article.title,
    ...(byline ? { byline } : {}),
  };
}

/** Annotations of an HTML page's article, with the article `text` the offsets refer to; null
 * when the page holds no article. */
export function extractHtml(html: string): (Annotations & { text: string; title: string }) | null {
  const article = readArticle(html);
  if (!article) return null;
  const { text, blocks, title, byline } = article;
  return { title, text, ...analyze(text, { blocks, ...(byline ? { byline } : {}) }) };
}
