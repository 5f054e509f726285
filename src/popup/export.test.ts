import { citeQuote, csvField, escapeMarkdown, exportCsv, exportFileName, exportJson, exportMarkdown } from './export';
import { sampleReport } from './sample-report';

/** A minimal RFC 4180 reader, to check the CSV round-trips rather than eyeball it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('exportMarkdown', () => {
  test('lists speakers by quote count with their quotes, then the figures table', () => {
    expect(exportMarkdown(sampleReport())).toBe(
      [
        '# Russia ends operations near Deir ez-Zor',
        '',
        'Source: <https://example.org/news/deir-ezzor>',
        '',
        'Speakers: 3 · Quotes: 5 · Figures: 3',
        '',
        '## Sourcing',
        '',
        '- Named people: 2 · Organisations: 1 · Documents: 0 · Anonymous or unclear: 1',
        '- Share of the 31 quoted words: Vladimir Putin: 35% (11 words); Sergei Shoigu: 29% (9 words); Russian Defense Ministry: 23% (7 words); Speaker unclear: 13% (4 words)',
        "- Figures claimed by a source: 2 · The outlet's own figures: 1",
        '',
        '## Quotes',
        '',
        '### Sergei Shoigu, Russian Defense Minister',
        '',
        '- “Some 9,000 militants have surrendered themselves,” _(direct quote)_',
        '- “a complete rout” _(partial quote)_',
        '',
        '### Vladimir Putin, President',
        '',
        '- “I order the withdrawal of the main part of our military,” _(direct quote)_',
        '',
        '### Russian Defense Ministry',
        '',
        '- the air force had flown 17,800 sorties _(reported)_',
        '',
        '### Speaker unclear',
        '',
        '- “We will not stop,” _(direct quote)_',
        '',
        '## Figures',
        '',
        '| Figure | Value | Kind | Of | Claimed by | Context |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Some 9,000 militants | ≈ 9,000 | Count | militants | Sergei Shoigu | …Some 9,000 militants have surrendered themselves… |',
        '| 17,800 sorties | 17,800 | Count | sorties | Russian Defense Ministry | …flew 17,800 sorties over two years… |',
        '| 2017 | 2017 | Year |  | the article | …in 2017 alone… |',
        '',
      ].join('\n'),
    );
  });

  test('page text cannot inject formatting, HTML or table cells', () => {
    const r = sampleReport();
    r.title = '# <img src=x onerror=alert(1)>';
    r.annotations!.quotes[0]!.text = '**bold** [link](http://evil) | cell\nnew line';
    const md = exportMarkdown(r);
    expect(md).toContain('# \\# \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('- \\*\\*bold\\*\\* \\[link\\](http://evil) \\| cell new line _(direct quote)_');
  });

  test('says so when the page has no annotations', () => {
    expect(exportMarkdown({ ...sampleReport(), annotations: null })).toContain('No annotations on this page.');
  });
});

describe('exportCsv', () => {
  test('one row per quote and figure, with a header, that a CSV reader reads back', () => {
    const rows = parseCsv(exportCsv(sampleReport()));
    expect(rows[0]).toEqual([
      'type',
      'index',
      'text',
      'kind',
      'partial',
      'speaker',
      'role',
      'speaker_kind',
      'speaker_confidence',
      'speaker_found',
      'value',
      'high',
      'unit',
      'approximate',
      'claimed_by',
      'context',
      'corrected',
    ]);
    expect(rows).toHaveLength(1 + 5 + 3);
    expect(rows[1]).toEqual([
      'quote',
      '0',
      '“Some 9,000 militants have surrendered themselves,”',
      'direct',
      'false',
      'Sergei Shoigu',
      'Russian Defense Minister',
      'person',
      '0.95',
      'sentence',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[6]).toEqual([
      'figure',
      '0',
      'Some 9,000 militants',
      'count',
      '',
      '',
      '',
      '',
      '',
      '',
      '9000',
      '',
      'militants',
      'true',
      'Sergei Shoigu',
      '…Some 9,000 militants have surrendered themselves…',
      '',
    ]);
    // An unclear speaker: no name, no role, how unsure the engine was, nothing to show as found.
    expect(rows[5]!.slice(5, 10)).toEqual(['', '', 'unknown', '0.4', '']);
  });

  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('field %j -> %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('numbers stay numbers (a negative value is not a formula)', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
  });
});

describe('exportJson', () => {
  test("the engine shape plus the page and each figure's context", () => {
    const data = JSON.parse(exportJson(sampleReport()));
    expect(data.title).toBe('Russia ends operations near Deir ez-Zor');
    expect(data.url).toBe('https://example.org/news/deir-ezzor');
    expect(data.quotes).toHaveLength(5);
    expect(data.speakers.map((s: { name: string }) => s.name)).toContain('Vladimir Putin');
    expect(data.figures[1]).toMatchObject({
      text: '17,800 sorties',
      value: 17800,
      claimedBy: 's3',
      context: '…flew 17,800 sorties over two years…',
    });
  });
});

describe('citeQuote', () => {
  test.each([
    [
      0,
      '“Some 9,000 militants have surrendered themselves,” — Sergei Shoigu, Russian Defense Minister. Source: “Russia ends operations near Deir ez-Zor”, https://example.org/news/deir-ezzor',
    ],
    [
      2,
      'the air force had flown 17,800 sorties (reported speech) — Russian Defense Ministry. Source: “Russia ends operations near Deir ez-Zor”, https://example.org/news/deir-ezzor',
    ],
    [
      4,
      '“We will not stop,” — speaker unclear. Source: “Russia ends operations near Deir ez-Zor”, https://example.org/news/deir-ezzor',
    ],
  ])('quote %i', (index, expected) => {
    expect(citeQuote(sampleReport(), index)).toBe(expected);
  });

  test('an index outside the report gives nothing', () => {
    expect(citeQuote(sampleReport(), 99)).toBe('');
  });
});

describe('exportFileName', () => {
  test.each([
    ['Russia ends operations near Deir ez-Zor', 'markdown', 'quote-lens-russia-ends-operations-near-deir-ez-zor.md'],
    ['Ça coûte 3 € !', 'csv', 'quote-lens-ca-coute-3.csv'],
    ['../../etc/passwd', 'json', 'quote-lens-etc-passwd.json'],
    ['', 'json', 'quote-lens-example-org.json'],
  ] as const)('%j as %s -> %s', (title, format, expected) => {
    expect(exportFileName({ ...sampleReport(), title }, format)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  test('collapses whitespace and escapes formatting', () => {
    expect(escapeMarkdown('  a\t_b_\n`c`  ')).toBe('a \\_b\\_ \\`c\\`');
  });
});
