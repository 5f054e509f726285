import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  SETTINGS_BYTE_BUDGET,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  disableSite,
  enableSite,
  isSiteDisabled,
  normalizeHost,
  validateSettings,
  type Settings,
} from './settings';

const withSites = (disabledSites: string[]): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), disabledSites });

describe('validateSettings', () => {
  test.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_, raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps valid values and drops unknown fields', () => {
    const raw = {
      version: 1,
      kinds: { direct: false, reported: true, figures: false, dates: true },
      style: 'underline',
      runMode: 'on-click',
      disabledSites: ['bbc.co.uk'],
      evil: '<script>',
    };
    expect(validateSettings(raw)).toEqual({
      version: SETTINGS_VERSION,
      kinds: { direct: false, reported: true, figures: false, dates: true },
      style: 'underline',
      runMode: 'on-click',
      disabledSites: ['bbc.co.uk'],
    });
  });

  test.each<[string, unknown, Partial<Settings>]>([
    ['a non-boolean kind', { kinds: { figures: 'no' } }, { kinds: DEFAULT_SETTINGS.kinds }],
    ['an unknown style', { style: 'blink' }, { style: 'fill' }],
    ['an unknown run mode', { runMode: 'never' }, { runMode: 'auto' }],
    [
      'sites that are not strings or hosts',
      { disabledSites: [42, null, 'not a host', 'https://www.Example.com/path'] },
      { disabledSites: ['example.com'] },
    ],
    ['duplicate sites', { disabledSites: ['a.com', 'www.a.com', 'A.COM'] }, { disabledSites: ['a.com'] }],
    ['sites given as an object', { disabledSites: { 0: 'a.com' } }, { disabledSites: [] }],
  ])('replaces %s by the default', (_, raw, expected) => {
    expect(validateSettings(raw)).toMatchObject(expected);
  });

  test('reads objects stored before versioning, and from a newer version, by their known fields', () => {
    expect(validateSettings({ style: 'underline' }).style).toBe('underline');
    expect(validateSettings({ version: SETTINGS_VERSION + 5, runMode: 'on-click', future: true })).toEqual({
      ...DEFAULT_SETTINGS,
      runMode: 'on-click',
    });
  });

  test('caps the site list so a save never exceeds the sync quota', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `site${i}.com`);
    const s = validateSettings({ disabledSites: many });
    expect(s.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(JSON.stringify(s).length).toBeLessThan(8192);
  });

  test('long host names are capped by bytes, not only by count (8,192 bytes per sync item)', () => {
    // 253-character names: 200 of them would take about 51 KB.
    const long = (i: number) =>
      `${String(i).padStart(3, '0')}${'a'.repeat(56)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`.slice(
        0,
        253,
      );
    const s = validateSettings({ disabledSites: Array.from({ length: 200 }, (_, i) => long(i)) });
    expect(s.disabledSites.length).toBeGreaterThan(0);
    expect(s.disabledSites.length).toBeLessThan(MAX_DISABLED_SITES);
    const stored = (x: Settings) => SETTINGS_KEY.length + JSON.stringify(x).length;
    expect(stored(s)).toBeLessThanOrEqual(SETTINGS_BYTE_BUDGET);
    // As many as fit: one more would not.
    expect(stored({ ...s, disabledSites: [...s.disabledSites, long(s.disabledSites.length)] })).toBeGreaterThan(
      SETTINGS_BYTE_BUDGET,
    );
    expect(SETTINGS_BYTE_BUDGET).toBeLessThan(8192);
    expect(disableSite(s, long(999))).toEqual({ ok: false, reason: 'full' });
  });
});

