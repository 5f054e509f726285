// A seeded generator of hostile documents for the engine and the page layer. News pages are
// written by strangers: mark soup, control characters, RTL text, megabyte paragraphs and broken
// markup all reach the content script, and each must be handled without an exception, with spans
// that point into the text, and in time linear in the size of the page. Every document comes from
// its own PRNG stream (seed, index), so one failing document can be regenerated on its own.

/** The default seed: fixed so the suite is deterministic; HOSTILE_SEED explores other corpora. */
export const DEFAULT_SEED = 0x5eed_2026;

/** One generated input: a name that says how to regenerate it, and the text or the HTML. */
export interface HostileDoc {
  id: string;
  family: string;
  input: string;
}

/** mulberry32: tiny, fast and good enough to spread choices; no dependency, same output on every
 * platform (Math.random would make failures unreproducible). */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
}

/** Mixes the corpus seed with a document's index so each document has an independent stream. */
function docSeed(seed: number, index: number, salt: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

// ---- Alphabets. Each table is a class of characters that has broken text tools before.

/** Every quotation mark style news uses, plus the NYT's doubled apostrophes and backticks. */
export const QUOTE_MARKS = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '‹',
  '›',
  '„',
  '‚',
  "''",
  '``',
  '「',
  '」',
  '〝',
  '〞',
] as const;
/** Zero-width characters and the soft hyphen: invisible, but they split words for a regex. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Bidi controls (embeddings, overrides, isolates, marks): reorder display, not logical text. */
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
/** Spaces that are not U+0020 (a tokenizer that splits on / / alone glues words across them). */
const ODD_SPACES = [
  '\u00a0',
  '\u2002',
  '\u2003',
  '\u2009',
  '\u200a',
  '\u202f',
  '\u3000',
  '\t',
  '\r',
  '\f',
  '\v',
  '\u2028',
  '\u2029',
  '\u0085',
];
/** Combining marks (stacked diacritics, "Zalgo") and a variation selector. */
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0336', '\u034f', '\u0489', '\u20dd', '\ufe0f'];
/** Astral characters: surrogate pairs that a UTF-16 slice can cut in half. */
const ASTRAL = ['😀', '👩‍👩‍👧', '🇺🇦', '𝔘', '𝟙𝟚', '𠀀', '𓀀', '🏳️‍🌈', '\u{10ffff}', '\u{e0001}'];
/** Lone surrogate halves: invalid UTF-16 that still reaches JavaScript strings from the DOM. */
const LONE_SURROGATES = ['\ud800', '\udfff', '\udbff', '\udc00'];
/** Hebrew and Arabic words, with Arabic-Indic and Persian digits. */
const RTL_WORDS = ['שלום', 'אמר', 'הוא', 'مرحبا', 'قال', 'الوزير', 'وزارة', '٣٤٥', '۱۲۳', 'نعم'];
/** Names in forms that break naive patterns: apostrophes, hyphens, particles, initials, RTL. */
const NAMES = [
  'Sergei Shoigu',
  'Shoigu',
  'Mr. Smith',
  'Dr. Jane O’Neill',
  'Jean-Luc Picard',
  'Bashar al-Assad',
  'J. R. R. Tolkien',
  'the ministry',
  'the Ministry of Defence',
  'Reuters',
  'U.S. officials',
  'Ms. Lee',
  'he',
  'she',
  'they',
  'It',
  'HE',
  'Netan\u00adyahu',
  'Zel\u200benskyy',
  'Ангела Меркель',
  'محمد',
  'John "Johnny" Smith',
  'Gen.',
  'Pope Francis',
  'O’Brien',
  'van der Berg',
  'McDonald',
  'MACRON',
  'Said Ahmed',
  'Says',
  'Told',
  'Spokesman',
  'the spokeswoman for the United Nations',
];
/** Speech verbs and attribution cues, including words that look like them. */
const VERBS = [
  'said',
  'says',
  'say',
  'told',
  'added',
  'claimed',
  'warned',
  'insisted',
  'according to',
  'said on Monday',
  'told reporters',
  'wrote',
  'tweeted',
  'asked',
  'denied',
  'noted',
  'explained',
  'said:',
  'says,',
  'SAID',
  'saidd',
  'unsaid',
];
/** Number-ish tokens: separators, currencies, units, scales, hedges, words and odd digit sets. */
const NUMBERS = [
  '9,000',
  '1,2,3',
  '3.5',
  '$3.5 million',
  '€12bn',
  '£1,000',
  '45%',
  '45 percent',
  'tens of thousands',
  'dozens',
  'some 9,000',
  'over 700',
  'from 10 to 5 percent',
  '1e309',
  '-0',
  '½',
  '１２３',
  '٣٤٥',
  '1.2.3.4',
  '10-15',
  '1,000,000,000,000,000,000,000',
  '99999999999999999999999999999999999999999',
  '0.0000000001',
  'three million',
  'a million billion trillion',
  '5 km',
  '2026',
  'Jan. 5',
  '9/11',
  '24/7',
  '3rd',
  '1st',
  '$',
  '%',
  ',',
  '.',
  '1,',
  ',1',
  '1..2',
  '1,,2',
  'NaN',
  'Infinity',
];
/** Plain words to fill prose between the hostile parts. */
const WORDS = [
  'the',
  'war',
  'will',
  'not',
  'stop',
  'and',
  'we',
  'are',
  'ready',
  'soldiers',
  'were',
  'there',
  'on',
  'Monday',
  'in',
  'Kyiv',
  'but',
  'it',
  'is',
  'over',
];
/** Separators between pieces: every way a paragraph or line can end. */
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '',
  '\n',
  '\n\n',
  '\n\n',
  '\r\n\r\n',
  '\n \n',
  '\n\u00a0\n',
  '\u2029',
  '. ',
  ', ',
  '—',
];

