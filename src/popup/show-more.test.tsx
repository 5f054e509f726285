/** @jest-environment jsdom */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { FIRST_SCREEN_ROWS, useRowLimit } from './show-more';

function List({ rows, page }: { rows: string[]; page: number }) {
  const list = useRef<HTMLUListElement>(null);
  const { limit, shown } = useRowLimit(rows, list, page);
  return (
    <div>
      <ul ref={list}>
        {rows.slice(0, shown).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {rows.length > limit && <p class="more">{limit}</p>}
    </div>
  );
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main></main>';
  root = document.querySelector('main')!;
});
afterEach(() => render(null, root));
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => `row ${i}`);
const tick = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

describe('useRowLimit', () => {
  test('the first frame renders only the first screen of rows, the rest of the page a task later', async () => {
    await act(() => {
      render(<List rows={rowsOf(40)} page={30} />, root);
    });
    expect(root.querySelectorAll('li')).toHaveLength(FIRST_SCREEN_ROWS);
    // "Show more" already counts the whole page: no flash of a wrong summary.
    expect(root.querySelector('.more')!.textContent).toBe('30');
    await tick();
    expect(root.querySelectorAll('li')).toHaveLength(30);
  });

  test('a list shorter than the first screen renders whole at once', async () => {
    await act(() => {
      render(<List rows={rowsOf(5)} page={30} />, root);
    });
    expect(root.querySelectorAll('li')).toHaveLength(5);
    expect(root.querySelector('.more')).toBeNull();
  });

  test('new rows after the first frame (a search) render a whole page at once', async () => {
    await act(() => {
      render(<List rows={rowsOf(40)} page={30} />, root);
    });
    await tick();
    await act(() => {
      render(<List rows={rowsOf(35)} page={30} />, root);
    });
    expect(root.querySelectorAll('li')).toHaveLength(30);
  });
});
