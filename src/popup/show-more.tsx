// Long lists a part at a time: a page can yield tens of thousands of quotes or figures, and
// rendering them all froze the popup (5,000 quotes took 3.5 s, 20,000 took 25 s). A list
// renders at most `limit` rows; a "Show more" button under it adds another page of rows and
// moves the focus to the first new one, so the keyboard carries on where it was.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { navItems } from './list-keys';

/** Figures, or speakers, rendered at first, and added by each "Show more". */
export const LIST_PAGE = 200;

/** The row limit for a list whose rows are `rows`: back to `page` whenever the rows change
 * (a new search, sort or filter), raised by a page by `more()`. `listRef` is the list's
 * element, in which `more()` focuses the first row it reveals. */
export function useRowLimit(
  rows: unknown,
  listRef: RefObject<HTMLElement | null>,
  page: number,
): { limit: number; more(): void } {
  const [state, setState] = useState({ rows, limit: page });
  const focusFrom = useRef<number | null>(null);
  const limit = state.rows === rows ? state.limit : page;
  useLayoutEffect(() => {
    if (focusFrom.current === null || !listRef.current) return;
    navItems(listRef.current)[focusFrom.current]?.focus();
    focusFrom.current = null;
  });
  return {
    limit,
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
