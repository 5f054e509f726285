import { parseHTML } from 'linkedom';
import { finish, runInSlices, walkSubtreeSteps, type Steps } from './dom-walk';

/** A body of `n` paragraphs, each with one text node. */
function page(n: number): Element {
  const { document } = parseHTML(`<html><body>${'<p>x</p>'.repeat(n)}</body></html>`);
  return document.querySelector('body') as unknown as Element;
}

function visitorCounting(): { seen: string[]; visitor: Parameters<typeof walkSubtreeSteps>[1] } {
  const seen: string[] = [];
  return {
    seen,
    visitor: {
      skip: () => false,
      open: (el) => seen.push(`<${el.localName}>`),
      close: (el) => seen.push(`</${el.localName}>`),
      text: (node) => seen.push(node.data),
    },
  };
}

test('the walk pauses on a big subtree, and visits the same nodes in the same order as one that runs to its end', () => {
  const body = page(500);
  const whole = visitorCounting();
  finish(walkSubtreeSteps(body, whole.visitor));
  const paused = visitorCounting();
  const steps = walkSubtreeSteps(body, paused.visitor);
  let pauses = 0;
  while (!steps.next().done) pauses++;
  expect(pauses).toBeGreaterThan(5);
  expect(paused.seen).toEqual(whole.seen);
  expect(whole.seen.slice(0, 4)).toEqual(['<body>', '<p>', 'x', '</p>']);
  expect(whole.seen[whole.seen.length - 1]).toBe('</body>');
});

test('a walk paused while the page removes the node it stood on still ends', () => {
  const body = page(500);
  const { visitor, seen } = visitorCounting();
  const steps = walkSubtreeSteps(body, visitor);
  steps.next(); // paused somewhere in the first paragraphs
  const current = seen.filter((s) => s === '<p>').length;
  body.children[current - 1]?.remove();
  let guard = 0;
  while (!steps.next().done) expect(++guard).toBeLessThan(10_000);
});

/** Work of `n` pauses that ends with `n`, counting how far it got. */
function* counted(n: number, progress: { at: number }): Steps<number> {
  for (progress.at = 0; progress.at < n; progress.at++) yield;
  return n;
}

test('runInSlices yields to the page between slices and resolves with the value', async () => {
  let yields = 0;
  const progress = { at: 0 };
  let slices = 0;
  const clock = { now: 0 };
  const spy = jest.spyOn(performance, 'now').mockImplementation(() => (clock.now += 1)); // 1 ms a look
  try {
    const done = await runInSlices(counted(100, progress), {
      yieldToPage: async () => {
        yields++;
      },
      budgetMs: 10,
      slice: (run) => {
        slices++;
        run();
      },
    });
    expect(done).toEqual({ value: 100 });
    // About 10 pauses fit a slice of 10 ms at 1 ms a look: ~10 slices, one yield fewer.
    expect(slices).toBeGreaterThanOrEqual(9);
    expect(yields).toBe(slices - 1);
  } finally {
    spy.mockRestore();
  }
});

test('runInSlices stops work that is no longer wanted at its next yield', async () => {
  const progress = { at: 0 };
  let current = true;
  const spy = jest.spyOn(performance, 'now').mockImplementation(
    (
      (t) => () =>
        (t += 1)
    )(0),
  );
  try {
    const done = await runInSlices(counted(1000, progress), {
      yieldToPage: async () => {
        current = false;
      },
      budgetMs: 5,
      isCurrent: () => current,
    });
    expect(done).toBeNull();
    expect(progress.at).toBeLessThan(20);
  } finally {
    spy.mockRestore();
  }
});
