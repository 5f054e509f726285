// Arrow-key movement through the popup's lists: Up/Down/Home/End walk the visible items of the
// current panel (marked `data-nav`), so a keyboard user never has to Tab through every quote.

/** Keys this module handles; anything else is left to the browser. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The navigable items of a container that are shown (not inside a `hidden` ancestor). */
export function navItems(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-nav]')].filter((el) => !el.closest('[hidden]'));
}

/** Moves focus for one key press inside `container`; true when the key was used (the caller
 * then prevents the default scroll). */
export function moveFocus(container: Element, key: string, active: Element | null): boolean {
  const move = MOVES[key];
  if (!move) return false;
  const items = navItems(container);
  if (!items.length) return false;
  const current = items.findIndex((el) => el === active || el.contains(active));
  const next =
    current === -1 ? (key === 'ArrowUp' || key === 'End' ? items.length - 1 : 0) : move(current, items.length);
  items[next]!.focus();
  return true;
}
