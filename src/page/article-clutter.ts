// What sits inside an article's container but is not the article: captions, galleries, share
// bars, bylines, related links, comment forms, ads, video players. Decided per element (so the
// text index skips the subtree) or, for boilerplate lines with no telling markup, per block text.
import type { BlockKind } from '../engine/types';
import { linkDensity, type ElementStats } from './page-stats';
import { isBlockTag, signsQuote } from './text-index';

/** Tags that are never article prose: HTML's sectioning for what surrounds the main content, and
 * captions. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'figcaption', 'footer', 'menu']);

/** ARIA roles of page furniture, by the role categories of WAI-ARIA: the landmarks other than the
 * main content (banner, complementary, contentinfo, navigation, search), the composite widgets
 * that hold controls rather than text (menu, menubar, tablist, toolbar) and the windows and live
 * messages laid over a page (alert, alertdialog, dialog). */
export const FURNITURE_ROLES = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'navigation',
  'search',
  'menu',
  'menubar',
  'tablist',
  'toolbar',
  'alert',
  'alertdialog',
  'dialog',
]);

/** Builds a regex that matches any of `words` as one word of a class or id (split on - _ and
 * spaces), so "full-gallery" matches "gallery" but "galleryless" would not. */
function wordRegex(words: string[]): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?:$|[\\s_-])`, 'i');
}

/** Class/id words of parts that are never the article, however much text they hold: a gallery or
 * a comment thread can be longer than the story it sits in. */
export const FURNITURE_WORDS = wordRegex([
  'gallery',
  'slideshow',
  'carousel',
  'lightbox', // galleries (The Independent's 50 slides)
  'comment',
  'comments',
  'respond',
  'disqus', // comment threads and forms
  'related',
  'recommended',
  'recirc',
  'outbrain',
  'taboola',
  'trending', // related-story lists
  'sidebar',
  'footer',
  'navigation',
  'nav',
  'menu',
  'masthead',
]);

/** Class/id words of small widgets inside the body container. Only a part smaller than
 * BODY_SHARE of the body goes: some sites wrap the story itself in a "read-more" or "share" div. */
const CLUTTER_SMALL = wordRegex([
  'share',
  'sharing',
  'social',
  'sociable',
  'gig', // share bars (gigya, addthis...)
  'more-?stories',
  'read-?more',
  'readmore',
  'more-?about',
  'popular', // link boxes
  'caption',
  'credit',
  'credits',
  'legend',
  'image-source',
  'photo-?viewer',
  'figure',
  'fig-frame', // captions
  'video',
  'player',
  'vjs',
  'jwplayer',
  'brightcove',
  'bc_container',
  'media-?player', // video players
  'byline',
  'bylines',
  'author',
  'authors',
  'dateline',
  'timestamp',
  'datetime',
  'date',
  'time',
  'meta',
  'published',
  'updated', // bylines and times
  'reply',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adblock',
  'ad-block',
  'sponsor',
  'sponsored',
  'promo',
  'dfp',
  'gpt', // ads
  'newsletter',
  'subscribe',
  'signup',
  'paywall',
  'cookie',
  'consent',
  'gdpr',
  'modal',
  'overlay',
  'popup', // overlays
  'tags',
  'tag-?list',
  'topics',
  'keywords',
  'breadcrumbs?',
  'toolbar',
  'tools',
  'print',
  'bio',
  'author-?bio', // furniture
  'rail',
  'widget',
  'pull-?quote', // a quote repeated from the story, set large
  'sources',
  'references',
  'citations',
  'footnotes', // a study's sources list: its titles in marks are no quotes
]);

/** Class/id words of inline parts that are not the sentence around them: a caption or credit
 * span inside a paragraph (MSN puts the photo and its credit inside the first <p>). */
const CLUTTER_INLINE = wordRegex([
  'caption',
  'credit',
  'credits',
  'legend',
  'image-source',
  'storyimage',
  'inlineimage',
  'share',
  'sharing',
]);

/** Parents in which a <time> can be part of a sentence (elsewhere it is a standalone timestamp). */
const SENTENCE_PARENTS = new Set([
  'p',
  'li',
  'dd',
  'td',
  'blockquote',
  'span',
  'em',
  'i',
  'b',
  'strong',
  'a',
  'h2',
  'h3',
  'h4',
]);

/** Boilerplate lines that pages put between paragraphs without telling markup. Short blocks only.
 * One alternative a line (as one literal the pattern ran to 800 characters). */
const BOILERPLATE_LINE = new RegExp(
  `^(?:${[
    String.raw`advertisements?`,
    String.raw`ad`,
    String.raw`sponsored(?: content)?`,
    String.raw`continue reading(?: the main story)?`,
    String.raw`story continues (?:below|after)(?: advertisement)?`,
    String.raw`read more(?::.*)?`,
    String.raw`related(?: coverage| stories| articles?| content| links)?(?::.*)?`,
    String.raw`see also:.*`,
    String.raw`more(?: about| on| from [^:]{1,40})?:.*`,
    String.raw`(?:tags|topics|filed under|categories|keywords):.*`,
    String.raw`(?:view|see) (?:photo|photos|gallery|slideshow|video|comments|(?:this post |more )?on \w+)`, // "View this post on Instagram", "View on Threads": an embed's link
    String.raw`post by @[\w.]+`, // a Threads embed's other line (its code holds no text of the post)
    String.raw`\[image or embed\]`, // a Bluesky post's media, a line between its text and its signature
    String.raw`share(?: this(?: article| story)?)?`,
    String.raw`(?:click|tap) here\b.*`,
    String.raw`sign up (?:for|to|now|here)\b.*`,
    String.raw`subscribe(?: now| today| here| to .*)?`,
    String.raw`image \d+ of \d+`,
    String.raw`photo:.*`,
    String.raw`photograph:.*`,
    String.raw`(?:image|photo|video) (?:credit|courtesy):?.*`,
    String.raw`\d+ comments?`,
    String.raw`comments?`,
    String.raw`reuse content`,
    String.raw`(?:getty images|ap photo|reuters)(?: \/.*)?`,
    String.raw`follow (?:us|him|her|me) on .*`,
    String.raw`(?:updated|published|posted)(?: on)?:? (?=[^\n]*\d)[^\n]{0,60}`,
  ].join('|')})$`,
  'i',
);

/** An author's tagline under a column ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"). */
const TAGLINE_ROLES = [
  'editor',
  'correspondent',
  'reporter',
  'writer',
  'columnist',
  'contributor',
  'author',
  'journalist',
  'commentator',
];
const AUTHOR_TAGLINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}?(?:is|was|IS|WAS)\\s+(?:a|an|the|A|AN|THE)\\s+[^.]{0,80}?(?:${[...TAGLINE_ROLES, ...TAGLINE_ROLES.map((r) => r.toUpperCase())].join('|')})`,
  'u',
);

