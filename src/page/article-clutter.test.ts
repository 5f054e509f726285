import { parseHTML } from 'linkedom';
import { classAndId, clutterFilter, isClosingFurniture, keepArticleBlock } from './article-clutter';
import { collectStats } from './page-stats';

describe('keepArticleBlock', () => {
  test.each([
    ['Advertisement', false],
    ['ADVERTISEMENT', false],
    ['Continue reading the main story', false],
    ['Story continues below advertisement', false],
    ['Read more: Bridge plan stalls again', false],
    ['Related: Five things to know', false],
    ['View photo', false],
    ['View this post on Instagram', false],
    ['View more on Instagram', false],
    ['View on Threads', false],
    ['Post by @ada.roe', false],
    ['View on the mainland, the plan is popular.', true],
    ['1 / 5', false],
    ['3 of 12', false],
    ['0:00', false],
    ['-0:00', false],
    ['0:00 / 3:45', false],
    ['4:30 p.m. Monday', true],
    ['___', false],
    ['* * *', false],
    ['12 comments', false],
    ['Reuse content', false],
    ['More about:', false],
    ['Tags: Hotels, Hygiene', false],
    ['More about hotels can be found in the report, the minister said.', true],
    ['By Jane Roe', false],
    ['By Jane Roe and John Doe', false],
    ['By Femke ter Horst and Sander van den Bogaard', false],
    ['By Jane Roe, Associated Press Writer', false],
    [
      'A version of this article appears in print on March 3, 2019, on Page A22 of the New York edition with the headline: Under the streets.',
      false,
    ],
    ['[What you need to know to start the day: Get New York Today in your inbox.]', false],
    // prose that starts like boilerplate stays
    ['By Monday, the troops had left the city.', true],
    ['By then it was too late.', true],
    ['Comments from the minister were not welcome.', true],
    ['Photographs show the damage.', true],
    ['Related research has found the same effect in mice, the study says, and in two other species.', true],
    ['“I will not resign,” she said.', true],
    ['[Eloise] just never understood it, she said.', true],
    // a broadcast's closed captions under its video, and prose quoting such a marker
    ['>> SHE TOOK MONEY FROM PEOPLE WHO TRUSTED HER. THE JUDGE SAID SO HIMSELF.', false],
    ['>> 12 YEARS.\n>> WE ARE STILL HERE.', false],
    ['>> The reply began with a quote, she said.', true],
  ])('%s -> %s', (text, keep) => {
    expect(keepArticleBlock(text, 'paragraph')).toBe(keep);
  });

  test('headings are kept unless they hold no words', () => {
    expect(keepArticleBlock('Advertisement', 'heading')).toBe(true);
    expect(keepArticleBlock('***', 'heading')).toBe(false);
  });
});

describe('isClosingFurniture', () => {
  test.each([
    ['LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', true],
    [
      'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship. Follow him on Twitter @LucasNolan_',
      true,
    ],
    ['Corey Kilgannon is a Metro reporter covering news and human interest stories.', true],
    [
      'The minister is a former editor of the paper, and she said the law would not change how reporters work in the capital or anywhere else in the country for years.',
      false,
    ],
    ['Shares fell 3 percent.', false],
    [
      'Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
      true,
    ],
    ['Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.', true],
    ['This version corrects the spelling of the region to Tuva, not Tyva.', true],
    [
      'The agency reported from its office in Geneva that 40 people had died in the floods, and more were missing.',
      false,
    ],
    ['Officials reported in March that sales fell.', false],
  ])('%s', (text, expected) => {
    expect(isClosingFurniture(text)).toBe(expected);
  });
});

describe('classAndId', () => {
  test('drops negated words so "no_caption" does not read as a caption', () => {
    const { document } = parseHTML('<div id="x" class="item no_caption wide"></div>');
    expect(classAndId(document.getElementById('x') as unknown as Element)).not.toMatch(/caption/);
  });
  test("drops a quote box's author word so its signature line is no byline", () => {
    const { document } = parseHTML('<p id="x" class="box__quote-author"></p><p id="y" class="author-box"></p>');
    expect(classAndId(document.getElementById('x') as unknown as Element)).not.toMatch(/author/);
    expect(classAndId(document.getElementById('y') as unknown as Element)).toMatch(/author/);
  });
});

