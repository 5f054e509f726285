// The reader's corrections to what the engine found on a page: "this quote is Sarah Lee's", "the
// ministry claims this figure", "this is not a quote". Pure logic, shared by the content script
// (which applies them before painting), the popup (which makes them) and the options page (which
// lists, clears and exports them). A correction finds its item again by the item's words and a
// little text either side, never by offsets alone: a page re-rendered by its scripts, or read
// again after a reload, gives the same words at other offsets.
import {
  BLOCK_KINDS,
  SPEAKER_KINDS,
  type Annotations,
  type Block,
  type Figure,
  type Quote,
  type QuoteSpeaker,
  type Speaker,
  type SpeakerKind,
} from '../engine/types';
import { t } from './i18n';

/** The words of an item and a few characters either side, whitespace folded. */
export interface Anchor {
  text: string;
  before: string;
  after: string;
}

export type CorrectionTarget = 'quote' | 'figure';

/** What the reader said about one item: its speaker or claimant is `name` (null: a figure that is
 * the outlet's own), or the highlight is not a quote / not a figure at all. */
export type CorrectionChange =
  | { action: 'speaker'; name: string; kind: SpeakerKind }
  | { action: 'claimant'; name: string | null }
  | { action: 'remove' };

export type Correction = CorrectionChange & {
  /** Unique within its page: what "undo" names. */
  id: string;
  target: CorrectionTarget;
  anchor: Anchor;
  /** The engine's answer when the correction was made (a name, or null), shown beside it. */
  was: string | null;
  /** When it was made (ms since the epoch). */
  at: number;
};

/** Everything kept for one page under `storageKey(url)` in storage.local. */
export interface PageCorrections {
  url: string;
  title: string;
  items: Correction[];
  /** The article's text and blocks (when no longer than MAX_STORED_TEXT), so the corrections can
   * be exported as test data with the engine's answer for the text, long after the page is gone. */
  text?: string;
  blocks?: Block[];
}

// Caps: a stored value is read back as untrusted input, and none of these can make a reader
// allocate or loop for long. storage.local holds 10 MB in Chromium; the caps keep the whole store
// well under it (100 pages of at most 60,000 characters of text each).
export const MAX_PAGES = 100;
export const MAX_ITEMS_PER_PAGE = 200;
export const MAX_STORED_TEXT = 60_000;
export const MAX_NAME = 120;
/** A quote's words kept in its anchor: longer quotes are matched on this much of their start. */
export const MAX_ANCHOR_TEXT = 1000;
/** Characters of context either side of an item in its anchor. */
export const CONTEXT_CHARS = 32;
const MAX_URL = 2048;
const MAX_TITLE = 300;
const MAX_BLOCKS = 5000;

/** The prefix of every storage.local key this module owns. */
export const STORAGE_PREFIX = 'corrections:';
export const storageKey = (url: string) => STORAGE_PREFIX + url;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The anchor of the span [start, end) of `text`. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    text: fold(text.slice(start, end)).slice(0, MAX_ANCHOR_TEXT),
    before: fold(text.slice(Math.max(0, start - CONTEXT_CHARS * 2), start)).slice(-CONTEXT_CHARS),
    after: fold(text.slice(end, end + CONTEXT_CHARS * 2)).slice(0, CONTEXT_CHARS),
  };
}

/** Every item's anchor in annotations found in `text`, in their order. */
export function itemAnchors(
  annotations: Omit<Annotations, 'text'>,
  text: string,
): { quoteAnchors: Anchor[]; figureAnchors: Anchor[] } {
  return {
    quoteAnchors: annotations.quotes.map((q) => anchorAt(text, q.start, q.end)),
    figureAnchors: annotations.figures.map((f) => anchorAt(text, f.start, f.end)),
  };
}

/** How much of an anchor's context an item shares: characters in common next to the item. */
function contextScore(anchor: Anchor, at: Anchor): number {
  let score = 0;
  for (let i = 1; i <= Math.min(anchor.before.length, at.before.length); i++) {
    if (anchor.before[anchor.before.length - i] !== at.before[at.before.length - i]) break;
    score++;
  }
  for (let i = 0; i < Math.min(anchor.after.length, at.after.length); i++) {
    if (anchor.after[i] !== at.after[i]) break;
    score++;
  }
  return score;
}

