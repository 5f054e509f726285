// One build for both browsers: bundles every entry with esbuild, writes dist/chrome and
// dist/firefox from the single manifest.json (per-browser differences applied here, never in
// two hand-kept manifests), zips each for its store, and bundles the CLI and the dev tools.
//   node build.mjs            extension (both browsers) + CLI + zips
//   node build.mjs --watch    rebuild on change (development)
//   node build.mjs --tools    also the eval and bench scripts (dist/tools)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import * as acorn from 'acorn';
import { minify as terserMinify } from 'terser';
import { deflateSmall, smallerPng } from './src/build/deflate.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const withTools = args.has('--tools');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const BROWSERS = ['chrome', 'firefox'];

/** The names the files ship under (src/build/shipped-names.json): "content.js" as "c.js" and so on.
 * A file's name is written twice in the zip, uncompressed, and again where the manifest, the pages
 * and the scripts name it: the short names took 0.1 KB off each zip. The sources keep the readable
 * names; the build writes the short ones into the bundles' file names, the manifest, the pages'
 * src and href, and every quoted literal in the UI sources that equals a long name (the popup
 * injects the content script and its style sheet by name). */
export const SHIPPED_NAMES = JSON.parse(fs.readFileSync(path.join(root, 'src/build/shipped-names.json'), 'utf8'));
const shipped = (file) => SHIPPED_NAMES[file] ?? file;
/** An entry's output name, without ".js" (esbuild adds it). */
const shippedStem = (file) => shipped(file).replace(/\.js$/, '');
/** The names in `text` (quoted, or an attribute's value) that ship shorter, replaced. */
const withShippedNames = (text) =>
  text.replace(/(["'])([\w-]+\.(?:js|css))\1/g, (whole, q, file) =>
    file in SHIPPED_NAMES ? q + shipped(file) + q : whole,
  );

/** Properties of the engine's own working objects (tokens, mentions, clauses, figure parts) that
 * the background's bundle renames to one or two letters: 1.0 KB of each zip, `lower` (the token's
 * lower-cased text, read a thousand times) the most. Only names that are none of the engine's
 * output (analyze()'s JSON), of the messages between background, content and popup (src/shared,
 * src/background), nor of a built-in or browser API (no `next`, `index`, `max`, `floor`,
 * `search` …, nor a key of an options bag: `currency` of Intl.NumberFormat's was one, its
 * failure caught and silent): renaming any of those would break the extension without a type
 * error. After `node build.mjs --tools`, dist/tools/hash-engine-shipped.js (the engine renamed
 * so) must print what hash-engine.js prints. esbuild picks names that collide with no other
 * property in the bundle. */
export const ENGINE_PRIVATE_PROPS = new RegExp(
  `^(?:${[
    ...['lower', 'innerStart', 'innerEnd', 'hyph', 'recentSubject', 'genderGuessed', 'num', 'facing'],
    ...['mentionKind', 'unmarked', 'entity', 'gap', 'pos', 'clause', 'scale', 'initials'],
    ...['family', 'plain', 'blockquote', 'subject', 'term', 'lead', 'rivalled', 'neg', 'prev', 'hedge'],
    ...['roleLed', 'res', 'byName', 'toks', 'carry', 'block', 'candidates', 'offset'],
    ...['gender', 'sentence', 'span', 'doubles', 'glyph', 'ordinal', 'homograph', 'opensSentence', 'layout'],
    ...['score', 'refersToSomeone', 'parent', 'wholeBlock', 'entityKind', 'bySubjectOnly', 'extraScale'],
    ...['leadDot', 'speakerAt', 'asSpeaker', 'bareName', 'mentionCount', 'inHeading', 'startsBlock', 'abstain'],
    ...['roleNoun', 'cueWord', 'surname', 'chained', 'first', 'last', 'words', 'other', 'nameBetween'],
    ...['nameOffMention', 'afterPreposition', 'inClaim', 'head', 'shared', 'nested', 'reading', 'given'],
    ...['closed', 'starts', 'full', 'len', 'listed', 'unclosed', 'names', 'owner', 'accepts', 'dash', 'asks'],
    ...['pick', 'spans', 'step', 'pair', 'verb', 'over', 'even', 'also', 'former', 'agrees', 'fullName'],
    ...['possessive', 'distance', 'cited', 'fromA', 'mentions', 'code', 'headings'],
  ].join('|')})$`,
);

/** The same for the content script's own working objects and classes (the annotator, the hover
 * card, the highlighter, the article finder's block statistics, the quote-mark table it shares
 * with the engine): 0.4 KB of each zip. None is a field of a message, a setting, a stored
 * correction (src/shared), the engine's output, a DOM or browser API's property or option bag
 * (`item` is a message's field, `quoteAnchors` one of src/shared/corrections.ts's), nor read off
 * the JSON-LD a page carries. esbuild picks names that collide with no other property in c.js.
 * The hover card's and the annotator's isShown, holds and destroy and the highlighter's registered
 * (no DOM object of the page's is asked for one), added on 7 December: 32 bytes off each zip; the
 * live updates' observer and timer, the annotator's pending and listeners and the page survey's
 * stats and textBlocks, 16 more. The reader corrections' early and applied, the
 * highlighter's theme, ranges, visible and render, the hover card's trusted, avoid and ensure, the
 * annotator's flash, listen, evidenceOf and cardFor, the live updates' schedule, isRelevant,
 * backoffMs and onChange, the analysis cache's send (private to their classes; `place` is the
 * engine's evidence field, so stays), on 7 December: 54 bytes off each zip (c.js 22,237 -> 22,183
 * deflated). */
export const PAGE_PRIVATE_PROPS = new RegExp(
  `^(?:${[
    ...['highlighter', 'hideTimer', 'hideCard', 'linkLength', 'readClassWords', 'ownLinkLength', 'isHidden'],
    ...['ownLength', 'blockElements', 'evidenceShown', 'isVisible', 'yieldToPage', 'hovered', 'isPinned'],
    ...['onNavigate', 'isCurrent', 'speakersById', 'anchorsLater', 'toRange', 'scrollFrame', 'readerOf'],
    ...['cardItem', 'setVisible', 'focusTimer', 'hoverFrame', 'styleReadyFrom', 'evidenceRanges', 'ownCommas'],
    ...['lastFired', 'hasBlockChild', 'beforeAnalyze', 'setAppearance', 'pointerTarget', 'isInteractive'],
    ...['ownStops', 'dropChildren', 'figureRanges', 'showCard', 'pointerY', 'cardContents', 'correctionOf'],
    ...['streak', 'firstPending', 'articles', 'firstBlocks', 'beforePaint', 'quoteRanges', 'figureLayer'],
    ...['startAt', 'byTitle', 'worth', 'renderKind', 'styleReady', 'quoteLayer', 'lastChange', 'keyOf'],
    ...['setOptions', 'keepBlock', 'corrector', 'itemIndex', 'articleOf', 'getResult', 'budgetMs', 'analyzer'],
    ...['maxChars', 'rangeOf', 'mine', 'result', 'card', 'doc', 'family', 'facing', 'node', 'root', 'range'],
    ...['glyph', 'doubles', 'registered', 'isShown', 'destroy', 'holds', 'observer', 'timer', 'pending'],
    ...['listeners', 'stats', 'textBlocks', 'early', 'theme', 'trusted', 'flash', 'schedule', 'avoid'],
    ...['applied', 'listen', 'isRelevant', 'evidenceOf', 'ensure', 'cardFor', 'backoffMs', 'send', 'render'],
    ...['ranges', 'onChange', 'visible'],
  ].join('|')})$`,
);

/** The popup's module takes the early-ask functions (first-ask.ts) and its marks
 * (popup-marks.ts) from what popup-first.js left on the global (first-ask-shared.ts) instead of
 * shipping them a second time: popup.html runs that classic script before the module. */
const sharedFirstAsk = {
  name: 'shared-first-ask',
  setup(build) {
    const popupDir = path.join(root, 'src/popup');
    build.onResolve({ filter: /^\.\/(?:first-ask|popup-marks)$/ }, (args) =>
      args.resolveDir === popupDir && !/[\\/]first-ask(?:-shared)?\.ts$/.test(args.importer)
        ? { path: path.join(popupDir, 'first-ask-shared.ts') }
        : undefined,
    );
  },
};

/** Extension entries: content script as a classic script (content scripts cannot be modules),
 * the rest as modules (the background is declared "type": "module" in both browsers). */
const extensionEntries = [
  { in: 'src/page/content.ts', out: shippedStem('content.js'), format: 'iife', mangleProps: PAGE_PRIVATE_PROPS },
  // The background calls analyzeBlocks (the page always sends its blocks), not analyze: the
  // plain-text reader (blocks.ts), which only the CLI, the tools and the tests run, stays out of
  // b.js: 190 bytes off each zip on 7 December (204,692 -> 204,502; the engine's hash the same).
  {
    in: 'src/background/background.ts',
    out: shippedStem('background.js'),
    format: 'esm',
    mangleProps: ENGINE_PRIVATE_PROPS,
  },
  // The popup and the options page are one module (src/ui/ui.ts runs the page's own start): what
  // they share (Preact, the settings and message helpers) ships once, and deflate codes the two
  // pages' code with it, and two files fewer (their names and headers): 1,888 bytes less of each
  // zip than a shared chunk (ui-shared.js) and a module for each page, on 7 December's build. The
  // options page parses the popup's code too (some 30 KB, rarely opened); the popup the options
  // page's (5 KB), and fetches one file.
  {
    in: 'src/ui/ui.ts',
    out: shippedStem('popup.js'),
    format: 'esm',
    // Preact's internal properties (vnode, component and hook state: __k, __e, __H …, already
    // shortened by Preact's own build) get one-letter names: 63 bytes of each zip. Popup and
    // options are one module, so the names agree across them; nothing outside reads
    // Preact's internals (no devtools). Two of them become expandos on DOM elements (the event
    // listeners, on every element with a handler; the root's children, on #app), so a form
    // control must not be given a one-letter id or name: a form exposes its controls as properties
    // over any expando of that name.
    // With them, the popup's own component props and state that no message, setting, export or
    // DOM element carries (callbacks named on… that are no DOM event): 60 bytes more.
    // And three methods Preact sets and calls on its own component objects (the hooks'
    // shouldComponentUpdate, createContext's Provider's getChildContext and its consumers'
    // componentWillUnmount: no class component of ours defines one, and Preact reads them
    // nowhere but in this bundle, by name, never quoted): 38 bytes more (204,568 -> 204,530).
    // And Preact's option hooks (vnode, diffed, unmount, event, requestAnimationFrame,
    // debounceRendering: the hooks module sets or reads them on Preact's options object, nothing
    // else does), a context's contextType, and the component's render and forceUpdate (Preact's
    // own, set and called in this bundle only; no class component of ours has one): 47 bytes more
    // (p.js 19,854 -> 19,807 deflated).
    // And the sourcing summary's counts and bars (src/popup/sourcing.ts: people … figuresOwn,
    // shares, a bar's share; counted and shown in the popup and its Markdown export, never sent nor
    // stored) and a ref's `current` (Preact's useRef and ref props, set and read in this bundle
    // only; the correction editor's choice model names its own `current` too, kept in the popup):
    // 50 bytes more off each zip (p.js 19,807 -> 19,757 deflated, the other files unchanged).
    mangleProps: new RegExp(
      `^(?:__[A-Za-z]{0,2}|${[
        ...['shouldComponentUpdate', 'getChildContext', 'componentWillUnmount'],
        ...['vnode', 'diffed', 'unmount', 'event', 'requestAnimationFrame', 'debounceRendering', 'contextType'],
        ...['forceUpdate', 'render'],
        ...['onShowIntroduction', 'onStatus', 'onToggleHighlights', 'onMore', 'onChoose', 'onClaimant'],
        ...['onReport', 'onSort', 'firstReport', 'initialSettings', 'lastSeenLoading', 'openOptions'],
        ...['people', 'organizations', 'documents', 'anonymous', 'quotedWords', 'shares', 'share'],
        ...['figuresClaimed', 'figuresOwn', 'current'],
      ].join('|')})$`,
    ),
    plugins: [sharedFirstAsk],
  },
  // The popup's first question to the page, from a classic script in its head (first-ask.ts).
  { in: 'src/popup/popup-first.ts', out: shippedStem('popup-first.js'), format: 'iife' },
];
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/options/options.html', 'options.html'],
  ['src/page/content.css', shipped('content.css')],
];

/** Preact can render raw HTML through `dangerouslySetInnerHTML`. Quote Lens never renders page
 * text as HTML, so the build removes that path from Preact altogether: no prop can reach
 * innerHTML in our UI, and web-ext lint has no unsafe assignment to flag. If a Preact upgrade
 * changes the code, the build fails here instead of silently keeping the path. */
const noRawHtmlInPreact = {
  name: 'no-raw-html-in-preact',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      let code = await fs.promises.readFile(args.path, 'utf8');
      const edits = [
        [/"dangerouslySetInnerHTML"==(\w)\?(\w)=(\w):/, ''],
        [/\((\w)\.innerHTML=(\w)\.__html\)/, '(void 0)'],
      ];
      for (const [pattern, replacement] of edits) {
        if (!pattern.test(code))
          throw new Error(`preact changed: ${pattern} not found; review the raw-HTML removal in build.mjs`);
        code = code.replace(pattern, replacement);
      }
      // Quote Lens has no class component (createContext's Provider and Consumer are functions,
      // and no component is an error boundary): the lifecycle calls that only a class's methods
      // answer (getDerivedStateFromProps, componentWillMount … getSnapshotBeforeUpdate, the error
      // boundary's getDerivedStateFromError/componentDidCatch) are left out. 0.1 KB of each zip.
      for (const dead of [
        'C&&(d.__s||(d.__s=d.state),V.getDerivedStateFromProps&&(d.__s==d.state&&(d.__s=_({},d.__s)),_(d.__s,V.getDerivedStateFromProps(M,d.__s)))),',
        'M!==k&&C&&!V.getDerivedStateFromProps&&d.componentWillReceiveProps&&d.componentWillReceiveProps(M,L),',
        'd.componentWillUpdate&&d.componentWillUpdate(M,d.__s,L),C&&d.componentDidUpdate&&d.__h.push(function(){d.componentDidUpdate(k,b,m)})',
        'C&&!V.getDerivedStateFromProps&&d.componentWillMount&&d.componentWillMount(),C&&d.componentDidMount&&d.__h.push(d.componentDidMount)',
        'C&&u.__c&&d.getSnapshotBeforeUpdate&&(m=d.getSnapshotBeforeUpdate(k,b)),',
        'try{if((e=(o=i.constructor)&&o.getDerivedStateFromError)&&i.setState(o.getDerivedStateFromError(n)),i.componentDidCatch&&(i.componentDidCatch(n,u||{}),e=1),e&&8&i.__g)return void(i.__g|=2)}catch(t){n=t}',
      ]) {
        if (!code.includes(dead))
          throw new Error(`preact changed: ${dead} not found; review the class lifecycle removal in build.mjs`);
        code = code.replace(dead, '');
      }
      // Nor does it suspend (no Suspense, no lazy, no component throws a promise): a thrown
      // promise's resumable DOM (flag 128, __z, the "$s" comment markers) is never set.
      const suspense = [
        [/if\(t&&t\.then\)\{if\(r\.__u\|=128\|c,o\).*?\}else o&&o\.some\(g\);/, 'o&&o.some(g);'],
        [/t&&t\.then\|\|D\(r\)/, 'D(r)'],
        [/128&u\.__u&&\(c=32&u\.__u,s=u\.__c\.__z\)&&\(.*?,l=o\[0\]\|\|l\),/, ''],
        [/!u&&\(i=t\.__c\)&&\(i=i\.__z\)&&\(f=B\(i,o=\[\]\)\)&&\(i==t\.__e&&o\.some\(g\),g\(f\),g\(i\)\),/, ''],
      ];
      for (const [pattern, replacement] of suspense) {
        if (!pattern.test(code))
          throw new Error(`preact changed: ${pattern} not found; review the suspense removal in build.mjs`);
        code = code.replace(pattern, replacement);
      }
      return { contents: code, loader: 'js' };
    });
    // The automatic JSX runtime's development fields (__source, __self): esbuild's production
    // calls never pass them.
    build.onLoad({ filter: /[\\/]preact[\\/]jsx-runtime[\\/]dist[\\/]jsxRuntime\.mjs$/ }, async (args) => {
      const code = await fs.promises.readFile(args.path, 'utf8');
      // (With its 'return ' kept: 'return(…),r.vnode' cut to 'returnr.vnode' parses as a global.)
      const dead = 'return(a||i)&&(s.__source=a,s.__self=i),';
      if (!code.includes(dead))
        throw new Error(`preact changed: ${dead} not found; review the JSX runtime edit in build.mjs`);
      return { contents: code.replace(dead, 'return '), loader: 'js' };
    });
  },
};

