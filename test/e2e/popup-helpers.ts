// Helpers for the popup and options e2e suites that the shared harness does not have: running
// axe-core in a page, catching a download's contents, asking the article's content script for its
// report, and opening a speaker's quotes in the popup.
import type { Page } from 'puppeteer-core';
import type { PageReport } from '../../src/shared/messages';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2 A/AA and best practices) in the page, or only in the elements `include`
 * selects (axe follows open shadow roots), and returns its violations in a readable form, so a
 * failure names the rule and the element. */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const source = (require('axe-core') as { source: string }).source;
  await page.evaluate(source);
  return page.evaluate(async (include) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: Document | { include: string[][] },
            opts: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, include);
}

/** Replaces the popup's download with a recorder (no file is written) and returns a function
 * that reads back what the last download would have saved. */
export async function captureDownloads(page: Page): Promise<() => Promise<{ name: string; text: string } | null>> {
  await page.evaluate(() => {
    const w = window as unknown as { __qlDownloads: { name: string; blob: Blob }[] };
    w.__qlDownloads = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob && this.download) w.__qlDownloads.push({ name: this.download, blob });
    };
  });
  return () =>
    page.evaluate(async () => {
      const w = window as unknown as { __qlDownloads: { name: string; blob: Blob }[] };
      const last = w.__qlDownloads.at(-1);
      return last ? { name: last.name, text: await last.blob.text() } : null;
    });
}

/** Asks the content script of the tab the popup speaks for for its report, from inside the
 * popup (the same request the popup makes), so a test can compare the popup with its source. */
export async function reportSeenByPopup(popup: Page): Promise<PageReport> {
  return popup.evaluate(async () => {
    type Api = {
      tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    const id = fromQuery > 0 ? fromQuery : (await api.tabs.query({ active: true, currentWindow: true }))[0]!.id!;
    // The content script answers with JSON text (content.ts), read as the popup reads it.
    const answer = await api.tabs.sendMessage(id, { type: 'get-report' });
    return (typeof answer === 'string' ? JSON.parse(answer) : answer) as PageReport;
  });
}

/** Opens the popup and shows the speaker's quotes (expands them if collapsed). */
export async function expandSpeaker(popup: Page, name: string): Promise<void> {
  await popup.evaluate((who) => {
    const toggle = [...document.querySelectorAll<HTMLButtonElement>('.speaker-toggle')].find(
      (b) => b.querySelector('.speaker-name')?.textContent === who,
    );
    if (!toggle) throw new Error(`no speaker ${who} in the popup`);
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  }, name);
  await popup.waitForFunction(
    (who) =>
      [...document.querySelectorAll('.speaker')].some(
        (s) => s.querySelector('.speaker-name')?.textContent === who && s.querySelector('.quotes:not([hidden])'),
      ),
    {},
    name,
  );
}
