// Highlights get no mouse events, so hovering is found by hit-testing: the caret position under
// the pointer, then a binary search over the annotated ranges (kept in document order), then a
// check that the pointer is really over the range's boxes (a caret snaps to the nearest text,
// even from the empty margin beside a line).

/** The DOM point under the pointer, with whichever caret API this browser has. */
export function caretPointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Ranges of one layer (quotes, or figures), sorted by start, searchable by a DOM point. */
export class RangeLayer<T> {
  private readonly entries: { range: Range; item: T }[];

  constructor(entries: { range: Range; item: T }[]) {
    this.entries = entries;
  }

  /** The innermost entry containing the point that the pointer (x, y) is really over. */
  find(node: Node, offset: number, x: number, y: number): { range: Range; item: T } | null {
    // Binary search for the last range starting at or before the point.
    let lo = 0,
      hi = this.entries.length - 1,
      last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (comparePoint(this.entries[mid]!.range, node, offset) >= 0) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // The range starting last among those holding the point is the innermost (a fragment inside
    // a quote starts after it); nesting is shallow, so a few steps back suffice.
    for (let i = last; i >= 0 && i > last - 8; i--) {
      const entry = this.entries[i]!;
      if (comparePoint(entry.range, node, offset) === 0 && isOverBoxes(entry.range, x, y)) return entry;
    }
    return null;
  }
}

/** -1 when the point lies before the range, 0 inside it, 1 after it; -1 as well when the node
 * left the document or sits in another tree (nothing to hover there). */
function comparePoint(range: Range, node: Node, offset: number): number {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return -1;
  }
}

function isOverBoxes(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}