/** The order the given names are sorted in before they are front-coded (compactForenames): the
 * consonants first, then the vowels, as a search over moves of one letter found it (zlib's level 9
 * on the coded string: 47,197 bytes in a-z order, 46,655 with the consonants before the vowels in
 * a-z order, 46,148 in this one; deflateSmall 45,948 against 45,010 for the string found a little
 * before this one). Sorted so, a name's siblings in the trie follow each other consonant-first and
 * a name's vowel ending after them, which the following markers and names repeat more often. The
 * string is written with each letter replaced by the one of its place in this order
 * ("h" as "a", "n" as "b" …), so that a look-up compares strings as it did; a name asked for is
 * written so too (letters outside a-z as they are: no name holds one, so none matches). Any
 * order answers the same; a package update that makes this one worse only costs bytes. 1,068
 * bytes off each zip on 7 December (the background deflated 151,934 -> 150,866); 981 cold
 * look-ups (the news-styles fixtures' capitalised words) took the same CPU time in a fresh process
 * (medians of 22, alternated: 42.5 ms against 42.0 in a-z order, the ranges overlapping). */
const FORENAME_ORDER = 'hnmkbwxfcgrdqptjlvszeiyoau';
/** The given-name genders (gender-detection-from-name's English table, a Map literal of 32,000
 * entries, 236 KB of names) are bundled front-coded in one string: the names sorted (in
 * FORENAME_ORDER's order of letters; the sizes below were measured in a-z order), each followed
 * by one letter that tells its gender and how many of its last letters the next name drops before
 * adding its own ('A' + that number for a gender other than its ending predicts, '0' + it
 * for the predicted one: the letter after a name predicts the
 * name's ending, which deflate then codes together with it). Every 1,024th name is written whole
 * (the name before ends in 'Q' or '@': drop all 16), so a look-up is a binary search over those
 * whole names and the decoding of at most 1,024 names, with nothing built beforehand but the list
 * of where they start. Decoding a letter's names into a Map on its first look-up (the sample
 * article touched four letters, 6,000 names) ran in the interpreter on the engine's first call,
 * every time the background wakes; a Map of all the names built at once took 20-40 ms. Coding the
 * genders apart (two strings per first letter, a digit of shared letters before each name, a
 * whole name every 32) was 3.4 KB more of the zip and its look-ups 10% slower (1.8 KB of it is
 * the coding; runs of 64 halve the whole names). Runs of 128 instead of 64 took 944 bytes off each
 * zip, and callgrind counted no more instructions for analysing 150 KB of PolNeAR dev twice (3.828 G
 * with 64, 3.824 G with 128). Runs of 256 took 439 bytes more off each zip; the engine's first call
 * on the sample article in a fresh process took 42.3 ms against 40.2 ms with 128 (medians of 11,
 * the ranges overlapping), and the hash tool ran the eval sets in the same 3.5-3.7 s. Runs of 512
 * took 207 bytes more off each zip: the sample article's first call looks up 11 names (2,407
 * decoding steps against 1,383), 1 MB of news 649 (each answer is kept), and the first call's CPU
 * time in a fresh process was the same (medians of 21, 55.4 ms against 55.0, ranges overlapping), as
 * was the CPU time spent in the look-ups themselves (medians of 12, 1.59 ms against 1.55). Runs of
 * 1024 were first left (137 bytes more off each zip, the look-ups' own time 5.0 ms); taken on
 * 6 December, when rules that name speakers needed the bytes (202 bytes off each zip on that
 * evening's bundles, the deflater's block cuts falling otherwise): the whole first call on the sample
 * article in a fresh process took 50.1 ms of CPU against 49.6 with 512 (medians of 45, alternated,
 * the machine loaded; the first quartiles 46.8 and 47.9), within the call's own spread.
 * Tried on 6 December and left (the coded string alone deflated by zlib at level 9: 47,326 bytes
 * as it is): the count of letters kept instead of dropped, 48,486; names sorted by their reversed
 * letters (endings shared), 49,194, and with the gender told against the name before, 49,524; in
 * this order, the gender of the name before as the prediction where it shares 6 letters or more,
 * 47,634 ("michael", "michaela"); the first new letter written as its distance from the letter it
 * replaces, 48,332-48,535; the genders as a separate string of 0s and 1s, 48,752, packed six to a
 * letter, 47,974; a mark only after a name of the gender not predicted, 47,676; one string per
 * gender, 47,372; front coding only where 2 or more letters are kept, 47,695; the most frequent
 * letter pairs as one symbol each (5 to 30 pairs), 47,284-48,717; three-letter endings that flip
 * the prediction too, at most 33 bytes for as many bytes of code; runs of 2,048 (deflateSmall: 196
 * bytes less than 512) with a look-up that compares letters without building names: 675 cold
 * look-ups took 91 ms for runs of 1,024 and 52 for 512 against 46 ms as it is (medians of 15, the
 * machine loaded: that look-up is no faster per name). The genders cost
 * 2.5 KB of the table (without them the string deflates to 44,795); a predictor of whole two-letter
 * endings would still miss 5,100 names against 5,242. Zopfli's 1,000 iterations take 94 bytes more
 * off the whole background than deflateSmall; its randomised restarts added to deflateSmall, 10. */
