// The one messaging protocol between popup, content script and background: a discriminated
// union per direction, each checked on receipt (`is…` guards) because a message is just data
// from another context and web pages must never be able to drive the extension.
import {
  BLOCK_KINDS,
  EVIDENCE_PLACES,
  FIGURE_KINDS,
  SPEAKER_KINDS,
  type Annotations,
  type Block,
} from '../engine/types';
import { isReaderReport, type ReaderReport } from './corrections';

/** What the content script knows about its page, as the popup shows it. */
const PAGE_STATES = [
  'ready', // annotated; annotations present
  'working', // still reading the page
  'no-article', // the page is not an article
  'disabled', // the user switched the extension off on this site
  'waiting', // "run only on click" mode and not yet run
] as const;
export type PageState = (typeof PAGE_STATES)[number];

/** The page's answer to the popup: its state and, when ready, what the engine found. */
export interface PageReport {
  state: PageState;
  title: string;
  url: string;
  host: string;
  /** Without `text`: the popup needs spans' texts only, which each item carries. */
  annotations: Omit<Annotations, 'text'> | null;
  /** A little article text around each figure, for the popup's context column. */
  figureContexts: string[];
  highlightsVisible: boolean;
  /** The article was longer than the extension analyses: only its start is highlighted. */
  capped?: boolean;
  /** Why a page with no highlights was left alone, when it is not simply "no article":
   * 'not-english', an article in a language Quote Lens does not read. */
  skipped?: SkipReason;
  /** The reader's corrections on this page and which items they changed (corrections.ts). */
  reader?: ReaderReport;
  /** The page's settings list dates and years among the figures: the popup draws its first
   * list with them without reading storage itself first. */
  withDates?: boolean;
}

const SKIP_REASONS = ['not-english'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Popup (or background) -> content script. */
export type ContentRequest =
  /** Report state and annotations. */
  | { type: 'get-report' }
  /** Scroll to one quote or figure and flash it. `text` is the item's text as the popup saw it:
   * if the page re-read itself since, the item is found again by its text. */
  | { type: 'focus-item'; item: 'quote' | 'figure'; index: number; text?: string }
  /** Scroll to where the article introduces the speaker of one quote (a pronoun's antecedent)
   * and flash it; `text` as for focus-item. */
  | { type: 'focus-introduction'; index: number; text?: string }
  /** Annotate now (on-click mode, or after enabling the site). */
  | { type: 'run-now' }
  /** Show or hide all highlights (keyboard command, popup button). */
  | { type: 'toggle-highlights' }
  /** The article's key, text and blocks, kept with the reader's corrections (null when too long). */
  | { type: 'get-article' }
  /** Read the page again with the corrections just stored; the answer is the new report. */
  | { type: 'reapply-corrections' };

/** Content script -> background. */
export type BackgroundRequest =
  /** The page's quote count changed: the badge shows it. */
  | { type: 'quote-count'; count: number }
  /** Run the engine over an article's text; the answer is its Annotations. The engine lives in
   * the background so that the script injected into every page stays small (it is loaded once
   * per browser session instead of once per page) and its work never blocks the page. `byline`:
   * the writer the page's metadata names, whom "I" outside quotation marks stands for. */
  | { type: 'analyze'; text: string; blocks: Block[]; byline?: string }
  /** A page that looks like an article is being read: the engine's text is on its way. A background
   * that was asleep starts now and runs the engine once on a sample of its own, so its code is
   * compiled while the page is read rather than when the article arrives. No answer. */
  | { type: 'warm-up' };

/** Longest article text analysed (1 M characters, some 150,000 words: several times the longest
 * real article): the content script sends no more than this, and the background refuses more
 * before looking at the rest of the request, so no page can make it work for seconds or answer
 * with tens of megabytes. */
export const MAX_ANALYZE_CHARS = 1_000_000;
/** Longest writer's name sent with an article (the page reads at most 60 characters). */
export const MAX_BYLINE_CHARS = 100;

/** Upper bound on any index or count we accept: far above any real article, low enough that a
 * forged number cannot make a receiver allocate or loop for long. */
const MAX_INDEX = 1e6;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < MAX_INDEX;

/** Accepts only well-formed requests for the content script. */
export function isContentRequest(msg: unknown): msg is ContentRequest {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'get-report':
    case 'run-now':
    case 'toggle-highlights':
    case 'get-article':
    case 'reapply-corrections':
      return true;
    case 'focus-item':
      return (
        (msg.item === 'quote' || msg.item === 'figure') &&
        isIndex(msg.index) &&
        (msg.text === undefined || (typeof msg.text === 'string' && msg.text.length <= MAX_ANALYZE_CHARS))
      );
    case 'focus-introduction':
      return (
        isIndex(msg.index) &&
        (msg.text === undefined || (typeof msg.text === 'string' && msg.text.length <= MAX_ANALYZE_CHARS))
      );
    default:
      return false;
  }
}

