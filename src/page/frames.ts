// Which frames of a page read it. Every frame runs the content script (an article can sit in a
// same-origin frame), but a page with two hundred ad frames must not run two hundred analyses,
// and a frame from another site must never speak for the page the reader is on.

/** Smallest frame that can hold the article: wider and taller than the usual ad slots
 * (300×250, 300×600, 728×90, 160×600). */
const MIN_FRAME_WIDTH = 400;
const MIN_FRAME_HEIGHT = 300;

/** Whether this window may read its document: the top frame, or a same-origin frame of the size
 * of a page's main content. */
export function frameMayHoldArticle(win: Window): boolean {
  if (win.top === win) return true;
  try {
    // A cross-origin top throws on reading its location: such a frame is another site's.
    if (win.top?.location.origin !== win.location.origin) return false;
  } catch {
    return false;
  }
  return win.innerWidth >= MIN_FRAME_WIDTH && win.innerHeight >= MIN_FRAME_HEIGHT;
}
