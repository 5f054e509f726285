// Regression check against the sample article's gold figures: every gold figure must come out of
// findFigures with the same text, kind and value. The article is read from the committed fixture
// page as the extension reads it; the gold stays in the shared data folder (the test fails
// without it). Here, outside the layers, because it joins the CLI's article reader and the engine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFigures } from '../../src/engine/figures';
import { readArticle } from '../../src/cli/extract';
import { sharedPathOrFail } from '../tools/shared-data';

interface GoldFigure {
  text: string;
  kind: string;
  value: number | null;
}

test('every gold figure of the sample article is found with its text, kind and value', () => {
  const { text, blocks } = readArticle(
    fs.readFileSync(path.resolve(__dirname, '../fixtures/seed-deir-ezzor.html'), 'utf8'),
  )!;
  const figures = findFigures(text, blocks);
  const goldFile = sharedPathOrFail('pages', 'dev', 'seed-deir-ezzor.gold.json');
  const gold = (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { figures: GoldFigure[] }).figures;
  const got = figures.map((f) => `${f.text}|${f.kind}|${f.value}`);
  // In order: short strings such as "9,000 militants" occur more than once.
  expect(got).toEqual(gold.map((g) => `${g.text}|${g.kind}|${g.value}`));
});
