// Resolves speaker mentions to one entity per article, named as fully as the article ever names
// it: "Orlov" and "Mr. Orlov" become "Pavel Orlov", "he" the nearest compatible person, "the
// ministry" the ministry the article named, "the minister" the person last given that role.
import { DOCUMENT_NOUNS, capitalised, cueStrength, wordSet } from './speech-verbs';
import type { Mention, Quote, Speaker, SpeakerKind } from './types';
import {
  BODY_TAILS,
  HONORIFICS,
  INSTITUTION_HEADS,
  LONE_BODIES,
  NAME_PARTICLES,
  ON_FIELD_HEADS,
  ORG_NOUNS,
  ROLE_WORDS,
  SURNAME_ROLES,
  KIN,
  descriptorHead,
  isWriter,
  type RawMention,
  PERSON_HEADS,
  POST_NOMINAL,
} from './speaker-mentions';
import { forenameGender, isForename } from './forenames';
import { lowerBound } from './sorted';
import { TOOLS } from './tools-only';
import { MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS } from './calendar';
import salienceTable from './pronoun-salience.json';
import {
  APOSTROPHE,
  HYPHEN,
  PERIOD,
  RIGHT_SINGLE_MARK,
  UNDERSCORE,
  endsInCapitalisedRun,
  hasSurrogate,
  isAsciiAlnum,
  isAsciiLower,
  isAsciiUpper,
  isDigit,
  isLetter,
  isLowerCase,
  isNumeral,
  isRegexSpace,
  isUpperCase,
  isUpperCasePoint,
  isLowerCasePoint,
  isNameWordChar,
  smallWordAfterFirst,
  lazy,
} from './chars';

/** A sentence opening with a model name that holds a number ("The Zephyr 9 was", "Acme X200
 * sells"): a product as the subject. What `opensWithProduct` reads; it asks this regex itself only
 * of a text with a surrogate. */