export const compactForenames = {
  name: 'compact-forenames',
  setup(build) {
    build.onLoad({ filter: /[\\/]gender-detection-from-name[\\/]names[\\/]en\.js$/ }, () => {
      // The English table less the genders another of the package's tables contradicts.
      const names = createRequire(import.meta.url)('./src/build/forename-genders.cjs').forenameGenders();
      const RUN = 1024;
      if ([...FORENAME_ORDER].sort().join('') !== 'abcdefghijklmnopqrstuvwxyz')
        throw new Error('compactForenames: FORENAME_ORDER must hold each of a-z once');
      // The letter each letter is written as, so that the names sort in FORENAME_ORDER.
      const rank = [...'abcdefghijklmnopqrstuvwxyz']
        .map((c) => String.fromCharCode(97 + FORENAME_ORDER.indexOf(c)))
        .join('');
      const keyOf = (name) => name.replace(/[a-z]/g, (c) => rank[c.charCodeAt(0) - 97]);
      const entries = [];
      for (const [name, gender] of names) {
        if (gender !== 'male' && gender !== 'female' && gender !== 'either') continue;
        if (typeof name !== 'string' || !/^[a-z]{1,15}$/.test(name))
          throw new Error(`gender-detection-from-name: a name the coding cannot hold: ${name}`);
        // A name of either gender (src/build/forename-genders.cjs) is written twice, as a man's and
        // as a woman's: the second adds no letter and follows the first's mark at once, which the
        // look-up reads as "either" (as cheap as it gets in the zip: no new symbol for deflate).
        if (gender === 'either') entries.push([name, false, true], [name, true, true]);
        else entries.push([name, gender === 'female', false]);
      }
      if (entries.length < 2000)
        throw new Error('gender-detection-from-name changed shape: review compactForenames in build.mjs');
      entries.sort(([a], [b]) => ((a = keyOf(a)) < (b = keyOf(b)) ? -1 : a > b ? 1 : 0));
      // The letter after a name tells whether its gender is the one its last letter predicts (most
      // names ending in one of these letters are female; most others male), not the gender itself:
      // the letter after a name then repeats more often: 116 bytes off each zip.
      const byLast = new Map();
      for (const [name, female, either] of entries)
        if (!either) byLast.set(name.at(-1), (byLast.get(name.at(-1)) ?? 0) + (female ? 1 : -1));
      const femaleEnds = [...byLast]
        .filter(([, n]) => n > 0)
        .map(([c]) => c)
        .sort()
        .join('');
      // Endings of two letters whose names go against their last letter's prediction (12 names or
      // more one way than the other: 14 endings, "nn" and "yn" female, "sh" and "re" male …) flip it:
      // 1,277 of the 6,519 letters that said "not as predicted" say "as predicted", 45 bytes off each zip
      // (the background alone, deflated as the zip does, 76-96 bytes less for thresholds of 12;
      // 3 and 5 saved as much or less and moved more with the deflater's settings).
      const byTwo = new Map();
      for (const [name, female, either] of entries)
        if (name.length > 1 && !either) byTwo.set(name.slice(-2), (byTwo.get(name.slice(-2)) ?? 0) + (female ? 1 : -1));
      const FLIP_MIN = 12;
      const flipped = new RegExp(
        `(?:${[...byTwo]
          .filter(([two, n]) => Math.abs(n) >= FLIP_MIN && n > 0 !== femaleEnds.includes(two[1]))
          .map(([two]) => two)
          .sort()
          .join('|')})$`,
      );
      const predictsFemale = (name) => femaleEnds.includes(name.at(-1)) !== flipped.test(name);
      let coded = '';
      let kept = 0; // letters this name shares with the one before (none for a whole name)
      let sinceWhole = 0;
      entries.forEach(([name, female, either], i) => {
        coded += keyOf(name).slice(kept);
        const next = entries[i + 1]?.[0];
        // The next name is written whole after RUN names, but never between a name's two entries.
        const whole = next === undefined || (++sinceWhole >= RUN && next !== name);
        if (whole) sinceWhole = 0;
        kept = 0;
        if (!whole) while (kept < name.length && name[kept] === next[kept]) kept++;
        // How many letters the next name drops: 16 when it is written whole (or there is none).
        const drop = whole ? 16 : name.length - kept;
        // (Both entries of a name of either gender take the commoner mark, "as predicted".)
        coded += String.fromCharCode((!either && female !== predictsFemale(name) ? 65 : 48) + drop);
      });
      const contents = `const coded = ${JSON.stringify(coded)};
const rank = ${JSON.stringify(rank)};
const femaleEnds = ${JSON.stringify(femaleEnds)};
const flipped = ${flipped};
/** Where the whole names start, found on the first look-up (by a regex: a loop over the
 * characters ran in the interpreter, on the engine's first call). */
let whole;
function wholeNames() {
  whole = [0];
  for (const re = /[@Q]/g; re.test(coded); ) whole.push(re.lastIndex);
  whole.pop();
  return whole;
}
/** Where the name that starts at i ends (at its gender letter). */
function endOfName(i) {
  while (coded.charCodeAt(i) >= 97) i++;
  return i;
}
/** 'female', 'male', 'either' or '' for a lower-case name. */
function genderOf(name) {
  const key = name.replace(/[a-z]/g, (c) => rank[c.charCodeAt(0) - 97]);
  const at = whole ?? wholeNames();
  let lo = 0, hi = at.length - 1, run = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = at[mid];
    if (coded.slice(p, endOfName(p)) <= key) { run = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (run < 0) return '';
  let prev = '';
  let drop = 0;
  for (let i = at[run]; ; ) {
    const j = endOfName(i);
    prev = prev.slice(0, prev.length - drop) + coded.slice(i, j);
    const c = coded.charCodeAt(j);
    // A mark right after the mark: the same name again, as the other gender's.
    if (prev >= key) return prev === key ? (coded.charCodeAt(j + 1) < 97 ? 'either' : (c >= 65) !== (femaleEnds.includes(name.at(-1)) !== flipped.test(name)) ? 'female' : 'male') : '';
    drop = c - (c >= 65 ? 65 : 48);
    if (drop === 16) return '';
    i = j + 1;
  }
}
/** Answers already found ('' for no name): a long article asks for the same few hundred words
 * thousands of times. Emptied when full, so a long-lived background cannot grow it without end. */
const answers = new Map();
// An ES module: as CommonJS it took esbuild's wrapper and import helpers into the bundle.
export default { get(name) {
  if (typeof name !== 'string' || name === '') return undefined;
  let gender = answers.get(name);
  if (gender === undefined) {
    gender = genderOf(name);
    if (answers.size >= 4096) answers.clear();
    answers.set(name, gender);
  }
  return gender || undefined;
} };`;
      return { contents, loader: 'js' };
    });
  },
};

