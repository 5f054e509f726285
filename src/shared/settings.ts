// The user's settings: one versioned shape, validated whenever it is read, so a corrupt or
// older stored value can never break the content script or the popup.

export const SETTINGS_VERSION = 1;

export type HighlightStyle = 'fill' | 'underline';
export type RunMode = 'auto' | 'on-click';

export interface Settings {
  version: number;
  /** Which kinds are painted in the page. */
  kinds: { direct: boolean; reported: boolean; figures: boolean; dates: boolean };
  /** Filled highlights, or underline only (low vision, busy pages). */
  style: HighlightStyle;
  /** Run on every article, or only when the toolbar button is clicked. */
  runMode: RunMode;
  /** Host names where the extension never runs (exact host or any subdomain of it). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  kinds: { direct: true, reported: true, figures: true, dates: false },
  style: 'fill',
  runMode: 'auto',
  disabledSites: [],
};

/** The storage.sync key that holds the settings object. */
export const SETTINGS_KEY = 'settings';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** Turns anything read from storage into valid settings: unknown fields dropped, wrong types
 * replaced by defaults, older versions migrated. Never throws. */
export function validateSettings(raw: unknown): Settings {
  if (!isObject(raw)) return structuredClone(DEFAULT_SETTINGS);
  const kinds = isObject(raw.kinds) ? raw.kinds : {};
  const d = DEFAULT_SETTINGS;
  const sites = Array.isArray(raw.disabledSites) ? raw.disabledSites : [];
  return {
    version: SETTINGS_VERSION,
    kinds: {
      direct: bool(kinds.direct, d.kinds.direct),
      reported: bool(kinds.reported, d.kinds.reported),
      figures: bool(kinds.figures, d.kinds.figures),
      dates: bool(kinds.dates, d.kinds.dates),
    },
    style: raw.style === 'underline' ? 'underline' : 'fill',
    runMode: raw.runMode === 'on-click' ? 'on-click' : 'auto',
    disabledSites: [...new Set(sites.map((s) => (typeof s === 'string' ? normalizeHost(s) : '')).filter(Boolean))],
  };
}

/** Reduces what a user types ("https://www.BBC.co.uk/news") to a host name ("bbc.co.uk"). */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#:].*$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) && host.includes('.') ? host : host === 'localhost' ? host : '';
}

/** Whether the extension is switched off on this host (the host itself or a parent domain listed). */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith('.' + site));
}
