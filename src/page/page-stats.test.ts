import { parseHTML } from 'linkedom';
import { collectStats, linkDensity } from './page-stats';

function statsOf(html: string) {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const page = collectStats(doc.querySelector('body')!);
  return { page, get: (id: string) => page.stats.get(doc.getElementById(id)!)! };
}

describe('collectStats', () => {
  test('length counts whitespace runs once and sums up the tree', () => {
    const { get } = statsOf('<div id="d"><p id="p">one   two,\n three.</p><p id="q">four</p></div>');
    expect(get('p').length).toBe('one two, three.'.length);
    expect(get('p').ownStops).toBe(1);
    expect(get('d').length).toBe(get('p').length + get('q').length);
    expect(get('p').commas).toBe(1);
    expect(get('d').commas).toBe(1);
  });

  test('own text is what renders in the element itself, not in block children', () => {
    const { get } = statsOf('<div id="d">loose <b>bold</b><p id="p">para</p></div>');
    expect(get('d').ownLength).toBe('loose bold'.length);
    expect(get('d').hasBlockChild).toBe(true);
    expect(get('p').ownLength).toBe(4);
    expect(get('p').hasBlockChild).toBe(false);
  });

  test('link text and link density', () => {
    const { get } = statsOf(
      '<ul id="u"><li><a href="#">Home page</a></li><li><a href="#">News</a></li></ul><p id="p">Read <a href="#">this</a> now please</p>',
    );
    expect(linkDensity(get('u'))).toBe(1);
    expect(get('p').ownLinkLength).toBe(4);
    expect(linkDensity(get('p'))).toBeCloseTo(4 / 'Read this now please'.length, 5);
  });

  test("links inside a block quote are quoted text, not links (Instagram's caption is a link to its post)", () => {
    const { get } = statsOf(
      '<blockquote id="q"><p id="c"><a href="#">The ferry ran late again, and nobody told us.</a></p></blockquote>',
    );
    expect(get('q').linkLength).toBe(0);
    expect(get('c').ownLinkLength).toBe(0);
  });

  test('parts hidden by markup are not counted; the page is measured from markup alone', () => {
    // Style is the browser's to know and Node's not: both sides must measure the same page.
    const { get } = statsOf(
      '<div id="d"><p>shown</p><p hidden>hidden</p><script>var x;</script><p style="display: none">gone</p><p class="off">kept</p></div>',
    );
    expect(get('d').length).toBe('shown'.length + 'kept'.length);
  });

  test('text blocks are the block elements with own text, inner blocks before their containers', () => {
    const { page } = statsOf('<div id="a">x<p id="b">y</p></div><p id="c">z</p><div id="e"><span>w</span></div>');
    expect(page.textBlocks.map((e) => e.id)).toEqual(['b', 'a', 'c', 'e']);
  });
});
