/** @jest-environment jsdom */
// The live-update watch: when a change to the page leads to a re-read, and how a page that never
// stops changing is held to a few re-reads.
import { BACKOFF_BASE_MS, DEBOUNCE_MS, FREE_REREADS, LiveUpdates, MAX_WAIT_MS, QUIET_RESET_MS } from './live-updates';

let live: LiveUpdates | null = null;
let calls: number[] = [];

function setUp(): { article: Element; aside: Element } {
  document.body.innerHTML =
    '<article><p id="clock">12:00:00</p><p>Body text of the story.</p></article><aside><p>ad</p></aside>';
  calls = [];
  live = new LiveUpdates(document, () => calls.push(Date.now()));
  const article = document.querySelector('article')!;
  live.watch(article);
  return { article, aside: document.querySelector('aside')! };
}

/** Runs `ms` of fake time, letting the observer's microtasks run first. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await jest.advanceTimersByTimeAsync(ms);
}

const tick = (n: number) => {
  document.getElementById('clock')!.textContent = `12:00:${String(n).padStart(2, '0')}`;
};

beforeEach(() => {
  jest.useFakeTimers({ now: 1_000_000 });
  history.replaceState({}, '', '/story');
});
afterEach(() => {
  live?.stop();
  live = null;
  jest.useRealTimers();
});

test('a burst of changes in the article is one re-read, a debounce after the last change', async () => {
  setUp();
  const start = Date.now();
  for (let i = 0; i < 3; i++) {
    tick(i);
    await advance(100);
  }
  expect(calls).toEqual([]);
  await advance(DEBOUNCE_MS);
  expect(calls).toEqual([start + 200 + DEBOUNCE_MS]);
});

test('a stream of changes postpones the re-read at most MAX_WAIT_MS', async () => {
  setUp();
  const start = Date.now();
  for (let i = 0; i < 20 && calls.length === 0; i++) {
    tick(i);
    await advance(DEBOUNCE_MS - 100);
  }
  expect(calls).toHaveLength(1);
  expect(calls[0]! - start).toBeLessThanOrEqual(MAX_WAIT_MS);
});

test('changes outside the article do not re-read it', async () => {
  const { aside } = setUp();
  aside.append(document.createTextNode('more ads'));
  aside.firstElementChild!.textContent = 'another ad';
  await advance(MAX_WAIT_MS * 2);
  expect(calls).toEqual([]);
});

test('a clock ticking in the article: a few re-reads at the normal pace, then each wait doubles', async () => {
  setUp();
  for (let s = 1; s <= 600; s++) {
    tick(s % 60);
    await advance(1000);
  }
  // Ten minutes of ticking: the free re-reads, then waits of 4, 8, 16, ... s capped at 5 minutes.
  expect(calls.length).toBeGreaterThanOrEqual(FREE_REREADS);
  expect(calls.length).toBeLessThanOrEqual(FREE_REREADS + 8);
  const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
  expect(gaps.slice(FREE_REREADS - 1, FREE_REREADS + 2)).toEqual([
    BACKOFF_BASE_MS,
    2 * BACKOFF_BASE_MS,
    4 * BACKOFF_BASE_MS,
  ]);
});

test('after a quiet spell the page is back to the normal pace', async () => {
  setUp();
  for (let s = 1; s <= 60; s++) {
    tick(s % 60);
    await advance(1000);
  }
  await advance(QUIET_RESET_MS + 1000); // a re-read still waiting its turn comes in this time
  const before = calls.length;
  const changedAt = Date.now();
  tick(1);
  await advance(DEBOUNCE_MS);
  expect(calls.length).toBe(before + 1);
  expect(calls.at(-1)).toBe(changedAt + DEBOUNCE_MS);
});

test('a new URL (pushState, then a change anywhere) re-reads at once, even while backing off', async () => {
  const { aside } = setUp();
  for (let s = 1; s <= 30; s++) {
    tick(s % 60);
    await advance(1000);
  }
  const before = calls.length;
  history.pushState({}, '', '/another-story');
  const navigatedAt = Date.now();
  aside.append(document.createElement('div')); // outside the article: only the URL makes it count
  await advance(DEBOUNCE_MS);
  expect(calls.length).toBe(before + 1);
  expect(calls.at(-1)).toBe(navigatedAt + DEBOUNCE_MS);
});

test('a hash change is heard without any DOM change', async () => {
  setUp();
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await advance(DEBOUNCE_MS);
  expect(calls).toHaveLength(1);
});

test('no article yet: only added content can bring one', async () => {
  document.body.innerHTML = '<div id="app"><p>Loading</p></div>';
  calls = [];
  live = new LiveUpdates(document, () => calls.push(Date.now()));
  live.watch(null);
  (document.querySelector('p')!.firstChild as Text).data = 'Still loading';
  await advance(MAX_WAIT_MS);
  expect(calls).toEqual([]);
  document.getElementById('app')!.append(document.createElement('article'));
  await advance(DEBOUNCE_MS);
  expect(calls).toHaveLength(1);
});

test('stop() cancels a pending re-read', async () => {
  setUp();
  tick(1);
  await Promise.resolve();
  live!.stop();
  await advance(MAX_WAIT_MS);
  expect(calls).toEqual([]);
});
