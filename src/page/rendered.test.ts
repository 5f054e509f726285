// The wait for the browser's own rendering step, before the content script asks for computed style.
import { afterNextRender } from './rendered';

/** A document stand-in whose frames the test runs by hand. */
function fakeDocument(visibilityState: string, withFrames = true) {
  const frames: (() => void)[] = [];
  const view = withFrames
    ? {
        requestAnimationFrame: (fn: () => void) => {
          frames.push(fn);
          return frames.length;
        },
      }
    : {};
  const doc = { defaultView: view, visibilityState } as unknown as Document;
  return { doc, frames };
}

/** Whether `promise` has settled after the tasks queued so far (and a few more) have run. */
async function settledSoon(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  return settled;
}

test('waits for the next animation frame and a task after it', async () => {
  const { doc, frames } = fakeDocument('visible');
  const rendered = afterNextRender(doc, 10_000);
  expect(frames).toHaveLength(1);
  expect(await settledSoon(rendered)).toBe(false);
  frames[0]!();
  expect(await settledSoon(rendered)).toBe(true);
});

test('a hidden tab, which draws no frames, does not wait', async () => {
  const { doc, frames } = fakeDocument('hidden');
  expect(await settledSoon(afterNextRender(doc, 10_000))).toBe(true);
  expect(frames).toHaveLength(0);
});

test('a window without animation frames does not wait', async () => {
  const { doc } = fakeDocument('visible', false);
  expect(await settledSoon(afterNextRender(doc, 10_000))).toBe(true);
});

test('a frame that never comes holds the read up only until the fallback', async () => {
  jest.useFakeTimers();
  try {
    const { doc } = fakeDocument('visible');
    let settled = false;
    void afterNextRender(doc, 100).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  } finally {
    jest.useRealTimers();
  }
});
