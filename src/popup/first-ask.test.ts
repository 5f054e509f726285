import type Browser from 'webextension-polyfill';
import { namedTabId, startFirstAsk, takeFirstAsk } from './first-ask';
import { fromPage } from '../shared/page-answer';

/** A browser whose active tab is 5 and whose tab 9 exists too; records the messages sent. */
function fakeBrowser() {
  const sent: number[] = [];
  const tabs = {
    query: async () => [{ id: 5, url: 'https://example.org/a', status: 'complete' }],
    get: async (id: number) => ({ id, url: 'https://example.org/b', status: 'loading' }),
    // A content script answers with JSON text (content.ts).
    sendMessage: async (id: number) => {
      sent.push(id);
      return JSON.stringify({ from: id });
    },
  };
  return { browser: { tabs } as unknown as Browser.Browser, sent };
}

test('the address names a tab by a positive whole number only', () => {
  expect(namedTabId('?tabId=12')).toBe(12);
  expect(namedTabId('')).toBeUndefined();
  expect(namedTabId('?tabId=0')).toBeUndefined();
  expect(namedTabId('?tabId=1.5')).toBeUndefined();
  expect(namedTabId('?tabId=x')).toBeUndefined();
});

test("the head's first ask reaches the active tab's page, and the module takes it once", async () => {
  const { browser, sent } = fakeBrowser();
  startFirstAsk(browser, '');
  const first = takeFirstAsk();
  expect(first).toBeDefined();
  await expect(first).resolves.toEqual({
    tab: { id: 5, url: 'https://example.org/a', loading: false },
    answer: { from: 5 },
  });
  expect(sent).toEqual([5]);
  expect(takeFirstAsk()).toBeUndefined(); // a later ask is the app's own
});

test('a popup aimed at a tab by its address asks that tab, once', async () => {
  const { browser, sent } = fakeBrowser();
  startFirstAsk(browser, '?tabId=9');
  await expect(takeFirstAsk()).resolves.toEqual({
    tab: { id: 9, url: 'https://example.org/b', loading: true },
    answer: { from: 9 },
  });
  expect(sent).toEqual([9]);
});

test("a page's answer is read back from its JSON text; anything else passes as it is", () => {
  expect(fromPage('{"state":"ready","annotations":null}')).toEqual({ state: 'ready', annotations: null });
  expect(fromPage('true')).toBe(true);
  expect(fromPage(undefined)).toBeUndefined();
  expect(fromPage({ state: 'working' })).toEqual({ state: 'working' });
});