/** The speaker-confidence model's feature names inside the extension (QL_TOOLS false): only
 * featureVector reads them, as keys of a set it fills and reads back at once, and the weights ship
 * in FEATURE_NAMES order without their names (noTrainingNotes), so each name becomes a letter and
 * each prefix a name is made with ("place:" + the quote's place) a capital, the set's keys staying
 * one to one with the names: the same vector. The tools, the CLI and jest keep the names (train.ts
 * writes them). 167 bytes off each zip on 8 December (b.js 152,869 -> 152,702 deflated);
 * hash-engine.js and hash-engine-shipped.js both 44edc615c75ba3d5, as before. */
function shortFeatureNames(source) {
  const list = /export const FEATURE_NAMES = \[([^\]]*)\]/.exec(source);
  const start = list?.index ?? -1;
  const end = source.indexOf('\n}\n', source.indexOf('export function featureVector('));
  if (start < 0 || end < start) throw new Error('shortFeatureNames: where are FEATURE_NAMES and featureVector?');
  const names = [...list[1].matchAll(/'([^']+)'/g)].map((q) => q[1]);
  const region = source.slice(start, end);
  const prefixes = [...new Set([...region.matchAll(/`([a-z]+:)\$\{/g)].map((q) => q[1]))];
  const capitals = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const letters = [...'abcdefghijklmnopqrstuvwxyz', ...capitals.slice(prefixes.length)];
  const short = new Map();
  for (const name of names) {
    const at = prefixes.findIndex((p) => name.startsWith(p));
    short.set(name, at >= 0 ? capitals[at] + name.slice(prefixes[at].length) : letters.shift());
  }
  if (letters.length === 0 || new Set(short.values()).size !== names.length)
    throw new Error('shortFeatureNames: the short names are not one to one');
  const rewritten = region
    .replace(/'([^'\n]*)'/g, (whole, q) => (short.has(q) ? `'${short.get(q)}'` : whole))
    .replace(/`([a-z]+:)\$\{/g, (whole, p) => `\`${capitals[prefixes.indexOf(p)]}\${`);
  // (A quote in a comment pairs with no string across lines.) No name may be left as it was.
  if (names.some((name) => rewritten.includes(`'${name}'`) || rewritten.includes(`\`${name}`)))
    throw new Error('shortFeatureNames: a feature name in featureVector was not rewritten');
  return source.slice(0, start) + rewritten + source.slice(end);
}

/** The engine's regex literals with a Unicode class (\p{Lu}, \p{L} …) become regexes made on their
 * first evaluation and kept: V8 checks every regex literal as it parses the script, and for each
 * \p{…} it builds the class from ICU's tables, some 0.3-0.6 M instructions, for every literal in
 * the bundle, called or not (70 M of the 200 M instructions the engine's load took, by callgrind),
 * and again each time a function holding one is first run. `new RegExp(…)` is checked only when it
 * runs. Only literals without the g or y flag are kept and shared (their lastIndex is never read
 * or left changed); one with g or y is made afresh each time it is evaluated, as the literal was
 * (a new object, lastIndex 0; V8 finds the parsed pattern in its cache): checking the 11 of them
 * took 10 M instructions of the engine's load. The same regex, so the same output. */
export const lazyUnicodeRegexes = {
  name: 'lazy-unicode-regexes',
  setup(build) {
    const shipped = build.initialOptions.define?.QL_TOOLS === 'false';
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/][^\\/]+\.ts$/ }, (args) => {
      let source = fs.readFileSync(args.path, 'utf8');
      if (shipped && /[\\/]speaker-confidence\.ts$/.test(args.path)) source = shortFeatureNames(source);
      if (args.path.endsWith('.test.ts') || !/\\[pP]\{/.test(source)) return undefined;
      let { code } = esbuild.transformSync(source, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: args.path,
        supported: { 'regexp-unicode-property-escapes': true },
        tsconfigRaw: { compilerOptions: { target: 'ES2022', useDefineForClassFields: true } },
      });
      const rewritten = rewriteNodes(code, 'module', (node) => {
        const re = node.type === 'Literal' ? node.regex : undefined;
        // The pattern goes into a template as it is (its raw text is the pattern), unless it holds
        // what a template would read otherwise.
        if (re && /\\[pP]\{/.test(re.pattern) && !/`|\$\{/.test(re.pattern))
          return /[gy]/.test(re.flags)
            ? `__qlFresh("${re.flags}")\`${re.pattern}\``
            : `__qlRegex${re.flags === 'u' ? '' : `("${re.flags}")`}\`${re.pattern}\``;
        return undefined;
      });
      if (rewritten === code) return undefined;
      return {
        contents: `import { lazyRegex as __qlRegex, freshRegex as __qlFresh } from 'ql:lazy-regex';\n${rewritten}`,
        loader: 'js',
      };
    });
    // One table for the whole bundle, keyed by each literal's template (one object per place in the code).
    build.onResolve({ filter: /^ql:lazy-regex$/ }, () => ({ path: 'lazy-regex', namespace: 'ql' }));
    build.onLoad({ filter: /.*/, namespace: 'ql' }, () => ({
      contents: `const made = new Map();
function make(site, flags) {
  let re = made.get(site);
  if (!re) made.set(site, (re = new RegExp(site.raw[0], flags)));
  return re;
}
export function lazyRegex(site) {
  return typeof site === 'string' ? (other) => make(other, site) : make(site, 'u');
}
export function freshRegex(flags) {
  return (site) => new RegExp(site.raw[0], flags);
}`,
      loader: 'js',
    }));
  },
};

/** The feature names of a fitted table in the order the engine computes them, read from the
 * engine's source (the list a table's weights are aligned to at run time). */
function engineFeatureOrder(table) {
  const [file, list] =
    {
      'speaker-confidence.json': ['speaker-confidence.ts', 'FEATURE_NAMES'],
      'pronoun-salience.json': ['entities.ts', 'PRONOUN_FEATURES'],
    }[table] ?? [];
  const source = file ? fs.readFileSync(path.join(root, 'src/engine', file), 'utf8') : '';
  const m = list ? new RegExp(`export const ${list} = \\[([^\\]]*)\\]`).exec(source) : null;
  if (!m) throw new Error(`no-training-notes: where does the engine list the features of ${table}?`);
  return [...m[1].matchAll(/'([^']+)'/g)].map((q) => q[1]);
}

/** The fitted tables' "fittedOn" (what `npm run train` fitted them on, for us) and
 * "minRightWhenNamed" (the bar train.ts fitted the threshold to) are left out of the extension's
 * bundles: nothing reads them at run time (0.2 KB of the zip). So are their feature names (the
 * engine's own lists hold them; 25 bytes of each zip): the weights ship in the order of the engine's
 * list, a feature the table lacks weighing 0, and the engine reads them by position when the
 * names are gone. */
export const noTrainingNotes = {
  name: 'no-training-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/][^\\/]+\.json$/ }, (args) => {
      const table = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      if (!table || typeof table !== 'object' || Array.isArray(table) || !('fittedOn' in table)) return undefined;
      delete table.fittedOn;
      delete table.minRightWhenNamed;
      const { features, weights } = table;
      if (Array.isArray(features) && Array.isArray(weights) && features.length === weights.length) {
        const order = engineFeatureOrder(path.basename(args.path));
        table.weights = order.map((name) => weights[features.indexOf(name)] ?? 0);
        delete table.features;
      }
      return { contents: JSON.stringify(table), loader: 'json' };
    });
  },
};

/** A style sheet written in a page script as a template literal with a "css" comment before it
 * (the hover card's, set inside its shadow root) is minified like content.css: its indentation and
 * spaces cost 0.1 KB of the zip. Such a literal must be plain text, without substitutions or
 * escapes; the build fails otherwise. */
