// Why the popup cannot talk to a page, worked out from the tab's URL, so the popup can say it
// plainly instead of showing an empty list.

/** The reasons a content script cannot be reached, most specific first. */
export type Unreachable = 'browser-page' | 'store' | 'pdf' | 'local-file' | 'loading' | 'not-loaded';

/** Extension galleries: browsers keep every extension out of them, by design. */
const STORE_PAGES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** The reason for a tab whose content script did not answer. A tab without a URL is one the
 * browser does not let us see at all (its own pages: settings, new tab, about:, view-source).
 * `loading`: the tab has not finished loading (the content script starts when it has). */
export function whyUnreachable(url: string | null, loading = false): Unreachable {
  if (!url) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : 'local-file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_PAGES.some((s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  // A web page that has not finished loading: our content script runs once it has.
  if (loading) return 'loading';
  // An ordinary web page where nothing answered: it was open before the extension was
  // installed, updated or enabled, so the content script was never injected there.
  return 'not-loaded';
}