// ---- Text pieces.

function word(r: Rng): string {
  return r.pick(WORDS);
}

function words(r: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(word(r));
  return out.join(' ');
}

/** One character of "Unicode soup": mostly the classes above, some random code points. */
function soupChar(r: Rng): string {
  switch (r.int(0, 13)) {
    case 0:
      return r.pick(INVISIBLE);
    case 1:
      return r.pick(BIDI);
    case 2:
      return r.pick(ODD_SPACES);
    case 3:
      return r.pick(COMBINING);
    case 4:
      return r.pick(ASTRAL);
    case 5:
      return r.chance(0.3) ? r.pick(LONE_SURROGATES) : String.fromCodePoint(r.int(0x10000, 0x10ffff));
    case 6:
      return String.fromCharCode(r.int(0, 0x1f));
    case 7:
      return String.fromCharCode(r.int(0x7f, 0x9f));
    case 8:
      return r.pick(QUOTE_MARKS);
    case 9:
      return String.fromCharCode(r.int(0x20, 0x7e));
    case 10:
      return String.fromCharCode(r.int(0xa0, 0xd7ff));
    case 11:
      return String.fromCharCode(r.int(0xe000, 0xfffd));
    case 12:
      return r.pick(RTL_WORDS);
    default:
      return ' ';
  }
}

function unicodeSoup(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += soupChar(r);
  return s;
}

/** Quote marks in every arrangement: unbalanced, wrongly faced, nested, glued to words, in runs. */
function quoteStorm(r: Rng): string {
  const parts: string[] = [];
  const n = r.int(1, 12);
  for (let i = 0; i < n; i++) {
    const mark = r.pick(QUOTE_MARKS);
    switch (r.int(0, 6)) {
      case 0:
        parts.push(mark.repeat(r.int(2, r.chance(0.03) ? 3000 : 40)));
        break;
      case 1:
        parts.push(mark + words(r, r.int(0, 6)));
        break;
      case 2:
        parts.push(words(r, r.int(0, 6)) + mark);
        break;
      case 3:
        parts.push(
          mark + words(r, r.int(1, 4)) + r.pick(QUOTE_MARKS) + words(r, r.int(0, 3)) + r.pick(QUOTE_MARKS) + mark,
        );
        break;
      case 4:
        parts.push(mark + mark.repeat(r.int(0, 5)) + word(r));
        break;
      case 5: {
        // deep nesting of alternating styles
        const depth = r.int(2, r.chance(0.1) ? 300 : 20);
        const opens = Array.from({ length: depth }, () => r.pick(QUOTE_MARKS));
        parts.push(opens.join(' ') + word(r) + opens.reverse().join(r.chance(0.5) ? '' : ' '));
        break;
      }
      default:
        parts.push(word(r) + mark + word(r));
    }
  }
  return parts.join(r.pick([' ', '', ', ', '\n\n']));
}

/** Speech verbs and names in adversarial orders: verb first, names inside marks, nested
 * attributions, quotes with no words, speakers with no quote, cues across paragraph breaks. */
