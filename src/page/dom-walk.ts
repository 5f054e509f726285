// One walk over a DOM subtree for every reader of the page (page statistics, the text index):
// pre/post-order through firstChild/nextSibling, without recursion (deep pages cannot overflow
// the stack) and without childNodes arrays (linkedom builds one per call).

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface WalkVisitor {
  /** Whether to skip an element and everything under it (hidden, not article). */
  skip(el: Element): boolean;
  /** An element is entered (its children follow). */
  open(el: Element): void;
  /** An element is left (after its children). */
  close(el: Element): void;
  text(node: Text): void;
}

/** Visits `top` and every element and text node under it in document order. */
export function walkSubtree(top: Element, visitor: WalkVisitor): void {
  const { skip, open, close, text } = visitor;
  open(top);
  let node: Node | null = top.firstChild;
  while (node) {
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
