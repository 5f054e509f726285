// Pages change after load: infinite scroll, "read more", client-rendered articles, single-page
// navigation. One debounced MutationObserver watches the page and calls back only when a change
// touches the article we annotated (or the URL changed, or the article left the document), so
// ads and widgets churning elsewhere cost almost nothing. Highlights are not DOM changes and our
// card host sits outside <body>, so our own work never triggers it.

/** Quiet time after the last relevant change before re-annotating. */
const DEBOUNCE_MS = 500;
/** Upper bound on how long a stream of changes can postpone re-annotation. */
const MAX_WAIT_MS = 3000;

export class LiveUpdates {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private url: string;
  private article: Element | null = null;

  constructor(private readonly doc: Document, private readonly onChange: () => void) {
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
      if (this.isRelevant(records)) this.schedule();
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.doc.defaultView?.addEventListener('popstate', this.onNavigate);
    this.doc.defaultView?.addEventListener('hashchange', this.onNavigate);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.doc.defaultView?.removeEventListener('popstate', this.onNavigate);
    this.doc.defaultView?.removeEventListener('hashchange', this.onNavigate);
  }

  private readonly onNavigate = () => this.schedule();

  private isRelevant(records: MutationRecord[]): boolean {
    // pushState navigation fires no event a content script can hear; the DOM change that
    // follows it does, so the URL is compared here.
    if ((this.doc.location?.href ?? '') !== this.url) return true;
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

  private schedule(): void {
    const now = Date.now();
    if (!this.timer) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, wait);
  }
}