function speechSoup(r: Rng): string {
  const q = () => {
    const open = r.pick(QUOTE_MARKS);
    const close = r.chance(0.7) ? r.pick(['”', '"', '’', '»', '›', "''", '“']) : '';
    return (
      open + (r.chance(0.2) ? r.pick(NAMES) : words(r, r.int(0, 12))) + r.pick(['', ',', '.', '?', '!', '…']) + close
    );
  };
  const templates: (() => string)[] = [
    () => `${q()} ${r.pick(VERBS)} ${r.pick(NAMES)}.`,
    () => `${r.pick(NAMES)} ${r.pick(VERBS)} ${q()}`,
    () => `${r.pick(VERBS)} ${r.pick(VERBS)} ${r.pick(NAMES)} ${r.pick(VERBS)}`,
    () => `${q()} ${r.pick(NAMES)} ${r.pick(VERBS)} ${q()} ${r.pick(NAMES)} ${r.pick(VERBS)}`,
    () => `${r.pick(NAMES)}, ${r.pick(NAMES)}, ${r.pick(NAMES)} ${r.pick(VERBS)}: ${q()}`,
    () => `${q()}${q()}${q()} ${r.pick(VERBS)}`,
    () =>
      `${r.pick(NAMES)} ${r.pick(VERBS)} that ${words(r, r.int(1, 8))} ${r.pick(NUMBERS)} ${words(r, r.int(0, 5))}.`,
    () => `${r.pick(VERBS)} ${r.pick(NAMES)} ${r.pick(QUOTE_MARKS)}\n\n${r.pick(QUOTE_MARKS)}${words(r, 4)}`,
    () => `${r.pick(NAMES)}${r.pick(INVISIBLE)}${r.pick(NAMES)} ${r.pick(BIDI)}${r.pick(VERBS)}${r.pick(BIDI)} ${q()}`,
    () =>
      `${r.pick(QUOTE_MARKS)}${r.pick(NAMES)} ${r.pick(VERBS)}${r.pick(QUOTE_MARKS)} ${r.pick(VERBS)} ${r.pick(NAMES)}`,
    () => `${r.pick(RTL_WORDS)} ${q()} ${r.pick(RTL_WORDS)} ${r.pick(VERBS)} ${r.pick(NAMES)}`,
    () =>
      `${r.pick(NAMES)} (${r.pick(NAMES)}) ${r.pick(VERBS)} ${r.pick(NAMES)} ${r.pick(VERBS)} ${q()}, ${r.pick(VERBS)} ${r.pick(NAMES)}.`,
  ];
  const n = r.int(1, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.pick(templates)());
  return out.join(r.pick([' ', '\n\n', ' ', '']));
}

/** Numbers in bulk: lists of comma-separated numbers, long digit runs, mixed scales and units. */
function numberSoup(r: Rng): string {
  switch (r.int(0, 4)) {
    case 0:
      return Array.from({ length: r.int(2, r.chance(0.1) ? 1000 : 50) }, (_, i) => String(i)).join(
        r.pick([',', ', ', ',', '.', ' ']),
      );
    case 1:
      return '9'.repeat(r.int(1, r.chance(0.1) ? 5000 : 50)) + r.pick(['', '%', ' million', ' people', ',000']);
    case 2:
      return '1' + ',000'.repeat(r.int(1, r.chance(0.1) ? 1000 : 20));
    case 3:
      return Array.from({ length: r.int(1, 20) }, () => r.pick(NUMBERS)).join(r.pick([' ', ' and ', ', ', '', ' to ']));
    default:
      return `${r.pick(NAMES)} ${r.pick(VERBS)} ${r.pick(QUOTE_MARKS)}${r.pick(NUMBERS)} ${r.pick(NUMBERS)} of ${r.pick(NUMBERS)}${r.pick(QUOTE_MARKS)}`;
  }
}

/** Prose with hostile characters salted into it (inside words, around marks and names). */
function saltedProse(r: Rng): string {
  const base = speechSoup(r);
  let s = '';
  for (const ch of base) {
    s += ch;
    if (r.chance(0.08)) s += soupChar(r);
  }
  return s;
}

const PIECES: ((r: Rng) => string)[] = [
  (r) => unicodeSoup(r, r.int(1, r.chance(0.1) ? 2000 : 100)),
  quoteStorm,
  speechSoup,
  speechSoup,
  numberSoup,
  saltedProse,
  saltedProse,
  (r) => r.pick(SEPARATORS).repeat(r.int(1, r.chance(0.1) ? 500 : 5)),
];

