// Long lists a part at a time: a page can yield tens of thousands of quotes or figures, and
// rendering them all froze the popup (5,000 quotes took 3.5 s, 20,000 took 25 s). A list
// renders at most `limit` rows; a "Show more" button under it adds another page of rows and
// moves the focus to the first new one, so the keyboard carries on where it was.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { navItems } from './list-keys';

/** Figures, or speakers, rendered at first, and added by each "Show more". */
export const LIST_PAGE = 200;
/** Rows a list renders in the popup's first frame: more than its first screen holds (the popup
 * is at most 600 px tall, and the header takes half of it). The rest of the list's page follows
 * once that frame is painted, so the popup's first paint does not wait for rows nobody sees yet. */
export const FIRST_SCREEN_ROWS = 12;

/** The row limit for a list whose rows are `rows`: back to `page` whenever the rows change
 * (a new search, sort or filter), raised by a page by `more()`. `listRef` is the list's
 * element, in which `more()` focuses the first row it reveals. `shown` is how many of them to
 * render now: in the list's first frame only FIRST_SCREEN_ROWS, then all `limit` (a task after
 * that frame is painted); "Show more" goes by `limit`. */
export function useRowLimit(
  rows: unknown,
  listRef: RefObject<HTMLElement | null>,
  page: number,
): { limit: number; shown: number; more(): void } {
  const [state, setState] = useState({ rows, limit: page });
  const [firstFrame, setFirstFrame] = useState(true);
  const focusFrom = useRef<number | null>(null);
  const limit = state.rows === rows ? state.limit : page;
  useEffect(() => {
    // Effects run once the first frame is painted; the rest of the page renders in a task of its own.
    const timer = setTimeout(() => setFirstFrame(false));
    return () => clearTimeout(timer);
  }, []);
  useLayoutEffect(() => {
    if (focusFrom.current === null || !listRef.current) return;
    navItems(listRef.current)[focusFrom.current]?.focus();
    focusFrom.current = null;
  });
  return {
    limit,
    shown: firstFrame ? Math.min(limit, FIRST_SCREEN_ROWS) : limit,
    more() {
      focusFrom.current = listRef.current ? navItems(listRef.current).length : null;
      setState({ rows, limit: limit + page });
    },
  };
}

export interface ShowMoreProps {
  /** Unique in the popup: the summary's id, which the button refers to. */
  id: string;
  /** "Listing 200 of 20000 quotes…" */
  summary: string;
  label: string;
  onMore(): void;
}

/** The line under a cut list: how much is listed, and the button that lists more. */
export function ShowMore({ id, summary, label, onMore }: ShowMoreProps) {
  return (
    <div class="show-more">
      <p id={id} class="show-more-summary">
        {summary}
      </p>
      <button type="button" class="show-more-button" data-nav aria-describedby={id} onClick={onMore}>
        {label}
      </button>
    </div>
  );
}
