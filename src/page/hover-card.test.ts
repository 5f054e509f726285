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

  test('the card goes above its item rather than hide the words that attribute it, when there is room', () => {
    const card = new HoverCard(document);
    const words = { top: 225, bottom: 245, left: 0, right: 500 } as DOMRect;
    card.show({ title: 'Sergei Shoigu', lines: [], accent: 'direct' }, anchor(200), [words]);
    expect(cardOf().style.top).toBe('192px'); // above: anchor top 200 - 8 (jsdom lays the card out 0 high)
    card.show({ title: 'Vladimir Putin', lines: [], accent: 'direct' }, anchor(200));
    expect(cardOf().style.top).toBe('228px'); // nothing to leave visible: below
  });

  test('a card with an action has a real button and takes the pointer; a card without is a plain tooltip', () => {
    // jsdom's events are never trusted: the test stands in for the reader's own click.
    const card = new HoverCard(document, () => true);
    let runs = 0;
    card.show(
      { title: 'Sergei Shoigu', lines: [], accent: 'direct', action: { label: '<b>Show</b>', run: () => runs++ } },
      anchor(10),
    );
    const button = cardOf().querySelector('button')!;
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('<b>Show</b>'); // text, never markup
    expect(cardOf().getAttribute('role')).toBe('group');
    expect(cardOf().getAttribute('aria-label')).toBe('Sergei Shoigu');
    expect(card.isInteractive()).toBe(true);
    expect(card.holds(document.querySelector('quote-lens-card'))).toBe(true);
    expect(card.holds(document.body)).toBe(false);
    button.click();
    expect(runs).toBe(1);
    card.show({ title: 'Vladimir Putin', lines: [], accent: 'direct' }, anchor(10));
    expect(cardOf().querySelector('button')).toBeNull();
    expect(cardOf().getAttribute('role')).toBe('tooltip');
    expect(card.isInteractive()).toBe(false);
    card.hide();
    expect(card.isShown()).toBe(false);
  });

  test("the page's scripts cannot press the card's button (their clicks are not trusted)", () => {
    const card = new HoverCard(document);
    let runs = 0;
    card.show(
      { title: 'Sergei Shoigu', lines: [], accent: 'direct', action: { label: 'Show', run: () => runs++ } },
      anchor(10),
    );
    cardOf().querySelector('button')!.click();
    expect(runs).toBe(0);
  });
});