/** Accepts only well-formed requests for the background. */
export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  if (!isObject(msg)) return false;
  if (msg.type === 'quote-count') return isIndex(msg.count);
  if (msg.type === 'warm-up') return true;
  if (
    msg.type !== 'analyze' ||
    typeof msg.text !== 'string' ||
    msg.text.length > MAX_ANALYZE_CHARS ||
    !Array.isArray(msg.blocks) ||
    (msg.byline !== undefined && (typeof msg.byline !== 'string' || msg.byline.length > MAX_BYLINE_CHARS))
  )
    return false;
  const length = msg.text.length;
  let previousEnd = 0;
  // Blocks in order, inside the text, not overlapping: what the engine assumes.
  return (
    msg.blocks.length <= length + 1 &&
    msg.blocks.every((b: unknown) => {
      if (!isObject(b) || !Number.isInteger(b.start) || !Number.isInteger(b.end) || !oneOf(BLOCK_KINDS, b.kind))
        return false;
      const ok =
        (b.start as number) >= previousEnd && (b.end as number) >= (b.start as number) && (b.end as number) <= length;
      previousEnd = b.end as number;
      return ok;
    })
  );
}

/** Checks the background's analysis before the page layer paints it (spans inside the text). */
export function isAnnotationsFor(msg: unknown, textLength: number): msg is Omit<Annotations, 'text'> {
  const inText = (v: unknown) =>
    isObject(v) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.start as number) <= (v.end as number) &&
    (v.end as number) <= textLength;
  return isAnnotationsShape(msg) && msg.quotes.every(inText) && msg.figures.every(inText);
}

/** Quotes, figures and speakers, each item well-formed down to the fields the receivers read. */
function isAnnotationsShape(a: unknown): a is Omit<Annotations, 'text'> {
  return (
    isObject(a) &&
    Array.isArray(a.quotes) &&
    Array.isArray(a.figures) &&
    Array.isArray(a.speakers) &&
    a.quotes.length < MAX_INDEX &&
    a.figures.length < MAX_INDEX &&
    a.quotes.every(isQuote) &&
    a.figures.every(isFigure) &&
    a.speakers.every(isSpeaker)
  );
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || typeof v === 'string';
/** `list.includes(v)` for a value of unknown type (a typed list's includes only takes its members). */
const oneOf = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);

function isQuoteSpeaker(v: unknown): boolean {
  return (
    v === null ||
    (isObject(v) &&
      isString(v.id) &&
      isNullableString(v.name) &&
      oneOf(SPEAKER_KINDS, v.kind) &&
      isNullableString(v.role) &&
      typeof v.confidence === 'number' &&
      v.confidence >= 0 &&
      v.confidence <= 1 &&
      isObject(v.evidence) &&
      oneOf(EVIDENCE_PLACES, v.evidence.place))
  );
}
function isQuote(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.text) &&
    (v.kind === 'direct' || v.kind === 'reported') &&
    typeof v.partial === 'boolean' &&
    isQuoteSpeaker(v.speaker)
  );
}
function isFigure(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.text) &&
    oneOf(FIGURE_KINDS, v.kind) &&
    (v.value === null || typeof v.value === 'number') &&
    (v.high === undefined || typeof v.high === 'number') &&
    isNullableString(v.unit) &&
    typeof v.approximate === 'boolean' &&
    isNullableString(v.claimedBy)
  );
}
function isSpeaker(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.name) &&
    oneOf(SPEAKER_KINDS, v.kind) &&
    isNullableString(v.role) &&
    Number.isInteger(v.quoteCount) &&
    Array.isArray(v.aliases)
  );
}

/** Checks a page's report before the popup uses it: a content script runs in the page's
 * process, so its answer is checked like any other input, down to the fields the popup reads
 * (a malformed item would otherwise surface as an exception in the middle of rendering). */
export function isPageReport(msg: unknown): msg is PageReport {
  if (!isObject(msg)) return false;
  if (!oneOf(PAGE_STATES, msg.state)) return false;
  if (!isString(msg.title) || !isString(msg.url) || !isString(msg.host)) return false;
  if (
    typeof msg.highlightsVisible !== 'boolean' ||
    !Array.isArray(msg.figureContexts) ||
    !msg.figureContexts.every(isString)
  )
    return false;
  if (msg.capped !== undefined && typeof msg.capped !== 'boolean') return false;
  if (msg.skipped !== undefined && !oneOf(SKIP_REASONS, msg.skipped)) return false;
  if (msg.withDates !== undefined && typeof msg.withDates !== 'boolean') return false;
  if (msg.annotations === null) return msg.reader === undefined;
  if (!isAnnotationsShape(msg.annotations)) return false;
  const a = msg.annotations;
  return msg.reader === undefined || isReaderReport(msg.reader, a.quotes.length, a.figures.length);
}