// A synced value comes from any install on any device, so it is hostile input (a version of
// -1e300 once made the read never return), and every page, the popup and the options page read
// the settings.
describe('hostile stored values', () => {
  const HOSTILE_VERSIONS: [string, unknown][] = [
    ['-1e7', -1e7],
    ['-1e300', -1e300],
    ['-Number.MAX_VALUE', -Number.MAX_VALUE],
    ['MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER],
    ['1e300', 1e300],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['-0', -0],
    ['0', 0],
    ['1.5', 1.5],
    ['"2"', '2'],
    ['a string', 'one'],
    ['null', null],
    ['an object', { valueOf: 5 }],
    ['an array', [1]],
    ['true', true],
  ];

  test.each(HOSTILE_VERSIONS)('a version of %s still reads the valid fields beside it', (_, version) => {
    expect(validateSettings({ version, style: 'underline', disabledSites: ['example.com'] })).toEqual({
      ...DEFAULT_SETTINGS,
      style: 'underline',
      disabledSites: ['example.com'],
    });
  });

  test.each<[string, Record<string, unknown>]>([
    ['kinds as an array', { kinds: [true, false] }],
    ['kinds as a string', { kinds: 'all' }],
    ['kinds with numbers and nulls', { kinds: { direct: 0, reported: null, figures: 1, dates: 'yes' } }],
    ['a style as an object', { style: { toString: 'underline' } }],
    ['a run mode as an array', { runMode: ['on-click'] }],
    ['sites as a string', { disabledSites: 'example.com' }],
    ['sites as nested arrays', { disabledSites: [['example.com'], [[[]]]] }],
    ['sites as numbers', { disabledSites: [1e300, NaN, -1] }],
    ['every field null', { version: null, kinds: null, style: null, runMode: null, disabledSites: null }],
  ])('%s gives the defaults for that field', (_, raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  test('a huge site list, sparse or full, and huge host strings are read only as far as needed', () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[5] = 'example.com';
    expect(validateSettings({ disabledSites: sparse }).disabledSites).toEqual(['example.com']);
    const full = new Array<string>(1_000_000).fill('example.org');
    expect(validateSettings({ disabledSites: full }).disabledSites).toEqual(['example.org']);
    const huge = 'x'.repeat(50_000_000);
    expect(validateSettings({ disabledSites: [huge, `${huge}.com`, 'example.net'] }).disabledSites).toEqual([
      'example.net',
    ]);
  });

  test('the result is always a valid settings object that survives a round trip', () => {
    const hostile: unknown[] = [
      ...HOSTILE_VERSIONS.map(([, version]) => ({ version })),
      {
        version: -1e300,
        kinds: { direct: false },
        style: 'underline',
        runMode: 'on-click',
        disabledSites: ['a.com', 42],
      },
      Object.create(null),
      new Date(0),
      /x/,
      new Map([['style', 'underline']]),
    ];
    for (const raw of hostile) {
      const s = validateSettings(raw);
      expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      expect(s.version).toBe(SETTINGS_VERSION);
      expect(validateSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
    }
  });
});

describe('normalizeHost', () => {
  test.each([
    ['bbc.co.uk', 'bbc.co.uk'],
    ['https://www.BBC.co.uk/news?x=1#top', 'bbc.co.uk'],
    ['  example.org:8080/path ', 'example.org'],
    ['user:pw@news.example.com', 'news.example.com'],
    ['localhost', 'localhost'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['not a host', ''],
    ['nodots', ''],
    ['-bad-.com', ''],
    ['', ''],
    ['javascript:alert(1)', ''],
    ['a..b.com', ''],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  test('copes with a huge input', () => {
    expect(normalizeHost('a'.repeat(1_000_000) + '.com')).toBe('');
  });
});

describe('site switches', () => {
  test.each([
    ['news.example.com', ['example.com'], true],
    ['www.example.com', ['example.com'], true],
    ['example.com', ['news.example.com'], false],
    ['badexample.com', ['example.com'], false],
  ])('%s disabled by %j: %s', (host, sites, expected) => {
    expect(isSiteDisabled(withSites(sites), host)).toBe(expected);
  });

  test('enableSite removes every entry that covers the host, and only those', () => {
    const s = enableSite(withSites(['example.com', 'news.example.com', 'other.org']), 'www.news.example.com');
    expect(s.disabledSites).toEqual(['other.org']);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(false);
  });

  test('disableSite adds a normalised host, keeps the list sorted and says why it refuses', () => {
    const added = disableSite(withSites(['zeit.de']), 'https://www.BBC.co.uk/news');
    expect(added).toEqual({ ok: true, settings: expect.objectContaining({ disabledSites: ['bbc.co.uk', 'zeit.de'] }) });
    expect(disableSite(withSites([]), 'not a site')).toEqual({ ok: false, reason: 'invalid' });
    const full = withSites(Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `s${i}.com`));
    expect(disableSite(full, 'new.com')).toEqual({ ok: false, reason: 'full' });
    expect(disableSite(full, 's1.com')).toEqual({ ok: true, settings: full });
  });
});
