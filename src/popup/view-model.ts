// What the popup shows for a report, a query, a sort and a claimant filter: pure functions,
// so the search and ordering rules are tested without rendering anything.
import type { Figure, Quote, Speaker } from '../engine/types';
import type { PageReport } from '../shared/messages';
import { isCalendarFigure } from '../shared/figure-format';

/** How the figures list can be ordered. */
export type FigureSort = 'position' | 'value' | 'kind' | 'claimant';
export const FIGURE_SORTS: readonly FigureSort[] = ['position', 'value', 'kind', 'claimant'];

/** Claimant filter values: any figure, the outlet's own figures (no claimant), or one speaker's
 * (`speaker:` + id). Strings, because they are <select> values. */
export const ANY_CLAIMANT = 'any';
export const NO_CLAIMANT = 'none';
export const speakerFilter = (id: string) => `speaker:${id}`;

export interface QuoteRow {
  quote: Quote;
  /** Index in the report's quotes: what `focus-item` sends back to the page. */
  index: number;
}

export interface SpeakerGroup {
  /** Stable key: the speaker id, or '' for the unattributed quotes. */
  key: string;
  speaker: Speaker | null;
  quotes: QuoteRow[];
}

export interface FigureRow {
  figure: Figure;
  index: number;
  context: string;
  claimant: Speaker | null;
}

export interface PopupView {
  groups: SpeakerGroup[];
  figures: FigureRow[];
  quoteCount: number;
}

/** The report's items with lower-cased, accent-free search text worked out once per report,
 * so typing in the search box costs one substring test per item and term. The search text is
 * built on the first search, not when the popup opens: for a report of 20,000 quotes and
 * 20,000 figures building it takes about a second, which an unsearched popup never needs. */
export interface SearchIndex {
  report: PageReport;
  speakers: Map<string, Speaker>;
  readonly quoteText: string[];
  readonly figureText: string[];
}

/** Folds case, accents, compatibility forms and runs of space so "Šojgu" finds "Sojgu". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Speakers by id, with a placeholder for an id that a quote names but the list lacks, so a
 * quote is never dropped for its speaker's sake. */
export function speakersOf(report: PageReport): Map<string, Speaker> {
  const map = new Map<string, Speaker>();
  for (const s of report.annotations?.speakers ?? []) map.set(s.id, s);
  for (const q of report.annotations?.quotes ?? []) {
    if (q.speaker?.name && !map.has(q.speaker.id)) {
      map.set(q.speaker.id, {
        id: q.speaker.id,
        name: q.speaker.name,
        kind: q.speaker.kind,
        role: q.speaker.role,
        aliases: [],
        quoteCount: 0,
      });
    }
  }
  return map;
}

/** Prepares a report for searching (once per report). `describe` gives a figure's display
 * text, so the displayed value ("≈ 9,000") is searchable too. */
export function buildSearchIndex(report: PageReport, describe: (f: Figure) => string): SearchIndex {
  const speakers = speakersOf(report);
  const who = (id: string | null | undefined) => {
    const s = id ? speakers.get(id) : undefined;
    return s ? `${s.name} ${s.role ?? ''} ${s.aliases.join(' ')}` : '';
  };
  const a = report.annotations;
  let quoteText: string[] | undefined;
  let figureText: string[] | undefined;
  return {
    report,
    speakers,
    get quoteText() {
      return (quoteText ??= (a?.quotes ?? []).map((q) =>
        foldForSearch(`${q.text} ${who(q.speaker?.id)} ${q.speaker?.role ?? ''}`),
      ));
    },
    get figureText() {
      return (figureText ??= (a?.figures ?? []).map((f, i) =>
        foldForSearch(`${f.text} ${describe(f)} ${f.unit ?? ''} ${report.figureContexts[i] ?? ''} ${who(f.claimedBy)}`),
      ));
    },
  };
}

/** Every whitespace-separated term of the query must occur (in any order); null for a query
 * with no terms, which every item matches (and which needs no search text). */
function matcher(query: string): ((haystack: string) => boolean) | null {
  const terms = foldForSearch(query).split(' ').filter(Boolean);
  return terms.length ? (haystack) => terms.every((term) => haystack.includes(term)) : null;
}

