// The address a page's corrections are kept under: its canonical URL, so the same article read
// again (with tracking parameters, from another link, after a reload) finds them. Only a canonical
// URL on the page's own origin is believed: a page naming another site's article as its canonical
// would otherwise be shown, in its own hover card, the corrections the reader made there.

/** Query parameters that only say where a visit came from. */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|ocid|cmpid|smid|ref|ref_src)$/i;

/** The page's key: its same-origin canonical link (or og:url), else its own address; without the
 * fragment and tracking parameters either way. */
export function pageKey(doc: Document, href: string = doc.location.href): string {
  const here = new URL(href);
  const declared =
    doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    doc.querySelector<HTMLMetaElement>('meta[property="og:url" i][content]')?.getAttribute('content') ??
    null;
  let url = here;
  if (declared) {
    try {
      const canonical = new URL(declared, here);
      if (canonical.origin === here.origin) url = canonical;
    } catch {
      /* not a URL: the page's own address */
    }
  }
  const clean = new URL(url.href);
  clean.hash = '';
  // forEach, not the keys() iterator: in a Firefox content script that iterator is not iterable.
  const tracking: string[] = [];
  clean.searchParams.forEach((_, name) => {
    if (TRACKING.test(name)) tracking.push(name);
  });
  for (const name of tracking) clean.searchParams.delete(name);
  return clean.href;
}
