// The small card shown over a hovered highlight. It lives in a shadow root on one host element
// of our own, so page CSS cannot reach it and ours cannot leak (open, so that tests and
// assistive tools can read it; page scripts could read the page's text anyway); it is created on first
// use (a page nobody hovers keeps its DOM untouched), takes no pointer events and no focus unless
// it carries an action or corrections (buttons the pointer and the keyboard can reach), and writes
// page text with textContent only. Its buttons answer trusted events only: the page's scripts
// can reach into an open shadow root, but cannot make the reader's clicks.
import { correctionControls, type CardCorrection } from './card-correction';

export interface CardLine {
  label: string;
  value: string;
}

export interface CardContent {
  /** Big line: the speaker's name, or the figure's value. */
  title: string;
  /** Small lines below it (role, kind, counts, claimant). */
  lines: CardLine[];
  /** Accent: which kind of item this is (matches the highlight colours). */
  accent: 'direct' | 'reported' | 'figure';
  /** A button under the lines ("Show where Sergei Shoigu is introduced"). */
  action?: { label: string; run(): void };
  /** The reader's corrections of this item ("Correct", "Undo my correction"). */
  correction?: CardCorrection;
}

const HOST_TAG = 'quote-lens-card';
const MARGIN = 8;

/** The card's style sheet (minified by the build: see build.mjs). */
const STYLE = /* css */ `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; min-width: 160px; box-sizing: border-box;
  padding: 8px 10px; border-radius: 8px; border-left: 4px solid var(--accent);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #ffffff;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); color-scheme: light dark; pointer-events: none; opacity: 0; visibility: hidden;
  transition: opacity .12s ease-out, visibility .12s; overflow-wrap: anywhere; }
.card.shown { opacity: 1; visibility: visible; }
.card[data-accent=direct] { --accent: #d4a600; }
.card[data-accent=reported] { --accent: #2f6fb3; }
.card[data-accent=figure] { --accent: #1e8a45; }
.title { font-weight: 650; font-size: 14px; margin: 0 0 4px; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { color: #5a5a5a; }
dd { margin: 0; }
.card.shown.interactive { pointer-events: auto; }
button { margin: 6px 6px 0 0; font: inherit; color: #1f3a5f; background: #eef3f9; border: 1px solid #8aa4c4;
  border-radius: 4px; padding: 2px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid #c2410c; outline-offset: 1px; }
.fix { margin-top: 6px; }
select, input { display: block; font: inherit; width: 100%; box-sizing: border-box; margin: 2px 0 4px; }
output { display: block; }
@media (prefers-color-scheme: dark) {
  .card { color: #f1f1f1; background: #242424; box-shadow: 0 4px 16px rgba(0,0,0,.6); }
  dt { color: #b0b0b0; }
  button { color: #dbe8f7; background: #2b3440; border-color: #6c86a8; }
}
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
`;

/** One card per page; `show` moves and refills it, `hide` fades it out. */
export class HoverCard {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private card: HTMLElement | null = null;
  private content: CardContent | null = null;
  private anchor: DOMRect | null = null;
  /** Boxes the card should leave visible when it can (the words that attribute its item). */
  private avoid: readonly DOMRect[] = [];

  /** `trusted` says whether an event is the reader's own (tests stand in for the browser). */
  constructor(
    private readonly doc: Document,
    private readonly trusted: (e: Event) => boolean = (e) => e.isTrusted,
  ) {}

  /** Shows the card for `content` next to `anchor` (the hovered item's box), inside the viewport.
   * The same content again (the pointer moved within one item, the page scrolled) only moves the
   * card, and not even that when its anchor has not moved. */
  show(content: CardContent, anchor: DOMRect, avoid: readonly DOMRect[] = []): void {
    this.avoid = avoid;
    if (content === this.content && this.card && this.isShown()) {
      if (
        !this.anchor ||
        anchor.top !== this.anchor.top ||
        anchor.left !== this.anchor.left ||
        anchor.bottom !== this.anchor.bottom
      )
        this.place(this.card, anchor);
      return;
    }
    this.content = content;
    const card = this.ensure();
    card.dataset.accent = content.accent;
    card.replaceChildren();
    const title = this.doc.createElement('p');
    title.className = 'title';
    title.textContent = content.title;
    const list = this.doc.createElement('dl');
    for (const line of content.lines) {
      const dt = this.doc.createElement('dt');
      dt.textContent = line.label;
      const dd = this.doc.createElement('dd');
      dd.textContent = line.value;
      list.append(dt, dd);
    }
    card.append(title, list);
    const { action } = content;
    if (action) {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.addEventListener('click', (e) => {
        if (this.trusted(e)) action.run();
      });
      card.append(button);
    }
    const { correction } = content;
    if (correction)
      card.append(
        correctionControls(this.doc, correction, content.title, this.trusted, () => this.place(card, this.anchor!)),
      );
    const interactive = !!(action || correction);
    card.classList.toggle('interactive', interactive);
    // A card with a button is a small group the keyboard can enter, no longer a plain tooltip.
    card.setAttribute('role', interactive ? 'group' : 'tooltip');
    if (interactive) card.setAttribute('aria-label', content.title);
    else card.removeAttribute('aria-label');
    this.place(card, anchor);
    card.classList.add('shown');
  }

  hide(): void {
    this.card?.classList.remove('shown');
  }

  isShown(): boolean {
    return !!this.card?.classList.contains('shown');
  }

  /** Whether the shown card takes the pointer (it has an action): leaving its item for it must
   * not hide it at once. */
  isInteractive(): boolean {
    return this.isShown() && !!this.card?.classList.contains('interactive');
  }

  /** Whether the card is held open: its correction form is open with the focus in it. Mouse-out,
   * hovering other items and the page's Escape leave it then (the form's Escape closes the form). */
  isPinned(): boolean {
    return this.isShown() && !!this.root?.activeElement && !!this.card?.querySelector('.fix:not([hidden])');
  }

  /** Whether an event's target is the card (events from inside its shadow root land on the host). */
  holds(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  /** Removes our host element: the page is as we found it. */
  destroy(): void {
    this.host?.remove();
    this.host = this.card = this.root = null;
  }

  private ensure(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = this.doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = STYLE;
    const card = this.doc.createElement('div');
    card.className = 'card';
    // Keys typed into the card are ours: the page's shortcuts must not act on a typed name.
    card.addEventListener('keydown', (e) => e.stopPropagation());
    root.append(style, card);
    // On <html>, not <body>: article scripts that rebuild body content will not drop it.
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.card = card;
    return card;
  }

  /** Below the item when there is room, else above; clamped horizontally to the viewport. */
  private place(card: HTMLElement, anchor: DOMRect): void {
    this.anchor = anchor;
    const view = this.doc.defaultView!;
    card.style.left = '0px';
    card.style.top = '0px';
    const { width, height } = card.getBoundingClientRect();
    const vw = view.innerWidth,
      vh = view.innerHeight;
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
    const covers = (y: number) =>
      this.avoid.some((r) => r.left < left + width && r.right > left && r.top < y + height && r.bottom > y);
    const below = anchor.bottom + MARGIN;
    const above = anchor.top - MARGIN - height;
    const aboveFits = above >= MARGIN;
    // Below the item, unless there is no room there, or it would hide the attributing words and
    // above would not.
    let top = below;
    if ((below + height > vh - MARGIN || (covers(below) && !covers(above))) && aboveFits) top = above;
    top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}