/** Bylines: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Associated Press Writer".
 * Every name word is capitalised and nothing else follows, so prose such as "By then it was too
 * late." stays (case-sensitive on purpose: with the i flag \p{Lu} matches any letter). */
const NAME =
  "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.'’-]*|de|van|von|der|den|ter|ten|da|du|dos|al|bin|el|la|le))*";
const BYLINE = new RegExp(
  `^[Bb][Yy]\\s+${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*(?:\\s*[,|—–-]\\s*.*\\b(?:[Rr]euters|Associated Press|AP|AFP|[Ss]taff|[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Bb]ureau|[Nn]ews)\\b.*)?$`,
  'u',
);

/** Boilerplate that no article sentence starts with, whatever its length. */
const BOILERPLATE_ANY_LENGTH =
  /^(?:a version of this (?:article|story|report) appear(?:s|ed) in print\b|\[[^\]]*\b(?:newsletter|inbox|sign up|subscribe|podcast|download the app)\b[^\]]*\]$)/i;

/** "Any length" still has a cap, so the bracket pattern never scans a huge block. */
const BOILERPLATE_ANY_MAX = 600;

/** A broadcast's closed captions pasted under its video (">> THE JUDGE SAID SO HIMSELF."): captions
 * mark each change of speaker with ">>" and are written in capitals, with no speaker named; the
 * story tells the same in prose. */
const CAPTION_LINE = /^>>[^a-z]*$/;

/** Blocks longer than this are prose whatever they start with. */
const BOILERPLATE_MAX = 120;
/** An author tagline can run to two sentences ("... Follow him on Twitter @x"). */
const TAGLINE_MAX = 260;

