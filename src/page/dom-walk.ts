// One walk over a DOM subtree for every reader of the page (page statistics, the text index):
// pre/post-order through firstChild/nextSibling, without recursion (deep pages cannot overflow
// the stack) and without childNodes arrays (linkedom builds one per call).
//
// The walk is a generator that pauses every few hundred nodes, so the live page can spread a big
// page's walk over several short tasks (see `runInSlices`); Node and tests run it to the end in
// one go (`walkSubtree`, `finish`).

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Nodes visited between pauses: small enough that checking the clock at each pause keeps a
 * slice near its budget, large enough that pausing costs nothing measurable. */
const NODES_PER_PAUSE = 64;

export interface WalkVisitor {
  /** Whether to skip an element and everything under it (hidden, not article). */
  skip(el: Element): boolean;
  /** An element is entered (its children follow). */
  open(el: Element): void;
  /** An element is left (after its children). */
  close(el: Element): void;
  text(node: Text): void;
}

/** Work that pauses now and then (yields nothing) and ends with a value. */
export type Steps<T> = Generator<void, T, void>;

/** Visits `top` and every element and text node under it in document order, pausing every few
 * hundred nodes. Should the page move or remove a node while the walk is paused, the walk ends or
 * goes on from where that node now is; it always ends (the live page re-reads a changed article). */
export function* walkSubtreeSteps(top: Element, visitor: WalkVisitor): Steps<void> {
  const { skip, open, close, text } = visitor;
  open(top);
  let node: Node | null = top.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % NODES_PER_PAUSE === 0) yield;
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!skip(el)) {
        open(el);
        if (el.firstChild) descend = true;
        else close(el);
      }
    } else if (node.nodeType === TEXT_NODE) {
      text(node as Text);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== top && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== top) close(node as Element);
    }
    node = node && node !== top ? node.nextSibling : null;
  }
  close(top);
}

/** Runs paused work to its end in one go. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Visits `top` and everything under it in one go. */
export function walkSubtree(top: Element, visitor: WalkVisitor): void {
  finish(walkSubtreeSteps(top, visitor));
}

/** How `runInSlices` spreads work over tasks. */
export interface SliceOptions {
  /** Ends the current task and resolves in a later one. */
  yieldToPage: () => Promise<void>;
  /** Longest a slice runs before it yields, in ms (a slice ends at the first pause past it). */
  budgetMs: number;
  /** Wraps each slice (the content script marks it as one of its tasks). */
  slice?: (run: () => void) => void;
  /** False once the work is no longer wanted: it stops at the next pause. */
  isCurrent?: () => boolean;
}

/** Runs paused work in slices of about `budgetMs`, yielding to the page between them, so that a
 * big page's walk is several short tasks instead of one long one. Resolves with the work's value,
 * or `null` when `isCurrent` turned false first. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<{ value: T } | null> {
  const { yieldToPage, budgetMs, slice = (run) => run(), isCurrent = () => true } = options;
  const ended: { result?: { value: T } } = {};
  for (;;) {
    slice(() => {
      const deadline = performance.now() + budgetMs;
      do {
        const step = steps.next();
        if (step.done) {
          ended.result = { value: step.value };
          return;
        }
      } while (performance.now() < deadline);
    });
    if (ended.result) return ended.result;
    await yieldToPage();
    if (!isCurrent()) {
      steps.return(undefined as never);
      return null;
    }
  }
}
