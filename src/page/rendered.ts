// When the browser has brought the page's style up to date by itself. The first computed style
// asked of a page whose style is stale (a big page just parsed, or changed by its own scripts)
// makes the browser work out the style of the whole page at once, inside the task that asked:
// on a 1.6 MB page in Firefox that made the script's first task its longest. Left alone, the
// browser does the same work in its next rendering step, which it runs anyway to show the page;
// so the content script asks for computed style only after that step.

/** How long to wait for a rendering step at most: a frame that is throttled (a busy machine, a
 * frame the browser does not draw) must not hold up the read. */
const FALLBACK_MS = 100;

/** Resolves once the browser has rendered `doc` after this call (an animation frame's callbacks,
 * then its style, layout and paint, then a task), or at once where no frame is coming: a hidden
 * tab draws nothing (and no one waits on its page), a document without a window never renders.
 * Resolves after `fallbackMs` at the latest. Never rejects. */
export function afterNextRender(doc: Document, fallbackMs = FALLBACK_MS): Promise<void> {
  const view = doc.defaultView;
  if (!view || typeof view.requestAnimationFrame !== 'function' || doc.visibilityState !== 'visible')
    return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    try {
      // Animation-frame callbacks run just before the frame's style and layout: a task queued in
      // one runs after them.
      view.requestAnimationFrame(() => void nextTask().then(done));
    } catch {
      done();
    }
  });
}

/** Resolves in a task of its own: a message to ourselves (not a timeout, which browsers hold back
 * 4 ms each after the fifth nested one), a timeout where there is no MessageChannel. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