/** The index of the item `anchor` points at among `anchors` (same words, the most context in
 * common; the first on a tie), or -1 when no item has its words. */
export function findAnchor(anchor: Anchor, anchors: readonly Anchor[]): number {
  let best = -1;
  let bestScore = -1;
  anchors.forEach((candidate, i) => {
    if (candidate.text !== anchor.text) return;
    const score = contextScore(anchor, candidate);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The id of a speaker the reader named who is none of the article's speakers. */
export const READER_SPEAKER_PREFIX = 'reader:';

/** Items the reader corrected, to the correction that changed them (set by applyCorrections on
 * the objects it returns, so the card and the lists can say "corrected by you"). */
const correctedItems = new WeakMap<object, Correction>();
export const readerCorrectionOf = (item: object): Correction | undefined => correctedItems.get(item);

/** Which correction changed each item of a corrected report, by index, and which of the page's
 * corrections found no item (the page no longer says it, or the engine no longer finds it). */
export interface ReaderReport {
  /** The page's storage key (its canonical URL). */
  key: string;
  items: Correction[];
  /** Correction id per quote / figure of the corrected annotations, or null. */
  quotes: (string | null)[];
  figures: (string | null)[];
  /** Anchor per quote / figure of the corrected annotations: what a new correction stores. */
  quoteAnchors: Anchor[];
  figureAnchors: Anchor[];
  /** Ids of corrections that matched no item on the page as read now. */
  unmatched: string[];
}

/** The correction that changed item `index` of a corrected report, if any. */
export function correctionAt(
  reader: ReaderReport | undefined,
  target: CorrectionTarget,
  index: number,
): Correction | undefined {
  const id = (target === 'quote' ? reader?.quotes : reader?.figures)?.[index];
  return id ? reader?.items.find((c) => c.id === id) : undefined;
}

export interface Corrected {
  annotations: Omit<Annotations, 'text'>;
  reader: ReaderReport;
}

const sameName = (a: string, b: string) => fold(a).toLowerCase() === fold(b).toLowerCase();

/** Applies the page's corrections to the engine's annotations of `text`: returns new annotations
 * (the engine's own objects are never changed) and which item each correction changed. A later
 * correction of the same item wins over an earlier one. */
export function applyCorrections(
  annotations: Omit<Annotations, 'text'>,
  text: string,
  key: string,
  items: readonly Correction[],
  anchorsNow = true,
): Corrected {
  // With no corrections to match, a caller that paints first may leave the reader's anchors
  // empty and have them from `itemAnchors` when a popup or card asks (nothing is removed, so
  // they are the answer's own items').
  const skipAnchors = !anchorsNow && items.length === 0;
  const quoteAnchors = skipAnchors ? [] : annotations.quotes.map((q) => anchorAt(text, q.start, q.end));
  const figureAnchors = skipAnchors ? [] : annotations.figures.map((f) => anchorAt(text, f.start, f.end));
  const onQuote = new Map<number, Correction>();
  const onFigure = new Map<number, Correction>();
  const unmatched: string[] = [];
  for (const c of items) {
    const i = findAnchor(c.anchor, c.target === 'quote' ? quoteAnchors : figureAnchors);
    const fits = c.target === 'quote' ? c.action !== 'claimant' : c.action !== 'speaker';
    if (i === -1 || !fits) unmatched.push(c.id);
    else (c.target === 'quote' ? onQuote : onFigure).set(i, c);
  }

  const speakers = annotations.speakers.map((s) => ({ ...s }));
  /** The article's speaker of that name, or one the reader introduces. */
  const speakerNamed = (name: string, kind: SpeakerKind): Speaker => {
    let s = speakers.find((x) => sameName(x.name, name));
    if (!s) {
      s = {
        id: READER_SPEAKER_PREFIX + fold(name).toLowerCase(),
        name: fold(name),
        kind,
        role: null,
        aliases: [],
        quoteCount: 0,
      };
      speakers.push(s);
    }
    return s;
  };

  // Quotes: removed ones go, and the figures' quote indices follow the ones that stay.
  const newIndex: number[] = [];
  const quotes: Quote[] = [];
  const quoteMarks: (string | null)[] = [];
  const keptQuoteAnchors: Anchor[] = [];
  annotations.quotes.forEach((q, i) => {
    const c = onQuote.get(i);
    newIndex[i] = -1;
    if (c?.action === 'remove') return;
    newIndex[i] = quotes.length;
    if (!skipAnchors) keptQuoteAnchors.push(quoteAnchors[i]!);
    if (c?.action === 'speaker') {
      const s = speakerNamed(c.name, c.kind);
      // The reader's word is the evidence: no cue or place of the engine's applies to it.
      const speaker: QuoteSpeaker = {
        id: s.id,
        name: s.name,
        kind: s.kind,
        role: s.role,
        mention: null,
        confidence: 1,
        evidence: { place: 'none', cue: null, antecedent: null },
      };
      const corrected = { ...q, speaker };
      correctedItems.set(corrected, c);
      quotes.push(corrected);
      quoteMarks.push(c.id);
    } else {
      quotes.push(q);
      quoteMarks.push(null);
    }
  });

  const figures: Figure[] = [];
  const figureMarks: (string | null)[] = [];
  const keptFigureAnchors: Anchor[] = [];
  annotations.figures.forEach((f, i) => {
    const c = onFigure.get(i);
    if (c?.action === 'remove') return;
    if (!skipAnchors) keptFigureAnchors.push(figureAnchors[i]!);
    if (c?.action === 'claimant') {
      // A claimant the reader gives comes from no quote of the engine's: no `claim`.
      const { claim: _engineClaim, ...rest } = f;
      const corrected: Figure = { ...rest, claimedBy: c.name === null ? null : speakerNamed(c.name, 'person').id };
      correctedItems.set(corrected, c);
      figures.push(corrected);
      figureMarks.push(c.id);
      return;
    }
    const claim = f.claim ? { ...f.claim, quote: newIndex[f.claim.quote] ?? -1 } : f.claim;
    // A figure whose quote the reader removed keeps its claimant, without the link to that quote.
    figures.push(claim && claim.quote === -1 ? { ...f, claim: null } : claim === f.claim ? f : { ...f, claim });
    figureMarks.push(null);
  });

  // Quote counts as corrected; a speaker the corrections left with nothing to say or claim goes.
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker?.name) counts.set(q.speaker.id, (counts.get(q.speaker.id) ?? 0) + 1);
  const claimants = new Set(figures.map((f) => f.claimedBy));
  const kept = speakers.filter((s) => {
    const was = s.quoteCount;
    s.quoteCount = counts.get(s.id) ?? 0;
    return s.quoteCount > 0 || claimants.has(s.id) || (was === 0 && !s.id.startsWith(READER_SPEAKER_PREFIX));
  });

  return {
    annotations: { quotes, figures, speakers: kept },
    reader: {
      key,
      items: [...items],
      quotes: quoteMarks,
      figures: figureMarks,
      quoteAnchors: keptQuoteAnchors,
      figureAnchors: keptFigureAnchors,
      unmatched,
    },
  };
}

/** A correction form's "someone else" choice (a speaker's name is never empty), and a figure's
 * "the article's own" choice: the values of the popup's and the card's speaker lists. */
export const CHOICE_OTHER = '';
export const CHOICE_ARTICLE = '\u0000article';

/** What a correction form offers for one item of corrected annotations: the article's speakers
 * (most quoted first), the item's answer now (a name or null) and the choice selected at first. */
export interface CorrectionChoices {
  target: CorrectionTarget;
  speakers: Speaker[];
  current: string | null;
  initial: string;
}

export function correctionChoices(
  annotations: Omit<Annotations, 'text'>,
  target: CorrectionTarget,
  index: number,
): CorrectionChoices {
  const speakers = [...annotations.speakers].sort(
    (x, y) => y.quoteCount - x.quoteCount || x.name.localeCompare(y.name),
  );
  const claimedBy = annotations.figures[index]?.claimedBy;
  const current =
    target === 'quote'
      ? (annotations.quotes[index]?.speaker?.name ?? null)
      : (claimedBy && annotations.speakers.find((s) => s.id === claimedBy)?.name) || null;
  // A figure the article claims itself starts on that choice; an unnamed speaker on "someone else".
  const initial = current ?? (target === 'figure' && !claimedBy ? CHOICE_ARTICLE : CHOICE_OTHER);
  return { target, speakers, current, initial };
}

/** The change a form's choice makes (`typed`: the name typed for "someone else"); null when
 * "someone else" has no name, or the choice is none the form offered. */
export function changeOfChoice(choices: CorrectionChoices, choice: string, typed: string): CorrectionChange | null {
  const name = fold(typed);
  const chosen = choices.speakers.find((s) => s.name === choice);
  if (choice === CHOICE_OTHER ? !name : !chosen && (choice !== CHOICE_ARTICLE || choices.target === 'quote'))
    return null;
  if (choices.target === 'quote')
    return { action: 'speaker', name: chosen?.name ?? name, kind: chosen?.kind ?? 'person' };
  return { action: 'claimant', name: choice === CHOICE_ARTICLE ? null : (chosen?.name ?? name) };
}

/** A new correction of the item at `anchor` (`was`: its answer before, as the form showed it). */
export function newCorrection(
  change: CorrectionChange,
  target: CorrectionTarget,
  anchor: Anchor,
  was: string | null,
): Correction {
  return { ...change, id: newCorrectionId(), target, anchor, was, at: Date.now() };
}

/** In a few words, what one correction says ("Speaker: Sarah Lee (was: Ana Torres)"). */
export function describeCorrection(c: Correction): string {
  const was = c.was ?? t(c.target === 'quote' ? 'unattributed' : 'claimedByArticle');
  if (c.action === 'remove') return t(c.target === 'quote' ? 'correctionNotQuote' : 'correctionNotFigure');
  if (c.action === 'speaker') return t('correctionSpeaker', c.name, was);
  return t('correctionClaimant', c.name ?? t('claimedByArticle'), was);
}

/** Adds a correction to a page's list; one that changes the same item replaces the earlier one
 * (undo then restores the engine's answer, not an older correction). Oldest dropped past the cap. */
export function withCorrection(page: PageCorrections, correction: Correction): PageCorrections {
  const same = (c: Correction) =>
    c.target === correction.target &&
    c.anchor.text === correction.anchor.text &&
    c.anchor.before === correction.anchor.before &&
    c.anchor.after === correction.anchor.after;
  const items = [...page.items.filter((c) => !same(c)), correction].slice(-MAX_ITEMS_PER_PAGE);
  return { ...page, items };
}

/** A page's list without one correction. */
export function withoutCorrection(page: PageCorrections, id: string): PageCorrections {
  return { ...page, items: page.items.filter((c) => c.id !== id) };
}

// ---- Reading stored values: anything else in storage (another version, a broken write, a value
// put there by hand) is dropped item by item, never trusted.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function readAnchor(v: unknown): Anchor | null {
  if (!isObject(v) || !str(v.text, MAX_ANCHOR_TEXT) || !v.text || !str(v.before, CONTEXT_CHARS)) return null;
  if (!str(v.after, CONTEXT_CHARS)) return null;
  return { text: v.text, before: v.before, after: v.after };
}

/** One stored correction, or null when it is not one. */
export function readCorrection(v: unknown): Correction | null {
  if (!isObject(v) || !str(v.id, 64) || !v.id || (v.target !== 'quote' && v.target !== 'figure')) return null;
  const anchor = readAnchor(v.anchor);
  if (!anchor) return null;
  const was = v.was === null || v.was === undefined ? null : str(v.was, MAX_NAME * 2) ? v.was : null;
  const at = typeof v.at === 'number' && Number.isFinite(v.at) ? v.at : 0;
  const base = { id: v.id, target: v.target, anchor, was, at } as const;
  const name = (n: unknown) => (str(n, MAX_NAME) && fold(n) ? fold(n) : null);
  if (v.action === 'remove') return { ...base, action: 'remove' };
  if (v.action === 'speaker' && v.target === 'quote') {
    const n = name(v.name);
    const kind = typeof v.kind === 'string' && (SPEAKER_KINDS as readonly string[]).includes(v.kind) ? v.kind : null;
    return n && kind && kind !== 'unknown' ? { ...base, action: 'speaker', name: n, kind: kind as SpeakerKind } : null;
  }
  if (v.action === 'claimant' && v.target === 'figure') {
    if (v.name === null) return { ...base, action: 'claimant', name: null };
    const n = name(v.name);
    return n ? { ...base, action: 'claimant', name: n } : null;
  }
  return null;
}

function readBlocks(v: unknown, length: number): Block[] | null {
  if (!Array.isArray(v) || v.length > MAX_BLOCKS) return null;
  let previousEnd = 0;
  const blocks: Block[] = [];
  for (const b of v) {
    if (!isObject(b) || !Number.isInteger(b.start) || !Number.isInteger(b.end)) return null;
    const start = b.start as number,
      end = b.end as number;
    if (!(BLOCK_KINDS as readonly unknown[]).includes(b.kind) || start < previousEnd || end < start || end > length)
      return null;
    previousEnd = end;
    blocks.push({ start, end, kind: b.kind as Block['kind'] });
  }
  return blocks;
}

/** A stored page's corrections, checked and capped; null when there is nothing usable. */
export function readPageCorrections(v: unknown): PageCorrections | null {
  if (!isObject(v) || !str(v.url, MAX_URL) || !v.url || !Array.isArray(v.items)) return null;
  const items: Correction[] = [];
  const ids = new Set<string>();
  for (const raw of v.items.slice(-MAX_ITEMS_PER_PAGE)) {
    const c = readCorrection(raw);
    if (c && !ids.has(c.id)) {
      ids.add(c.id);
      items.push(c);
    }
  }
  if (!items.length) return null;
  const page: PageCorrections = { url: v.url, title: str(v.title, MAX_TITLE) ? v.title : '', items };
  if (str(v.text, MAX_STORED_TEXT)) {
    const blocks = readBlocks(v.blocks, v.text.length);
    if (blocks) {
      page.text = v.text;
      page.blocks = blocks;
    }
  }
  return page;
}

/** A stored page ready to write: capped like a read one, so a write never stores what a read refuses. */
export function pageToStore(page: PageCorrections): PageCorrections | null {
  return readPageCorrections(JSON.parse(JSON.stringify(page)));
}

/** Every page's corrections in a storage.local dump, newest correction first. */
export function readAllCorrections(all: Record<string, unknown>): PageCorrections[] {
  const pages: PageCorrections[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(STORAGE_PREFIX)) continue;
    const page = readPageCorrections(value);
    if (page && storageKey(page.url) === key) pages.push(page);
  }
  const newest = (p: PageCorrections) => Math.max(...p.items.map((c) => c.at));
  return pages.sort((x, y) => newest(y) - newest(x)).slice(0, MAX_PAGES);
}