describe('clutterFilter', () => {
  const html = `<div id="root">
    <p id="p1">The council voted on Tuesday to approve the bridge, ending years of argument and delay.</p>
    <div id="share" class="share-tools"><a href="#">Facebook</a><a href="#">Twitter</a></div>
    <p id="p2">Construction starts in the spring and should take about thirty months to finish, the council says.</p>
    <div id="gal" class="full-gallery"><p>${'A long caption with plenty of words, commas, and figures like 1,000. '.repeat(20)}</p></div>
    <div id="links"><p><a href="/x">Related story: something else happened somewhere</a></p></div>
    <p id="p3">He said the cost would be <span class="caption-ish">about</span> <span id="cap" class="caption">Photo: AP</span>forty million pounds.</p>
    <div id="meta" class="meta"><time id="t1" datetime="2024">1 March 2024</time></div>
    <p id="p4">The vote came <time id="t2">on Tuesday</time> after a long debate in the chamber.</p>
    <aside id="aside"><p>Pull quote</p></aside>
    <figure id="fig"><img src="x.jpg"><figcaption>Caption</figcaption></figure>
    <figure id="figq"><blockquote><p>A quoted passage in a figure.</p></blockquote><figcaption>— Someone</figcaption></figure>
    <figure id="pq" class="wp-block-pullquote"><blockquote><p>“A line repeated from the story.”</p></blockquote></figure>
    <div id="pq2" class="pull-quote">“A line repeated from the story.”</div>
    <blockquote id="bq" class="wp-block-quote"><p>The council voted on Tuesday to approve the bridge.</p><cite>Ada Roe, clerk</cite></blockquote>
    <figure class="quote-card"><blockquote id="bq4"><p>“A long time to wait.”</p></blockquote></figure>
    <blockquote id="bq3" class="highlight"><p>“Thirty months is a long time to wait for a bridge.”</p></blockquote>
    <p id="p5">“We know it, but thirty months is a long time to wait for a bridge,” the mayor said.</p>
    <blockquote id="bq2"><p>Bridges are built for a hundred years, not for one election.</p><cite>Ada Roe</cite></blockquote>
    <div id="pull" class="pull"><p>“Thirty months is a long time to wait for a bridge.”</p><p>Mayor Ada Roe</p></div>
    <div id="qbox" class="quote-box"><p>“Nobody on the council has seen the final cost of the bridge.”</p></div>
    <div id="pq3" class="pq">‘A long time to wait for a bridge’</div>
    <div id="pq5" class="pq"><span>“</span>Nobody asked the ferry crews.<span id="pq5src">Ada Roe, skipper</span></div>
    <figure id="figq2" class="quote-card"><blockquote><p>“Ferries are no plan.”</p></blockquote><figcaption id="figq2cap">Ada Roe, skipper</figcaption></figure>
    <blockquote class="fb-post"><p>Our boats reach forty villages today.</p><footer id="postsig">— Lake Aid on Facebook</footer></blockquote>
    <blockquote class="fb-post"><p>Our boats reach forty villages today.</p><footer id="postfoot">Posted 3 hours ago</footer></blockquote>
    <blockquote class="x-post"><p>Ferries sail again on Monday.</p><footer id="postsigof">— Ministry of Ports (Ferry Division) (@MinPorts)</footer></blockquote>
    <blockquote class="x-post"><p>Ferries sail again on Monday.</p><footer id="postsighandle">— FWU (@fwu_crews)</footer></blockquote>
    <div id="embedwrap" class="embed social"><blockquote id="embedx" class="social-post"><p>Ferries sail on Monday.</p><footer>— Sen. Ada Roe (@SenRoe)</footer></blockquote></div>
    <blockquote id="embedli" class="social-embed"><p>Two ports, one crossing.</p><footer>— Ada Roe on LinkedIn</footer></blockquote>
    <blockquote id="embedline" class="social-embed"><p>Boats reach forty villages. — Lake Aid (@lakeaid) May 1, 2026</p></blockquote>
    <div id="embedanon" class="social-embed"><blockquote class="tiktok"><p>Singing on the quay</p><footer>@quayside</footer></blockquote></div>
    <blockquote id="embedrelay" class="social-embed"><p>Mayor Roe: "The bridge opens in May."</p>— Tarlow Council (@TarlowCouncil)</blockquote>
    <div id="follow" class="social-follow"><p>Follow us on X — Tarlow Times (@tarlowtimes)</p></div>
    <h2 id="h1">‘We know it’</h2>
    <h3 id="h2">Roe: ‘We know it’</h3>
    <p id="dl1" class="dateline">OSTERVIK, May 2 (Northwire) - Two ferry operators agreed on Friday to merge, the firms said.</p>
    <p id="dl2" class="dateline">Updated Fri., May 2, 2026 at 6:10 a.m.</p>
    <div id="dl3" class="story-dateline">OSTERVIK: Friday, 02 May 2026 8:14 PM</div>
    <div id="src" class="article-sources"><ol><li>Berg A, et al. “Night shifts and sleep: a cohort study.” 2025.</li></ol></div>
  </div>`;
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const root = doc.getElementById('root')!;
  const stats = collectStats(doc.querySelector('body')!).stats;
  const filter = clutterFilter({ root, stats, keep: new Set(), dropChildren: new Set(), clean: true });
  const el = (id: string) => doc.getElementById(id)!;

  test.each([
    ['p1', false],
    ['p2', false],
    ['p3', false],
    ['p4', false],
    ['share', true],
    ['gal', true],
    ['links', true],
    ['cap', true],
    ['meta', true],
    ['t1', true],
    ['t2', false],
    ['aside', true],
    ['fig', true],
    ['figq', false],
    ['pq', true],
    ['pq2', true],
    ['bq', true],
    ['bq2', false],
    ['bq3', true],
    ['bq4', true],
    ['p5', false],
    ['pull', true],
    ['qbox', false],
    // "pq", a pull quote's short class name, holding a line the story prints again.
    ['pq3', true],
    ['pq5', false],
    // A quote card's signature is read (a signature line to the engine), not left out as a caption.
    ['pq5src', false],
    ['figq2', false],
    ['figq2cap', false],
    // An embedded post's footer signing it is read too; a footer that is no name is still left out.
    ['postsig', false],
    ['postfoot', true],
    // "of" in a body's name, or one word before a handle, signs the post too
    ['postsigof', false],
    ['postsighandle', false],
    // A post in a "social" embed signed by a name (a footer, or "— Name (@handle)") is a quote, one
    // relaying another's words in marks too (its signature signs the whole post); one signed by a
    // bare handle and a follow box are not kept.
    ['embedwrap', false],
    ['embedx', false],
    ['embedli', false],
    ['embedline', false],
    ['embedanon', true],
    ['embedrelay', false],
    ['follow', true],
    ['h1', true],
    ['h2', false],
    ['src', true],
    // A dateline holding a whole sentence is the story's lead; a place and a time alone is furniture.
    ['dl1', false],
    ['dl2', true],
    ['dl3', true],
  ])('#%s excluded: %s', (id, expected) => {
    expect(filter(el(id))).toBe(expected);
  });

  test('kept elements are never excluded, and the last rung turns class rules off', () => {
    const keep = clutterFilter({ root, stats, keep: new Set([el('share')]), dropChildren: new Set(), clean: true });
    expect(keep(el('share'))).toBe(false);
    const raw = clutterFilter({ root, stats, keep: new Set(), dropChildren: new Set(), clean: false });
    expect(raw(el('share'))).toBe(false);
    expect(raw(el('aside'))).toBe(true);
  });

  test('a big body wrapper with a "share" id stays', () => {
    const big = parseHTML(
      `<html><body><div id="r"><div id="gigya-share-btns-2_gig_containerParent" class="text-wrapper">${'<p>Long enough prose, with commas, to be the body of the article here.</p>'.repeat(10)}</div><p>Tail paragraph of the article.</p></div></body></html>`,
    ).document as unknown as Document;
    const f = clutterFilter({
      root: big.getElementById('r')!,
      stats: collectStats(big.querySelector('body')!).stats,
      keep: new Set(),
      dropChildren: new Set(),
      clean: true,
    });
    expect(f(big.getElementById('gigya-share-btns-2_gig_containerParent')!)).toBe(false);
  });
});
