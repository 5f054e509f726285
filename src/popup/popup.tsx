// The popup's entry: finds the tab it speaks for, asks its content script for the report, and
// renders it. `?tabId=N` names the tab explicitly (the popup opened as a page, e.g. in tests).
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { App } from './App';

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const root = document.getElementById('app')!;
targetTabId()
  .then((tabId) => render(<App tabId={tabId} />, root))
  .catch(() => render(<App tabId={null} />, root));
