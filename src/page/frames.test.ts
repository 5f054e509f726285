// Which frames read their page: the top frame, and same-origin frames the size of a page.
import { frameMayHoldArticle } from './frames';

type FakeWindow = { top: FakeWindow | null; location: { origin: string }; innerWidth: number; innerHeight: number };

function frameIn(top: FakeWindow, origin: string, width: number, height: number): Window {
  return { top, location: { origin }, innerWidth: width, innerHeight: height } as unknown as Window;
}

const top: FakeWindow = { top: null, location: { origin: 'https://news.example' }, innerWidth: 1280, innerHeight: 900 };
top.top = top;

test('the top frame reads', () => {
  expect(frameMayHoldArticle(top as unknown as Window)).toBe(true);
});

test('a same-origin frame the size of a page reads', () => {
  expect(frameMayHoldArticle(frameIn(top, 'https://news.example', 900, 700))).toBe(true);
});

test.each([
  [300, 250],
  [728, 90],
  [300, 600],
  [160, 600],
])("a same-origin frame of an ad slot's size (%ix%i) does not", (w, h) => {
  expect(frameMayHoldArticle(frameIn(top, 'https://news.example', w, h))).toBe(false);
});

test('a frame of another site does not, however large', () => {
  expect(frameMayHoldArticle(frameIn(top, 'https://ads.example', 1200, 900))).toBe(false);
});

test('a frame whose top cannot be read (cross-origin, as the browser throws) does not', () => {
  const guarded = {
    get location(): never {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  } as unknown as FakeWindow;
  expect(frameMayHoldArticle(frameIn(guarded, 'https://news.example', 1200, 900))).toBe(false);
});
