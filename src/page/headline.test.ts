import { parseHTML } from 'linkedom';
import { declaredTitles, findHeadline, findStandfirst, titleSimilarity } from './headline';

function load(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('titleSimilarity', () => {
  test.each([
    ['same words', 'Council approves bridge', 'Council approves bridge', 1],
    [
      'site suffix in the title',
      "The seven secrets that hotel owners don't want you to know",
      "The seven secrets that hotel owners don't want you to know | The Independent",
      1,
    ],
    ['curly apostrophe vs straight', 'Owners don’t want you to know', "Owners don't want you to know", 1],
    ['a section name', 'News', 'Bridge approved after a decade of delay | News', 1 / 4],
    [
      'a short box title',
      'Read more',
      "The seven secrets that hotel owners don't want you to know | The Independent",
      0,
    ],
  ])('%s', (_n, heading, title, expected) => {
    expect(titleSimilarity(heading, title)).toBeCloseTo(expected, 5);
  });

  test('a site name h1 scores low against an article title', () => {
    expect(
      titleSimilarity('Good Morning America', 'Veteran Wraps Baby in American Flag, Photo Sparks Controversy'),
    ).toBeLessThan(0.6);
  });
});

describe('findHeadline', () => {
  const page = (head: string, body: string) => load(`<html><head>${head}</head><body>${body}</body></html>`);

  test('picks the h1 that matches og:title over the site-name h1', () => {
    const doc = page(
      '<meta property="og:title" content="Bridge approved after decade"><title>Bridge approved after decade - Daily</title>',
      '<h1 id="site">The Daily Example</h1><main><h1 id="story">Bridge approved after decade</h1><p>Body</p></main>',
    );
    expect(findHeadline(doc, doc.querySelector('main'))).toEqual({
      element: doc.getElementById('story'),
      byTitle: true,
    });
  });

  test('skips a hidden h1 even when it matches', () => {
    const doc = page(
      '<title>Bridge approved</title>',
      '<h1 id="a" hidden>Bridge approved</h1><div><h1 id="b">Bridge approved</h1></div>',
    );
    expect(findHeadline(doc, null)?.element.id).toBe('b');
  });

  test('without a matching title, the first h1 inside the body container', () => {
    const doc = page(
      '<title>Example</title>',
      '<h1 id="site">Site</h1><article><h1 id="in">Something else</h1><p>x</p></article>',
    );
    expect(findHeadline(doc, doc.querySelector('article'))).toEqual({
      element: doc.getElementById('in'),
      byTitle: false,
    });
  });

  test('an h2 headline counts when it matches the title and no h1 does', () => {
    const doc = page(
      '<title>Bridge approved after decade | Daily</title>',
      '<h1>Daily</h1><div><h2 id="h">Bridge approved after decade</h2><p>x</p></div>',
    );
    expect(findHeadline(doc, null)).toEqual({ element: doc.getElementById('h'), byTitle: true });
  });

  test('no h1 at all gives null', () => {
    const doc = page('<title>x</title>', '<p>x</p>');
    expect(findHeadline(doc, doc.querySelector('body'))).toBeNull();
  });
});

describe('declaredTitles', () => {
  test('og:title, twitter:title, then <title>', () => {
    const doc = load(
      '<html><head><title>T</title><meta name="twitter:title" content="TW"><meta property="og:title" content="OG"></head><body></body></html>',
    );
    expect(declaredTitles(doc)).toEqual(['OG', 'TW', 'T']);
  });
});

describe('findStandfirst', () => {
  test.each([
    [
      'a marked intro after the h1',
      '<header><h1>Head</h1><div class="intro"><p>Hotel bosses spill the beans on cost cutting</p></div><ul class="meta"><li>By X</li></ul></header><div id="body"><p>b</p></div>',
      ['Hotel bosses spill the beans on cost cutting'],
    ],
    [
      'an h2 right below the h1',
      '<div><h1>Head</h1><h2>A subtitle of a decent length here</h2></div><div id="body"><p>b</p></div>',
      ['A subtitle of a decent length here'],
    ],
    [
      'an unmarked paragraph is not a standfirst',
      '<div><h1>Head</h1><p>Share this story with your friends please</p></div><div id="body"><p>b</p></div>',
      [],
    ],
    [
      'a link list marked as a summary is not a standfirst',
      '<div><h1>Head</h1><div class="summary"><a href="#">One link here</a> <a href="#">Two links here</a></div></div><div id="body"><p>b</p></div>',
      [],
    ],
  ])('%s', (_n, body, expected) => {
    const doc = load(`<html><body>${body}</body></html>`);
    const out = findStandfirst(doc.querySelector('h1')!, doc.getElementById('body')!);
    expect(out.map((e) => (e.textContent ?? '').trim())).toEqual(expected);
  });
});
