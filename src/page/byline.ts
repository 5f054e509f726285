// The article's writer as the page's metadata names them, so the engine can call the first person
// outside quotation marks by name instead of "the writer". Only one person's name is taken:
// with two writers, or an outlet, a desk or a link where the name should be, "I" stays "the writer".

/** Metadata that names the writer, most specific first (the content is read as text). */
const AUTHOR_META = [
  'meta[name="author" i]',
  'meta[property="author" i]',
  'meta[name="article:author_name" i]',
  'meta[name="article:author" i]',
  'meta[property="article:author" i]',
  'meta[itemprop="author" i]',
  'meta[name="parsely-author" i]',
  'meta[name="sailthru.author" i]',
];

/** Longest JSON-LD script read for its author (a page's whole state dumped as JSON is skipped). */
const JSON_LD_MAX = 100_000;

/** One person's name: two to four capitalised words (initials and particles such as "de" allowed). */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|da|di|du|dos|van|von|der|den|ter|ten|del|la|le|bin|al)){1,3}$/u;
/** Words that make a name a desk, a role or an outlet rather than one writer. */
const NOT_ONE_WRITER =
  /\b(?:and|staff|desk|team|editors?|editorial|reporters?|correspondents?|news|press|agency|wire|contributors?|writers?|media)\b|[,&/@|:;0-9]/i;

/** Two or more writers in one credit ("Ada Lund and Tom Ray", "Lund, Ray"): "I" is none of them. */
const SEVERAL = /,|&| and /i;

/** The writer's name in `raw` ("By Ada Lund", "ADA LUND"), or null when it is not one person's name. */
export function personName(raw: string): string | null {
  const s = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  if (s.length > 60 || NOT_ONE_WRITER.test(s) || /^https?:/i.test(s)) return null;
  // A name in capitals is shown as a name ("ADA LUND" → "Ada Lund").
  const name =
    s === s.toUpperCase()
      ? s.toLowerCase().replace(/(^|[ '’.-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase())
      : s;
  return PERSON_NAME.test(name) ? name : null;
}

/** The author names of a JSON-LD graph's article, or null when it names none. */
function jsonLdAuthors(value: unknown, depth = 0): string[] | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const found = jsonLdAuthors(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const author = record.author ?? record.creator;
  if (author !== undefined) {
    const list = Array.isArray(author) ? author : [author];
    return list.map((a) =>
      typeof a === 'string' ? a : a && typeof a === 'object' ? String((a as Record<string, unknown>).name ?? '') : '',
    );
  }
  return jsonLdAuthors(record['@graph'], depth + 1);
}

/** The one writer the page names, or null (none, several, or not a person's name). Never throws. */
export function pageByline(doc: Document): string | null {
  try {
    for (const selector of AUTHOR_META) {
      const content = doc.querySelector(selector)?.getAttribute('content');
      // (A link's query string may hold "&": it is no credit of several.)
      if (content && !/^https?:/i.test(content) && SEVERAL.test(content)) return null;
      // A link or an outlet in one field does not hide a name in the next.
      const name = content && personName(content);
      if (name) return name;
    }
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
      const json = script.textContent ?? '';
      if (json.length > JSON_LD_MAX || !/"(?:author|creator)"/.test(json)) continue;
      let authors: string[] | null = null;
      try {
        authors = jsonLdAuthors(JSON.parse(json));
      } catch {
        continue; // a site's broken JSON-LD is its own business
      }
      if (authors) return authors.length === 1 && !SEVERAL.test(authors[0]!) ? personName(authors[0]!) : null;
    }
    const marked = doc.querySelector('[itemprop~="author" i] [itemprop~="name" i], [rel~="author" i]');
    const text = marked?.textContent ?? '';
    return SEVERAL.test(text) ? null : personName(text);
  } catch {
    return null;
  }
}
