// Paints annotations with the CSS Custom Highlight API: no element is inserted into the page,
// so frameworks that own the DOM never see a change, nothing reflows and ligatures survive.
// One highlight per kind keeps overlaps visible (a figure inside a quote stays distinct); the
// colours come from content.css, chosen by name for a light or dark page and the user's style.

export type PaintKind = 'direct' | 'reported' | 'figure' | 'evidence' | 'focus';
export type Theme = 'light' | 'dark';
export type PaintStyle = 'fill' | 'underline';

const KINDS: readonly PaintKind[] = ['direct', 'reported', 'figure', 'evidence', 'focus'];

/** Higher priority paints on top: a figure over its quote, a hovered item's attributing words
 * (evidence) over both, the focused item over everything. */
const PRIORITY: Record<PaintKind, number> = { reported: 1, direct: 2, figure: 3, evidence: 4, focus: 5 };

/** The registry name of one kind's highlight in one theme and style (content.css styles each). */
function highlightName(kind: PaintKind, theme: Theme, style: PaintStyle): string {
  return `quote-lens-${kind}-${theme}-${style}`;
}

/** Whether this browser can paint highlights at all (Chrome 105+, Firefox 140+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Owns the page's highlight registry entries for Quote Lens, and nothing else in it. */
export class Highlighter {
  private ranges: Record<PaintKind, Range[]> = { direct: [], reported: [], figure: [], evidence: [], focus: [] };
  private visible = true;
  /** The registry name each kind is painted under now (absent: not painted). */
  private registered = new Map<PaintKind, string>();

  constructor(
    private theme: Theme,
    private style: PaintStyle,
  ) {}

  /** Replaces the ranges painted for one kind; the other kinds stay as they are. */
  set(kind: PaintKind, ranges: Range[]): void {
    this.ranges[kind] = ranges;
    this.renderKind(kind);
  }

  /** Paints every kind in a new theme or style (nothing to do when neither changed). */
  setAppearance(theme: Theme, style: PaintStyle): void {
    if (theme === this.theme && style === this.style) return;
    this.theme = theme;
    this.style = style;
    this.render();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.render();
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** Removes every highlight this instance registered (on teardown or re-annotation). */
  clear(): void {
    if (!canHighlight()) return;
    for (const name of this.registered.values()) CSS.highlights.delete(name);
    this.registered.clear();
  }

  private render(): void {
    for (const kind of KINDS) this.renderKind(kind);
  }

  private renderKind(kind: PaintKind): void {
    if (!canHighlight()) return;
    const previous = this.registered.get(kind);
    if (previous) CSS.highlights.delete(previous);
    this.registered.delete(kind);
    const ranges = this.ranges[kind];
    if (!this.visible || !ranges.length) return;
    // All the ranges in the constructor: one call into the page's DOM instead of one add() per
    // range (in Firefox each call from the content script crosses its wrapper into the page).
    const highlight = new Highlight(...ranges);
    highlight.priority = PRIORITY[kind];
    const name = highlightName(kind, this.theme, this.style);
    CSS.highlights.set(name, highlight);
    this.registered.set(kind, name);
  }
}

/** Reads the page's effective background (the first opaque one from body up) and says whether
 * dark or light highlight colours will be readable on it. */
export function pageTheme(doc: Document): Theme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  // Transparent all the way up: the canvas colour follows the color-scheme.
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  if (scheme && /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return 'dark';
  return 'light';
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