const minifiedInlineCss = {
  name: 'minified-inline-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]page[\\/][^\\/]+\.ts$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      if (!code.includes('/* css */')) return undefined;
      return { contents: minifyInlineCss(code, args.path), loader: 'ts' };
    });
  },
};
function minifyInlineCss(code, file) {
  if (!/[\\/]src[\\/]page[\\/][^\\/]+\.ts$/.test(file) || !code.includes('/* css */')) return code;
  const contents = code.replace(/\/\* css \*\/ `([^`]*)`/g, (_, css) => {
    if (/[$\\]/.test(css)) throw new Error(`${file}: a /* css */ literal must be plain text`);
    const { code: min } = esbuild.transformSync(css, { loader: 'css', minify: true, target: common.target });
    return JSON.stringify(shorterCustomProperties(min.trim()));
  });
  if (contents.includes('/* css */')) throw new Error(`${file}: a /* css */ mark without its literal`);
  return contents;
}

/** The message keys ship short: the catalogue's keys, written again at every t('…') in the
 * bundles, were 3 KB of text (1 KB of each zip). The sources keep the readable keys; the build
 * gives each a short one ('a', 'b' … 'z', then 'aa', 'ba' …), in the shipped
 * catalogue, the manifest's __MSG_…__ and every quoted literal in the UI sources that equals a key
 * (keys also reach t() through tables, as in UNREACHABLE_KEYS). A family of keys that the code
 * builds from a value (t(`figureKind_${kind}`)) keeps its values and gets a short prefix ('k_').
 * Keys in plain lower case ('copy', 'unattributed') stay as they are: such a word can be an
 * ordinary string too (the "copy" button class, execCommand('copy')). The build fails if a
 * t('…') or t(`…${…}`) in the UI sources names no key of the catalogue. */
const UI_DIRS = ['page', 'popup', 'options', 'shared', 'background'];
let catalogue, shortKeys;
/** Reads the catalogue and names its keys (again for each build, as --watch rebuilds). */
function nameShortKeys() {
  catalogue = JSON.parse(fs.readFileSync(path.join(root, 'src/_locales/en/messages.json'), 'utf8'));
  const map = new Map();
  const name = (n) => {
    let s = 'abcdefghijklmnopqrstuvwxyz'[n % 26];
    for (n = Math.floor(n / 26); n > 0; n = Math.floor((n - 1) / 36))
      s += 'abcdefghijklmnopqrstuvwxyz0123456789'[(n - 1) % 36];
    return s;
  };
  // The keys used most get the one-letter names (30 bytes of each zip): uses counted as quoted
  // literals in the UI sources, a family's as its prefix's.
  const sources = UI_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, 'src', dir))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => fs.readFileSync(path.join(root, 'src', dir, f), 'utf8')),
  ).join('\n');
  const uses = (key) => {
    const cut = key.indexOf('_') + 1;
    return sources.split(cut ? key.slice(0, cut) : `'${key}'`).length;
  };
  // Keys whose messages are the same in every locale ("Correct" on two buttons) ship as one key and
  // one message: each is the same text to the reader, whatever key names it.
  const locales = fs
    .readdirSync(path.join(root, 'src/_locales'))
    .map((l) => JSON.parse(fs.readFileSync(path.join(root, 'src/_locales', l, 'messages.json'), 'utf8')));
  const sameText = (key) => JSON.stringify(locales.map((m) => [m[key]?.message, m[key]?.placeholders]));
  const named = new Map(); // a message's text in every locale -> its short key
  let next = 0;
  const prefixes = new Map();
  for (const key of Object.keys(catalogue).sort((a, b) => uses(b) - uses(a))) {
    if (!/[A-Z_]/.test(key)) continue;
    const cut = key.indexOf('_') + 1;
    if (cut === 0) {
      if (!named.has(sameText(key))) named.set(sameText(key), name(next++));
      map.set(key, named.get(sameText(key)));
    } else {
      const prefix = key.slice(0, cut);
      if (!prefixes.has(prefix)) prefixes.set(prefix, name(next++) + '_');
      map.set(key, prefixes.get(prefix) + key.slice(cut));
    }
  }
  shortKeys = { map, prefixes, shipped: new Set(Object.keys(catalogue).map((k) => map.get(k) ?? k)) };
}
function shortenKeys(code, file) {
  code = code
    .replace(/(['"])([A-Za-z0-9_]+)\1/g, (whole, q, key) =>
      shortKeys.map.has(key) ? q + shortKeys.map.get(key) + q : whole,
    )
    .replace(/`([A-Za-z0-9]+_)\$\{/g, (whole, prefix) =>
      shortKeys.prefixes.has(prefix) ? '`' + shortKeys.prefixes.get(prefix) + '${' : whole,
    );
  for (const [, quoted, doubled] of code.matchAll(/\bt\((?:'([^']*)'|"([^"]*)")/g))
    if (!shortKeys.shipped.has(quoted ?? doubled))
      throw new Error(`${file}: t('${quoted ?? doubled}') has no message in src/_locales/en`);
  for (const [, prefix] of code.matchAll(/\bt\(`([^`$]*)/g))
    if (![...shortKeys.prefixes.values()].includes(prefix))
      throw new Error(`${file}: t(\`${prefix}\${…}\`) builds keys of no family in src/_locales/en`);
  return code;
}
const shortMessageKeys = {
  name: 'short-message-keys',
  setup(build) {
    build.onLoad({ filter: new RegExp(`[\\\\/]src[\\\\/](${UI_DIRS.join('|')})[\\\\/][^\\\\/]+\\.tsx?$`) }, (args) => ({
      contents: minifyInlineCss(
        withShippedNames(shortenKeys(fs.readFileSync(args.path, 'utf8'), args.path)),
        args.path,
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

const common = {
  bundle: true,
  // QL_NO_MINIFY=1 keeps names readable, for a profiler's view of the extension.
  minify: !process.env.QL_NO_MINIFY,
  sourcemap: false,
  target: ['chrome105', 'firefox142'],
  // Every target (and Node 20) has \p{…} in regular expressions, but esbuild's table lowers such a
  // literal to `new RegExp(…)`, which inside a function builds the regex again on every call.
  supported: { 'regexp-unicode-property-escapes': true },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  // Letters beyond ASCII (the curly quotes and dashes in the engine's patterns) written as they are,
  // not as \u2019 escapes: 0.1 KB of each zip. Every bundle is read as UTF-8 (content scripts must
  // be; modules always are; the pages say so).
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [noRawHtmlInPreact, compactForenames, lazyUnicodeRegexes, minifiedInlineCss],
};

/** Applies the per-browser differences to the one manifest: Chrome runs the background as a
 * service worker and rejects Gecko settings; Firefox runs it as an event page (scripts). */
function manifestFor(browser) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  manifest.version = pkg.version;
  // A short_name that is the name itself (its message in the default locale) says nothing that the
  // browsers would not show anyway: without it they use the name.
  if (manifest.short_name === catalogue[/^__MSG_(\w+)__$/.exec(manifest.name)?.[1]]?.message)
    delete manifest.short_name;
  // A content script runs at document_idle unless told otherwise, in both browsers: 16 bytes off
  // the Chrome zip, 15 off the Firefox one (manifest.json 393 -> 377 and 450 -> 435 deflated).
  for (const script of manifest.content_scripts ?? []) if (script.run_at === 'document_idle') delete script.run_at;
  if (browser === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
    delete manifest.minimum_chrome_version;
  }
  // Its __MSG_…__ names the shipped (short) message keys, its scripts, style sheets and icons their
  // shipped files.
  return JSON.parse(
    withShippedNames(JSON.stringify(manifest))
      .replace(/__MSG_(\w+)__/g, (whole, key) => {
        if (!(key in catalogue)) throw new Error(`manifest.json: ${whole} has no message in src/_locales/en`);
        return `__MSG_${shortKeys.map.get(key) ?? key}__`;
      })
      .replace(/"icons\/([^"]+)"/g, (whole, f) => {
        if (!fs.existsSync(path.join(root, 'icons', f))) throw new Error(`manifest.json: no icons/${f}`);
        return JSON.stringify(shippedIcon(f));
      }),
  );
}

/** Where an icon ships: "icon-16.png" as "16.png", beside the manifest. A file's name is written
 * twice in the zip, uncompressed: the shorter names took 0.1 KB off each zip. */
const shippedIcon = (f) => f.replace(/^icon-/, '');

/** The locales as the browsers read them: each message without its "description", which is a
 * note for translators that no browser shows (2 KB of the store zip's 200 KB), and without the
 * source's indentation. The source files keep both. A message's named placeholders ($COUNT$, each
 * standing for "$1" … "$9") are written as what they stand for, as the browsers do when they load
 * the catalogue (the substitutions then fill "$1" …): 0.2 KB of each zip. */
function copyLocales(outDir) {
  const from = path.join(root, 'src/_locales');
  for (const locale of fs.readdirSync(from)) {
    const messages = JSON.parse(fs.readFileSync(path.join(from, locale, 'messages.json'), 'utf8'));
    for (const [key, entry] of Object.entries(messages)) {
      delete entry.description;
      const placeholders = entry.placeholders ?? {};
      entry.message = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) => {
        const content = placeholders[name.toLowerCase()]?.content;
        if (typeof content !== 'string' || !/^(\$[1-9]|[^$]*)$/.test(content))
          throw new Error(`${locale}/messages.json: ${key}: ${whole} is no placeholder the build can write out`);
        return content;
      });
      // What is left must read the same to both browsers: no "$" but in "$1" … "$9", none of those
      // followed by a digit or read as a placeholder's name ("$1$2").
      const m = entry.message;
      if (m.replace(/\$[1-9]/g, '').includes('$') || /\$[1-9]\d|\$[A-Za-z0-9_@]+\$/.test(m))
        throw new Error(`${locale}/messages.json: ${key}: a "$" the browsers could read otherwise`);
      delete entry.placeholders;
    }
    for (const key of Object.keys(messages)) {
      const entry = messages[key];
      delete messages[key];
      messages[shortKeys.map.get(key) ?? key] = entry;
    }
    fs.mkdirSync(path.join(outDir, '_locales', locale), { recursive: true });
    fs.writeFileSync(path.join(outDir, '_locales', locale, 'messages.json'), JSON.stringify(messages) + '\n');
  }
}