export const PRODUCT_SUBJECT = lazy(
  () =>
    /(?:^|[.!?]["”’]?\s+)(?:The\s+)?[\p{L}-]*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\p{N}[\p{N}\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\p{Ll}/u,
);
/** Last words that make a capitalised name an organisation rather than a person. */
const ORG_HEADS = wordSet(
  'post times journal news campaign company inc. corp. group fund forces organization organisation coalition ' +
    'reuters interfax tass press media caucus pac alliance tribune herald guardian magazine review project watch ' +
    'republicans democrats gop fbi cia nypd cdc who un nato isil isis daesh command motors airlines ferries trains ' +
    // Heads of company and institution names, and the platforms news quotes as sources.
    'market foods research finance capital partners holdings technologies labs ventures securities insurance energy ' +
    'systems solutions communications entertainment studios airways hospital clinic ' +
    'equities economics analytics advisors advisers consulting management investments industries enterprises ' +
    'pharmaceuticals therapeutics biologics bancorp logistics international water homes materials metals aggregates ' +
    'trust initiative gazette telegraph observer today radio tv television bloomberg politico twitter facebook instagram youtube tiktok reddit quora ' +
    // A public service and a ranking named by what they do ("Cal Fire", "Hanteo Chart"), as
    // "police" names a force: common nouns, no one's surname, even after a given name.
    'fire chart ' +
    // Company suffixes, as the name cleaner leaves them ("Orbital Dynamics Inc." -> "Inc").
    'inc corp ltd llc plc co co. ltd. gmbh ' +
    // Family firms named by their trade around the founders' surname ("Roe Brothers", "Roe Brewery";
    // before it, "Maison Roe", "Brauerei Roe": see the first word's reading in readRun).
    'brothers brewery maison brouwerij brauerei ' +
    // Gatherings that speak through their organisers, never a person ("the Harbor Convention").
    'convention conference summit forum',
);
// And the heads and last words of institutions' and bodies' names ("Bank of America", "Federal
// Aviation Administration") and the bodies named alone ("Congress") that speaker-mentions.ts
// knows, but for the words below: never organisation heads here, and untried as such.
const NOT_ORG_HEADS = wordSet('centers guard league front reserve corporation parliament');
for (const head of [...INSTITUTION_HEADS, ...BODY_TAILS, ...LONE_BODIES])
  if (!NOT_ORG_HEADS.has(head)) ORG_HEADS.add(head);
/** The common noun "company" and the suffixes of companies' names. */
const COMPANY_SUFFIXES = 'company inc inc. corp corp. ltd llc plc';
/** What kind of organisation a common noun can stand for: "the agency" is an organisation whose
 * name ends in one of these words ("Drug Enforcement Administration"), not any organisation. One
 * string each, split where a noun is resolved: the same words, a smaller bundle. */
const NOUN_FITS: Record<string, string> = {
  // A public body's council ("… Disaster Relief Council") is an agency as its commission is.
  agency:
    'agency administration service bureau commission authority council center centre office organization organisation',
  // A body that oversees others is named for its powers ("… Regulation Authority", "… Commission").
  regulator: 'regulator watchdog authority commission ombudsman agency board office',
  authority: 'authority',
  police: 'police constabulary',
  club: 'club fc',
  team: 'team club fc',
  ministry: 'ministry department office',
  department: 'department ministry office',
  // A carrier is named for what it runs ("Acme Isles Ferries", "Westmoor Trains").
  company: `${COMPANY_SUFFIXES} co co. ltd. group holdings motors airlines ferries trains airways technologies labs systems foods energy water biologics therapeutics pharmaceuticals materials aggregates`,
  firm: `${COMPANY_SUFFIXES} partners group holdings capital securities`,
  committee: 'committee commission council board',
  commission: 'commission committee board',
  campaign: 'campaign committee pac',
  party: 'party republicans democrats gop',
  newspaper: 'times post journal tribune herald guardian gazette telegraph observer news',
  network: 'network news media broadcasting',
  court: 'court',
  bank: 'bank fund reserve',
  group: 'group coalition alliance association union foundation watch project initiative',
  union: 'union federation association',
  // "the organization" after "the Qastari Rivers Trust": a body named for what it holds or does.
  organization: 'organization organisation association foundation institute trust',
};
// The British spelling fits the same bodies.
NOUN_FITS.organisation = NOUN_FITS.organization!;
// "the automaker", "the retailer", "the operator", "the utility": a company named by its trade.
for (const trade of 'automaker carmaker drugmaker maker retailer insurer lender manufacturer airline chipmaker operator utility supplier conglomerate'.split(
  ' ',
))
  NOUN_FITS[trade] = NOUN_FITS.company!;
NOUN_FITS.watchdog = NOUN_FITS.regulator!;
/** A ministry named "… Office" is named for the sphere it governs ("the Foreign Office", "the Home
 * Office", "the Cabinet Office"); an office named for its task ("… Budget Office", "… Audit Office",
 * "… Statistics Office") is an agency, and "the ministry" is not that one. */
const OFFICE_SPHERES = wordSet('foreign home cabinet commonwealth');
/** Whether a body's name is of a kind the noun's `fits` list holds. */
const nameFits = (fits: readonly string[], name: string) => {
  const h = nameHead(name);
  return (
    fits.includes(h) &&
    // "the Tarn Users Group", "Acme Residents Group": a group named for the people in it (an
    // agent noun's plural) is no company; "Acme Group", "Tidewater Ports Group" are.
    !(fits.includes('inc') && /(?:[eo]r|nt|ist)s group$/i.test(name)) &&
    (h !== 'office' || !fits.includes('ministry') || OFFICE_SPHERES.has(name.toLowerCase().split(' ').at(-2)!))
  );
};
/** The words that say what kind of body a name is ("Board", "Ministry", "Inc"). */
const KIND_WORDS = new Set([...ORG_NOUNS, ...Object.values(NOUN_FITS).join(' ').split(' ')]);
/** Nouns of messages that speak for whoever sent them ("the tweet from X reads"). */
export const MESSAGE_NOUNS = wordSet('tweet+ post+ letter+ memo message+ email note statement');
/** The capitalised name after "from" or "by" in a message's phrase ("The tweet from Harbour Weekly"). */
const SENDER_AFTER = / (?:from|by) (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)/;
/** Plural endings of the common nouns that speak as groups in news ("Officials", "Critics",
 * "Opponents", "Analysts", "Protesters", "Republicans"). */
const GROUP_PLURAL = /^[A-Z][a-z]{3,}(?:ents|ants|ists|ysts|ors|ers|ans|ials|ics|ives|ates)$/;
/** A capitalised plural, read before "of" ("Shares of …"): any "-s" but "-ss", "-us", "-is". */
const PLURAL_BEFORE_OF = /^[A-Z][a-z]{2,}[^sui]s$/;

/** "Shares of Corrado", "Supporters of Lund": a plural before "of" heads a phrase that is no
 * one's full name, so the owner's lone name after it ("Corrado said") is not read as its surname.
 * So does any common word before "of" and a given name ("Family of Ada Lund"): a person's name
 * holds "of" before a place ("Prince Ed of Kent"), never before a given name. */
const pluralOfOwner = (name: string) => {
  const w = name.split(' ');
  return w[1] === 'of' && (PLURAL_BEFORE_OF.test(w[0]!) || isForename(w[2] ?? '')) && !isForename(w[0]!);
};

/** The space between a run's words: a plain or a no-break space. */
const SPACE = /[ \u00a0]/;
/** Words that may join a name ("Department of Defense", "Ahmad bin Said") but not end one. */
const CONNECTORS = wordSet('of for ' + NAME_PARTICLES);
/** A lower-case name particle between a first word and a capitalised one ("Henk van Dijk"). */
const PARTICLE_INSIDE = new RegExp(`^\\S+ (?:(?:${NAME_PARTICLES.replace(/ /g, '|')}) )+\\p{Lu}`, 'u');
/** "on" inside a name: after the head of a council, committee, commission, center or institute,
 * before its field ("Council on Foreign Relations"), never before a day or a month ("the Council
 * on Monday"), which dates what it did (speaker-mentions.ts reads names so). */
const FIELD_ON = String.raw`(?<=(?:${ON_FIELD_HEADS.join('|')}) )on(?! (?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})\b)`;
/** A word that joins a name's parts: a connector, or "on", which NAME_RUN lets into a name only
 * as FIELD_ON. */
const isConnector = (w: string) => CONNECTORS.has(w) || w === 'on';
/** Capitalised sentence openers that are not part of the name that follows ("But Trump said"). */
const RUN_OPENERS = wordSet(
  capitalised(
    'the a an but and in on at as when after if so while then now neither either both would could should can will did does do is are was were has have had why how what where let please yes no oh ' +
      'despite although though because unless until unlike upon amid whether wherever whenever however whoever whatever later ' +
      // Prepositions capitalised because they open the sentence ("For Mr. Lund, the vote …").
      'for from with to by about like under over during since without against through into among behind before inside outside toward towards including of beyond ' +
      // Adverbs that open a sentence before its subject ("Even Lund agreed").
      'even only just also still yet meanwhile instead indeed perhaps maybe ' +
      // Demonstratives and possessives ("That Ortega …", "Our Dutch …"), an inverted cue ("Said Ada
      // Lund"), and "Here's Lund:".
      "that this these those our their his her its my your said says asked told here here’s here's there there’s",
  ),
);
/** Words that take a share of what follows "of" ("One of", "Some of", "Many of"). */
const QUANTIFIERS = wordSet(
  capitalised('one some many much most all none each few several any both half neither either'),
);
/** Last words of a place or a venue ("Lee County", "Union Square", "Hyde Park", "Bell Arena", "Kauri
 * Bay" in "the manager for Kauri Bay"): a place is not a person (nor the antecedent of a "he"), and
 * not an organisation that speaks or is "it". */
const PLACE_HEADS = wordSet(
  'bay county state city street avenue square garden+ park bridge river island+ mountain+ valley beach coast airport row lane boulevard road arena stadium',
);
/** A lower-case word in a line that title case would capitalise (all but articles, short
 * prepositions and conjunctions). */
const NOT_TITLE_CASE = /(?:^|\s)(?!(?:a|an|and|as|at|by|for|in|of|on|or|the|to|vs)\b)[a-z]/;
/** Words that open place names ("San Diego", "Fort Worth", "Lake Placid"), not people's. */
const PLACE_OPENERS = wordSet('san santa los las fort port mount lake cape');
/** Compass words that open place names ("North Dakota", "West Bank"). */
const COMPASS = wordSet('north south east west');
/** A hyphenated word ending in a participle ("Prize-winning", "Texas-based": "-ed" takes "-based"). */
const ADJECTIVE_COMPOUND = /-(?:[a-z]{2,}ing|[a-z]{2,}ed|born|led|run|made)$/;
/** Weekdays that follow a place or a name in news ("in Miami Wednesday"): never part of it. */
const KEEP_DOT = wordSet('Jr Sr St Dr Mr Mrs Ms Inc Corp Ltd Co');

/** Two or more capitalised words (Latin letters with accents; a word opens on a capital of Latin-1
 * or of Latin Extended-A, \u0100-\u017f: "Eva Šimková", "Ada Łukasz" were
 * no run; that range's small letters are let in too, but two words in a row opening on them are
 * rare; a word goes on through the tone-marked
 * letters of Latin Extended Additional, "Thị", "Hồng": the run broke inside the word and "Lê Thị
 * Lan" was named "Thị Lan"), joined by single spaces or
 * "of/for" and the name particles (CONNECTORS, an alternation built from that set); a period may
 * end a word ("Mr.", "U.S."), and initials may run together ("B.S. Hegde": without that the run
 * began at "S."). A run never starts inside a word; that is checked by hand, because a
 * look-behind in the pattern costs the search its fast first-character scan. */
const NAME_RUN = new RegExp(
  String.raw`[A-Z\u00c0-\u00de\u0100-\u017f](?:\.[A-Z](?=\.))*[\w\u00c0-\u024f\u1e00-\u1eff'’-]*\.?(?:[ \u00a0](?:(?:${[...CONNECTORS].join('|')}|${FIELD_ON})[ \u00a0]){0,2}(?:[ae]l-)?[A-Z\u00c0-\u00de\u0100-\u017f](?:\.[A-Z](?=\.))*[\w\u00c0-\u024f\u1e00-\u1eff'’-]*\.?)+`,
  'g',
);

/** A name run opening on a month, and the word before it that makes the month a date ("a June
 * rally", "since April"): see where NAME_RUN is read. */
const MONTH_OPENING = new RegExp(String.raw`^(?:${MONTH_NAMES.join('|')})[ \u00a0]`);
const DATING_WORD = /\b(?:a|an|the|in|since|until|last|this|next|early|late|mid)[ \u00a0-]$/;

/** One to three capitalised words, a nickname of one to three words in double marks, a
 * capitalised surname: Ben "Bear" Kowalski, Thomas J. "Tommy" Reyes. */
const NICKNAMED =
  /([A-Z][\w'’-]*\.?(?:[ \u00a0][A-Z][\w'’-]*\.?){0,2})[ \u00a0]["“][A-Z][\w'’.-]*(?:[ \u00a0][\w'’.-]+){0,2}["”][ \u00a0]([A-Z][\w\u00c0-\u024f'’-]+)/g;

/** The names of entities that stand for an unresolved pronoun; after a quote, the pronouns that
 * open the clause citing it ("…," she said). */
export const PRONOUN_NAMES = wordSet('he she it they who');

/** How many compatible people a pronoun's antecedent is chosen from (measured on the silver
 * pronoun test, test/tools/eval-coref.ts: 3 beat 2; on train 4 beat 3, 58.9 -> 59.4% without
 * abstention; with article-mentions 5 beat 4: the person among no candidate 198 -> 162 of 2747).
 * 10 beat 5: a subject who names five others ("Lund thanked A, B, C, D and E. '…,' she said") was
 * cut off by the nearer names (silver test on train 1142 -> 1148 right, 6 fewer wrong; dev same). */
const MAX_CANDIDATES = 10;
/** How many sentences in a row a subject pronoun is followed as the same person (#chainSubjects). */
const MAX_CHAIN = 8;

/** The features a pronoun's candidate antecedent is scored by (`#pronounFeatures`), in order. */
export const PRONOUN_FEATURES = [
  'recent-subject',
  'subject',
  'spoke',
  'log-quotes',
  'current-speaker',
  'recent-role-led',
  'gender-known',
  'same-sentence',
  'sentences-back',
  'other-paragraph',
  'paragraphs-back',
  'nearest',
  'log-mentions',
  'as-speaker',
  'log-distance',
  'gender-guessed',
  'after-preposition',
  'object',
  'article-mentions',
] as const;

const GENDER_KNOWN = PRONOUN_FEATURES.indexOf('gender-known');

/** How far back the text between a candidate and its pronoun is read for the features. */
const FEATURE_REACH = 2000;
const MAX_SENTENCES_BACK = 6;
const MAX_PARAGRAPHS_BACK = 3;

/** What the resolver saw for one "he"/"she" it searched an antecedent for (for fitting). */
export interface PronounObservation {
  pos: number;
  names: string[];
  features: number[][];
  /** The index of the candidate chosen, or -1 when the pronoun stays unresolved. */
  chosen: number;
}
export type PronounObserver = (o: PronounObservation) => void;

/** The pronoun salience table's weights, in PRONOUN_FEATURES order (fitted on train by
 * test/tools/train-pronouns.ts; a feature the table lacks weighs nothing). The extension's build
 * leaves the feature names out of the table, its weights being in this order already. */
const salience: { features?: string[]; weights: number[] } = salienceTable;
const PRONOUN_WEIGHTS =
  TOOLS && salience.features
    ? PRONOUN_FEATURES.map((f) => salience.weights[salience.features!.indexOf(f)] ?? 0)
    : salience.weights;

/** A candidate scoring within this of the pick is a rival: the table hardly prefers the pick
 * (it is less than about twice as likely to be meant). On train's silver test the picks with a
 * rival so near were right 56% of the time, the others 91% (a confidence feature). */
const RIVAL_MARGIN = 0.7;

/** The antecedent among the candidates (nearest first). Agreement first: a person known to have
 * the pronoun's gender (from a given name, an honorific or a pronoun in their own sentence, not one
 * only guessed from an earlier "she" by salience: that guess would make the first woman resolved
 * outrank every later one), or the current speaker named in full nearest (`agrees`), beats one
 * whose gender is unknown; then salience (attribution-notes §3,
 * §7): a weighted sum of the candidate's features (recency in sentences and paragraphs, subject
 * position, being the current speaker, how often it spoke and was named), whose weights are
 * fitted on PolNeAR train's silver pronoun test (pronoun-salience.json), ties going to the
 * nearest. The fitted table replaced a hand-ordered rank (the subject of this sentence or the one
 * before, then a speaker met as a subject, then a speaker or a subject, then the nearest): on the
 * silver test 71.6 -> 73.0% on train, 79.3 -> 80.0% on dev. Two people opening the same sentence are `even`:
 * the caller leaves the pronoun unresolved (67.2 -> 67.0% on train when it came in: the nearest
 * of them was right 4 times in 4 there, but a reader cannot tell which one is meant). */
function choose(candidates: Candidate[], text: string, gender: string): Choice | null {
  const agreeing = candidates.filter((c) => c.agrees);
  const top = (pool: Candidate[]) => pool.reduce((b, c) => (c.score > b.score ? c : b), pool[0]!);
  let pool = agreeing.length ? agreeing : candidates;
  // "Tom Berg said …. Colonel Ilir Vasi said …. He said": the nearest candidate, a full name of
  // unknown gender and the most salient by a rival margin, is not passed over for a farther one on
  // gender alone (coref train: 1 right more, none lost; wider, unknown firms and roles took "he").
  const near = candidates[0];
  // "Her son said …. “…,” he said" after a man named long before: a word of kin of the pronoun's
  // gender (met only as a speaker or a described subject) nearer than every name that agrees is
  // whom it stands for, not the older name: a reader sees "son", not the dead father. Read from
  // the word's start: "person" is no "son".
  const kin = near && !near.agrees ? KIN_BEFORE_COMMA.exec(near.e.name + ', ') : null;
  if (agreeing[0] && kin?.index === 0 && (kin[1] ? 'f' : kin[2] ? 'm' : '') === gender) pool = [near!];
  if (near && agreeing[0] && !agreeing.includes(near) && near.e.name.includes(' ')) {
    if (top(candidates) === near && near.score - top(agreeing).score >= RIVAL_MARGIN) pool = candidates;
    // "Lund finished …. “…,” he said": so a surname alone (someone named before in full, of a given
    // name the tables lack) opening the sentence just before, who would lead with the gender known.
    else if (
      near.recentSubject &&
      !/^\S+ \p{Lu}/u.test(text.slice(near.pos, near.pos + 40)) &&
      near.score + PRONOUN_WEIGHTS[GENDER_KNOWN]! - top(agreeing).score >= RIVAL_MARGIN
    )
      pool = [near];
  }
  // "Ed Lund spoke. '…,' he said. His neighbour, Tom Berg, had sold. '…,' he said": a person of
  // the pronoun's gender brought in by full name as the subject of the sentence before, with no
  // verb of saying, is whom it stands for, not a speaker named before that sentence (nor in it:
  // Candidate.fresh).
  if (near?.fresh && near.agrees && !agreeing.some((c) => c !== near && noSentenceEnd(text, c.pos, near.pos + 1)))
    pool = [near];
  if (!pool.length) return null;
  const chosen = top(pool);
  const best = pool.indexOf(chosen);
  // The same person under another entity ("Obama", "President Obama") is no rival.
  const surname = surnameOf(chosen.e.name);
  // A name in the role phrase before a role-led pick qualifies the role ("Lund campaign manager
  // Ann Berg said …"): the sentence is about the pick, and the name before it is no rival.
  const sameSentence = (c: Candidate) => noSentenceEnd(text, c.pos, chosen.pos);
  const others = pool.filter(
    (c, i) =>
      i !== best &&
      surnameOf(c.e.name) !== surname &&
      !(chosen.recentSubject && chosen.roleLed && c.pos < chosen.pos && sameSentence(c)),
  );
  return {
    pick: chosen.e,
    rivalled: others.some((c) => chosen.score - c.score < RIVAL_MARGIN),
    // Both open the same sentence ("Lund and Berg met …"): nothing tells them apart.
    even: chosen.recentSubject && others.some((c) => c.recentSubject && sameSentence(c)),
  };
}

const quoteStart = (q: QuotedSpan) => q.start;

/** The capitalised names in `text` (LATER_NAME), added to `found`. */
function addNamesIn(text: string, found: LaterName[], keep: (at: number) => boolean = () => true): void {
  for (const [at, name] of laterNames(text)) {
    if (!keep(at)) continue;
    const words = name.replace(/['’]s$/, '').split(' ');
    // "Mr. Lund": the honorific's gender ('' when none).
    const title = /(\w+)\.? $/.exec(text.slice(Math.max(0, at - 6), at));
    found.push({
      surname: surnameOf(words.join(' ')).toLowerCase(),
      given: words.length > 1 ? words[0]! : '',
      gender: (title && HONORIFICS.get(title[1]!.toLowerCase())) || '',
    });
  }
}

/** A character of LATER_NAME's words: a letter, ' ’ or -. */
function isLaterNameChar(c: number): boolean {
  return isLetter(c) || c === 39 || c === 0x2019 || c === HYPHEN;
}

/** LATER_NAME's matches in `text` (where each starts, and its text), read without the regex: V8
 * compiled its Unicode classes and look-behind on first use for 1.5 ms or more, inside the
 * engine's first call. A match is a capital after no word character, the longest run of word
 * characters after it (one at least), then each following space, capital and run. */
export function laterNames(text: string): [number, string][] {
  const names: [number, string][] = [];
  if (hasSurrogate(text)) {
    for (const m of text.matchAll(LATER_NAME())) names.push([m.index, m[0]]);
    return names;
  }
  for (let p = 0; p < text.length; p++) {
    if (!isUpperCase(text.charCodeAt(p)) || !isLaterNameChar(text.charCodeAt(p + 1))) continue;
    if (p > 0 && isLaterNameChar(text.charCodeAt(p - 1))) continue;
    let end = p + 2;
    for (;;) {
      while (isLaterNameChar(text.charCodeAt(end))) end++;
      if (
        text.charCodeAt(end) !== 32 ||
        !isUpperCase(text.charCodeAt(end + 1)) ||
        !isLaterNameChar(text.charCodeAt(end + 2))
      )
        break;
      end += 3;
    }
    names.push([p, text.slice(p, end)]);
    p = end - 1;
  }
  return names;
}

/** A name met under a title ("Transport Secretary Ada Roe"), where it stands. */
interface Titled {
  pos: number;
  key: string;
  name: string;
  role: string;
  former: boolean;
}

/** A name met after a pronoun in its clause (#namedLaterInClause). */
interface LaterName {
  surname: string;
  /** The first word when the name has more than one ("Ivanka" of "Ivanka Trump"), else ''. */
  given: string;
  /** The gender of an honorific before it ("Mr. Lund"), if any. */
  gender?: string;
}

/** True when `e` is one of the names given after the pronoun: the same surname, and no other
 * given name before it ("his daughter Ivanka Trump" is not Donald Trump). */
function namedLater(name: string, later: LaterName[], gender = ''): boolean {
  const surname = surnameOf(name).toLowerCase();
  // A given name standing alone ("Sheldon and I …") names the person it opens.
  const space = name.indexOf(' ');
  const given = space > 0 ? name.slice(0, space).toLowerCase() : '';
  return later.some(
    (l) =>
      // "She said Mr. Lund …": a name whose honorific has the other gender is another person.
      !(gender && l.gender && l.gender !== gender) &&
      ((l.surname === surname && (!l.given || !isForename(l.given) || name.split(' ').includes(l.given))) ||
        (!l.given && l.surname === given && isForename(given))),
  );
}

/** A capitalised word or run of them (a name, with a possessive at most). What `laterNames`
 * reads; it asks this regex itself only of a text with a surrogate. */
export const LATER_NAME = lazy(() => /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*/gu);
/** A name as an owner ("Trump's", "Mr. Kim's", "Ann Lund’s"): the given name when there is one
 * (group 1), the surname (group 2). What `ownerNames` reads; it asks this regex itself only of a text
 * with a surrogate. */
export const OWNER_NAME = lazy(() => /(?<![\p{L}'’-])(?:(\p{Lu}\p{Ll}+) )?(\p{Lu}[\p{L}-]+)['’]s?(?![\p{L}])/gu);
/** OWNER_NAME's matches in `text` (where each starts, the given name or '', the surname), read
 * without the regex: V8 compiled its Unicode classes and look-arounds on first use (1.5 ms or
 * more) inside the engine's first call. At a capital after no word character: a capitalised
 * small-letter word and a space before the surname, or the surname alone; the surname is the
 * longest run of letters and hyphens (one at least after its capital), then an apostrophe, then
 * an "s" or nothing, and no letter after. */
export function ownerNames(text: string): [number, string, string][] {
  const names: [number, string, string][] = [];
  if (hasSurrogate(text)) {
    for (const m of text.matchAll(OWNER_NAME())) names.push([m.index, m[1] ?? '', m[2]!]);
    return names;
  }
  for (let p = 0; p < text.length; p++) {
    if (!isUpperCase(text.charCodeAt(p)) || (p > 0 && isLaterNameChar(text.charCodeAt(p - 1)))) continue;
    let given = p + 1;
    while (isLowerCase(text.charCodeAt(given))) given++;
    const withGiven = given > p + 1 && text.charCodeAt(given) === 32 ? possessive(text, given + 1) : null;
    const owner = withGiven ?? possessive(text, p);
    if (!owner) continue;
    const surname = withGiven ? given + 1 : p;
    names.push([p, withGiven ? text.slice(p, given) : '', text.slice(surname, owner[0])]);
    p = owner[1] - 1;
  }
  return names;
}
/** OWNER_NAME's surname and possessive from `at`: where the surname ends and where the match
 * does, or null. */
function possessive(text: string, at: number): [number, number] | null {
  if (!isUpperCase(text.charCodeAt(at))) return null;
  let end = at + 1;
  while (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === HYPHEN) end++;
  const mark = text.charCodeAt(end);
  if (end === at + 1 || (mark !== 39 && mark !== 0x2019)) return null;
  // "s" when no letter follows it; else no letter may follow the apostrophe.
  if (text.charCodeAt(end + 1) === 115 && !isLetter(text.charCodeAt(end + 2))) return [end, end + 2];
  return isLetter(text.charCodeAt(end + 1)) ? null : [end, end + 1];
}

/** A subordinator with no comma after it, ending the text: a pronoun after it is in a clause
 * that opens the sentence ahead of its main clause. */
const SUBORDINATE_BEFORE =
  /\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Aa]s|[Bb]ecause|[Ii]f|[Aa]lthough|[Tt]hough|[Ss]ince|[Oo]nce|[Uu]ntil|[Ww]henever)\b[^,;]*$/;

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** "Choi Eun-ji", "Tsai Ing-wen", "Lee Ka-chiu": a one-word family name, then a given name of two
 * romanised syllables joined by a hyphen, the second in lower case (givenNameSecond). Korean
 * names and Chinese ones in Wade-Giles or Cantonese romanisation are written so in English,
 * family name first ("Choi said"); a hyphenated Western surname keeps its capital ("Okonjo-Reyes"). */
function familyFirst(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && name.indexOf(' ', space + 1) < 0 && givenNameSecond(name.slice(space + 1));
}

/** The word a person is named again by, alone: the family name. */
function surnameOf(name: string): string {
  return familyFirst(name) ? name.slice(0, name.indexOf(' ')) : lastWord(name);
}

/** The antecedent `choose` found, and how clear the choice was. */
interface Choice {
  pick: Entity;
  /** Another candidate is as salient (the same rank): only nearness chose. */
  rivalled: boolean;
  /** Another candidate opens the same sentence as the pick: a reader cannot tell them apart. */
  even: boolean;
}

/** A person a pronoun may stand for: where it was last met, and whether it was met as the
 * subject opening a sentence. */
interface Candidate {
  e: Entity;
  pos: number;
  subject: boolean;
  /** Met as the subject opening the pronoun's sentence or the sentence before it. */
  recentSubject: boolean;
  /** Met after a role phrase opening its sentence ("Club chairman Ann Lund said …"). */
  roleLed: boolean;
  /** Met last as a speaker the attribution resolved (not as a name the writer gave). */
  asSpeaker: boolean;
  /** The salience table's score (PRONOUN_WEIGHTS · its features). */
  score: number;
  /** A new name in full, no table knowing its given name, opening the sentence before. */
  opens?: boolean;
  /** Known to agree with the pronoun in gender (its 'gender-known' feature). */
  agrees?: boolean;
  /** Named in full for the first time as the recent subject, the only name in its sentence. */
  fresh?: boolean;
}

/** How many long forms an article records (a bound for hostile input). */
const MAX_LONG_FORMS = 2000;
/** How many earlier long forms an acronym is compared with (keeps many acronyms linear). */
const LONG_FORM_REACH = 200;

/** True when the letters of `short` appear in `long` in the same order. */
function inOrder(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** "(DEA)" right after a name: its initials in brackets. */
const ACRONYM_AFTER = /^\(([A-Z]{2,8})\)/;

/** How many earlier mentions an antecedent search looks at (Citron looks at 2 candidates; the
 * bound keeps long articles and hostile input linear). */
const LOOK_BACK = 40;

interface Entity {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: string;
  /** The gender was only guessed: a "he"/"she" was taken to stand for the entity by salience
   * (`#antecedent`), not read from a given name, an honorific or a pronoun in its own sentence. */
  genderGuessed?: boolean;
  aliases: Set<string>;
  quoteCount: number;
}

/** What a look-up found: the entity, and for a pronoun how many entities it could have meant. */
interface Lookup {
  entity: Entity;
  candidates: number;
  /** For a pronoun: another person was as salient as the one chosen. */
  rivalled?: boolean;
}

interface Occurrence {
  pos: number;
  key: string;
  /** The name opens its sentence (after a conjunction at most): the sentence is about it. */
  subject?: boolean;
  /** The role phrase opening its sentence that the name follows ("Club chairman Ann Lund said …"). */
  roleLed?: string;
  /** The full name as written here, when it is one ("Fiona Lund", where the key is "lund"). */
  name?: string;
}

/** A stretch of quoted words: a name inside it is mentioned by the speaker, not by the writer. */
export interface QuotedSpan {
  start: number;
  end: number;
}

/** A mention resolved to its entity: the speaker as the quote will show it, the mention that
 * introduced the entity when this one is a pronoun or a short form, and how many people a
 * pronoun could have meant (0 for other mentions): the raw material of the evidence and the
 * confidence. */
export interface Resolution {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  mention: Mention;
  antecedent: Mention | null;
  /** For "he"/"she": the compatible people within reach (1 or 2; 0 when none was found). */
  candidates: number;
  /** The name is a single word the article never gives in full. */
  bareName: boolean;
  /** For "he"/"she": another compatible person was as salient as the one chosen, so only
   * nearness decided (a fitted confidence feature: on the silver pronoun test such choices were
   * right far less often). */
  rivalled: boolean;
}

/** How far back (characters) a definite description looks for the appositive that introduced it
 * ("Lund, the former finance minister, …"): a long article's length. */
const APPOSITIVE_WINDOW = 20_000;
/** The role of the article's writer, the first person outside quotes. */
const WRITER_ROLE = "the article's author";

/** Builds the article's entity table; `resolve` is then called on each mention in text order. */
export class EntityResolver {
  #entities = new Map<string, Entity>();
  #order: Entity[] = [];
  /** Full person names by surname, in the order first met, with how often each occurs ("clinton" ->
   * Hillary Clinton: 40). */
  #fullNames = new Map<string, Map<string, number>>();
  #prescanRole = new Map<string, string>();
  #looseRole = new Map<string, string>();
  /** Full names the article describes as people where it names them (describedAsPerson). */
  #described = new Set<string>();
  /** Full names joined by "and" ("Ann Lund and Eva Berg"), both ways: what the two are, people
   * or not, they are alike. */
  #joined = new Map<string, string[]>();
  /** The last full name met, and where it ended (#noteJoined). */
  #lastFull: { name: string; end: number } | null = null;
  #prescanGender = new Map<string, string>();
  #orgNames: { pos: number; name: string }[] = [];
  /** Names of two words or more that the article introduces with an organisation's noun in
   * apposition ("the studio, Meridian Pictures", "the journal Field Notes"): no person's. */
  #describedAsOrg = new Set<string>();
  #orgIndex: Map<string, { pos: number; name: string }[]> | null = null;
  #roleCache = new Map<string, Entity>();
  /** People named under a title, in text order ("President Obama", "Vice President Joe Biden"):
   * where "the president" looks back for the one the text last gave that office. */
  #titled: Titled[] = [];
  #firstNames: Map<string, Map<string, number> | null> | null = null;
  #runCache = new Map<string, { at: number; end: number; reading: RunReading }[]>();
  #fullCache = new Map<string, string>();
  #byKey = new Map<string, Entity | null>();
  /** Person name occurrences in text order, for pronoun antecedents. */
  #people: Occurrence[] = [];
  /** #people with the surnames standing alone merged in, for descriptions; read on first need. */
  #peopleAndLoneSurnames: Occurrence[] | null = null;
  /** Speakers resolved so far, in text order, for pronoun and nominal antecedents. */
  #history: { pos: number; entity: Entity }[] = [];
  /** The last "he"/"she" opening its sentence that was left no one's, with its gender. */
  #evenSubject = { pos: -1, gender: '' };

  readonly #text: string;
  /** Quoted stretches in text order (never overlapping at the top level). */
  readonly #quoted: QuotedSpan[];

  readonly #observePronoun: PronounObserver | undefined;

  /** Who "I" and "we" outside quotes are: the byline's name, else "the writer". */
  #writer: string;

  /** Where each post of a live blog opens (its heading); empty on a page of one story. */
  readonly #posts: number[];

  constructor(
    text: string,
    quoted: QuotedSpan[] = [],
    observePronoun?: PronounObserver,
    writer?: string | null,
    posts: number[] = [],
  ) {
    this.#posts = posts;
    this.#writer = writer || 'the writer';
    this.#text = text;
    this.#quoted = quoted;
    this.#observePronoun = observePronoun;
    this.#prescan();
  }

  /** True when `pos` lies inside a quotation. */
  #insideQuote(pos: number): boolean {
    const list = this.#quoted;
    let lo = 0,
      hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const q = list[lo - 1];
    return q !== undefined && pos < q.end;
  }

  /** One pass over the text for capitalised name runs: the raw material of full names and roles. */
  #prescan(): void {
    // Only runs of two or more capitalised words matter here (full names, roles, organisations);
    // a native regex finds them far faster than a scan in JavaScript. A run can cross a sentence
    // end ("in Syria. The ministry"): it is cut after a word ending with a period unless that word
    // is an initial or an honorific.
    const singles: Occurrence[] = [];
    NAME_RUN.lastIndex = 0;
    const text = this.#text;
    for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
      if (m.index > 0 && isNameChar(text.charCodeAt(m.index - 1))) {
        NAME_RUN.lastIndex = m.index + 1;
        continue;
      }
      // "a June Lopez rally", "since April Ruiz won": a month after an article or a time word
      // dates what follows; it is no given name. The run is read again from the next word.
      if (MONTH_OPENING.test(m[0]) && DATING_WORD.test(text.slice(Math.max(0, m.index - 7), m.index))) {
        NAME_RUN.lastIndex = m.index + m[0].search(SPACE) + 1;
        continue;
      }
      const run = m[0] + institutionTail(text, m[0], m.index + m[0].length);
      NAME_RUN.lastIndex = m.index + run.length;
      // The same run recurs throughout an article ("Hillary Clinton"): read it once.
      let pieces = this.#runCache.get(run);
      if (!pieces) {
        this.#runCache.set(run, (pieces = piecesOf(run)));
        this.#addLongForm(m[0], m.index);
      }
      const joined = andJoined(text, run, m.index);
      if (joined) {
        this.#orgNames.push({ pos: m.index, name: joined[0]! });
        this.#acronyms.set(joined[1]!, joined[0]!);
        continue;
      }
      for (const piece of pieces) this.#addRun(piece.reading, m.index + piece.at, singles, m.index + piece.end);
      this.#readAcronym(run, m.index + run.length);
    }
    this.#scanNicknamed(singles);
    // A lone surname is a person mention when the article names that person in full somewhere.
    // Whether it opens its sentence is read only for those kept: most lone names are not.
    for (const s of singles)
      if (this.#fullNames.has(s.key))
        this.#people.push({ pos: s.pos, key: s.key, subject: opensSentence(text, s.pos) });
    // "his wife, Ana,": a given name alone in apposition to a word of kin after a possessive is a
    // person of the kin word's gender (else the name's), whom a "she" after it may stand for. A
    // word off the forename lists only before punctuation ("his wife, Democratic nominee …" is
    // none); none when the name's gender is not the kin word's ("Beloved by her husband, Nancy").
    for (const m of KIN_BEFORE_COMMA.test(text) ? text.matchAll(KIN_NAMED) : []) {
      const key = m[4]!.toLowerCase();
      const given = forenameGender(m[4]!);
      const g = m[2] ? 'f' : m[3] ? 'm' : given;
      // "The girl's mother, Kerry Lanyon, said": a word of kin in apposition tells a full name's
      // gender, over the lists' ("Kerry" is mostly a man's), when punctuation closes the apposition
      // ("Loved by her husband, Nancy Lund was …" is none) and the article names no other of that
      // surname (a couple shares one).
      if (m[5]) {
        const sur = m[5].toLowerCase();
        if (g !== given && m[6] && this.#fullNames.get(sur)?.size === 1) this.#prescanGender.set(sur, g);
        continue;
      }
      if (!g || (given ? given !== g : !m[6]) || this.#fullNames.has(key) || ROLE_WORDS.has(key) || HONORIFICS.has(key))
        continue;
      if (!this.#prescanGender.has(key)) this.#prescanGender.set(key, g);
      // Opening its sentence, alone or joined by "and" to a name that does ("Ed Lund and his wife,
      // Ana, …"), the phrase is the sentence's subject.
      this.#people.push({ pos: m.index + 2, key, subject: opensSentence(text, m.index - m[1]!.length) });
    }
    // "a 52-year-old resident named Ana", "a nurse identified only as Ana", "a man who gave his
    // name as Tomas": a given name alone after a person noun is a person, of the gender "his"/"her"
    // gives, else the name's ("woman", "mother" over the name's), whom a later "Ana said" or "she"
    // may stand for. Not after a thing ("a ship named Aurora") nor a surname the article names in
    // full ("the senator called Lund" is the verb). On PolNeAR train it moves 10 quotes, all right.
    for (const m of text.matchAll(PERSON_NAMED)) {
      const key = m[4]!.toLowerCase();
      const g = m[2] ? 'f' : m[3] ? 'm' : couldBeAPerson(m[1]!) ? forenameGender(key) : '';
      if (!g || this.#fullNames.has(key)) continue;
      if (!this.#prescanGender.has(key)) this.#prescanGender.set(key, /wom|moth/.test(m[1]!) ? 'f' : g);
      this.#people.push({ pos: m.index + m[0].length - key.length, key, subject: true });
    }
    // "Amal, 34, who asked that her family name not be used, …": a known given name alone opening
    // its sentence, an age between commas after it, is a person (of the name's gender) whom a
    // "she" after it may stand for; news gives such an age only of people. The lower-case word
    // after the age keeps out dates and numbered things ("March, 31, 2016", "Room, 12, Block C");
    // the lists of given names keep out the rest ("Boeing, 737, was"). On PolNeAR train it finds
    // four, all people ("Her father, Brad, 39, …"), and moves no score.
    for (const m of AGE_BETWEEN_COMMAS.test(text) ? text.matchAll(AGED_NAME) : []) {
      const key = m[0].toLowerCase();
      const g = forenameGender(key);
      if (!g || this.#fullNames.has(key) || !opensSubject(text, m.index)) continue;
      if (!this.#prescanGender.has(key)) this.#prescanGender.set(key, g);
      this.#people.push({ pos: m.index, key, subject: true });
    }
    this.#people.sort((a, b) => a.pos - b.pos);
    // A title anywhere is the role over a role phrase or appositive ("Vermont Sen." over "Clinton beat rival").
    this.#prescanRole = new Map([...this.#looseRole, ...this.#prescanRole]);
    this.#genderFromNextSentence();
  }

  /** Full names with no honorific opening their sentence: where each ends, its key, and the
   * gender its given name has on the lists ('' when none). */
  #subjects: [number, string, string][] = [];

  /** "Tunde Bakare runs the school. He has taught …": a sentence opening with "he"/"she"/"his"/
   * "her" right after one a full name opens, naming no other person, shows that person's gender
   * (and that the name is a person's, not a film's or a firm's). Taken only for a surname the
   * article gives one full name, when the article never shows the other gender so; against the
   * gender the lists give the given name ("Kim", "Andrea", "Jean" are men's and women's names)
   * only when shown twice. */
  #genderFromNextSentence(): void {
    /** Per key: the listed gender, and how often the text shows each gender. */
    const found = new Map<string, { listed: string; m: number; f: number; at: number[] }>();
    for (const [end, key, listed] of this.#subjects) {
      if (this.#insideQuote(end)) continue;
      const m = PRONOUN_NEXT.exec(this.#text.slice(end, end + 300));
      // A quoted phrase in the sentence is its own ("… called it “a disgrace”. He …"); a pronoun
      // inside a quotation is the speaker's.
      if (!m || this.#fullNames.get(key)!.size > 1 || this.#insideQuote(end + m[0].length - 2)) continue;
      // Another person named between: the pronoun may be theirs.
      if (
        /\p{Lu}\S* \p{Lu}/u.test(m[1]!) ||
        (m[1]!.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).some((w) => this.#fullNames.has(w.toLowerCase()))
      )
        continue;
      const seen = found.get(key) ?? { listed, m: 0, f: 0, at: [] };
      seen[m[2] ? 'm' : 'f']++;
      // "He"/"She" (not "His"/"Her"): the next sentence's subject is the person again.
      if (/\b(?:He|She)\s$/.test(m[0])) seen.at.push(end + m[0].length - (m[2] ? 3 : 4));
      found.set(key, seen);
    }
    // "Otieno said she …": a surname saying something of "he" or "she" in its own clause.
    for (const said of this.#text.matchAll(SAID_PRONOUN)) {
      const key = said[1]!.toLowerCase();
      const full = this.#fullNames.get(key);
      if (full?.size !== 1) continue;
      const name = full.keys().next().value!;
      // A surname alone, after no other word ("North Carolina said he" is no one's), or the full
      // name itself ("Sidney Lund said he": "Sidney" is a woman's name on the lists).
      if (
        said.index > 1 &&
        isLetter(this.#text.charCodeAt(said.index - 2)) &&
        !this.#text.endsWith(name, said.index + key.length)
      )
        continue;
      const seen = found.get(key) ?? { listed: givenNameGender(name), m: 0, f: 0, at: [] };
      // Said of the speaker's own clause, it counts as two: it decides against the lists alone.
      seen[said[2] === 'he' ? 'm' : 'f'] += 2;
      found.set(key, seen);
    }
    let chained = false;
    for (const [key, { listed, m, f, at }] of found) {
      const g = m && !f ? 'm' : f && !m ? 'f' : '';
      if (g && (!listed || (g !== listed && m + f > 1)) && !this.#prescanGender.has(key))
        this.#prescanGender.set(key, g);
      if (!g || (this.#prescanGender.get(key) || listed) !== g) continue;
      for (const pos of at) chained = this.#chainSubjects(pos, key) || chained;
    }
    if (chained) this.#people.sort((a, b) => a.pos - b.pos);
  }

  /** "Ada Lund runs the school. She has taught … . She was born …": the "he"/"she" opening the
   * sentence after one a person's name opens (a role phrase before it at most) is that person, the
   * sentence's subject; so is each
   * sentence after it that opens with the same pronoun (a subject pronoun continues the subject
   * before it). Each is a mention of the person as a subject, as the name would be: in a profile
   * or an obituary the protagonist is named once and then carried by pronouns, and without them a
   * name met in an aside after the first name ("his wife, Ana, …") stood nearer as a candidate. */
  #chainSubjects(pos: number, key: string): boolean {
    const text = this.#text;
    const word = text.startsWith('He ', pos) ? 'He' : 'She';
    let pushed = false;
    for (let steps = 0; steps < MAX_CHAIN && !this.#insideQuote(pos); steps++) {
      this.#people.push({ pos, key, subject: true });
      pushed = true;
      // The next sentence (a line without a stop ends one too).
      SENTENCE_END.lastIndex = pos;
      const m = SENTENCE_END.exec(text);
      SENTENCE_END.lastIndex = 0;
      if (!m || m.index - pos > FEATURE_REACH) break;
      let next = m.index + m[0].length;
      while (isBlankChar(text.charCodeAt(next))) next++;
      if (!text.startsWith(word + ' ', next)) break;
      pos = next;
    }
    return pushed;
  }

  /** Ben "Bear" Kowalski: a nickname in marks splits the run of capitalised words, so the person
   * would have no full name (no gender from the given name, the surname alone no person). The
   * name is read as if the nickname were not there; its end is the surname's end in the text. */
  #scanNicknamed(singles: Occurrence[]): void {
    const text = this.#text;
    NICKNAMED.lastIndex = 0;
    for (let m = NICKNAMED.exec(text); m; m = NICKNAMED.exec(text)) {
      if (m.index > 0 && isNameChar(text.charCodeAt(m.index - 1))) {
        NICKNAMED.lastIndex = m.index + 1;
        continue;
      }
      const before = m[1]!;
      const joined = `${before} ${m[2]!}`;
      const end = m.index + m[0].length;
      for (const piece of piecesOf(joined)) {
        // Only the piece that reaches across the nickname is new: the words before it were read
        // as a run (or a single) already.
        if (piece.end !== joined.length || piece.at > before.length) continue;
        this.#addRun(piece.reading, m.index + piece.at, singles, end);
      }
    }
  }

  /** A surname standing alone between lower-case words ("… said Lund.", "Lund told …") is a
   * person occurrence when the article gives that person's full name: the name runs above only
   * see two or more capitalised words, so without this a person named again by surname only is
   * never the subject a description ("the Oklahoma Republican") continues. They are no
   * antecedents for "he" or "she": on the silver pronoun test they drew pronouns to the nearest
   * name (64.3 -> 64.1% on train, 75.3 -> 73.3% on dev). Read only when a description asks: the
   * scan is a regex of the article's own surnames, compiled for each article, and run on every
   * article it cost about a fifth of the engine's time on PolNeAR train. */
  #withLoneSurnames(): Occurrence[] {
    if (this.#peopleAndLoneSurnames) return this.#peopleAndLoneSurnames;
    const lone = this.#loneSurnames();
    this.#peopleAndLoneSurnames = lone.length ? [...this.#people, ...lone].sort((a, b) => a.pos - b.pos) : this.#people;
    return this.#peopleAndLoneSurnames;
  }

  /** #people with the surnames standing alone that open a sentence ("Lund also said …"): the
   * subject the text is now about, whom a pronoun after it most often means. On the silver pronoun
   * test 66.0 -> 66.3% on train (dev unchanged); taking every lone surname cost accuracy (above).
   * Found with one native regex over capitalised words and a look-up, not a regex of the
   * article's surnames, so it is cheap enough for every article with a pronoun. */
  #antecedentPeople(): Occurrence[] {
    if (this.#subjectPeople) return this.#subjectPeople;
    const text = this.#text;
    const lone: Occurrence[] = [];
    LONE_CAPITALISED.lastIndex = 0;
    for (let m = LONE_CAPITALISED.exec(text); m; m = LONE_CAPITALISED.exec(text)) {
      const key = m[0].toLowerCase();
      // So is a full name's first word that is no given name, which #personAt reads: the first of
      // two surnames ("Salas" of "Rodrigo Esteban Salas Ortiz"), a family name written first:
      // "Another leader, Ada Poe, …. Salas stood beside her. She said …" has two women as the
      // subjects of the two sentences before, not Poe alone.
      if (!this.#fullNames.has(key) && (!this.#byFirstWord.has(key) || isForename(m[0]))) continue;
      const pos = m.index;
      if (pos > 0 && isNameChar(text.charCodeAt(pos - 1))) continue;
      // The last word of a run ("Hillary Clinton") was read with its run.
      if (followsCapitalisedWord(text, pos)) continue;
      if (opensSentence(text, pos)) lone.push({ pos, key, subject: true });
      // "…, and Lund stood by his …", "but Lund said": the subject of a clause in the pronoun's
      // sentence is nearer to what it is about than a name sentences back (silver pronouns: train
      // 76.6 -> 76.9%, dev 81.4 -> 82.1%; "after" cost train, "as", "if", "since" changed nothing).
      else if (CLAUSE_SUBJECT.test(text.slice(pos - 6, pos))) lone.push({ pos, key });
    }
    this.#subjectPeople = lone.length ? [...this.#people, ...lone].sort((a, b) => a.pos - b.pos) : this.#people;
    return this.#subjectPeople;
  }

  #subjectPeople: Occurrence[] | null = null;

  #loneSurnames(): Occurrence[] {
    const found: Occurrence[] = [];
    const surnames: string[] = [];
    for (const counts of this.#fullNames.values()) {
      const full = counts.keys().next().value as string;
      const last = full.slice(full.lastIndexOf(' ') + 1);
      if (/^\p{Lu}[\p{Ll}'’-]{2,}(?:\p{Lu}[\p{Ll}'’-]+)*$/u.test(last)) surnames.push(last);
      if (surnames.length >= MAX_LONE_SURNAMES) break;
    }
    if (!surnames.length) return found;
    const text = this.#text;
    for (const [pos, end] of surnamesStandingAlone(text, surnames)) {
      // Inside a run ("Hillary Clinton", "Clinton Foundation"): the run was read already.
      if (followsCapitalisedWord(text, pos)) continue;
      if (isBlankChar(text.charCodeAt(end)) && /^[ \u00a0]\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      found.push({ pos, key: text.slice(pos, end).toLowerCase(), subject: opensSentence(text, pos) });
    }
    return found;
  }

  /** "Drug Enforcement Administration (DEA)": a name followed by its initials in brackets makes
   * the initials a short form of the name ("the DEA said" is the administration), and so do its
   * initials in another order, a translated name's ("National Electoral Council (CNE)"). */
  #readAcronym(run: string, end: number): void {
    if (this.#text.charCodeAt(end) !== 32 || this.#text.charCodeAt(end + 1) !== 40) return;
    const m = ACRONYM_AFTER.exec(this.#text.slice(end + 1, end + 14));
    if (!m) return;
    // The name keeps its connectors ("Department of Homeland Security (DHS)"), as the run's own
    // entity has them, so "DHS said" joins it.
    const form = longFormOfRun(run);
    const letters = (w: string) => [...w].sort().join();
    if (form && letters(form.initials) === letters(m[1]!)) this.#acronyms.set(m[1]!, form.name);
  }

  /** Initials -> the name they stand for, as the article introduced them. */
  #acronyms = new Map<string, string>();
  /** Names of three or more capitalised words, at their first occurrence: what an acronym the
   * article never defines may stand for ("the FAA" after "the Federal Aviation Administration"). */
  #longForms: { pos: number; name: string; initials: string }[] = [];

  #addLongForm(run: string, pos: number): void {
    if (this.#longForms.length >= MAX_LONG_FORMS) return;
    const form = longFormOfRun(run);
    if (!form) return;
    // "… Control and Prevention": last capitalised words joined by "and" end the same name.
    const end = pos + run.length;
    const tail = this.#text.startsWith(' and ', end)
      ? /^ and ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b/.exec(this.#text.slice(end, end + 40))
      : null;
    // The tail is capitalised words of letters, which clean leaves as they are, as it does "and";
    // it ends before a role or a given name after its first word ("… and Prevention Director Ada").
    const words = tail ? tail[1]!.split(' ') : [];
    const cut = words.findIndex((w, k) => k > 0 && (ROLE_WORDS.has(w.toLowerCase()) || isForename(w)));
    const name = words.slice(0, cut < 0 ? 3 : cut).join(' ');
    this.#longForms.push({ pos, name: tail ? form.name + ' and ' + name : form.name, initials: form.initials });
  }

  /** The name an acronym the article does not define stands for: the last long form before `pos`
   * whose initials are the acronym, else one whose initials hold its letters in order, from the
   * first or second word's, covering most of its words (after Schwartz & Hearst: "CDC" for "Chinese
   * Center for Disease Control and Prevention"). */
  #longFormOf(acronym: string, pos: number): string | null {
    let loose: string | null = null;
    const last = lowerBound(this.#longForms, pos, atPos) - 1;
    for (let k = last; k >= 0 && k > last - LONG_FORM_REACH; k--) {
      const f = this.#longForms[k]!;
      if (f.initials === acronym) return f.name;
      // A national adjective may open the full name and not the short form ("Chinese Center …": "CDC").
      const from = f.initials.indexOf(acronym[0]!);
      if (
        !loose &&
        from >= 0 &&
        from <= 1 &&
        acronym.length * 10 >= f.initials.length * 6 &&
        inOrder(acronym, f.initials)
      )
        loose = f.name;
    }
    return loose;
  }

  /** How a person's name at `pos` stands in its sentence: opening it, or after a role phrase. */
  #subjectFlags(pos: number): { subject: boolean; roleLed?: string } {
    if (opensSubject(this.#text, pos)) return { subject: true };
    return { subject: false, roleLed: opensAfterRole(this.#text, pos) };
  }

  /** "Marine Ada Lund", "Vermonter Ada Lund", "Year Ada Lund": a run of three words or more, no
   * title, whose first word is no given name and whose second is one. The first is a word of the
   * sentence or an affiliation, not the name's, when the article also writes it in lower case,
   * or its plural ("Friend Ada Lund" beside "friends"); otherwise it may be a given name the lists
   * lack ("Ildefonso …") and stays. "State Examiner Ada Lund": words before the given name, none
   * a given name, whose last the article writes in lower case are off too. With an agent noun
   * last, they are a title the role words lack, the role, so "the examiner" later finds her; so
   * is such a noun opening three words before a given name the lists lack ("Skipper Vesna Ilić"
   * beside "skipper"). */
  #commonWordOff(run: RunReading, start: number): RunReading {
    const words = run.name.split(' ');
    const k = this.#commonLead(words);
    if (!k) return run;
    let at = start + run.offset;
    for (let n = 0; n < k; n++) at = this.#text.indexOf(' ', at) + 1;
    const role = AGENT_NOUN.test(words[k - 1]!) ? words.slice(0, k).join(' ') : '';
    return { ...run, offset: at - start, name: words.slice(k).join(' '), role };
  }

  /** How many words open `words` before the name, as #commonWordOff reads them (0: none). */
  #commonLead(words: string[]): number {
    if (words.length < 3 || isForename(words[0]!)) return 0;
    const k = personNameStart(words) || (words.length === 3 && AGENT_NOUN.test(words[0]!) ? 1 : 0);
    const w = words[k - 1]?.toLowerCase() ?? '';
    return k && (this.#writtenInLowerCase(w) || this.#writtenInLowerCase(w + 's') || agentBeforeName(words)) ? k : 0;
  }

  /** Records one reading of a capitalised run at `start`: an organisation, a person's full name
   * (counted, with role and honorific gender), or a lone name. */
  #addRun(run: RunReading, start: number, singles: Occurrence[], end: number): void {
    if (run.kind === RUN_FULL && !run.role) run = titleObjectOff(this.#text, start + run.offset, run);
    // "Choi Eun-ji": the person is named again by the first word, so that is the key.
    if (run.kind === RUN_FULL && familyFirst(run.name)) run = { ...run, key: surnameOf(run.name).toLowerCase() };
    if (run.kind === RUN_FULL && !run.role && !run.gender) run = this.#commonWordOff(run, start);
    const pos = start + run.offset;
    // "Novatek Pulse 9 Pro", "Acme Galaxy S24": a name with a model number is a product, no
    // speaker, and its first word stays free to name the maker ("according to Novatek"); nor is
    // "Shares of Corrado" anyone's name, nor one after "the" ("at the Ruby Lounge", "the Trump
    // Train"), though its first word is a given name. Nor is a run before a lower-case noun of an
    // administrative area ("farms in Tarn Vale district", "Qastar Sur province"): that is a place.
    if (
      run.kind === RUN_FULL &&
      !run.role &&
      !run.gender &&
      (modelNumberAfter(this.#text, end, !isForename(run.name.slice(0, run.name.indexOf(' ')))) ||
        AREA_AFTER.test(this.#text.slice(end, end + 10)) ||
        makerBefore(this.#text, run.name, pos) ||
        TITLE_THE.test(this.#text.slice(pos - 6, pos)) ||
        afterThe(this.#text, pos) ||
        pluralOfOwner(run.name))
    )
      return;
    if (
      run.kind === RUN_FULL &&
      !run.gender &&
      ((!run.role &&
        (afterOrgNoun(this.#text, pos) ||
          readAsBodyAfter(this.#text, end, !isForename(run.name.slice(0, run.name.indexOf(' ')))))) ||
        ownedBody(this.#text, pos))
    ) {
      this.#describedAsOrg.add(run.name);
      this.#orgNames.push({ pos, name: run.name });
      return;
    }
    // "The Rev Ada Lund kept …", "The curate, the Rev. Ada Lund, kept …": "the" before a title
    // opens the noun phrase the title does, so the name is a subject as it would be without it.
    const subjectAt = run.role && afterThe(this.#text, pos) ? pos - 4 : pos;
    switch (run.kind) {
      case RUN_ORG: {
        // "Shares of Ambry Foods": the body is the name after the plural and "of".
        const of = run.name.indexOf(' of ');
        const owned = of > 0 && PLURAL_BEFORE_OF.test(run.name.slice(0, of)) ? of + 4 : 0;
        this.#orgNames.push({ pos: pos + owned, name: run.name.slice(owned) });
        break;
      }
      case RUN_SINGLE:
        singles.push({ pos, key: run.key });
        break;
      case RUN_PERSON_KEY:
        this.#people.push({ pos, key: run.key, ...this.#subjectFlags(subjectAt) });
        this.#addTitled(run, start);
        break;
      case RUN_FULL: {
        const counts = this.#fullNames.get(run.key) ?? new Map<string, number>();
        // "President Lund's America": a run read across a possessive opens with no one's name.
        if (!counts.has(run.name) && !/['’]s /.test(this.#text.slice(pos, end))) {
          // Its first word, and "Salas" of "Rodrigo Esteban Salas Ortiz": the first of two
          // surnames (a name of three words or more opening with a given name, ending with two
          // words no given name; after "the", "The Ada Lund Show" is a programme).
          const w = run.name.split(' ');
          const k = w.length - 2;
          const two = k > 0 && isForename(w[0]!) && !isForename(w[k]!) && !isForename(w[k + 1]!);
          for (const word of two && !afterThe(this.#text, pos) ? [w[0]!, w[k]!] : [w[0]!]) {
            memo(this.#byFirstWord, word.toLowerCase(), () => []).push({
              pos,
              name: run.name,
            });
          }
        }
        counts.set(run.name, (counts.get(run.name) ?? 0) + 1);
        this.#fullNames.set(run.key, counts);
        const flags = this.#subjectFlags(subjectAt);
        if (run.role && !this.#prescanRole.has(run.name)) this.#prescanRole.set(run.name, run.role);
        // A role phrase in lower case before the name ("Kelsford boss Gary Lind was furious") or an
        // appositive a role noun heads after it ("Ada Lund, the president of Porto Claro, was …")
        // is its role in a sentence with no speech too: a dek's bare "Club president says …" finds
        // its one holder by it.
        const loose = flags.roleLed || appositiveRole(this.#text, start, end);
        if (loose && !this.#looseRole.has(run.name)) this.#looseRole.set(run.name, loose);
        if (describedAsPerson(this.#text, end)) this.#described.add(run.name);
        this.#noteJoined(run.name, pos, end);
        if ((flags.subject || flags.roleLed) && !run.gender)
          this.#subjects.push([end, run.key, givenNameGender(run.name)]);
        this.#people.push({ pos, key: run.key, name: run.name, ...flags });
        this.#addTitled(run, start);
        break;
      }
    }
    // "Mr. Lund" and "Mrs. Lund": the surname is two people's, and tells no gender.
    const had = this.#prescanGender.get(run.key);
    if (run.gender) this.#prescanGender.set(run.key, had && had !== run.gender ? '' : (had ?? run.gender));
  }

  /** Records a person named under a title, and whether "former" stands before the title (a
   * lower-case word outside the capitalised run). */
  #addTitled(run: RunReading, start: number): void {
    // "the Bishop of Kelso": the "name" after a title's "of" is its place, no one's name.
    if (!run.role || / of$/.test(run.role) || this.#titled.length >= MAX_TITLED) return;
    const before = this.#text.slice(Math.max(0, start - 8), start);
    const former = FORMER_BEFORE.test(before) || /^(?:former|ex-)/i.test(run.role);
    this.#titled.push({ pos: start + run.offset, key: run.key, name: run.name, role: run.role, former });
  }

  /** The person the text last named under a title that fits the description `words` (head
   * `head`) before `pos`: "the president" is the last "President …", not a "Vice President …";
   * an office of an organisation ("World Bank President …") only when no plain title fits. */
  #titledBefore(pos: number, words: string[], head: string, qualifiers: readonly string[]): Titled | null {
    const former = words.includes('former');
    let qualified: Titled | null = null;
    for (let k = lowerBound(this.#titled, pos, atPos) - 1, steps = 0; k >= 0 && steps < LOOK_BACK; k--, steps++) {
      const t = this.#titled[k]!;
      if (t.former !== former || !roleFits(t.role, words, head, qualifiers)) continue;
      // A "name" with a pronoun or determiner in it names nobody (notAName).
      if (notAName(t.name)) continue;
      if (orgQualified(t.role, head)) {
        qualified ??= t;
        continue;
      }
      return t;
    }
    return qualified;
  }

  /** The person a title named: the full name as written, or for a surname under a title
   * ("President Lund") the one full name the article gives with that surname, when the full
   * name's given name agrees with the honorific the article gives the surname; else the surname
   * as written (the one "Lund" the article names in full may be the president's wife). */
  #titledPerson(t: { key: string; name: string; role: string }): Entity {
    let name = t.name;
    if (!name.includes(' ')) {
      const fulls = this.#fullNames.get(t.key);
      const full = fulls?.size === 1 ? fulls.keys().next().value! : null;
      const honorific = this.#prescanGender.get(t.key);
      if (full && honorific && honorific === givenNameGender(full)) name = full;
    }
    return this.#entity(name, 'person', this.#prescanRole.get(name) ?? t.role, '');
  }

  /** The fullest name the article gives for a person mention at `pos` ("Orlov" -> "Pavel
   * Orlov"; "Cho" -> "Cho Min-jun"). */
  #fullName(name: string, gender: string, pos: number): string {
    // A lone word may also be the first word of a full name met before it (#firstWordBefore):
    // that name is part of the cache key, as it depends on where the mention stands.
    const opener = name.includes(' ') ? null : this.#firstWordBefore(name.toLowerCase(), pos);
    return memo(this.#fullCache, name + '|' + gender + '|' + (opener ?? ''), () =>
      this.#findFullName(name, gender, opener),
    );
  }

  /** The text around each "died" and after each "victim ", read once: scanning the whole text
   * for each lone surname made a long page's time grow with its square. */
  #deaths: string[] | null = null;
  /** Whether the text gives `full` as dead ("Mira Holt, 9, died", "victim Ada Lund"). */
  #isDead(full: string): boolean {
    this.#deaths ??= [...this.#text.matchAll(/(?:, \d+,)? died|victim /g)].map((m) =>
      m[0] === 'victim '
        ? '\0' + this.#text.slice(m.index + 7, m.index + 87)
        : this.#text.slice(Math.max(0, m.index - 80), m.index) + '\0',
    );
    return this.#deaths.some((s) => s.startsWith('\0' + full) || s.endsWith(full + '\0'));
  }

  /** Names the text writes at least twice, remembered (asked for every pronoun's candidates). */
  #twice = new Map<string, boolean>();
  #writtenTwice(name: string): boolean {
    let twice = this.#twice.get(name);
    if (twice === undefined)
      this.#twice.set(name, (twice = this.#text.indexOf(name, this.#text.indexOf(name) + name.length) >= 0));
    return twice;
  }

  #findFullName(name: string, gender: string, opener: string | null): string {
    const words = name.split(' ');
    const key = words[words.length - 1]!.toLowerCase();
    const counts = opener
      ? new Map([[opener, 1]])
      : (this.#fullNames.get(key) ?? (words.length === 1 && isForename(key) ? this.#byFirstName(key) : undefined));
    if (!counts) return name;
    let best = name;
    let bestCount = -1;
    let fits = 0;
    // The first given name met with the surname: whom the story introduced first.
    let first = '';
    // A word two people bear, one of them named family name first ("Kim Min-jun" and "Kim
    // Soo-ah", "Choi Eun-ji" and "Dana Choi"): which one a lone "Kim" is would be a guess, so neither.
    let anyFamilyFirst = false;
    let passed = 0;
    for (const [full, count] of counts) {
      // Only extend: "Clinton" may become "Hillary Clinton", "Bill Clinton" never does.
      // "Biden" is "Joseph R. Biden Jr.", "Salas" "Rodrigo Esteban Salas Ortiz"; a particle opening
      // a sentence is capitalised ("De Blasio said" is "Bill de Blasio").
      if (!(' ' + full + ' ').toLowerCase().includes(' ' + name.toLowerCase() + ' ')) continue;
      // "Ada Lund" and "Ada Lund Sr.": a suffix tells a parent from a child, so "Lund" is the
      // one the article names without it (the names of one surname that hold another are these).
      if (counts.has(full.slice(0, full.lastIndexOf(' ')))) continue;
      // "Mr. Obama" is not "Michelle Obama".
      const given = givenNameGender(full);
      if (gender && given && given !== gender) continue;
      // "Mrs Lund" when the article names two women Lund: either may be meant, so neither.
      if (gender && given && ++fits > 1) return name;
      passed++;
      if ((anyFamilyFirst ||= familyFirst(full)) && passed > 1) return name;
      // A name opening with a given name beats one opening with any other word: a headline's or
      // a sentence's capitalised word run into a surname ("Understated Lund") is no name. So does
      // a longer form of such a name ("Ildefonso Guajardo Villarreal": a given name the lists lack).
      const givenFirst = (n: string) => isForename(n.slice(0, n.indexOf(' ')));
      // A particle in lower case between two words ("Henk van Dijk") is written only inside a
      // person's name, whose given name the lists may lack; named again by surname, the particle
      // opens it in capitals ("Van Dijk"), which may read as a given name ("Van").
      const named =
        givenFirst(full) ||
        PARTICLE_INSIDE.test(full) ||
        // A capitalised particle opens a surname, not a given name ("Van Dijk" ends "Brouwerij Van Dijk", a firm).
        [...counts.keys()].some(
          (o) => full.endsWith(' ' + o) && givenFirst(o) && !CONNECTORS.has(o.slice(0, o.indexOf(' ')).toLowerCase()),
        );
      // Two people of one surname ("Ann Lund", her father "Ben Lund"): a story names again by
      // surname alone the one it introduced first, however often it names the other in full.
      // But not one the article gives as dead ("Mira Holt, 9, died. Her father, Ben Holt, … Holt
      // said" is the father; "victim Ada Lund"): the dead do not speak.
      const fore = full.slice(0, full.indexOf(' '));
      const living = named && !this.#isDead(full);
      if (living) first ||= fore;
      const score = (living ? 1e6 : 0) + (fore === first ? 1e5 : 0) + count * 10 + full.split(' ').length;
      if (score > bestCount) {
        best = full;
        bestCount = score;
      }
    }
    return best;
  }

  /** The one full name met before `pos` whose first word is `word` (lower case), when no full
   * name ends with it: names written surname first ("Cho Min-jun", "Xi Jinping") are named
   * again by their first word, and so are people by a given name; a Spanish or Portuguese name
   * by the first of its two surnames ("Salas" for "Rodrigo Esteban Salas Ortiz"). Names met
   * inside the longest are its short forms ("Ruiz Cárdenas" of "María Fernanda Ruiz Cárdenas").
   * Null when none or two people were met before, or the word is anyone's surname ("Dana
   * Cho"): a headline in title case
   * makes false full names that open with a surname ("Lund Sees …"), and a surname the article
   * gives is the likelier reading (on the silver pronoun test, letting an earlier first word win
   * over a later surname joined a headline's words to a person). But a first of two surnames
   * named below the headline is its bearer's until the article names anyone whose last word it
   * is ("Lucía Ferrer Olmos … Ferrer said", later "Tomás Aguiló Ferrer"): the one a reader knows. */
  #firstWordBefore(word: string, pos: number): string | null {
    const list = this.#byFirstWord.get(word);
    if (!list) return null;
    const { name, pos: at } = list[0]!;
    // Whoever the article names with the word last ("Dana Cho"); names written family name first
    // are keyed by their first word too, and are no such rival.
    const rival = this.#people.find((p) => p.name && p.key === word && !familyFirst(p.name))?.pos ?? -1;
    if (
      this.#fullNames.has(word) &&
      (familyFirst(name)
        ? rival >= 0 && rival < pos
        : name.toLowerCase().startsWith(word) || at < this.#text.indexOf('\n') || pos > rival)
    )
      return null;
    const met = list
      .slice(0, lowerBound(list, pos, atPos))
      .map((e) => e.name)
      .sort((a, b) => b.length - a.length);
    return met[0] && met.every((n) => met[0]!.includes(n)) ? met[0] : null;
  }

  /** Full person names by their first word (lower case), and by the first of two surnames
   * ("salas" for "Rodrigo Esteban Salas Ortiz"), each once, in order of first meeting. */
  #byFirstWord = new Map<string, { pos: number; name: string }[]>();

  /** Full names that begin with a first name ("Greta" -> "Greta Lindholm"), only when unambiguous;
   * asked only for a word on the forename lists: a maker's name is not its product's first word
   * ("Lumen" is no "Lumen Buds"). The index is built once, on first use. */
  #byFirstName(first: string): Map<string, number> | undefined {
    if (!this.#firstNames) {
      this.#firstNames = new Map();
      for (const counts of this.#fullNames.values()) {
        for (const [full, c] of counts) {
          const key = full.slice(0, full.indexOf(' ')).toLowerCase();
          this.#firstNames.set(key, this.#firstNames.has(key) ? null : new Map([[full, c]]));
        }
      }
    }
    return this.#firstNames.get(first) ?? undefined;
  }

  #entity(name: string, kind: SpeakerKind, role: string | null, gender: string): Entity {
    // "The province’s Department of Works": a lone possessive before a name is its owner, no role.
    if (role && /^\S+['’]s$/.test(role)) role = null;
    const id = kind + ':' + name.toLowerCase();
    let e = this.#entities.get(id);
    if (!e) {
      e = { id: 's' + (this.#order.length + 1), name, kind, role, gender, aliases: new Set(), quoteCount: 0 };
      this.#entities.set(id, e);
      this.#order.push(e);
    }
    if (!e.role && role) e.role = role;
    if (gender && (!e.gender || e.genderGuessed)) {
      e.gender = gender;
      e.genderGuessed = false;
    }
    return e;
  }

  /** True when a one-word name is a surname the article gives in full ("Ada Lund" -> "Lund"). */
  knowsSurname(name: string): boolean {
    return this.#fullNames.has(name.toLowerCase());
  }

  /** False for a one-word "name" that is an ordinary word of the article, capitalised only
   * because it opens a sentence ("Nothing", "Latest", "Holding"): the article also writes it in
   * lower case, or it is a participle, and never gives it as a person's surname or with a title.
   * Nor is a lone letter, the label of an interview's question ("Q: You promised …"). */
  refersToSomeone(m: RawMention): boolean {
    // A name without a digit is asked nothing more: MODEL_NAME took V8 0.6 ms to compile.
    if (
      m.kind === 'name' &&
      (m.name.length < 2 || (/\d/.test(m.name) && MODEL_NAME.test(m.name) && !orgHeadLast(m.name)))
    )
      return false;
    // "After that fiasco, …", "Therefore, …", "When Trump launched …": a preposition, linking
    // adverb or conjunction is no one's name, nor opens a mention of someone.
    // A surname that is such a word ("Al From") is known from the full name.
    const closed = (w: string) => CLOSED_WORDS.has(w.toLowerCase()) && !this.#fullNames.has(w.toLowerCase());
    if (m.kind !== 'pronoun' && (closed(m.name) || closed(/^\S+(?=\s)/.exec(m.text)?.[0] ?? ''))) return false;
    // "Monday's meeting", "last Friday's": a day is a time, no one who speaks ("a Wednesday
    // editorial" is the editorial). Asked only of a name holding "day": V8 compiled the regex
    // (its \p{Ll}) on an article's first call for a quarter of a millisecond.
    if (m.name.includes('day') && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?! \p{Ll})/u.test(m.name))
      return false;
    // 'One ad, "Fresh Start," shows …': a name in quotation marks of its own is a work's title.
    const t = this.#text;
    if (m.kind === 'name' && /["“‘']/.test(t[m.start - 1] ?? '') && /^[,.]?["”’']/.test(t.slice(m.end, m.end + 2)))
      return false;
    if (m.kind !== 'name' || m.role || m.gender || m.name.includes(' ')) return true;
    const key = m.name.toLowerCase();
    if (this.#fullNames.has(key) || /^[A-Z]{2,}$/.test(m.name)) return true;
    // "Asked", "Speaking": a capitalised verb form; not a name with a capital inside ("BuzzFeed").
    if (key.length > 4 && /(?:ing|ed)$/.test(key) && m.name.slice(1) === key.slice(1)) return false;
    // "the Times wrote", "the Post reported": an organisation's head word under the definite
    // article names a paper or a body, however often the text writes the word in lower case.
    if (ORG_HEADS.has(key) && afterThe(this.#text, m.start)) return true;
    // "Staff for the Senate committee said", "Management at Acme said": a common noun that opens
    // its sentence heads a description of the people of the body after "for"/"at".
    if (/^\S+ (?:for|at) (?:the )?\p{Lu}/u.test(m.text)) return true;
    return !this.#writtenInLowerCase(key);
  }

  /** True when the full name `name` met at `pos` stands in apposition ("Her cousin, Eva Roe, runs
   * …": a comma before it, a comma after it) with a first word that is no word the text writes in
   * lower case and differs from `first`, the given name of the surname's usual bearer (itself a
   * given name the tables know): the writer brings in another person of that surname. */
  #appositeOtherGiven(name: string | undefined, first: string, pos: number): boolean {
    if (!name?.includes(' ') || !isForename(first)) return false;
    const word = name.slice(0, name.indexOf(' '));
    return (
      word !== first &&
      /^\p{Lu}\p{Ll}+$/u.test(word) &&
      this.#text.slice(pos - 2, pos) === ', ' &&
      this.#text[pos + name.length] === ',' &&
      !this.#writtenInLowerCase(word.toLowerCase())
    );
  }

  /** True when the text writes `key` (lower case) as a word of its own. The text's lower-case
   * words are gathered in one pass the first time this is asked (a scan of the whole text per
   * word asked, up to 200 a text, was about 5% of a profile on 1 MB of news); a key with a
   * joiner inside it ("o'neill") is looked for in the text itself, a bounded number of times. */
  #writtenInLowerCase(key: string): boolean {
    if (!hasJoiner(key)) return (this.#lowerWords ??= lowerCaseWords(this.#text)).has(key);
    return memo(
      this.#lowerCache,
      key,
      () => this.#lowerCache.size < LOWER_LOOKUPS && hasLowerCaseWord(this.#text, key),
    );
  }

  #lowerWords: Set<string> | null = null;
  #lowerCache = new Map<string, boolean>();

  /** Resolves a mention at its place in the text to an entity and counts one quote for it. */
  resolve(m: RawMention): Resolution | null {
    const found = this.#lookup(m);
    const e = found.entity;
    e.quoteCount++;
    const alias = m.kind === 'name' ? m.name : m.text;
    if (m.kind !== 'pronoun' && alias !== e.name) e.aliases.add(alias);
    // The writer is never whom a later "he" or "she" stands for.
    if (!isWriter(m)) this.#history.push({ pos: m.start, entity: e });
    const mention = { start: m.start, end: m.end, text: this.#text.slice(m.start, m.end) };
    const shortForm = !mention.text.includes(e.name);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      role: e.role,
      mention,
      antecedent: shortForm ? this.#introduction(e) : null,
      candidates: m.kind === 'pronoun' ? found.candidates : 0,
      bareName: e.kind === 'person' && !e.name.includes(' '),
      rivalled: found.rivalled === true,
    };
  }

  /** How many mentions (quotes' and claims' speakers) were resolved to the entity so far: after
   * every mention is resolved, how often the article has it speak. */
  mentionCount(id: string): number {
    return this.#order[Number(id.slice(1)) - 1]?.quoteCount ?? 0;
  }

  /** Where the article first gives the entity's full name (a pronoun's or short form's
   * antecedent; the first occurrence even when it comes after the mention, as in a headline
   * that says "Orlov" over a body that introduces "Pavel Orlov"). */
  #introduction(e: Entity): Mention | null {
    if (e.kind === 'unknown' || e.name.length < 2) return null;
    // Remembered per name (#firstIndexOf): a name the text never spells out whole (a full name
    // put together from parts) would otherwise cost a scan of the whole text for every quote.
    const start = this.#firstIndexOf(e.name);
    return start < 0 ? null : { start, end: start + e.name.length, text: e.name };
  }

  #firstAt = new Map<string, number>();
  /** Where each pair of characters opening with an ASCII capital stands, for #firstIndexOf. */
  #capitalPairs: Map<number, number[]> | null = null;

  /** this.#text.indexOf(name), remembered per name (asked for each quote's speaker and each
   * pronoun's candidates). Each name's first occurrence is a scan of the text up to it: on a
   * long text, after a few names, where each capital and the character after it stand is read
   * once and a name only tried where its first two characters stand (on 1 MB of news the scans
   * were a tenth of the engine's time). Every place the name stands opens with those two, and
   * the lists are in text order, so the first that holds the name is indexOf's answer. */
  #firstIndexOf(name: string): number {
    return memo(this.#firstAt, name, () => {
      const text = this.#text;
      if (this.#capitalPairs === null && text.length > PAIR_INDEX_TEXT && this.#firstAt.size >= PAIR_INDEX_AFTER)
        this.#capitalPairs = capitalPairs(text);
      if (this.#capitalPairs === null || name.length < 2 || !isAsciiUpper(name.charCodeAt(0)))
        return text.indexOf(name);
      for (const at of this.#capitalPairs.get(name.charCodeAt(0) * 65536 + name.charCodeAt(1)) ?? [])
        if (text.startsWith(name, at)) return at;
      return -1;
    });
  }

  /** The mention's entity, with how many entities a pronoun could have meant (0 for names and
   * descriptors). */
  #lookup(m: RawMention): Lookup {
    if (m.kind === 'name') return { entity: this.#lookupName(m), candidates: 0 };
    if (m.kind === 'pronoun') return this.#lookupPronoun(m);
    return { entity: this.#lookupNominal(m), candidates: 0 };
  }

  #lookupName(m: RawMention): Entity {
    if (m.pair) return this.#entity(m.name, 'group', null, '');
    const expanded = this.#acronyms.get(m.name);
    if (expanded) return this.#entity(expanded, 'organization', m.role, '');
    const words = m.name.split(' ');
    const last = words[words.length - 1]!;
    // "the FAA", "China's CDC": initials (after a possessive at most) for a name given earlier.
    if (/^[A-Z]{2,6}$/.test(last) && (words.length === 1 || (words.length === 2 && /['’]s$/.test(words[0]!)))) {
      const long = this.#acronyms.get(last) ?? this.#longFormOf(last, m.start);
      if (long) return this.#entity(long, 'organization', m.role, '');
    }
    // "the Courier’s Ann Lund": a given name and a surname after an owner's possessive are the
    // person's own name (the owner is the employer). So after a plural's ("the Greens’ Ada Roe"),
    // whose apostrophe the name's words lost: the text still shows it.
    const owner = words.findIndex(
      (w, k) =>
        k < words.length - 2 &&
        (clean(w) !== w || pluralOwner(this.#text.slice(m.start, m.end), w)) &&
        isForename(words[k + 1]!),
    );
    // "The New Yorker", "The Hill": a name under the definite article, with no title, is an
    // organisation or publication; people are not named that way.
    const definiteName = !m.role && owner < 0 && m.text.startsWith(m.name) && afterThe(this.#text, m.start);
    // "the Dutchman", "the Brazilian", "the Iraqi": a nationality standing for a person describes
    // someone named near it, never an organisation (nor is it a name of its own).
    if (definiteName && words.length === 1 && DEMONYM.test(last)) {
      const gender = last.endsWith('woman') ? 'f' : last.endsWith('man') ? 'm' : '';
      return this.#describedPerson(m.start, gender, '') ?? this.#entity(last, 'person', null, gender);
    }
    // "Transit Workers Local 412 President Ada Roe": a title and a given name after a body's name
    // holding a number open the person's name (the number only keeps the body from being read);
    // the body and the title are the role.
    const numbered = words.findIndex((w) => isDigit(w.charCodeAt(0)));
    const title =
      numbered < 0
        ? -1
        : words.findIndex(
            (w, k) =>
              k > numbered && k < words.length - 2 && ROLE_WORDS.has(w.toLowerCase()) && isForename(words[k + 1]!),
          );
    if (title > 0)
      return this.#lookupName({
        ...m,
        name: words.slice(title + 1).join(' '),
        role: words.slice(0, title + 1).join(' '),
      });
    if (
      ORG_HEADS.has(last.toLowerCase()) ||
      // "Nana Kwame Asante II": a regnal or family numeral ends a person's name, no initials.
      (/^[A-Z]{2,}$/.test(last) && !GENERATION.test(last)) ||
      definiteName ||
      // "Lee County", "promoter Bell Arena": a place's or a venue's common noun ends no person's
      // name unless a given name or an honorific opens it ("Ann Park", "Mr. Ed Bridge").
      (words.length > 1 && PLACE_HEADS.has(last.toLowerCase()) && !m.gender && !isForename(words[0]!)) ||
      this.#describedAsOrg.has(m.name) ||
      orgBeforeConnector(words) ||
      // "Procter & Gamble", "Texas A&M": an ampersand joins a firm's or a school's name, no person's.
      m.name.includes('&') ||
      // "Radio 5 Live", "Channel 4 News": nor is a number part of one.
      words.some((w) => isDigit(w.charCodeAt(0))) ||
      // "the insurer Aviva", "Aviva, the insurer,": one word under a role that names a kind of
      // body (a two-word name keeps its person: "publisher Ada Lund"); so does a longer name
      // opening with no given name whose role's head names one ("Refugee Harbour, a charity that …").
      (!!m.role &&
        (words.length === 1
          ? ORG_APPOSITIVE_NOUNS.has(m.role.slice(m.role.lastIndexOf(' ') + 1).toLowerCase())
          : !isForename(words[0]!) && ORG_APPOSITIVE_NOUNS.has(roleHead(m.role))))
    )
      return this.#entity(m.name, 'organization', m.role, '');
    // "Critics say", "Opponents argue": a plural common noun capitalised only because it opens
    // the sentence is a group, not a person (a surname such as "Sanders" is known in full).
    if (
      words.length === 1 &&
      !m.role &&
      !m.gender &&
      GROUP_PLURAL.test(last) &&
      !this.#fullNames.has(last.toLowerCase())
    )
      return this.#entity(m.name, 'group', null, '');
    // "Shares of Acme Corp", "Residents of Eastgate": such a plural before "of" heads the phrase;
    // the name after "of" is what it belongs to, so the phrase is a group, never a person. So is
    // "Family of Ada Lund, 27," whose age read as a role is hers, not the phrase's.
    if (
      words.length >= 3 &&
      pluralOfOwner(m.name) &&
      (!m.role || isForename(words[2]!)) &&
      !m.gender &&
      !this.#fullNames.has(words[0]!.toLowerCase())
    )
      return this.#entity(m.name, 'group', null, '');
    // "N.C.", "R-S.C.": a state's or country's initials are no person.
    if (/^(?:[A-Z]-)?(?:[A-Z]\.){2,}$/.test(m.name)) return this.#entity(m.name, 'organization', m.role, '');
    // Most names are one or two words: only longer ones are searched for a name inside them.
    let named = m.name;
    if (words.length >= 3) {
      const cleaned = owner >= 0 ? [] : words.map(clean);
      const start = owner >= 0 ? owner + 1 : personNameStart(cleaned) || this.#commonLead(cleaned);
      const of =
        m.role || !m.name.includes(' of ') || words.some((w) => ROLE_WORDS.has(w.toLowerCase()))
          ? -1
          : placeAfterName(words.map((w) => w.toLowerCase()));
      named = words.slice(start, of > start ? of : words.length).join(' ');
    }
    // "Kelso's Roe said" after "Ada Roe": the owner is her employer or country, not her name
    // (nor is "Kelso Roe", the run read across the possessive).
    else if (/['’]s$/.test(words[0]!) && this.#fullName(last, m.gender, m.start) !== clean(words[0]!) + ' ' + last)
      named = last;
    const full = this.#fullName(named, m.gender, m.start);
    // A given name alone on the lists ("Apple", "Chelsea", "Mercedes" said) may be a firm's or a
    // club's: it shows a gender only before a surname.
    const gender =
      m.gender || this.#prescanGender.get(last.toLowerCase()) || (full.includes(' ') ? givenNameGender(full) : '');
    const role = m.role ?? this.#prescanRole.get(full) ?? null;
    // One capitalised word with no given name, title, honorific or role anywhere in the article
    // ("Roscosmos said") may be an agency, a company or a person: its kind is not known.
    const kind = full.includes(' ') || gender || role || this.#fullNames.has(last.toLowerCase()) ? 'person' : 'unknown';
    // "Aldmoor said" after "Aldmoor Motor Co.": a firm is named again by its first word.
    const org = kind === 'unknown' ? this.#orgOpenedBy(last, m.start) : null;
    if (org) return this.#entity(org, 'organization', null, '');
    return this.#entity(full, m.label ? 'person' : kind, role, gender);
  }

  #lookupPronoun(m: RawMention): Lookup {
    if (isWriter(m)) return { entity: this.#entity(this.#writer, 'person', WRITER_ROLE, ''), candidates: 1 };
    if (m.name === 'he' || m.name === 'she') {
      // The name speaking earlier in the same sentence, unless what we know of its gender disagrees.
      // Its surname is read with the pronoun's gender ("Clinton … she": Hillary, not Bill).
      const ante = m.antecedent;
      const known = !ante?.bySubjectOnly || this.#lookup(ante).entity.kind === 'person';
      const named = ante && known ? this.#lookup(ante.gender ? ante : { ...ante, gender: m.gender }).entity : null;
      // A given name opening the sentence that the pronoun's gender disagrees with ("Connor had
      // “…”, she said") is the person spoken about, not the speaker: the surname reading of the
      // pronoun's gender ("Clinton … she") fits only a name that is not the card's given name.
      const given = ante && !ante.gender ? forenameGender(ante.name) : '';
      // "Lund calls it “…”; she calls it “…”" after "Tom Lund" alone: past his quote or a semicolon,
      // a surname the pronoun's gender finds no other bearer of is his, and "she" someone else.
      // (Not in his own clause: "Graham assures them he will …" keeps a Lindsey Graham.)
      const bare =
        ante &&
        named?.name === ante.name &&
        m.gender &&
        !ante.gender &&
        /[;”"]/.test(this.#text.slice(ante.end, m.start))
          ? this.#lookup(ante).entity.gender
          : '';
      if (
        named?.kind === 'person' &&
        !(bare && bare !== m.gender) &&
        (!m.gender || named.gender === m.gender) &&
        !(given && m.gender && given !== m.gender && (named.name + ' ').startsWith(ante!.name + ' '))
      ) {
        return { entity: named, candidates: 1 };
      }
      return this.#antecedent(m.start, m.gender);
    }
    // "it"/"they": the nearest organisation or group before, whether it spoke or was only named.
    let spoke: { pos: number; entity: Entity } | null = null;
    for (let k = this.#history.length - 1; k >= 0 && k >= this.#history.length - 4; k--) {
      const h = this.#history[k]!;
      // A name of unknown kind that spoke ("Roscosmos said …") is no person for "it" to skip.
      // A description of a person ending in a role ("Acme's chief executive") is no body for "it".
      const unknownName =
        m.name === 'it' &&
        h.entity.kind === 'unknown' &&
        /^\p{Lu}/u.test(h.entity.name) &&
        !ROLE_WORDS.has(h.entity.name.split(' ').pop()!.toLowerCase());
      if (h.entity.kind === 'organization' || h.entity.kind === 'group' || unknownName) {
        spoke = h;
        break;
      }
    }
    const named = this.#lastOrgOccurrence(m.start);
    // "The Zephyr 9 went on sale in May. … it said": a model with a number opening a sentence
    // after the organisation is what "it" stands for, and a product does not speak.
    if (m.name === 'it') {
      const from = Math.max(named?.pos ?? 0, spoke?.pos ?? 0, m.start - 400);
      if (opensWithProduct(this.#text.slice(from, m.start)))
        return { entity: this.#entity(m.name, 'unknown', null, ''), candidates: 0 };
    }
    // A thing or a document that opens a sentence after the organisation is what "it" stands
    // for ("The memo … it stated"), unless the organisation is that sentence's subject and the
    // thing is its own ("The X campaign sent an email … it read"). "They" agrees with a body
    // named in the plural or a group, or with a singular body when no plural of people or pair of
    // names stands between ("the protesters … they chanted").
    const antePos = Math.max(named?.pos ?? -1, spoke?.pos ?? -1);
    // "Acme Corp. and Brill Group both cut …": "it" after two bodies joined by "and" is either.
    const other = m.name === 'it' && named && named.pos === antePos ? this.#lastOrgOccurrence(named.pos) : null;
    if (other && /^ and (?:the )?$/.test(this.#text.slice(other.pos + other.name.length, named!.pos)))
      return { entity: this.#entity(m.name, 'unknown', null, ''), candidates: 0 };
    // "The staff letter … it said", "wrote in the affidavit. It continued:": a document named
    // after the last organisation (or where one names a thing as above) speaks through "it".
    const thing =
      m.name === 'it' && THING_CUE.test(this.#text.slice(m.end, m.end + 24)) ? thingBefore(this.#text, m.start) : null;
    // A document in the body's own sentence is the body's ("X published its report … it said"),
    // and so is one the body's name qualifies ("a Reuters report … the report … it added").
    const issued =
      !!named &&
      THING_NOUNS.has(
        /^(?:['’]s)? ([a-z-]+)/.exec(
          this.#text.slice(named.pos + named.name.length, named.pos + named.name.length + 24),
        )?.[1] ?? '',
      );
    if (thing && !issued && thing.start > antePos && sentenceStartBefore(this.#text, thing.start) > antePos)
      return {
        entity: this.#issuerOf(descriptorHead(thing.name), m.start) ?? this.#lookupNominal(thing),
        candidates: 1,
      };
    // "The protesters marched … they chanted": plural people nearer than any body.
    const people = m.name === 'they' ? thingBefore(this.#text, m.start, true, this.#fullNames) : null;
    // "Ruiz and Okafor argued … they said": two people the article names in full, nearer than
    // any body or plural people.
    const pair = m.name === 'they' ? pairBefore(this.#text, m.start, this.#fullNames) : null;
    if (pair && pair.start > antePos && (!people || pair.start > people.start))
      return { entity: this.#entity(pair.name, 'group', null, ''), candidates: 1 };
    // "Mexican officials polled the United States … they said": people before the body in its
    // own sentence are its subject, and the body only an object there.
    if (people && (people.start > antePos || sentenceStartBefore(this.#text, antePos) <= people.start))
      return { entity: this.#lookupNominal(people), candidates: 1 };
    if (antePos >= 0) {
      // Read at most THING_REACH characters back, so the cost stays linear in the article.
      const reachFrom = Math.max(0, m.start - THING_REACH);
      const between = this.#text.slice(Math.max(reachFrom, sentenceStartBefore(this.#text, antePos)), m.start);
      const anteName = named && (!spoke || named.pos > spoke.pos) ? named.name : spoke!.entity.name;
      // A name's field after "on" is no head: "Council on Trade Talks" is one body.
      const singularBody =
        !(spoke && spoke.pos >= antePos && spoke.entity.kind === 'group') && !/s$/.test(anteName.split(' on ')[0]!);
      // A body last named as the place where something happened or someone works ("killed at X
      // School", "an expert at X University") is a venue there, not what "it" is about.
      const venue =
        !!named && named.pos === antePos && VENUE_BEFORE.test(this.#text.slice(Math.max(0, antePos - 12), antePos));
      if (
        venue ||
        (m.name === 'it' &&
          !thing &&
          thingOpensSentence(between, anteName.slice(anteName.lastIndexOf(' ') + 1).toLowerCase())) ||
        (m.name === 'they' &&
          singularBody &&
          PEOPLE_BETWEEN.test(this.#text.slice(Math.max(reachFrom, antePos - 120), m.start)))
      )
        return { entity: this.#entity(m.name, m.name === 'they' ? 'group' : 'unknown', null, ''), candidates: 0 };
    }
    const candidates = named || spoke ? 1 : 0;
    if (named && (!spoke || named.pos > spoke.pos))
      return { entity: this.#entity(named.name, 'organization', null, ''), candidates };
    return {
      entity: spoke?.entity ?? this.#entity(m.name, m.name === 'they' ? 'group' : 'unknown', null, ''),
      candidates,
    };
  }

  /** The one issuer of the `head` documents introduced in the THING_BACK characters before `to`:
   * "X said in / issued / released a report", "a report from X", "a survey (conducted) by the X",
   * "a study led by researchers at X", "the CBO's analysis", "the report from X", "In a
   * statement, X said" (not "Asked about a statement, X said": who answers one did not issue it),
   * "a news release from X". An indefinite one with none ("a report", "a report commissioned by
   * X": who pays for a report did not write it) is a document of its own, so two documents leave
   * it unknown; a definite one with none is a document named again. Titles and sentence openers
   * are dropped ("President Lund released"; "One provided a document": an opener is no name, as
   * refersToSomeone says). */
  #issuerOf(head: string, to: number): Entity | null {
    const issuers = new Set<string>();
    const base = Math.max(0, to - THING_BACK);
    const window = this.#text.slice(base, to);
    let spoke: Entity | undefined;
    for (const x of window.matchAll(issuerPattern(head))) {
      // "The utility said in a statement …. “…,” the statement said": an issuer the text describes
      // is the speaker the engine found for that "said", the last one before it in its sentence:
      // a name, or a body the text gives only by its noun ("The university said in a statement
      // …. The statement said": the reader wants the university, not the document).
      // A pronoun before "said in" ("She said in a statement") is such a speaker too.
      const pronoun = /^(?:He|She|It|They) said in /.test(x[0]) ? x[1]!.length : 0;
      const at = base + x.index + pronoun;
      if (pronoun || (!x[1] && x.index >= 8 && window.slice(x.index - 8, x.index) === 'said in ')) {
        const h = this.#history.findLast((h) => h.pos < at);
        if (h && h.pos >= sentenceStartBefore(this.#text, at) && h.entity.kind !== 'document') {
          issuers.add((spoke = h.entity).name);
          continue;
        }
      }
      // "a report from the State Department's archive", "a statement issued by the Sanders
      // campaign": the name qualifies the issuer, which the text does not name.
      // "The harbour board released a study": a body named by its noun (lower case, unlike a
      // name) is the issuer as the text names it, resolved as that noun is; another noun ("the
      // crew") names none.
      if (x[2]) {
        issuers.add(ORG_NOUNS.has(x[2].split(' ').at(-1)!) ? x[2] : '');
        continue;
      }
      const rest = window.slice(x.index + x[0].length);
      const next = (x[3] ?? x[4]) ? /^(?:['’]s\b| ([a-z]+))?/.exec(rest)! : null;
      const owned = next && (/^['’]/.test(next[0]) || ORG_NOUNS.has(next[1] ?? '') || ROLE_WORDS.has(next[1] ?? ''));
      // "a report by the Federal Reserve's inspector general": an office the name holds (one or
      // two role words) is named, so it is the issuer, named whole.
      const held = next && /^(['’]s) ([a-z]+)(?: ([a-z]+))?/.exec(rest);
      if (held && ROLE_WORDS.has(held[2]!)) {
        issuers.add(`${x[3] ?? x[4]}${held[1]} ${held[2]}${ROLE_WORDS.has(held[3] ?? '') ? ' ' + held[3] : ''}`);
        continue;
      }
      const run = (owned ? '' : (x[3] ?? x[1] ?? x[4] ?? x[5] ?? '')).replace(/(?<!\.\S*)\.$/, '').split(' ');
      while (run.length > 1 && (RUN_OPENERS.has(run[0]!) || ROLE_WORDS.has(run[0]!.toLowerCase()))) run.shift();
      // "a report from March": a time, no issuer.
      issuers.add(MONTH_NAMES.includes(run[0]!) ? '' : run.join(' '));
    }
    const [issuer] = issuers;
    if (spoke) return issuers.size === 1 ? spoke : null;
    const raw = issuer && this.#raw(this.#text.lastIndexOf(issuer, to), issuer);
    if (raw && issuers.size === 1 && /['’]s |^[a-z]/.test(issuer))
      return this.#lookupNominal({ ...raw, kind: 'nominal' });
    return issuers.size === 1 && raw && this.refersToSomeone(raw) ? this.#lookupName(raw) : null;
  }

  /** `name` written at `start` as a name's mention. */
  #raw(start: number, name: string): RawMention {
    return { start, end: start + name.length, text: name, kind: 'name', name, role: null, gender: '' };
  }

  #lookupNominal(m: RawMention): Entity {
    // Nominal: "the ministry", "the minister", "a source familiar with the matter", "officials".
    const words = m.name.toLowerCase().split(' ');
    // "spokesman for the Foreign Office": the role word heads the phrase, not the organisation.
    const head = descriptorHead(m.name);
    // "The tweet from Harbour Weekly reads, …", "a letter by Ada Lund": a message speaks for the
    // one it came from; the card names them, not "tweet".
    if (MESSAGE_NOUNS.has(head)) {
      const from = SENDER_AFTER.exec(m.text);
      if (from) return this.#lookupName(this.#raw(m.start + from.index + from[0].length - from[1]!.length, from[1]!));
    }
    // "…, said Ada Roe, a 24-year-old hairdresser, who said …": a relative "who" right after a
    // name's appositive (no preposition in it, so no other noun "who" may hang on) stands for the
    // name; the appositive only describes.
    if (m.text === 'who') {
      const host = NAME_APPOSITIVE_BEFORE.exec(this.#text.slice(Math.max(0, m.start - 120), m.start));
      if (host?.[2]!.endsWith(m.name)) {
        const e = this.#lookupName(this.#raw(m.start - host[0].length, host[1]!));
        if (e.kind === 'person') return e;
      }
    }
    // "a spokeswoman for the group": the body the noun stands for, when the text has named one,
    // so the card says whose voice it is.
    const spokenFor = /^(\S+) for the (\S+)$/.exec(m.name);
    if (spokenFor && head === spokenFor[1]!.toLowerCase() && ORG_NOUNS.has(spokenFor[2]!)) {
      const body = this.#lastOrg(m.start, spokenFor[2]!);
      if (body) return this.#entity(`${spokenFor[1]} for ${body.name}`, 'unknown', null, '');
    }
    // "the Oklahoma Republican": the article may stand before a capitalised descriptor.
    // "the Democratic nominee": capitalised modifiers may stand between the article and the head.
    const definite =
      /^the\b/i.test(m.text) ||
      /(?:^|[^\w])[Tt]he\s(?:[A-Z][\w-]*\s){0,2}$/.test(this.#text.slice(Math.max(0, m.start - 40), m.start));
    // "In a statement, Acme Homes said …. “…,” a spokesman said": a bare indefinite spokesman
    // speaks for the one speaker within a sentence end (a paragraph break counting as one) when
    // that is an organisation, so the card says whose voice it is; a person, two speakers or none
    // leave "spokesman": a wrong voice is worse.
    if (
      /^an? (?:spokes(?:man|woman|person)|representative)$/i.test(m.text) &&
      !/^ (?:for|of|to|at)\b/.test(this.#text.slice(m.end, m.end + 5))
    ) {
      const near = new Set(
        this.#history
          .slice(-LOOK_BACK)
          .filter((h) => h.pos < m.start && atMostOneSentenceEnd(this.#text, h.pos, m.start + 1, true))
          .map((h) => h.entity),
      );
      const [body] = near;
      if (near.size === 1 && body!.kind === 'organization')
        return this.#entity(`${m.name} for ${body!.name}`, 'unknown', null, '');
    }
    if (definite) {
      const described = this.#appositiveHolder(m);
      if (described) return described;
    }
    // "The family's lawyer says …" in a headline or dek: the one person the body gives that noun
    // in an apposition or a title before the name ("Ada Roe, the family's lawyer,", "family lawyer
    // Ada Roe", "the victim's mother, Ada Roe"), when each word before the noun is in each such
    // description too, and no word that makes it another office ("the artistic director").
    // Two people given the noun, or one description without the dek's words, leave it as written.
    if (
      (ROLE_WORDS.has(head) || PERSON_HEADS.has(head)) &&
      /^[a-z-]+$/.test(head) &&
      lineBreaks(this.#text, 0, m.start) < 2
    ) {
      const d = String.raw`((?:[\p{L}'’-]+ ){0,3}?${head})`;
      const n = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})`;
      let one: Entity | null | undefined;
      for (const x of this.#text
        .slice(m.end, m.end + APPOSITIVE_WINDOW)
        .matchAll(
          RegExp(`${n}, (?:the|an?|his|her|their|its) ${d}(?=[,.;]| (?:of|for|at|to)\\b)|\\b${d},? ${n}`, 'gu'),
        )) {
        const got = x[1] ?? x[4]!;
        const desc = (x[2] ?? x[3]!).toLowerCase();
        const e = this.#personByKey(surnameOf(got).toLowerCase());
        one =
          e &&
          one !== null &&
          (one ?? e) === e &&
          (got.endsWith(e.name) || e.name.endsWith(got)) &&
          words.every((w) => w === 'the' || desc.includes(w.replace(/['’]s$/, '').slice(0, 5))) &&
          !desc.split(' ').some((w) => OFFICE_CHANGERS.has(w) && !words.includes(w))
            ? e
            : null;
      }
      if (one && this.#isPlausiblePerson(one)) return one;
    }
    // "…, council says" in a headline or dek (the text's first two lines): the one body the
    // article names with that noun in its name, named in the body below, when each word before
    // the noun is in that name too, by its first five letters ("disaster agency": "National
    // Disaster Management Agency"; a "state agriculture department" is not the "India
    // Meteorological Department").
    // With no body of that noun, the one body named by a noun of its kind (NOUN_FITS: an agency's
    // "Council", a union's "Association") when a word stands before the noun ("The disaster agency
    // says" and the "Ostland Disaster Relief Council"; a bare "The agency says" stays as written).
    // A bare noun whose kind a name states outright, a company's ("The insurer says" and "Harbour
    // Mutual Insurance Co.") or a ministry's ("… Department of Transport"), joins too: the one such,
    // when no body whose name says no kind ("Skyvale", "Hartley & Sons") is named apart from it; a
    // "Group" or "Holdings" is often the parent of the company the story is about, so not one such.
    const bare = NOUN_FITS[head] === NOUN_FITS.company || head === 'ministry';
    if ((ORG_NOUNS.has(head) || bare) && lineBreaks(this.#text, 0, m.start) < 2) {
      const worded = words[1] && words.at(-2) !== 'the';
      const kinds = worded || bare ? (NOUN_FITS[head]?.split(' ') ?? []) : [];
      const [name, other] = new Set(
        (this.#orgsByWord().get(head) ?? this.#orgNames.filter((o) => nameFits(kinds, o.name))).map((o) => o.name),
      );
      if (
        name &&
        !other &&
        words.every((w) => w === 'the' || w === head || name.toLowerCase().includes(w.slice(0, 5))) &&
        (worded ||
          !bare ||
          this.#orgsByWord().has(head) ||
          (!/^(?:group|holdings)$/.test(nameHead(name)) &&
            this.#orgNames.every(
              (o) =>
                name.startsWith(o.name) ||
                o.name
                  .toLowerCase()
                  .split(' ')
                  .some((w) => KIND_WORDS.has(w)),
            )))
      )
        return this.#entity(name, 'organization', null, '');
    }
    // "the watchdog", "the operator": nouns of a kind of body speaker-mentions need not know.
    if (definite && (ORG_NOUNS.has(head) || Object.hasOwn(NOUN_FITS, head))) {
      const org = this.#lastOrg(m.start, head);
      // "the treasurer's office", "the mayor's office": a possessive before the noun names whose
      // body it is; one named before without that owner in its name is another body.
      // "the Qastari ministry" after "Ostland's foreign ministry": a proper adjective before the
      // noun names the body as well, so the last ministry without it is another one.
      const owner =
        words.find((w, k) => k < words.length - 1 && /['’]s$/.test(w))?.slice(0, -2) ??
        (words[0] !== 'the' && words.length > 1 && isUpperCase(m.name.charCodeAt(0)) ? words[0] : undefined);
      // "the campaign committee" after "the Federal Council": a noun before the noun names the
      // body's business, so a body of another kind (a council) without that word is another one.
      // Adjectives ("the federal agency") only describe.
      const kind = m.text.split(' ').at(-2) ?? '';
      // A company's trade ("the networking equipment maker") is not in its name: no rival kind.
      if (
        org &&
        NOUN_FITS[head] !== NOUN_FITS.company &&
        /^[a-z]+$/.test(kind) &&
        !/^the$|(?:al|ic|an|ry|ve|sh|se)$/.test(kind) &&
        // A ministry is named by its portfolio: "the finance ministry" after the "Health Ministry"
        // is another one ("labour" and a "Ministry of Labor": four letters). Else a body of the
        // same head is this one ("" is in every name).
        !org.name
          .toLowerCase()
          .includes(nameHead(org.name) !== head ? kind : head === 'ministry' ? kind.slice(0, 4) : '')
      )
        return this.#entity(m.name, 'organization', null, '');
      if (org && !owner && head === 'ministry' && this.#ministerRival(org.name.toLowerCase(), m.start))
        return this.#entity(m.name, 'organization', null, '');
      if (org && (!owner || org.name.toLowerCase().includes(owner))) return org;
      const named = owner && this.#lastOrg(m.start, owner);
      if (named && named.name.toLowerCase().includes(head)) return named;
      // "Acme Home Products is recalling …, the company said" (or "the retailer", "the utility"):
      // with no name the noun fits, the body whose name opens the paragraph is the company
      // reporting on itself.
      // "Harwick Rovers have sacked …, the club said": a club's name need not say it is one.
      const lead =
        !owner &&
        (NOUN_FITS[head] === NOUN_FITS.company || head === 'club' || head === 'team') &&
        this.#storyLead(m.start);
      if (lead) return this.#entity(lead[0], 'organization', null, '');
      // "In a statement, Corvane said …. The company said", "NASA said …. the agency said": a name
      // with no word of a body's kind in it ("Board", "Ministry", "Inc") does not say what it is,
      // so the noun is the text saying it, when that body is the one speaker of this sentence and
      // the one before and no other body is named since.
      // Walking back from the latest, the first one more than a sentence away ends the search:
      // the ones before it are farther still, and each test scans the text between.
      const near: { pos: number; entity: Entity }[] = [];
      for (let k = this.#history.length - 1; !owner && k >= 0 && k >= this.#history.length - LOOK_BACK; k--) {
        const h = this.#history[k]!;
        if (h.pos >= m.start) continue;
        if (!atMostOneSentenceEnd(this.#text, h.pos, m.start + 1, true)) break;
        near.unshift(h);
      }
      const body = near[0]?.entity;
      // "Acme's chief executive, Ada Roe, said …. The company said" ("Acme chief executive Ada Roe
      // said"): a company noun after a person, the one speaker of this sentence and the one before,
      // whose title is a firm's office after a name in capitals, is that employer. Only an office
      // of a firm: "Texas oil executive" and "Finance Committee chairman" name a place and a body of
      // another kind, not the company; "Former" is no part of the name. The owner may follow the
      // office ("the chief executive of Acme", "the site director at Acme"; a president "of" names a
      // country as often) or own it with one word more ("Acme's site director"; "Tarn's mayor" is
      // no firm's office). Two people of two firms in reach leave the noun as written, and so does
      // an owner that is a pronoun ("Its president, Ada Roe, said"): the firm is another word's.
      const employer =
        body?.kind === 'person' &&
        NOUN_FITS[head] === NOUN_FITS.company &&
        near.every((h) => h.entity === body) &&
        /^(?:[Ff]ormer |[Aa]cting |[Ii]nterim )?(?:[a-z ]*(?!president)(?:chief|executive|operating|financial|officer|vice|president|chair(?:man|woman)?|spokes(?:man|woman|person)|founder|managing|director) (?:of|at) (\p{Lu}[^ ]*?(?: \p{Lu}[^ ]*?)*?)|(?!Its )(\p{Lu}[^ ]*?(?: \p{Lu}[^ ]*?)*?)(?:['’]s(?: [a-z]+)?)?(?: (?:chief|executive|operating|financial|officer|vice|president|chair(?:man|woman)?|spokes(?:man|woman|person)|founder|managing|director)){1,3})$/u.exec(
          body.role ?? '',
        );
      const firm = employer && (employer[1] ?? employer[2])!;
      if (
        firm &&
        !firm
          .toLowerCase()
          .split(' ')
          .some((w) => KIND_WORDS.has(w))
      )
        return this.#entity(firm, 'organization', null, '');
      const names = this.#orgNames;
      // "The automobile club ADAC said …. The transport ministry said": a kind noun the body was
      // described by ("club", the last word of its role) said what it is; a noun of a kind that
      // one does not fit ("ministry") is another body.
      const called = body?.role?.split(' ').at(-1) ?? head;
      if (
        body?.kind === 'organization' &&
        (called === head || !KIND_WORDS.has(called) || NOUN_FITS[called]?.includes(head)) &&
        near.every((h) => h.entity === body) &&
        isUpperCase(body.name.charCodeAt(0)) &&
        !body.name
          .toLowerCase()
          .split(' ')
          .some((w) => KIND_WORDS.has(w)) &&
        names
          .slice(lowerBound(names, near[0]!.pos + 1, atPos), lowerBound(names, m.start, atPos))
          .every((o) => o.name === body.name)
      )
        return body;
      return this.#entity(m.name, 'organization', null, '');
    }
    // "Opposition Leader calls plan 'a con'": a bare title in capitals (a headline's or lede's,
    // often before the holder is named) is the one person the whole article gives that role;
    // with two such it stays as written. A given name in the run ("Ada Lund Hammers Port
    // Chief") is a headline's subject misread as the title's, not a bare title.
    if (
      !definite &&
      ROLE_WORDS.has(head) &&
      /^(?:\p{Lu}\S* ?)+$/u.test(m.text) &&
      !words.some((w) => isForename(w) && !ROLE_WORDS.has(w))
    ) {
      const known = this.#roleHolder(head, words, descriptionQualifiers(m.name, head));
      if (known) return known;
    }
    if (definite && ROLE_WORDS.has(head)) {
      // "the former president": a role read from a capitalised title does not say "former"
      // (a lower-case word before it), so a speaker's role cannot show it: the titles can.
      const former = words.includes('former');
      const qualifiers = descriptionQualifiers(m.name, head);
      const titled = this.#titledBefore(m.start, words, head, qualifiers);
      for (let k = this.#history.length - 1; k >= 0 && k >= this.#history.length - LOOK_BACK; k--) {
        // A holder of the role titled after the speaker's last turn ("…," said Ada Roe, the
        // union's secretary general. ¶ Transport Secretary Eva Lund met them. The secretary said …)
        // is the nearer one meant.
        if (titled && this.#history[k]!.pos < titled.pos) break;
        const e = this.#history[k]!.entity;
        if (e.kind === 'person' && e.role && !former && roleFits(e.role, words, head, qualifiers)) return e;
        // "A spokeswoman for the council said … the spokeswoman added": the one described before.
        if (words.length === 1 && e.name.toLowerCase().startsWith(`${head} for `)) return e;
      }
      if (titled) return this.#titledPerson(titled);
      // "The former chief executive of Acme Bank told …" after "Former CEO Ada Roe says": the body
      // after "of" is the office's, which a title before a name leaves out; the one person the
      // whole text titles so, named before, is the one meant (two such leave it as written). A
      // place after "of" ("the president of Ostland") names another office.
      const fits =
        ORG_HEADS.has(words.at(-1)!) && qualifiers.every((q) => words.lastIndexOf(q) > words.indexOf('of'))
          ? this.#titled.filter((t) => t.former === former && roleFits(t.role, words, head))
          : [];
      if ((fits[0]?.pos ?? m.start) < m.start && fits.every((t) => t.key === fits[0]!.key))
        return this.#titledPerson(fits[0]!);
      const known = former ? null : this.#roleHolder(head, words, qualifiers);
      if (known) return known;
      // "the Oklahoma Republican", "the billionaire": a definite description of the person the
      // text has just been about, not a name of its own. Only a person who opens this sentence
      // or the one before is taken; further back, or when the person was not the subject,
      // the description stays as written (on PolNeAR train a wider reach named the wrong person
      // about one time in four).
      // "The mayor of Hvalvik said" names its office by place: not whoever spoke last; nor is
      // an office ("the mayor") someone the text gives another role ("Defence lawyer X").
      if (DESCRIBING_HEADS.has(head) && !words.includes('of')) {
        const topic = this.#recentSubject(m.start);
        if (topic && !(topic.role && OFFICE_HEADS.has(head) && !roleFits(topic.role, words, head, qualifiers)))
          return topic;
      }
    }
    // "Acme Corp said in a statement … “…,” the statement said", "according to a news release from
    // the X Police Department. “…,” the release said", "The Ministry of Health released
    // a report. The report said", "A report from Kotak found … The report also found": a document
    // speaks for the one the text gave as issuing it, when it is the one document of its noun
    // introduced within THING_BACK characters.
    if (definite && THING_NOUNS.has(head)) {
      const issuer = this.#issuerOf(head, m.start);
      if (issuer) return issuer;
    }
    // "A senior official said …. '…,' the official said": a bare singular description is the one
    // speaker in reach (2,000 characters) described by its head noun: a description ending with it
    // (a possessive's too: "The council's report says … According to the report"), or a person
    // whose sentence gives it, then a comma that closes no quotation, before the name ("Military
    // expert, retired Colonel Ada Lund, noted"; a role word's title was looked for above). Two such
    // leave it as written. The head is letters only (not a plural's "s"), as it goes into a regex.
    if (definite && words.length === 1 && /^[a-z]+[a-rt-z]$/.test(head)) {
      // "the European Copernicus service" after "the fire service": a capitalised word before the
      // noun names which body it is, so it is that body, not the last one the noun described.
      if (/ [A-Z][a-z]+ \S+$/.test(m.text)) return this.#entity(m.text.replace(/^the /i, ''), 'unknown', null, '');
      const said = RegExp(`^[\\w '’-]*\\b${head}(,(?![”"])|$)`, 'i');
      let found: Entity | null | undefined;
      for (let k = this.#history.length; k-- && found !== null && this.#history[k]!.pos > m.start - 2000;) {
        const { pos, entity: e } = this.#history[k]!;
        if (
          e !== found &&
          said.test(e.kind === 'person' ? this.#text.slice(sentenceStartBefore(this.#text, pos), pos) : e.name)
        )
          found = found ? null : e;
      }
      if (found) return found;
    }
    // "The 34-year-old told friends …": an age standing for a person describes the one the text
    // has just been about, as "the billionaire" does; read alone, the card would name a number.
    // "the old trainer", "the veteran striker": an epithet before the noun describes one too.
    if (definite && isAgeHead(head)) {
      const topic =
        this.#describedPerson(m.start, '', head.slice(0, head.indexOf('-'))) ?? this.#recentSubject(m.start);
      if (topic) return topic;
    }
    if (definite && words.length > 1 && EPITHETS.has(words[0]!)) {
      const one = this.#describedPerson(m.start, '', '');
      if (one && !(one.role && !roleFits(one.role, words, head))) return one;
    }
    // "Many of them", "some of the lawmakers": a part of a group is a group.
    const part = words.length > 2 && words[1] === 'of';
    return this.#entity(
      m.name,
      part || (head.endsWith('s') && !head.endsWith('ss')) ? 'group' : ORG_NOUNS.has(head) ? 'organization' : 'unknown',
      null,
      '',
    );
  }

  /** "The ministry said" after a minister whose title names another ministry than the body it
   * would take ("Ada Roe, the Qastari foreign minister, …" or "Ostland's irrigation minister, Tom
   * Lund, …" after "Qastar's Foreign Ministry said"): that minister's ministry, named only in the
   * title, is a live candidate too, so the noun stays as written. A minister counts when named
   * since the body, or anywhere in reach when the body is no ministry by name (a department the
   * noun fits by kind), unless the text named them before the body too (the body named after
   * them is theirs). A title whose longer words (a country's, a field's) are all in the body's
   * name, by their first five letters ("Qastari foreign minister", "Qastar's Foreign Ministry"),
   * is that body's minister; a prime minister heads no ministry. */
  #ministerRival(name: string, pos: number): boolean {
    const since = name.includes('ministry') ? (this.#lastOrgAt(pos, 'ministry')?.pos ?? pos) : -1;
    for (let k = this.#history.length; k-- && k >= this.#history.length - LOOK_BACK;) {
      const { pos: at, entity: e } = this.#history[k]!;
      if (at < since) break;
      const words = (e.role ?? '').toLowerCase().split(' ');
      if (
        words.pop() === 'minister' &&
        !words.includes('prime') &&
        words.some((w) => w.length > 4 && !name.includes(w.slice(0, 5))) &&
        this.#text.lastIndexOf(e.name, since) < 0
      )
        return true;
    }
    return false;
  }

  /** "Lund, the former finance minister, …" and later "the former finance minister": the person
   * the article last described with the same words in an appositive after their name (the
   * description stays as written when no name stands right before the comma). */
  #appositiveHolder(m: RawMention): Entity | null {
    const text = this.#text;
    const words = text.slice(m.start, m.end).replace(/^the\s+/i, '');
    if (words.length < 4 || words.length > 60) return null;
    const needle = ', the ' + words;
    // Searched within a window before the mention, not back to the text's start: a search per
    // definite description over the whole text made a long text's analysis quadratic.
    const from = Math.max(0, m.start - APPOSITIVE_WINDOW);
    // Occurrences starting before the mention, as the whole-text search found them.
    const before = text.slice(from, Math.max(from, m.start - 1 + needle.length));
    for (let i = before.lastIndexOf(needle); i >= 0; i = i > 0 ? before.lastIndexOf(needle, i - 1) : -1) {
      const at = from + i;
      if (at === 0) break;
      const next = text.charCodeAt(at + needle.length);
      if (next !== 44 && next !== 46) continue;
      const owner = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)$/u.exec(text.slice(Math.max(0, at - 40), at));
      if (!owner) return null;
      const e = this.#personByKey(owner[1]!.toLowerCase());
      return e && this.#isPlausiblePerson(e) ? e : null;
    }
    return null;
  }

  /** The organisation last named before `pos` whose name contains `head` (any org when ''); else
   * the last one whose kind the noun fits ("the agency" -> "… Administration"). */
  #lastOrg(pos: number, head: string): Entity | null {
    const found = this.#lastOrgAt(pos, head);
    return found && !this.#paragraphRival(pos, found.pos, NOUN_FITS[head] === NOUN_FITS.company) ? found.entity : null;
  }

  /** "Lindqvar Semiconductor, the largest member, fell 9%. The company said": a paragraph opening
   * with a name of two or more capitalised words, led by no given name or common word, may be what
   * a description after it stands for; a body named only in an earlier paragraph (a table row)
   * is then no safe reading, and the description stays as written. */
  #paragraphRival(pos: number, at: number, one: boolean): boolean {
    const lead = this.#paragraphLead(pos, one);
    return !!lead && at < lead.index;
  }

  /** The name of two or more capitalised words (or one, when `one`) opening the paragraph before
   * `pos`, led by no given name or common word and joined to no other ("Acme Home Products is
   * recalling …", not "Acme Water and Brell Energy were fined"), with where it stands. */
  #paragraphLead(pos: number, one?: boolean): RegExpExecArray | null {
    // Looked for within 3,000 characters: a paragraph longer than that (a page with no breaks)
    // keeps the pick, and no description scans the whole text back.
    const from = Math.max(0, pos - 3000);
    const before = this.#text.slice(from, pos);
    const nl = before.lastIndexOf('\n');
    if (nl < 0 && from > 0) return null;
    // "Hartley & Sons will close …": an ampersand joins the words of one name.
    const run = /^(\p{Lu}[\p{L}\d&-]*)(?: (?:& )?\p{Lu}[\p{L}\d&-]*)*(?=,| (?!and )\p{Ll})/u.exec(before.slice(nl + 1));
    const key = run?.[1]!.toLowerCase();
    // One word ("Eskom will …, the utility said") only for a company noun, when the text writes it
    // capitalised inside a sentence too ("the Eskom board"), within the same 3,000 characters each
    // way (no description scans a whole long text): a name, not a sentence's first word ("Revenue
    // rose …"); and not a person's surname.
    if (
      !run ||
      (run[0] === run[1] &&
        (!one ||
          this.#fullNames.has(key!) ||
          !RegExp(`[\\p{Ll},—] ${run[0]}\\b`, 'u').test(this.#text.slice(from, pos + 3000)))) ||
      // "Mr Lund joined …": a man's or a woman's honorific leads a person's name, no body's.
      ((isForename(run[1]!) || HONORIFICS.get(key!)) && !run[0].includes(' & ')) ||
      this.#writtenInLowerCase(key!) ||
      // "Acme founder Ada Lund will …": the name modifies a title; the holder is the subject.
      ROLE_WORDS.has(/^ (\p{Ll}+)/u.exec(before.slice(nl + 1 + run[0].length))?.[1] ?? '')
    )
      return null;
    run.index = from + nl + 1;
    return run;
  }

  /** "Acme Vale has recalled …\n\nIn a statement, the company said": the lead of the paragraph
   * at `pos` or of one of the two before it (within 1,500 characters), the
   * nearest, when no other organisation was named since: the body the story has been about. */
  #storyLead(pos: number): RegExpExecArray | null {
    const text = this.#text;
    let at = pos;
    for (let n = 0; n < 3 && at > 0 && pos - at < 1500; n++) {
      while (at > 0 && text.charCodeAt(at - 1) === 10) at--;
      const lead = this.#paragraphLead(at, true);
      // Not the headline's subject: "X sues Y" may be about the other body.
      if (lead?.index === 0) return null;
      if (lead) {
        // Another body named or speaking since makes the noun either one.
        const own = lead[0].toLowerCase();
        const other = (name: string) => !own.includes(name.toLowerCase()) && !name.toLowerCase().includes(own);
        const names = this.#orgNames;
        for (let k = lowerBound(names, pos, atPos); k-- && names[k]!.pos > lead.index;)
          if (other(names[k]!.name)) return null;
        // A person who spoke in the lead's words under a title ("Port Minister Tom Lund said ….
        // The company said") is no body; a lead inside the speaker's own name ("Acme Health")
        // may be a firm read as a person, and stays.
        for (const h of this.#history.slice(-LOOK_BACK))
          if (
            h.entity.kind === 'person'
              ? h.pos >= lead.index && h.pos < lead.index + lead[0].length && !h.entity.name.includes(lead[0])
              : h.pos > lead.index && h.pos < pos && h.entity.kind === 'organization' && other(h.entity.name)
          )
            return null;
        // So does one the text says is a body ("… start Wealth-X, a research firm").
        for (const a of text
          .slice(lead.index + lead[0].length, pos)
          .matchAll(/(\p{Lu}[\p{L}\d&-]*), (?:an?|the)((?: [\p{L}-]+){1,4})/gu))
          if (a[2]!.split(' ').some((w) => ORG_APPOSITIVE_NOUNS.has(w)) && other(a[1]!)) return null;
        return lead;
      }
      at = text.lastIndexOf('\n', at - 1);
    }
    return null;
  }

  /** `#lastOrg`'s pick with where it was named. */
  #lastOrgAt(pos: number, head: string): { pos: number; entity: Entity } | null {
    // A description left as written ("the interior ministry", "the pilots' union" in a dek) holds a
    // later noun only until a name that fits is met: else it holds every later one to itself.
    let desc: { pos: number; entity: Entity } | null = null;
    const fits = Object.hasOwn(NOUN_FITS, head) ? NOUN_FITS[head]!.split(' ') : null;
    for (let k = this.#history.length - 1; k >= 0 && k >= this.#history.length - LOOK_BACK; k--) {
      const h = this.#history[k]!;
      const name = h.entity.name.toLowerCase();
      // Not the bare noun left as written ("the airline" in a dek, unresolved there).
      if (h.entity.kind === 'organization' && name !== head && name.includes(head) && !(fits && modifies(name, head))) {
        if (!isUpperCase(h.entity.name.charCodeAt(0))) desc ??= h;
        else if (!desc) return h;
      }
    }
    if (!fits) return desc ?? this.#lastOrgWith(pos, [head]);
    // An organisation that spoke or was named, whichever came last, of a kind the noun fits; by its
    // name, not a description left as written ("the group" fits no later "the company").
    const lastWordFits = (name: string) => isUpperCase(name.charCodeAt(0)) && nameFits(fits, name);
    let spoke: { pos: number; entity: Entity } | null = null;
    for (let k = this.#history.length - 1; k >= 0 && k >= this.#history.length - LOOK_BACK; k--) {
      const h = this.#history[k]!;
      if (h.entity.kind === 'organization' && lastWordFits(h.entity.name)) {
        spoke = h;
        break;
      }
    }
    // An organisation with the noun itself in its name ("the company" -> "Acme Company") or one
    // whose last word fits, whichever was named last: a name holding the noun further back does
    // not outrank the fitting organisation the text has just been about.
    let best: { pos: number; name: string } | null = null;
    for (const word of [head, ...fits]) {
      const list = this.#orgsByWord().get(word);
      const i = list ? lowerBound(list, pos, atPos) - 1 : -1;
      const o = i >= 0 ? list![i]! : null;
      if (o && (word === head ? !modifies(o.name, head) : lastWordFits(o.name)) && (!best || o.pos > best.pos))
        best = o;
    }
    let found =
      best && (!spoke || best.pos > spoke.pos)
        ? { pos: best.pos, entity: this.#entity(best.name, 'organization', null, '') }
        : spoke;
    if (desc && !(found && found.pos > desc.pos)) return desc;
    const intro = introducedAs(this.#text, pos, head, (name) => !!this.#personByKey(name.toLowerCase()));
    if (intro && !found)
      found = intro.name ? { pos: intro.pos, entity: this.#entity(intro.name, 'organization', null, '') } : null;
    return found &&
      !this.#fittingRival(pos, found.pos, found.entity.name, head, fits, lastWordFits) &&
      !introducedSince(this.#text, found.pos, pos, head) &&
      !this.#ownedBy(found.pos, head)
      ? found
      : null;
  }

  /** "the agency's Lundby Center", then "the agency said": the body named at `at` is owned by
   * the one the noun names, so it is not that one. */
  #ownedBy(at: number, head: string): boolean {
    const before = this.#text.slice(Math.max(0, at - head.length - 3), at).toLowerCase();
    return before.startsWith(head) && /['’]s $/.test(before);
  }

  /** "Acme Ltd and Brill plc … the company said": another body of the kind the noun fits, named
   * in the paragraph before `pos` or since the paragraph where the pick was named (`at`), makes
   * the noun either one, so it stays as written. Names that hold one another ("Acme", "Acme
   * Ltd") are one body. */
  #fittingRival(
    pos: number,
    at: number,
    name: string,
    head: string,
    fits: string[],
    fitting: (n: string) => boolean,
  ): boolean {
    // Read at most 3,000 characters back, so no noun scans the whole text.
    const from = Math.max(0, pos - 3000, this.#text.lastIndexOf('\n', Math.min(at, pos) - 1) + 1);
    const own = name.toLowerCase();
    for (const word of [head, ...fits]) {
      const list = this.#orgsByWord().get(word) ?? [];
      for (let i = lowerBound(list, pos, atPos) - 1; i >= 0 && list[i]!.pos >= from; i--) {
        const other = list[i]!.name;
        const low = other.toLowerCase();
        if ((word === head || fitting(other)) && !own.includes(low) && !low.includes(own)) return true;
      }
    }
    return false;
  }

  /** The one organisation of several words named before `pos` whose name opens with `word`;
   * null when none or several (looked for among the last ORG_REACH names holding the word). */
  #orgOpenedBy(word: string, pos: number): string | null {
    const list = this.#orgsByWord().get(word.toLowerCase());
    let found: string | null = null;
    for (let i = list ? lowerBound(list, pos, atPos) - 1 : -1, n = 0; i >= 0 && n < ORG_REACH; i--, n++) {
      const { name, pos: at } = list![i]!;
      // As written: "Lund’s Avenue Capital Group" is Lund's firm, not one named "Lund …"; and a
      // whole name, not a run that ends on a connector ("Acme for").
      if (!name.startsWith(word + ' ') || !this.#text.startsWith(word + ' ', at) || / \p{Ll}+$/u.test(name)) continue;
      if (found && found !== name) return null;
      found = name;
    }
    return found;
  }

  /** The last organisation named before `pos` with one of `words` in its name. */
  #lastOrgWith(pos: number, words: string[]): { pos: number; entity: Entity } | null {
    let best: { pos: number; name: string } | null = null;
    for (const word of words) {
      const list = this.#orgsByWord().get(word);
      const i = list ? lowerBound(list, pos, atPos) - 1 : -1;
      if (i >= 0 && (!best || list![i]!.pos > best.pos)) best = list![i]!;
    }
    return best && { pos: best.pos, entity: this.#entity(best.name, 'organization', null, '') };
  }

  /** Organisation names by lower-cased word ('' holds every multi-word one), built once, so each
   * look-up is a binary search. */
  #orgsByWord(): Map<string, { pos: number; name: string }[]> {
    if (!this.#orgIndex) {
      this.#orgIndex = new Map();
      for (const o of this.#orgNames) {
        const words = o.name.includes(' ') ? ['', ...o.name.toLowerCase().split(' ')] : o.name.toLowerCase().split(' ');
        for (const w of new Set(words)) {
          const list = this.#orgIndex.get(w) ?? [];
          list.push(o);
          this.#orgIndex.set(w, list);
        }
      }
    }
    return this.#orgIndex;
  }

  /** The last multi-word organisation name before `pos` ("The Water Safety Board"). */
  #lastOrgOccurrence(pos: number): { pos: number; name: string } | null {
    const list = this.#orgsByWord().get('');
    if (!list) return null;
    // A body named inside someone's quotation is what they talk about, not the narrative's
    // subject that "it" outside the quotation picks up ("“… the Water Board,” it said").
    // At most 32 names back, so a page of quoted bodies costs each "it" a bounded walk.
    const outside = !this.#insideQuote(pos);
    const last = lowerBound(list, pos, atPos) - 1;
    for (let i = last; i >= 0 && i > last - 32; i--) if (!outside || !this.#insideQuote(list[i]!.pos)) return list[i]!;
    return null;
  }

  /** The one person the article gives a role containing `head` ("minister"), once per head. */
  #roleHolder(head: string, words: string[] = [head], qualifiers: readonly string[] = []): Entity | null {
    // The description's office-changing words and capitalised qualifiers are part of what is
    // looked for ("the vice president", "the Vermont senator").
    const cacheKey = [...words.filter((w) => w === head || OFFICE_CHANGERS.has(w)), ...qualifiers].join(' ');
    if (this.#roleCache.has(cacheKey)) return this.#roleCache.get(cacheKey)!;
    // The one person the article names with that role; two such name neither.
    const fit = [...this.#prescanRole].filter(
      ([full, role]) => roleFits(role, words, head, qualifiers) && !notAName(full),
    );
    const found = fit.length === 1 ? this.#entity(fit[0]![0], 'person', fit[0]![1], '') : null;
    if (found) this.#roleCache.set(cacheKey, found);
    return found;
  }

  /** "he"/"she": of the two nearest people before `pos` with a compatible gender, prefer one
   * that already spoke (attribution-notes §3); otherwise the nearest. */
  #antecedent(pos: number, gender: string): Lookup {
    const candidates: Candidate[] = [];
    let h = this.#history.length - 1;
    const people = this.#antecedentPeople();
    let p = lowerBound(people, pos, atPos) - 1;
    const seen = new Set<Entity>();
    let unsureNew = false;
    const namedAfter = this.#namedLaterInClause(pos);
    const namedInOwn = this.#namedInOwnQuotes(pos);
    // A live blog's posts are stories of their own: "she" stands for someone in its post.
    const post = this.#posts[lowerBound(this.#posts, pos, (x) => x) - 1] ?? -1;
    /** Where the nearest role-led name met so far stands. */
    let roleLedAt = -1;
    const aside = this.#text[pos - 2] === ',' && this.#cueAside(pos - 2);
    // Bounded walk: a long run of the same speaker must not make each pronoun scan the article.
    for (let steps = 0; candidates.length < MAX_CANDIDATES && (h >= 0 || p >= 0) && steps < LOOK_BACK; steps++) {
      const hp = h >= 0 ? this.#history[h]!.pos : -1;
      const pp = p >= 0 ? people[p]!.pos : -1;
      let e: Entity | null;
      const at = Math.max(hp, pp);
      if (at < post) break;
      let subject = false;
      let roleLed = false;
      let occName: string | undefined;
      const asSpeaker = hp >= pp;
      // A speaker of unknown kind ("Roscosmos", "a source") may be a person; a bare pronoun is not.
      if (hp >= pp) {
        e = this.#history[h--]!.entity;
        if (e.kind !== 'person' && (e.kind !== 'unknown' || !couldBeAPerson(e.name))) continue;
        // A speaker the attribution took for a person whose name reads as a place or an
        // organisation ("North Carolina said …") is not who "he" or "she" stands for; an age
        // makes a description a person's ("a 34-year-old man").
        if (e.name.includes(' ') && !/\d/.test(e.name) && !this.#readsAsPerson(e.name)) continue;
      } else {
        const occ = people[p--]!;
        // A name inside a quotation is someone the speaker talks about ("'I can't speak for
        // Hillary,' he said"), almost never who a pronoun outside it stands for.
        // "Ivo Darrow said …. He and Lund trained …. '…,' he said": a name coordinated after the
        // pronoun's own word is someone beside that person, so a later one continues the first.
        // Inside a paragraph only: on the silver pronoun test (a speaker's name put back as a
        // pronoun) a paragraph opening "He and Lund both …" was once followed by Lund's own turn.
        // The slice before the name is " he and " (8 characters) for a man, " she and " (9) for a woman.
        if (
          this.#insideQuote(occ.pos) ||
          this.#inHeading(occ.pos) ||
          /^ s?he and $/i.test(this.#text.slice(occ.pos - (gender > 'f' ? 8 : 9), occ.pos))
        )
          continue;
        // "Roe, she said, was …": the clause's subject is what was said; the sentence's is "she".
        subject = occ.subject === true && !this.#cueAside(occ.pos);
        roleLed = !!occ.roleLed;
        // A name in the role phrase before a role-led name ("Berg campaign manager Eva Lund …")
        // qualifies the role: the sentence's subject is the role-led person.
        if (subject && roleLedAt > occ.pos && noSentenceEnd(this.#text, occ.pos, roleLedAt)) subject = false;
        if (roleLed) roleLedAt = occ.pos;
        occName = occ.name;
        e = this.#personAt(occ);
        if (!e) continue;
        // "Ivanka Trump … she said": the surname's usual bearer has the other gender, but the
        // given name written here has the pronoun's: this is another person of that name. So is
        // one of the same gender under another given name ("Their daughter, Zofia Lund, …. She
        // said" when the surname's usual bearer is her mother, Ada Lund), named inside a sentence
        // (a sentence's first word run into a surname, "Given Lund's …", is no given name).
        const given = occName?.includes(' ') ? givenNameGender(occName) : '';
        const first = e.name.split(' ', 1)[0]!;
        if (
          gender &&
          given === gender &&
          ((e.gender && e.gender !== gender) ||
            (isForename(first) &&
              first !== occName!.split(' ', 1)[0] &&
              // Opening a sentence, a word the text also writes in lower case may be no given name.
              (!opensSentenceAlone(this.#text, occ.pos) ||
                !this.#writtenInLowerCase(occName!.split(' ', 1)[0]!.toLowerCase()))))
        )
          e = this.#entity(occName!, 'person', null, given);
        // "Roe's cousin, Flurin Roe, keeps …. He said": a full name in apposition (set off by
        // commas) whose given name differs from the surname's usual bearer's is another person of
        // that surname, though the tables do not know the given name's gender.
        else if (gender && !given && this.#appositeOtherGiven(occName, first, occ.pos))
          e = this.#entity(occName!, 'person', null, '');
      }
      if (seen.has(e)) continue;
      // "Lund, she said, was …": a person met in the clause the pronoun's cue interrupts is who
      // is spoken about, never the speaker; the pronoun is someone before it.
      if (aside && noSentenceEnd(this.#text, at, pos)) continue;
      seen.add(e);
      if (e.gender && gender && e.gender !== gender) continue;
      // The name as written where it was met: one surname may stand for two people ("Fiona
      // Lund", "Eloise Lund"), and the entity found by the surname is the more frequent one.
      const written = occName ?? e.name;
      if (namedAfter && namedLater(written, namedAfter, gender)) continue;
      if (namedInOwn && namedLater(written, namedInOwn, gender)) continue;
      const recentSubject = (subject || roleLed) && atMostOneSentenceEnd(this.#text, at, pos);
      // A subject just before, its verb after it ("Ed Lund stood …"), is weighed as a reader
      // reading forward sees it (#namedAlone): a name in a table cell or a heading is not.
      const upTo =
        recentSubject && /^ [a-z]/.test(this.#text.slice(at + written.length, at + written.length + 2))
          ? pos
          : Infinity;
      // A role phrase before the name ("Farmers' leader Ann Lund") shows a person as a title does;
      // so does a new name in full, no common word first ("One California delegate"), opening the
      // sentence the pronoun's quotation or sentence follows ("Morag Tulloch grew up there. '…,'
      // she says"): unseen pages are full of given names no table knows. Not after a "he"/"she"
      // the story already has (the new name may be a man's the tables lack: "Tunde").
      const newOpens =
        recentSubject &&
        written.includes(' ') &&
        this.#namedAlone(written, upTo) &&
        !this.#writtenInLowerCase(written.split(' ')[0]!.toLowerCase()) &&
        OPENS_BEFORE.test(this.#text.slice(at, pos));
      const heBefore = newOpens ? this.#text.slice(at > 150 ? at - 150 : 0, at) : '';
      const opens =
        // "Tom and Ada Berg …. Tom said …. '…,' he added": a given name alone as a speaker is a
        // person, of the gender the name shows, though no surname or title came with it.
        (asSpeaker &&
          e.kind === 'unknown' &&
          isUpperCasePoint(e.name.codePointAt(0)) &&
          forenameGender(e.name) === gender &&
          // "Justice said": a title alone, whoever holds it. Named once ("Apple said"), a firm's
          // name may be on the lists.
          !ROLE_WORDS.has(e.name.toLowerCase()) &&
          this.#writtenTwice(e.name)) ||
        (newOpens && !/\bs?he\b/i.test(heBefore));
      if (roleLed || opens || this.#isPlausiblePerson(e, upTo)) {
        // Brought in here: named in full for the first time as the subject of the pronoun's
        // sentence or the one before, no capitalised word (another name) after it in its sentence.
        // Read from the name itself, which may follow a title met with it ("Judge Ada Roe"): first
        // written at or after `at`, and before the pronoun (else the slice is empty).
        const first = this.#firstIndexOf(written);
        // The sentence before may close the paragraph before ("Her co-author, Eva Lund, ran the
        // model. ¶ She said …"): its end and the paragraph break are one end.
        const fresh =
          (subject || roleLed) &&
          atMostOneSentenceEnd(this.#text, at, pos, true) &&
          written.includes(' ') &&
          first >= at &&
          /^[^.!?A-Z]*[.!?]/.test(this.#text.slice(first + written.length, pos));
        candidates.push({ e, pos: at, subject, recentSubject, roleLed, asSpeaker, score: 0, opens, fresh });
        continue;
      }
      // "…,” she said. Tunde Bakare joined …. “…,” she said": when every "she" before the new name
      // only tagged a quotation, whether the new name is a man's or the next speaker is unknown, so
      // the pronoun is no one's rather than the earlier woman's.
      if (!candidates.length && newOpens && !/(?<!["”’] )\bs?he\b/i.test(heBefore)) unsureNew = true;
    }
    const described = this.#describedSubject(pos);
    if (described?.e)
      this.#addDescribedSubject(candidates, described as { e: Entity; at: number }, gender, namedAfter, namedInOwn);
    // "A spokeswoman for the firm said …. '…,' she said": a description of someone new opening
    // the sentence before is whom the pronoun stands for, unless a later subject or speaker came
    // between, or the description asked someone ("A reporter asked Lund …. He replied"). In the
    // pronoun's own sentence it is what was said ("A new manager, he said, could …").
    else if (
      described?.name &&
      (!described.gender || described.gender === gender) &&
      !noSentenceEnd(this.#text, described.at, pos) &&
      !candidates.some((c) => c.pos > described.at && (c.subject || c.asSpeaker))
    )
      return { entity: this.#entity(described.name, 'unknown', null, gender), candidates: 1 };
    const features = this.#pronounFeatures(candidates, pos);
    candidates.forEach((c, i) => {
      c.score = dot(PRONOUN_WEIGHTS, features[i]!);
      c.agrees = features[i]![GENDER_KNOWN] === 1;
    });
    let chosen = unsureNew ? null : choose(candidates, this.#text, gender);
    // "Lund and Tom Berg both …. Berg backed it. He told …. He said …": a "he" opening the sentence
    // right after one whose opening "he" two people were as likely for is that subject again, so
    // no one's too, not whoever the new sentence's features now favour.
    if (opensSentenceAlone(this.#text, pos)) {
      const last = this.#evenSubject;
      if (!chosen || chosen.even) this.#evenSubject = { pos, gender };
      else if (last.gender === gender && last.pos < pos && atMostOneSentenceEnd(this.#text, last.pos, pos))
        chosen = null;
    }
    if (TOOLS && this.#observePronoun)
      this.#observePronoun({
        pos,
        names: candidates.map((c) => c.e.name),
        features,
        chosen: chosen && !chosen.even ? candidates.findIndex((c) => c.e === chosen.pick) : -1,
      });
    if (chosen && !chosen.even) {
      const { pick } = chosen;
      if (!pick.gender) {
        pick.gender = gender;
        pick.genderGuessed = true;
      }
      return { entity: pick, candidates: candidates.length, rivalled: chosen.rivalled };
    }
    return { entity: this.#entity(gender === 'f' ? 'she' : 'he', 'unknown', null, gender), candidates: 0 };
  }

  /** True when `pos` lies in a line set in title case ("Lund Wades In: Urges Calm"), a heading:
   * its capitalised runs are no names a pronoun in the text below stands for. */
  #inHeading(pos: number): boolean {
    const text = this.#text;
    const start = text.lastIndexOf('\n', pos) + 1;
    return memo(this.#headings, start, () => {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? text.length : end);
      return line.length < 200 && line.split(' ').length > 2 && !NOT_TITLE_CASE.test(line);
    });
  }

  #headings = new Map<number, boolean>();

  /** "The minister, to her credit, looked embarrassed. '…,' she said": a definite description of
   * a role opening the pronoun's sentence or the one before is that sentence's subject, as a
   * name there would be. When it resolves to a person (as "the minister said" would) whose
   * gender agrees, that person joins the candidates (nearest first) as a recent subject met
   * there, in place of a farther meeting of theirs. Without this, the person named farther back
   * under their name lost to whoever spoke last. */
  #addDescribedSubject(
    candidates: Candidate[],
    found: { e: Entity; at: number },
    gender: string,
    namedAfter: LaterName[] | null,
    namedInOwn: LaterName[] | null,
  ): void {
    const { at } = found;
    // The description may find the person under a shorter name ("Lund" for "Ann Lund Jr."): the
    // candidate with that surname is the same person.
    const surname = familyName(found.e.name);
    const e = candidates.find((c) => familyName(c.e.name) === surname)?.e ?? found.e;
    if (e.gender && gender && e.gender !== gender) return;
    if (
      (namedAfter && namedLater(e.name, namedAfter, gender)) ||
      (namedInOwn && namedLater(e.name, namedInOwn, gender))
    )
      return;
    const i = candidates.findIndex((c) => c.e === e);
    if (i >= 0 && candidates[i]!.pos >= at) return;
    if (i >= 0) candidates.splice(i, 1);
    const c: Candidate = { e, pos: at, subject: true, recentSubject: true, roleLed: false, asSpeaker: false, score: 0 };
    let k = 0;
    while (k < candidates.length && candidates[k]!.pos > at) k++;
    candidates.splice(k, 0, c);
    if (candidates.length > MAX_CANDIDATES) candidates.length = MAX_CANDIDATES;
  }

  /** True when the text from `from` runs, with no other comma or sentence end, into a speaker
   * and a speech verb set off by commas: a cue inside the clause it reports ("Lund, she said,
   * was …", "The plan, he said, would fail"), the clause's words before it what was said. */
  #cueAside(from: number): boolean {
    const m = /^[^,.!?]*, \S+ (\w+),/.exec(this.#text.slice(from, from + 80));
    return !!m && cueStrength(m[1]!.toLowerCase()) > 0;
  }

  /** The person a definite role description ("The Chancellor", "But the shadow minister")
   * opening the sentence holding `pos` or the one before stands for, and where it stands; null
   * when neither sentence opens with one, or it names no person. A description of someone new
   * ("A spokeswoman", "The firm's director") gives its `name` and the gender of its role noun
   * instead, and `e` null. A description with a name in apposition or after it ("The
   * chancellor, Ann Lund, …") is left to the name. */
  #describedSubject(pos: number): { e: Entity | null; at: number; name?: string; gender?: string } | null {
    const text = this.#text;
    const from = Math.max(0, pos - DESCRIBED_REACH);
    const starts: number[] = from === 0 ? [0] : [];
    let inner = -1;
    SENTENCE_END.lastIndex = from;
    for (let m = SENTENCE_END.exec(text); m && m.index < pos; m = SENTENCE_END.exec(text)) {
      const next = m.index + m[0].length;
      // A quotation of several sentences is one turn ("A spokesman said: “…. ….” He added"):
      // its inner sentence ends would put the description out of reach.
      if (!this.#insideQuote(m.index) || !this.#insideQuote(next) || /["”’']/.test(m[0])) starts.push(next);
      else inner = next;
    }
    SENTENCE_END.lastIndex = 0;
    for (let k = starts.length - 1; k >= 0 && k >= starts.length - 2; k--) {
      const start = starts[k]!;
      if (start >= pos) continue;
      // "At the hospital, where nurses picketed, a spokeswoman said …": after an opening phrase
      // closed by a comma, a description that a speech verb follows is the subject too.
      let m = DESCRIBED_OPENING.exec(text.slice(start, Math.min(pos, start + 80)));
      const afterOpener = !m;
      m ??= DESCRIBED_AFTER_OPENER.exec(text.slice(start, Math.min(pos, start + 200)));
      if (!m) continue;
      const words = m[3]!.split(' ');
      // "The clerk, who asked not to be named because she works there, …": a relative clause with
      // "who" and a "he"/"she" of its own shows a person of that gender, whatever the noun.
      const own = /^, who\b[^,]*\b(?:(he)|she)\b/.exec(text.slice(start + m[0].length, start + m[0].length + 150));
      // The shortest run of words ending with a role noun heads the description.
      let h = own ? words.length - 1 : words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
      // "A driver on the Njoro route, who declined to be named, said …": a noun that a "who"
      // clause and a speech verb follow, alone or with a phrase of place, is a speaker whatever
      // the noun is, and the subject of saying even across a quotation of several sentences.
      // The window is bounded (the pattern reads at most some 150 characters): a copy of the rest of
      // the text per description made the whole analysis quadratic (a 3.8 MB call 25% slower).
      const who = /^\S+[^,.]{0,40}, who [^,.]{0,80}, (\w+)/.exec(
        m[3]! + text.slice(start + m[0].length, start + m[0].length + 150),
      );
      const anonymous = h < 0 && cueStrength(who?.[1] ?? '') > 0;
      if (anonymous) h = 0;
      if (h < 0) continue;
      const name = words.slice(0, h + 1).join(' ');
      const mStart = start + m[1]!.length;
      const mEnd = mStart + m[2]!.length + name.length;
      // A possessive, a name after the noun or in apposition: not a description standing alone.
      if (/^(?:['’]|,? [A-Z])/.test(text.slice(mEnd, mEnd + 3))) continue;
      // "A teacher at Tarn school, 46-year-old office worker Ada Roe, said …": a person's name
      // set off by commas after the description's phrase, age and role words before it, is whom
      // the description stands for, the sentence's subject.
      const apposed = this.#personByKey(
        /^ [^,.]+, [^,.A-Z]*[A-Z][^,.]* (\w+),/.exec(text.slice(mEnd, mEnd + 150))?.[1]!.toLowerCase() ?? '',
      );
      if (apposed && this.#isPlausiblePerson(apposed)) return { e: apposed, at: mStart };
      if (this.#insideQuote(mStart)) continue;
      // After an opening phrase only a description a speech verb follows is read: there it is
      // the subject of saying ("After the vote, a nurse was hurt" names no speaker).
      if (afterOpener && !cueStrength(/^ ?(\w*)/.exec(text.slice(mEnd, mEnd + 20))![1]!.toLowerCase())) continue;
      // Reached across such a quotation, the description must be its speaker ("A spokesman said"),
      // not someone the speaker met ("A reporter … got an answer from Ann Lund. “….” he said").
      if (inner > start && !anonymous && !cueStrength(/^ ?(\w*)/.exec(text.slice(mEnd, mEnd + 20))![1]!.toLowerCase()))
        continue;
      const head = words[h]!.toLowerCase();
      // "A spokeswoman", "The firm's director": someone new (not looked up: that would make an
      // entity of it), where "the director" mostly names again someone met.
      if (m[2]![0] === 'A' || m[2]![0] === 'a' || /['’]s /.test(name))
        return /^ asked\b/.test(text.slice(mEnd, mEnd + 12))
          ? null
          : { e: null, at: mStart, name, gender: /wom|ess$/.test(head) ? 'f' : /man$/.test(head) ? 'm' : '' };
      const e = this.#lookupNominal({
        start: mStart,
        end: mEnd,
        text: text.slice(mStart, mEnd),
        kind: 'nominal',
        name,
        role: null,
        gender: '',
      });
      // One the text has not named is someone new, of the gender its relative clause shows.
      return e.kind === 'person'
        ? { e, at: mStart }
        : own
          ? { e: null, at: mStart, name, gender: own[1] ? 'm' : 'f' }
          : null;
    }
    return null;
  }

  /** The salience features (PRONOUN_FEATURES) of each candidate (nearest first) of a pronoun at
   * `pos`. One pass over the text between the farthest candidate and the pronoun, at most
   * FEATURE_REACH characters: a candidate beyond it counts as the farthest back. */
  #pronounFeatures(candidates: Candidate[], pos: number): number[][] {
    if (!candidates.length) return [];
    const text = this.#text;
    const from = Math.max(candidates[candidates.length - 1]!.pos, pos - FEATURE_REACH);
    const ends: number[] = [];
    SENTENCE_END.lastIndex = from;
    for (let m = SENTENCE_END.exec(text); m && m.index < pos; m = SENTENCE_END.exec(text)) ends.push(m.index);
    SENTENCE_END.lastIndex = 0;
    const breaks: number[] = [];
    // A walk up to the pronoun, not indexOf: in a text without line breaks after `pos`, indexOf
    // would scan to the text's end for every pronoun.
    for (let k = from; k < pos; k++) if (text.charCodeAt(k) === 10) breaks.push(k);
    const last = this.#history.length ? this.#history[this.#history.length - 1]! : null;
    const byPos = (n: number) => n;
    return candidates.map((c, i) => {
      const within = c.pos >= from;
      const sentences = within
        ? Math.min(MAX_SENTENCES_BACK, ends.length - lowerBound(ends, c.pos, byPos))
        : MAX_SENTENCES_BACK;
      const paragraphs = within
        ? Math.min(MAX_PARAGRAPHS_BACK, breaks.length - lowerBound(breaks, c.pos, byPos))
        : MAX_PARAGRAPHS_BACK;
      const current = last !== null && last.pos < pos && last.entity === c.e;
      return [
        c.recentSubject ? 1 : 0,
        // A role-led name heads its sentence's subject, but only nearby does it outrank a speaker
        // (see afterRolePrefix).
        c.subject || (c.roleLed && c.recentSubject) ? 1 : 0,
        c.e.quoteCount > 0 ? 1 : 0,
        Math.log1p(c.e.quoteCount),
        current ? 1 : 0,
        c.roleLed && c.recentSubject ? 1 : 0,
        // The current speaker, nearest and named in full, agrees when the given name tells no
        // gender ("Wiremu Tahana replied, '…' ¶ '…,' he added"): else the table's weight for a
        // known gender, fitted where every target had one, drew "he" to any man farther back.
        (c.e.gender && !c.e.genderGuessed) ||
        // So does the nearest candidate, a new person opening the sentence before ("Morag Tulloch
        // grew up there. '…,' she says"), else "she" went to a woman named paragraphs back.
        (!i && c.opens) ||
        (current &&
          !i &&
          c.e.name.includes(' ') &&
          !!this.#fullNames.get(surnameOf(c.e.name).toLowerCase())?.has(c.e.name))
          ? 1
          : 0,
        sentences === 0 ? 1 : 0,
        sentences,
        paragraphs > 0 ? 1 : 0,
        paragraphs,
        i === 0 ? 1 : 0,
        Math.log1p(this.#mentionsBefore(surnameOf(c.e.name).toLowerCase(), pos)),
        c.asSpeaker ? 1 : 0,
        Math.log1p((pos - c.pos) / 100),
        c.e.genderGuessed ? 1 : 0,
        ...mentionRole(text, c.pos),
        // The person the whole article is about (named most often, before the pronoun or after):
        // a reader knows it from the headline on. With it a fifth candidate helps (silver test
        // 75.3 -> 76.0% on train, dev 81.4% both).
        Math.log1p(this.#mentionsBefore(surnameOf(c.e.name).toLowerCase(), text.length)),
      ];
    });
  }

  /** How often the writer names the person with surname key `key` before `pos`. */
  #mentionsBefore(key: string, pos: number): number {
    if (!this.#peoplePositions) {
      this.#peoplePositions = new Map();
      for (const occ of this.#antecedentPeople()) {
        const list = this.#peoplePositions.get(occ.key) ?? [];
        list.push(occ.pos);
        this.#peoplePositions.set(occ.key, list);
      }
    }
    const list = this.#peoplePositions.get(key);
    return list ? lowerBound(list, pos, (n) => n) : 0;
  }

  #peoplePositions: Map<string, number[]> | null = null;

  /** The names the writer gives after the pronoun at `pos` in its own sentence, outside
   * quotations ("… he asked Trump", "He said Lund has …"): the pronoun's clause governs them, so
   * none of them is who the pronoun stands for (a name is not used for someone a pronoun in the
   * same clause already stands for). Null when the pronoun sits in a clause opened by a
   * subordinator ("When he arrived, Lund said …"), where the name after may be the pronoun's
   * person. */
  #namedLaterInClause(pos: number): LaterName[] | null {
    const text = this.#text;
    const before = text.slice(Math.max(0, pos - 200), pos);
    let opening = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) opening = m.index + m[0].length;
    SENTENCE_END.lastIndex = 0;
    // Only the writer's words before the pronoun: a quotation ending before it ("'… if …,' he
    // said") is no clause of the pronoun's.
    const lead = before.slice(opening);
    if (
      SUBORDINATE_BEFORE.test(
        lead.slice(Math.max(lead.lastIndexOf('”'), lead.lastIndexOf('"'), lead.lastIndexOf("''")) + 1),
      )
    )
      return null;
    const rest = text.slice(pos, pos + 300);
    SENTENCE_END.lastIndex = 0;
    const end = SENTENCE_END.exec(rest);
    SENTENCE_END.lastIndex = 0;
    // The clause ends at its first comma, semicolon or dash: what follows may be an adjunct or
    // another clause ("she told Lund, after he … under Berg's questions"), where a name can be
    // the pronoun's person.
    const clause = /^[^,;:—–]*/.exec(end ? rest.slice(0, end.index) : rest)![0];
    const found: LaterName[] = [];
    addNamesIn(clause, found, (at) => !this.#insideQuote(pos + at));
    // "Lund's plan is sound, he said": before a pronoun that a comma parts from its speech verb
    // stands what the speaker says, and a person it names as an owner is someone they talk about.
    // Only owners: the subject there may be the speaker ("Lund, who …, called it 'bold,' he
    // said" in a writer's style that names and then repeats).
    // The comma is tested first: most pronouns follow none.
    const verb = /,(?:["”’']|'')?\s+$/.test(lead) && smallWordAfterFirst(rest);
    if (verb && cueStrength(verb) > 0)
      for (const [, given, surname] of ownerNames(lead)) found.push({ surname: surname.toLowerCase(), given });
    return found.length ? found : null;
  }

  /** The names inside the quotations the pronoun at `pos` introduces: the one ending just before
   * it ("'… we nominate Lund,' he said") and one opening in its sentence or the next ("he said.
   * 'Lund will …'"). A speaker talks of others by name and of themselves as "I": a person named
   * there is someone the speaker talks about. Null when there is none. */
  #namedInOwnQuotes(pos: number): LaterName[] | null {
    const list = this.#quoted;
    if (!list.length) return null;
    const text = this.#text;
    const i = lowerBound(list, pos, quoteStart);
    const own: QuotedSpan[] = [];
    const prev = list[i - 1];
    if (prev && prev.end <= pos && /^[\s,.:;—–-]*$/.test(text.slice(prev.end, pos))) own.push(prev);
    const next = list[i];
    if (next && next.start - pos < 150 && !/[\n“”"]|''/.test(text.slice(pos, next.start))) own.push(next);
    const found: LaterName[] = [];
    for (const q of own) addNamesIn(text.slice(q.start, Math.min(q.end, q.start + 1500)), found);
    return found.length ? found : null;
  }

  /** False when the words of `name`, read as a capitalised run, name a place or an organisation. */
  #readsAsPerson(name: string): boolean {
    return memo(this.#personReadings, name, () => {
      const kind = readRun(name.split(' ')).kind;
      return kind !== RUN_NONE && kind !== RUN_ORG;
    });
  }

  #personReadings = new Map<string, boolean>();

  /** A capitalised run read as a person can stand for "he" or "she" only with some sign that it
   * is one: it spoke, or has a title, a role or a gendered honorific, or opens with a given name.
   * Without one it may be a film, a place or an event ("Election Day", "North Korean"). */
  #isPlausiblePerson(e: Entity, at = Infinity): boolean {
    if (this.#showsAPerson(e.name, e, at)) return true;
    // "Wairimu Kamau and Aroha Tane opened …": a name joined by "and" to a person's is a person's,
    // when its given name is not on the lists.
    const partners = this.#joined.get(e.name);
    return (
      partners !== undefined &&
      partners.some((n) => this.#showsAPerson(n, this.#personByKey(surnameOf(n).toLowerCase())))
    );
  }

  /** The signs `#isPlausiblePerson` reads on a name (and its entity, when there is one). */
  #showsAPerson(name: string, e: Entity | null, at = Infinity): boolean {
    if (e && (e.quoteCount > 0 || e.role)) return true;
    // A gender read only from the given name is no more a sign than the given name itself.
    if (e?.gender && (e.genderGuessed || this.#prescanGender.has(familyName(e.name).toLowerCase()))) return true;
    if (this.#described.has(name)) return true;
    const space = name.indexOf(' ');
    return space > 0 && isForename(name.slice(0, space)) && this.#namedAlone(name, at);
  }

  /** False when `name` is named in full twice or more and its last word never stands without the
   * words before it: a person named in full is named again by surname ("Ann Lund … Lund said"),
   * a film or a firm whose first word is on the forename lists ("Blue Water", "Grace Foods") is
   * named in full again. */
  #namedAlone(name: string, at = Infinity): boolean {
    // Named in full once: nothing to tell. Nor for a name written family name first, named again
    // by its first word, not its last.
    if (familyFirst(name) || (this.#fullNames.get(lastWord(name).toLowerCase())?.get(name) ?? 0) < 2) return true;
    // Nor, for a pronoun at `at`, when the second full naming comes after it (the last before `at`
    // is the first): a reader reads forward, and "Ed Lund stood by his tractor. '…,' he said"
    // cannot stop meaning Ed Lund because a later sentence names him in full again ("Tom Berg met
    // Ed Lund at the gate").
    return (
      memo(this.#alone, name, () => {
        const text = this.#text;
        const last = lastWord(name);
        const before = name.slice(0, name.length - last.length);
        let steps = 0;
        for (let i = text.indexOf(last); i >= 0 && steps++ < 200; i = text.indexOf(last, i + 1))
          if (!text.startsWith(before, i - before.length)) return true;
        return false;
      }) || this.#text.lastIndexOf(name, at - 1) <= this.#firstIndexOf(name)
    );
  }

  #alone = new Map<string, boolean>();

  /** Records a full name at `pos` joined by " and " to the full name before it. */
  #noteJoined(name: string, pos: number, end: number): void {
    const last = this.#lastFull;
    this.#lastFull = { name, end };
    if (!last || pos - last.end !== 5 || !this.#text.startsWith(' and ', last.end) || last.name === name) return;
    for (const [a, b] of [
      [name, last.name],
      [last.name, name],
    ] as const) {
      const list = this.#joined.get(a) ?? [];
      if (list.length < 4 && !list.includes(b)) list.push(b);
      this.#joined.set(a, list);
    }
  }

  /** "the Dutchman", "the 31-year-old": the one person (of `gender`, when known) named, or
   * speaking, in the paragraph of `pos` or the one before; an age in apposition ("Ann Lund, 31,")
   * that is `age` picks its person, another age rules one out. Null for none or two: naming the
   * wrong one of two is worse than the descriptor. */
  #describedPerson(pos: number, gender: string, age: string): Entity | null {
    const text = this.#text;
    let para = text.lastIndexOf('\n', pos - 1);
    while (para > 0 && text.charCodeAt(para - 1) === 10) para--;
    // The paragraph before only for one opening on a quotation or on a participle with no name
    // before the descriptor ("Asked about the fee, the German said"): one opening on its own
    // subject ("Okonjo-Reyes, who …", a name not read) is about someone this lookup may not see.
    const from = Math.max(
      pos - 3000,
      /^\s*(?:["“]|\p{Lu}\p{Ll}+(?:ed|ing) \P{Lu}*$)/u.test(text.slice(para, pos))
        ? text.lastIndexOf('\n', para - 1) + 1
        : para,
    );
    const last = this.#history[this.#history.length - 1];
    const speaker = last && last.pos >= from && last.entity.kind === 'person' ? last : null;
    const agrees = (e: Entity) => !gender || !e.gender || e.gender === gender;
    let found = speaker && speaker.pos >= para && agrees(speaker.entity) ? speaker.entity : null;
    let before = false;
    let rival: Entity | null = null;
    let led = -1;
    const people = this.#withLoneSurnames();
    for (let p = lowerBound(people, pos, atPos) - 1, n = 0; p >= 0 && n < LOOK_BACK; p--, n++) {
      const occ = people[p]!;
      if (occ.pos < from) break;
      // The nearest paragraph holding someone decides: the one before only when this has none.
      if (occ.pos < para && !before) {
        if (found || rival) break;
        before = true;
        if (speaker && agrees(speaker.entity)) found = speaker.entity;
      }
      if (this.#insideQuote(occ.pos)) continue;
      const e = this.#personAt(occ);
      // "Club manager Ruud Hoek": a role before a name shows a person, given name known or not.
      // A name that may be a firm's is no pick, but still a rival to one.
      if (!e || !agrees(e)) continue;
      if (!occ.roleLed && !this.#isPlausiblePerson(e)) {
        // "New Zealand captain Ann Lund said": a name opening the role phrase before a person
        // is whose captain she is (a team, a country, a firm), not a second person.
        if (led > occ.pos && !/[.!?\n]/.test(text.slice(occ.pos, led))) continue;
        rival = e;
        continue;
      }
      if (occ.roleLed) led = occ.pos;
      const given = /^[\p{L}'’ -]+, (\d{1,3}),/u.exec(text.slice(occ.pos, occ.pos + 60))?.[1];
      if (age && given) {
        if (given === age) return e;
        continue;
      }
      if (found && found !== e) return null;
      found = e;
    }
    if (rival && rival !== found) return null;
    return found ?? (speaker && agrees(speaker.entity) ? speaker.entity : null);
  }

  /** The person who opens the sentence holding `pos` or the one before it (the subject the
   * text is about), skipping names inside quotations; null when there is none. */
  #recentSubject(pos: number): Entity | null {
    const text = this.#text;
    const people = this.#withLoneSurnames();
    for (let p = lowerBound(people, pos, atPos) - 1, steps = 0; p >= 0 && steps < LOOK_BACK; p--, steps++) {
      const occ = people[p]!;
      if (!atMostOneSentenceEnd(text, occ.pos, pos, true)) break;
      if (!occ.subject || this.#insideQuote(occ.pos)) continue;
      const e = this.#personAt(occ);
      if (e && this.#isPlausiblePerson(e)) return e;
    }
    return null;
  }

  /** The person a name met at `occ` stands for: a lone word opening a full name met before
   * ("Mr Tay" after "Tay Boon Huat", a name written surname first) is that name's, as
   * `#lookupName` reads it (#firstWordBefore), so a pronoun joins the same card. */
  #personAt(occ: Occurrence): Entity | null {
    return this.#personByKey(surnameOf(this.#firstWordBefore(occ.key, occ.pos) ?? occ.key).toLowerCase());
  }

  #personByKey(key: string): Entity | null {
    // Cached: pronoun searches ask for the same few people over and over.
    return memo(this.#byKey, key, () => this.#findPerson(key));
  }

  #findPerson(key: string): Entity | null {
    const counts = this.#fullNames.get(key);
    let name: string | null = null;
    let best = -1;
    // Ties go to a name opening with a given name: "Ann Lund" over a headline's "Star Lund".
    if (counts)
      for (const [full, c] of counts) {
        const score = c + (full.includes(' ') && isForename(full.slice(0, full.indexOf(' '))) ? 0.5 : 0);
        if (score > best) {
          best = score;
          name = full;
        }
      }
    if (!name) {
      if (!this.#prescanGender.has(key)) return null;
      name = key[0]!.toUpperCase() + key.slice(1);
    }
    // An entity without counting a quote for it: ids stay in quote order because unused
    // entities are dropped from the speaker list.
    return this.#entity(
      name,
      'person',
      this.#prescanRole.get(name) ?? null,
      this.#prescanGender.get(key) || givenNameGender(name),
    );
  }

  /** Final names and ids: speakers with at least one quote, numbered in order of first quote;
   * each quote's speaker is refreshed with what the whole article taught (role, fullest name). */
  finish(quotes: Quote[]): Speaker[] {
    const byId = new Map(this.#order.map((e) => [e.id, e]));
    // A bare description met before the person it describes ("The brother … said", later "his
    // brother, Tomas Lindholm"): the one person whose role has that word takes it over.
    const holders = new Map<string, Set<Entity>>();
    const apart = new Set<Entity>();
    for (const e of this.#order) {
      if (e.kind !== 'person' || !e.role) continue;
      // "a former candidate for governor": an office the person left is not what "the
      // candidate" describes, so no word after "former" makes a holder; nor after another word
      // that makes the title another office ("the shadow chancellor", "deputy mayor").
      for (const w of e.role.toLowerCase().split(' ')) {
        if (w.startsWith('ex-') || OFFICE_CHANGERS.has(w)) break;
        if (w.length > 3) holders.set(w, (holders.get(w) ?? new Set()).add(e));
      }
    }
    for (const q of quotes) {
      const e = q.speaker ? byId.get(q.speaker.id) : undefined;
      if (!e || !q.speaker) continue;
      // Only a noun for a person, or the head of the holder's role ("a gynecologist from …"):
      // "the report" is not the person whose role mentions a report ("one of the authors of
      // that report"), nor "the state" the "Secretary of State".
      // A description of more words ("Trust chief says …", "The Greens' leader tells …"): its
      // last word is the head, and each word before it opens a word of the holder's role ("the
      // trust's chief executive"), so "Opposition leader" is not the "Majority Leader".
      const m = q.speaker.mention;
      const words = e.name.toLowerCase().split(' ');
      const word = words.pop()!;
      // Of the holders of the head, the one whose role opens a word with each word before it;
      // a body's kind ("Club president", "the club's president") is the page's body, named or not.
      const fit = [...(holders.get(word) ?? [])].filter((h) =>
        words.every((w) => ORG_NOUNS.has(w.replace(/['’]s$/, '')) || h.role!.toLowerCase().includes(w.slice(0, 5))),
      );
      const holder = e.kind === 'unknown' && fit.length === 1 ? fit[0] : undefined;
      if (
        holder &&
        (!words.length ||
          // opening its line or a clause after a semicolon, or definite and in full ("the club's
          // president confirmed"); in prose "a Carrier executive", or a later "the executive" for
          // one, may be a person the page never names.
          (m && (/(^|[\n;] *|the )$/i.test(this.#text.slice(m.start - 4, m.start)) || /^the \S+ /i.test(m.text)))) &&
        (ROLE_WORDS.has(word) || PERSON_HEADS.has(word) || roleHead(holder.role!) === word) &&
        !apart.has(e) &&
        !this.#namedFarAhead(m, holder) &&
        // Once a description is found to bring in someone else, so do its later pronouns.
        !(this.#introducesAnother(m, holder) && apart.add(e))
      ) {
        holder.aliases.add(m?.text ?? e.name);
        q.speaker = { ...q.speaker, id: holder.id };
      }
    }
    const ids = new Map<Entity, string>();
    const list: Speaker[] = [];
    for (const q of quotes) {
      const e = q.speaker ? byId.get(q.speaker.id) : undefined;
      if (!e || !q.speaker) continue;
      let id = ids.get(e);
      if (!id) {
        id = 's' + (list.length + 1);
        ids.set(e, id);
        list.push({
          id,
          name: e.name,
          kind: e.kind,
          role: e.role,
          aliases: [...e.aliases].filter((a) => a !== e.name),
          quoteCount: 0,
        });
      }
      list[Number(id.slice(1)) - 1]!.quoteCount++;
      q.speaker = { ...q.speaker, id, name: e.name, kind: e.kind, role: e.role };
    }
    return list;
  }

  /** "the director said" in the body refers back, to someone the reader has met (the film's
   * maker), not to a holder of "artistic director" first named paragraphs later; only within its
   * paragraph or the next ("the spokesman said …", then "…, said X, the spokesman") is the name
   * still to come. A headline's or dek's (the text's first two lines) looks ahead to the body. */
  #namedFarAhead(mention: Mention | null, holder: Entity): boolean {
    const intro = this.#introduction(holder);
    return (
      !!mention &&
      /^the /i.test(mention.text) &&
      intro !== null &&
      lineBreaks(this.#text, 0, mention.start) > 1 &&
      lineBreaks(this.#text, mention.end, intro.start) > 1
    );
  }

  /** "another supporter", "a friend" after the person the role names was introduced: a
   * description that sets its referent apart from one already met ("another", "other") or an
   * indefinite one that brings a new person in ("a", "an", "one") is not that person. An
   * indefinite met before the name may be the person first described ("A spokesman said …",
   * later "the spokesman, Lena Berg"). */
  #introducesAnother(mention: Mention | null, holder: Entity): boolean {
    const first = /^\S+/.exec(mention?.text ?? '')?.[0]?.toLowerCase();
    if (!mention || !first) return false;
    if (first === 'another' || first === 'other') return true;
    if (first !== 'a' && first !== 'an' && first !== 'one') return false;
    // "A nurse who asked not to be named said …": a restrictive clause already tells who she is
    // (an anonymous source), so she is no one named later ("staff nurse Ann Lund").
    if (this.#text.startsWith(' who ', mention.end)) return true;
    const intro = this.#introduction(holder);
    return intro !== null && intro.start < mention.start;
  }
}

const RUN_NONE = 0;
const RUN_ORG = 1;
const RUN_SINGLE = 2;
const RUN_PERSON_KEY = 3;
const RUN_FULL = 4;

/** What a capitalised run says: an organisation, a full person name (with role and honorific
 * gender), a lone name, or nothing; `offset` skips an opener ("But Trump" -> "Trump"). */
interface RunReading {
  kind: number;
  offset: number;
  key: string;
  name: string;
  role: string;
  gender: string;
}

/** readPieces of runs met in earlier articles: the same names recur from article to article
 * ("Hillary Clinton", "White House"), and a reading depends on the run alone. Emptied when full,
 * so a stream of articles keeps it bounded. */
const piecesMet = new Map<string, { at: number; end: number; reading: RunReading }[]>();
const PIECES_MET_MAX = 5000;

/** longFormOfRun's answers for runs met before, kept as piecesMet is: they depend on the run alone. */
const longFormsMet = new Map<string, { name: string; initials: string } | null>();

/** A run as a long form an acronym may stand for, without what follows it in the text: its name
 * (the words from the first that is no connector or opener, cleaned) and its initials; null for
 * a run of fewer than two such words or with a word ending in a period that is no initial. */
function longFormOfRun(run: string): { name: string; initials: string } | null {
  let form = longFormsMet.get(run);
  if (form === undefined) {
    if (longFormsMet.size >= PIECES_MET_MAX) longFormsMet.clear();
    const all = run.split(SPACE);
    const words = all.filter((w) => !isConnector(w) && !RUN_OPENERS.has(w));
    form =
      words.length < 2 || words.some((w) => w.endsWith('.') && !/^[A-Z]\.$/.test(w))
        ? null
        : {
            name: (words.length === all.length ? run : run.slice(run.indexOf(words[0]!)))
              .split(SPACE)
              .map(clean)
              .join(' '),
            initials: words.map((w) => w[0]!.toUpperCase()).join(''),
          };
    longFormsMet.set(run, form);
  }
  return form;
}

/** Splits one regex match into runs: a run ends after a word with a period that is not an
 * initial or an honorific ("in Syria. The ministry"). `at` is each run's offset in the match. */
function piecesOf(match: string): { at: number; end: number; reading: RunReading }[] {
  let pieces = piecesMet.get(match);
  if (!pieces) {
    if (piecesMet.size >= PIECES_MET_MAX) piecesMet.clear();
    piecesMet.set(match, (pieces = readPieces(match)));
  }
  return pieces;
}

/** Capitalised words after " and " (at most three, the last maybe hyphenated, then no further
 * capitalised word), after up to three one-word fields listed with commas ("of Food, Farming and …"). */
const AND_TAIL = /^(?:, [A-Z][a-z]+){0,3} and ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]| [A-Z])/;

/** "Department of Health and Human Services", "Centers for Disease Control and Prevention": the
 * words after "and" that end an institution's name the run at `end` began, or ''. The run must
 * hold the institution's head word before "of"/"for", and the words after "and" open no
 * person's name and name no second organisation ("… of Justice and Attorney General Ada Roe",
 * "… of Justice and Congress"). */
function institutionTail(text: string, run: string, end: number): string {
  if (!/ (?:of|for) /.test(run)) return '';
  const m = AND_TAIL.exec(text.slice(end, end + 99));
  if (!m) return '';
  const tail = m[1]!.split(' ');
  const lowers = run.split(SPACE).map((w) => w.toLowerCase());
  // So does a title's field ("Minister for Trade and Industry Ada Roe"), a name after its word.
  // With a given name the tables lack, a field word before a two-word name ("… and Innovation
  // Bjarki Roe") is read by the name's length: three words after a role, the first no given name.
  if (
    !orgBeforeConnector(lowers) &&
    !((isForename(tail[1] ?? '') || (tail[2] && !isForename(tail[0]!))) && lowers.some((w) => ROLE_WORDS.has(w)))
  )
    return '';
  // A body's word may end a tail of two words or more ("… and Red Crescent Societies").
  const body = tail.length > 1 && ORG_HEADS.has(tail[tail.length - 1]!.toLowerCase());
  if (
    (isForename(tail[0]!) && !body) ||
    tail.some(
      (w, k) =>
        ROLE_WORDS.has(w.toLowerCase()) ||
        HONORIFICS.has(w.toLowerCase()) ||
        (ORG_HEADS.has(w.toLowerCase()) && !(body && k === tail.length - 1)),
    )
  )
    return '';
  return m[0];
}

/** "Securities and Exchange Commission (SEC)", "Docks and Logistics Union (DLU)": capitalised
 * words, "and", then the run at `pos`, with bracketed initials that are all of theirs in order, is
 * one body's name (and the initials' long form); the run alone ("Exchange Commission") is no name. */
function andJoined(text: string, run: string, pos: number): string[] | null {
  const acronym = ACRONYM_AFTER.exec(text.slice(pos + run.length + 1, pos + run.length + 14))?.[1];
  const and = text.startsWith(' and ', pos - 5);
  const need = acronym && and ? acronym.length - run.split(' ').length : 0;
  const m =
    need > 0 && new RegExp(`(?:\\p{Lu}\\S* ){${need}}(?=and $)`, 'u').exec(text.slice(Math.max(0, pos - 60), pos));
  const name = m && m[0] + 'and ' + run;
  if (name && (name + ' ').replace(/(\S)\S* (?:and )?/g, '$1') === acronym) return [name, acronym];
  // Without initials, "the Rail and …": one common word after the article, and the run on a
  // body's head ("… Workers' Union") is that body's name; a person, a role or a body before
  // "and" ("the Kremlin and …") is a list.
  const w = and && /\b[Tt]he ([A-Z][a-z]+) and $/.exec(text.slice(Math.max(0, pos - 30), pos))?.[1];
  return w &&
    ORG_HEADS.has(lastWord(run).toLowerCase()) &&
    !ORG_HEADS.has(w.toLowerCase()) &&
    !ROLE_WORDS.has(w.toLowerCase()) &&
    !isForename(w)
    ? [w + ' and ' + run, '']
    : null;
}

/** A capitalised role word, "of the" and a space, just before a run ("Leader of the …"). */
const TITLE_OF_THE = /(?:^|[^\w.])([A-Z][a-z]+) of the $/;

/** "Leader of the Opposition B.S. Hegde", "Speaker of the House Ada Lund": the capitalised run
 * after a title's "of the" opens with the title's object, not the person; the name starts at the
 * first given name or initial, and the title with its object is the role. The run is read
 * without the text before it, so this is decided here. Unchanged without a role word before
 * "of the" or a name of two words or more after the object. */
function titleObjectOff(text: string, pos: number, run: RunReading): RunReading {
  if (pos < 8 || text.charCodeAt(pos - 1) !== 32 || text.charCodeAt(pos - 2) !== 101) return run; // "… the "
  const m = TITLE_OF_THE.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m || !ROLE_WORDS.has(m[1]!.toLowerCase())) return run;
  const words = run.name.split(' ');
  let k = 1;
  while (k < words.length - 1 && !isForename(words[k]!) && !/^(?:[A-Z]\.)+$/.test(words[k]!)) k++;
  if (k >= words.length - 1) return run;
  const object = words.slice(0, k).join(' ');
  return {
    ...run,
    offset: run.offset + object.length + 1,
    name: words.slice(k).join(' '),
    role: `${m[0].slice(m[0].indexOf(m[1]!))}${object}`,
  };
}

function readPieces(match: string): { at: number; end: number; reading: RunReading }[] {
  const pieces: { at: number; end: number; reading: RunReading }[] = [];
  let words: string[] = [];
  let at = 0;
  let pos = 0;
  for (const w of match.split(SPACE)) {
    // "On Mill Row I saw …": "I" is a regnal numeral only after a given name ("Henry I"); after
    // any other word it is the pronoun, and the run ends before it.
    if (w === 'I' && words.length && !isForename(words[words.length - 1]!)) {
      pushRun(pieces, words, at, pos - 1);
      words = [];
      pos += 2;
      continue;
    }
    if (words.length === 0) at = pos;
    words.push(w);
    pos += w.length + 1; // the pattern allows a single separator
    if (
      w.endsWith('.') &&
      w.length > 2 &&
      !HONORIFICS.has(w.toLowerCase()) &&
      !ROLE_WORDS.has(w.toLowerCase()) &&
      !/^([A-Z]\.)+$/.test(w)
    ) {
      pushRun(pieces, words, at, pos - 1);
      words = [];
    }
  }
  if (words.length) pushRun(pieces, words, at, match.length);
  return pieces;
}

/** Adds a run's reading to `pieces`. "Texas Sen. Ted Cruz’s GOP", "Hillary Clinton’s State
 * Department": a body owned by a person (an owner read as a name with a given name, a title or an
 * honorific) is the body after the possessive, not one organisation of all the words, and the
 * owner is a person of their own (so a later "Cruz said" finds the full name); an owner of one
 * word stays in the body's name ("McDonald’s Corp", "Moody’s Investors Service"). A body owning
 * words that name no body ("Veltrane Therapeutics’ Phase 2 trial") is a body of its own too, so
 * "the company" finds it; before a body's name ("… Agency’s Near-Earth Object Office") the run
 * stays one name. A person's possessive takes its "s" ("Free Citizens’ Party" is no one's). */
function pushRun(pieces: { at: number; end: number; reading: RunReading }[], words: string[], at: number, end: number) {
  const reading = readRun(words);
  let k = reading.kind === RUN_ORG ? words.length - 2 : 0;
  while (k > 0 && !/['’]s?$/.test(words[k]!)) k--;
  if (k > 0) {
    const owner = readRun(words.slice(0, k + 1));
    if (
      owner.kind === RUN_ORG
        ? readRun(words.slice(k + 1)).kind !== RUN_ORG
        : /s$/.test(words[k]!) &&
          (owner.kind === RUN_PERSON_KEY ||
            (owner.kind === RUN_FULL &&
              (owner.role || owner.gender || isForename(owner.name.slice(0, owner.name.indexOf(' '))))))
    ) {
      const ownerEnd = at + words.slice(0, k + 1).join(' ').length;
      pieces.push(
        { at, end: ownerEnd, reading: owner },
        { at: ownerEnd + 1, end, reading: readRun(words.slice(k + 1)) },
      );
      return;
    }
  }
  pieces.push({ at, end, reading });
}

function readRun(raw: string[]): RunReading {
  let words = raw;
  let offset = 0;
  const none: RunReading = { kind: RUN_NONE, offset, key: '', name: '', role: '', gender: '' };
  while (words.length && CONNECTORS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  // "As for Lund": after an opener, a connector begins no name either.
  while (
    words.length > 1 &&
    (RUN_OPENERS.has(words[0]!) ||
      (offset > 0 && CONNECTORS.has(words[0]!)) ||
      // "One of Lund's aides", "Some of Lund's voters": a share of the name's people, not a name.
      (QUANTIFIERS.has(words[0]!) && words[1] === 'of') ||
      // "Every Lund store …": a determiner of each member before one word (a longer run may be a
      // name that opens so, "Every Child Counts Act").
      (words.length === 2 && (words[0] === 'Every' || words[0] === 'Each')) ||
      // "On Sunday Mr. Ruiz", "In March Ada Lund": a weekday, or a month that is no given name
      // ("April Ryan"), before an honorific, a title or a given name dates the clause.
      ((WEEKDAYS.has(words[0]!.toLowerCase()) || (MONTH_OPENING.test(words[0]! + ' ') && !isForename(words[0]!))) &&
        (HONORIFICS.has(words[1]!.toLowerCase()) || ROLE_WORDS.has(words[1]!.toLowerCase()) || isForename(words[1]!))))
  ) {
    offset += words[0]!.length + 1;
    words = words.slice(1);
  }
  while (
    words.length &&
    /day\.?$/.test(words[words.length - 1]!) &&
    WEEKDAYS.has(clean(words[words.length - 1]!).toLowerCase())
  )
    words = words.slice(0, -1);
  if (words.length === 0) return none;
  const cleaned = words.map(clean);
  const lowers = cleaned.map((w) => w.toLowerCase());
  const last = cleaned[cleaned.length - 1]!;
  const key = lowers[lowers.length - 1]!;
  if (!last) return none;
  // "Judge Ada Lund KC", "Tom Roe OBE", "Ada Lund MP": an honour after a capitalised word, or a
  // seat after a given name and a surname, is no acronym ending a body's name (read as one, an
  // "it" took the person); the name is read without it.
  const post = words.length > 2 ? POST_NOMINAL.exec(last) : null;
  if (post && (post[1] ? /^\p{Lu}/u.test(cleaned[cleaned.length - 2]!) : isForename(cleaned[cleaned.length - 3]!))) {
    const r = readRun(words.slice(0, -1));
    return { ...r, offset: offset + r.offset };
  }
  const acronym = last.length >= 2 && /^[A-Z]+$/.test(last) && !GENERATION.test(last);
  if (words.length === 1)
    return { kind: acronym ? RUN_ORG : RUN_SINGLE, offset, key, name: last, role: '', gender: '' };
  // "Minister of Economy and Finance Choi Jae-hoon" (a run cut at "and"): a name written family
  // name first is two words, and the word before it, no title or honorific, is no part of it.
  const n = words.length - 2;
  const pair = cleaned.slice(n).join(' ');
  if (n > 0 && familyFirst(pair) && !ROLE_WORDS.has(lowers[n - 1]!) && !HONORIFICS.has(lowers[n - 1]!))
    return {
      kind: RUN_FULL,
      offset: offset + words.slice(0, n).join(' ').length + 1,
      key,
      name: pair,
      role: '',
      gender: '',
    };
  // A place, or a run in capitals only (a dateline, a heading: "LOS ANGELES", "FULL TEXT").
  // "Betsy Lund of Burke County": a person of a place is read below. "Coach Linda Park", "Dr. Ann
  // Street": a title or honorific opening a run without "of" makes its last word a surname.
  const ofPlace =
    PLACE_HEADS.has(key) &&
    ((placeAfterName(lowers) > 0 && isForename(cleaned[0]!)) ||
      ((HONORIFICS.has(lowers[0]!) || ROLE_WORDS.has(lowers[0]!)) && !lowers.includes('of')));
  if ((PLACE_HEADS.has(key) && !ofPlace) || (!/[a-z]/.test(last) && cleaned.every((w) => !/[a-z]/.test(w))))
    return none;
  // "North Carolina", "South Korea": a compass word opening two words names a place, although
  // the forename lists hold "North" and "West". "Nobel Prize-winning", "Texas-based": a last word
  // ending in a lower-case participle is an adjective before a noun, not a surname.
  if (
    (words.length === 2 && (COMPASS.has(lowers[0]!) || PLACE_OPENERS.has(lowers[0]!))) ||
    ADJECTIVE_COMPOUND.test(last)
  )
    return none;
  // "Ann Lund of Halden University", "Dr. Ann Lund of Acme Capital": a given name and a surname
  // before "of" name a person, and what follows is where they work, whatever its head word.
  // So do a title and such a name ("Professor Ada Lund of Halden University"), or a name written
  // family name first ("Prof. Choi Eun-ji of …").
  const ofAt = lowers.indexOf('of');
  let first = ofAt > 2 && ROLE_WORDS.has(lowers[0]!) ? 1 : 0;
  while (first < ofAt && HONORIFICS.has(lowers[first]!)) first++;
  if (
    ofAt - first >= 2 &&
    ofAt - first <= 3 &&
    (isForename(cleaned[first]!) || familyFirst(cleaned.slice(first, ofAt).join(' '))) &&
    !lowers.slice(first, ofAt).some((w) => ORG_HEADS.has(w) || ROLE_WORDS.has(w))
  ) {
    const person = readRun(words.slice(0, ofAt));
    if (person.kind === RUN_FULL) return { ...person, offset: offset + person.offset };
  }
  // "Department of Defense", "Campaign for Lund": an organisation's head word before "of"/"for".
  const orgBeforeConnector = lowers.some((w, k) => ORG_HEADS.has(w) && isConnector(lowers[k + 1] ?? ''));
  // "Bank of Canada Governor Ada Lund", "Court of Appeals Judge Ann Roe": a title after the
  // body's name opens the person's; the body and the title are the role. Read as one
  // organisation, the name was no one's and a later "Lund said" found no full name.
  for (let k = ofAt + 2; orgBeforeConnector && ofAt > 0 && k < words.length - 1; k++)
    if (ROLE_WORDS.has(lowers[k]!)) {
      const after = readRun(words.slice(k));
      if ((after.kind !== RUN_FULL && after.kind !== RUN_PERSON_KEY) || !after.role) break;
      const lead = words.slice(0, k).join(' ');
      return { ...after, offset, role: lead + ' ' + after.role };
    }
  // "Radio 5 Live", "Channel 4 News": a number inside the run is no part of a person's name.
  if (ORG_HEADS.has(key) || acronym || orgBeforeConnector || cleaned.some((w) => isDigit(w.charCodeAt(0))))
    return { kind: RUN_ORG, offset, key, name: cleaned.join(' '), role: '', gender: '' };
  // "Friends for Lund", "Lund for Senate": a run with "for" and a short name after it names a
  // campaign or a group; after a longer one with a role, "for" only joined a word to the name
  // ("Monday for Senator Ann Lund").
  const forAt = lowers.indexOf('for');
  if (forAt > 0) {
    const rest = words.slice(forAt + 1);
    // "Ada Lund for Dust", "Tom Berg for The Long Night": a given name and a surname before "for"
    // are a person (an award's winner, a film's star), the title after it no part of the name; not
    // "Young Americans for Freedom" (a plural) or "Ada Lund for Senate" (a campaign for an office).
    const person =
      forAt === 2 &&
      isForename(words[0]!) &&
      !GROUP_PLURAL.test(cleaned[1]!) &&
      !rest.some((w) => ROLE_WORDS.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()))
        ? readRun(words.slice(0, forAt))
        : none;
    if (person.kind === RUN_FULL) return { ...person, offset: offset + person.offset };
    if (rest.length <= 2 && !rest.some((w) => ROLE_WORDS.has(w.toLowerCase())))
      return { kind: RUN_ORG, offset, key, name: cleaned.join(' '), role: '', gender: '' };
    // "Minister for Health Ann Lund", "TD for Clare Ann Lund": after a role, the object of "for"
    // (a word at least, if a name of two is left) is role too, up to a given name.
    let k = 0;
    if (rest.length > 2 && lowers.slice(0, forAt).some((w) => ROLE_WORDS.has(w))) {
      k = 1;
      // A compass word in the object is the place's ("MP for Leeds North Ann Lund").
      while (k < rest.length - 2 && (!isForename(clean(rest[k]!)) || COMPASS.has(rest[k]!.toLowerCase()))) k++;
      // With no given name, the object is its first word ("Minister for Manpower Lim Chee Wah").
      if (!isForename(clean(rest[k]!))) k = 1;
    }
    const lead = words.slice(0, forAt + 1 + k).join(' ');
    const after = readRun(rest.slice(k));
    return { ...after, offset: offset + lead.length + 1 + after.offset, role: after.role || (k ? lead : '') };
  }
  // "Colorado’s Ann Lund": an owner before a given name and a surname is no part of the name.
  for (let k = words.length - 3; k >= 0; k--)
    if (/['’]s?$/.test(words[k]!) && isForename(cleaned[k + 1]!)) {
      const after = readRun(words.slice(k + 1));
      return { ...after, offset: offset + words.slice(0, k + 1).join(' ').length + 1 + after.offset };
    }
  // "Ecologist Tobias Hendrikse", "Sprinter Ada Roe", "Co-anchor Ann Lund", "Frontman Ed Lund",
  // "Retiree Ada Roe": an agent noun (AGENT_NOUN's endings) that is no given name, before a given
  // name and a surname, is a role; so is a compound adjective ("Texas-based Ann Lund").
  let roleEnd =
    ((AGENT_NOUN.test(lowers[0]!) && !isForename(cleaned[0]!)) || ADJECTIVE_COMPOUND.test(lowers[0]!)) &&
    isForename(cleaned[1]!) &&
    words[2]
      ? 0
      : -1;
  for (let k = 0; k < words.length - 1; k++)
    if (ROLE_WORDS.has(lowers[k]!) || ROLE_WORDS.has(words[k]!.toLowerCase())) roleEnd = k;
  // "Ann Lund of Ohio": a person's name ends before "of" and the place after it.
  const of = placeAfterName(lowers);
  if (roleEnd < 0 && of > 0) {
    const person = readRun(words.slice(0, of));
    return { ...person, offset: offset + person.offset };
  }
  // "Secretary of State Ann Lund", "Chief of Staff …": the role goes on through "of" and the
  // word after it, so long as a name of two words or more is left; "Director of Government Affairs
  // Phil Smith": and on through the object up to a given name, a name with an initial after its
  // first word ("John F. Kerry") or a surname opening on "St" ("Ada St Hill"), or the last two words.
  while (roleEnd >= 0 && CONNECTORS.has(lowers[roleEnd + 1] ?? '') && roleEnd + 4 < words.length) {
    roleEnd += 2;
    while (
      roleEnd + 3 < words.length &&
      !isForename(cleaned[roleEnd + 1]!) &&
      !/^(?:[A-Z]\.|St\.?)$/.test(words[roleEnd + 2]!)
    )
      roleEnd++;
  }
  // "Acme News Ann Lund" (a possessive cleaned away): an organisation's head word before a given
  // name and a surname is the person's affiliation, not part of the name.
  // Initials count as an organisation's name here ("NRC Ann Lund"), and so does any owner
  // ("Acme’s Ann Lund", "the Courier’s Ann Lund": her employer, not her name).
  for (let k = roleEnd + 1; k < words.length - 2; k++)
    if (
      (ORG_HEADS.has(lowers[k]!) || INITIALS.test(cleaned[k]!) || cleaned[k] !== words[k]) &&
      words.length - k <= 4 &&
      isForename(cleaned[k + 1]!)
    )
      roleEnd = k;
  // "Halden University Press": an organisation's head word followed by anything but a given name
  // is inside an organisation's name; so is one opening the run ("Maison Roe", "Brauerei Roe": a
  // family firm's trade word before the founder's surname, even when a given-name table holds it).
  for (let k = roleEnd + 1; k < words.length - 1; k++)
    if (ORG_HEADS.has(lowers[k]!) && !isForename(cleaned[k + 1]!))
      return { kind: RUN_ORG, offset, key, name: cleaned.join(' '), role: '', gender: '' };
  // "… and Chief Negotiator Dr Omar Haddad", "Principal Dr Ada Lund": an honorific before a name
  // of two opens it; the words before it (a role word or any other noun) are the role.
  for (let k = roleEnd + 1; k < words.length - 2; k++) if (HONORIFICS.has(lowers[k]!)) roleEnd = k - 1;
  let gender = '';
  let nameStart = roleEnd + 1;
  // "Secretary of State Jon Lund", "Chief of Staff Ada Roe": the role's object after "of" is role
  // too, up to the forename (or, without one, the last word).
  if (roleEnd >= 0 && CONNECTORS.has(words[nameStart] ?? '')) {
    let k = nameStart + 1;
    while (k < words.length - 1 && !isForename(cleaned[k]!) && HONORIFICS.get(lowers[k]!) === undefined) k++;
    roleEnd = k - 1;
    nameStart = k;
    // "Minister of Regional Integration": a last word in -tion or -sion is the office's field, a
    // noun, no surname (as "Secretary of State Kerry" has): the run names an office, no one.
    if (k === words.length - 1 && /[st]ions?$/.test(key)) return { ...none, key };
  }
  const honorific = (k: number) => HONORIFICS.get(words[k]!.toLowerCase());
  while (nameStart < words.length - 1 && honorific(nameStart) !== undefined) gender = honorific(nameStart++)!;
  // A headline's "President On Lund": an opener after the title is no part of the name.
  while (nameStart > 0 && nameStart < words.length - 1 && RUN_OPENERS.has(words[nameStart]!)) nameStart++;
  if (nameStart > 0 && honorific(nameStart - 1) !== undefined) gender = honorific(nameStart - 1)!;
  // "Gov. Ada Lund of Iowa": after a titled person's name, "of" names their place.
  let nameEnd = words.length;
  if (nameStart > 0)
    for (let k = nameStart + 1; k < words.length; k++)
      if (/^(?:of|for)$/.test(words[k]!)) {
        nameEnd = k;
        break;
      }
  const name = cleaned.slice(nameStart, nameEnd).filter(Boolean);
  let roleInName = false;
  // "Charlie King", "Ada Bishop": a role word that is also a family name, last after a given
  // name, is the surname.
  for (let k = nameStart; k < lowers.length; k++)
    if (
      ROLE_WORDS.has(lowers[k]!) &&
      !(k > nameStart && k === lowers.length - 1 && SURNAME_ROLES.has(lowers[k]!) && isForename(cleaned[k - 1]!))
    )
      roleInName = true;
  const role =
    roleEnd >= 0
      ? words
          .slice(0, roleEnd + 1)
          .filter((w) => !HONORIFICS.has(w.toLowerCase()))
          .join(' ')
      : '';
  // The key is the name's own last word: "Sen. Ann Lund of Ohio" is "lund", not "ohio".
  // "Joseph R. Biden Jr." is "biden": a generational suffix is no surname.
  const nameKey = name.length ? familyName(name.join(' ')).toLowerCase() : key;
  // "María José Gallardo Ruiz de Alda": two given names and two surnames, a particle in one.
  const core = name.filter((w) => !CONNECTORS.has(w)).length;
  if (name.length >= 2 && core <= (core < name.length ? 5 : 4) && !roleInName)
    return { kind: RUN_FULL, offset, key: nameKey, name: name.join(' '), role, gender };
  if (name.length === 1)
    return {
      kind: gender || roleEnd >= 0 ? RUN_PERSON_KEY : RUN_SINGLE,
      offset,
      key: nameKey,
      name: name[0]!,
      role,
      gender,
    };
  return { ...none, key, gender };
}

/** "Department of Public Works", "Bank of Lund": an organisation's head word before "of"/"for"
 * inside a name (what readRun reads as an organisation; a possessive before it, "the city's
 * Department of …", left the mention's name without that reading). */
function orgBeforeConnector(words: string[]): boolean {
  for (let k = 0; k + 2 < words.length; k++)
    if (ORG_HEADS.has(words[k]!.toLowerCase()) && isConnector(words[k + 1]!)) return true;
  return false;
}

/** Lower-case nouns of organisations and works that introduce a name in apposition ("the
 * studio, Meridian Pictures", "the journal Field Notes", "the band Hollow Pines"). */
const ORG_APPOSITIVE_NOUNS = wordSet(
  'studio journal publisher label band firm company agency charity startup retailer chain brand maker manufacturer ' +
    'insurer airline carrier broadcaster developer newspaper magazine website network outlet channel station group ' +
    'nonprofit organization organisation association foundation institute lab laboratory utility watchdog club',
);

/** "Roe's house, Maison Roe", "Lund's label, Ada Lund Studio": a name at `pos` in apposition to a
 * possessive and a body's noun names a thing someone owns, not a person, even when it opens with a
 * word the given-name table holds. An agent noun ("Roe's publisher, Ada Lund") may be a person's. */
function ownedBody(text: string, pos: number): boolean {
  const owned = /\p{Lu}[\p{L}-]*['’]s (\p{Ll}+), $/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return !!owned && (owned[1] === 'house' || (ORG_APPOSITIVE_NOUNS.has(owned[1]!) && !owned[1]!.endsWith('er')));
}

/** True when the name at `pos` follows "the <organisation noun>" and at most a comma ("The
 * studio, Meridian Pictures, said"): the article says what kind of thing the name is. Walks
 * back over two words without a regex (most names follow none). */
function afterOrgNoun(text: string, pos: number): boolean {
  let k = pos - 1;
  if (text.charCodeAt(k) !== 32) return false;
  k--;
  const comma = text.charCodeAt(k) === 44;
  if (comma) k--;
  // "a company called Acme Vale", "a firm named …": the noun names the kind under any determiner.
  const called = !comma && /(?:^| )(?:call|nam)ed$/.test(text.slice(Math.max(0, k - 6), k + 1));
  if (called) k = text.lastIndexOf(' ', k) - 1;
  const nounEnd = k + 1;
  while (k >= 0 && isAsciiLetter(text.charCodeAt(k))) k--;
  if (k < 1 || text.charCodeAt(k) !== 32 || !ORG_APPOSITIVE_NOUNS.has(text.slice(k + 1, nounEnd).toLowerCase()))
    return false;
  if (called) return true;
  let det = '';
  // "The energy company, Southern Power, said": one modifier may stand before the noun.
  for (let n = 0; n < 2 && det !== 'the' && det !== 'its' && det !== 'their' && text.charCodeAt(k) === 32; n++) {
    const detEnd = k--;
    while (k >= 0 && isAsciiLetter(text.charCodeAt(k))) k--;
    det = text.slice(k + 1, detEnd).toLowerCase();
  }
  if (det !== 'the' && det !== 'its' && det !== 'their') return false;
  // "a spokesman for the agency, Ada Lund, said": after a comma, a preposition's object leaves
  // the name in apposition to the phrase before it, a person ("in the journal X" names X).
  if (!comma) return true;
  const wordEnd = k;
  k--;
  while (k >= 0 && isAsciiLetter(text.charCodeAt(k))) k--;
  return !APPOSITIVE_PREPOSITIONS.has(text.slice(k + 1, wordEnd).toLowerCase());
}

/** "X ruled …. But a state ballot commission …; the commission said": a body of the noun's kind
 * introduced by an indefinite article after the named one is what the definite noun stands for
 * (read in the 2,000 characters before `to`; `head` is letters only). */
function introducedSince(text: string, from: number, to: number, head: string): boolean {
  return RegExp(`\\b[Aa]n? (?:[\\w-]+ ){0,3}${head}\\b`).test(text.slice(Math.max(from, to - 2000), to));
}

/** "Voltara, the state power utility,", "Acme, a utility that …", "newspaper Diário Desportivo",
 * "Roe & Lund, the retailer with 90 stores,", "Acme, the battery company backed by Roe Capital,"
 * (a participle's phrase after the noun): the last body introduced with `head` or a noun of
 * its kind in the 2,000 characters before `to` (the paragraph before counts), with where the introduction
 * ends; an empty name when two bodies were, so the noun stays as written. A name opening with a
 * given name, or a person's key (`person`: "Lund, the operator,"), is no body's. */
function introducedAs(
  text: string,
  to: number,
  head: string,
  person: (w: string) => boolean,
): { pos: number; name: string } | null {
  const from = Math.max(0, to - 2000);
  const n = `(?:${Object.keys(NOUN_FITS)
    .filter((k) => NOUN_FITS[k] === NOUN_FITS[head])
    .join('|')})`;
  const name = String.raw`(\p{Lu}[\p{L}&-]*(?: (?:& )?\p{Lu}[\p{L}&-]*){0,4})`;
  let found: { pos: number; name: string } | null = null;
  for (const m of text
    .slice(from, to)
    .matchAll(
      RegExp(
        String.raw`(?:The )?${name}, (?:the|an?) (?:[a-z'’-]+ ){0,3}?${n}(?=[,.;]| (?:of|that|which|with|[a-z]+ed by)\b)|\b(?:[Tt]he|its|\p{Lu}\p{Ll}+) (?:[a-z-]+ )?${n},? ${name}`,
        'gu',
      ),
    )) {
    const got = m[1] ?? m[2]!;
    const first = got.split(' ')[0]!;
    if (isForename(first) || person(got) || WEEKDAYS.has(first.toLowerCase())) continue;
    found = { pos: from + m.index + m[0].length, name: found && found.name !== got ? '' : got };
  }
  return found;
}

/** "the airline" is no "Nordic Airline Pilots Association": a noun two words or more before a
 * name's end, and not before "of"/"for", modifies another; the name is of something else. (Only
 * for a noun of a kind of body: an owner's word, "the Qastari ministry", may open a name.) */
function modifies(name: string, head: string): boolean {
  const w = name.toLowerCase().split(' ');
  const i = w.findIndex((x) => x.startsWith(head));
  return i >= 0 && i + 2 < w.length && !/^(?:of|for|on)$/.test(w[i + 1]!);
}

/** The head noun of an organisation's name: the word before "of"/"for"/"on" ("Office of Rail
 * Standards", "Department for Transport", "Council on Trade"), else its last word; lower-cased. */
function nameHead(name: string): string {
  const w = name.toLowerCase().split(' ');
  const k = w.findIndex((x, i) => i > 0 && (x === 'of' || x === 'for' || x === 'on'));
  return k > 0 ? w[k - 1]! : w[w.length - 1]!;
}

/** Things and documents that "it" stands for when one opens a sentence: they are quoted, but
 * they are not the body that speaks. */
const THING_NOUNS = wordSet(
  'email e-mail memo letter post tweet message video ad advert advertisement affidavit lawsuit suit complaint ' +
    'constitution report study paper piece article document website site sign book bill law order ruling plan proposal ' +
    'poll survey audit review petition brochure leaflet flyer statement release analysis filing',
);
/** How many earlier names holding a word are searched for the organisation it opens. */
const ORG_REACH = 20;
/** The verb right after "it" when a document may be its subject ("it said", "it reads", "it
 * continued:"); a base form only after "does"/"did" ("it would add" is no speech). */
const THING_CUE =
  /^ (?:(?:also|now|further|then|later) )?(?:(?:does|did) say|says|said|reads?|found|finds|(?:stat|continu|not|conclud|argu|declar)e[sd]|(?:add|warn|show)(?:s|ed))\b/;
/** Plural people "they" can stand for ("the protesters", "some voters", "the Democrats", "donors",
 * "conservatives"). */
const PEOPLE_PLURAL = /^[A-Za-z][a-z]{2,}(?:ers|ors|ists|ysts|ans|ials|crats|atives)$/;
const PREPOSITION_END = /\b(?:to|from|at|in|of|by|for|with|on|into|along|about|over|near|across|against|under)\s$/;
/** How far back before "it" a document is looked for (a paragraph describing it may come between:
 * 400 -> 600 took one more "it reads" on PolNeAR train, dev unchanged). */
const THING_BACK = 600;
/** A capitalised run that names an issuer ("Kotak Institutional Equities", "U.S. Census Bureau",
 * "Qastari Institute for Fiscal Studies"),
 * not run on past a sentence's full stop ("by Ada University. Another study"). */
const ISSUER_RUN = String.raw`[A-Z][\w&.-]*(?:(?<![a-z]{2}\.) (?:(?:of|for) (?:the )?)?[A-Z][\w&.-]*)*`;
/** The introductions of a `head` document, capturing the issuer where the text gives one; not
 * who "commissioned" or "obtained" it, or a paper that has "seen" it. A name after the comma of
 * "In a statement," is the issuer only as the subject of "said", also when the phrase goes on to
 * its comma and an aside follows ("In an email to staff on Monday, seen by the Herald, X said"). */
function issuerPattern(head: string): RegExp {
  const after = String.raw`(?:(?:,? (?:(?:was |were )?(?:released|published|issued|conducted|prepared|written|compiled|produced|led) )?(?:by|from) (?:(?:researchers|scientists|economists|analysts) (?:at|from) )?(?:the )?|(?<=\b[Ii]n a[^,]*)[^,.]{0,60}, (?:[a-z][^,.]{0,40}, )?(?=${ISSUER_RUN} said))(${ISSUER_RUN}))`;
  return RegExp(
    // The subject of the verb of issuing: a name, or "the" and a noun phrase (a body's when its
    // head is an organisation's noun: #issuerOf) opening a clause (no preposition's object), before a verb
    // of publishing (one that "said in" a statement is the speaker found for that "said").
    String.raw`(?:(?<!(?:and|[A-Z][^\s,]*) )\b(${ISSUER_RUN}),? (?:said in|issued|released|provided|sent|published) |(?<!\b[a-z]+ )\b[Tt]he ((?:[a-z-]+ ){0,2}?[a-z]+) (?:issued|released|published) )?\b(?:[Aa](?:n|nother)?|its|their) (?:[\w-]+ ){0,2}?${head}\b${after}?` +
      String.raw`|\b[Tt]he (?:[\w-]+ )?${head}\b${after}` +
      // "the CBO's analysis": a study's owner wrote it; "Japan's constitution" is no one's words.
      (DOCUMENT_NOUNS.has(head) ? String.raw`|\b(${ISSUER_RUN})['’]s (?:[\w-]+ )?${head}\b` : ''),
    'g',
  );
}
/** The nearest document before `pos` ("the staff letter", "a sign", "Thursday's memo") within
 * THING_BACK characters, outside quotation marks: a thing noun in lower case after a determiner
 * or a possessive, with at most two words between them; not after "its", whose thing is owned by
 * what "it" stands for ("posted on its leak site what it said were files"). */
function thingBefore(
  text: string,
  pos: number,
  they = false,
  surnames?: Map<string, Map<string, number>>,
): RawMention | null {
  const from = Math.max(0, pos - THING_BACK);
  const window = unquoted(text, from, pos);
  // A thing after an earlier "it" is that one's object ("It also raised a complaint … it added").
  const lastIt = window.search(they ? /\b[Tt]hey\b(?!.*\b[Tt]hey\b)/s : /\b[Ii]t\b(?!.*\b[Ii]t\b)/s);
  let found: RawMention | null = null;
  const re = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*['’]s)((?: [\w-]+){1,3})/g;
  for (let r = re.exec(window); r; r = re.exec(window)) {
    re.lastIndex = r.index + r[0].length - r[1]!.length + 1;
    let end = r.index + r[0].length - r[1]!.length;
    for (const [i, w] of r[1]!.slice(1).split(' ').entries()) {
      end += w.length + 1;
      // A body nearer than the thing ("his team … that it says") is what "it" may stand for,
      // unless it is a preposition's object ("a letter to the board").
      if (ORG_NOUNS.has(w) && i < 2)
        found = PREPOSITION_END.test(window.slice(Math.max(0, r.index - 9), r.index)) ? found : null;
      else if (they ? PEOPLE_PLURAL.test(w) && /^(?:[Tt]he|[Hh]is|[Hh]er) /.test(r[0]) : THING_NOUNS.has(w)) {
        const text = window.slice(r.index, end);
        const name = text.replace(/^(?:the|an?) /i, '');
        // "the voters they met": the pronoun right after is someone else.
        if ((lastIt < 0 || r.index < lastIt) && !/^ (?:it|they)\b/.test(window.slice(end, end + 6)))
          found = {
            ...{ start: from + r.index, end: from + end, text, name },
            kind: 'nominal',
            role: null,
            gender: '',
          };
      } else if (!SUBJECT_ENDERS.has(w)) continue;
      break;
    }
  }
  // "Mexican officials met … they said", "Workers objected. They also said": plural people with
  // no determiner opening a sentence or a clause after a comma, as its subject (a verb follows).
  if (they)
    for (let r = BARE_PEOPLE.exec(window); r; r = BARE_PEOPLE.exec(window)) {
      const start = r.index + r[0].length - r[1]!.length;
      // A surname the article gives in full after a given name ("Sanders", "Walters") is someone,
      // not people; a body's last word ("Communications Workers") is not.
      const people = (w: string | undefined) =>
        !!w &&
        (PEOPLE_PLURAL.test(w) || w === 'People') &&
        ![...(surnames?.get(w.toLowerCase())?.keys() ?? [])].some((n) => isForename(n.split(' ')[0]!));
      // "Mexican officials met": a modifier and its noun; "Workers walked out": the noun, its verb.
      const text = people(r[3]) ? r[1]! : people(r[2]) && !NOT_A_VERB.test(r[3]!) ? r[2]! : '';
      if (text && (!found || start > found.start - from))
        found = {
          start: from + start,
          end: from + start + text.length,
          text,
          // "Workers" is capitalised only because it opens the sentence; "Democrats" always is.
          name: text.includes(' ') || /(?:crats|ans)$/.test(text) ? text : text.toLowerCase(),
          kind: 'nominal',
          role: null,
          gender: '',
        };
    }
  return found;
}
/** The text from `from` to `pos` with its quotations blanked. A window that opens inside a
 * straight-quoted quotation (an odd number of marks before its first paragraph end, or before
 * `pos`, which stands outside one) is blanked up to that quotation's closing mark first, so that
 * the marks pair as written. */
function unquoted(text: string, from: number, pos: number): string {
  let window = text.slice(from, pos);
  const nl = window.indexOf('\n');
  if ((nl < 0 ? window : window.slice(0, nl)).split('"').length % 2 === 0) {
    const close = window.indexOf('"') + 1;
    window = ' '.repeat(close) + window.slice(close);
  }
  return window.replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
}

/** The last "X and Y" before `pos` (within THING_BACK, outside quotations) whose two names end
 * on surnames the article gives in full, that owns nothing ("X and Y's plan"), ends no list
 * and is no preposition's object. None when a nearer "X and Y" is not such a pair, or when a
 * "they" stands after it (that one may be someone else, whose object the pair is). */
function pairBefore(
  text: string,
  pos: number,
  fullNames: Map<string, unknown>,
): { start: number; name: string } | null {
  const from = Math.max(0, pos - THING_BACK);
  const window = unquoted(text, from, pos);
  let found: { start: number; name: string } | null = null;
  for (let r = NAME_PAIR.exec(window); r; r = NAME_PAIR.exec(window)) {
    found = null;
    if (!fullNames.has(r[1]!.toLowerCase()) || !fullNames.has(r[2]!.toLowerCase())) continue;
    // "As X and Y stumped": an opening conjunction is no part of the first name.
    const words = r[0].split(' ');
    let k = 0;
    while (CLOSED_WORDS.has(words[k]!.toLowerCase()) || /^(?:But|And|Or|So|Yet|As|Both)$/.test(words[k]!)) k++;
    // "the X and Y campaigns": the pair only qualifies a noun.
    if (/^(?:The|A|An)$/.test(words[k]!)) continue;
    const start = r.index + r[0].length - words.slice(k).join(' ').length;
    // "a study with X and Y", "donors W, X and Y", "the X and Y Act": a preposition's object, a
    // list's last two, a name under the article.
    found =
      PREPOSITION_END.test(window.slice(Math.max(0, start - 9), start)) ||
      /(?:,|\b[Tt]he) $/.test(window.slice(Math.max(0, start - 4), start))
        ? null
        : { start: from + start, name: words.slice(k).join(' ') };
  }
  return found && !/\b[Tt]hey\b/.test(text.slice(found.start, pos)) ? found : null;
}
const NAME_PAIR =
  /\b(?:[A-Z][\w.-]* ){0,2}([A-Z][\w'’-]*[a-z]) and (?:[A-Z][\w.-]* ){0,2}([A-Z][\w'’-]*[a-z])\b(?!['’])/g;
/** Words after a plural noun that are no verb of it: prepositions, conjunctions, relatives. */
const NOT_VERBS = 'of|and|or|in|at|for|from|to|with|on|who|whom|that|which';
const NOT_A_VERB = new RegExp(`^(?:${NOT_VERBS})$`);
/** A sentence opening on a plural noun, after at most one modifier, before a lower-case word
 * that is none of NOT_VERBS: its verb (see thingBefore). */
const BARE_PEOPLE = new RegExp(
  `(?:[.!?]["”’]?\\s+|\\n|, )((?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their) )(?:([A-Z][\\w-]*) )?([A-Za-z][a-z]+))(?= (?!(?:${NOT_VERBS})\\b)[a-z]{2,}\\b)`,
  'g',
);
/** A sentence opening with a determiner or a possessive ("The email includes", "Thursday's memo
 * from", "The Japanese constitution makes"), whose first words hold a thing noun before any body
 * noun, function word or past tense ends the subject. */
const DETERMINED_OPENING =
  /(?:^|[.!?]["”’]?\s+)(?:The|A|An|This|That|Its|Their|His|Her|[A-Z][\w-]*['’]s)\s+((?:[\w-]+\s+){0,3}[\w-]+)/g;
const SUBJECT_ENDERS = wordSet(
  'a an the of from to in on by with for that which who was is were are has had have said will would',
);
/** How far back before "it"/"they" the text is read for a thing or for people. */
const THING_REACH = 1500;
/** "at", "in", "near" … (and "the") right before a name: the name is a venue. */
const VENUE_BEFORE = /\b(?:at|in|near|outside|inside)\s+(?:the\s+)?$/;
/** Where the sentence holding `pos` starts (after . ! ? and white space, or a paragraph break). */
function sentenceStartBefore(text: string, pos: number): number {
  for (let k = pos - 1; k > 0 && k > pos - THING_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return k + 1;
    // "p.m." or "U.S." ends no sentence: the period must follow two small letters.
    if (c === 32 && /[a-z]{2}[.!?]["”’]?$/.test(text.slice(Math.max(0, k - 4), k))) return k + 1;
  }
  return 0;
}
/** Whether a thing opens a sentence of `text` (see DETERMINED_OPENING) with the body, called by
 * `bodyWord` (the last word of its name), not named again in a later sentence ("The survey asks …
 * the bureau admitted … it declared": the bureau again). */
function thingOpensSentence(text: string, bodyWord: string): boolean {
  let thingAt = -1;
  DETERMINED_OPENING.lastIndex = 0;
  for (let m = DETERMINED_OPENING.exec(text); m; m = DETERMINED_OPENING.exec(text))
    for (const word of m[1]!.split(/\s+/)) {
      const w = word.toLowerCase().replace(/[^a-z-]+$/, '');
      // A capitalised "Post" or "Journal" is a name, not the thing.
      if (THING_NOUNS.has(w) && word.charCodeAt(0) >= 97) {
        thingAt = m.index + m[0].length;
        break;
      }
      if (SUBJECT_ENDERS.has(w) || ORG_NOUNS.has(w) || w.endsWith('ed')) break;
    }
  if (thingAt < 0) return false;
  const end = text.slice(thingAt).search(/[a-z]{2}[.!?]["”’]?\s/);
  if (end < 0) return true;
  const later = text.slice(thingAt + end).toLowerCase();
  const at = later.indexOf(bodyWord);
  return at < 0 || isAsciiLetter(later.charCodeAt(at - 1)) || isAsciiLetter(later.charCodeAt(at + bodyWord.length));
}
/** Plural people ("protesters", "Germans", "defenders") or two names joined by "and". */
const PEOPLE_BETWEEN =
  /\b[A-Za-z][a-z]{2,}(?:ers|ors|ists|ysts|ans|ents|ants|ives|ates|ials)\b|\b[A-Z][a-z]+ and (?:[A-Z]|his |her )/;

/** A name of two capitalised words or more, then its appositive ("a 24-year-old hairdresser", no
 * preposition), then the comma before a relative "who" (ending the text). */
const NAME_APPOSITIVE_BEFORE =
  /\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+), an? ((?:(?!(?:of|for|at|in|with|from|to|on|by) )[\w-]+ ){0,3}[\w-]+), $/u;

/** A name followed by what only a body takes: "its" as the owner of its own verb's object
 * ("Kestrel Analytics cut its forecast"), or an appositive calling it a firm ("X, a Seattle-based
 * firm,"). A person's name is followed by "his"/"her", never by "its". */
const ITS_AFTER_NAME = /^ (?:[a-z]+ ){1,2}its /;
const BODY_APPOSITIVE =
  /^, (an?|the(?: \p{L}+['’]s)?) (?:(?!(?:for|of|at|with|to|in|on|by|from|and|who|which|that) )[\w-]+ ){0,3}([a-z]+)[,.]/u;
/** `bare`: the name opens with no given name ("Corvane Living"). Such a name in apposition to
 * "the" (or "the state's"), a superlative and a body's noun or a trade a company is named by
 * ("X, the region's largest care-home operator,", "the world's third-largest carrier") is that
 * body: a market's ranking is a company's. A person's name takes "a"/"an" and a body's noun
 * only; a trade without a ranking stays a person's ("Ada Roe, a crane operator,", "Sipho
 * Ndlovu, the mine's winch operator,": a given name the lists lack). */
function readAsBodyAfter(text: string, end: number, bare: boolean): boolean {
  const after = text.slice(end, end + 60);
  if (ITS_AFTER_NAME.test(after)) return true;
  const a = BODY_APPOSITIVE.exec(after);
  if (!a) return false;
  const head = a[2]!;
  if (a[1]!.length < 3) return ORG_APPOSITIVE_NOUNS.has(head);
  return bare && /est /.test(a[0]) && (ORG_APPOSITIVE_NOUNS.has(head) || Object.hasOwn(NOUN_FITS, head));
}

/** A lower-case noun of an administrative area right after a run: the run names a place. */
const AREA_AFTER = /^ (?:district|province|county|region)\b/;
/** Capitalised words that follow a product's model number ("Pulse 9 Pro", "Zephyr 12 Max"). */
const MODEL_SUFFIXES = wordSet('Pro Max Plus Ultra Mini');
/** "Fox 5 News", "Valley 2 Radio": a name that ends in an organisation's head word is a body's,
 * whatever number stands inside it. */
const orgHeadLast = (name: string) => ORG_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
/** Prepositions, linking adverbs and conjunctions: never a speaker's name or its first word. */
const CLOSED_WORDS = wordSet(
  'after before to of for with from by at in on into just also then therefore indeed however meanwhile moreover thus instead when while if because although since unless whether',
);

/** A product's name: a word after the first that holds a model number ("Galaxy S24 Ultra",
 * "Boeing 737 MAX", "Pulse 9"), not a station's, a union local's or a district's number
 * ("Channel 4", "Local 32BJ", "District 9"). */
const MODEL_NAME =
  /^(?!.*\b(?:Channel|Radio|Local|District|Ward|Station|Precinct|Chapter|Group|Formula|Area|Studio|Company|Unit)\s+\S*\d)\S+(?:\s+\S+)*?\s+[A-Za-z]{0,3}\d{1,4}[A-Za-z]{0,3}\b/;

/** "Norvo reported …. … our assistant, Norvo Helper": a name whose first word, no given name,
 * stood alone before it (then a small-letter word, not "and" or "of", which join it to a longer
 * name) is a thing the body of that name makes or owns, no person: a person named by one word
 * was named in full before. Looked for in the article-sized stretch before the name only: a
 * search from the text's start for every name made a 5 MB text take twice as long. True too for
 * such a name that is the second part of a place ("City, Country": see below). */
function makerBefore(text: string, name: string, pos: number): boolean {
  const word = name.slice(0, name.indexOf(' ') + 1);
  if (!word || isForename(word.trim())) return false;
  // "A teacher in Dunedin, New Zealand, said", "in Tarn, Otago Region,": such a name set off by
  // commas after "at", "in" or "from" and a place is the place's region or country ("A teacher
  // in Dunedin, Ada Roe, said" names her).
  if (/(at|in|from) \w+,[^,]+,$/.test(text.slice(pos - 30, pos + name.length + 1))) return true;
  for (let i = text.indexOf(word, pos - 12000); i >= 0 && i < pos; i = text.indexOf(word, i + 1))
    // The small letter by chars.ts's table, not /^(?!and |of )\p{Ll}/u, which V8 compiled on the
    // first call (0.3 ms).
    if (
      !isNameChar(text.charCodeAt(i - 1)) &&
      isLowerCasePoint(text.codePointAt(i + word.length)) &&
      !/^(?:and|of) /.test(text.slice(i + word.length))
    )
      return true;
  return false;
}

/** Whether a model number ends the name run ending at `end` ("Galaxy S24", "Acme X200") or
 * follows it: one to three digits (glued letters allowed) and then a model's suffix ("Pulse 9
 * Pro"), a colon or the line's end (a headline's "Zephyr 12: the review"). A number before a
 * lower-case word is a figure about the person ("Ann Lund 3 points ahead", "Lund 20 years ago"),
 * but not when the name opens with no given name (`maker`): "Acme Slate 5 review" is a product. */
function modelNumberAfter(text: string, end: number, maker: boolean): boolean {
  for (let k = end - 1; k >= 0 && isNameChar(text.charCodeAt(k)); k--) if (isDigit(text.charCodeAt(k))) return true;
  if (text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 0xa0) return false;
  let d = end + 1;
  while (isDigit(text.charCodeAt(d))) d++;
  if (d - end - 1 < 1 || d - end - 1 > 3) return false;
  while (isAsciiLetter(text.charCodeAt(d))) d++;
  const c = text.charCodeAt(d);
  if (c === 58 || c === 10 || d >= text.length) return true;
  if (c !== 32) return false;
  let w = d + 1;
  if (maker && isAsciiLower(text.charCodeAt(w))) return true;
  while (isAsciiLetter(text.charCodeAt(w))) w++;
  return MODEL_SUFFIXES.has(text.slice(d + 1, w));
}

/** Prepositions whose object an appositive name may follow while naming the phrase before. */
const APPOSITIVE_PREPOSITIONS = wordSet('for of at with from in by to on');

/** A-Z or a-z. */
function isAsciiLetter(c: number): boolean {
  return isAsciiLower(c) || (c >= 65 && c <= 90);
}

/** How many lower-case words of an appositive are searched for a role word. */
const APPOSITIVE_WORDS = 4;

/** True when the name ending at `end` is followed by what news says only of a person: an age
 * (", 18,"), a relative "who", or an appositive with a role word in its first few words
 * (", a retired teacher", ", president of the group"). Organisations and works take "which", and
 * their appositives have no role word. */
function describedAsPerson(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const after = /^,\s+(\d{1,3},|who\b|((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*))/.exec(text.slice(end, end + 80));
  if (!after) return false;
  if (after[1] && !after[2]) return true;
  return after[2]!
    .split(/\s+/)
    .slice(0, APPOSITIVE_WORDS)
    .some((w) => ROLE_WORDS.has(w));
}

/** Where "of" follows a name of two words or more in a run (the run's words in lower case), so the
 * words after it are a place or a body the person is from ("Ann Lund of Ohio"); -1 when not. */
function placeAfterName(lowers: string[]): number {
  const of = lowers.indexOf('of');
  return of >= 2 ? of : -1;
}

/** The surname of a person's name, without a generational suffix ("Lund" of "Ann Lund Jr."). */
function familyName(name: string): string {
  const words = name.replace(/\.$/, '').split(' ');
  if (words.length > 1 && GENERATION.test(words[words.length - 1]!.replace(/,$/, ''))) words.pop();
  return words[words.length - 1]!.replace(/,$/, '');
}

/** A generational suffix ("Jr", "III"): not initials. */
const GENERATION = /^(?:II|III|IV|VI|Jr|Sr)$/;
/** Initials of an organisation ("NRC", "FBI"). */
const INITIALS = /^[A-Z]{2,6}$/;

/** An agent noun by its ending (in -ist, -er, -or, -ant, -ent, -man, -ian, -ess: "Ecologist",
 * "Coroner", "Librarian", "Waitress"), or one who undergoes (in -ee: "Evacuee", "Detainee"); a
 * trade in -ic ("Paramedic", "Mechanic") or a guard ("Lifeguard", "Coastguard") too; a given name
 * so ending ("Eric") is kept by the table. Not -ate: "Advocate X, the lawyer for the owner, Y," then
 * gave a dek's "the owner's lawyer" to the owner. */
const AGENT_NOUN = /...(?:ist|(?<!th)[eo]r|[ae]nt|man|ee|ian|ess|ic|guard)$/i;

/** "Pensioner Helju Rand", "Eighth-grader Eetu Roe" (#commonLead: the first word no given name):
 * before a given name the tables lack, an agent noun in -er, -or or -ist (a compound only with
 * lower-case parts after its hyphen) opening a run of exactly three words, the other two plain
 * name words (a body's name was read as a body before), is the role, not the name's first word.
 * Not the other endings: "Civic", "Atlantic", "Norwegian" open bodies' names ("Civic Renewal
 * Front"). */
function agentBeforeName(words: string[]): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*(?:[eo]r|ist)(?: \p{Lu}\p{Ll}+){2}$/u.test(words.join(' '));
}

/** Where a person's name starts in a speaker's name of three words or more that does not open
 * with a given name: at the last given name with a surname after it ("Navy Medic Ann Lund",
 * "Reuters Ann Lund", "Counsel Ann B. Lund"), the words before it being a place, an outlet or a
 * role the lists do not know. 0 when the name opens with a given name or has none. Used on
 * mentions that speak, not on every capitalised run: there it also cuts company and building
 * names that hold a given name ("Acme Morgan Hale", "the Lund Grace Tower"). */
function personNameStart(words: string[]): number {
  if (words.length < 3 || isForename(words[0]!)) return 0;
  // A capitalised particle ("Van", "De") opens a surname, not a given name ("Brouwerij Van Dijk").
  for (let k = words.length - 2; k >= 1; k--)
    if (/^[A-Z][a-z]/.test(words[k]!) && isForename(words[k]!) && !CONNECTORS.has(words[k]!.toLowerCase())) return k;
  return 0;
}

/** `word` (a plural in -s) stands in `text` with an apostrophe and a space after it: a plural's
 * possessive ("the Greens’ Ada Roe"), the apostrophe lost from the name's words. */
function pluralOwner(text: string, word: string): boolean {
  const i = word.endsWith('s') ? text.indexOf(word) : -1;
  const c = i < 0 ? '' : text.slice(i + word.length, i + word.length + 2);
  return c === "' " || c === '’ ';
}

/** A word of a name without a possessive or a trailing comma/period ("Clinton’s" -> "Clinton"),
 * keeping the period of an initial or an honorific ("E.", "Jr."). */
function clean(word: string): string {
  let w = word;
  const n = w.length;
  if (n > 2 && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
  else if (n > 1 && (w.endsWith("'") || w.endsWith('’'))) w = w.slice(0, -1);
  if (w.endsWith('.') || w.endsWith(',')) {
    const bare = w.slice(0, -1);
    // "B.S." (initials run together) keeps its last period as "B." does.
    if (!(bare.length === 1 || KEEP_DOT.has(bare) || isInitials(bare))) w = bare;
  }
  return w;
}

/** "B.S" of "B.S.": capital letters, each but the last followed by a period. */
function isInitials(w: string): boolean {
  if (w.length < 3 || w.length % 2 === 0) return false;
  for (let i = 0; i < w.length; i += 2) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90 || (i + 1 < w.length && w.charCodeAt(i + 1) !== 46)) return false;
  }
  return true;
}

/** How many surnames an article's lone-surname scan looks for (a bound for hostile input). */
const MAX_LONE_SURNAMES = 200;

/** A character no surname may follow or stand after (a word character, or inside a word). */
const BEFORE_SURNAME = lazy(() => /[\p{L}\p{N}_.'’-]$/u);
const AFTER_SURNAME = lazy(() => /^[\p{L}\p{N}_]/u);
/** A capitalised word as a surname is written (`surnames` have that shape). */
const SURNAME_SHAPE = lazy(() => /\p{Lu}[\p{Ll}'’-]{2,}(?:\p{Lu}[\p{Ll}'’-]+)*/gu);

/** BEFORE_SURNAME on the text before `pos` (pos > 0): the character before a capitalised word
 * is nearly always ASCII (a space), read from its code without a copy and a regex (in ASCII,
 * BEFORE_SURNAME's class is isRoleWordChar's). */
function standsInWord(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos - 1);
  if (c < 128) return isRoleWordChar(c);
  return BEFORE_SURNAME().test(text.slice(Math.max(0, pos - 2), pos));
}

/** AFTER_SURNAME on the text from `end`, ASCII read from its code as in standsInWord. */
function wordGoesOn(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c < 128) return isAsciiAlnum(c) || c === UNDERSCORE;
  return AFTER_SURNAME().test(text.slice(end, end + 2));
}

/** Where one of `surnames` (each a capital and two or more lower-case letters, apostrophes or
 * hyphens) stands as a word of its own: [start, end) in text order, the first listed winning
 * where two start at one place ("Smith" before "Smith-Jones"), as a regex alternation of them
 * would. One fixed regex finds the words of a surname's shape and a map look-up tells whether
 * one is a surname: an alternation of the article's own surnames is compiled anew for every
 * article, and that compiling cost more than the scan. */
function surnamesStandingAlone(text: string, surnames: string[]): [number, number][] {
  const rank = new Map<string, number>();
  surnames.forEach((s, k) => {
    if (!rank.has(s)) rank.set(s, k);
  });
  const found: [number, number][] = [];
  const shape = SURNAME_SHAPE();
  shape.lastIndex = 0;
  for (let m = shape.exec(text); m; m = shape.exec(text)) {
    const pos = m.index;
    const wordEnd = pos + m[0].length;
    if (pos > 0 && standsInWord(text, pos)) continue;
    const from = pos + (text.codePointAt(pos)! > 0xffff ? 2 : 1);
    let best = -1;
    let bestEnd = 0;
    for (let end = from + 2; end <= wordEnd; end++) {
      // A surname ends where no word character follows: inside the word only before a hyphen or
      // an apostrophe; at its end, unless a capital or a digit follows.
      if (end < wordEnd ? !"'’-".includes(text[end]!) : wordGoesOn(text, end)) continue;
      const k = rank.get(end === wordEnd ? m[0] : text.slice(pos, end));
      if (k !== undefined && (best < 0 || k < best)) {
        best = k;
        bestEnd = end;
      }
    }
    if (best >= 0) found.push([pos, bestEnd]);
  }
  return found;
}

/** Role nouns that describe a person the article is about ("the Oklahoma Republican", "the
 * senator", "the billionaire") rather than someone speaking for another ("the spokesman", "an
 * aide", "the official"), who is usually a new, unnamed person. */
const DESCRIBING_HEADS = wordSet(
  'republican democrat senator congressman congresswoman governor mayor candidate nominee billionaire businessman businesswoman mogul lawmaker incumbent challenger front-runner frontrunner',
);
/** The describing heads that are offices, which another role held by the person rules out. */
const OFFICE_HEADS = wordSet('senator congressman congresswoman governor mayor lawmaker');

/** Epithets before a noun that describe a person the text is about ("the old trainer"). */
const EPITHETS = wordSet('old veteran young');
/** A nationality used as a noun for a person ("Frenchwoman", "Norwegian", "Kenyan", "Iraqi", and
 * the singulars no ending tells: "German", "Spaniard", "Argentine"), not a body named so ("the
 * Guardian", "the Vatican"). */
const DEMONYM =
  /^(?!Guardian|Vatican|Smithsonian)\p{Lu}\p{Ll}+(?:(?:ch|sh|ts)(?:wo)?man|[iey]an|can|i)$|^(?:German|Spaniard|Argentine|Swede|Scot|Briton|Pole|Turk|Greek|Croat|Serb)$/u;

/** "34-year-old", "8-year-old": an age used as a noun (digits, "-year-old"). */
function isAgeHead(head: string): boolean {
  const dash = head.indexOf('-');
  return (
    dash > 0 && dash <= 3 && head.endsWith('-year-old') && head.length === dash + 9 && /^\d+$/.test(head.slice(0, dash))
  );
}

/** Abbreviated titles (and a synonym) and the role word each stands for ("Sen." is a senator). */
const TITLE_WORDS: Record<string, string> = {
  'sen.': 'senator',
  'rep.': 'representative congressman congresswoman',
  'gov.': 'governor',
  'gen.': 'general',
  'sec.': 'secretary',
  'amb.': 'ambassador',
  'atty.': 'attorney',
  'prof.': 'professor',
  'rev.': 'pastor',
  ceo: 'executive',
  // A sport's synonym: "Ostland skipper Ada Roe" is "the Ostland captain".
  skipper: 'captain',
};

/** True when a person's role has the role word `head`, written out or abbreviated ("Florida Sen."
 * for "the senator"). */
function roleHas(role: string, head: string): boolean {
  const lower = role.toLowerCase();
  if (lower.includes(head)) return true;
  for (const word of lower.split(' ')) if (TITLE_WORDS[word]?.split(' ').includes(head)) return true;
  return false;
}

/** How many line breaks stand in text[from, to) (a run of them counts once), counted up to 2. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to && n < 2; i = text.indexOf('\n', i + 1))
    if (text.charCodeAt(i - 1) !== 10) n++;
  return n;
}

/** Words before a title that make it another office ("Vice President" is not "the president", nor
 * the "artistic director" a film's director). */
const OFFICE_CHANGERS = wordSet(
  'vice deputy assistant associate former ex acting lieutenant lt. co under shadow artistic managing creative',
);
/** "former " or "ex-" just before a title. */
const FORMER_BEFORE = /(?:\bformer\s|\bex-)$/i;
/** At most this many titled names are kept per article. */
const MAX_TITLED = 2000;

/** True when a person's role fits a description with head `head` and words `words`: the role has
 * the head, and every office-changing word of the role before the head ("Vice", "Deputy") is in
 * the description too ("the vice president" is the Vice President, "the president" is not). */
function roleFits(role: string, words: string[], head: string, qualifiers: readonly string[] = []): boolean {
  if (!roleHas(role, head)) return false;
  const lower = role.toLowerCase().split(/[\s-]+/);
  // "the Vermont senator", "the Republican governor": the capitalised words of the description (a
  // place, a party, a chamber) name the office; the role must share one of them ("the Senate
  // Democratic leader" is the "Senate Minority Leader", "the Vermont senator" no "Missouri Sen.").
  if (qualifiers.length > 0 && !qualifiers.some((q) => lower.includes(q))) return false;
  const at = lower.indexOf(head);
  for (let k = 0; k < (at < 0 ? lower.length : at); k++)
    if (OFFICE_CHANGERS.has(lower[k]!) && !words.includes(lower[k]!)) return false;
  // And the other way ("the vice president" is not the President); "former" is read from the
  // text before a title, which a role does not hold (#titledBefore).
  for (const w of words) if (w !== 'former' && OFFICE_CHANGERS.has(w) && !lower.includes(w)) return false;
  return true;
}

/** The capitalised words of a description other than its head, lower-cased ("independent
 * Vermont senator" -> ["vermont"]); a possessive's owner ("the state's Republican governor") is
 * not one. */
function descriptionQualifiers(name: string, head: string): string[] {
  const out: string[] = [];
  for (const w of name.split(' '))
    if (isUpperCase(w.charCodeAt(0)) && !/['’]s?$/.test(w) && w.toLowerCase() !== head) out.push(w.toLowerCase());
  return out;
}

/** The head noun of a role given as a description or a title: its last word before a
 * preposition, a comma or a relative ("a gynecologist from Englewood" -> "gynecologist", "UN
 * special envoy" -> "envoy"); '' for a role opening with neither an article nor a capital (a
 * phrase misread as a role, "that 2013 report"). */
function roleHead(role: string): string {
  if (!/^(?:an? |the |\p{Lu})/u.test(role)) return '';
  let head = '';
  for (const w of role.toLowerCase().split(' ')) {
    if (ROLE_HEAD_ENDS.has(w)) break;
    head = w.replace(/[,;:]$/, '');
    if (head !== w) break;
  }
  return head;
}
const ROLE_HEAD_ENDS = wordSet('of for from at in with to who which that on by');

/** True when a title names an office of an organisation: an organisation's head word or
 * initials before the role word ("World Bank President", "NAACP President"). */
function orgQualified(role: string, head: string): boolean {
  const parts = role.split(/\s+/);
  for (const w of parts) {
    const lower = w.toLowerCase();
    if (lower === head) break;
    if (ORG_HEADS.has(lower) || /^[A-Z]{2,}$/.test(w)) return true;
  }
  return false;
}

/** True when a description ("Clinton's track record", "measures") cannot be anyone's voice: no
 * word of it is a name, a role, a person, kin, a body or a message, nor ends as a person's or a
 * body's noun does ("commenter", "attendee", "columnists"); a possessive only says whose it is. */
export function cannotSpeak(name: string): boolean {
  return !name
    .split(' ')
    .some(
      (w) =>
        !/^[a-z]|['’]s$/.test(w) ||
        /(?:er|or|ee|ist|ian|ant|ent)s?$/.test(w) ||
        [w, w.replace(/ies$/, 'y').replace(/s$/, ''), w.replace(/es$/, '')].some(
          (v) => ROLE_WORDS.has(v) || PERSON_HEADS.has(v) || KIN.has(v) || ORG_HEADS.has(v) || MESSAGE_NOUNS.has(v),
        ),
    );
}

/** True when a speaker of unknown kind could be the person "he" or "she" stands for: a
 * capitalised name of one person at most (a lone "Roscosmos" may be one), or a description
 * with a person or role noun. Never a bare pronoun, a thing ("the tally", "the
 * report", "Ali's death") or a group. */
function couldBeAPerson(name: string): boolean {
  if (PRONOUN_NAMES.has(name)) return false;
  const head = name.slice(name.lastIndexOf(' ') + 1);
  // A capitalised plural never given as anyone's name ("Latinos", "Politicos") is a group.
  if (isUpperCasePoint(head.codePointAt(0))) return !/^\p{Lu}\p{Ll}{3,}[^s]s$/u.test(name);
  // The head may have words after it ("a source familiar with …" is kept as "source familiar").
  return name
    .toLowerCase()
    .split(' ')
    .some((w) => PERSON_HEADS.has(w) || ROLE_WORDS.has(w));
}

/** True when no sentence end lies between two positions (in either order, at most 2,000
 * characters apart): they are in the same sentence. */
function noSentenceEnd(text: string, from: number, to: number): boolean {
  const [a, b] = from < to ? [from, to] : [to, from];
  if (b - a > 2000) return false;
  SENTENCE_END.lastIndex = 0;
  const found = SENTENCE_END.test(text.slice(a, b));
  SENTENCE_END.lastIndex = 0;
  return !found;
}

/** True when at most one sentence end lies between `from` and `to` (false beyond 2,000
 * characters), stopping at the second: a name at `from` opens the sentence holding `to` or the
 * one before it. */
function atMostOneSentenceEnd(text: string, from: number, to: number, breakOnce = false): boolean {
  if (to - from > 2000) return false;
  // A paragraph break ("\n\n") counts as one end when `breakOnce`, as ". " does.
  // Sentence ends inside a quotation are the quote's ("Ada Lund lost 41 lambs. "I found them. You
  // do not sleep," she said"): the quote and its tag are one sentence of the text.
  const gap = (breakOnce ? text.slice(from, to).replace(/\n+/g, '\n') : text.slice(from, to)).replace(
    /[“"][^“”"]*[”"]/g,
    (q) => q.replace(/[.!?] /g, ', '),
  );
  let ends = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(gap); m; m = SENTENCE_END.exec(gap))
    if (++ends > 1) {
      SENTENCE_END.lastIndex = 0;
      return false;
    }
  return true;
}

/** How far back `#describedSubject` looks for the openings of the pronoun's sentence and the one
 * before. */
const DESCRIBED_REACH = 600;
/** A sentence opening with a description (a conjunction aside): the conjunction (group 1), the
 * article (group 2) and up to three words after it (group 3, "company's" among them), among which
 * a role noun is looked for. */
const DESCRIBED_OPENING =
  /^((?:(?:But|And|So|Yet|Then|Now|Still) )?)((?:[Tt]he|An?) )((?:[A-Za-z-]+(?:['’]s)? ){0,2}[A-Za-z-]+)/;

/** DESCRIBED_OPENING's groups after an opening phrase closed by a comma (group 1: "In a
 * statement, ", "At the hospital, where nurses picketed, "). */
const DESCRIBED_AFTER_OPENER = /^([A-Z][^.!?\n"“”]{2,120}?, )((?:the|an?) )((?:[A-Za-z-]+(?:['’]s)? ){0,2}[A-Za-z-]+)/;

/** The rest of a sentence (group 1) and the next one opening with a pronoun: "he"/"his" (group
 * 2) or "she"/"her". */
const PRONOUN_NEXT = /^([^.!?\n]*)[.!?]\s+(?:(He|His)|She|Her)\s/;

/** "for The Long Night", "in The Ada Lund Show": a capital "The" inside a sentence opens a title
 * of a work or a body, so the run after it names no person. */
const TITLE_THE = /[a-z,] The $/;

/** A capitalised word (group 1) saying something of "he"/"she" (group 2). */
const SAID_PRONOUN = /\b([A-Z][a-z'’-]+) (?:said|says|added|argued|insisted|explained) (?:that )?(he|she)\b/g;

/** From a new name to a pronoun: the name's sentence ends at its first period, and the
 * quotation or the pronoun's sentence, the pronoun near its start, follows. Not when the words
 * before a comma hold "and" ("Ann Lund and Eva Berg signed": together they are no "she") or a
 * possessive ("Color of Change's director said"): the subject is someone else. */
const OPENS_BEFORE = /^(?![\w .-]+(?:['’]s| and) )[^.!?"“‘]*[.!?]\s+(?:["“‘]|[^.!?]{0,60}$)/;

/** A sentence's end: not the period of a title or an initial ("Sen.", "Mr.", "J."). */
const SENTENCE_END = /(?<![A-Z][a-z]{0,2})[.!?]["”’']*\s+(?=["“‘']?[A-Z])|\n/g;

/** "Among them was Ada Lund, …", "One of those women was Ada Lund, …": after an opening phrase
 * and "was", the name is the sentence's subject, moved after its verb. */
const INVERTED_SUBJECT = /(?:[.!?]["”’]?\s+|\n)(?:Among|One of) [^.,;"“”]{1,40} (?:was|is) $/;

/** True when the name at `pos` is its sentence's subject: opening it, or after an inverted verb. */
function opensSubject(text: string, pos: number): boolean {
  return opensSentence(text, pos) || INVERTED_SUBJECT.test(text.slice(Math.max(0, pos - 60), pos));
}

/** A name's appositive ("…, a nurse,") if any, then "and", a possessive and one noun, ending the
 * text before a second name (see opensSentence). */
const KIN_JOINED = /(?:, (?:an?|the) [a-z][a-z -]{0,40},)? and (?:h(?:is|er)|their) [a-z]+ $/;
/** KIN_JOINED's last words: a cheap test before it; opening a sentence, a subject (opensSentence). */
const KIN_BEFORE = /(?:h(?:is|er)|their) [a-z]+ $/i;

/** Conjunctions that may stand before a sentence's subject ("But Lund said …"). */
const SUBJECT_OPENERS = /(?:^|[^\w])(?:But|And|So|Yet|Then|Now|Still)\s+$/;

/** True when the name at `pos` opens its sentence or paragraph (a conjunction aside), is joined
 * by "and" to a name that does ("Lund and Berg met …": both are subjects), or follows an opening
 * phrase closed by a comma ("At the hearing, Lund said …"). On the silver pronoun test the
 * opening phrase took resolution from 66.3 to 67.2% on train (dev 75.9 -> 78.6%); the joined
 * names left it as it was, and are there so two people the text is equally about tie. */
function opensSentence(text: string, pos: number): boolean {
  if (opensSentenceAlone(text, pos)) return true;
  // "Ed Lund and his neighbour Tom Berg …", "Ada Roe, a nurse, and her colleague Eva Lund …": a
  // name after "and", a possessive and one noun is joined to the subject before it as a bare name
  // is, so two people of one gender are even and a "he"/"she" after them stays unresolved.
  // "Her colleague Dr Ada Roe runs the ward": a name right after a possessive and one noun that
  // open the sentence is in apposition to the noun, the subject, as it is between commas ("Her
  // colleague, Dr Ada Roe, runs …": OPENING_PHRASE).
  const k = KIN_BEFORE.exec(text.slice(Math.max(0, pos - 25), pos));
  if (k && opensSentenceAlone(text, pos - k[0].length)) return true;
  const m = k && KIN_JOINED.exec(text.slice(Math.max(0, pos - 120), pos));
  if (m) {
    const joined = joinedNameStart(m.input.slice(0, m.index) + ' and ');
    if (joined >= 0) return opensSentenceAlone(text, pos - m.input.length + joined);
  }
  // Both patterns end the window with fixed text (" and ", ", "): tested first, it spares most
  // names the window's copy and a regex tried from each of its 80 positions.
  if (text.endsWith(' and ', pos)) {
    const before = text.slice(Math.max(0, pos - 80), pos);
    const joined = joinedNameStart(before);
    return joined >= 0 && opensSentenceAlone(text, pos - before.length + joined);
  }
  if (!text.endsWith(', ', pos)) return false;
  const before = text.slice(Math.max(0, pos - 80), pos);
  // The window's start is a paragraph's start only at the start of the text.
  return OPENING_PHRASE.test(pos <= 80 ? '\n' + before : before);
}

/** The role phrase opening its sentence that the name at `pos` follows (afterRolePrefix), or ''. */
function opensAfterRole(text: string, pos: number): string {
  // afterRolePrefix asks the phrase's last word, the run of word characters before the space
  // ending the window, to open with a lower-case letter: checked here before the window is
  // copied and the regex tried from each of its positions, as most names follow none.
  if (text.charCodeAt(pos - 1) !== 32) return '';
  let word = pos - 1;
  while (word > Math.max(0, pos - 80) && isRoleWordChar(text.charCodeAt(word - 1))) word--;
  if (!isAsciiLower(text.charCodeAt(word))) return '';
  const before = text.slice(Math.max(0, pos - 80), pos);
  // "Her former colleague, retired judge Ada Roe, disagreed": a role phrase after a phrase
  // opening the sentence and a comma puts the name in apposition to the subject (or makes it the
  // subject after an opening phrase), as a bare name there is (opensSentence).
  const m = /, ((?:[a-z][\w'’.-]* ){1,3})$/.exec(before);
  return (
    afterRolePrefix(pos <= 80 ? '\n' + before : before) ||
    (m && opensSentence(text, pos - m[1]!.length) ? afterRolePrefix('\n' + m[1]) : '')
  );
}

/** [\w'’.-]: a character of a word in ROLE_PREFIX. */
function isRoleWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === UNDERSCORE || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** Up to four words opening a sentence and ending the text, then a space: a role phrase may stand
 * before a subject's name ("Harbour master Ann Lund said …", "Former club captain Ole Berg …"),
 * also after a body's name and its bracketed initials ("Tarn Rail (TR) chief Ann Lund …"). */
const ROLE_PREFIX = /(?:[.!?]["”’'\u00bb]*\s+|\n)(?:(?:[A-Z]\S* )+\(\S+ )?((?:[A-Za-z][\w'’.-]* ){1,4})$/;

/** Lower-case words that end like a role noun ("-er", "-or") but are none. */
const NOT_ROLE_NOUNS = wordSet('after under over never other rather whether either neither later former however ever');

/** Words of a role phrase that show it is a clause, not a description ("Police told …"). */
const CLAUSE_WORDS = wordSet(
  'to of for with by at in on from into and or but that which who whom said says told is was were are has had have will would as than when while after before',
);

/** The role phrase when the name is preceded, from its sentence's start, by one of up to four words
 * ending in a lower-case role noun ("Club chairman", "Former England opener"): the name heads the
 * sentence's subject as surely as one opening it. Such a name is a pronoun's recent subject only
 * (Candidate.roleLed): on the silver pronoun test 66.6 -> 66.7% on train, 78.6 -> 79.3% on dev,
 * and the news-styles check's speakers 86.8 -> 88.7%; read as a subject of every rank it took
 * train to 67.4% but dev down to 77.2%, the nearer of two earlier speakers winning over the one
 * the text was following. */
function afterRolePrefix(before: string): string {
  const m = ROLE_PREFIX.exec(before);
  if (!m) return '';
  const words = m[1]!.trimEnd().split(' ');
  const last = words[words.length - 1]!;
  if (!/^[a-z]/.test(last)) return '';
  if (words.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return '';
  return ROLE_WORDS.has(last) || (last.length >= 5 && /(?:er|or|ist|ian)s?$/.test(last) && !NOT_ROLE_NOUNS.has(last))
    ? m[1]!.trimEnd()
    : '';
}

/** The definite appositive between commas after a name ending at `end` when a role noun heads it
 * (", the president of Porto Claro,"); '' otherwise (", the president's wife,"). An indefinite one
 * (", an organizer of the rallies,") makes the person one of several, not "the organizer". */
function appositiveRole(text: string, start: number, end: number): string {
  const after = /^, (the [^,;:.!?"“”()\n]{3,60}),/.exec(text.slice(end, end + 70));
  // The other order, the role first ("The minister of housing, Ada Lund, said"), where the
  // description opens its clause or follows a cue: "After meeting the president, Ada Lund" is
  // the sentence's subject, no appositive. An owner's role is not the person's ("the minister's
  // spokesperson, Ada Lund" is the spokesperson).
  const before =
    !after &&
    /^[,.(]/.test(text.slice(end, end + 1)) &&
    /(?:^|\n|[.!?,"”] |\b(?:said|says|told|and|but) )([Tt]he [^,;:.!?"“”()\n]{3,60}), $/.exec(
      text.slice(Math.max(0, start - 70), start),
    );
  const role = after ? after[1]! : before ? before[1]!.replace(/^.*['’]s /, 'the ') : '';
  return ROLE_WORDS.has(roleHead(role)) ? role : '';
}

/** A possessive, a word of kin (women's, men's, either; one word may qualify it: "her older
 * sister", "his late father"), a comma and a capitalised word alone or a given name and a surname.
 * Matched from the comma, the kin phrase read behind it: a pattern opening on a literal character
 * keeps the search's fast scan (opening on the words, it ran at a sixth of the engine's speed). */
const KIN_NAMED =
  /,(?<=((?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ww]hose|[Aa])|['’]s) (?:[a-z]+ )?(?:(wife|mother|daughter|sister|widow|niece|girlfriend)|(husband|father|son|brother|widower|nephew|boyfriend)|partner|friend)),) (\p{Lu}\p{Ll}+)(?:[ \u00a0](\p{Lu}[\p{L}'’-]+))?(?![\p{L}'’-]|[ \u00a0]\p{Lu})([,.;:)])?/gu;
/** KIN_NAMED's cheap test: a word of kin before a comma and a space (its groups written as in
 * KIN_NAMED, which the zip then stores once; "girlfriend" and "boyfriend" left to "friend").
 * KIN_NAMED's Unicode classes and lookbehind took V8 0.8 ms to compile on an article's first
 * call, where most articles have none. */
const KIN_BEFORE_COMMA =
  /(?:(wife|mother|daughter|sister|widow|niece)|(husband|father|son|brother|widower|nephew)|partner|friend), /;
/** A noun (group 1), then "named", "called", "known as", "identified (only) as" or "gave her
 * (2) / his (3) name as", then one capitalised word alone (4): "a nurse identified only as Ana".
 * ASCII only, so no Unicode class is compiled on articles that have none. */
const PERSON_NAMED =
  /\b([a-z-]+)(?: who| later)? (?:named|called|known as|identified (?:only )?as|gave (?:(her)|(his)) name as) ([A-Z][a-z]+)(?![\w'’-]| [A-Z])/g;
/** A capitalised word, then an age between commas and a lower-case word ("Amal, 34, who"). */
const AGED_NAME = /\p{Lu}\p{Ll}+(?=, \d{1,3}, \p{Ll})/gu;
/** AGED_NAME's cheap test, an ASCII scan: its Unicode classes tried at every capital took 37 ms
 * over PolNeAR train's 840 articles, this test first 7 ms (most articles give no age). */
const AGE_BETWEEN_COMMAS = /, \d{1,3}, [a-z]/;
/** What opens a clause of a sentence before its subject ("…, and Lund stood by", "but Lund said"). */
const CLAUSE_SUBJECT = /\b(?:and|when|while|but) $/;
/** A capitalised word followed by a lower-case one, or by an age between commas ("Lund, 71,
 * started …"): a surname standing alone as a subject. A double-barrelled one keeps the capital
 * after its hyphen ("Mbeki-Shaw finished …"). */
const LONE_CAPITALISED = /\p{Lu}(?:[\p{Ll}'’-]|-\p{Lu}){2,}(?=,? \p{Ll}|, \d{1,3},)/gu;

/** A name of up to four capitalised words, then "and" (after a comma at most), ending the text.
 * What `joinedNameStart` reads; it asks this regex itself only of a text with a surrogate pair. */
export const JOINED_NAME = lazy(() => /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}),? and $/u);

/** Where JOINED_NAME's name starts in `before` (the index of its group), or -1, read without the
 * regex: on the text of an article with any character beyond Latin-1 (curly quotes) V8 compiled
 * that regex's repeated Unicode classes on its first use for 8-12 ms (measured alone in fresh
 * processes), inside the engine's first call. The regex's leftmost match is its leftmost name
 * start: the name ends where ",? and " ends the text, so this walks its words back from there
 * (four at most, one space apart, each a run of word characters) and takes, in the leftmost word
 * that can start the name, the first capital at the text's start or after a non-letter. */
export function joinedNameStart(before: string): number {
  if (!before.endsWith(' and ')) return -1;
  if (hasSurrogate(before)) {
    const m = JOINED_NAME().exec(before);
    return m ? m.index + m[0].indexOf(m[1]!) : -1;
  }
  let wordEnd = before.length - 5;
  if (wordEnd > 0 && before.charCodeAt(wordEnd - 1) === 44) wordEnd--;
  let start = -1;
  for (let words = 0; words < 4; words++) {
    let runStart = wordEnd;
    while (runStart > 0 && isNameWordChar(before.charCodeAt(runStart - 1))) runStart--;
    if (runStart === wordEnd) break;
    for (let q = runStart; q < wordEnd; q++) {
      if (isUpperCase(before.charCodeAt(q)) && (q === 0 || !isLetter(before.charCodeAt(q - 1)))) {
        start = q;
        break;
      }
    }
    // Another word before this one: this one must open with a capital right after one space.
    if (runStart < 2 || before.charCodeAt(runStart - 1) !== 32 || !isUpperCase(before.charCodeAt(runStart))) break;
    wordEnd = runStart - 1;
  }
  return start;
}
/** A phrase opening a sentence and closed by a comma, ending the text ("In his tribute, "), perhaps
 * with a second one that opens in lower case ("In the township, east of the city, "): one in capitals
 * there would be a name or a subject ("Room 12, Block C was shut"). */
const OPENING_PHRASE = /(?:[.!?]["”’']*\s+|\n)[A-Z][^.!?\n,;:“”"]{2,60}, (?:\p{Ll}[^.!?\n,;:“”"]{2,40}, )?$/u;

/** True when the name at `pos` itself opens its sentence or paragraph, a conjunction aside. */
function opensSentenceAlone(text: string, pos: number): boolean {
  let before = text.slice(Math.max(0, pos - 12), pos);
  const opener = SUBJECT_OPENERS.exec(before);
  if (opener) before = before.slice(0, opener.index + (opener[0].length - opener[0].trimStart().length));
  before = before.replace(/[ \t\u00a0]+$/, '');
  if (pos - 12 > 0 && before.length === 0) return false;
  return before === '' || /(?:[.!?]["”’'\u00bb]*|\n)$/.test(before);
}

/** Texts longer than this, after PAIR_INDEX_AFTER names, find names with capitalPairs. */
const PAIR_INDEX_TEXT = 50_000;
const PAIR_INDEX_AFTER = 8;

/** Positions of every ASCII capital in `text`, by the capital's code * 65536 + the next one's
 * (0 at the text's end), in text order. */
function capitalPairs(text: string): Map<number, number[]> {
  const pairs = new Map<number, number[]>();
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!isAsciiUpper(c)) continue;
    const key = c * 65536 + (at + 1 < text.length ? text.charCodeAt(at + 1) : 0);
    const list = pairs.get(key);
    if (list) list.push(at);
    else pairs.set(key, [at]);
  }
  return pairs;
}

/** A space or a no-break space: what a word of a name run is followed by. */
function isBlankChar(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** True when a capitalised word and a space stand right before `pos`: a word there is the last
 * of a name run. The space is looked at first, sparing most words a copy and a regex tried from
 * each of 30 positions. */
export function followsCapitalisedWord(text: string, pos: number): boolean {
  if (!isBlankChar(text.charCodeAt(pos - 1))) return false;
  const from = Math.max(0, pos - 30);
  return (
    endsInCapitalisedRun(text, from, pos - 1, isNameJoiner) ?? CAPITALISED_WORD_BEFORE().test(text.slice(from, pos))
  );
}
/** A capitalised word and a space ending a text. What `followsCapitalisedWord` reads with
 * `endsInCapitalisedRun` (V8 compiled the regex on first use at about 0.6 ms in the engine's first
 * call); it asks the regex itself only of a word with a surrogate. */
export const CAPITALISED_WORD_BEFORE = lazy(() => /\p{Lu}[\p{L}.'’-]*[ \u00a0]$/u);
/** The characters besides letters that CAPITALISED_WORD_BEFORE lets a word hold. */
function isNameJoiner(c: number): boolean {
  return c === PERIOD || c === APOSTROPHE || c === RIGHT_SINGLE_MARK || c === HYPHEN;
}

/** [\w\u00c0-\u024f\u1e00-\u1eff]: a character a name run cannot follow. */
function isNameChar(c: number): boolean {
  return isAsciiAlnum(c) || c === UNDERSCORE || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** How many distinct words an article may have looked up in lower case (each look-up scans the
 * text once; the bound keeps hostile input linear). */
const LOWER_LOOKUPS = 200;

/** Pronouns and determiners written in title case: no word of a person's name. */
const FUNCTION_WORD = /^(?:This|That|These|Those|It|Its|He|She|We|They|You|His|Her|Their|Our|My|Your)$/;

/** A title-case headline's words read as a title and a name ("Speaker Just Shared This"). */
function notAName(name: string): boolean {
  return name.split(SPACE).some((w) => FUNCTION_WORD.test(w));
}

/** Whether the word "the" (any case) stands right before `pos`, a space between. */
function afterThe(text: string, pos: number): boolean {
  return /(?:^|\W)the\s$/i.test(text.slice(Math.max(0, pos - 5), pos));
}

/** Whether `key` holds a character that is no name character (an apostrophe, a hyphen). */
function hasJoiner(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (!isNameChar(key.charCodeAt(i))) return true;
  return false;
}

/** Every run of name characters in `text` with no capital letter in it, once each. */
function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < text.length;) {
    if (!isNameChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let lower = true;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isNameChar(c)) break;
      if (isUpperCase(c)) lower = false;
    }
    if (lower) words.add(text.slice(start, i));
  }
  return words;
}

function hasLowerCaseWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isNameChar(text.charCodeAt(at - 1)) && !isNameChar(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** The value cached under `key`, computed once. */
function memo<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = compute()));
  return v;
}

/** 'm' or 'f' when the name's given name is a given name of that gender: its first word, or its
 * second in a name written surname first ("Kim Tae-hyun", "Ma Ying-jeou": a given name with a
 * lower-case syllable after a hyphen; "Nguyen Thi Lan": the middle name of Vietnamese women). */
function givenNameGender(name: string): string {
  const words = name.split(' ');
  return forenameGender(words[+(words.length > 1 && givenNameSecond(words[1]!))]!);
}

/** Whether the second word of a name is its given name, as /^\p{Lu}\p{Ll}+-\p{Ll}|^Thi$/u says,
 * read by code point: V8 compiled the regex's three classes on the engine's first call. */
export function givenNameSecond(w: string): boolean {
  if (w === 'Thi') return true;
  const first = w.codePointAt(0);
  if (!isUpperCasePoint(first)) return false;
  let i = first! > 0xffff ? 2 : 1;
  const lower = i;
  for (let cp = w.codePointAt(i); isLowerCasePoint(cp); cp = w.codePointAt(i)) i += cp! > 0xffff ? 2 : 1;
  return i > lower && w[i] === '-' && isLowerCasePoint(w.codePointAt(i + 1));
}

function atPos(item: { pos: number }): number {
  return item.pos;
}

/** A character of PRODUCT_SUBJECT's words: a letter or a hyphen. */
function isModelWordChar(c: number): boolean {
  return isLetter(c) || c === HYPHEN;
}

/** Whether PRODUCT_SUBJECT matches somewhere in `text`, read without the regex: on an article's
 * text with any character beyond Latin-1 V8 compiled its repeated Unicode classes on first use for
 * 8-20 ms (measured in fresh processes), inside the engine's first call. Every word of a match is
 * a maximal run (each is followed by white space), so from each sentence start (the text's start,
 * or the end of the white space after . ! or ?, a closing quote between) the words are read in
 * turn: the first (after an optional "The") holding a capital, capitalised words, one word opening
 * with a numeral, capitalised words, then a small letter. */
export function opensWithProduct(text: string): boolean {
  if (hasSurrogate(text)) return PRODUCT_SUBJECT().test(text);
  for (let start = 0; start < text.length; start++) {
    if (start > 0) {
      // A sentence start: a non-space after a run of white space after [.!?]["”’]?.
      if (isRegexSpace(text.charCodeAt(start)) || !isRegexSpace(text.charCodeAt(start - 1))) continue;
      let before = start - 1;
      while (before > 0 && isRegexSpace(text.charCodeAt(before - 1))) before--;
      let mark = text.charCodeAt(before - 1);
      if (mark === 34 || mark === 0x201d || mark === 0x2019) mark = text.charCodeAt(before - 2);
      if (mark !== 46 && mark !== 33 && mark !== 63) continue;
    }
    if (productFrom(text, start)) return true;
    if (text.startsWith('The', start) && isRegexSpace(text.charCodeAt(start + 3))) {
      let word = start + 3;
      while (isRegexSpace(text.charCodeAt(word))) word++;
      if (productFrom(text, word)) return true;
    }
  }
  return false;
}

/** PRODUCT_SUBJECT's words from `first`, where its first word (a run holding a capital) starts. */
function productFrom(text: string, first: number): boolean {
  let end = first;
  let capital = false;
  for (; isModelWordChar(text.charCodeAt(end)); end++) if (isUpperCase(text.charCodeAt(end))) capital = true;
  if (!capital) return false;
  let numbered = false;
  for (;;) {
    // Each word is followed by white space, then the next word.
    if (!isRegexSpace(text.charCodeAt(end))) return false;
    while (isRegexSpace(text.charCodeAt(end))) end++;
    const c = text.charCodeAt(end);
    if (numbered && isLowerCase(c)) return true;
    if (!numbered && isNumeral(c)) {
      numbered = true;
      end++;
      while (isNumeral(text.charCodeAt(end)) || isModelWordChar(text.charCodeAt(end))) end++;
    } else if (isUpperCase(c)) {
      end++;
      while (isModelWordChar(text.charCodeAt(end))) end++;
    } else return false;
  }
}

/** Prepositions a name may follow as their object ("a letter to Lund", "the race against Berg"). */
const PREPOSITIONS = wordSet(
  'to with against for by from about on at of than over between like including into toward+',
);
/** Words that may stand before a subject ("… and Lund said"): no sign of an object. */
const NOT_GOVERNING = wordSet('and or but nor then so yet the');

/** How the name at `at` stands in its sentence, as PRONOUN_FEATURES read it: [a preposition
 * governs it ("a loan from Lund"), another lower-case word does (an object: "… hired Lund")].
 * A walk back over the one word before the name. */
function mentionRole(text: string, at: number): [number, number] {
  let b = at - 1;
  while (b >= 0 && isBlankChar(text.charCodeAt(b))) b--;
  const wordEnd = b + 1;
  while (b >= 0 && wordEnd - b < 16 && isAsciiLower(text.charCodeAt(b))) b--;
  if (wordEnd === b + 1 || wordEnd === at || isNameChar(text.charCodeAt(b))) return [0, 0];
  const before = text.slice(b + 1, wordEnd);
  if (PREPOSITIONS.has(before)) return [1, 0];
  return [0, NOT_GOVERNING.has(before) ? 0 : 1];
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