/** The quotes that match the query, grouped by speaker (see groupBySpeaker). */
export function groupQuotes(index: SearchIndex, query: string): SpeakerGroup[] {
  const matches = matcher(query);
  const quotes = index.report.annotations?.quotes ?? [];
  const texts = matches ? index.quoteText : [];
  const rows = quotes.flatMap((quote, i) => (!matches || matches(texts[i] ?? '') ? [{ quote, index: i }] : []));
  return groupBySpeaker(rows, index.speakers);
}

/** Quotes by speaker, speakers ordered by how much they are quoted (ties: first quoted first),
 * the unattributed quotes last. The popup's list and the Markdown export share this order. */
export function groupBySpeaker(rows: QuoteRow[], speakers: Map<string, Speaker>): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const row of rows) {
    // A quote whose speaker is unclear goes with the unattributed ones: no name to list it under.
    const key = row.quote.speaker?.name ? row.quote.speaker.id : '';
    let group = groups.get(key);
    if (!group) {
      group = { key, speaker: key ? (speakers.get(key) ?? null) : null, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(row);
  }
  const weight = (g: SpeakerGroup) => Math.max(g.speaker?.quoteCount ?? 0, g.quotes.length);
  // Map order is first-appearance order, and sort is stable: ties keep it.
  return [...groups.values()].sort((x, y) => {
    if (!x.key !== !y.key) return x.key ? -1 : 1;
    return weight(y) - weight(x);
  });
}

const byPosition = (x: FigureRow, y: FigureRow) => x.index - y.index;
const SORTERS: Record<FigureSort, (x: FigureRow, y: FigureRow) => number> = {
  position: byPosition,
  // Largest first; figures without a single value (dates, "dozens") after all others.
  value: (x, y) =>
    (x.figure.value === null ? 1 : 0) - (y.figure.value === null ? 1 : 0) ||
    (y.figure.value ?? 0) - (x.figure.value ?? 0) ||
    byPosition(x, y),
  kind: (x, y) => x.figure.kind.localeCompare(y.figure.kind) || byPosition(x, y),
  // By claimant name; the outlet's own figures last.
  claimant: (x, y) =>
    (x.claimant ? 0 : 1) - (y.claimant ? 0 : 1) ||
    (x.claimant?.name ?? '').localeCompare(y.claimant?.name ?? '') ||
    byPosition(x, y),
};

/** The figures that match the query and the claimant filter, in the chosen order. */
export function listFigures(
  index: SearchIndex,
  query: string,
  sort: FigureSort,
  claimant: string,
  withDates = true,
): FigureRow[] {
  const matches = matcher(query);
  const figures = index.report.annotations?.figures ?? [];
  const texts = matches ? index.figureText : [];
  const rows: FigureRow[] = [];
  figures.forEach((figure, i) => {
    if (!withDates && isCalendarFigure(figure)) return;
    if (matches && !matches(texts[i] ?? '')) return;
    if (claimant === NO_CLAIMANT && figure.claimedBy !== null) return;
    if (claimant.startsWith('speaker:') && speakerFilter(figure.claimedBy ?? '') !== claimant) return;
    rows.push({
      figure,
      index: i,
      context: index.report.figureContexts[i] ?? '',
      claimant: figure.claimedBy ? (index.speakers.get(figure.claimedBy) ?? null) : null,
    });
  });
  return rows.sort(SORTERS[sort]);
}

/** The speakers who claim at least one figure, for the claimant filter's choices. */
export function figureClaimants(index: SearchIndex): Speaker[] {
  const ids = new Set(
    (index.report.annotations?.figures ?? []).map((f) => f.claimedBy).filter((id): id is string => id !== null),
  );
  return [...ids].flatMap((id) => index.speakers.get(id) ?? []).sort((x, y) => x.name.localeCompare(y.name));
}

/** Everything the popup lists for one query. */
export function buildView(
  index: SearchIndex,
  query: string,
  sort: FigureSort,
  claimant: string,
  withDates = true,
): PopupView {
  const groups = groupQuotes(index, query);
  return {
    groups,
    figures: listFigures(index, query, sort, claimant, withDates),
    quoteCount: groups.reduce((n, g) => n + g.quotes.length, 0),
  };
}
