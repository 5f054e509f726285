// The English catalogue against every UI source: each key the code uses exists, each key built
// from a value exists for every value, each key is used. Here, outside the layers, because it reads
// the popup's, the options' and the shared tables together.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CatalogEntry } from '../../src/shared/i18n';
import { CLAIM_VIAS, EVIDENCE_PLACES, FIGURE_KINDS, SPEAKER_KINDS } from '../../src/engine/types';
import { claimViaKey, evidencePlaceKey } from '../../src/shared/evidence';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES } from '../../src/shared/settings';
import { FIGURE_SORTS } from '../../src/popup/view-model';
import { EXPORT_FILES } from '../../src/popup/export';

const localesDir = path.join(__dirname, '..', '..', 'src', '_locales');
const en = JSON.parse(fs.readFileSync(path.join(localesDir, 'en', 'messages.json'), 'utf8')) as Record<
  string,
  CatalogEntry
>;
const sourceDir = path.join(__dirname, '..', '..', 'src');

/** Every t('key') and t(`prefix_${…}`) in the UI sources, so no key is shown raw to users. */
function keysUsedInSource(): { exact: Set<string>; prefixes: Set<string>; literals: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  /** Every quoted word in the sources: keys reached through a table ('optionsRun_auto'). */
  const literals = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const src = fs.readFileSync(file, 'utf8');
        for (const m of src.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) exact.add(m[1]!);
        for (const m of src.matchAll(/\bt\(`([A-Za-z0-9_]+)\$\{/g)) prefixes.add(m[1]!);
        for (const m of src.matchAll(/'([A-Za-z0-9_]+)'/g)) literals.add(m[1]!);
      }
    }
  };
  for (const dir of ['popup', 'options', 'background', 'page', 'shared'])
    if (fs.existsSync(path.join(sourceDir, dir))) walk(path.join(sourceDir, dir));
  return { exact, prefixes, literals };
}

/** The keys the code builds from a value (prefix + value), with every value it can pass. */
const families: [string, readonly string[]][] = [
  ['figureKind_', FIGURE_KINDS],
  ['speakerKind_', SPEAKER_KINDS],
  ['sort_', FIGURE_SORTS],
  ['optionsKind_', Object.keys(DEFAULT_SETTINGS.kinds)],
  ['optionsStyle_', HIGHLIGHT_STYLES],
  ['exportAs_', Object.keys(EXPORT_FILES)],
  ['format_', Object.keys(EXPORT_FILES)],
  ['evidencePlace_', EVIDENCE_PLACES.map(evidencePlaceKey)],
  ['claimVia_', CLAIM_VIAS.map(claimViaKey)],
];

describe('the English catalogue', () => {
  test('the English catalogue has every key the popup and options use', () => {
    const { exact } = keysUsedInSource();
    expect(exact.size).toBeGreaterThan(20);
    const missing = [...exact].filter((k) => !en[k]);
    expect(missing).toEqual([]);
  });

  test('keys built from a value exist for every value the code can pass', () => {
    const { prefixes } = keysUsedInSource();
    // Every prefix the sources build keys from is listed here with its values.
    expect([...prefixes].sort()).toEqual(families.map(([p]) => p).sort());
    const missing = families.flatMap(([prefix, values]) => values.map((v) => prefix + v)).filter((k) => !en[k]);
    expect(missing).toEqual([]);
  });

  test('every key in the catalogue is used (by t(), a key table, a built key or the manifest)', () => {
    const { prefixes, literals } = keysUsedInSource();
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.json'), 'utf8');
    // A built key counts as used only for a value the code can pass, not for its prefix alone.
    const built = new Set(families.flatMap(([prefix, values]) => values.map((v) => prefix + v)));
    expect(prefixes.size).toBeGreaterThan(0);
    const used = (k: string) => literals.has(k) || built.has(k) || manifest.includes(`__MSG_${k}__`);
    expect(Object.keys(en).filter((k) => !used(k))).toEqual([]);
  });
});
