import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { analyze } from '../engine/analyze';
import { buildTextIndex, type TextIndex, type TextIndexOptions } from './text-index';

function indexOf(
  html: string,
  options: TextIndexOptions = {},
  rootSelector = 'body',
): { index: TextIndex; doc: Document } {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const root = doc.querySelector(rootSelector)!;
  return { index: buildTextIndex(root, options), doc };
}

/** Text nodes under `root` in document order (a plain walk, independent of the code under test). */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

/** The DOM's raw characters between two points, so a span can be checked against the page. */
function domTextBetween(root: Node, a: { node: Text; offset: number }, b: { node: Text; offset: number }): string {
  const nodes = textNodes(root);
  const i = nodes.indexOf(a.node);
  const j = nodes.indexOf(b.node);
  if (i === j) return a.node.data.slice(a.offset, b.offset);
  let s = a.node.data.slice(a.offset);
  for (let k = i + 1; k < j; k++) s += nodes[k]!.data;
  return s + b.node.data.slice(0, b.offset);
}

/** What the text index promises about a DOM string: whitespace runs as one space, invisible
 * characters gone. */
function asRendered(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[ \t\n\r\f\u00a0]+/g, ' ');
}

describe('buildTextIndex: text and blocks', () => {
  const cases: { name: string; html: string; text: string; kinds?: string[] }[] = [
    {
      name: 'paragraphs joined by a blank line',
      html: '<p>One.</p><p>Two.</p>',
      text: 'One.\n\nTwo.',
      kinds: ['paragraph', 'paragraph'],
    },
    {
      name: 'inline elements do not split a paragraph',
      html: '<p>He <a href="#">said</a> <em>it</em> was <strong>fine</strong><span>.</span></p>',
      text: 'He said it was fine.',
    },
    { name: 'whitespace runs and newlines collapse', html: '<p>  a \n\t  b\n</p>', text: 'a b' },
    { name: 'whitespace across inline boundaries collapses once', html: '<p>a <b> b </b> c</p>', text: 'a b c' },
    { name: 'no-break spaces read as plain spaces', html: '<p>a&nbsp;&nbsp;b&nbsp;c</p>', text: 'a b c' },
    { name: 'leading no-break spaces do not start a block', html: '<p>&nbsp; &nbsp;Text</p>', text: 'Text' },
    { name: 'soft hyphens are dropped', html: '<p>Netan&shy;yahu said</p>', text: 'Netanyahu said' },
    { name: 'zero-width characters are dropped', html: '<p>a\u200bb\u200cc\u200dd\u2060e\ufefff</p>', text: 'abcdef' },
    {
      name: 'entities are decoded',
      html: '<p>&#8220;Hi&#8221; &amp; &ldquo;bye&rdquo; &lt;3</p>',
      text: '“Hi” & “bye” <3',
    },
    { name: '<br> is a space', html: '<p>line one<br>line two</p>', text: 'line one line two' },
    { name: 'two <br> break the paragraph', html: '<div>first<br> <br>second</div>', text: 'first\n\nsecond' },
    { name: 'loose text around nested blocks', html: '<div>intro<p>para</p>tail</div>', text: 'intro\n\npara\n\ntail' },
    {
      name: 'headings',
      html: '<h1>Title</h1><h3>Sub</h3><p>Body.</p>',
      text: 'Title\n\nSub\n\nBody.',
      kinds: ['heading', 'heading', 'paragraph'],
    },
    {
      name: 'list items',
      html: '<ul><li>one</li><li>two <b>b</b></li></ul>',
      text: 'one\n\ntwo b',
      kinds: ['list-item', 'list-item'],
    },
    {
      name: 'block quotation paragraphs',
      html: '<blockquote><p>first</p><p>second</p></blockquote><p>after</p>',
      text: 'first\n\nsecond\n\nafter',
      kinds: ['blockquote', 'blockquote', 'paragraph'],
    },
    {
      name: 'a paragraph inside a list item is a list item',
      html: '<ol><li><p>item</p></li></ol>',
      text: 'item',
      kinds: ['list-item'],
    },
    { name: 'empty blocks are skipped', html: '<p> </p><div><span></span></div><p>x</p>', text: 'x' },
    { name: 'hidden attribute', html: '<p>a</p><p hidden>secret</p><p>b</p>', text: 'a\n\nb' },
    {
      name: 'inline display:none and visibility:hidden',
      html: '<p>a<span style="display: none">x</span></p><p style="color:red;visibility:hidden">y</p>',
      text: 'a',
    },
    { name: 'aria-hidden', html: '<p>a<span aria-hidden="true">icon</span>b</p>', text: 'ab' },
    {
      name: 'script, style, template, noscript',
      html: '<p>a<script>var x = 1;</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript>b</p>',
      text: 'ab',
    },
    {
      name: '<q> gets the marks a browser draws for it',
      html: '<p>He said <q>We will win</q> today.</p>',
      text: 'He said “We will win” today.',
    },
    {
      name: 'a <q> inside a <q> gets single marks',
      html: '<p><q>They called it <q>a rout</q>, and left</q></p>',
      text: '“They called it ‘a rout’, and left”',
    },
    {
      name: 'a <q> whose page typed its marks gets none',
      html: '<p>He said <q>“no way”</q> and “<q>yes</q>”.</p>',
      text: 'He said “no way” and “yes”.',
    },
    { name: 'an empty <q> gets no marks', html: '<p>a <q> </q> b<q></q></p>', text: 'a b' },
    { name: 'a hidden <q> is skipped with its marks', html: '<p>a <q hidden>x</q>b</p>', text: 'a b' },
    {
      name: 'svg, buttons and forms',
      html: '<p>a<svg><text>svg</text></svg><button>Share</button></p><form><p>Leave a Reply</p><textarea>x</textarea></form>',
      text: 'a',
    },
  ];
  test.each(cases)('$name', ({ html, text, kinds }) => {
    const { index } = indexOf(html);
    expect(index.text).toBe(text);
    expect(index.blocks.map((b) => index.text.slice(b.start, b.end)).join('\n\n')).toBe(text);
    if (kinds) expect(index.blocks.map((b) => b.kind)).toEqual(kinds);
  });

  test('blocks are in order, do not overlap and hold no edge whitespace', () => {
    const { index } = indexOf('<h2> Head </h2><p> a <i>b</i> </p><ul><li> c </li></ul><blockquote> d </blockquote>');
    let last = -1;
    for (const b of index.blocks) {
      expect(b.start).toBeGreaterThan(last);
      expect(b.end).toBeGreaterThan(b.start);
      const s = index.text.slice(b.start, b.end);
      expect(s).toBe(s.trim());
      last = b.end;
    }
  });

  test('blockElements name the element each block came from', () => {
    const { index } = indexOf('<p id="a">one</p><blockquote id="q"><p id="b">two</p></blockquote>');
    expect(index.blockElements.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('buildTextIndex: an interview question set in bold', () => {
  test('a paragraph wholly in bold that asks "you" gets a "Q: " label of no width in the DOM', () => {
    const { index, doc } = indexOf(
      '<p>Clara Holm keeps bees. We talked to her in May.</p><p> <strong>Why did you start?</strong> </p><p>By chance.</p>' +
        '<p><b>What next?</b></p><p><b>Why</b> did you start?</p><p>Not <b>this one, do you?</b></p>',
    );
    const texts = index.blocks.map((b) => index.text.slice(b.start, b.end));
    expect(texts).toEqual([
      'Clara Holm keeps bees. We talked to her in May.',
      'Q: Why did you start?',
      'By chance.',
      'What next?',
      'Why did you start?',
      'Not this one, do you?',
    ]);
    // The label maps to the question's first character; the question's text to itself.
    const q = index.blocks[1]!;
    expect(index.pointAt(q.start)!.node.data).toBe('Why did you start?');
    expect(index.pointAt(q.start + 3)).toEqual(index.pointAt(q.start));
    expect(index.pointAfter(q.end)!.offset).toBe('Why did you start?'.length);
    expect(doc.body.textContent).not.toContain('Q:');
  });

  test('an explainer\'s bold subhead that asks "you" gets no label: the page is no interview', () => {
    const { index } = indexOf(
      '<p>Dr. Clara Holm studies flu.</p><p><strong>What can you do?</strong></p><p>Wash your hands.</p>',
    );
    expect(index.text).not.toContain('Q:');
  });
});

describe("buildTextIndex: an embedded post's signature", () => {
  const LEAD = '<p>The mayor, Jon Lund, opened three warming centres. “Nobody should sit in the cold,” he said.</p>';
  const POST = '<p>The storm knocked out two substations. Crews are on site.</p>';
  const cases: { name: string; html: string; signature: string }[] = [
    {
      name: 'Instagram: "A post shared by NAME (@handle)"',
      html: `<blockquote class="instagram-media">${POST}<p>A post shared by Ada Roe (@adaroe)</p></blockquote>`,
      signature: '— Ada Roe',
    },
    {
      name: 'Instagram, older: "A post shared by <a>NAME</a> (@handle) on <time>"',
      html: `<blockquote class="instagram-media">${POST}<p>A post shared by <a href="#">Ada Roe</a> (@adaroe) on <time>Dec 3, 2026 at 9:14am PST</time></p></blockquote>`,
      signature: '— Ada Roe',
    },
    {
      name: 'Bluesky: "&mdash; NAME (<a>@handle.bsky.social</a>) <a>date at time</a>"',
      html: `<blockquote class="bluesky-embed">${POST}&mdash; Ada Roe (<a href="#">@adaroe.bsky.social</a>) <a href="#">December 3, 2026 at 9:14 AM</a></blockquote>`,
      signature: '— Ada Roe',
    },
    {
      name: 'Facebook: "Posted by <a>NAME</a> on <a>date</a>"',
      html: `<div class="fb-post"><blockquote class="fb-xfbml-parse-ignore">${POST}Posted by <a href="#">Ada Roe</a> on&nbsp;<a href="#">Thursday, December 3, 2026</a></blockquote></div>`,
      signature: '— Ada Roe',
    },
    {
      name: 'X: the title stays for the engine to read ("Sen.")',
      html: `<blockquote class="twitter-tweet">${POST}— Sen. Ada Roe (@SenRoe) <a href="#">December 3, 2026</a></blockquote>`,
      signature: '— Sen. Ada Roe',
    },
  ];
  test.each(cases)('$name: the signature is read as "— NAME"', ({ html, signature }) => {
    const { index, doc } = indexOf(LEAD + html);
    const texts = index.blocks.map((b) => index.text.slice(b.start, b.end));
    expect(texts.slice(1)).toEqual(['The storm knocked out two substations. Crews are on site.', signature]);
    expect(index.blocks.map((b) => b.kind).slice(1)).toEqual(['blockquote', 'blockquote']);
    // The name maps to the page's characters; the dash to none (it starts where the name does).
    const sign = index.blocks[2]!;
    const name = sign.end - 'Ada Roe'.length;
    expect(domTextBetween(doc.body, index.pointAt(name)!, index.pointAfter(sign.end)!)).toBe('Ada Roe');
    expect(index.pointAt(sign.start)).toEqual(index.pointAt(sign.start + 2));
    // The engine reads the post as the signer's, not as the mayor's, and no quote of its own.
    const out = analyze(index.text, { blocks: index.blocks });
    const post = out.quotes.filter((q) => q.text.includes('substations'));
    expect(post.map((q) => q.speaker?.name)).toEqual(['Ada Roe']);
    expect(out.quotes.filter((q) => q.text.includes('Roe'))).toEqual([]);
  });

  test('Instagram, an account with no name: "A post shared by <a>@handle</a> on <time>" reads "— @handle"', () => {
    const { index } = indexOf(
      `${LEAD}<blockquote class="instagram-media">${POST}<p>A post shared by <a href="#">@adaroe</a> on <time>Dec 3, 2026</time></p></blockquote>`,
    );
    expect(index.text.endsWith('Crews are on site.\n\n— @adaroe')).toBe(true);
    const out = analyze(index.text, { blocks: index.blocks });
    expect(out.quotes.filter((q) => q.text.includes('substations')).map((q) => q.speaker?.name)).toEqual(['adaroe']);
    expect(out.quotes.filter((q) => q.text.includes('adaroe'))).toEqual([]);
  });

  test("a browser's DOM (one text node for the dash and the name) reads the same", () => {
    const dom = new JSDOM(
      `<!doctype html><body>${LEAD}<blockquote class="bluesky-embed">${POST}&mdash; Ada Roe (<a href="#">@adaroe.bsky.social</a>) <a href="#">December 3, 2026 at 9:14 AM</a></blockquote></body>`,
    );
    const index = buildTextIndex(dom.window.document.body);
    expect(index.text.endsWith('Crews are on site.\n\n— Ada Roe')).toBe(true);
    expect(index.toRange(index.text.length - 7, index.text.length)!.toString()).toBe('Ada Roe');
  });

  test.each([
    ['Ada Roe (@adaroe)', 'Ada Roe'],
    ['@adaroe', 'adaroe'],
  ])('an Instagram embed that opens with "A post shared by %s" above its caption: the caption is %s’s', (by, who) => {
    const dom = new JSDOM(
      `<!doctype html><body>${LEAD}<blockquote class="instagram-media"><div><a href="#">A post shared by ${by}</a></div>${POST}</blockquote></body>`,
    );
    const index = buildTextIndex(dom.window.document.body);
    const out = analyze(index.text, { blocks: index.blocks });
    expect(out.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['“Nobody should sit in the cold,”', 'Jon Lund'],
      ['The storm knocked out two substations. Crews are on site.', who],
    ]);
  });

  test('lines that are no signature are read whole; a role after the signer is not read', () => {
    const { index } = indexOf(
      '<blockquote><p>— and then it rained</p><p>A post shared by the council</p><p>— Ada Roe, chair of the board</p>' +
        '<p>— Ada Roe (@adaroe)</p></blockquote><p>— Jon Lund (@jonlund) May 1</p><p>Posted by Jon Lund on Monday</p>',
    );
    expect(index.blocks.map((b) => index.text.slice(b.start, b.end))).toEqual([
      '— and then it rained',
      'A post shared by the council',
      '— Ada Roe',
      '— Ada Roe',
      '— Jon Lund (@jonlund) May 1',
      'Posted by Jon Lund on Monday',
    ]);
  });
});

describe('buildTextIndex: options', () => {
  test('exclude skips a subtree', () => {
    const { index } = indexOf('<p>keep</p><div class="share"><p>Share this</p></div><p>too</p>', {
      exclude: (el) => el.getAttribute('class') === 'share',
    });
    expect(index.text).toBe('keep\n\ntoo');
  });

  test('isHidden (the browser computed-style hook) skips a subtree', () => {
    const { index } = indexOf('<p>a</p><p class="off">b</p>', { isHidden: (el) => el.classList.contains('off') });
    expect(index.text).toBe('a');
  });

  test('keepBlock drops a block and the offsets stay right', () => {
    const { index } = indexOf('<p>First.</p><p>Advertisement</p><p>Second.</p>', {
      keepBlock: (t) => t !== 'Advertisement',
    });
    expect(index.text).toBe('First.\n\nSecond.');
    expect(index.blocks).toEqual([
      { start: 0, end: 6, kind: 'paragraph' },
      { start: 8, end: 15, kind: 'paragraph' },
    ]);
    const p = index.pointAt(8)!;
    expect(p.node.data[p.offset]).toBe('S');
  });

  test('keepBlock dropping the first block leaves no leading separator', () => {
    const { index } = indexOf('<p>By Jane Doe</p><p>Body.</p>', { keepBlock: (t) => !t.startsWith('By ') });
    expect(index.text).toBe('Body.');
    expect(index.blocks[0]).toEqual({ start: 0, end: 5, kind: 'paragraph' });
  });

  test('prepend reads a headline that sits outside the root first', () => {
    const { document } = parseHTML(
      '<html><body><header><h1>Headline</h1><p class="dek">Deck.</p></header><main><p>Body.</p></main></body></html>',
    );
    const doc = document as unknown as Document;
    const index = buildTextIndex(doc.querySelector('main')!, {
      prepend: [doc.querySelector('h1')!, doc.querySelector('.dek')!],
    });
    expect(index.text).toBe('Headline\n\nDeck.\n\nBody.');
    expect(index.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  test('a prepended element that is hidden is not read; exclusions do not apply to it', () => {
    const { document } = parseHTML(
      '<html><body><header><h1>Headline</h1><p class="dek">Deck.</p></header><main><p>Body.</p></main></body></html>',
    );
    const doc = document as unknown as Document;
    const index = buildTextIndex(doc.querySelector('main')!, {
      prepend: [doc.querySelector('h1')!, doc.querySelector('.dek')!],
      isHidden: (el) => el.className === 'dek',
      exclude: (el) => el.localName === 'h1',
    });
    expect(index.text).toBe('Headline\n\nBody.');
  });

  test('startAt drops what comes before the headline inside the root', () => {
    const { document } = parseHTML(
      '<html><body><article><p>World News</p><h1>Headline</h1><p>Body.</p></article></body></html>',
    );
    const doc = document as unknown as Document;
    const index = buildTextIndex(doc.querySelector('article')!, { startAt: doc.querySelector('h1')! });
    expect(index.text).toBe('Headline\n\nBody.');
  });
});

describe('buildTextIndex: offset map', () => {
  const pages = [
    '<p>He <a href="#">said</a>   <em>it</em>\n was  fine.</p><p>Second&nbsp;para&shy;graph.</p>',
    '<h1>T&#8217;itle</h1><ul><li>one<br>two</li></ul><blockquote><p>“Quote,”</p></blockquote>',
    '<div>lead <span> </span> <b>bold</b><p>inner</p>tail\u200b end</div>',
    // Words with single spaces (read in one stretch) broken by every kind of character that
    // needs a decision: a space at a node's end, two spaces, a space before a no-break space, a
    // tab, a soft hyphen and a zero-width space inside a stretch, a space at the text's end.
    '<p>one two three <i>four five</i> six  seven \u00a0eight\tnine te\u00adn ele\u200bven twelve </p><p> x y</p>',
  ];

  test.each(pages)('every character maps to a DOM point and back: %s', (html) => {
    const { index } = indexOf(html);
    let checked = 0;
    for (let i = 0; i < index.text.length; i++) {
      const inBlock = index.blocks.some((b) => i >= b.start && i < b.end);
      if (!inBlock) continue;
      checked++;
      const p = index.pointAt(i)!;
      expect(p).not.toBeNull();
      const ch = index.text[i]!;
      const domCh = p.node.data[p.offset];
      if (ch === ' ') {
        // A collapsed space maps to the first whitespace of its run, or (for <br>) to the next character.
        expect(domCh === undefined || /[\s\u00a0]/.test(domCh) || domCh === index.text[i + 1]).toBe(true);
      } else {
        expect(domCh).toBe(ch);
      }
    }
    // Every character of the text outside the separators was checked.
    expect(checked).toBe(index.text.length - (index.blocks.length - 1) * 2);
  });

  // A <br> reads as a space that has no character in the DOM, so those pages are left out here.
  test.each(pages.filter((p) => !p.includes('<br>')))('each block maps to the DOM text it came from: %s', (html) => {
    const { index, doc } = indexOf(html);
    for (const b of index.blocks) {
      const a = index.pointAt(b.start)!;
      const z = index.pointAfter(b.end)!;
      expect(asRendered(domTextBetween(doc.body, a, z)).trim()).toBe(index.text.slice(b.start, b.end));
    }
  });

  test('a span over an inline boundary maps to both nodes', () => {
    const { index } = indexOf('<p>He said <q>“no way”</q> today.</p>');
    const start = index.text.indexOf('said');
    const end = index.text.indexOf('way') + 3;
    const a = index.pointAt(start)!;
    const z = index.pointAfter(end)!;
    expect(a.node.data.slice(a.offset)).toBe('said ');
    expect(z.node.data.slice(0, z.offset)).toBe('“no way');
  });

  test('offsets inside a separator map to the next block start (start) and previous end (end)', () => {
    const { index } = indexOf('<p>ab</p><p>cd</p>');
    expect(index.pointAt(2)!.node.data).toBe('cd');
    expect(index.pointAt(2)!.offset).toBe(0);
    const end = index.pointAfter(3)!;
    expect(end.node.data).toBe('ab');
    expect(end.offset).toBe(2);
  });

  test('an empty index maps nothing', () => {
    const { index } = indexOf('<script>x</script>');
    expect(index.text).toBe('');
    expect(index.pointAt(0)).toBeNull();
    expect(index.toRange(0, 1)).toBeNull();
  });
});

describe('buildTextIndex: hostile input', () => {
  test('a 1 MB paragraph and thousands of inline elements are read whole', () => {
    // Time is the bench's business (and test/unit/hostile-input.test.ts checks growth).
    const big = 'word '.repeat(200_000);
    const many = '<b>x</b> '.repeat(20_000);
    const { index } = indexOf(`<p>${big}</p><p>${many}</p><p>${'\u200b\u00ad'.repeat(50_000)}end</p>`);
    expect(index.blocks).toHaveLength(3);
    expect(index.text.endsWith('end')).toBe(true);
  });

  test('deep nesting does not overflow the stack', () => {
    const depth = 5000;
    const { index } = indexOf(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
    expect(index.text).toBe('deep');
  });

  test('RTL text and control characters pass through', () => {
    const { index } = indexOf('<p dir="rtl">قال \u202bالوزير\u202c "نعم"</p>');
    expect(index.text).toBe('قال \u202bالوزير\u202c "نعم"');
  });
});

test('firstBlocks gives the index of the first blocks alone: same text, same DOM points, nothing past the cut', () => {
  const { document } = parseHTML(
    '<html><body><div id="r"><p>One <b>two</b>.</p><p>Three four.</p><p>Jane Roe contributed to this report.</p></div></body></html>',
  );
  const root = document.getElementById('r') as unknown as Element;
  const index = buildTextIndex(root);
  expect(index.blocks).toHaveLength(3);
  const cut = index.firstBlocks(2);
  expect(cut.text).toBe('One two.\n\nThree four.');
  expect(cut.blocks).toEqual(index.blocks.slice(0, 2));
  expect(cut.blockElements).toEqual(index.blockElements.slice(0, 2));
  const start = cut.text.indexOf('four');
  expect(cut.pointAt(start)).toEqual(index.pointAt(start));
  expect(cut.pointAfter(start + 4)).toEqual(index.pointAfter(start + 4));
  expect(cut.pointAt(start)!.node.data).toBe('Three four.');
  // Past the cut nothing maps, where the full index maps the dropped block.
  const dropped = index.text.indexOf('Jane');
  expect(index.pointAt(dropped)!.node.data).toContain('Jane');
  expect(cut.toRange(dropped, dropped + 4)).toBeNull();
  expect(index.firstBlocks(5)).toBe(index);
});

describe("buildTextIndex: a pull quote's own attribution element", () => {
  const LEAD =
    '<p>The council delayed the bridge vote again. “We cannot vote on what we have not seen,” said Bram Osei.</p>';
  const cases: { name: string; html: string; signature: string }[] = [
    {
      name: 'a span after the quote in a div.pq, its mark in a span of its own',
      html: '<div class="pq"><span>“</span>The east bank has waited long enough.<span class="pq-source">Ada Roe, lawyer</span></div>',
      signature: '— Ada Roe',
    },
    {
      name: 'a figcaption after the block quote of a quote card',
      html: '<figure class="quote-card"><blockquote><p>“The east bank has waited long enough.”</p></blockquote><figcaption>Ada Roe, lawyer</figcaption></figure>',
      signature: '— Ada Roe',
    },
    {
      name: 'a cite inside the block quote, on the quote line, with its own dash',
      html: '<blockquote class="pullquote">“The east bank has waited long enough.” <cite>— Ada Roe, lawyer</cite></blockquote>',
      signature: '— Ada Roe',
    },
    {
      name: 'a cite ending a block quote of another class, spaced guillemets, no dash',
      html: '<blockquote class="exergue">« The east bank has waited long enough. » <cite>Ada Roe, lawyer</cite></blockquote>',
      signature: '— Ada Roe',
    },
    {
      name: 'a footer ending an embedded post (a block quote of any class), with its platform',
      html: '<blockquote class="fb-post"><p>The east bank has waited long enough.</p><footer>— Ada Roe on Facebook</footer></blockquote>',
      signature: '— Ada Roe',
    },
    {
      name: 'a last p in a pull-quote div',
      html: '<div class="pull"><p>“The east bank has waited long enough.”</p><p>Ada Roe</p></div>',
      signature: '— Ada Roe',
    },
  ];
  test.each(cases)('$name: a line of its own, the quote its signer’s', ({ html, signature }) => {
    const dom = new JSDOM(`<!doctype html><body>${LEAD}${html}</body>`);
    const index = buildTextIndex(dom.window.document.body);
    const texts = index.blocks.map((b) => index.text.slice(b.start, b.end));
    expect(texts[texts.length - 1]).toBe(signature);
    // The name maps to the page's characters; the dash to none.
    const name = index.text.lastIndexOf('Ada Roe');
    expect(index.toRange(name, name + 7)!.toString()).toBe('Ada Roe');
    const out = analyze(index.text, { blocks: index.blocks });
    const pull = out.quotes.filter((q) => q.text.includes('east bank'));
    expect(pull.map((q) => q.speaker?.name)).toEqual(['Ada Roe']);
    expect(out.quotes.filter((q) => q.text.includes('Roe'))).toEqual([]);
  });

  // An embedded post's footer with "of" in the body's name or one word before a handle, once kept
  // (the clutter filter used to drop it: see article-clutter.test.ts), is read as the post's
  // signature, its handle and division left out, and the engine gives the post to it.
  test.each([
    ['— Ministry of Ports (Ferry Division) (@MinPorts)', 'Ministry of Ports'],
    ['— FWU (@fwu_crews)', 'FWU'],
  ])('a footer "%s" signs its post', (footer, name) => {
    const html = `<blockquote class="x-post"><p>The east bank has waited long enough.</p><footer>${footer}</footer></blockquote>`;
    const dom = new JSDOM(`<!doctype html><body>${LEAD}${html}</body>`);
    const index = buildTextIndex(dom.window.document.body);
    expect(index.text.endsWith(`— ${name}`)).toBe(true);
    const out = analyze(index.text, { blocks: index.blocks });
    const post = out.quotes.filter((q) => q.text.includes('east bank'));
    expect(post.map((q) => q.speaker?.name?.toLowerCase())).toEqual([name.toLowerCase()]);
  });

  test.each([
    ['a lone word', '<div class="pull"><p>“The east bank has waited long enough.”</p><p>Roe</p></div>'],
    ['a sentence', '<div class="pull"><p>“The east bank has waited long enough.”</p><p>Roe said this.</p></div>'],
    ['a quote of its own', '<blockquote><p>First part.</p><p>“Ada Roe Was Here”</p></blockquote>'],
    ['an element that is not the last', '<div class="pq"><span>“</span>Long enough.<span>Ada Roe</span><b>x</b></div>'],
    ['a photo caption', '<figure><img src="x.jpg"><figcaption>Ada Roe</figcaption></figure>'],
    [
      'a cite in a caption',
      '<figure><img src="x.jpg"><figcaption>Quay. <cite>Photo: Ada Roe</cite></figcaption></figure>',
    ],
    ['a name in the text', '<div class="pullquote">We met <a href="#">Ada Roe</a> on the quay.</div>'],
  ])('no signature: %s', (_name, html) => {
    const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
    expect(buildTextIndex(dom.window.document.body).text).not.toContain('—');
  });
});