/** A plain-text document: a few pieces joined by random separators; most are short (many small
 * documents find more corner cases per second than a few long ones), some are long. */
export function textDoc(seed: number, index: number): HostileDoc {
  const r = makeRng(docSeed(seed, index, 1));
  const n = r.chance(0.8) ? r.int(1, 2) : r.int(3, 8);
  const parts: string[] = [];
  let family = '';
  for (let i = 0; i < n; i++) {
    const k = r.int(0, PIECES.length - 1);
    family ||= ['unicode', 'marks', 'speech', 'speech', 'numbers', 'salted', 'salted', 'separators'][k]!;
    parts.push(PIECES[k]!(r));
    parts.push(r.pick(SEPARATORS));
  }
  return { id: `text#${index}`, family, input: parts.join('') };
}

// ---- HTML pages.

/** Markup that has no place in an article's text, written inside quotes and speaker names to
 * prove that it is neither run nor leaked into the annotations. */
export const PWN_IMG = '<img src=x onerror="globalThis.__pwned=1">';
export const PWN_SCRIPT = '<script>globalThis.__pwned=1</script>';

/** Entities, valid and broken: named, decimal, hex, out of range, surrogates, NUL, no semicolon. */
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&ldquo;',
  '&rdquo;',
  '&lsquo;',
  '&rsquo;',
  '&laquo;',
  '&raquo;',
  '&bdquo;',
  '&#8220;',
  '&#x201D;',
  '&nbsp;',
  '&shy;',
  '&zwj;',
  '&#8203;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&bogus;',
  '&amp',
  '&',
  '&#',
  '&#x;',
  '&lt;script&gt;globalThis.__pwned=1&lt;/script&gt;',
  '&lt;img src=x onerror=alert(1)&gt;',
];

/** Inline wrappers, well-formed or not. */
const INLINE_OPEN = [
  '<b>',
  '<i>',
  '<em>',
  '<strong>',
  '<a href="javascript:globalThis.__pwned=1">',
  '<span>',
  '<q>',
  '<cite>',
  '<sup>',
  '<mark>',
  '<font color=red>',
  '<span style="display:none">',
  '<span hidden>',
  '<span aria-hidden="true">',
];

/** Markup noise dropped between words: scripts, images, comments, breaks, stray closers. */
const NOISE = [
  PWN_IMG,
  PWN_SCRIPT,
  '<br>',
  '<br><br>',
  '<wbr>',
  '<!-- “ -->',
  '<!---->',
  '</p>',
  '</div>',
  '</span>',
  '</b>',
  '<p>',
  '<div>',
  '<style>p{}</style>',
  '<template>“hidden”</template>',
  '<svg><text>“svg text”</text></svg>',
  '<noscript>“noscript”</noscript>',
  '<input value="“">',
  '<button>Share “this”</button>',
  '<![CDATA[ “ ]]>',
  '<?xml ?>',
  '</body>',
  '<html>',
  '<math><mi>x</mi></math>',
  '<iframe src="https://example.org"></iframe>',
  '<object data="x"></object>',
  '<',
  '>',
  '< p>',
  '<p/>',
  '<<>>',
  '<a',
  '<b =>',
];

