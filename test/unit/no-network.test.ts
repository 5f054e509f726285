// Quote Lens reads the page it is on and nothing else: no request leaves the extension, no code
// arrives from anywhere, and the manifests ask for nothing beyond storage. Checked statically on
// the built bundles and manifests of both browsers (what the stores ship), not on the sources, so
// a dependency that sneaks a network call in is caught too.
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, buildExtension, shippedName, type BuiltExtension } from './built-extension';

/** Call sites and constructs that reach the network or run code from strings. Each is matched as
 * a call or a name, not as any substring, so prose such as "fetched" in a message is not flagged. */
const FORBIDDEN: [string, RegExp][] = [
  ['fetch()', /(?<![\w$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['eval()', /(?<![\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function() from a string', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer (eval in disguise)', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['dynamic import()', /(?<![\w$.])import\s*\(/],
  ['a script element made at run time', /createElement(?:NS)?\s*\([^)]*["'`]script["'`]/],
  ['a worker', /\bnew\s+(?:Shared)?Worker\s*\(/],
  ['HTML written as markup', /\.(?:inner|outer)HTML\s*=(?!=)|\binsertAdjacentHTML\b|\bdocument\.write(?:ln)?\s*\(/],
];

/** URLs in the bundles that are allowed because nothing ever loads them, each matched in its
 * context so that one more URL next to them is still caught. */
const ALLOWED_URLS: { where: RegExp; why: string }[] = [
  {
    where: /["'`]http:\/\/www\.w3\.org\/(?:2000\/svg|1998\/Math\/MathML|1999\/xhtml|1999\/xlink)["'`]/g,
    why: 'Preact: XML namespace names passed to createElementNS; a namespace is an identifier, never fetched',
  },
  {
    where: /new URL\(`http:\/\/\$\{\w+\}\/`\)\.hostname/g,
    why: 'site settings: a typed host name is normalised by parsing it as a URL and reading .hostname; nothing is requested',
  },
];

/** Any absolute http(s) URL, or a protocol-relative one in quotes. */
const URL_PATTERN = /https?:\/\/|["'`]\/\/[\w.-]+\//g;

/** CSP sources that would loosen the MV3 default (remote hosts, eval, inline code). */
const LOOSE_CSP = /unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval|https?:|\*|data:|blob:|filesystem:/;

let built: BuiltExtension;
beforeAll(() => {
  built = buildExtension();
}, 120_000);
afterAll(() => built?.dispose());

/** The JavaScript and HTML files of one browser's build. */
function shippedFiles(browser: string, ext: string): string[] {
  const dir = path.join(built.dir, browser);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

/** A short excerpt around an index, for failure messages that point at the code. */
function around(code: string, index: number): string {
  return code.slice(Math.max(0, index - 60), index + 60).replace(/\s+/g, ' ');
}

/** Every URL in one browser's bundles: those no allowance explains, and which allowances matched. */
function urlAudit(browser: string): { unexplained: string[]; used: Set<number> } {
  const unexplained: string[] = [];
  const used = new Set<number>();
  for (const file of shippedFiles(browser, '.js')) {
    const code = fs.readFileSync(file, 'utf8');
    // Where the allowed occurrences are, so every other URL stands out.
    const covered: [number, number][] = [];
    ALLOWED_URLS.forEach((allowance, k) => {
      for (const m of code.matchAll(allowance.where)) {
        covered.push([m.index!, m.index! + m[0].length]);
        used.add(k);
      }
    });
    for (const m of code.matchAll(URL_PATTERN)) {
      if (!covered.some(([s, e]) => m.index! >= s && m.index! < e))
        unexplained.push(`${path.basename(file)}: …${around(code, m.index!)}…`);
    }
  }
  return { unexplained, used };
}

describe.each(BROWSERS)('%s build', (browser) => {
  test('the bundles make no request and run no code from strings', () => {
    const files = shippedFiles(browser, '.js');
    expect(files.map((f) => path.basename(f)).sort()).toEqual(
      ['background.js', 'content.js', 'popup-first.js', 'popup.js'].map(shippedName).sort(),
    );
    const found: string[] = [];
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      for (const [name, pattern] of FORBIDDEN) {
        const m = pattern.exec(code);
        if (m) found.push(`${path.basename(file)}: ${name} at …${around(code, m.index)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  test('every URL in the bundles is an allowed one that nothing loads', () => {
    expect(urlAudit(browser).unexplained).toEqual([]);
  });

  test('the extension pages load only their own scripts and styles', () => {
    for (const file of shippedFiles(browser, '.html')) {
      const html = fs.readFileSync(file, 'utf8');
      const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs)
        expect({ file: path.basename(file), ref, local: !/^(?:[a-z][\w+.-]*:|\/\/)/i.test(ref) }).toEqual({
          file: path.basename(file),
          ref,
          local: true,
        });
      // Inline scripts would need a CSP exception; every script comes from a file of ours.
      const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]!));
      expect(inline).toEqual([]);
    }
  });

  test('the styles import nothing from elsewhere', () => {
    for (const file of shippedFiles(browser, '.css')) {
      const css = fs.readFileSync(file, 'utf8');
      expect({ file: path.basename(file), remote: /@import|url\(\s*["']?(?:[a-z][\w+.-]*:|\/\/)/i.test(css) }).toEqual({
        file: path.basename(file),
        remote: false,
      });
    }
  });

  test('the manifest asks for storage, activeTab and scripting only and opens no door', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(built.dir, browser, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // activeTab (no install warning) lets the popup see the URL of the tab whose button was
    // clicked, which Chromium hides otherwise: the popup needs it to say why a page is silent.
    // scripting (no install warning either) lets it start our own packaged content script in that
    // tab alone, when the page was open before the install: activeTab is the only host access.
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    for (const key of [
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'web_accessible_resources',
      'externally_connectable',
      'update_url',
    ]) {
      expect({ key, present: key in manifest }).toEqual({ key, present: false });
    }
    const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.update_url).toBeUndefined();
    // A CSP may only tighten the MV3 default; none is declared today.
    const csp = manifest.content_security_policy as Record<string, string> | string | undefined;
    for (const policy of csp === undefined ? [] : typeof csp === 'string' ? [csp] : Object.values(csp))
      expect(policy).not.toMatch(LOOSE_CSP);
    // Every script the manifest names is a file in the package.
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    const contentScripts = manifest.content_scripts as { js?: string[] }[];
    const scripts = [
      background.service_worker,
      ...(background.scripts ?? []),
      ...contentScripts.flatMap((c) => c.js ?? []),
    ].filter((s): s is string => !!s);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s).not.toMatch(/^(?:[a-z][\w+.-]*:|\/\/)/i);
      expect(fs.existsSync(path.join(built.dir, browser, s))).toBe(true);
    }
  });
});

test('every URL allowance is still needed (the list names exact occurrences, not a blanket pass)', () => {
  const used = new Set(BROWSERS.flatMap((b) => [...urlAudit(b).used]));
  const unused = ALLOWED_URLS.filter((_a, k) => !used.has(k)).map((a) => a.why);
  expect(unused).toEqual([]);
});

test('the checks catch what they are meant to catch', () => {
  const hits = (code: string) => FORBIDDEN.filter(([, p]) => p.test(code)).map(([n]) => n);
  expect(hits('fetch("https://x")')).toEqual(['fetch()']);
  expect(hits('window.fetch(u)')).toEqual(['fetch()']);
  expect(hits('const prefetched=1;refetch(a)')).toEqual([]);
  expect(hits('eval("1")')).toEqual(['eval()']);
  expect(hits('globalThis.eval(s)')).toEqual(['eval()']);
  expect(hits('x.retrieval(1)')).toEqual([]);
  expect(hits('new Function("return this")')).toEqual(['new Function', 'Function() from a string']);
  expect(hits('setTimeout("alert(1)", 5)')).toEqual(['string timer (eval in disguise)']);
  expect(hits('setTimeout(() => 1, 5)')).toEqual([]);
  expect(hits('import("./x.js")')).toEqual(['dynamic import()']);
  expect(hits('document.createElement("script")')).toEqual(['a script element made at run time']);
  expect(hits('el.innerHTML = s')).toEqual(['HTML written as markup']);
  expect(hits('a.innerHTML==b.innerHTML')).toEqual([]);
  expect(hits('navigator.sendBeacon(u)')).toEqual(['sendBeacon']);
  expect('x="https://evil.example/x.js"'.match(URL_PATTERN)).not.toBeNull();
  expect('"http://www.w3.org/2000/svg"'.replace(ALLOWED_URLS[0]!.where, '')).toBe('');
});
