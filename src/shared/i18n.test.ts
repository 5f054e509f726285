import * as fs from 'node:fs';
import * as path from 'node:path';
import { lookupFromCatalog, setMessageLookup, t, type CatalogEntry } from './i18n';

const localesDir = path.join(__dirname, '..', '_locales');
const en = JSON.parse(fs.readFileSync(path.join(localesDir, 'en', 'messages.json'), 'utf8')) as Record<
  string,
  CatalogEntry
>;

describe('i18n', () => {
  afterEach(() => setMessageLookup(() => ''));

  // The unit tests render the UI through lookupFromCatalog, a stand-in for browser.i18n: these
  // two check that the stand-in substitutes as the browsers do.
  test('resolves named placeholders from positional substitutions, as the browsers do', () => {
    setMessageLookup(
      lookupFromCatalog({
        hello: {
          message: 'Hello $WHO$, you have $N$ items; $$5 each',
          placeholders: { who: { content: '$1' }, n: { content: '$2' } },
        },
      }),
    );
    expect(t('hello', 'Ana', 3)).toBe('Hello Ana, you have 3 items; $5 each');
  });

  test('shows the key when a message is missing, never an empty label', () => {
    setMessageLookup(lookupFromCatalog({}));
    expect(t('nothingHere')).toBe('nothingHere');
  });

  test('does not treat substitutions as patterns (page text can contain $1)', () => {
    setMessageLookup(lookupFromCatalog(en));
    expect(t('noMatches', '$1 $$ $QUERY$')).toBe('Nothing matches “$1 $$ $QUERY$”.');
  });

  test('every key is one the browsers accept (Chrome refuses to load the extension otherwise)', () => {
    expect(Object.keys(en).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });

  test('every placeholder a message uses is declared, and every declared one is used', () => {
    for (const [key, entry] of Object.entries(en)) {
      const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      const declared = new Set(Object.keys(entry.placeholders ?? {}));
      expect({ key, used: [...used].sort() }).toEqual({ key, used: [...declared].sort() });
    }
  });
});