/** Escapes text for HTML, most of the time: raw "<" and "&" are hostile input too. */
function toHtml(r: Rng, text: string): string {
  if (r.chance(0.1)) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A run of inline HTML: text pieces interleaved with wrappers, noise and entities. */
function inlineHtml(r: Rng): string {
  const out: string[] = [];
  const n = r.int(1, 6);
  const open: string[] = [];
  for (let i = 0; i < n; i++) {
    switch (r.int(0, 9)) {
      case 0:
        out.push(r.pick(NOISE));
        break;
      case 1:
        out.push(r.pick(ENTITIES));
        break;
      case 2: {
        const tag = r.pick(INLINE_OPEN);
        out.push(tag);
        open.push(tag);
        break;
      }
      case 3: {
        if (open.length && r.chance(0.8)) {
          const tag = open.pop()!;
          out.push('</' + /<(\w+)/.exec(tag)![1] + '>');
        }
        break;
      }
      case 4: {
        // one character per element: thousands of tiny text nodes
        const text = words(r, r.int(1, 8));
        const tag = r.pick(['span', 'b', 'i']);
        out.push([...text].map((c) => `<${tag}>${toHtml(r, c)}</${tag}>`).join(''));
        break;
      }
      case 5: // markup inside a quote and inside a speaker's name
        out.push(
          `“${words(r, 3)} ${r.pick([PWN_IMG, PWN_SCRIPT, '<b>', '</b>'])}${words(r, 2)},” said ${r.pick(['John', 'Jane', 'Sergei'])}${r.pick([PWN_IMG, PWN_SCRIPT, '<i>', ''])} ${r.pick(['Smith', 'Shoigu', 'Doe'])}.`,
        );
        break;
      default:
        out.push(toHtml(r, r.pick(PIECES)(r)));
    }
  }
  while (open.length && r.chance(0.7)) out.push('</' + /<(\w+)/.exec(open.pop()!)![1] + '>');
  return out.join(r.pick([' ', '']));
}

const BLOCK_WRAPPERS: ((r: Rng, inner: string) => string)[] = [
  (_r, s) => `<p>${s}</p>`,
  (_r, s) => `<p>${s}</p>`,
  (_r, s) => `<p>${s}`, // unclosed
  (_r, s) => `<h2>${s}</h2>`,
  (_r, s) => `<blockquote><p>${s}</p></blockquote>`,
  (_r, s) => `<ul><li>${s}</li><li>${s}</ul>`,
  (_r, s) => `<table><tr><td>${s}</td><td>“</td></tr></table>`,
  (_r, s) => `<pre>${s}</pre>`,
  (_r, s) => `<div>${s}</div>`,
  (_r, s) => `<figure><figcaption>${s}</figcaption></figure>`,
  (r, s) => `${'<div>'.repeat(r.int(1, 200))}<p>${s}</p>${'</div>'.repeat(r.int(0, 200))}`,
  (r, s) => `${'<span>'.repeat(r.int(1, 200))}${s}${'</span>'.repeat(r.int(0, 200))}`,
];

/** Ordinary prose paragraphs, so that many pages pass the article finder and reach the engine. */
const PROSE = [
  '“We will not stop until the job is done,” Defence Minister Sergei Shoigu said on Monday, adding that some 9,000 soldiers had arrived.',
  'The ministry said the strikes had killed tens of thousands of fighters, a figure that could not be verified independently by reporters.',
  'Officials in Kyiv rejected the claim. “It is a lie from start to finish,” said a spokeswoman, who asked not to be named in this report.',
  'Prices rose 45 percent last year, and the government spent $3.5 million on the programme, according to figures released on Tuesday.',
];

/** A whole page: head (sometimes with article metadata), an article wrapper and hostile blocks. */
export function htmlDoc(seed: number, index: number): HostileDoc {
  const r = makeRng(docSeed(seed, index, 2));
  const head: string[] = ['<meta charset="utf-8">'];
  if (r.chance(0.3))
    head.push(
      `<meta property="og:type" content="${r.pick(['article', 'product', 'website', '"><script>globalThis.__pwned=1</script>'])}">`,
    );
  if (r.chance(0.2))
    head.push(`<script type="application/ld+json">{"@type": [${'"x",'.repeat(r.int(0, 200))}"NewsArticle"]}</script>`);
  if (r.chance(0.5)) head.push(`<title>${toHtml(r, r.pick(PIECES)(r).slice(0, 200))}</title>`);
  const blocks: string[] = [];
  if (r.chance(0.5)) blocks.push(`<h1>${inlineHtml(r)}</h1>`);
  const n = r.int(0, 7);
  for (let i = 0; i < n; i++) {
    blocks.push(r.chance(0.25) ? `<p>${r.pick(PROSE)}</p>` : r.pick(BLOCK_WRAPPERS)(r, inlineHtml(r)));
  }
  const wrap = r.pick(['article', 'main', 'div class="story-body"', 'section', '']);
  const tag = wrap.split(' ')[0];
  const body = wrap ? `<${wrap}>${blocks.join('')}${r.chance(0.8) ? `</${tag}>` : ''}` : blocks.join('');
  const html = r.chance(0.1) ? body : `<!doctype html><html><head>${head.join('')}</head><body>${body}</body></html>`;
  return { id: `html#${index}`, family: 'page', input: html };
}

// ---- Special documents: one of each extreme the brief names, too large to generate at random.

const BIG_PROSE =
  '“We will not stop,” said Defence Minister Sergei Shoigu, adding that 9,000 soldiers and $3.5 million were there on Monday. He said the ministry had “tens of thousands” of reservists. ';

/** The extremes, as plain text: a 1 MB paragraph, thousands of marks in a row of every style,
 * 100k digits, a 100k-item number list, and a megabyte of Unicode soup. */
export function bigTextDocs(seed: number): HostileDoc[] {
  const r = makeRng(docSeed(seed, 0, 3));
  const docs: HostileDoc[] = [
    { id: 'big:1MB paragraph', family: 'big', input: BIG_PROSE.repeat(Math.ceil(1_000_000 / BIG_PROSE.length)) },
    { id: 'big:100k digits', family: 'big', input: '7'.repeat(100_000) },
    { id: 'big:100k digits with commas', family: 'big', input: '1' + ',000'.repeat(25_000) + ' people' },
    {
      id: 'big:1,2,3 to 20000',
      family: 'big',
      input: Array.from({ length: 20_000 }, (_, i) => String(i + 1)).join(','),
    },
    { id: 'big:200k Unicode soup', family: 'big', input: unicodeSoup(r, 200_000) },
    { id: 'big:unclosed opening marks', family: 'big', input: '“He said '.repeat(20_000) },
    {
      id: 'big:said said said',
      family: 'big',
      input: 'said Smith told Jones according to the ministry '.repeat(5_000),
    },
  ];
  for (const mark of QUOTE_MARKS)
    docs.push({
      id: `big:5000 × ${mark}`,
      family: 'big',
      input: `He said ${mark.repeat(5000)} yes ${mark.repeat(5000)}.`,
    });
  return docs;
}

/** The extremes as pages: 5,000 nested divs and spans, 20,000 one-letter elements, and a
 * paragraph that never closes its tags. */
export function bigHtmlDocs(): HostileDoc[] {
  const para =
    '<p>“We will not stop,” said Defence Minister Sergei Shoigu, adding that 9,000 soldiers were there on Monday.</p>';
  const page = (body: string) =>
    `<!doctype html><html><head><title>T</title></head><body><article><h1>Headline</h1>${body}</article></body></html>`;
  return [
    {
      id: 'big:5000 nested divs',
      family: 'big',
      input: page('<div>'.repeat(5000) + para.repeat(6) + '</div>'.repeat(5000)),
    },
    {
      id: 'big:5000 nested spans',
      family: 'big',
      input: page(
        '<p>' +
          '<span>'.repeat(5000) +
          '“Yes,” he said of the 5,000 spans, a long sentence that goes on for a while.'.repeat(3) +
          '</span>'.repeat(5000) +
          '</p>' +
          para.repeat(6),
      ),
    },
    {
      id: 'big:5000 unclosed divs',
      family: 'big',
      input: page('<div><p>Some text, said he.'.repeat(5000) + para.repeat(6)),
    },
    {
      id: 'big:20000 tiny text nodes',
      family: 'big',
      input: page(
        '<p>' +
          [...'“We will not stop,” said Shoigu. '.repeat(600)].map((c) => `<span>${c}</span>`).join('') +
          '</p>' +
          para.repeat(6),
      ),
    },
    { id: 'big:5000 stray closers', family: 'big', input: page('</p></div></span>'.repeat(5000) + para.repeat(6)) },
    {
      id: 'big:1000 paragraphs with markup in quotes',
      family: 'big',
      input: page(
        `<p>“We ${PWN_IMG}will ${PWN_SCRIPT}win,” said John${PWN_IMG} Smith, citing 5,000 votes.</p>`.repeat(1000),
      ),
    },
  ];
}

/** The whole random corpus: `textCount` plain-text documents and `htmlCount` pages. */
export function corpus(
  seed: number,
  textCount: number,
  htmlCount: number,
): { texts: HostileDoc[]; pages: HostileDoc[] } {
  return {
    texts: Array.from({ length: textCount }, (_, i) => textDoc(seed, i)),
    pages: Array.from({ length: htmlCount }, (_, i) => htmlDoc(seed, i)),
  };
}

/** Greedy shrinking of a failing input (delta debugging on characters): drops ever smaller
 * chunks while the failure remains, so a report carries a small reproducing input, not 50 KB.
 * `fails` must catch its own exceptions and say whether the same failure is still there. */
export function shrink(input: string, fails: (s: string) => boolean, maxTries = 3000): string {
  let current = input;
  let tries = 0;
  for (
    let chunk = Math.max(1, Math.floor(current.length / 2));
    chunk >= 1 && tries < maxTries;
    chunk = Math.floor(chunk / 2)
  ) {
    let i = 0;
    while (i < current.length && tries < maxTries) {
      const candidate = current.slice(0, i) + current.slice(i + chunk);
      tries++;
      if (fails(candidate)) current = candidate;
      else i += chunk;
    }
  }
  return current;
}
