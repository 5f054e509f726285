/**
 * @jest-environment jsdom
 */
import { HoverCard, type CardContent } from './hover-card';

const anchor = (top: number) =>
  ({ top, bottom: top + 20, left: 10, right: 100, width: 90, height: 20, x: 10, y: top }) as DOMRect;
const cardOf = () => document.querySelector('quote-lens-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;

describe('HoverCard', () => {
  afterEach(() => document.querySelector('quote-lens-card')?.remove());

  test('writes page text as text, never as markup', () => {
    const card = new HoverCard(document);
    card.show(
      { title: '<img src=x onerror=alert(1)>', lines: [{ label: 'Role', value: '<b>x</b>' }], accent: 'direct' },
      anchor(10),
    );
    expect(cardOf().querySelector('img, b')).toBeNull();
    expect(cardOf().querySelector('.title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('the same content again only moves the card; new content rebuilds it', () => {
    const card = new HoverCard(document);
    const first: CardContent = { title: 'Sergei Shoigu', lines: [], accent: 'direct' };
    card.show(first, anchor(10));
    const title = cardOf().querySelector('.title');
    card.show(first, anchor(200));
    expect(cardOf().querySelector('.title')).toBe(title); // not rebuilt
    expect(cardOf().style.top).toBe('228px'); // moved below the new anchor (bottom 220 + 8)
    card.show({ title: 'Vladimir Putin', lines: [], accent: 'direct' }, anchor(200));
    expect(cardOf().querySelector('.title')).not.toBe(title);
    expect(cardOf().querySelector('.title')!.textContent).toBe('Vladimir Putin');
  });
});
