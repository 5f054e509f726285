// UI strings come from _locales/<lang>/messages.json through the browser's i18n API, so a
// translation is a new JSON file and no code. The lookup is injected once by each page's entry
// (popup, options), which keeps this module free of extension globals and testable in Node.

/** Looks a message up by key with positional substitutions, like browser.i18n.getMessage. */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

/** One entry of a messages.json catalogue, as the browsers define it. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

let lookup: MessageLookup | null = null;

/** Installs the lookup the page will use (browser.i18n.getMessage in the extension, a catalogue
 * in tests). */
export function setMessageLookup(fn: MessageLookup): void {
  lookup = fn;
}

/** The UI string for `key`; the key itself when no lookup is installed or the key is missing,
 * so a forgotten string shows up visibly instead of as an empty label. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const text = lookup?.(key, subs.length ? subs : undefined);
  return text || key;
}

/** A lookup over a parsed messages.json, resolving `$name$` placeholders and `$1`..`$9` the way
 * the browsers do: used by unit tests and any context without the i18n API. */
export function lookupFromCatalog(catalog: Record<string, CatalogEntry>): MessageLookup {
  return (key, substitutions = []) => {
    const entry = Object.prototype.hasOwnProperty.call(catalog, key) ? catalog[key] : undefined;
    if (!entry) return '';
    const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    // One pass over the template, so text substituted in is never read as a pattern itself.
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
      if (!name) return '$';
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}