/** A line with no letter or digit is a separator ("___", "* * *"), not text. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

// Plain ASCII signs without which the Unicode patterns (\p{…}) cannot match, tested first: such a
// pattern is compiled on its first use, in every page the content script reads, and that took
// several milliseconds of each article's reading in Chromium (profiled), though few lines get
// past these signs.
const ASCII_WORD = /[A-Za-z0-9]/;
const BYLINE_SIGN = /^[Bb][Yy]\s/;
const TAGLINE_SIGN = /\s(?:is|was|IS|WAS)\s+(?:a|an|the|A|AN|THE)\s/;
const CREDIT_SIGN = /contributed |reported from |^(?:[Tt]his|[Aa]n earlier) /;

/** Slideshow counters ("1 / 5", "3 of 12") and video player clocks ("0:00", "-0:00", "0:00 / 3:45"). */
const COUNTER = /^(?:\d+\s*(?:\/|of)\s*\d+|-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*-?\d{1,2}:\d{2}(?::\d{2})?)?)$/i;

/** A part with more than this share of the body's text is kept unless its class is one of
 * FURNITURE_WORDS (The Independent's body div has a "share" id). */
const BODY_SHARE = 0.5;

/** Link-heavy blocks that are this small a part of the body are lists of links, not prose. */
const LINK_DENSITY_MAX = 0.5;
const LINK_BLOCK_SHARE = 0.3;

/** Negated class words ("no_caption", "no-ads", "without-share") say the part is NOT that thing.
 * Nor is a quote box's author line ("quote-author", "article__quote-author") a byline: it signs
 * the quote above it ("— Ada Roe"), which without it takes the speaker named before. */
const NEGATED_WORD = /(?:^|[\s_-])(?:(?:no|non|without|hide)[-_]|quote[-_]+(?=author))[\w-]*/gi;

/** Class and id of an element as one string for the word regexes, negated words removed. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.replace(NEGATED_WORD, ' ');
}

export interface ClutterContext {
  root: Element;
  stats: Map<Element, ElementStats>;
  /** Elements that must stay (the headline's ancestors, the included siblings). */
  keep: Set<Element>;
  /** Children of the root that the sibling pass left out. */
  dropChildren: Set<Element>;
  /** Whether the class/id and link-density rules apply (the last rung of the ladder turns them off). */
  clean: boolean;
}