/** Style sheets ship minified (their comments and layout are for us): 0.7 KB of the zip. */
const minifiedCss = (file) =>
  shorterCustomProperties(
    esbuild.transformSync(fs.readFileSync(file, 'utf8'), { loader: 'css', minify: true, target: common.target }).code,
  );

/** esbuild's minifier leaves a custom property's value as written ("--bg: #ffffff"): the space
 * after its colon goes (a custom property's value is read without its leading whitespace), and a
 * colour of six hex digits in pairs is written in three ("#fff": var() gives the same colour). Only
 * a declaration (after "{" or ";") whose value is not empty is touched, so a selector's
 * ".a--b:hover" is not. With the pages' tags (htmlWithoutNoise): 56 bytes off each zip
 * (popup.html 26, options.html 28, the hover card's sheet in c.js 2, deflated). */
const shorterCustomProperties = (css) =>
  css
    .replace(/([{;]--[\w-]+):\s+(?=[^\s;}])/g, '$1:')
    .replace(/([{;]--[\w-]+:)#([0-9a-fA-F])\2([0-9a-fA-F])\3([0-9a-fA-F])\4(?=[;}])/g, '$1#$2$3$4');

/** A page's markup (its <style> left as it is) without what HTML's parser does not need: quotes
 * around an attribute's value that holds no space, quote, "=", "<", ">", "`" or "/", and the
 * <head>, </head>, <body>, </body> and </html> tags when they carry no attribute (the parser
 * opens and closes those elements where they are left out: the same document). With
 * shorterCustomProperties: 56 bytes off each zip (popup.html 26, options.html 28 deflated, c.js 2). */
const htmlWithoutNoise = (html) =>
  html
    .split(/(<style>[^]*?<\/style>)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/<\/?head>|<\/?body>|<\/html>/g, '')
            .replace(/<[a-z][^<>]*>/g, (tag) => tag.replace(/( [\w-]+=)"([^"\s'=<>`/]+)"/g, '$1$2')),
    )
    .join('');

/** Style sheets a page carries inline, in a <style> in place of its <link>. The popup's: a linked
 * sheet blocks the popup's module until it has loaded, and in Chromium's traces it was the last
 * of the popup's files to arrive (after the module's own, 2-11 ms before the module could start,
 * with the page's answer often already in). The extensions' CSP restricts scripts, not styles.
 * The options page's too: a file fewer in each zip (its two headers and two names, 89 bytes). */
const INLINE_STYLES = { 'popup.html': 'src/popup/popup.css', 'options.html': 'src/options/options.css' };

function copyStatic(outDir, browser) {
  for (const [from, to] of STATIC_FILES) {
    const src = path.join(root, from);
    if (!fs.existsSync(src)) continue;
    if (to.endsWith('.css')) fs.writeFileSync(path.join(outDir, to), minifiedCss(src));
    else if (to.endsWith('.html')) {
      // Pages ship without the layout between their tags and without XML's self-closing slashes
      // (HTML ignores both; no text sits between these pages' tags): 30 bytes of each zip.
      let html = fs.readFileSync(src, 'utf8');
      const inline = INLINE_STYLES[to];
      if (inline) {
        const link = `<link rel="stylesheet" href="${path.basename(inline)}" />`;
        if (!html.includes(link)) throw new Error(`${from} has no ${link} to inline`);
        const css = minifiedCss(path.join(root, inline)).trim();
        if (css.includes('</')) throw new Error(`${inline} would end its <style> early`);
        html = html.replace(link, () => `<style>${css}</style>`);
      }
      // Their scripts and style sheets by the names they ship under.
      fs.writeFileSync(
        path.join(outDir, to),
        htmlWithoutNoise(withShippedNames(html.replace(/>\s+</g, '><').replace(/ \/>/g, '>').trim())) + '\n',
      );
    } else fs.copyFileSync(src, path.join(outDir, to));
  }
  copyLocales(outDir);
  for (const f of fs.readdirSync(path.join(root, 'icons'))) {
    // Rewritten with a palette where that is smaller (src/build/deflate.mjs smallerPng): the same pixels in
    // 1.1 KB less of the zip. Shipped by their size alone, at the top (see shippedIcon).
    if (f.endsWith('.png'))
      fs.writeFileSync(path.join(outDir, shippedIcon(f)), smallerPng(fs.readFileSync(path.join(root, 'icons', f))));
  }
  // Written compact, as the locales are: the stores and browsers read it, no one edits it there.
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifestFor(browser)) + '\n');
}

/** The extension's bundles (and hash-engine-shipped.js, which fingerprints the engine as it ships)
 * are built with QL_TOOLS false (src/engine/tools-only.ts): what only the training and eval tools
 * run is dropped as dead code: the quote and pronoun observers that fitting reads
 * (attribution.ts's observe and observePronoun, the entity resolver's call of the latter) and the
 * alignment of a fitted table's weights by feature name (speaker-confidence.ts's weightsOf,
 * entities.ts's PRONOUN_WEIGHTS), whose tables ship without the names (noTrainingNotes). The CLI,
 * the tools and jest leave QL_TOOLS undefined, so run it all. On 7 December: 329 bytes off each
 * zip (204,703 -> 204,374 chrome, 204,760 -> 204,431 firefox; b.js 409,113 -> 408,448 bytes);
 * hash-engine.js and hash-engine-shipped.js both printed b6c517a61cf6c6f6, as before. The
 * resolver's observer left as a declared property set after construction (no private field, no
 * constructor argument: b.js 18 bytes shorter) deflated worse: 52 bytes more of each zip, so left. */
const TOOLS_ONLY_OFF = { QL_TOOLS: 'false' };
/** The scripts are the same for both browsers: built once (into dist/chrome), copied over. */
function extensionBuildOptions(outDir) {
  return extensionEntries.map((entry) => ({
    ...common,
    entryPoints:
      typeof entry.in === 'string'
        ? { [entry.out]: path.join(root, entry.in) }
        : Object.fromEntries(Object.entries(entry.in).map(([out, from]) => [out, path.join(root, from)])),
    outdir: outDir,
    format: entry.format,
    plugins: [shortMessageKeys, ...common.plugins, noTrainingNotes, ...(entry.plugins ?? [])],
    ...(entry.splitting ? { splitting: true, chunkNames: entry.chunkNames } : {}),
    ...(entry.mangleProps ? { mangleProps: entry.mangleProps } : {}),
    define: TOOLS_ONLY_OFF,
  }));
}

/** terser's compressor, with its safe transforms only (none of the unsafe* options, which assume
 * what JavaScript does not promise; function arguments kept; four passes): constants folded where
 * they are used, single-use functions written where they are called, comparisons, conditions and
 * statements in shorter forms. 980 bytes off each zip (the content script about 0.44 KB, the
 * background 0.29, the popup's and options' 0.27); the engine's hash on every eval text was the same and
 * callgrind counted 1.5% fewer instructions for 150 KB of PolNeAR dev. A regex literal is never
 * shared, nor moved out of the function that makes it but with that function, when its one call
 * takes its body (evaluated as often as before): without unsafe_regexp a variable that holds a
 * regex is not replaced by it. The lazy regexes' tagged templates are kept as they are. Three
 * passes of the same transforms (what one pass leaves foldable, folded: a constant or function
 * that a first pass left used once) took 315 bytes more off each zip (the background 196, the
 * content script 57, ui-shared 66; the popup's module 7 bytes larger), the engine's hash on every
 * eval text the same; some 5 s more of the build. A fourth pass took 33 bytes more off each zip (five and
 * eight passes no more than four), the hash again the same. */
const SAFE_COMPRESS = { passes: 4, keep_fargs: true };
/** The background's (and hash-engine-shipped.js's) compressor adds three options that assume what
 * the engine's code keeps to: a property read has no side effect (pure_getters: a read whose value
 * goes unused is dropped; no getter of ours has one), and a function expression or an object's
 * function-valued property that reads no `this` nor `arguments` may become an arrow or a method
 * (unsafe_arrows, unsafe_methods: neither can be called with `new`; every `new` in b.js names a
 * class or a built-in). On 7 December: the background deflated 152,569 -> 152,486, 83 bytes off
 * each zip; hash-engine-shipped.js printed the same hash as hash-engine.js (80a63d1b091b8270).
 * keep_fargs: false alone changed no byte; pure_getters alone took 16.
 * And `unsafe`, whose rewrites in b.js were all read on 7 December: `new RegExp(s, f)` as
 * `RegExp(s, f)` (each first argument a string, never a regex, which RegExp() would hand back as
 * it is), `String(n)` as `n+""` and templates as concatenations (of strings and numbers only: no
 * object with its own valueOf or a Symbol reaches one), and a call of one function on two
 * branches' arguments as one call on a conditional argument: 112 bytes off each zip (b.js
 * 152,817 -> 152,705 deflated); hash-engine-shipped.js printed ccd50fc4979035c2 as hash-engine.js
 * did. unsafe_math, unsafe_regexp, unsafe_symbols, unsafe_Function, hoist_props and reduce_funcs
 * changed no byte of b.js (terser again over the shipped file); unsafe_comps took 44 bytes at
 * zlib's level 9 but rewrites `!(a <= b)` as `a > b`, which differs when either side is NaN or
 * undefined (the engine compares `S.at(k)?.e`), so it is left. */
const ENGINE_COMPRESS = { pure_getters: true, unsafe_arrows: true, unsafe_methods: true, unsafe: true };
/** The bundles whose function declarations terser moves to the top of the function or module that
 * holds them (hoist_funs: only a scope's own declarations, which JavaScript hoists there anyway,
 * never one inside a block): the same program. In the background all the engine's functions then
 * come first and its tables after them (the given names' string among the word lists, 185 KB into
 * the file instead of at its start), and deflate codes code beside code and data beside data: its
 * deflated 1,248 bytes smaller on 7 December, the content script's 40 (1,281 bytes off each zip).
 * The popup's module grew (174 bytes by zlib's level 9), so it keeps its order.
 * hash-engine-shipped.js is compressed as the background is. */
const HOIST_FUNCTIONS = new Set([shipped('background.js'), shipped('content.js')]);
/** An array of constant strings joined by a constant separator, written out as the string it makes:
 * a pattern kept one alternative a line (article-clutter.ts's BOILERPLATE_LINE, 27 String.raw
 * literals joined by "|") ships as one string, without its String.raw tags, quotes and commas,
 * and terser then folds it into the template around it. Neither esbuild nor terser's safe
 * compressor evaluates a join or a String.raw. The same string, made once at build time: 37 bytes
 * off each zip (the content script; no other bundle has such a join). A String.raw standing alone
 * is left: as a quoted string its backslashes double (the background's two, so written, grew its
 * deflated by 10 bytes at zlib's level 9). */
function foldConstantJoins(code, { module }) {
  /** The string an element stands for, or undefined when it is not a constant. */
  const constant = (e) =>
    e?.type === 'Literal' && typeof e.value === 'string'
      ? e.value
      : e?.type === 'TaggedTemplateExpression' &&
          e.tag.type === 'MemberExpression' &&
          !e.tag.computed &&
          e.tag.object.type === 'Identifier' &&
          e.tag.object.name === 'String' &&
          e.tag.property.name === 'raw' &&
          e.quasi.expressions.length === 0
        ? e.quasi.quasis[0].value.raw
        : undefined;
  return rewriteNodes(code, module ? 'module' : 'script', (node) => {
    const callee = node.type === 'CallExpression' ? node.callee : undefined;
    if (
      callee?.type === 'MemberExpression' &&
      !callee.computed &&
      callee.property.name === 'join' &&
      callee.object.type === 'ArrayExpression' &&
      node.arguments.length === 1 &&
      constant(node.arguments[0]) !== undefined
    ) {
      const parts = callee.object.elements.map(constant);
      if (parts.every((p) => p !== undefined)) return JSON.stringify(parts.join(constant(node.arguments[0])));
    }
    return undefined;
  });
}

/** An array literal of plain strings (no space in any, none empty) written as one string split on
 * spaces: ["said","told","added"] as "said told added".split(" "). Both make a new array of the same
 * strings each time they are evaluated (a literal is no shared object either), so the program is the
 * same; the quotes and commas go. Run after terser (its safe compressor evaluates no split), on every
 * bundle renameLocals writes, hash-engine-shipped.js too (its hash stayed the same). With 4 strings
 * or more: 140 bytes off each zip on 7 December (deflateSmall: the background 78, the content script
 * 58, the popup's module 4); 2 or more took 115, 3 127, 5 119. Another separator for arrays whose
 * strings hold a space ("|" or ","), and a ceiling on the array's length, gained nothing at zlib's
 * level 9. */
export const SPLIT_MIN = 4;
export function splitStringArrays(code, { module, min = SPLIT_MIN }) {
  return rewriteNodes(code, module ? 'module' : 'script', (node) => {
    if (node.type !== 'ArrayExpression' || node.elements.length < min) return undefined;
    const parts = node.elements.map((e) =>
      e?.type === 'Literal' && typeof e.value === 'string' && /^[^\s]+$/.test(e.value) ? e.value : undefined,
    );
    if (parts.some((p) => p === undefined)) return undefined;
    return `${JSON.stringify(parts.join(' '))}.split(" ")`;
  });
}

/** A top-level variable whose value is a string literal longer than deflate's window (32 KB: the
 * given names' coded string, 97 KB), declared on its own at the start of the file: where hoist_funs
 * leaves it (between the engine's functions and the rest of its tables) deflate can match nothing
 * across it, so the tables after it were coded without the code before them (the same words and
 * patterns). The value is a constant, the name is assigned nowhere else, and the declaration it is
 * taken from is the first statement after the hoisted functions, after names with no value or a
 * literal one (all checked; the build fails otherwise): nothing ran before it, so the module runs as
 * before, only the constant is set a few statements earlier. On 7 December the background deflated
 * 531 bytes smaller (151,668 against 152,199 by deflateSmall; 1,531 by zlib's level 9): 528 bytes
 * off each zip; the shipped background, given a stub of the extension API, answered all 1,239
 * texts of PolNeAR train and dev and figures-dev as before (the same hash of its replies).
 * hash-engine-shipped.js leaves the given names' package outside its bundle, so has no such string. */
const DEFLATE_WINDOW = 32768;
function longStringsFirst(code, { module }) {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script' });
  const firstRun = ast.body.findIndex((n) => n.type !== 'FunctionDeclaration');
  const moved = [];
  const edits = [];
  ast.body.forEach((stmt, at) => {
    if (stmt.type !== 'VariableDeclaration') return;
    const long = stmt.declarations.filter(
      (d) =>
        d.id.type === 'Identifier' &&
        d.init?.type === 'Literal' &&
        typeof d.init.value === 'string' &&
        d.init.end - d.init.start > DEFLATE_WINDOW,
    );
    if (!long.length) return;
    // Nothing runs before it: it is declared first after the functions, after names without a value
    // or with a literal one.
    const before = stmt.declarations.slice(0, stmt.declarations.indexOf(long[0]));
    if (at !== firstRun || before.some((d) => d.init && d.init.type !== 'Literal'))
      throw new Error('longStringsFirst: a long string declared after code that runs');
    // The name is assigned nowhere (a var could be; an inner scope's own name alike fails the check too).
    for (const d of long) {
      if (assignsTo(ast, d.id.name)) throw new Error(`longStringsFirst: ${d.id.name} is assigned again`);
      moved.push(`${stmt.kind} ${code.slice(d.start, d.end)};`);
    }
    const kept = stmt.declarations.filter((d) => !long.includes(d));
    edits.push([
      stmt.start,
      stmt.end,
      kept.length ? `${stmt.kind} ${kept.map((d) => code.slice(d.start, d.end)).join(',')};` : '',
    ]);
  });
  if (!moved.length) return code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    code = code.slice(0, start) + text + code.slice(end);
  return moved.join('') + code;
}

/** Whether an assignment, an update or a declaration other than the first anywhere in `ast` names `name`. */
function assignsTo(ast, name) {
  let declared = 0;
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return false;
    const target =
      node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : null;
    if (target?.type === 'Identifier' && target.name === name) return true;
    if (
      (node.type === 'VariableDeclarator' || node.type.startsWith('Function')) &&
      node.id?.name === name &&
      declared++
    )
      return true;
    for (const key in node) {
      const v = node[key];
      if (Array.isArray(v) ? v.some(visit) : v && typeof v === 'object' && key !== 'regex' && visit(v)) return true;
    }
    return false;
  };
  return visit(ast);
}

