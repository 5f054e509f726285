import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../engine/analyze';
import { findArticle, looksLikeArticle, precedes } from './article';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/pages');

function load(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function fixture(name: string): Document {
  return load(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

describe('looksLikeArticle', () => {
  test.each([
    ['news-header-outside.html', true],
    ['blog-post.html', true],
    ['search-results.html', false],
    ['product-page.html', false],
    ['web-app.html', false],
  ])('%s -> %s', (name, expected) => {
    expect(looksLikeArticle(fixture(name))).toBe(expected);
  });

  const prose =
    '<p>The council voted on Tuesday night to approve the new bridge over the river, ending years of argument.</p>';
  test.each([
    [
      'og:type article',
      '<html><head><meta property="og:type" content="article"></head><body><p>x</p></body></html>',
      true,
    ],
    [
      'JSON-LD NewsArticle',
      '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script></head><body></body></html>',
      true,
    ],
    [
      'JSON-LD type list',
      '<html><head><script type="application/ld+json">{"@type":["Thing","ReportageNewsArticle"]}</script></head><body></body></html>',
      true,
    ],
    [
      'microdata Article',
      '<html><body><div itemscope itemtype="http://schema.org/Article"><p>x</p></div></body></html>',
      true,
    ],
    [
      'og:type product wins over prose',
      `<html><head><meta property="og:type" content="product"></head><body>${prose.repeat(6)}</body></html>`,
      false,
    ],
    ['four prose paragraphs in a row', `<html><body><div>${prose.repeat(4)}</div></body></html>`, true],
    [
      'three prose paragraphs inside <article>',
      `<html><body><article>${prose.repeat(3)}</article></body></html>`,
      true,
    ],
    ['two prose paragraphs only', `<html><body><div>${prose.repeat(2)}</div></body></html>`, false],
    [
      'a bare <article> card list',
      '<html><body><article><a href="#">Card</a></article><article><a href="#">Card</a></article></body></html>',
      false,
    ],
  ])('%s', (_name, html, expected) => {
    expect(looksLikeArticle(load(html))).toBe(expected);
  });
});

describe('findArticle on a news page with the headline outside the body', () => {
  const article = findArticle(fixture('news-header-outside.html'))!;
  const text = article.index.text;

  test('title is the page headline', () => {
    expect(article.title).toBe('Council Approves River Bridge After Decade of Delay');
    expect(article.index.blocks[0]!.kind).toBe('heading');
    expect(
      text.startsWith('Council Approves River Bridge After Decade of Delay\n\nThe 40 million pound crossing'),
    ).toBe(true);
  });

  test.each([
    'The city council voted 31 to 9 on Tuesday night',
    '“This is the most important decision this council has made in a generation,” said the mayor',
    'What happens next',
    'Detailed designs will be published in April',
    'We will hold the contractor to every date in the plan',
    'The vote followed a five-hour debate in which 26 residents spoke',
  ])('keeps body text: %s', (s) => {
    expect(text).toContain(s);
  });

  test.each([
    ['navigation', 'Sport'],
    ['cookie banner', 'We use cookies'],
    ['kicker above the headline', 'Local news'],
    ['byline', 'Jane Roe'],
    ['timestamp', '1 March 2024'],
    ['share bar', 'Share on'],
    ['figure caption', "artist's impression"],
    ['advertisement line', 'Advertisement'],
    ['related-story link paragraph', 'Read our earlier coverage'],
    ['"continue reading" line', 'Continue reading'],
    ['video player', '0:00'],
    ['video title', 'Watch: the mayor'],
    ['gallery', 'The Old Bridge, built in 1820'],
    ['author tagline', 'Follow her on Twitter'],
    ['sidebar', 'Most read'],
    ['comments', 'waiting 10 years'],
    ['footer', 'All rights reserved'],
  ])('leaves out the %s', (_what, s) => {
    expect(text).not.toContain(s);
  });

  test('kinds follow the markup', () => {
    const kindOf = (s: string) => article.index.blocks.find((b) => text.slice(b.start, b.end).startsWith(s))?.kind;
    expect(kindOf('What happens next')).toBe('heading');
    expect(kindOf('Detailed designs')).toBe('list-item');
    expect(kindOf('We will hold')).toBe('blockquote');
    expect(kindOf('The city council')).toBe('paragraph');
  });
});

describe('findArticle on a WordPress post', () => {
  const article = findArticle(fixture('blog-post.html'))!;
  const text = article.index.text;

  test('reads the entry title and content', () => {
    expect(article.title).toBe('Volunteers plant 5,000 trees along the canal');
    expect(text).toContain('More than 200 volunteers spent the weekend');
    expect(text).toContain('“In ten years you will not recognise this place,” she said.');
    expect(text).toContain('Oak, hazel and hawthorn');
  });

  test.each([
    'Leave a Reply',
    'Your email address',
    'Share this',
    'Litter pick',
    'Archives',
    'written by volunteers',
    'Posted on',
    'Riverside Notes',
    'Proudly powered',
  ])('leaves out %s', (s) => expect(text).not.toContain(s));
});

describe('findArticle on a body of <div> paragraphs split by an ad', () => {
  const para = (n: number) =>
    `<div class="zn-body__paragraph">Paragraph ${n}: the minister said on Tuesday that the plan, which costs millions, would go ahead.</div>`;
  const doc = load(`<html><head><title>Plan goes ahead - Example News</title></head><body>
    <div class="pg-headline"><h1>Plan goes ahead</h1></div>
    <section class="zn-body-text">
      <div class="l-container"><p class="zn-body__paragraph speakable">Lead: the plan will go ahead, officials said, despite protests.</p>${para(1)}${para(2)}</div>
      <div class="ad ad--epic"><div class="ad-slot">Advertisement</div></div>
      <div class="zn-body__read-all">${para(3)}${para(4)}${para(5)}</div>
    </section>
    <div class="zn-related"><h3>Related</h3><a href="/a">Another story that is related to this one</a></div>
  </body></html>`);
  const text = findArticle(doc)!.index.text;

  test('reads the headline, the lead and every div paragraph in order', () => {
    const order = [
      'Plan goes ahead',
      'Lead: the plan',
      'Paragraph 1:',
      'Paragraph 2:',
      'Paragraph 3:',
      'Paragraph 5:',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('leaves out the ad and the related links', () => {
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Another story');
  });
});

describe('findArticle on a body with embeds', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report, in which the committee sets out, at length and in detail, what went wrong.</p>`;
  const doc = load(`<html><head><title>Inquiry report</title></head><body><article><h1>Inquiry report</h1>
    <div class="content__article-body" itemprop="articleBody">
      ${para(1)}
      <figure class="element element-image"><img src="a.jpg"><figcaption>The committee chair, pictured in 2019. Photograph: Agency</figcaption></figure>
      ${para(2)}
      <aside class="element element-rich-link"><p><a href="/x">Read more: the inquiry's first report, published two years ago</a></p></aside>
      ${para(3)}
      <figure class="element element-tweet"><blockquote class="twitter-tweet"><p>We accept every finding of this report.</p>— Ministry (@ministry) May 1, 2024</blockquote></figure>
      ${para(4)}
    </div></article></body></html>`);
  const article = findArticle(doc)!;
  const text = article.index.text;

  test('keeps an embedded quotation and every paragraph', () => {
    expect(text).toContain('Paragraph 4 of the report');
    expect(text).toContain('We accept every finding of this report.');
    const block = article.index.blocks.find((b) => text.slice(b.start, b.end).startsWith('We accept'));
    expect(block?.kind).toBe('blockquote');
  });

  test('leaves out the image caption and the rich link', () => {
    expect(text).not.toContain('Photograph');
    expect(text).not.toContain('Read more');
  });
});

describe("findArticle on a story with Instagram's embed code", () => {
  // As Instagram's embed code gives it: placeholder divs inside a link to the post, the caption a
  // link of its own, the signature's name a link to the profile, then the embed script.
  const link = (text: string) =>
    `<a href="https://www.instagram.com/p/Cq1XyZ/" style="color:#000;" target="_blank">${text}</a>`;
  const doc = load(`<html><head><title>Ferry cut</title></head><body><article><h1>Ferry cut</h1>
    <p>The harbour ferry will run only twice a day from March, the operator said. “We cannot keep losing money,” its chief, Jon Lund, said.</p>
    <blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/Cq1XyZ/" data-instgrm-version="14" style="background:#FFF; border:0;"><div style="padding:16px;">
      ${link('<div style="display: flex;"><div style="height: 40px;"></div></div><div style="padding-top: 8px;"><div style="color:#3897f0;">View this post on Instagram</div></div>')}
      <p style="margin:8px 0 0 0;">${link('Twenty-two years on this crossing and tonight was my last late run. Thank you to every passenger who said good night.')}</p>
      <p style="color:#c9c8cd; overflow:hidden; white-space:nowrap;">A post shared by <a href="https://www.instagram.com/captmarehart/">Mare Hart</a> (@captmarehart) on <time datetime="2026-12-03T22:14:00+00:00">Dec 3, 2026 at 2:14pm PST</time></p>
    </div></blockquote> <script async src="//www.instagram.com/embed.js"></script>
    <p>Bayline said the cuts would save $1.2 million a year.</p>
    </article></body></html>`);

  test('reads the caption and its signer, and the story after the post; not the link to Instagram', () => {
    const { text, blocks } = findArticle(doc)?.index ?? { text: '', blocks: [] };
    expect(text).toContain('Twenty-two years on this crossing');
    expect(text).toContain('Thank you to every passenger who said good night.\n\n— Mare Hart\n\nBayline said');
    expect(text).not.toContain('View this post');
    const out = analyze(text, { blocks });
    expect(out.quotes.find((q) => q.text.startsWith('Twenty-two'))?.speaker?.name).toBe('Mare Hart');
  });
});

describe('findArticle on a short story', () => {
  const doc = load(`<html><head><title>Road closed</title></head><body><article>
    <h1>Road closed</h1>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <span>Share this story with friends and family today</span></div>
    <p>The High Street will be closed from Monday for 3 weeks while gas mains are replaced, the council said on Friday.</p>
    <p>Buses will use Mill Lane instead, adding about 10 minutes to journeys, it said.</p>
    <p class="caption">A digger on the High Street in an earlier round of works, photographed by a reader last year.</p>
  </article></body></html>`);
  const article = findArticle(doc)!;

  test('keeps the strict reading even though it is short', () => {
    expect(article.index.text).toContain('The High Street will be closed from Monday');
    expect(article.index.text).toContain('Buses will use Mill Lane');
    expect(article.index.text).not.toContain('Share');
    expect(article.index.text).not.toContain('A digger');
  });
});

describe('findArticle keeps a standfirst with no full stop', () => {
  // Many standfirsts are a phrase with neither a full stop nor a comma: the body's run of prose
  // starts after it, yet it is the story's as much as the headline is.
  const doc = load(`<html><head><title>Ferry fares to rise | Coast Post</title></head><body><article>
    <h1>Ferry fares to rise</h1>
    <p class="standfirst">Operator says fuel costs leave it no choice; islanders call the rise unfair</p>
    <div class="byline">By Ana Ruiz</div>
    <p>Fares on the island ferry will rise by a fifth from April, the operator said on Monday, blaming the price of fuel.</p>
    <p>Islanders said the rise would cut them off from the mainland, and a petition against it had drawn 2,000 names.</p>
  </article></body></html>`);
  const text = findArticle(doc)?.index.text ?? '';

  test('reads the standfirst between the headline and the body', () => {
    expect(text).toMatch(
      /^Ferry fares to rise\n+Operator says fuel costs leave it no choice; islanders call the rise unfair\n+Fares on/,
    );
    expect(text).not.toContain('Ana Ruiz');
  });
});

describe('findArticle edge cases', () => {
  test('no article text gives null', () => {
    expect(findArticle(fixture('web-app.html'))).toBeNull();
    expect(findArticle(load('<html><body></body></html>'))).toBeNull();
  });

  test('the document is not changed', () => {
    const doc = fixture('news-header-outside.html');
    const before = doc.documentElement.outerHTML;
    findArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('isHidden hides parts the markup does not', () => {
    const doc = fixture('news-header-outside.html');
    const article = findArticle(doc, { isHidden: (el) => el.localName === 'blockquote' })!;
    expect(article.index.text).not.toContain('We will hold the contractor');
    expect(article.index.text).toContain('The vote followed');
  });

  test('a 1 MB paragraph full of boilerplate words is read whole, not taken for boilerplate', () => {
    // Time is the bench's business; here the capped boilerplate patterns must not drop the text.
    const huge = `[${'newsletter sign up inbox '.repeat(40_000)}`;
    const doc = load(`<html><body><article><h1>Title</h1><p>${huge}</p><p>${huge}]</p></article></body></html>`);
    const article = findArticle(doc);
    expect(article!.index.text.length).toBeGreaterThan(2_000_000);
  });

  test('the browser check runs once per element, however many rungs and passes read it', () => {
    const calls = new Map<Element, number>();
    findArticle(fixture('news-header-outside.html'), {
      isHidden: (el) => (calls.set(el, (calls.get(el) ?? 0) + 1), false),
    });
    expect(calls.size).toBeGreaterThan(20);
    expect(Math.max(...calls.values())).toBe(1);
  });

  test('a display:none h1 that matches the title is not taken as the headline', () => {
    const doc =
      load(`<html><head><title>Road closed for three weeks</title></head><body><h1 class="seo">Road closed for three weeks</h1><article><h2>Road closed for three weeks</h2>
      <p>The High Street will be closed from Monday for 3 weeks while gas mains are replaced, the council said on Friday, and buses will use Mill Lane.</p></article></body></html>`);
    const article = findArticle(doc, { isHidden: (el) => el.getAttribute('class') === 'seo' })!;
    expect(article.index.blocks[0]!.kind).toBe('heading');
    expect(article.index.text.startsWith('Road closed for three weeks\n\nThe High Street')).toBe(true);
  });

  test('a headline hidden by the browser check is neither read nor used as the start', () => {
    const doc =
      load(`<html><head><title>Road closed for three weeks</title></head><body><article><h1 class="sr">Road closed for three weeks</h1>
      <p>The High Street will be closed from Monday for 3 weeks while gas mains are replaced, the council said on Friday, and buses will use Mill Lane.</p></article></body></html>`);
    const article = findArticle(doc, { isHidden: (el) => el.getAttribute('class') === 'sr' })!;
    expect(article.index.text).toContain('The High Street will be closed');
    expect(article.index.text).not.toContain('Road closed');
  });

  test('deeply nested markup does not overflow', () => {
    const p =
      '<p>The council voted on Tuesday night to approve the new bridge, ending years of argument, delay and cost.</p>';
    const doc = load(`<html><body>${'<div>'.repeat(3000)}${p.repeat(8)}${'</div>'.repeat(3000)}</body></html>`);
    expect(findArticle(doc)?.index.blocks.length).toBe(8);
  });
});

describe('findArticle on a body split into sections', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story runs long enough, with commas, clauses, and detail, to count as prose for the scorer.</p>`;
  const doc = load(`<html><head><title>Split story</title></head><body><div id="wrap">
    <section class="part">${para(1)}${para(2)}${para(3)}</section>
    <div class="quote-box"><blockquote><p>We will not stop until the job is done.</p></blockquote></div>
    <section class="part">${para(4)}${para(5)}${para(6)}</section>
    <div class="more"><a href="/a">Another story entirely</a> <a href="/b">And one more link</a></div>
  </div></body></html>`);
  const text = findArticle(doc)!.index.text;

  test('joins the parts and keeps the block quotation between them', () => {
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('Paragraph 6 of the story');
    expect(text).toContain('We will not stop until the job is done.');
  });

  test('leaves out the link list after the story', () => {
    expect(text).not.toContain('Another story');
  });
});

describe('the retry ladder', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report runs long enough, with commas, clauses, and detail, to read as prose.</p>`;

  test('a comment thread longer than the story is left out on the first rung, by its class', () => {
    const comment = (n: number) =>
      `<div class="comment"><p>Reader ${n} wrote at length, with commas, that the report missed the point entirely and should be withdrawn.</p></div>`;
    const links = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((n) => `<li><a href="/s${n}">Another story from the same desk, number ${n}</a></li>`)
      .join('');
    const doc =
      load(`<html><body><div class="page"><div class="story">${[1, 2, 3].map(para).join('')}</div><ul>${links}</ul>
      <section class="comments">${[1, 2, 3, 4, 5, 6].map(comment).join('')}</section></div></body></html>`);
    const text = findArticle(doc)?.index.text ?? '';
    expect(text).toContain('Paragraph 3 of the report');
    expect(text).not.toContain('Reader 1 wrote');
  });

  test('a layout wrapped in a furniture class is read on the rung that ignores class words', () => {
    const doc = load(`<html><body><div class="sidebar-layout"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="story">${[1, 2, 3].map(para).join('')}<div class="share-tools"><span>Share this story with your friends, today.</span></div>${[4, 5, 6].map(para).join('')}</div></div></body></html>`);
    const text = findArticle(doc)?.index.text ?? '';
    expect(text).toContain('Paragraph 1 of the report');
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toContain('Home');
    // Cleaned: read on the second rung, not the last.
    expect(text).not.toContain('Share this story');
  });

  test('a story whose every paragraph sits in a "widget" is read on the rung without cleaning', () => {
    const doc = load(
      `<html><body><article>${[1, 2, 3, 4].map((n) => `<div class="text-widget">${para(n)}</div>`).join('')}</article></body></html>`,
    );
    const text = findArticle(doc)?.index.text ?? '';
    expect(text).toContain('Paragraph 1 of the report');
    expect(text).toContain('Paragraph 4 of the report');
  });
});

describe('findArticle leaves teasers of other stories out', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story runs long enough, with commas, clauses, and detail, to read as prose.</p>`;
  const teaser = (n: number) =>
    `<li><h3><a href="/s${n}">Other story number ${n}</a></h3><p>The summary of other story ${n} is long, with commas, and it reads like prose too, more than a paragraph of the story does.</p></li>`;

  test('a longer list of summaries under linked titles does not outweigh the story', () => {
    const doc = load(`<html><body><div class="page"><div class="body">${[1, 2, 3].map(para).join('')}</div>
      <div class="stream"><ul>${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</ul></div></div></body></html>`);
    const text = findArticle(doc)?.index.text ?? '';
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('summary of other story');
  });
});

describe('the browser and the command line choose the same body', () => {
  // A row of player controls sits between the story and a paragraph that is not the story. The
  // browser hides the controls by style, Node cannot know that. Measured with the controls, the
  // paragraph is not worth crossing them; without them, it would join the story. Only the text
  // read may differ between the two, never which part of the page is the article.
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story runs long enough, with commas, clauses, and detail, to read as prose.</p>`;
  const controls = [
    'Captions',
    'Settings',
    'Full Screen',
    'Embed',
    'Quality',
    'Auto',
    'High',
    'Medium',
    'Low',
    'Volume',
    'Share',
    'Speed',
    'Replay',
    'Up Next',
    'Mute',
    'Pause',
  ]
    .map((label) => `<div><span>${label} menu</span></div>`)
    .join('');
  const html = `<html><body><div class="page"><div class="story">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div>
    <div class="player-controls">${controls}</div>
    <div class="extra"><p>A paragraph about another matter, with a comma and a stop.</p></div></div></body></html>`;
  const hidesControls = (el: Element) => el.getAttribute('class') === 'player-controls';

  test('a part hidden by style changes what is read, never which part of the page is the article', () => {
    const inNode = findArticle(load(html));
    const inBrowser = findArticle(load(html), { isHidden: hidesControls });
    expect(inNode?.index.text).toContain('Paragraph 6 of the story');
    expect(inNode?.index.text).not.toContain('another matter');
    expect(inBrowser?.index.text).toBe(inNode?.index.text);
  });
});

describe('a body cut to a run of its children', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story runs long enough, with commas, clauses, and detail, to read as prose.</p>`;
  const links = Array.from(
    { length: 12 },
    (_, n) => `<li><a href="/s${n}">Another story from the desk, ${n}</a></li>`,
  ).join('');

  test('keeps its cut when the body sits alone in a wrapper', () => {
    // The marked <main> wins by a little over its story; what lies past the link list is not read
    // even though <main> is the only child of its wrapper.
    const doc = load(`<html><body><div class="wrapper"><main><div class="story">${[1, 2, 3, 4].map(para).join('')}</div>
      <ul>${links}</ul><div class="after"><p>Words past the list that read as prose, with commas, and stops.</p>
      <p>More words past the list that read as prose, with commas, and stops.</p></div></main></div></body></html>`);
    const text = findArticle(doc)?.index.text ?? '';
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Words past the list');
  });
});

describe('precedes', () => {
  const doc = load('<html><body><div><h1 id="a">x</h1></div><main><p id="b">y</p></main></body></html>');
  const a = doc.getElementById('a')!;
  const b = doc.getElementById('b')!;
  test.each([
    ['earlier cousin before later', a, b, true],
    ['later before earlier', b, a, false],
    ['ancestor does not precede its descendant', doc.querySelector('main')!, b, false],
    ['descendant does not precede its ancestor', b, doc.querySelector('main')!, false],
  ])('%s', (_n, x, y, expected) => expect(precedes(x, y)).toBe(expected));
});