/** Builds the text index's exclude predicate for one body container. */
export function clutterFilter(ctx: ClutterContext): (el: Element) => boolean {
  const rootLength = Math.max(1, ctx.stats.get(ctx.root)?.length ?? 1);
  let body: string | undefined;
  // Each check scans the whole body: a page of many block quotes (a live blog's embedded posts)
  // checks its first few only, so the cost stays linear in the page.
  let quotesLeft = 16;
  return (el: Element) => {
    if (ctx.keep.has(el)) return false;
    if (ctx.dropChildren.has(el)) return true;
    const tag = el.localName;
    if (signsQuote(el)) return false; // a quote card's figcaption or "credit" span signs its quote
    if (FURNITURE_TAGS.has(tag)) return true;
    if (tag === 'figure' && !el.querySelector('blockquote')) return true;
    const role = el.getAttribute('role');
    if (role && FURNITURE_ROLES.has(role)) return true;
    if (!ctx.clean) return false;
    // A block quote whose first paragraph the story prints again is a pull quote under any class
    // (a WordPress quote block: the line, then a cite "Name, role"). Its opening mark and first
    // letter and its last two signs are left out: the story's copy may run "… but a line …,” he said"
    // where the pull quote, cut to the clause, reads "“A line ….”".
    // A div of another class ("pull", "quote-box", "pq") holding the repeated line is one too. A short
    // line counts ("“Closer is not there.”" in a quote card): alone it takes the last speaker named.
    if ((tag === 'blockquote' || (tag === 'div' && /pull|quote|pq/i.test(el.className))) && quotesLeft-- > 0) {
      const line =
        (el.firstElementChild ?? el).textContent
          ?.trim()
          .replace(/^\P{L}*\p{L}/u, '')
          .slice(0, -2) ?? '';
      body ??= ctx.root.textContent ?? '';
      if (line.length > 12 && body.indexOf(line) < body.lastIndexOf(line)) return true;
    }
    // A subheading that is a quotation and nothing else (‘It came in under the door’) is a line
    // lifted from the story, like a pull quote: on its own it would take the last speaker named.
    if (/^h[2-6]$/.test(tag) && /^\s*[‘“'"].*[’”'"]\s*$/s.test(el.textContent ?? '')) return true;
    // A timestamp standing on its own (not "on <time>Monday</time>" in a sentence).
    if (tag === 'time') {
      const parent = el.parentElement ? ctx.stats.get(el.parentElement) : undefined;
      const own = ctx.stats.get(el);
      const parentTag = el.parentElement?.localName ?? '';
      if (!parent || !own || parent.length <= own.length + 3 || !SENTENCE_PARENTS.has(parentTag)) return true;
    }
    // Inline elements (a link, an emphasised name) are part of the sentence they sit in.
    if (!isBlockTag(tag)) return CLUTTER_INLINE.test(classAndId(el));
    const s = ctx.stats.get(el);
    if (!s) return false;
    const words = classAndId(el);
    if (FURNITURE_WORDS.test(words)) return true;
    if (s.length > BODY_SHARE * rootLength) return false;
    // An embedded post ("social-embed", "embed social") is a block quote its author signs ("— Ada Roe
    // (@adaroe)", a footer "— Ada Roe on LinkedIn"): a quote, as a "twitter-tweet" is, no share bar.
    // One that relays another's words in marks too: its signature signs the whole post.
    const post = /social/i.test(words) && (tag === 'blockquote' ? el : el.querySelector('blockquote'));
    const sign = post && post.lastElementChild;
    if (post && (/[—–] ?[A-Z][^—–]{0,60}\(@\w/.test(post.textContent!) || (sign && signsQuote(sign)))) return false;
    // A wire page can set its whole lead in the dateline ("CITY, Sept 14 (Agency) - … the firms
    // said."): a dateline that closes a sentence (a lower-case word, then a stop: "6:10 a.m." or a
    // year does not) is the story's first paragraph, not a place and a date.
    if (CLUTTER_SMALL.test(words)) return !(/dateline/i.test(words) && /\p{Ll}{2}[.!?]\W*$/u.test(el.textContent!));
    return s.length > 0 && linkDensity(s) > LINK_DENSITY_MAX && s.length < LINK_BLOCK_SHARE * rootLength;
  };
}

/** The text index's keepBlock test: drops short boilerplate lines ("Advertisement", "Continue
 * reading the main story", "Read more: ..."), keeping every heading and any longer block. */
export function keepArticleBlock(text: string, kind: BlockKind): boolean {
  const line = text.trim();
  if (!ASCII_WORD.test(line) && NO_WORDS.test(line)) return false;
  if (line.length <= BOILERPLATE_ANY_MAX && BOILERPLATE_ANY_LENGTH.test(line)) return false;
  if (CAPTION_LINE.test(line)) return false;
  if (kind === 'heading' || line.length > BOILERPLATE_MAX) return true;
  return !BOILERPLATE_LINE.test(line) && !COUNTER.test(line) && !(BYLINE_SIGN.test(line) && BYLINE.test(line));
}

/** Credits and notes that close a news story: "X contributed to this report", "Jane Roe reported
 * from Seoul", "This version corrects ...". Like the tagline, only trusted at the very end. No i flag:
 * with it \p{Lu} would match any letter. */
const CLOSING_CREDIT =
  /(?:contributed (?:reporting|research|to this (?:report|story|article))|^(?:[\p{Lu}][\p{L}.'’-]*,?\s+(?:and\s+)?){1,8}reported from (?:[\p{Lu}][\p{L}.'’-]*\s?){1,4}(?:,?\s+and\s+[^.]{0,80})?\.?$|^(?:[Tt]his|[Aa]n earlier) (?:version|story|article) (?:of this (?:story|article) )?(?:has been )?(?:corrects|corrected|updated|was updated|misstated|incorrectly)\b)/u;

/** Whether a block reads as the author's tagline or a closing credit; only trusted for the
 * article's last blocks (inside the story, "X is a reporter who..." can be news). */
export function isClosingFurniture(text: string): boolean {
  const line = text.trim();
  return (
    line.length <= TAGLINE_MAX &&
    ((TAGLINE_SIGN.test(line) && AUTHOR_TAGLINE.test(line)) || (CREDIT_SIGN.test(line) && CLOSING_CREDIT.test(line)))
  );
}