/** `code` parsed by acorn, with every node `replace` gives a text for written as that text (the
 * nodes inside a replaced one are not visited); the code itself when nothing is replaced. */
function rewriteNodes(code, sourceType, replace) {
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const text = replace(node);
    if (text !== undefined) {
      edits.push([node.start, node.end, text]);
      return;
    }
    for (const key in node) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && key !== 'regex') visit(v);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: 'latest', sourceType }));
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/** The bundles' local names given again by terser's mangler (no property is touched but a class's
 * #private names, which only its own body can name): esbuild's names are as short, but terser
 * gives inner scopes the names of the outer ones they do not use ("function(e,n){…for(let n of
 * e)…"), so the same few letters recur and deflate codes them in fewer bits. 3.6 KB off each zip
 * (the background 2.5, the content script 0.6, the popup's and options' 0.6), though the files
 * barely change in length. The modules' top-level names are renamed too (their exports keep the
 * names the other chunks import them by); a classic script's are left, as they are globals.
 * hash-engine-shipped.js is renamed and compressed the same way (SAFE_COMPRESS), so that its
 * fingerprint checks the engine as it ships. */
const moduleOutputs = new Set(
  extensionEntries
    .filter((e) => e.format === 'esm')
    .flatMap((e) => Object.keys(typeof e.in === 'string' ? { [e.out]: 1 } : e.in))
    .map((stem) => `${stem}.js`),
);
async function renameLocals(
  file,
  {
    module,
    hoistFunctions = HOIST_FUNCTIONS.has(path.basename(file)),
    engine = path.basename(file) === shipped('background.js'),
  },
) {
  const { code } = await terserMinify(foldConstantJoins(fs.readFileSync(file, 'utf8'), { module }), {
    module,
    // Output for ES2020 (every target has it), not terser's default ES5: a property that takes a
    // variable of its own name written short ({a} for {a:a}, in objects and destructuring), and
    // the like: the same program, 35 bytes off each zip.
    ecma: 2020,
    compress: { ...SAFE_COMPRESS, hoist_funs: hoistFunctions, ...(engine ? ENGINE_COMPRESS : {}) },
    mangle: true,
    format: { comments: false, ascii_only: false },
  });
  const split = splitStringArrays(code, { module });
  fs.writeFileSync(file, hoistFunctions ? longStringsFirst(split, { module }) : split);
}

