// The user's settings: one versioned shape, validated whenever it is read, so a corrupt or
// older stored value can never break the content script or the popup.

/** Stored with the settings, so that the first change of their shape can tell older objects
 * (version 1, or no version: written before versioning) from newer ones and bring them up to
 * date before validating. No change has been made yet, so there is nothing to migrate. */
export const SETTINGS_VERSION = 1;

export const HIGHLIGHT_STYLES = ['fill', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
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

/** At most this many never-run sites, and fewer when long host names would pass the byte budget. */
export const MAX_DISABLED_SITES = 200;
/** storage.sync allows 8,192 bytes per item (key plus JSON value). The settings stay under this
 * budget, so a save can never fail on quota and take the other settings down with it. */
export const SETTINGS_BYTE_BUDGET = 7500;

/** Bytes the settings take in storage.sync (host names are ASCII: punycode). */
function storedBytes(settings: Settings): number {
  return SETTINGS_KEY.length + JSON.stringify(settings).length;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, disabledSites: [] });

/** Turns anything read from storage into valid settings: unknown fields dropped, wrong types
 * replaced by defaults, whatever its version (a newer install's fields still validate). Never
 * throws: a value it cannot read at all gives the defaults, never a broken page. */
export function validateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return defaults();
  try {
    return validate(stored);
  } catch {
    return defaults();
  }
}

function validate(raw: Record<string, unknown>): Settings {
  const kinds = isObject(raw.kinds) ? raw.kinds : {};
  const d = DEFAULT_SETTINGS;
  // Only the first entries are looked at: a huge stored list costs no more than a full one.
  const sites = Array.isArray(raw.disabledSites) ? raw.disabledSites.slice(0, MAX_DISABLED_SITES * 2) : [];
  const hosts = sites.map((s) => (typeof s === 'string' ? normalizeHost(s) : '')).filter(Boolean);
  const settings: Settings = {
    version: SETTINGS_VERSION,
    kinds: {
      direct: bool(kinds.direct, d.kinds.direct),
      reported: bool(kinds.reported, d.kinds.reported),
      figures: bool(kinds.figures, d.kinds.figures),
      dates: bool(kinds.dates, d.kinds.dates),
    },
    style: raw.style === 'underline' ? 'underline' : 'fill',
    runMode: raw.runMode === 'on-click' ? 'on-click' : 'auto',
    disabledSites: [...new Set(hosts)].slice(0, MAX_DISABLED_SITES),
  };
  // Host names are ASCII (punycode) and need no escaping, so dropping the last one takes off its
  // length, its two quotes and, unless it was alone, a comma: measured once, not per site.
  let bytes = storedBytes(settings);
  while (settings.disabledSites.length && bytes > SETTINGS_BYTE_BUDGET) {
    const host = settings.disabledSites.pop()!;
    bytes -= host.length + 2 + (settings.disabledSites.length ? 1 : 0);
  }
  return settings;
}

/** Reduces what a user types ("https://www.BBC.co.uk/news", "bücher.de") to the host name the
 * browser reports in location.hostname ("bbc.co.uk", "xn--bcher-kva.de"); '' when it is not
 * a host name at all. */
export function normalizeHost(input: string): string {
  // Cut before anything else, so a huge stored string costs no more than a long one.
  let host = input.slice(0, 2048).trim().toLowerCase();
  host = host
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^/?#]*@/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '');
  if (!host) return '';
  if (!/^[a-z0-9.-]+$/.test(host)) {
    try {
      host = new URL(`http://${host}/`).hostname; // IDN -> punycode, as location.hostname has it
    } catch {
      return '';
    }
  }
  host = host.replace(/^www\./, '');
  if (host === 'localhost') return host;
  const labelsOk = host.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
  return host.length <= 253 && host.includes('.') && labelsOk ? host : '';
}

/** Whether a never-run entry covers a page's host name: the host itself or a parent domain. */
function covers(site: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return host === site || host.endsWith('.' + site);
}

/** Whether the extension is switched off on this host. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.some((site) => covers(site, hostname));
}

/** Settings with the extension switched back on for `hostname`: every listed entry that covers
 * it goes (the host and any parent domain), so one click always suffices. */
export function enableSite(settings: Settings, hostname: string): Settings {
  const disabledSites = settings.disabledSites.filter((site) => !covers(site, hostname));
  return { ...settings, disabledSites };
}

/** Why a site could not be added to the never-run list, so the options page can say so. */
export type DisableSiteResult = { ok: true; settings: Settings } | { ok: false; reason: 'invalid' | 'full' };

/** Settings with `input` added to the never-run list (kept sorted, no duplicates). */
export function disableSite(settings: Settings, input: string): DisableSiteResult {
  const host = normalizeHost(input);
  if (!host) return { ok: false, reason: 'invalid' };
  if (settings.disabledSites.includes(host)) return { ok: true, settings };
  const next = { ...settings, disabledSites: [...settings.disabledSites, host].sort() };
  if (next.disabledSites.length > MAX_DISABLED_SITES || storedBytes(next) > SETTINGS_BYTE_BUDGET)
    return { ok: false, reason: 'full' };
  return { ok: true, settings: next };
}
