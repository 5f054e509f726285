// The one messaging protocol between popup, content script and background: a discriminated
// union per direction, each checked on receipt (`is…` guards) because a message is just data
// from another context and web pages must never be able to drive the extension.
import type { Annotations } from '../engine/types';

/** What the content script knows about its page, as the popup shows it. */
export type PageState =
  | 'ready'        // annotated; annotations present
  | 'working'      // still reading the page
  | 'no-article'   // the page is not an article
  | 'disabled'     // the user switched the extension off on this site
  | 'waiting';     // "run only on click" mode and not yet run

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
}

/** Popup (or background) -> content script. */
export type ContentRequest =
  /** Report state and annotations. */
  | { type: 'get-report' }
  /** Scroll to one quote or figure and flash it. */
  | { type: 'focus-item'; item: 'quote' | 'figure'; index: number }
  /** Annotate now (on-click mode, or after enabling the site). */
  | { type: 'run-now' }
  /** Show or hide all highlights (keyboard command). */
  | { type: 'toggle-highlights' };

/** Content script -> background. */
export type BackgroundRequest =
  /** The page's quote count changed: the badge shows it. */
  | { type: 'quote-count'; count: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Accepts only well-formed requests for the content script. */
export function isContentRequest(msg: unknown): msg is ContentRequest {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'get-report':
    case 'run-now':
    case 'toggle-highlights':
      return true;
    case 'focus-item':
      return (msg.item === 'quote' || msg.item === 'figure') && Number.isInteger(msg.index) && (msg.index as number) >= 0;
    default:
      return false;
  }
}

/** Accepts only well-formed requests for the background. */
export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  if (!isObject(msg)) return false;
  return msg.type === 'quote-count' && Number.isInteger(msg.count) && (msg.count as number) >= 0 && (msg.count as number) < 1e6;
}