const nodeBuilds = [
  {
    ...common,
    minify: false,
    entryPoints: { cli: path.join(root, 'src/cli/cli.ts') },
    outdir: dist,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outExtension: { '.js': '.js' },
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (withTools) {
  nodeBuilds.push({
    ...common,
    minify: false,
    entryPoints: {
      eval: path.join(root, 'test/tools/eval.ts'),
      bench: path.join(root, 'test/tools/bench.ts'),
      'bench-ab': path.join(root, 'test/tools/bench-ab.ts'),
      train: path.join(root, 'test/tools/train.ts'),
      'train-pronouns': path.join(root, 'test/tools/train-pronouns.ts'),
      'hash-engine': path.join(root, 'test/tools/hash-engine.ts'),
      'currency-nouns': path.join(root, 'test/tools/currency-nouns.ts'),
      'claimant-diagnosis': path.join(root, 'test/tools/claimant-diagnosis.ts'),
      'speaker-diagnose': path.join(root, 'test/tools/speaker-diagnose.ts'),
      'speaker-names-check': path.join(root, 'test/tools/speaker-names-check.ts'),
      'confidence-calibration': path.join(root, 'test/tools/confidence-calibration.ts'),
      'popup-profile': path.join(root, 'test/tools/popup-profile.ts'),
      'content-profile': path.join(root, 'test/tools/content-profile.ts'),
    },
    outdir: path.join(dist, 'tools'),
    platform: 'node',
    packages: 'external', // puppeteer-core, compromise, linkedom load from node_modules
    format: 'cjs',
    target: 'node20',
  });
  // The engine's fingerprint with its properties renamed as the background ships them
  // (ENGINE_PRIVATE_PROPS): it must print what hash-engine.js prints.
  nodeBuilds.push({
    ...common,
    // Minified as the background is, so that terser's compressor (renameLocals) meets the same code.
    minify: common.minify,
    entryPoints: { 'hash-engine-shipped': path.join(root, 'test/tools/hash-engine.ts') },
    // The fitted tables as the background ships them, too.
    plugins: [...common.plugins, noTrainingNotes],
    outdir: path.join(dist, 'tools'),
    platform: 'node',
    packages: 'external',
    format: 'cjs',
    target: 'node20',
    mangleProps: ENGINE_PRIVATE_PROPS,
    define: TOOLS_ONLY_OFF,
  });
}

// ---- zip: the store zips. Each file is deflated by src/build/deflate.mjs (optimal parsing and block
// splitting, after zopfli: 3.7% smaller than Node's zlib at level 9, which was 3% smaller than
// fflate's level 9), and written in a plain zip (no data descriptors, no extra fields; files that
// deflate cannot shrink, the PNGs, are stored). The two browsers' scripts are the same bytes,
// deflated once. --watch keeps zlib's level 9 (seconds faster, its zips are not for the stores).
function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), prefix + e.name + '/') : [prefix + e.name]));
}

/** Each file's deflated bytes by its hash: the two browsers' zips share most files, and the
 * encoder takes seconds on the background, so each is deflated once per build. */
const deflatedBefore = new Map();
function deflateOnce(data) {
  if (watch) return zlib.deflateRawSync(data, { level: 9 });
  const key = crypto.createHash('sha256').update(data).digest('hex');
  if (!deflatedBefore.has(key)) deflatedBefore.set(key, deflateSmall(data));
  return deflatedBefore.get(key);
}
function writeZip(sourceDir, zipPath) {
  // A fixed timestamp keeps the zips reproducible: the same sources give the same bytes.
  // MS-DOS time and date of 2026-01-01 00:00.
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const filename of listFiles(sourceDir)) {
    const data = fs.readFileSync(path.join(sourceDir, filename));
    const name = Buffer.from(filename, 'utf8');
    const deflated = deflateOnce(data);
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    // The fields that the local header and the central directory share, from "version needed".
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed to extract: 2.0
    common.writeUInt16LE(/[^\x00-\x7f]/.test(filename) ? 0x800 : 0, 2); // flags: UTF-8 name
    common.writeUInt16LE(stored ? 0 : 8, 4);
    common.writeUInt16LE(dosTime, 6);
    common.writeUInt16LE(dosDate, 8);
    common.writeUInt32LE(zlib.crc32(data), 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    locals.push(local, common, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS
    common.copy(central, 6);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(zipPath, Buffer.concat([...locals, ...centrals, end]));
}

async function buildOnce() {
  const started = Date.now();
  nameShortKeys();
  for (const browser of BROWSERS) {
    fs.rmSync(path.join(dist, browser), { recursive: true, force: true });
    fs.mkdirSync(path.join(dist, browser), { recursive: true });
  }
  await Promise.all([
    ...extensionBuildOptions(path.join(dist, BROWSERS[0])).map((o) => esbuild.build(o)),
    ...nodeBuilds.map((o) => esbuild.build(o)),
  ]);
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
  if (common.minify)
    await Promise.all(
      fs
        .readdirSync(path.join(dist, BROWSERS[0]))
        .filter((f) => f.endsWith('.js'))
        .map((f) => renameLocals(path.join(dist, BROWSERS[0], f), { module: moduleOutputs.has(f) })),
    );
  if (withTools)
    await renameLocals(path.join(dist, 'tools/hash-engine-shipped.js'), {
      module: false,
      hoistFunctions: true,
      engine: true,
    });
  // A message key that reached a bundle some other way than the UI sources would find no message.
  for (const name of fs.readdirSync(path.join(dist, BROWSERS[0])).filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(dist, BROWSERS[0], name), 'utf8');
    for (const [, key] of code.matchAll(/["'`]([A-Za-z0-9_]+)["'`]/g))
      if (shortKeys.map.has(key))
        throw new Error(`${name}: the message key "${key}" was not shortened (build.mjs shortKeys)`);
    // Preact ships without the class lifecycle (noRawHtmlInPreact): a component that needs it fails here.
    if (
      /\b(?:component(?:WillMount|DidMount|WillReceiveProps|WillUpdate|DidUpdate|DidCatch)|getDerivedState\w*|getSnapshotBeforeUpdate)\b/.test(
        code,
      )
    )
      throw new Error(`${name}: a class lifecycle method, which the build removes from Preact (build.mjs)`);
    if (withShippedNames(code) !== code)
      throw new Error(
        `${name}: a file named by its source name, not the name it ships under (build.mjs SHIPPED_NAMES)`,
      );
  }
  for (const browser of BROWSERS.slice(1)) {
    for (const name of fs.readdirSync(path.join(dist, BROWSERS[0])).filter((f) => f.endsWith('.js')))
      fs.copyFileSync(path.join(dist, BROWSERS[0], name), path.join(dist, browser, name));
  }
  for (const browser of BROWSERS) {
    copyStatic(path.join(dist, browser), browser);
    writeZip(path.join(dist, browser), path.join(dist, `quote-lens-${browser}-${pkg.version}.zip`));
  }
  console.log(`built dist/chrome, dist/firefox, their zips and dist/cli.js in ${Date.now() - started} ms`);
}

// Imported (a test reads compactForenames) it builds nothing.
const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (!isMain) {
  /* imported */
} else if (watch) {
  // Rebuild everything on any change under src/ (a full build takes well under a second).
  await buildOnce();
  let timer = null;
  fs.watch(path.join(root, 'src'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildOnce().catch((e) => console.error(e.message)), 100);
  });
  fs.watch(path.join(root, 'manifest.json'), () => buildOnce().catch((e) => console.error(e.message)));
  console.log('watching src/ and manifest.json; Ctrl+C to stop');
} else {
  await buildOnce();
}
