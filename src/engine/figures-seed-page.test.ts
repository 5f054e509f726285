// Regression check against the sample article's gold figures: every gold figure must come out of
// findFigures with the same span, kind and value. The article text is read from the committed
// fixture page; the gold stays in the shared data folder (skipped, loudly, when it is absent).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFigures } from './figures';
import { blocksFromPlainText } from './blocks';
import { SHARED_MISSING, sharedDir } from '../../test/tools/shared-data';

interface GoldFigure { text: string; kind: string; value: number | null }

/** The article's paragraphs, crudely: enough for figures, which never span markup. */
function articleText(html: string): string {
  const body = html.slice(html.indexOf('entry-content'), html.indexOf('id="respond"') > 0 ? html.indexOf('id="respond"') : undefined);
  const entities: Record<string, string> = { '&nbsp;': ' ', '&#8217;': '’', '&#8220;': '“', '&#8221;': '”', '&#8230;': '…', '&amp;': '&', '&#8211;': '–' };
  return [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&[#\w]+;/g, (e) => entities[e] ?? ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const dir = sharedDir();
const goldFile = dir ? path.join(dir, 'pages', 'dev', 'seed-deir-ezzor.gold.json') : '';
const run = dir && fs.existsSync(goldFile) ? test : test.skip;
if (!dir || !fs.existsSync(goldFile)) console.warn(SHARED_MISSING);

run('every gold figure of the sample article is found with its span, kind and value', () => {
  const text = articleText(fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/seed-deir-ezzor.html'), 'utf8'));
  const figures = findFigures(text, blocksFromPlainText(text));
  const gold = (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { figures: GoldFigure[] }).figures;
  const got = figures.map((f) => `${f.text}|${f.kind}|${f.value}`);
  // In order: short strings such as "9,000 militants" occur more than once.
  expect(got).toEqual(gold.map((g) => `${g.text}|${g.kind}|${g.value}`));
});