/** A new correction id: time plus randomness, unique within a page. */
export function newCorrectionId(now = Date.now()): string {
  const random = new Uint32Array(2);
  globalThis.crypto.getRandomValues(random);
  return `${now.toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** One JSON Lines record of test data: the page's URL as id, the article text and the corrected
 * annotations in the engine's own shape (src/engine/types.ts), and which items the reader changed. */
export function trainingRecord(page: PageCorrections, annotations: Omit<Annotations, 'text'>): string | null {
  if (page.text === undefined) return null;
  const { annotations: corrected, reader } = applyCorrections(annotations, page.text, page.url, page.items);
  const marked = (marks: (string | null)[]) => marks.flatMap((m, i) => (m ? [i] : []));
  return JSON.stringify({
    id: page.url,
    text: page.text,
    quotes: corrected.quotes,
    figures: corrected.figures,
    speakers: corrected.speakers,
    corrected: {
      quotes: marked(reader.quotes),
      figures: marked(reader.figures),
      removed: page.items.filter((c) => c.action === 'remove' && !reader.unmatched.includes(c.id)).map((c) => c.anchor),
    },
  });
}

/** Checks a report's reader part against the annotations it describes (from the page's process). */
export function isReaderReport(v: unknown, quotes: number, figures: number): v is ReaderReport {
  if (!isObject(v) || !str(v.key, MAX_URL) || !Array.isArray(v.items) || !Array.isArray(v.unmatched)) return false;
  const marks = (m: unknown, n: number) =>
    Array.isArray(m) && m.length === n && m.every((x) => x === null || typeof x === 'string');
  const anchors = (a: unknown, n: number) => Array.isArray(a) && a.length === n && a.every((x) => readAnchor(x));
  return (
    v.items.length <= MAX_ITEMS_PER_PAGE &&
    v.items.every((c) => readCorrection(c) !== null) &&
    v.unmatched.every((id) => typeof id === 'string') &&
    marks(v.quotes, quotes) &&
    marks(v.figures, figures) &&
    anchors(v.quoteAnchors, quotes) &&
    anchors(v.figureAnchors, figures)
  );
}
