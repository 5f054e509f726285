// Pages change after load: infinite scroll, "read more", client-rendered articles, single-page
// navigation. One debounced MutationObserver watches the page and calls back only when a change
// touches the article we annotated (or the URL changed, or the article left the document), so
// ads and widgets churning elsewhere cost almost nothing. Highlights are not DOM changes and our
// card host sits outside <body>, so our own work never triggers it.
//
// A page that never stops changing (a clock or a live counter inside the article) would have the
// article re-read every time it ticks: after a few re-reads the wait before the next one doubles
// each time, up to minutes, until the page has been quiet for a while. A new URL is a new page and
// starts afresh.

/** Quiet time after the last relevant change before re-annotating. */
export const DEBOUNCE_MS = 500;
/** Upper bound on how long a stream of changes can postpone re-annotation (before backing off). */
export const MAX_WAIT_MS = 3000;
/** Re-reads at the normal pace; after them each one waits twice as long as the one before. */
export const FREE_REREADS = 2;
/** The first wait once backing off. */
export const BACKOFF_BASE_MS = 4000;
/** The longest wait between two re-reads of a page that keeps changing. */
const MAX_BACKOFF_MS = 5 * 60_000;
/** A page without a relevant change for this long is back to the normal pace. */
export const QUIET_RESET_MS = 30_000;

export class LiveUpdates {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private url: string;
  private article: Element | null = null;
  /** Re-reads since the page was last quiet (or navigated), and when the last one was. */
  private streak = 0;
  private lastFired = -Infinity;
  private lastChange = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.url = doc.location?.href ?? '';
  }

  /** Starts (or moves) the watch; `article` is the annotated root, or null to wait for one. */
  watch(article: Element | null): void {
    this.article = article;
    this.url = this.doc.location?.href ?? '';
    if (this.observer) return;
    const body = this.doc.querySelector('body');
    if (!body || typeof MutationObserver !== 'function') return;
    this.observer = new MutationObserver((records) => {
      const navigated = (this.doc.location?.href ?? '') !== this.url;
      if (navigated || this.isRelevant(records)) this.schedule(navigated);
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.doc.defaultView?.addEventListener('popstate', this.onNavigate);
    this.doc.defaultView?.addEventListener('hashchange', this.onNavigate);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.doc.defaultView?.removeEventListener('popstate', this.onNavigate);
    this.doc.defaultView?.removeEventListener('hashchange', this.onNavigate);
  }

  /** How long the next re-read must wait after the last one (0 while re-reads are free). */
  backoffMs(): number {
    if (this.streak < FREE_REREADS) return 0;
    return Math.min(MAX_BACKOFF_MS, BACKOFF_BASE_MS * 2 ** (this.streak - FREE_REREADS));
  }

  private readonly onNavigate = () => this.schedule(true);

  private isRelevant(records: MutationRecord[]): boolean {
    const article = this.article;
    if (!article) {
      // No article yet: only added content can create one.
      return records.some((r) => r.addedNodes.length > 0);
    }
    if (!article.isConnected) return true;
    for (const r of records) {
      const target = r.target;
      // Inside the article, or new content added right beside/around it (a "read more" pane).
      if (article.contains(target)) return true;
      if (r.type === 'childList' && target.contains(article) && r.addedNodes.length > 0) {
        for (const node of r.addedNodes) if ((node.textContent ?? '').length > 80) return true;
      }
    }
    return false;
  }

  /** `navigated`: pushState, popstate or a hash change (pushState fires no event a content
   * script can hear; the DOM change that follows it does, so the URL is compared on each). */
  private schedule(navigated: boolean): void {
    const now = this.now();
    // Quiet means no relevant change at all for a while (a change waiting its turn is none).
    if (navigated || now - this.lastChange > QUIET_RESET_MS) {
      this.streak = 0;
      this.lastFired = -Infinity;
    }
    this.lastChange = now;
    if (!this.timer) this.firstPending = now;
    clearTimeout(this.timer);
    const debounced = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    // While backing off, changes no longer postpone the re-read; they only wait for their turn.
    const wait = Math.max(debounced, this.lastFired + this.backoffMs() - now);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.lastFired = this.now();
      this.streak++;
      this.onChange();
    }, wait);
  }
}
