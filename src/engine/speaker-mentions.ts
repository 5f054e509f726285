// Finds the words that name a speaker next to a speech cue: the subject before the cue
// ("Orlov said"), after it in inverted order ('"…," said Pavel Orlov'), behind an appositive
// ("Rhea Lund, an analyst at the Fiscal Policy Institute, said"), after "according to", or after a dash
// ('"…" — Marta Lindqvist'). These are the adjacency patterns of attribution-notes §2.
import { DOCUMENT_NOUNS, DO_FORMS, FINITE_BE, HAVE_FORMS, MODALS, wordMap, wordSet } from './speech-verbs';
import { isForename } from './forenames';
import { indexAt, isCapitalized, isWord, type Token } from './tokens';
import { NUMBER_WORDS } from './number-words';
import { IRREGULAR_PLURALS } from './figures';
import { MONTH_NAMES, WEEKDAY_NAMES, lowerWords } from './calendar';
import { hasSurrogate, isAsciiLower, isLetter, isNumeralPoint, isSmallWordEnding, lazy } from './chars';

/** A speaker mention as found in the text, before it is resolved to an entity. */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  kind: 'pronoun' | 'name' | 'nominal';
  /** The words of the mention that form the name or the descriptor (no role, no determiner). */
  name: string;
  /** Title or appositive role ("Bulgarian Interior Minister", "an analyst at the Fiscal Policy Institute"). */
  role: string | null;
  /** Gender signalled by an honorific or pronoun: 'm', 'f' or ''. */
  gender: string;
  /** For "he"/"she": the name that speaks in the same sentence before it ("Ortega said she
   * remembered …"), the antecedent to prefer. */
  antecedent?: RawMention;
  /** An antecedent that only opens the sentence, with no speech verb of its own: it must be a
   * person the article knows, not any capitalised opener ("Whatever route …", "Sitting down …"). */
  bySubjectOnly?: boolean;
  /** The cue words that attribute speech to this mention ("said", "according to"), when known. */
  cue?: { start: number; end: number };
  /** Two names as one source ("Both Roscosmos and NASA said"): a group. */
  pair?: boolean;
  /** A transcript turn's label ("WALLACE:", "Ada Roe:"): the one who talks in a turn is a person
   * unless the article names a body so. */
  label?: boolean;
}

/** The first person outside quotation marks: the article's writer (a mention named "i" or "we"). */
export const isWriter = (m: RawMention | null | undefined): boolean =>
  m?.kind === 'pronoun' && (m.name === 'i' || m.name === 'we');

/** "I" or "we" at token `t` (outside quotes: quotes are tokens of their own) as the writer's mention. */
export const firstPerson = (t: Token | undefined): RawMention | null =>
  t && (t.text === 'I' || t.lower === 'we') ? make([t], 'pronoun', t.lower, null, '') : null;

/** Personal pronouns that can be speakers in the third person. */
const PRONOUNS = wordMap('he=m she=f they= it= who=');
/** Words that sit between a subject and its verb without being part of either ("he also said"). */
const BETWEEN = wordSet(
  `also now later then ${HAVE_FORMS} ${FINITE_BE} would will could be did does not never once again further still even just already previously recently first earlier repeatedly reportedly subsequently privately publicly often frequently simply flatly quickly finally separately initially`,
);
/** Words that end a subject noun phrase when walking left: clause openers and conjunctions. */
const CLAUSE_STOP = wordSet(
  'that and but or nor which whom whose when where while because as if so than after before since though although until unless whether what how why yet however meanwhile now today yesterday tonight also later then still in on at during by with without to for of from about into over under amid despite like said says i we me us you is are was were be been',
);
/** Determiners and quantifiers that begin a noun phrase. */
export const DETERMINERS = wordSet(
  'the a an another this these those his her their its our one some two three several many most other both each every any no such',
);
/** Prepositions allowed inside a descriptive noun phrase ("a source familiar with the matter"). */
export const NP_PREPOSITIONS = wordSet('of for with at from in on to close near inside within');
/** Honorifics: dropped from the name, kept as a gender signal. Malaysian and Singaporean papers
 * write "Encik", "Puan", "Madam" and the titles "Datuk (Seri)"/"Datin (Paduka)" before a name; East
 * African ones "Mama" before an older woman's; West African ones "Hon." before a member of parliament's;
 * South Asian ones "Begum", "Syed", "Mian", "Chaudhry", "Sardar" (Pakistani papers: "MNA Begum X");
 * British ones "Rt" (Right) before a title, with no period ("the Rt Rev Ada Lund"); French ones in
 * translation "Mme" and "Mlle" ("M." stays an initial: "Dr M. Lakshmi", "Harry M. Reid"); German ones
 * "Herr" and "Frau". */
export const HONORIFICS = wordMap(
  'mr.=m mr=m mrs.=f mrs=f ms.=f ms=f miss=f dr.= dr= hon.= sir=m dame=f lord=m lady=f baron=m baroness=f prof.= eng.= ir.= ato=m alhaji=m malam=m hajiya=f ' +
    'encik=m puan=f madam=f datuk= datin=f seri= paduka= mama=f begum=f syed=m mian=m chaudhry= sardar=m rt= mme=f mlle=f prof= shri=m smt=f smt.=f herr=m frau=f',
);
/** Role words that are also common family names ("Peter T. King", "Ada Bishop", "Jon Chancellor"). */
export const SURNAME_ROLES = wordSet('king bishop chancellor prince dean');

/** A role word that is also a family name, capitalised after a given name or an initial, is the
 * surname, not a title ("Peter T. King of New York"). */
function surnameAfterName(head: Token[], k: number): boolean {
  const before = head[k - 1];
  return (
    k > 0 &&
    SURNAME_ROLES.has(head[k]!.lower) &&
    isCapitalized(head[k]) &&
    before !== undefined &&
    (isForename(before.text) || /^\p{Lu}\.$/u.test(before.text))
  );
}

/** Words of a title or role ("Defense Minister", "spokeswoman"): everything up to the last of them is role. */
export const ROLE_WORDS = wordSet(
  'president pres. whip minister administrator treasurer comptroller secretary senator sen. rep. del. sec. atty. amb. delegate representative congressman congresswoman governor gov. mayor general gen. col. colonel admiral adm. commodore ' +
    'auditor-general brigadier counsel ambassador chancellor chairman chairwoman chair director chief ceo judge justice speaker leader attorney spokesman spokeswoman spokesperson ' +
    'commissioner undersecretary sheriff prosecutor pope king queen prince princess emir premier vice deputy candidate nominee lt. sgt. capt. coach professor prof. ' +
    'economist graduate analyst adviser advisor manager strategist official officer lawyer founder executive host anchor reporter author editor pastor rev. rev ' +
    'chairperson member head trustee selectman researcher scientist expert activist organizer organiser consultant pollster aide assistant surrogate staffer mogul billionaire businessman businesswoman ' +
    'lawmaker operative historian veteran owner fellow correspondent columnist commentator critic president-elect co-founder rival champion challenger opponent incumbent writer fact-checker journalist blogger producer photographer ' +
    // Titles of local government, police, medicine, schools and faiths, in US, British and
    // Australian usage ("Cr" is a councillor there), and a priest's "Father".
    'councillor cllr cr councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember legislator mp td msp mla mna mpa ' +
    'warden superintendent supt. dci pc inspector detective constable sergeant lieutenant commander trooper firefighter ' +
    'doctor surgeon physician nurse teacher headteacher headmaster headmistress principal bishop archbishop rabbi imam priest father vicar churchwarden harbourmaster harbormaster ' +
    // A race's standing is a role too ("Republican presidential front-runner Ada Lund defended …").
    'front-runner frontrunner hopeful contender ' +
    // Occupations and parts people play in a story, which open a sentence capitalised before a
    // name ("Singer Ada Lund said", "Groom Jon Roe told"): read as the name they would hide its
    // given name, and with it the gender a later "he" or "she" needs.
    'singer songwriter musician rapper actor actress artist comedian designer architect chef groom bride patient co-author ' +
    'boss player striker goalkeeper midfielder captain skipper survivor neighbour neighbor farmer fisherman engineer ' +
    // Heads of PolNeAR train's described speakers that a later "the …" refers back by, and a
    // broadcast's ("the moderator", "the narrator", "presenter Ada Lund").
    'presenter broadcaster moderator narrator politician employee campaigner pundit commuter ' +
    // Positions on a team, which open a sentence the same way ("Quarterback Jon Roe threw …").
    'quarterback linebacker cornerback kicker punter pitcher catcher shortstop outfielder infielder defenseman goaltender goalie winger fullback halfback defender flanker ' +
    // A party member is described by the party ("Oklahoma Republican Tom Cole", "the Republican").
    'republican democrat',
);
/** Days, months and time words: "said Tuesday" names a day, not a speaker. */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', ...lowerWords([...WEEKDAY_NAMES, ...MONTH_NAMES])]);
/** Capitalised words that cannot be part of a person's or organisation's name at a sentence start. */
const NOT_NAME = new Set([
  ...'the a an but and so yet still then now later in on at after before when while during meanwhile however if as though although'.split(
    ' ',
  ),
  ...TIME_WORDS,
]);
/** Object pronouns are never the one speaking ("told him", "asked them"). */
export const OBJECT_PRONOUNS = wordSet('him her them me us');
/** The object pronouns that are never a possessive ("her" is also "her lawyers"). */
const OBJECT_PRONOUN_ONLY = wordSet('him them me us');

/** One-word "names" that are really adjectives or adverbs at a sentence start ("Democratic", "Perhaps"). */
const NOT_SUBJECT = wordSet(
  'hundred thousand million billion trillion dozen+ more most perhaps following only also even many some such other several both all each every few last next new democratic republican american european conservative liberal federal national local former',
);
/** Dashes that introduce a byline after a quote ('"…" — Priya Halvorsen'). */
const DASHES = '—―–';

/** Function words that are also surnames stay function words when they only link a clause
 * ('"…," Then said the mayor'). */
const NEVER_SURNAME = wordSet('then now later also still so yet but and or nor however meanwhile thus');

/** '"…," Will wrote', '"…," From said', '"…," May said': a capitalised word between a quote closed
 * by a comma, ? or ! and its cue is the speaker's surname, even one that is also a function word
 * or a month (the walk left would skip or stop at it); not before an inverted subject
 * ('"…," Then said the mayor'). */
function surnameAfterQuote(tokens: Token[], v: number, floor: number): RawMention | null {
  const w = tokens[v - 1];
  const q = tokens[v - 2];
  if (!w || !q || v - 1 < floor || q.quote < 0 || !/[,?!]\W*$/.test(q.lower) || !isCapitalized(w)) return null;
  const lower = w.lower;
  if (!(BETWEEN.has(lower) || CLAUSE_STOP.has(lower) || NOT_NAME.has(lower)) || NEVER_SURNAME.has(lower)) return null;
  if (PRONOUNS.has(lower) || lower === 'i' || !isWord(w) || DETERMINERS.has(tokens[v + 1]?.lower ?? '')) return null;
  return make([w], 'name', w.text, null, '');
}

/** "USA Today", "Psychology Today": a capitalised "Today" after a capitalised word that could
 * open a name ends a title, not a clause (mid-sentence, the time word is written lower-case). */
function titleToday(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return bare(t.lower) === 'today' && isCapitalized(t) && isCapitalized(before) && !NOT_NAME.has(before!.lower);
}

/** A word without its possessive ending ("monday’s" -> "monday"). */
function bare(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/** Mention words of the noun phrase ending just before token `v` (a cue), or null. */
export function subjectBefore(tokens: Token[], v: number, floor: number): RawMention | null {
  const surname = surnameAfterQuote(tokens, v, floor);
  if (surname) return surname;
  // "Roe kept saying", "the party continues saying": a verb taking the participle cue as its
  // object stands between the subject and the cue.
  let i = skipBack(
    tokens,
    v - (CATENATIVES.has(tokens[v - 1]?.lower ?? '') && tokens[v]!.lower.endsWith('ing') ? 2 : 1),
    floor,
  );
  // "Lund and Roe both said", "the mayors all agreed": a quantifier floated after the subject
  // (not after "they": a pronoun no one is found for loses the quote, "all" keeps it).
  const w = tokens[i - 1];
  if (
    i - 1 > floor &&
    FLOATED.has(tokens[i]!.lower) &&
    (w!.text === ')' || (isCapitalized(w) ? !NOT_NAME.has(w!.lower) : /^[a-z]{2,}[^su]s$/.test(w!.text)))
  )
    i = skipBack(tokens, i - 1, floor);
  // "Gov. Ada Brennan (D-Ore.), said", "Ada Lund (S&D, Spain), said": the comma after a party tag,
  // or after a bracket holding a comma of its own, closes no appositive.
  if (
    tokens[i]?.text === ',' &&
    tokens[i - 1]?.text === ')' &&
    (/^[DRI]-/.test(tokens[i - 2]?.text ?? '') || tokens[i - 3]?.text === ',' || tokens[i - 4]?.text === ',')
  )
    i = skipBack(tokens, i - 1, floor);
  if (i < floor) return null;
  const t = tokens[i]!;
  const dash = dashStart(tokens, i);
  if (dash >= 0) {
    // "Ken Sims — a teacher from Dover — says" (or "--" typed as two hyphens): an appositive
    // between dashes; the subject is the phrase before the first dash.
    let j = dash - 1;
    while (j >= floor && j > dash - 25 && dashStart(tokens, j) < 0 && tokens[j]!.quote < 0) j--;
    const open = j >= floor ? dashStart(tokens, j) : -1;
    if (open <= floor || j === dash - 1) return null;
    const head = nounPhraseBefore(tokens, open, floor);
    return head && head.kind !== 'pronoun' ? head : null;
  }
  if (t.text === ',') {
    // Appositive: "Rhea Lund, an analyst at the Fiscal Policy Institute, said" / "Orlov, speaking in Sofia, said".
    let j = i - 1;
    while (
      j >= floor &&
      j > i - 25 &&
      tokens[j]!.text !== ',' &&
      tokens[j]!.quote < 0 &&
      !'.;:'.includes(tokens[j]!.text) &&
      tokens[j]!.cue < 2
    )
      j--;
    // "Lund, who called Ortega after the result was declared, told …": a relative clause may hold
    // a speech verb of its own; it still only describes the subject before it.
    if (j >= floor && tokens[j]!.text !== ',' && tokens[j]!.cue === 2) {
      let c = j - 1;
      while (
        c >= floor &&
        c > i - 30 &&
        tokens[c]!.text !== ',' &&
        tokens[c]!.quote < 0 &&
        !'.;:'.includes(tokens[c]!.text)
      )
        c--;
      // So may an adjunct set off by commas ("Roe, in response to a question meant to describe …,
      // accused …"), and a participle clause opening on the cue word itself ("Ruiz, noting the
      // size of the crowd, said").
      if (
        c >= floor &&
        tokens[c]!.text === ',' &&
        (/^(who|whose|which)$/.test(tokens[c + 1]?.lower ?? '') ||
          ADJUNCT_OPENERS.has(tokens[c + 1]?.lower ?? '') ||
          (c + 1 === j && /(?:ing|ed)$/.test(tokens[j]!.lower)))
      )
        j = c;
    }
    if (j < floor || j <= i - 25 || tokens[j]!.text !== ',' || j === i - 1) return null;
    // "An editorial accompanying the paper, by Dr. Ada Roe, warned": "by" and a name alone set off
    // after a written work (a document or an editorial) name its author, who speaks through it,
    // not the noun before the comma.
    if (
      tokens[j + 1]!.lower === 'by' &&
      tokens.slice(floor, j).some((x) => DOCUMENT_NOUNS.has(x.lower) || x.lower === 'editorial')
    ) {
      const author = classify(tokens.slice(j + 2, i));
      if (author?.kind === 'name' && author.end === tokens[i - 1]!.end) return author;
    }
    // "Lund, meanwhile, who …, said": a sentence adverb between commas stands before the
    // appositive; the subject is before the adverb.
    while (
      j - 2 > floor &&
      DISCOURSE_ADVERBS.has(tokens[j - 1]!.lower) &&
      tokens[j - 2]!.text === ',' &&
      isCapitalized(tokens[j - 3])
    )
      j -= 2;
    // "Ada Roe, minister for housing, transport, and energy, said": the comma before the cue
    // closes a list inside the appositive; past its items, the appositive opens after a name. So
    // does a last item joined with no comma ("…, transport and energy, said").
    const lastItems = isListItem(tokens, j + 1, i) && LIST_JOINS.has(tokens[i - 2]?.lower ?? '');
    if (LIST_JOINS.has(tokens[j + 1]?.lower ?? '') || lastItems) {
      let c = j;
      for (let hops = 0; hops < LIST_HOPS; hops++) {
        const b = commaBefore(tokens, c - 1, floor, LIST_ITEM_MAX);
        // After a name's comma the item is the appositive's head ("Ada Roe, minister for
        // housing, transport, and energy"), not one more item of its list.
        if (b < 0 || !isListItem(tokens, b + 1, c) || isCapitalized(tokens[b - 1])) break;
        c = b;
      }
      const open = c < j || lastItems ? commaBefore(tokens, c - 1, floor, 25) : -1;
      const named = open > floor ? nounPhraseBefore(tokens, skipBack(tokens, open - 1, floor) + 1, floor) : null;
      if (named?.kind === 'name') j = open;
    }
    let head = nounPhraseBefore(tokens, skipBack(tokens, j - 1, floor) + 1, floor);
    // "The mayor, who flew to Dayton, Ohio, on Friday, said": a region after its city's comma
    // ends a clause inside the appositive; a relative clause before it opens that appositive.
    const h = head ? indexAt(tokens, head.start) : -1;
    if (head?.kind === 'name' && tokens[h - 1]?.text === ',' && isCapitalized(tokens[h - 2]))
      for (let w = h - 3; w > floor && w > h - 25 && tokens[w]!.quote < 0 && !'.;:'.includes(tokens[w]!.text); w--)
        if (RELATIVE_OPENERS.has(tokens[w]!.lower) && tokens[w - 1]!.text === ',') {
          head = nounPhraseBefore(tokens, skipBack(tokens, w - 2, floor) + 1, floor) ?? head;
          break;
        }
    // "Vell, which runs clinics in Ohio, Iowa and Utah, said": the comma before the list's last
    // items ends the phrase found, which opens the relative clause (on its verb) and is no
    // subject; the subject is before the clause, or none is. Not with no list ("…, whose
    // director, Ada Roe, said": the name in apposition speaks).
    if (
      RELATIVE_OPENERS.has(tokens[h - 1]?.lower ?? '') &&
      tokens[h - 2]?.text === ',' &&
      tokens.slice(j + 1, i).some((x) => LIST_JOINS.has(x.lower))
    ) {
      j = h - 2;
      head = nounPhraseBefore(tokens, skipBack(tokens, j - 1, floor) + 1, floor);
    }
    // "Ken Dale, 30, of Raleigh, N.C., who was polled, said": a region after its city's comma is
    // no subject; the city after its preposition is, and the hops below pass it.
    const r = head ? indexAt(tokens, head.start) : -1;
    if (head?.kind === 'name' && tokens[r - 1]?.text === ',') {
      const city = nounPhraseBefore(tokens, r - 1, floor);
      // Not a fronted adjunct ("Of Carson, Lund, who …, said").
      if (city && placeOrAge(tokens, city, floor) > floor) {
        j = r - 1;
        head = city;
      }
    }
    // "the director of the bureau, James Lund, said": a person's name in apposition to a
    // phrase ending in a prepositional object is the speaker; so to one ending in a participle's
    // object ("One pastor backing Mr. Ode, Dan Lee of First Church, said").
    if (
      head &&
      (placeOrAge(tokens, head, floor) >= 0 || /[a-z]ing$/.test(tokens[indexAt(tokens, head.start) - 1]?.text ?? '')) &&
      isForename(tokens[j + 1]?.text ?? '')
    ) {
      const named = classify(tokens.slice(j + 1, i));
      if (named?.kind === 'name') return named;
    }
    // "Cory Lund, 31, of Flint, Mich., said", "Lund, at a rally in Ames, Iowa, said": a place
    // after a preposition, or an age, sits inside the appositive; the subject is before it; so
    // does a party tag before a title ("Sen. Ada Roe, D-Ore., the chair of …, said").
    for (
      let hops = 0;
      hops < 3 && (!head || placeOrAge(tokens, head, floor) >= 0 || /^[DRI]-/.test(head.text));
      hops++
    ) {
      if (head === null && !/^\p{N}+$/u.test(tokens[j - 1]?.text ?? '')) return null;
      let c = j - 1;
      while (
        c >= floor &&
        c > j - 25 &&
        tokens[c]!.text !== ',' &&
        tokens[c]!.quote < 0 &&
        !'.;:'.includes(tokens[c]!.text)
      )
        c--;
      if (c < floor || tokens[c]!.text !== ',') {
        // No comma before: "a woman in Worcester, Massachusetts, told", "officials at the
        // agency, a division of …, said": the phrase the preposition hangs on is the subject.
        const prep = head ? placeOrAge(tokens, head, floor) : -1;
        return prep > floor && isWord(tokens[prep - 1]) ? nounPhraseBefore(tokens, prep, floor) : null;
      }
      j = c;
      head = nounPhraseBefore(tokens, skipBack(tokens, j - 1, floor) + 1, floor);
    }
    // "Bret Roe, who, after trading insults …, said": "who" stands for the name before its comma;
    // the mention is "who" itself (the subject of the cue), named as the phrase it stands for.
    if (head?.kind === 'pronoun' && head.name === 'who' && tokens[j - 2]?.text === ',') {
      const found = nounPhraseBefore(tokens, j - 2, floor);
      const ante = found && namedBeforeRole(tokens, found, floor);
      if (ante && ante.kind !== 'pronoun') return { ...ante, start: head.start, end: head.end, text: head.text };
    }
    // "Ada Lund, a nurse, who works nights, said": a relative clause on a role in apposition.
    if (head && tokens[j + 1]!.lower === 'who') head = namedBeforeRole(tokens, head, floor);
    if (!head || placeOrAge(tokens, head, floor) >= 0) return null;
    let apposition = tokens.slice(j + 1, i);
    // "The employers' body, Acme Employers (AE), said": a body's name in apposition keeps its
    // acronym in brackets after it; the name before the brackets is the description's name.
    if (i - j > 4 && /^\([A-Z]{2,8}\)$/.test(tokens[i - 3]!.text + tokens[i - 2]!.text + tokens[i - 1]!.text))
      apposition = apposition.slice(0, -3);
    const whole = apposition.length;
    // "His lawyer, Ada Lund of the Tenants’ Union, said": a forename and surname, then the person's
    // own body after "of" or "at": the name is in apposition to the description, not that body; so
    // with an honorific or lower-case words before the forename ("the lead author, Dr Ada Lund of
    // the Halden Observatory", "the group leader, councillor Ada Lund of the civic list …", "her
    // collaborator, the acoustician Ada Lund of the … Institute"). A body's name is none, though
    // its first word is a forename ("His employer, Royal Bank of …").
    const of = apposition.findIndex((x, n) => n > 1 && OF_AT.test(x.lower));
    const o = HONORIFICS.has(apposition[0]!.lower) ? 1 : apposition.findIndex(isCapitalized);
    if (
      head.kind === 'nominal' &&
      of > o &&
      !INSTITUTION_HEADS.has(apposition[of - 1]!.lower) &&
      (isForename(apposition[o]?.text ?? '') ||
        // "The band's lawyer, Kang Min-seok of …": a family name first, then a romanised given
        // name of two syllables joined by a hyphen, the second in lower case, ends at "of" too.
        (of === o + 2 && ROMANISED_GIVEN.test(apposition[o + 1]!.text)))
    )
      apposition = apposition.slice(0, of);
    // "Chris Hale, a delegate from Houston, Texas, said": a description ending in a place and its
    // region is an appositive itself; the name before it is the subject, the region in its role.
    if (head.kind === 'nominal' && apposition.length === 1 && endsInPlace(tokens, j)) {
      let open = commaBefore(tokens, indexAt(tokens, head.start) - 1, floor, 1);
      // "Ada Lund, 67, a nurse in Dayton, Ohio, said": an age before the description.
      if (/^\d{1,3}$/.test(tokens[open - 1]?.text ?? '') && tokens[open - 2]?.text === ',') open -= 2;
      const named = open > floor ? nounPhraseBefore(tokens, skipBack(tokens, open - 1, floor) + 1, floor) : null;
      if (named?.kind === 'name') return { ...named, role: named.role ?? roleText(tokens.slice(open + 1, i)) };
    }
    // "his sister, Greta, said": the name sits in the apposition, the description is its role;
    // after a place ("a woman in Worcester, Massachusetts, told") it is the place's region.
    // So after a role whose object passed for a name ("The Minister of Finance, Mr X, said",
    // "Counsel for Lim, Ms Wong, said").
    const at = indexAt(tokens, head.start);
    // A name right after "for" is that preposition's object, never the subject: "The member of
    // parliament for Ashby North, Ada Roe, said".
    const roleObject =
      head.kind === 'name' &&
      (tokens[at - 1]?.lower === 'for' ||
        / (?:of|for)(?: the)?$/.test(head.role ?? '') ||
        (!head.name.includes(' ') &&
          (/\b(?:of|for)\b/.test(head.role ?? '') ||
            (tokens[at - 1]?.lower === 'of' && ROLE_WORDS.has(tokens[at - 2]?.lower ?? '')) ||
            // "The Taoiseach, Ada Lund, said", "The Ombudsman, …": one capitalised word after "the"
            // is an office, not a person; a full name in apposition holds it.
            ((tokens[at - 1]?.lower === 'the' || /^the /i.test(head.text)) && apposition.length >= 2))));
    // "The union, the Tarn Valley Teachers Association (TTA), said": an organisation's noun with
    // a body's name after "the" in apposition: the name speaks, the noun is its role. Not when
    // "of" cut it above as a person's ("the Royal Guild of …": "Royal" is a given name too). So
    // with a one-word name, as the body's acronym ("The union, the TTA, said"); a lower-case
    // word ("the union, the largest, said") is no name and leaves the noun, below.
    if (
      head.kind === 'nominal' &&
      apposition.length > 1 &&
      apposition.length === whole &&
      apposition[0]!.lower === 'the' &&
      ORG_NOUNS.has(head.name.slice(head.name.lastIndexOf(' ') + 1).toLowerCase())
    )
      apposition = apposition.slice(1);
    if (
      (head.kind === 'nominal' || roleObject) &&
      apposition.filter((x) => !NAME_PARTICLE.has(x.lower)).length <= 6 &&
      isCapitalized(apposition[0]) &&
      apposition.every((x) => isCapitalized(x) || NAME_PARTICLE.has(x.lower)) &&
      // After a place, a lone word is its region ("a delegate from Houston, Texas, said"), even
      // one that is also a forename; a forename and more is a person ("…, Jane Roe, said").
      !(
        endsInPlace(tokens, j) &&
        (apposition.length === 1 ||
          !(roleObject || isForename(apposition[0]!.text) || HONORIFICS.has(apposition[0]!.lower)))
      )
    ) {
      // "the party's spokeswoman, Morag Lund MSP, told": a name in apposition to a description,
      // its seat's letters after it (a seat after a place has no description before it).
      const named = classify(
        apposition.length > 2 && POST_NOMINAL.test(apposition.at(-1)!.text) ? apposition.slice(0, -1) : apposition,
      );
      // "Acme's head of policy for Europe, Ada Lund, said": the name after "for" is the title's
      // object; the role is the whole title phrase, its owner too, not that object alone.
      const title = tokens[at - 1]?.lower === 'for' && nounPhraseBefore(tokens, at - 1, floor);
      if (named && named.kind === 'name')
        return {
          ...named,
          role:
            named.role ??
            (title && roleNounHead(title) ? roleFromDescriptor(`${title.text} for ${head.text}`) : head.text),
        };
    }
    // "One resident, 71-year-old pensioner Ada Lund, said": a person's name with a role of its
    // own in apposition to a descriptor is the speaker; so is one with an age of its own ("One
    // of them, 16-year-old Ada Roe, says").
    if (head.kind === 'nominal' && apposition.length <= 8 && isCapitalized(apposition[apposition.length - 1])) {
      const named = classify(apposition);
      const opener = apposition[0]!;
      // "One of them, a nurse named Ada, told me": the name given after "named" or "called" speaks.
      const given = nounPhraseBefore(tokens, i, j + 1);
      if (given?.kind === 'name' && /^(?:nam|call)ed$/.test(tokens[indexAt(tokens, given.start) - 1]!.lower))
        return given;
      if (
        named?.kind === 'name' &&
        (named.role || /^\d+-year-old$/.test(opener.lower)) &&
        !isCapitalized(opener) &&
        !NOT_A_SPEAKER_OPENER.has(opener.lower) &&
        // A participle opens a clause ("backed by …"); before a title word it is part of the
        // title ("Military expert, retired Colonel Ivo Marsh, noted").
        !(/(?:ing|ed)$/.test(opener.lower) && !ROLE_WORDS.has(apposition[1]?.lower ?? '')) &&
        named.name.includes(' ')
      )
        return named;
    }
    // "Lund, meanwhile, said", "Roe, however, who …": a sentence adverb set off by commas is no role.
    let described = apposition;
    while (described.length && (DISCOURSE_ADVERBS.has(described[0]!.lower) || described[0]!.text === ','))
      described = described.slice(1);
    // "Roe, 29, who came off the bench, said": the relative clause after the age is no role, and
    // an age in apposition is none either.
    const rel = described.findIndex((x, n) => x.text === ',' && RELATIVE_OPENERS.has(described[n + 1]?.lower ?? ''));
    if (rel > 0) described = rel < 2 && /^\d/.test(described[0]!.text) ? [] : described.slice(0, rel);
    // "Roe, who will lead the party next year, said": a relative clause describes what the person
    // does, it is no title or role.
    if (
      head.kind === 'name' &&
      !head.role &&
      described.length &&
      !ADJUNCT_OPENERS.has(described[0]!.lower) &&
      !RELATIVE_OPENERS.has(described[0]!.lower)
    )
      head.role = roleText(described);
    return head;
  }
  let np = nounPhraseBefore(tokens, i + 1, floor);
  // "Roe later during the hearing said", "but in an interview said": a plain noun after a
  // preposition is its object; the subject stands before that adjunct, or none does.
  // Not a share ("one in four voters") nor "at least 40"; a participle after the noun is its own
  // ("in a memo announcing …").
  const o = np?.kind === 'nominal' && !tokens[v]!.lower.endsWith('ing') ? indexAt(tokens, np.start) - 1 : -1;
  if (
    o >= floor &&
    ADJUNCT_PREPOSITIONS.has(tokens[o]!.lower) &&
    !/^(?:least|most)$/.test(tokens[o + 1]!.lower) &&
    !(NUMBER_WORDS.has(tokens[o - 1]?.lower ?? '') || /^\d/.test(tokens[o - 1]?.text ?? ''))
  ) {
    const j = skipBack(tokens, o - 1, floor);
    const pp = j >= floor ? nounPhraseBefore(tokens, j + 1, floor) : null;
    // Not a verb's object ("He struggles with a task in politics - …").
    if (!pp || PRONOUNS.has(tokens[indexAt(tokens, pp.start) - 1]?.lower ?? '')) return null;
    // Right before the preposition, the noun it modifies: the mention spans both.
    np = j < o - 1 ? pp : { ...pp, end: np!.end, text: joinTokens(tokens.slice(indexAt(tokens, pp.start), i + 1)) };
  }
  // "Dana Moss, 41, of Eastport said", "Cory Lund, of Flint said": a place after a comma and its
  // preposition closes an appositive that has no comma after it; the subject stands before it.
  const prep = np ? placeOrAge(tokens, np, floor) : -1;
  if (prep - 1 > floor && tokens[prep - 1]!.text === ',') {
    let c = prep - 1;
    if (c - 2 > floor && /^\d+$/.test(tokens[c - 1]!.text) && tokens[c - 2]!.text === ',') c -= 2;
    const head = nounPhraseBefore(tokens, skipBack(tokens, c - 1, floor) + 1, floor);
    if (!head || head.kind === 'pronoun' || placeOrAge(tokens, head, floor) >= 0) return null;
    return { ...head, role: head.role ?? roleText(tokens.slice(c + 1, i + 1)) };
  }
  // "Ada Lund, the spokesman for the party said", "Ada Lund, who is chairman of Vell said": an
  // appositive whose closing comma the writer left out; the name opening the clause speaks. Not
  // a cue set off in the middle of a clause ("Lund, the aide said, was wrong").
  let a = np?.kind === 'nominal' && roleNounHead(np) ? indexAt(tokens, np.start) - 1 : -1;
  if (/^(?:is|was)$/.test(tokens[a]?.lower ?? '') && tokens[a - 1]!.lower === 'who') a -= 2;
  if (a > floor && tokens[a]!.text === ',' && tokens[v + 1]?.text !== ',') {
    const named = nounPhraseBefore(tokens, a, floor);
    const n = named ? indexAt(tokens, named.start) : -1;
    // A full name: one capitalised word may be a sentence adverb ("Instead, the aide said").
    if (named?.kind === 'name' && named.name.includes(' ') && (n === floor || tokens[n - 1]!.quote >= 0))
      return { ...named, role: named.role ?? roleFromDescriptor(np!.text) };
  }
  if (np && np.name === 'who' && tokens[i - 1]?.text === ',') {
    // "Ms. Varga, who stressed that …": the relative pronoun stands for the phrase before it.
    const anteEnd = skipBack(tokens, i - 2, floor) + 1;
    let ante = nounPhraseBefore(tokens, anteEnd, floor);
    // "the dismissal of her finance minister Tomas Berg, who said": "who" is the name
    // right before it, not the head of the whole phrase.
    if (ante?.kind === 'nominal' && isCapitalized(tokens[anteEnd - 1])) {
      let p = anteEnd - 1;
      while (p >= floor && tokens[p]!.start >= ante.start && !NP_PREPOSITIONS.has(tokens[p]!.lower)) p--;
      if (p >= floor && tokens[p]!.start >= ante.start) ante = nounPhraseBefore(tokens, anteEnd, p + 1) ?? ante;
    }
    // "sat through a lecture from the port director, who said": a thing from someone in a role
    // ("a memo from her campaign manager") is that person's to speak of.
    if (ante?.kind === 'nominal' && !roleNounHead(ante)) {
      const f = tokens.findIndex((t) => t.start > ante!.start && t.end < tokens[anteEnd]!.start && t.lower === 'from');
      const from = f > 0 ? nounPhraseBefore(tokens, anteEnd, f + 1) : null;
      if (from && roleNounHead(from)) ante = from;
    }
    if (ante) ante = beforePlace(tokens, ante, floor);
    if (ante) ante = namedBeforeRole(tokens, ante, floor);
    if (ante && ante.kind !== 'pronoun') return { ...ante, start: np.start, end: np.end, text: np.text };
  }
  return np && (listAfterPlace(tokens, np, floor) ?? firstConjunct(tokens, np, floor) ?? np);
}

/** "Ada Lund, a manager at Vell, who said", "Ada Lund, a nurse, who works nights, said": a role
 * in apposition to the name before its comma; that name is who "who" stands for. */
function namedBeforeRole(tokens: Token[], ante: RawMention, floor: number): RawMention {
  if (ante.kind !== 'nominal' || !roleNounHead(ante)) return ante;
  const open = commaBefore(tokens, indexAt(tokens, ante.start) - 1, floor, 2);
  const named = open > floor ? nounPhraseBefore(tokens, skipBack(tokens, open - 1, floor) + 1, floor) : null;
  return named?.kind === 'name' ? { ...named, role: named.role ?? ante.text } : ante;
}

/** "Most voters in Kansas, Iowa and Utah said": names joined by "and" after a preposition of
 * place are its object; the subject is the phrase the preposition hangs on, in lower case but at
 * the clause's start ("the Department of Labor and Congress" is no such list). */
function listAfterPlace(tokens: Token[], np: RawMention, floor: number): RawMention | null {
  let k = indexAt(tokens, np.start) - 1;
  if (np.kind !== 'name' || tokens[k]?.lower !== 'and') return null;
  for (let items = 0; --k > floor && isCapitalized(tokens[k]) && items < 8; items++) {
    while (k > floor && isCapitalized(tokens[k - 1])) k--;
    if (tokens[k - 1]?.text === ',') k--;
  }
  return k > floor &&
    PLACE_PREPOSITIONS.has(tokens[k]!.lower) &&
    isWord(tokens[k - 1]) &&
    (k - 1 === floor || !isCapitalized(tokens[k - 1]))
    ? nounPhraseBefore(tokens, k, floor)
    : null;
}

/** Where the dash ending at token `i` starts: `i` for a dash character, `i - 1` for "--" typed as
 * two hyphens; -1 when no dash ends there. */
function dashStart(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.quote >= 0 || t.text === '') return -1;
  if (DASHES.includes(t.text)) return i;
  return t.text === '-' && tokens[i - 1]?.text === '-' && tokens[i - 1]!.quote < 0 ? i - 1 : -1;
}

/** Quantifiers that may float after the subject they quantify ("they all said"). */
const FLOATED = wordSet('both all each');

/** Words that may stand right before the first conjunct of a subject: a correlative ("both X
 * and Y"), or a conjunction or subordinator that opens the clause ("but X and Y said", "because
 * X and Y said"). */
const BEFORE_CONJUNCTS = wordSet('both either neither but and so yet that because when while after although though if');

/** "Tom Ngata and the union have said": in a coordinated subject the first conjunct, not the last,
 * names the speaker. Only when the first conjunct opens its clause (the sentence's or the
 * clause's first words, after a comma or a correlative): "the mill fired Ana and Tom said" has an
 * object before "and", not a subject. And only when each conjunct is a whole noun phrase (a
 * name, a pronoun, or a phrase with its own determiner): in "the former mayor and senator",
 * "president and CEO Ada Roe" or "local and national officials" the words before "and" share
 * the rest of the phrase, and the walk's own answer stands. */
function firstConjunct(tokens: Token[], np: RawMention, floor: number): RawMention | null {
  const c = indexAt(tokens, np.start) - 1;
  if (c - 1 < floor || tokens[c]!.lower !== 'and') return null;
  const second = tokens[c + 1]!;
  // "Lund and others said": the others are the named one's company.
  if (np.kind === 'nominal' && !DETERMINERS.has(second.lower) && second.lower !== 'others') return null;
  const first = nounPhraseBefore(tokens, c, floor);
  if (!first || (first.kind === 'pronoun' && first.name === 'who')) return null;
  // "Highlands and Islands MSP Ada Lund said": one word before "and" and one before a member's
  // title join in the member's seat; no one is named by either word.
  if (/^\S+ (?:M[SE]?P|MLA|TD)$/.test(np.role ?? '') && !first.name.includes(' ')) return null;
  // The phrase may start after a determiner or correlative its classification dropped.
  let f = indexAt(tokens, first.start);
  while (f > floor && (DETERMINERS.has(tokens[f - 1]!.lower) || tokens[f - 1]!.lower === 'both')) f--;
  const whole =
    first.kind === 'pronoun' ||
    (first.kind === 'name' && !ROLE_WORDS.has(first.name.toLowerCase())) ||
    (first.kind === 'nominal' && DETERMINERS.has(tokens[f]!.lower) && tokens[f]!.lower !== 'both');
  if (!whole) return null;
  // "Both Roscosmos and NASA said": named as a pair, the two are one source together.
  if (tokens[f]!.lower === 'both' && first.kind === 'name' && np.kind === 'name')
    return {
      ...first,
      end: np.end,
      text: first.text + ' and ' + np.text,
      name: first.name + ' and ' + np.name,
      role: null,
      pair: true,
    };
  if (f === floor) return first;
  const before = tokens[f - 1]!;
  if (before.quote >= 0) return null;
  // "the Academy of Arts, Letters and Music": a capitalised word before the comma makes the
  // conjuncts the tail of a list inside a name, not a subject after a clause.
  if (before.text === ',') return isCapitalized(tokens[f - 2]) ? null : first;
  return before.text === ';' || BEFORE_CONJUNCTS.has(before.lower) ? first : null;
}

/** Sentence adverbs that a writer sets off by commas after a subject ("Lund, meanwhile, said"). */
const DISCOURSE_ADVERBS = wordSet(
  'meanwhile however though too also instead moreover furthermore nonetheless nevertheless likewise therefore meantime',
);

/** Words that open an adjunct between commas ("Roe, in response to …, said"). */
const ADJUNCT_OPENERS = wordSet('in at on with after before during while despite amid following');

/** Relative pronouns that open a clause set off by commas after a name ("Roe, who …, said"). */
const RELATIVE_OPENERS = wordSet('who whom whose which that');

/** Prepositions of place before a name that is then a place, not a speaker ("of Flint", "in Ames"). */
const PLACE_PREPOSITIONS = wordSet('of in from at near outside inside');

/** "a man in Dayton, Ohio, who …", "a nurse from Ames, who …": the phrase a place hangs on,
 * for a place that would otherwise stand as the antecedent. */
function beforePlace(tokens: Token[], m: RawMention, floor: number): RawMention | null {
  // A titled or described person ("her finance minister Ruiz …") is no place.
  if (m.kind !== 'name' || m.role || m.gender) return m;
  let place = m;
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < m.start) k++;
  // The region after its city ("Dayton, Ohio"): the city is the place's head.
  if (tokens[k - 1]?.text === ',' && k - 1 > floor) place = nounPhraseBefore(tokens, k - 1, floor) ?? m;
  // The phrase before the comma already holds the city ("a man in Dayton"): it is the antecedent.
  // One that ends in a lower-case noun ("confirmed by her son, Julien Okonjo, who …") holds no
  // place: the name is in apposition to it and is the antecedent, the phrase its role.
  if (place.kind === 'nominal' && place !== m && !isCapitalized(tokens[k - 2]) && personHead(place))
    return { ...m, role: roleFromDescriptor(place.text) };
  if (place.kind === 'nominal') return place;
  const prep = placeOrAge(tokens, place, floor);
  if (prep <= floor || !isWord(tokens[prep - 1])) return m;
  return nounPhraseBefore(tokens, prep, floor) ?? m;
}

/** Words that open the last item of a list ("…, roads, and energy"). */
const LIST_JOINS = wordSet('and or');
/** Most commas walked back over a list inside an appositive, and most tokens read back for the
 * comma before one item (an item is at most three words). */
const LIST_HOPS = 4;
const LIST_ITEM_MAX = 4;

/** The comma nearest before token `from` (inclusive) within `reach` tokens, with no quote, cue or
 * sentence stop on the way; -1 when there is none. */
function commaBefore(tokens: Token[], from: number, floor: number, reach: number): number {
  for (let c = from; c >= floor && c > from - reach; c--) {
    const t = tokens[c]!;
    if (t.text === ',') return c;
    if (t.quote >= 0 || t.cue === 2 || '.;:'.includes(t.text)) return -1;
  }
  return -1;
}

/** Tokens `from` to `to` (exclusive) are one plain item of a list: a few lower-case words. */
function isListItem(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let c = from; c < to; c++) if (!isWord(tokens[c]) || isCapitalized(tokens[c])) return false;
  return true;
}

/** For a name right after a preposition of place ("of Flint", "in Ames"), the preposition's
 * index: the name is the place of something, not a subject. -1 otherwise. */
function placeOrAge(tokens: Token[], head: RawMention, floor: number): number {
  if (head.kind !== 'name') return -1;
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < head.start) k++;
  return k - 1 >= floor && PLACE_PREPOSITIONS.has(tokens[k - 1]!.lower) ? k - 1 : -1;
}

/** Nouns in -ly that are never adverbs, shared with reported-speech's list. */
export const LY_NOUN_CORE = 'family ally assembly rally supply monopoly anomaly';
/** Nouns ending in -ly that a subject can end with ("the family said", "the weekly reported"). */
const LY_NOUNS = wordSet(`${LY_NOUN_CORE} bully daily weekly monthly quarterly biweekly belly homily melancholy`);

/** "forcefully", "angrily", "repeatedly": a lower-case -ly word between a subject and its verb. */
export function isMannerAdverb(t: Token): boolean {
  const w = t.text;
  return w.length > 4 && w.endsWith('ly') && isAsciiLower(w.charCodeAt(0)) && !LY_NOUNS.has(w);
}

/** Nouns after which a name starts a clause of its own ("the time Mendes declared", "the day
 * Okafor said", "the way Obama put it"), not a title before a name. */
const NOUNS_BEFORE_A_CLAUSE = wordSet(
  'time+ day+ week year+ moment way night morning reason place point hours minutes months',
);

/** Nouns of time that, after a day or "last/this/next" (or a demonstrative "that"), make an
 * adverbial ("Thursday night", "last week", "that day"): never the head of a speaker's phrase. */
export const TIME_NOUNS = wordSet('night morning afternoon evening day week weekend month year');
const TIME_MODIFIERS = wordSet('last this next early late');

/** Index of the first token of a time adverbial ending at `i` ("last week", "on Tuesday",
 * "Thursday night"), or `i + 1` when there is none there. */
export function timeAdverbialStart(tokens: Token[], i: number, floor: number): number {
  let k = i;
  const t = tokens[k];
  if (!t || k < floor) return i + 1;
  if (t.lower === 'ago') return agoStart(tokens, k, floor) ?? i + 1;
  if (TIME_NOUNS.has(t.lower)) {
    const before = tokens[k - 1];
    if (k - 1 < floor || !before || !(TIME_MODIFIERS.has(before.lower) || TIME_WORDS.has(bare(before.lower))))
      return i + 1;
    k -= 2;
  } else if (TIME_WORDS.has(t.lower) && !/^(today|yesterday|tonight)$/.test(t.lower) && isCapitalized(t)) k--;
  else return i + 1;
  if (k >= floor && tokens[k]!.lower === 'on') k--;
  return k + 1;
}

/** Units of a span of time before "ago". */
export const AGO_UNITS = wordSet(
  'minutes hours days weeks months years decades minute hour day week month year decade',
);
/** Amounts before such a unit ("two weeks", "a few days", "several years"). */
const AGO_AMOUNTS = wordSet('a few several some many two three four five six seven eight nine ten eleven twelve');
/** Words before an amount ("less than two weeks ago", "just a year ago"). */
const AGO_HEDGES = wordSet('less more than about nearly almost just only barely some roughly');

/** First token of "two weeks ago", "less than a year ago", "a few days ago" ending with "ago" at
 * `k`, or null. */
function agoStart(tokens: Token[], k: number, floor: number): number | null {
  let c = k - 1;
  if (c <= floor || !AGO_UNITS.has(tokens[c]!.lower)) return null;
  c--;
  const amount = tokens[c];
  if (!amount || c < floor || !(AGO_AMOUNTS.has(amount.lower) || /^\d+$/.test(amount.text))) return null;
  if (amount.lower === 'few' && tokens[c - 1]?.lower === 'a') c--;
  while (c - 1 > floor && AGO_HEDGES.has(tokens[c - 1]!.lower)) c--;
  return c;
}

/** Index just past a time adverbial starting at `i` and ending before `last` ("on Tuesday",
 * "Friday night", "last week"), or `i` when there is none there. */
export function timeAdverbialEnd(tokens: Token[], i: number, last: number): number {
  let k = i;
  if (tokens[k]?.lower === 'on') k++;
  const t = tokens[k];
  if (!t || k >= last) return i;
  if (TIME_MODIFIERS.has(t.lower) && k === i && TIME_NOUNS.has(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (TIME_WORDS.has(t.lower) && !/^(today|yesterday|tonight)$/.test(t.lower) && isCapitalized(t)) {
    k++;
    if (TIME_NOUNS.has(tokens[k]?.lower ?? '')) k++;
  } else return i;
  return k <= last ? k : i;
}

/** A negated auxiliary or modal ("didn’t", "wouldn't", "hasn’t"): like the auxiliaries of
 * BETWEEN it stands between a subject and its verb ("Lund wouldn’t say whether …"). */
function negatedAuxiliary(lower: string): boolean {
  const n = lower.length;
  return (
    n > 3 && lower.charCodeAt(n - 1) === 116 && (lower[n - 2] === '’' || lower[n - 2] === "'") && lower[n - 3] === 'n'
  );
}

/** Adverbs and floating quantifiers that stand between an auxiliary and its verb ("have long
 * said", "has twice complained", "have both said", "has since denied"); alone before a verb
 * some of them are a noun's modifier or an object ("all said", "since said"), so only there. */
const AFTER_AUXILIARY = wordSet('long twice since both all each always sometimes ever consistently usually');

/** True when token `i` is one of AFTER_AUXILIARY right after an auxiliary. */
function adverbAfterAuxiliary(tokens: Token[], i: number, floor: number): boolean {
  return i - 1 >= floor && AFTER_AUXILIARY.has(tokens[i]!.lower) && AUXILIARIES.has(tokens[i - 1]!.lower);
}

/** Prepositions whose object ends an adjunct before the verb, never its subject. */
const ADJUNCT_PREPOSITIONS = wordSet('in on at during amid despite following throughout');
/** Verbs that take an -ing form as their object ("kept saying"); not "began" ("the meeting began,
 * vowing …" is intransitive as often). So does a passive verb of perceiving ("can be heard asking"). */
const CATENATIVES = wordSet('keep+ kept continue+ continued heard seen');

/** Walks left over adverbs, auxiliaries, a time adverbial ("Ada Brennan last week said") and a
 * parenthesis ("Rep. Ada Brennan (D-Ore.) said"). */
function skipBack(tokens: Token[], i: number, floor: number): number {
  for (;;) {
    for (;;) {
      while (
        i >= floor &&
        (BETWEEN.has(tokens[i]!.lower) ||
          // "can be heard asking" (not "Roe can add a title: “…”", a plan).
          (tokens[i]!.lower === 'can' && tokens[i + 1]?.lower === 'be') ||
          isMannerAdverb(tokens[i]!) ||
          negatedAuxiliary(tokens[i]!.lower) ||
          adverbAfterAuxiliary(tokens, i, floor))
      )
        i--;
      // "Roe has for years said", "aides have in the past argued": a phrase after an auxiliary
      // stands between the subject and its verb; its noun is never the subject.
      let p = i;
      while (
        p > i - 4 &&
        p > floor &&
        /^[\p{L}\d]+$/u.test(tokens[p]!.text) &&
        !INSERTED_PREPOSITIONS.has(tokens[p]!.lower)
      )
        p--;
      if (p < i && p > floor && INSERTED_PREPOSITIONS.has(tokens[p]!.lower) && AUXILIARIES.has(tokens[p - 1]!.lower)) {
        i = p - 1;
        continue;
      }
      const time = timeAdverbialStart(tokens, i, floor);
      // Only between a subject and its verb: something must stand before the adverbial.
      if (time > i || time <= floor) break;
      i = time - 1;
    }
    if (i < floor || tokens[i]!.text !== ')') return i;
    let j = i - 1;
    while (j >= floor && j > i - 12 && tokens[j]!.text !== '(') j--;
    if (j < floor || tokens[j]!.text !== '(') return i;
    i = j - 1;
  }
}

/** Prepositions opening a phrase set between an auxiliary and its verb ("has for years", "have
 * in the past", "has in Congress"). */
const INSERTED_PREPOSITIONS = wordSet('for in since over during');

/** The phrase ending before token `j` ends in a place: a capitalised word or two after
 * "in/from/at/of" ("a woman in Worcester"). */
function endsInPlace(tokens: Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && k > j - 4 && isCapitalized(tokens[k])) k--;
  return k < j - 1 && k >= 0 && PLACE_JOINS.has(tokens[k]!.lower);
}

/** Prepositions that join a name after them to the noun phrase before them. */
const PLACE_JOINS = wordSet('of from in at');

/** The word before "of/from/in/at" can head what the name after it belongs to: a capitalised
 * word of a name or a title, or a plain noun ("a nurse from Ohio"); not a verb or a clause word. */
function joinsPlace(before: Token | undefined, inRange: boolean): boolean {
  if (!before || !inRange || !isWord(before) || CLAUSE_STOP.has(before.lower)) return false;
  if (isCapitalized(before)) return !NOT_NAME.has(before.lower);
  return nounHead(before) && !before.lower.endsWith('ing') && !notDescriptorStart(before.lower);
}

/** The noun phrase that ends right before token index `end` (exclusive), walking left. */
function nounPhraseBefore(tokens: Token[], end: number, floor: number): RawMention | null {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor || !isWord(last)) return null;
  const p = PRONOUNS.get(last.lower);
  // "The researcher who found it says": "it" after a relative clause's verb is its object.
  if (p !== undefined)
    return last.lower === 'it' && /^(?:who|that)$/.test(tokens[end - 3]?.lower ?? '')
      ? null
      : make([last], 'pronoun', last.lower, null, p);
  const group = standingAlone(tokens, end - 1, floor);
  if (group) return group;
  // "I told him", "we asked": the first person outside quotation marks is the article's writer.
  // Not after a subordinator ("when I asked him, he said …", "what we call …"): that clause is not the speaker's.
  const writer = firstPerson(last);
  if (writer) {
    const w = tokens[end - 2]?.lower ?? '';
    return NOT_A_SPEAKER_OPENER.has(w) || w === 'what' || w === 'as' || w === 'how' ? null : writer;
  }
  let i = end - 1;
  // "Those loyal to her say": an object pronoun ends a prepositional phrase inside the subject.
  if (OBJECT_PRONOUNS.has(last.lower)) {
    if (!NP_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') || i - 2 < floor) return null;
    i -= 2;
  }
  // "… with his calls": a phrase cut off after a possessive names no one.
  if (/^(?:his|their|its|our|my)$/.test(last.lower)) return null;
  let words = 0;
  while (i >= floor && words < 12) {
    const t = tokens[i]!;
    // A hyphen with a space after it is a dash that closes an aside ("… the stage - Ada Lund said");
    // one glued to the next word, or an en dash so glued, joins a compound ("the Nakuru–Njoro route").
    // "the Ministry of Health, Welfare and Sport": a comma between one-word fields of a name
    // whose "and" the walk has crossed (andInsideInstitution) is inside that name.
    if (
      !isWord(t) &&
      !(
        t.text === '&' ||
        (/^[-–]$/.test(t.text) && tokens[i + 1]!.start === t.end) ||
        institutionComma(tokens, i, floor)
      )
    )
      break;
    if (t.cue === 2 && !isCapitalized(t)) break; // a speech verb is never part of its subject
    // "the actor and singer said": "and" between two role words joins one person's roles.
    if (
      t.lower === 'and' &&
      i === end - 2 &&
      /^(?:the|a|an)$/.test(tokens[i - 2]?.lower ?? '') &&
      ROLE_WORDS.has(tokens[i - 1]!.text) &&
      ROLE_WORDS.has(tokens[i + 1]!.text)
    ) {
      i--;
      continue;
    }
    if (DETERMINERS.has(t.lower)) {
      // "a friend on the other end said": after a preposition, a determiner before one ("the
      // other", "his two") is the phrase's, so the walk goes on from it; not a superlative's "most".
      if (
        t.lower !== 'most' &&
        DETERMINERS.has(tokens[i - 1]?.lower ?? '') &&
        NP_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '') &&
        i - 1 >= floor
      )
        i--;
      // Keep the determiner; go on only across "of/for/with …" ("a spokesman for the campaign").
      const before = tokens[i - 1];
      if (
        before &&
        i - 1 >= floor &&
        (NP_PREPOSITIONS.has(before.lower) ||
          (before.lower === 'about' && POST_MODIFIERS.has(tokens[i - 2]?.lower ?? '')) ||
          reducedAgent(tokens, i - 1, floor)) &&
        isWord(tokens[i - 2]) &&
        !CLAUSE_STOP.has(tokens[i - 2]!.lower) &&
        i - 2 >= floor
      ) {
        i -= 2;
        words += 2;
        continue;
      }
      // "lawyers representing the family said": a present participle and its object after a
      // plural noun modify it.
      if (before && i - 2 >= floor && ingModifier(before, tokens[i - 2], i - 2 === floor)) {
        i -= 2;
        words += 2;
        continue;
      }
      // "nurses walking along the quay chanted": so does a participle with a
      // prepositional phrase; its object is never the subject.
      if (
        i - 3 >= floor &&
        (NP_PREPOSITIONS.has(before!.lower) || NOT_A_HEAD.has(before!.lower)) &&
        ingModifier(tokens[i - 2]!, tokens[i - 3], i - 3 === floor)
      ) {
        i -= 3;
        words += 3;
        continue;
      }
      // "a move district leaders say will save …": "a" before plain nouns ending in a plural is no
      // determiner of that plural; the noun after "a" takes a contact clause, whose subject is the
      // nouns after it. So after a count ("a few officials", "a dozen aides"): the plural speaks.
      // Not over a participle ("a senator representing farmers").
      const rest = tokens.slice(i + 1, end);
      i +=
        /^an?$/.test(t.lower) &&
        rest.length > 1 &&
        pluralNoun(rest.at(-1), false) &&
        rest.every((x) => /^[a-z-]+(?<!ing)$/.test(x.text) && nounHead(x) && !NP_PREPOSITIONS.has(x.lower))
          ? 1
          : -1;
      break;
    }
    // "the mayor of a town of 900 people says": a count and the noun ending the phrase after "of"
    // are that noun's object, so the walk goes on as after "of the"; not a year ("the end of 2019
    // analysts"), nor after a document, whose issuer is read apart ("a poll of 800 renters").
    const count = tokens[i + 1];
    if (
      t.lower === 'of' &&
      i + 3 === end &&
      i - 1 >= floor &&
      (/^\d{1,3}(,|$)/.test(count!.text) || NUMBER_WORDS.has(count!.lower)) &&
      nounHead(tokens[i - 1]!) &&
      !DOCUMENT_NOUNS.has(tokens[i - 1]!.lower)
    ) {
      i--;
      words++;
      continue;
    }
    // "a spokesman for council Democrats said", "an aide to Senator Ada Lund said": a preposition
    // after a role word joins what it heads, with or without a determiner after it.
    if (
      i < end - 1 &&
      /^(?:for|of|at|with|to)$/.test(t.lower) &&
      i - 1 >= floor &&
      // So does "to" after a role word's plural ("Aides to Roe said" are aides, as "An aide to Roe
      // said" is an aide); after "for" a plural may be a body's own name ("Physicians for X").
      ((ROLE_WORDS.has(tokens[i - 1]!.lower) && !isCapitalized(tokens[i - 1])) ||
        (t.lower === 'to' && ROLE_WORDS.has(tokens[i - 1]!.lower.slice(0, -1))) ||
        // "opponents of new taxes said": "of" after a plural noun joins its object to it; not
        // after an amount ("thousands of residents" are residents).
        (t.lower === 'of' &&
          pluralNoun(tokens[i - 1], i - 1 === floor) &&
          nounHead(tokens[i - 1]!) &&
          !/^(?:ten|dozen|score|hundred|thousand|million|billion|lot)s$/.test(tokens[i - 1]!.lower)))
    ) {
      i -= 2;
      words += 2;
      continue;
    }
    // "an aide familiar with Lund's plans", "people close to Roe": a preposition after a
    // post-modifier joins its object to the noun before, with no determiner after it either.
    const mod = tokens[i - 1]?.lower ?? '';
    if (
      i < end - 1 &&
      i - 2 >= floor &&
      ((NP_PREPOSITIONS.has(t.lower) && (POST_MODIFIERS.has(mod) || mod === 'close')) || reducedAgent(tokens, i, floor))
    ) {
      i -= 2;
      words += 2;
      continue;
    }
    // "Secretary of State Jon Lund", "the University of Iowa", "Gov. Ada Lund of Iowa", "a
    // nurse from Ohio": a name after "of/from/in/at" is part of the phrase before it (a title's
    // object, a name, a place), never the subject alone.
    if (i < end - 1 && PLACE_JOINS.has(t.lower) && isCapitalized(tokens[i + 1])) {
      // "The Qastari Weather Office (QWO) in Larsholm said": bracketed initials close the name
      // before them; the place after them is where the body is, and the name speaks.
      if (tokens[i - 1]?.text === ')' && tokens[i - 3]?.text === '(' && allCaps(tokens[i - 2]))
        return nounPhraseBefore(tokens, i - 3, floor);
      if (joinsPlace(tokens[i - 1], i - 1 >= floor)) {
        i--;
        words++;
        continue;
      }
    }
    // "a study from 2011 noted", "the 2019 report in 2020 found": a year after "from/in/of" and a
    // document's noun dates the document, inside the phrase it heads (PolNeAR train: 1 clause, 1
    // figure gained, none lost).
    if (
      i === end - 2 &&
      PLACE_JOINS.has(t.lower) &&
      /^(?:1[89]|20)\d\d$/.test(tokens[i + 1]!.text) &&
      i - 1 >= floor &&
      DOCUMENT_NOUNS.has(tokens[i - 1]!.lower)
    ) {
      i--;
      words++;
      continue;
    }
    // "Traders on Quay Street say", "Experts on Twitter said", "Ada Lund on Radio Kelso said": a
    // place or platform after "on" and a plural noun or a name is where they are, and after a
    // document noun its topic ("a report on Medicare said"), never the subject; not a day ("polls
    // on Super Tuesday"), nor a body's name ("Council on Trade").
    if (
      t.lower === 'on' &&
      i < end - 1 &&
      i - 1 >= floor &&
      isCapitalized(tokens[i + 1]) &&
      (pluralNoun(tokens[i - 1], true) ||
        DOCUMENT_NOUNS.has(tokens[i - 1]!.lower) ||
        (isCapitalized(tokens[i - 1]) && !INSTITUTION_HEADS.has(tokens[i - 1]!.lower))) &&
      !TIME_WORDS.has(tokens[end - 1]!.lower) &&
      !TIME_WORDS.has(tokens[end]?.lower ?? '')
    ) {
      i--;
      words++;
      continue;
    }
    // "a Department for Education spokesman": "for" between capitalised words is inside an
    // organisation's name, as "of" is.
    if (
      i < end - 1 &&
      t.lower === 'for' &&
      isCapitalized(tokens[i + 1]) &&
      i - 1 >= floor &&
      isCapitalized(tokens[i - 1]) &&
      !NOT_NAME.has(tokens[i - 1]!.lower) &&
      // A name of two words or more before it, or an institution's head ("Brennan Center for
      // Justice", "Department for Education"), not one capitalised opener ("Executives for …").
      // So is it after a title ("Minister for Health Ada Lund", "Minister of State for Trade and
      // Industry Ada Lund"): the field after "for" is the title's, never the subject alone.
      ((i - 2 >= floor && isCapitalized(tokens[i - 2]) && !NOT_NAME.has(tokens[i - 2]!.lower)) ||
        INSTITUTION_HEADS.has(tokens[i - 1]!.lower) ||
        titleBefore(tokens, i))
    ) {
      i--;
      words++;
      continue;
    }
    // "The Council on Trade Policy said": so is "on" after an institution's head word.
    if (i < end - 1 && i - 1 >= floor && fieldOn(tokens, i)) {
      i--;
      words++;
      continue;
    }
    // "Employers in farming and home care warn": "and" inside the object of a preposition after
    // the plural noun that opens the clause joins that object; the noun heads the subject.
    if (t.lower === 'and' && i < end - 1) {
      let j = i - 1;
      while (j > i - 4 && isWord(tokens[j]) && !isCapitalized(tokens[j]) && !NP_PREPOSITIONS.has(tokens[j]!.lower)) j--;
      if (
        j < i - 1 &&
        j - 1 === floor &&
        NP_PREPOSITIONS.has(tokens[j]!.lower) &&
        pluralNoun(tokens[floor], true) &&
        nounHead(tokens[floor]!)
      ) {
        i = floor;
        continue;
      }
    }
    if (
      i < end - 1 &&
      i - 1 >= floor &&
      ((t.lower === 'and' && andInsideInstitution(tokens, i, floor)) ||
        (NAME_CONNECTOR.test(t.lower) && acronymSpans(tokens, i)))
    ) {
      i--;
      words++;
      continue;
    }
    if (
      (CLAUSE_STOP.has(t.lower) || (isCapitalized(t) && NOT_NAME.has(t.lower))) &&
      !(i - 1 >= floor && titleToday(tokens, i)) &&
      // "the consumer group Which Way found": a capitalised run after an organisation noun is
      // the body's name, whatever its first word.
      !(isCapitalized(t) && isCapitalized(tokens[i + 1]) && i > floor && ORG_NOUNS.has(tokens[i - 1]!.lower)) &&
      // "a later interview": an adjective after a determiner.
      !(t.lower === 'later' && i < end - 1 && DETERMINERS.has(tokens[i - 1]?.lower ?? ''))
    )
      break;
    // A participle left of a name is a verb, not a role ("treating Mrs. Adams", "called Mr. Brown");
    // after a determiner it is an adjective ("Ada Lund of the ruling Unity Party said").
    if (
      i < end - 1 &&
      !isCapitalized(t) &&
      /(?:ing|ed)$/.test(t.lower) &&
      isCapitalized(tokens[i + 1]) &&
      !(i - 1 >= floor && DETERMINERS.has(tokens[i - 1]!.lower))
    )
      break;
    // Nor is a noun of time or manner: "from the time Mendes declared" is Mendes's own clause.
    if (i < end - 1 && NOUNS_BEFORE_A_CLAUSE.has(t.lower) && isCapitalized(tokens[i + 1])) break;
    if (PRONOUNS.has(t.lower)) break;
    // "FIRE IN HARBOUR Mayor Ada Lund said": two words in capitals before a word in title case
    // end a headline run into the sentence; the subject starts after them.
    if (i < end - 1 && allCaps(t) && allCaps(tokens[i - 1]) && /[a-z]/.test(tokens[i + 1]!.text)) break;
    i--;
    words++;
  }
  // "the files, which included aides …": a past form right after a relative pronoun is its
  // clause's verb, never a modifier of the noun after it.
  const f = tokens[i + 1]!;
  if (i >= floor && tokens[i]!.lower === 'which' && (isSmallWordEnding(f.text, 3, 'ed') || IRREGULAR_PAST.has(f.lower)))
    return null;
  const phrase = tokens.slice(i + 1, end);
  return classify(phrase);
}

/** A word of two letters or more, all in capitals ("FIRE", "IN"). */
const allCaps = (t: Token | undefined) =>
  isWord(t) && t!.text.length > 1 && !/[a-z]/.test(t!.text) && /[A-Z]/.test(t!.text);

/** "the Victoria Lakes and Fisheries Institute (VLFI)", "the Freedom to Teach Alliance (FTA)": the
 * connector at `k` is inside one body's name when the capitalised run around it ends right before
 * bracketed initials that are, in order, those of its capitalised words from before `k` on (the
 * text's own evidence: a first word that is also a given name opens no person's name, and "to"
 * or "on" joins the name). */
function acronymSpans(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + 8 && (isCapitalized(tokens[++n]) || NAME_CONNECTOR.test(tokens[n]?.lower ?? '')));
  let initials = tokens[n + 1]?.text ?? '';
  if (tokens[n]?.text !== '(' || tokens[n + 2]?.text !== ')') return false;
  for (let j = n - 1; initials && j >= 0; j--)
    if (isCapitalized(tokens[j])) {
      if (initials.at(-1) !== tokens[j]!.text[0]) return false;
      initials = initials.slice(0, -1);
      if (!initials && j < k) SPANNED.add(tokens[k]!);
    } else if (!NAME_CONNECTOR.test(tokens[j]!.lower)) return false;
  return SPANNED.has(tokens[k]!);
}

/** Words that join a body's name between capitalised words. */
const NAME_CONNECTOR = /^(?:and|to|on|of|for)$/;

/** Connectors `acronymSpans` found inside a name: the phrase the walk took is classified without
 * the brackets after it, so its name is read whole from these. */
const SPANNED = new WeakSet<Token>();

/** Bodies named by one word, which after "and" name a second body ("… of Justice and Congress"),
 * as an institution's head word does. */
const LONE_BODIES = wordSet('congress senate parliament pentagon kremlin police army navy government');

/** "the Department of Health and Human Services", "Centers for Disease Control and Prevention":
 * the "and" at `k` joins the last words of one institution's name when the capitalised run before
 * it holds the institution's head word and "of"/"for" after it, and capitalised words that open
 * no person's name and no second organisation follow ("the Department of Justice and Attorney
 * General Ada Roe", "… of Justice and Congress" are two). Reads at most six words back. The
 * entity resolver's institutionTail joins the same tail to a capitalised run. */
function andInsideInstitution(tokens: Token[], k: number, floor: number): boolean {
  if (!isCapitalized(tokens[k - 1])) return false;
  if (acronymSpans(tokens, k)) return true;
  // "the University and College Staff Union": two kinds of institution joined by "and", the first
  // opening the name (no capitalised word but "The" before it: "Kelso University and Bray
  // College" are two), then a body's last word within three words, are one body's field.
  if (
    INSTITUTION_HEADS.has(tokens[k - 1]!.lower) &&
    INSTITUTION_HEADS.has(tokens[k + 1]?.lower ?? '') &&
    (!isCapitalized(tokens[k - 2]) || tokens[k - 2]!.lower === 'the')
  )
    for (let j = k + 2; j <= k + 4 && isCapitalized(tokens[j]); j++)
      if (BODY_TAILS.has(tokens[j]!.lower) || INSTITUTION_HEADS.has(tokens[j]!.lower)) return true;
  let n = k + 1;
  for (; isCapitalized(tokens[n]); n++) {
    const w = tokens[n]!;
    // "Trade and Industry Minister Ada Lund": one field word before "and", none a given name,
    // and a role word after the other: "and" joins the title's field.
    if (n > k + 1 && ROLE_WORDS.has(w.lower) && !isCapitalized(tokens[k - 2]) && !isForename(tokens[k - 1]!.text))
      return true;
    // "the Disaster and Emergency Management Agency said": a head word after field words ends it.
    if (n > k + 1 && INSTITUTION_HEADS.has(w.lower) && !isCapitalized(tokens[n + 1])) {
      n++;
      break;
    }
    // "Minister of Mines and Minerals Development Hon. Ada Lund": past a field word, an
    // honorific opens the person the title is set before.
    if (n > k + 1 && HONORIFICS.has(w.lower)) break;
    if (
      n > k + 3 ||
      ROLE_WORDS.has(w.lower) ||
      HONORIFICS.has(w.lower) ||
      LONE_BODIES.has(w.lower) ||
      INSTITUTION_HEADS.has(w.lower) ||
      !/\p{Ll}/u.test(w.text)
    )
      return false;
  }
  // A given name after "and" opens a person's name, unless a body word ends two or more words
  // ("… Red Cross and Red Crescent Societies").
  if (n === k + 1 || (isForename(tokens[k + 1]!.text) && !(n > k + 2 && BODY_TAILS.has(tokens[n - 1]!.lower))))
    return false;
  // "Food and Drug Administration", "Immigration and Customs Enforcement", "… and Housing Corp.":
  // a tail ending in a body's last word ends the name the words before "and" opened when no given
  // name is among them ("Ada Lund and Plant Protection" are two); so it does before the place or
  // field that "of" or "for" adds ("the Nurses and Midwives Federation of Wirrinda").
  const tail = tokens[n - 1]!.lower;
  if (BODY_TAILS.has(tail) || INSTITUTION_HEADS.has(tail)) {
    let j = k - 1;
    while (j > floor && j > k - 4 && isCapitalized(tokens[j]) && !isForename(tokens[j]!.text)) j--;
    if (j <= floor || j <= k - 4 || !isCapitalized(tokens[j])) return true;
  }
  for (let j = k - 1; j > k - 7 && j > floor; j--) {
    const t = tokens[j]!;
    // So is a title's field ("Minister for Trade and Industry Ada Lund").
    if ((t.lower === 'of' || t.lower === 'for') && isCapitalized(tokens[j - 1]))
      return INSTITUTION_HEADS.has(tokens[j - 1]!.lower) || titleBefore(tokens, j);
    if (fieldOn(tokens, j)) return true;
    if (!isCapitalized(t) && !fieldComma(tokens, j)) return false;
  }
  return false;
}

/** The comma at `k` parts one-word fields of a name listed before "and" ("of Health, Welfare
 * and Sport", "Digital, Culture, Media and Sport"). */
const fieldComma = (tokens: Token[], k: number) =>
  tokens[k]!.text === ',' && /^(?:and|,)$/.test(tokens[k + 2]?.lower ?? '');

/** `fieldComma` inside an institution's name: the "and" that ends the list is one
 * (`andInsideInstitution`), so "Smith, Jones and Brown said" stays a list of people. */
export function institutionComma(tokens: Token[], k: number, floor: number): boolean {
  let m = k;
  while (fieldComma(tokens, m) && m < k + 9) m += 2;
  return m > k && tokens[m]?.lower === 'and' && andInsideInstitution(tokens, m, floor);
}

/** Quantifiers that can stand alone as a clause's subject ("both oppose …", "all agreed …"). */
const QUANTIFIER_SUBJECTS = wordSet('both all each neither either most many some few several');
/** Words that open an object right after a verb ("oppose an …", "backed the …", "praised his …"). */
const ARTICLE_AFTER_VERB = wordSet('a an the this that these those his her their its');

/** The noun phrase that starts at token index `start` ("said Ms. Aldana, director of …"). */
export function subjectAfter(tokens: Token[], start: number, ceiling: number): RawMention | null {
  let i = start;
  const first = tokens[i];
  if (!first || i >= ceiling || !isWord(first)) return null;
  // "said HE Sheikh Ada Lund", "said HH the Emir": the Gulf's "His Excellency" or "His Highness"
  // in capitals opens the name or title, and is no "he".
  if (/^H[EH]$/.test(first.text) && isWord(tokens[i + 1])) return subjectAfter(tokens, i + 1, ceiling);
  const p = PRONOUNS.get(first.lower);
  if (p !== undefined && first.lower !== 'who') return make([first], 'pronoun', first.lower, null, p);
  if (first.lower === 'another' && !isWord(tokens[i + 1])) return standingAlone(tokens, i, start);
  // "said her husband, Tom Berg": "her" owns the noun; only a name in apposition to it is read
  // (alone, "her" is an object: "told her").
  const her = first.lower === 'her';
  // '"…," X said outside court', 'said near the scene': a place after the verb, never an inverted
  // speaker (only here, not in CLAUSE_STOP: "outside experts said" names people before the verb).
  if (
    OBJECT_PRONOUN_ONLY.has(first.lower) ||
    CLAUSE_STOP.has(first.lower) ||
    PLACE_PREPOSITIONS.has(first.lower) ||
    TIME_WORDS.has(bare(first.lower))
  )
    return null;
  // "both oppose an inflation formula", "all backed the plan": a quantifier standing alone as the
  // subject, its verb right after it (a lower-case word then an article), heads no noun phrase.
  if (QUANTIFIER_SUBJECTS.has(first.lower)) {
    const verb = tokens[i + 1];
    if (verb && isWord(verb) && !verb.cue && !isCapitalized(verb) && ARTICLE_AFTER_VERB.has(tokens[i + 2]?.lower ?? ''))
      return null;
  }
  // "said 2010" is no subject; "said 2008 Olympian Rosa Kimura" is.
  const leadingNumber = isNumeralPoint(first.text.codePointAt(0));
  let words = 0;
  let sawName = false;
  while (i < ceiling && words < 10) {
    // "according to the Ministry of Health, Labour and Welfare": a comma between an institution's
    // fields goes on with its name, as in the walk before a verb (the field after it is read).
    if (sawName && institutionComma(tokens, i, start)) i++;
    const t = tokens[i]!;
    if (!isWord(t) && t.text !== '&') break;
    // "reads a Wednesday editorial in …": a day after a determiner modifies the noun; no name.
    const day = TIME_WORDS.has(bare(t.lower)) && !titleToday(tokens, i);
    if (day && i > start && !DETERMINERS.has(tokens[i - 1]!.lower)) break;
    // "several groups granted Lund …", "a source involved in …": a past tense or participle
    // after the noun ends the phrase.
    if (!sawName && i > start && reducedClause(t, tokens[i - 1]!)) break;
    // "… for Disease Control and Prevention": an "and" inside one name goes on with it.
    if (
      (isCapitalized(t) && !day) ||
      (t.lower === 'and' && andInsideInstitution(tokens, i, start)) ||
      (sawName && NAME_CONNECTOR.test(t.lower) && acronymSpans(tokens, i)) ||
      (t.text === '&' && isCapitalized(tokens[i + 1])) ||
      (sawName && (numberInName(tokens, i) || NAME_PARTICLE.has(t.lower)))
    )
      sawName = true;
    else if (
      sawName &&
      !(NP_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) &&
      !roleBeforeName(tokens, i, ceiling) &&
      !preNameRole(tokens, i, ceiling) &&
      !(DETERMINERS.has(first.lower) && roleHeadAhead(tokens, i, ceiling)) &&
      // "a Democratic source", "a Western diplomat": a capitalised adjective of party or nation
      // after the determiner modifies the lower-case noun that heads the phrase; it is no name.
      !(
        DETERMINERS.has(first.lower) &&
        i === start + 2 &&
        /^\p{Lu}\p{Ll}+(?:an|ic|ish|ese|ern|i)$/u.test(tokens[start + 1]!.text) &&
        nounHead(t) &&
        !CLAUSE_STOP.has(t.lower)
      )
    )
      break;
    else if (t.cue === 2 || (CLAUSE_STOP.has(t.lower) && !NP_PREPOSITIONS.has(t.lower))) break;
    i++;
    words++;
  }
  // Trim trailing prepositions / determiners left by the walk ("Ms. Varga of the").
  let end = i;
  while (end > start && (NP_PREPOSITIONS.has(tokens[end - 1]!.lower) || DETERMINERS.has(tokens[end - 1]!.lower))) end--;
  const np = classify(tokens.slice(start, end));
  if (leadingNumber && np?.kind !== 'name') return null;
  const comma = i > end ? i : end;
  if (np && np.kind === 'name' && tokens[comma]?.text === ',' && !np.role) {
    // Trailing appositive: "said Miriam T. Oduya, director of the institute."
    let j = comma + 1;
    while (j < ceiling && j < end + 20 && tokens[j]!.quote < 0 && !',.;:'.includes(tokens[j]!.text)) j++;
    // "said Jon Roe, 45, a teacher in Leeds": an age alone before a description is part of it,
    // not all of the role.
    if (
      j === comma + 2 &&
      /^\d{1,3}$/.test(tokens[comma + 1]!.text) &&
      tokens[j]?.text === ',' &&
      DETERMINERS.has(tokens[j + 1]?.lower ?? '')
    ) {
      j++;
      while (j < ceiling && j < end + 24 && tokens[j]!.quote < 0 && !',.;:'.includes(tokens[j]!.text)) j++;
    }
    // "a scientist in Washington, D.C.": a place's region after its comma, ending the
    // appositive, stays with it.
    if (
      tokens[j]?.text === ',' &&
      isCapitalized(tokens[j - 1]) &&
      isCapitalized(tokens[j + 1]) &&
      ',.;'.includes(tokens[j + 2]?.text ?? '.')
    )
      j += 2;
    const appos = tokens.slice(comma + 1, j);
    if (
      ((appos.length > 0 && appos.length < 20 && !isCapitalized(appos[0])) ||
        (appos[0] && /^(the|a|an)$/i.test(appos[0].text))) &&
      !RELATIVE_OPENERS.has(appos[0]!.lower) &&
      // "said Roe, in an interview", "said Ivo Marsh, with a shrug": an adjunct is no role.
      !ADJUNCT_OPENERS.has(appos[0]!.lower) &&
      // "said Jo Kell, 41, who coaches the team": an age before a relative clause is no role.
      !(appos.length < 2 && /^\d/.test(appos[0]!.text) && RELATIVE_OPENERS.has(tokens[j + 1]?.lower ?? '')) &&
      // "said Ada Lund, adding that …", "said Roe, citing a report": a participle with its object
      // opens a clause about the saying, not a role ("acting director" and "managing editor" are).
      !(
        isSmallWordEnding(appos[0]!.text, 2, 'ing') &&
        [DETERMINERS, CLAUSE_STOP, OBJECT_PRONOUNS].some((w) => w.has(appos[1]?.lower ?? ''))
      )
    ) {
      np.role = roleText(appos);
    }
  }
  // "said Acme’s director of policy, Ana Ruiz": a body's role (up to four lower-case words), then
  // the name of the one who holds it; so after one capitalised word of place ("Lund’s Ohio state
  // director, Tom Berg"), else the owner and that word would be read as the name.
  let owned = -1;
  if (np?.kind === 'name' && /['’]s(?: \S+)?$/.test(np.text)) {
    owned = end;
    while (owned < end + 4 && isWord(tokens[owned]) && !isCapitalized(tokens[owned])) owned++;
    // So a relative's ("said Roe’s daughter, Ada Roe-Lund").
    if (!tokens.slice(end, owned).some((t) => ROLE_WORDS.has(t.lower) || KIN.has(t.lower))) owned = -1;
  }
  const roleComma = tokens[owned]?.text === ',' ? owned : comma;
  if (np && tokens[roleComma]?.text === ',' && (roleComma === owned || (np.kind === 'nominal' && roleNounHead(np)))) {
    // "said its director, Paul Weir" / "said a spokeswoman, Ana Ruiz.": a name in apposition
    // to a role names the speaker; the description is its role.
    const comma = roleComma;
    let j = comma + 1;
    // A particle inside the name runs on ("said its spokeswoman, Ada van Roe,"); one before a
    // lower-case word ("Ada Roe, de facto head …") leaves no closing mark after the name, as before.
    while (
      j < ceiling &&
      j < comma + 6 &&
      (isCapitalized(tokens[j]) || (j > comma + 1 && NAME_PARTICLE.has(tokens[j]!.lower))) &&
      tokens[j]!.quote < 0
    )
      j++;
    const next = tokens[j];
    const named = j > comma + 1 ? classify(tokens.slice(comma + 1, j)) : null;
    if (
      named?.kind === 'name' &&
      (!next ||
        (next.quote < 0 && '.,;:!?)'.includes(next.text)) ||
        (OF_AT.test(next.text) && isForename(tokens[comma + 1]!.text)))
    )
      return {
        ...named,
        role: named.role ?? (comma === owned ? roleText(tokens.slice(start, comma)) : roleFromDescriptor(np.text)),
      };
  }
  // "said another Facebook user, Ada Lund.", "wrote the consul at the time, Carl Finch.": a
  // descriptor opened by a determiner, a comma, then a person's name that ends the clause.
  if (np && DETERMINERS.has(first.lower)) {
    let c = end;
    while (c < end + 4 && isWord(tokens[c]) && tokens[c]!.cue !== 2) c++;
    let n = c + 1;
    while (n < ceiling && n < c + 4 && isCapitalized(tokens[n]) && tokens[n]!.quote < 0) n++;
    // After a title ("declared the Vice-President for trade, Ada Vell,"), a name off the forename
    // list is the holder too.
    const named =
      tokens[c]?.text === ',' &&
      tokens[c + 1] &&
      (isForename(tokens[c + 1]!.text) || ROLE_WORDS.has(tokens[end - 1]!.lower.replace(/^.*-/, '')))
        ? classify(tokens.slice(c + 1, n))
        : null;
    // So with the person's own body after "of" or "at" ("said a leading tax lawyer, Ada Lund of the
    // firm Tull Brand"): the name, not a capitalised word inside the description, speaks.
    if (
      named?.kind === 'name' &&
      (!tokens[n] || tokens[n]!.quote >= 0 || '.,;:!?'.includes(tokens[n]!.text) || OF_AT.test(tokens[n]!.text))
    )
      return { ...named, role: named.role ?? roleText(tokens.slice(start + 1, c)) };
  }
  // "…," said Roe's lawyers.', 'said one of Roe's close friends in a statement': right after a
  // cue verb, the lower-case nouns after an owner's possessive, up to the clause's end or an
  // adjunct, head the phrase (the owner is whose they are) when their head can speak: people in
  // the plural, a role, kin or a body ("laments Roe's legacy" is no speaker). A verb among them
  // ("said Roe's plan would fail") leaves the owner as before. So after the "by" of an agent ("a
  // document provided by Roe's lawyer": the lawyer provided it).
  if (np && (tokens[start - 1]?.cue || tokens[start - 1]?.lower === 'by') && /['’]s$/.test(np.text)) {
    let k = end;
    const noun = (t?: Token) => isWord(t) && !isCapitalized(t) && !CLAUSE_STOP.has(t!.lower) && nounHead(t!);
    while (k < end + 3 && noun(tokens[k])) k++;
    const head = tokens[k - 1]!;
    const whole =
      k > end &&
      (k >= ceiling || !isWord(tokens[k]) || ADJUNCT_OPENERS.has(tokens[k]!.lower)) &&
      (pluralNoun(head, false) || KIN.has(head.lower) || speakingHead(head.lower)) &&
      classify(tokens.slice(start, k));
    if (whole) return whole;
  }
  return her ? null : np;
}

/** "director of rugby Sam Whitlow", "head of research Ada Lund", "minister for housing Ada Lund":
 * a role word, "of"/"for", one or two lower-case words of its field, then a person's name (after
 * an honorific, up to four words) that ends the phrase; the preposition is inside the title. */
function roleOfFieldBeforeName(phrase: Token[], k: number): boolean {
  if (!/^(?:of|for)$/.test(phrase[k]!.lower) || k < 1 || !ROLE_WORDS.has(phrase[k - 1]!.lower)) return false;
  let n = k + 1;
  while (n < phrase.length && n <= k + 2 && isWord(phrase[n]) && !isCapitalized(phrase[n])) {
    if (DETERMINERS.has(phrase[n]!.lower) || NP_PREPOSITIONS.has(phrase[n]!.lower)) return false;
    n++;
  }
  const rest = phrase.length - n;
  return (
    n > k + 1 &&
    rest >= 2 &&
    phrase.slice(n).every((t) => isCapitalized(t)) &&
    (HONORIFICS.has(phrase[n]!.lower) ? rest <= 5 : rest <= 3 && isForename(phrase[n]!.text))
  );
}

/** A descriptor a name stands in apposition to, read as that name's role: without its article or
 * possessive ("its director" -> "director", "her son" -> "son"). */
function roleFromDescriptor(text: string): string {
  return text.replace(/^(?:the|a|an|his|her|its|their|our|my)\s+/i, '');
}

/** The closest kin and companions, shared with PERSON_HEADS. */
export const NEAR_KIN = 'son daughter wife husband mother father brother sister widow partner friend';
/** People close to someone, who speak for them ("Lund's family", "Varga's doctor"). */
export const RELATIONS = wordSet(
  'family+ wife husband widow mother father son daughter brother sister parents children relatives friends friend doctor+ physician supporters allies backers critics',
);

/** A noun that can speak after a possessive: an organisation, a role or a relation, singular or plural. */
export function speakingHead(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return ORG_NOUNS.has(word) || ROLE_WORDS.has(word) || ROLE_WORDS.has(singular) || RELATIONS.has(word);
}

/** Head nouns of descriptions that name a person, beyond the role words ("a source familiar
 * with …", "the tycoon", "a local woman"; always asked with ROLE_WORDS, so none of those is
 * repeated here): a speaker described so may be who "he" or "she" stands for; one described by
 * any other noun ("the tally", "the report") is a thing. */
export const PERSON_HEADS = wordSet(
  `${NEAR_KIN} source insider person man woman boy girl tycoon magnate resident voter worker uncle aunt cousin grandmother grandfather student supporter critic witness victim star entrepreneur investor donor banker soldier agent diplomat observer defendant plaintiff suspect ex-wife ex-husband colleague associate`,
);

/** Kin and companions, who are introduced by a name in apposition ("her son, Ada Lund"). */
export const KIN = wordSet(`${NEAR_KIN} widower niece nephew grandson granddaughter`);

/** "of" or "at" after a person's name in apposition: the person's own body follows. */
const OF_AT = /^(?:of|at)$/;

/** A descriptor headed by a role word or a word of kin ("its director", "her son"). */
function personHead(m: RawMention): boolean {
  return roleNounHead(m) || KIN.has(m.name.toLowerCase().split(' ').pop()!);
}

/** A descriptor headed by a role word ("its director", "a spokeswoman for the firm"); with
 * `others`, also by a noun of a person ("her agent") or of a body ("the ministry", "the farmers'
 * union", "a lobby group"). */
export function roleNounHead(m: RawMention, others = false): boolean {
  const words = m.name.toLowerCase().split(' ');
  const ofAt = words.findIndex((w, k) => k > 0 && NP_PREPOSITIONS.has(w));
  const head = words[(ofAt > 0 ? ofAt : words.length) - 1]!;
  return ROLE_WORDS.has(head) || (others && (ORG_NOUNS.has(head) || PERSON_HEADS.has(head)));
}

/** "1st", "2nd", "23rd", "4th". */
const ordinal = (t: Token) => /^\d+(?:st|nd|rd|th)$/.test(t.text);

/** "Republican Senate candidate Laura Voss": lower-case title words between capitalised
 * ones, with a name right after them. */
function roleBeforeName(tokens: Token[], i: number, ceiling: number): boolean {
  for (let k = i; k < ceiling && k < i + 3; k++) {
    const t = tokens[k]!;
    // "Blaze co-host Stu Roe": a compound's last part is its head; "Navy 2nd Lt. Ada Roe": an
    // ordinal before a capitalised rank.
    const before = tokens[k - 1]!;
    if (isCapitalized(t))
      return (
        k > i &&
        (ROLE_WORDS.has(before.lower) ||
          ROLE_WORDS.has(before.lower.replace(/^.*-/, '')) ||
          (ordinal(before) && ROLE_WORDS.has(t.lower)))
      );
    // Modifiers of the title: adjectives, hyphenated compounds ("nutritional-supplement executive").
    if (!isWord(t) || t.cue === 2) return false;
    if (ordinal(t)) continue;
    // "TV network anchor Katie Roe": a plain noun right before the role word modifies it too.
    const modifier = ROLE_WORDS.has(tokens[k + 1]?.lower ?? '') && nounHead(t) && !CLAUSE_STOP.has(t.lower);
    if (!ROLE_WORDS.has(t.lower) && !/(?:al|ic|ian|ary|ive)$/.test(t.lower) && !t.lower.includes('-') && !modifier)
      return false;
  }
  return false;
}

/** "White House press secretary Ada Lund", "Boeing 787 program manager Ada Lund": after an
 * organisation, place or product, lower-case nouns (a number may lead them) and then a person's
 * name. The nouns say what the person is there; the person, not the organisation, is the
 * subject. True when the words from `i` are such nouns followed by a plausible person's name. */
function preNameRole(tokens: Token[], i: number, ceiling: number): boolean {
  let k = i;
  while (k < ceiling && k < i + 4) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalized(t) || t.cue === 2) break;
    if (CLAUSE_STOP.has(t.lower) || DETERMINERS.has(t.lower) || NP_PREPOSITIONS.has(t.lower)) return false;
    k++;
  }
  if (k === i || !isWord(tokens[k - 1]) || isNumeralPoint(tokens[k - 1]!.text.codePointAt(0))) return false;
  const head = tokens[k - 1]!;
  // The nouns' head: a role word, or a plain noun (not a verb form: "-ing", "-ed", an adverb).
  if (!ROLE_WORDS.has(head.lower) && (!nounHead(head) || head.lower.endsWith('ing'))) return false;
  return personNameAt(tokens, k, ceiling, ROLE_WORDS.has(head.lower));
}

/** A person's name starts at `k`: two or three capitalised words (an initial may sit between)
 * that end the phrase, the first a known given name or an honorific ("Met Office chief
 * meteorologist Dr Aled Penhaligon": "Dr" vouches for an unknown given name) unless a role word
 * stands before it. */
function personNameAt(tokens: Token[], k: number, ceiling: number, afterRole: boolean): boolean {
  let n = k;
  while (n < ceiling && n < k + 4 && isCapitalized(tokens[n]) && !CLAUSE_STOP.has(tokens[n]!.lower)) n++;
  if (n - k < 2 || n - k > 3) return false;
  return afterRole || isForename(tokens[k]!.text) || HONORIFICS.has(tokens[k]!.lower);
}

/** "the Democratic nominee", "the Republican vice-presidential nominee": after a determiner and
 * a capitalised modifier, lower-case words up to a role word that heads the phrase; so does a
 * body's head right after the modifier ("the Lund campaign also called …": the campaign, not
 * Lund), or after one lower-case noun that modifies it ("The city government answered …", "The
 * town council put it …": a sentence's capitalised "The" opened the walk as if a name). */
function roleHeadAhead(tokens: Token[], i: number, ceiling: number): boolean {
  for (let k = i; k < ceiling && k < i + 3; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalized(t) || t.cue === 2) return false;
    // "the Florida senator’s answer": the possessive role word heads the phrase too.
    if (ROLE_WORDS.has(bare(t.lower)) || (k <= i + 1 && ORG_NOUNS.has(t.lower))) return !isCapitalized(tokens[k + 1]);
  }
  return false;
}

/** A byline after a dash ('"…" ― Tobias K. Rainer'): only a capitalised name counts. */
export function bylineAfter(tokens: Token[], i: number): RawMention | null {
  const t = tokens[i];
  // (A quotation token's text is empty, and '' is in every string.)
  if (!t || t.quote >= 0 || !DASHES.includes(t.text)) return null;
  const np = subjectAfter(tokens, i + 1, tokens.length);
  return np && np.kind === 'name' ? np : null;
}

/** Function words that open a question or a clause, never a name ("Would Adam Schiff agree?",
 * "Why Trump said …"), and imperatives ("Ask yourself: …"): dropped from the front of a
 * capitalised phrase. */
const FUNCTION_OPENERS = wordSet(
  `${MODALS} shall ${DO_FORMS} ${FINITE_BE} ${HAVE_FORMS} why how what where when whether let please ask tell leave yes no oh ` +
    // Subordinators and prepositions that open a sentence before its subject ("Despite Roe's …").
    'despite although though because unless until unlike upon amid',
);
/** A descriptor never holds an auxiliary, a modal or a clitic ("will hold banners", "has in
 * the past", "he’d"): such a phrase is a piece of a verb phrase the walk ran into. */
export const NOT_DESCRIPTOR_START = lazy(
  () => new RegExp(String.raw`^(?:${[...AUXILIARIES].join('|')}|\p{L}+n[’']t|\p{L}+[’'](?:d|ll|re|ve|m))$`, 'u'),
);
/** The words of NOT_DESCRIPTOR_START without an apostrophe. */
export const AUXILIARIES = wordSet(`${MODALS} shall ${HAVE_FORMS} ${FINITE_BE} be been ${DO_FORMS} not never cannot`);

/** NOT_DESCRIPTOR_START's answer without the regex (compiling its Unicode letter class cost
 * milliseconds on the engine's first call): a word without an apostrophe matches it only as one
 * of AUXILIARIES; one with an apostrophe only as letters, the apostrophe and "d", "ll", "re", "ve"
 * or "m", or as letters ending in "n" (two or more), the apostrophe and "t". The regex answers
 * only for a word beyond the BMP. */
export function notDescriptorStart(lower: string): boolean {
  const straight = lower.indexOf("'");
  const curly = lower.indexOf('’');
  const q = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  if (q < 0) return AUXILIARIES.has(lower);
  if (hasSurrogate(lower)) return NOT_DESCRIPTOR_START().test(lower);
  for (let i = 0; i < q; i++) if (!isLetter(lower.charCodeAt(i))) return false;
  const rest = lower.slice(q + 1);
  if (rest === 't') return q >= 2 && lower.charCodeAt(q - 1) === 110; // "n"
  return q >= 1 && (rest === 'd' || rest === 'll' || rest === 're' || rest === 've' || rest === 'm');
}

/** Words that open no speaker's phrase: the expletives "there"/"here" and the first person (and "you’ve") with
 * its contractions (first person belongs inside quotes). */
const NOT_A_SPEAKER = /^(?:there|here|i|i[’'](?:m|ve|d|ll)|(?:we|you)[’'](?:ve|re|d|ll))$/;
/** Words that cannot end a speaker's descriptor, left there by the walk ("boos upon", "it's worth noting"),
 * nor stand alone after the cue as an inverted one ('"…," the manager, Ada Lund, said afterwards'). */
const NOT_A_HEAD = wordSet('upon about into onto through toward+ worth afterward+');
const REFLEXIVES = wordSet('myself yourself himself herself itself ourselves yourselves themselves oneself');
/** Common irregular past tenses, shared with reported-speech's IRREGULAR_PAST. */
export const COMMON_IRREGULAR_PAST =
  'came kept made spoke went took gave saw found left became brought thought stood held knew felt told heard';
/** Irregular past tenses that end a clause the walk ran into ("the meeting began", "Lund kept"):
 * never the head of a speaker's phrase. */
const IRREGULAR_PAST = wordSet(`${COMMON_IRREGULAR_PAST} began got ran won lost met sent led`);
/** Irregular past participles that open a reduced relative clause ("a letter seen by", "a
 * memo written by"). */
const IRREGULAR_PARTICIPLES = wordSet('seen written given taken shown drawn');
/** Quantifiers that head "X of the group" ("one of the aides", "some of his donors"). */
const PART_OF = wordSet('one two three four five some several none each any another either');
/** Words that are a number's unit, never someone ("40 percent say", "a percentage of voters"). */
const NUMBER_HEADS = wordSet('percent per cent percentage');

/** "American Academy of Pediatrics", "National Institutes of Health": a capitalised adjective
 * opening a run of capitalised words joined by "of" or "for", with no title in it, is the first
 * word of an institution's name, not a modifier to strip ("American officials", "Democratic
 * Sen. Ada Lund"). */
function opensInstitutionName(phrase: Token[]): boolean {
  if (!isCapitalized(phrase[0]) || !isCapitalized(phrase[1])) return false;
  let joined = false;
  let end = phrase.length;
  for (let k = 1; k < end; k++) {
    const t = phrase[k]!;
    // "… Service in Boulder": a place after the name is no part of it.
    if (t.lower === 'in' || t.lower === 'at') end = k;
    else if (t.lower === 'of' || t.lower === 'for' || t.lower === 'and') {
      // "… for Reconstruction of the High Atlas": an article after "of"/"for" before a capital.
      if (t.lower !== 'and' && phrase[k + 1]?.lower === 'the' && isCapitalized(phrase[k + 2])) k++;
      else if (!isCapitalized(phrase[k + 1])) return false;
      joined = true;
    } else if (!isCapitalized(t) || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) return false;
    // "… Safety Board's investigators": the owner's name ends at its possessive.
    else if (bare(t.lower) !== t.lower) end = k + 1;
  }
  // "National Weather Service", "Federal Aviation Administration", "National Guard": a run that
  // ends in an institution's head word is its name as well, owning a report or not.
  const last = bare(phrase[end - 1]!.lower);
  return joined || INSTITUTION_HEADS.has(last) || BODY_TAILS.has(last);
}

/** Last words of bodies' names beside the institution heads. */
const BODY_TAILS = wordSet(
  'presidency service administration guard commission league union assembly front reserve authority corporation corp. company network services enforcement protection societies fund forum trust coalition alliance electric motors dynamics secretariat',
);
/** The role word at `k`, except "General" before a body's word, which opens the body's name
 * ("General Electric", "The General Assembly", "the General Administration of Customs", "the
 * General Staff", "Kelso General Hospital"; "staff" and "hospital" are no body tails elsewhere:
 * "Chief of Staff" is a role); it is a rank only before a person's name ("General Ada Lund"). */
const roleAt = (p: Token[], k: number) => {
  const next = p[k + 1]?.lower ?? '';
  return (
    ROLE_WORDS.has(p[k]!.lower) &&
    !(
      p[k]!.lower === 'general' &&
      (BODY_TAILS.has(next) || INSTITUTION_HEADS.has(next) || next === 'staff' || next === 'hospital')
    ) &&
    // "the Justice Department", "the Chief Agency": a role word before a body's noun that closes
    // the run is the body's field, no title before a surname.
    !(k === p.length - 2 && (BODY_TAILS.has(next) || ORG_BODY_WORDS.has(next)))
  );
};

/** A descriptor's head must be a noun: not an adverb ("particularly"), nor a past participle
 * closing a reduced clause ("a court document filed", "farmers faced"), nor a reflexive. */
function nounHead(word: Token): boolean {
  const w = word.lower;
  if (
    REFLEXIVES.has(w) ||
    TIME_NOUNS.has(w) ||
    NOT_A_HEAD.has(w) ||
    IRREGULAR_PAST.has(w) ||
    IRREGULAR_PARTICIPLES.has(w) ||
    NUMBER_HEADS.has(w)
  )
    return false;
  if (w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w)) return false;
  return !(w.length > 4 && w.endsWith('ed') && !w.endsWith('eed'));
}

/** A lower-case past tense or participle right after a plain noun ("groups granted", "a source
 * involved"): a verb or a reduced relative clause, where the noun phrase ends. Not after a
 * determiner or an adverb ("a retired judge", "the newly elected mayor"). */
function reducedClause(w: Token, before: Token, opens = false): boolean {
  return (
    !isCapitalized(w) &&
    !nounHead(w) &&
    (w.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w.lower)) &&
    isWord(before) &&
    (opens || !isCapitalized(before)) &&
    !DETERMINERS.has(before.lower) &&
    !NP_PREPOSITIONS.has(before.lower) &&
    !before.lower.endsWith('ly')
  );
}

/** Prepositions and subordinators: a phrase they open is an adjunct or a clause ("to her", "on
 * Twitter", "in the crowd", "When Lund …"), never the one who speaks. */
const NOT_A_SPEAKER_OPENER = wordSet(
  'to on in at of for from with by about into onto over under through toward+ against among between across ' +
    'upon within without via per after before since during until unless because although though whereas while when whenever if once',
);

/** Splits a phrase into role + name / descriptor and labels it; null when the words cannot refer
 * to a speaker: a phrase opened by a preposition or subordinator, holding the first person "I"
 * ("I guess", "the editor I"), or cut off in a participle clause ("states
 * going to the polls", "the president -- having", "Lund's fire-breathing"). A name after such an
 * opener with a title before it ("at the convention Sen. Ada Lund") is read from its title. */
function classify(phrase: Token[]): RawMention | null {
  const m = classifyPhrase(phrase);
  if (!m) return null;
  const words = phrase.filter((t) => t.start >= m.start && t.end <= m.end);
  const first = words[0];
  if (!first) return m;
  if (NOT_A_SPEAKER_OPENER.has(first.lower) && m.kind !== 'pronoun') {
    if (m.kind !== 'name') return null;
    // "whereas Lund acknowledged", "of Ada Lund, who": the name right after the opener speaks.
    if (isCapitalized(words[1])) return classifyPhrase(words.slice(1));
    // "at the convention Sen. Ada Lund": the capitalised run that ends the phrase, from its title on.
    let k = words.length;
    while (k > 1 && isCapitalized(words[k - 1])) k--;
    if (k === words.length || k <= 1) return null;
    const named = classifyPhrase(words.slice(k));
    return named?.kind === 'name' && named.role ? named : null;
  }
  if (m.kind === 'pronoun') return m;
  if (words.some((t) => t.lower === 'i' && t.text === 'I')) return null;
  if (participleClause(phrase, words)) return null;
  return m;
}

/** The mention's words end in a participle that opens a clause rather than heads a noun: one
 * followed by more words of the phrase ("reports emerging in the news", "states going to the
 * polls"), one after a dash, or a hyphenated one whose noun was left out ("fire-breathing"). */
function participleClause(phrase: Token[], words: Token[]): boolean {
  // "spending the past week", "carrying a sign", "another quoted two aides": a participle or past
  // form before a determiner or a number, first or after a lone determiner, is a verb with its
  // object, not a modifier of a noun. So is a verb in -s after "this"/"that" ("this means war").
  const v = DETERMINERS.has(words[0]?.lower ?? '') ? 1 : 0;
  const w0 = words[v];
  const obj = words[v + 1];
  if (
    w0 &&
    obj &&
    ((words.length > v + 2 &&
      (isSmallWordEnding(w0.text, 2, 'ing') || isSmallWordEnding(w0.text, 3, 'ed')) &&
      (DETERMINERS.has(obj.lower) || NUMBER_WORDS.has(obj.lower) || isNumeralPoint(obj.text.codePointAt(0)))) ||
      (v && /^th(?:is|at)$/.test(words[0]!.lower) && isSmallWordEnding(w0.text, 3, 's') && !/[suiw]s$/.test(w0.lower)))
  )
    return true;
  for (let k = 1; k < words.length; k++) {
    const t = words[k]!;
    if (t.quote >= 0) continue;
    // /^\p{Ll}[\p{Ll}-]*ing$/u read by hand (a hyphen after the first letter counts as one).
    if (t.text.length < 5 || t.text[0] === '-' || !isSmallWordEnding(t.text.replaceAll('-', 'a'), 1, 'ing')) continue;
    const before = words[k - 1]!;
    if (/^[-–—]+$/.test(before.text)) return true;
    if (k === words.length - 1 && t.text.includes('-')) return true;
    // A plural noun, then the participle and its preposition ("going to …", "emerging in …").
    const next = phrase.find((x) => x.start >= t.end);
    if (next && NP_PREPOSITIONS.has(next.lower) && /s$/.test(before.lower) && !isCapitalized(before)) return true;
  }
  return false;
}

/** Subjects a negation opens ("Neither office responded", "No official said", "Nobody
 * said"): they deny that anyone spoke, so they name no speaker. */
const NEGATED = wordSet('neither nobody none');

/** Letters after a name: a seat (read as a role after a place: "the Glasgow Kelvin MSP") or,
 * captured, an honour or degree. */
export const POST_NOMINAL = /^(?:M[SE]?P|MS|MLA|TD|([KQ]C|[MOC]BE|PhD))$/;

function classifyPhrase(phrase: Token[]): RawMention | null {
  const head0 = phrase[0]?.lower ?? '';
  if (NEGATED.has(head0) || (head0 === 'no' && phrase[1] && !isCapitalized(phrase[1]) && isWord(phrase[1])))
    return null;
  while (phrase.length > 1 && isCapitalized(phrase[0]) && FUNCTION_OPENERS.has(phrase[0]!.lower))
    phrase = phrase.slice(1);
  while (
    phrase.length &&
    DETERMINERS.has(phrase[0]!.lower) &&
    phrase.length > 1 &&
    isCapitalized(phrase[1]) &&
    !roleAt(phrase, 1)
  )
    phrase = phrase.slice(1);
  if (phrase.length === 0) return null;
  if (phrase.length === 1 && (FUNCTION_OPENERS.has(phrase[0]!.lower) || TIME_WORDS.has(bare(phrase[0]!.lower))))
    return null;
  // "There was …", "I'm old enough …": an expletive or the first person is never a reported speaker.
  if (NOT_A_SPEAKER.test(phrase[0]!.lower)) return null;
  const lastWord = phrase[phrase.length - 1]!;
  // "New" before a capitalised word is part of a place or title ("New Jersey", "The New Yorker").
  // "Many of them", "Most of the lawmakers": a quantifier heads the phrase; it is a group.
  // "One of those advisers", "one of two witnesses": a number or quantifier heads a part of a group.
  if (
    phrase.length > 2 &&
    (NOT_SUBJECT.has(phrase[0]!.lower) || PART_OF.has(phrase[0]!.lower)) &&
    (phrase[1]!.lower === 'of' || (phrase[1]!.lower === 'in' && !isCapitalized(phrase[2])))
  ) {
    // A relative clause after the group describes it ("one of two witnesses who relayed …").
    const rel = phrase.findIndex((t) => /^(?:who|that|which|whose)$/.test(t.lower));
    const group = rel > 2 ? phrase.slice(0, rel) : phrase;
    if (nounHead(group[group.length - 1]!)) return make(group, 'nominal', joinTokens(group), null, '');
  }
  const unstripped = phrase;
  while (
    phrase.length > 1 &&
    ((NOT_SUBJECT.has(phrase[0]!.lower) &&
      !(phrase[0]!.lower === 'new' && isCapitalized(phrase[1])) &&
      !opensInstitutionName(phrase)) ||
      isNumeralPoint(phrase[0]!.text.codePointAt(0)))
  )
    phrase = phrase.slice(1);
  if (phrase.length === 1 && (NOT_SUBJECT.has(lastWord.lower) || isNumeralPoint(lastWord.text.codePointAt(0))))
    return null;
  // "He’s" is "he" ("He’s said …"), "They’ve" is "they".
  const pronoun = lastWord.lower.replace(/[’'](?:s|ve|d)$/, '');
  if (phrase.length === 1 && PRONOUNS.has(pronoun))
    return make(phrase, 'pronoun', pronoun, null, PRONOUNS.get(pronoun)!);
  // The head ends before the first preposition that follows a lower-case word.
  let headEnd = phrase.length;
  for (let k = 1; k < phrase.length; k++) {
    // "officials familiar with the talks", "aides briefed on the plan", "residents worried about
    // the levy": an adjective or participle with its own complement modifies the noun before it.
    if (postModifier(phrase, k)) {
      headEnd = k;
      break;
    }
    // "of"/"for" inside a proper name ("Department of Defense", "Secretary of State") is no
    // boundary; after a person's name with a title before it, "of" names their place ("Gov. Ada
    // Lund of Iowa", "Representative Jon Roe of New York") and ends the head. Nor is "of" and a
    // count before a name ("Mother of three Ada Lund"): that description is the name's role.
    // "close" is a preposition only before "to" ("people close to Roe"); before a noun it is an
    // adjective inside the head ("Roe's close friends": the friends speak, not Roe).
    if (
      NP_PREPOSITIONS.has(phrase[k]!.lower) &&
      !SPANNED.has(phrase[k]!) &&
      !(phrase[k]!.lower === 'close' && phrase[k + 1]?.lower !== 'to') &&
      !roleOfFieldBeforeName(phrase, k) &&
      !(NUMBER_WORDS.has(phrase[k + 1]?.lower ?? '') && isCapitalized(phrase[k + 2]) && isCapitalized(lastWord)) &&
      !(
        /^(of|for|de)$/.test(phrase[k]!.lower) &&
        isCapitalized(phrase[k - 1]) &&
        (isCapitalized(phrase[k + 1]) || institutionArticle(phrase, k + 1) || titleArticle(phrase, k + 1)) &&
        !personBeforePlace(phrase, k)
      ) &&
      !fieldOn(phrase, k)
    ) {
      headEnd = k;
      break;
    }
  }
  // "a source involved in the talks", "a small group led by …": a past participle after the noun
  // opens a reduced relative clause; the head ends before it. Not "turned" before a role word and
  // a name: "A turned B" joins two roles into one title ("Tarn striker turned coach Ada Roe").
  for (let k = 1; k < headEnd; k++) {
    if (
      !(phrase[k]!.lower === 'turned' && ROLE_WORDS.has(phrase[k + 1]?.lower ?? '') && isCapitalized(phrase[k + 2])) &&
      (k > 1 || /^(?:by|with)$/.test(phrase[k + 1]?.lower ?? '') || ingModifier(phrase[k]!, phrase[k - 1], true)) &&
      (reducedClause(phrase[k]!, phrase[k - 1]!, k === 1) ||
        (k + 1 < phrase.length && ingModifier(phrase[k]!, phrase[k - 1], k === 1)))
    ) {
      headEnd = k;
      break;
    }
  }
  // "Ada Lund MSP", "Jon Roe KC": a post-nominal in capitals after a forename and a surname is
  // no part of the name (read as one, the name was no person's, and a "he" after it passed over).
  // An honour or degree ("Ian Vole KC", "… OBE", "… PhD") follows no place, so any forename;
  // so do three capitalised words without an article ("Kevin Ó Dálaigh TD"), a forename the
  // table may lack (a seat takes one: "the Glasgow Kelvin MSP").
  const n = headEnd - 1;
  const post = POST_NOMINAL.exec(phrase[n]?.text ?? '');
  if (
    n > 1 &&
    post &&
    (post[1] || (!DETERMINERS.has(head0) && n > 2 && isCapitalized(phrase[n - 3]))
      ? isCapitalized(phrase[n - 2])
      : isForename(phrase[n - 2]!.text))
  )
    return classifyPhrase(phrase.slice(0, n).concat(phrase.slice(n + 1)));
  const head = phrase.slice(0, headEnd);
  const h = head[head.length - 1]!;
  // Four or more words in capitals are a headline run into the sentence, not a name; so is a
  // title-case run with "Says" inside it ("Lund Says Port Will Close").
  if (
    (head.length >= 4 &&
      head.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) ||
    head.some((t, k) => k > 0 && /^sa(?:ys|id)$/.test(t.lower))
  )
    return null;
  if (isCapitalized(h) && (!ROLE_WORDS.has(h.lower.replace(/s$/, '')) || surnameAfterName(head, head.length - 1))) {
    // "Denver-based Acme Corp.": a compound adjective of place ("X-based") describes the name
    // that follows it; it is no part of it.
    for (let k = head.length - 2; k >= 0; k--)
      if (head[k]!.lower.endsWith('-based')) return classifyPhrase(phrase.slice(k + 1));
    // A name, possibly after a role ("Bulgarian Interior Minister Pavel Orlov").
    let roleEnd = -1;
    for (let k = 0; k < head.length - 1; k++)
      if (
        (ROLE_WORDS.has(head[k]!.lower) &&
          !surnameAfterName(head, k) &&
          // "Bureau of Justice Statistics": a role word after an institution's "of" is in its name.
          !(k > 1 && inNameConnector(head, k - 1)) &&
          roleAt(head, k)) ||
        (!isCapitalized(head[k]) && !inNameConnector(head, k))
      )
        roleEnd = k;
    // "Headman Mr Ada Roe", "Pastor Dr Jon Lund": one capitalised word before an honorific that
    // opens the name is a title the tables lack, not the name's first word.
    if (roleEnd < 0 && head.length > 2 && HONORIFICS.has(head[1]!.lower)) roleEnd = 0;
    // "Secretary of State Jon Lund", "Chief of Staff Ada Roe": the role's object after "of" is
    // role too, up to the forename (or, without one, the last word).
    // So is it after "of the" ("Leader of the Opposition B.S. Hegde"), up to the forename or an
    // initial.
    if (roleEnd > 1 && titleArticle(head, roleEnd)) {
      let k = roleEnd + 1;
      while (k < head.length - 2 && !nameOpener(head[k]!)) k++;
      // "Chair of the Ben Tre People's Committee Tran Van Lund": a body's noun with two words
      // after it closes the object even after a given name; the name follows it.
      for (let j = k; j < head.length - 2; j++) if (ORG_NOUNS.has(head[j]!.lower)) k = j + 1;
      roleEnd = k - 1;
    }
    if (roleEnd > 0 && /^(?:of|for)$/.test(head[roleEnd]!.lower) && ROLE_WORDS.has(head[roleEnd - 1]!.lower)) {
      // The object is a word at least when a name of two is left ("TD for Clare Ann Lund"); with
      // no known forename, an object of two leaves a name of two ("Secretary of Homeland Security
      // Jeh Johnson"). A surname opening on "St" ("Minister of Works Ada St Hill") is two words
      // of the name: the word before it opens the name.
      const rest = head.length - roleEnd;
      // "the Minister of Finance said": a title and its one-word object leave no name; nor do two
      // joined by "and" ("the Secretary for Economy and Finance": "and Finance" is no name).
      if (rest < 3 || (rest < 5 && head[roleEnd + 2]!.lower === 'and'))
        return make(phrase, 'nominal', joinTokens(head.filter((t) => t.lower !== 'the')), null, '');
      let k = roleEnd + (rest > 3 ? 2 : 1);
      // A compass word after the object's first word is the place's, even one that is a given
      // name too ("MP for Leeds North Ada Lund").
      while (
        k < head.length - (rest > 4 ? 2 : 1) &&
        (!isForename(head[k]!.text) || /^(?:North|South|East|West)$/.test(head[k]!.text)) &&
        !HONORIFICS.has(head[k]!.lower) &&
        !/^St\.?$/.test(head[k + 1]!.text)
      )
        k++;
      // "Minister for Manpower Lim Chee Wah": with no given name, the object of "for" is one word.
      if (
        rest > 3 &&
        head[roleEnd]!.lower === 'for' &&
        !nameOpener(head[k]!) &&
        !/^St\.?$/.test(head[k + 1]?.text ?? '')
      )
        k = roleEnd + 2;
      roleEnd = k - 1;
    }
    let gender = '';
    let nameStart = roleEnd + 1;
    while (nameStart < head.length - 1 && HONORIFICS.has(head[nameStart]!.lower))
      gender = HONORIFICS.get(head[nameStart++]!.lower)!;
    if (roleEnd >= 0 && HONORIFICS.has(head[roleEnd]!.lower)) gender = HONORIFICS.get(head[roleEnd]!.lower)!;
    const nameTokens = head.slice(nameStart);
    // "the Minister of State for Trade said": a title whose field is one word other than a given
    // name leaves no name; it describes the holder.
    if (
      roleEnd > 0 &&
      /^(?:of|for)$/.test(head[roleEnd]!.lower) &&
      nameTokens.length === 1 &&
      !isForename(nameTokens[0]!.text)
    )
      return make(phrase, 'nominal', joinTokens(head.filter((t) => t.lower !== 'the')), null, '');
    // "National Weather Service meteorologist Ada Lund", "Democratic Sen. Ada Lund": a capitalised
    // adjective dropped from the front opens the role (the mention still starts after it).
    const lead = unstripped.slice(0, unstripped.length - phrase.length);
    const titled = roleEnd >= 0 && lead.length > 0 && lead.every((t) => isCapitalized(t));
    const role =
      roleEnd >= 0
        ? joinTokens(
            (titled ? [...lead, ...head.slice(0, roleEnd + 1)] : head.slice(0, roleEnd + 1)).filter(
              // "Leader of the Opposition": the article inside a title stays; so does a count
              // after "of" ("Mother of three").
              (t, k, all) =>
                !HONORIFICS.has(t.lower) &&
                !(
                  DETERMINERS.has(t.lower) &&
                  !(k >= 2 && all[k - 1]!.lower === 'of' && (t.lower !== 'the' || ROLE_WORDS.has(all[k - 2]!.lower)))
                ),
            ),
          )
        : null;
    return make(phrase, 'name', joinTokens(nameTokens).replace(/['’]s$/, ''), role || null, gender);
  }
  const desc = head.filter((t, k) => !(k === 0 && DETERMINERS.has(t.lower)));
  // No word of a descriptor is an auxiliary, a modal or a negation ("Lund cannot", "the candidate
  // could", "the movement have ever"): the walk ran into a verb phrase.
  // Nor an object pronoun after a participle ("calling him"): the walk ran into a verb and its
  // object ("those around him" is a descriptor).
  if (
    desc.length === 0 ||
    desc.some(
      (t, k) =>
        notDescriptorStart(t.lower) ||
        IRREGULAR_PAST.has(t.lower) ||
        (k > 0 && OBJECT_PRONOUN_ONLY.has(t.lower) && desc[k - 1]!.lower.endsWith('ing')),
    ) ||
    !nounHead(desc[desc.length - 1]!)
  )
    return null;
  // A lone -ing word with no determiner is a verb ("about being described", "giving states"),
  // where "the briefing" or "a ruling" would be a noun.
  if (phrase.length === 1 && isSmallWordEnding(phrase[0]!.text, 2, 'ing')) return null;
  // "a Department for Education spokesman": one who speaks for an organisation named before the
  // role word is named as "spokesman for the Department for Education", so the organisation
  // stays whole in the descriptor.
  const spokes = desc[desc.length - 1]!;
  if (
    desc.length >= 2 &&
    SPEAKS_FOR.has(spokes.lower) &&
    isCapitalized(desc[0]) &&
    !/['’]s$/.test(desc[desc.length - 2]!.lower) &&
    desc.slice(0, -1).every((t) => isCapitalized(t) || inNameConnector(desc, desc.indexOf(t)))
  )
    return make(phrase, 'nominal', `${spokes.text} for ${joinTokens(desc.slice(0, -1))}`, null, '');
  // "a spokesperson for the Foreign Office": the organisation spoken for stays in the descriptor,
  // so the reader sees whose voice it is ("spokesperson" alone names no one).
  // "a spokeswoman for the group": the body named by a noun, which resolution may find by name.
  // So is the body a role word heads with "of" ("the head of the Rail Safety Board"): "head"
  // alone names no one.
  const body = phrase.length === headEnd + 3 && phrase[headEnd + 1]!.lower === 'the' ? phrase[headEnd + 2]! : null;
  // So is the body of a group of role holders after "at", "with" or "from" ("Economists at
  // Brannock Bank"): the group is theirs, and groups at two bodies stay two.
  if (
    speaksFor(spokes.lower, phrase[headEnd]?.lower) &&
    (isCapitalized(phrase[phrase.length - 1]) || (body && ORG_NOUNS.has(body.lower)))
  )
    return make(phrase, 'nominal', `${joinTokens(desc)} ${joinTokens(phrase.slice(headEnd))}`, null, '');
  return make(phrase, 'nominal', joinTokens(desc), null, '');
}

/** True when `tokens[p]` is "by" or "with" after a past participle that follows a lower-case noun:
 * a reduced relative clause inside the subject ("traders surveyed by the bank", "farmers faced
 * with ruin"), whose object is no speaker. A document's agent is its author, who speaks through it
 * ("a report published by the institute said"), so it is left to the phrase's reading. */
function reducedAgent(tokens: Token[], p: number, floor: number): boolean {
  const v = tokens[p - 1];
  const noun = tokens[p - 2]!;
  return (
    p - 2 >= floor &&
    (tokens[p]!.lower === 'by' || tokens[p]!.lower === 'with') &&
    !!v &&
    reducedClause(v, noun, p - 2 === floor) &&
    !CLAUSE_STOP.has(noun.lower) &&
    !DOCUMENT_NOUNS.has(noun.lower) &&
    !/^letters?$/.test(noun.lower) &&
    // A named agent is no speaker after a plural of people ("economists polled by Harbor Wire
    // said"); after a singular it is left to the relative-clause reading ("a letter from the union
    // obtained by The Ledger"), and a named leader speaks for the group ("a team led by Ada Lund").
    !(
      isCapitalized(tokens[DETERMINERS.has(tokens[p + 1]?.lower ?? '') ? p + 2 : p + 1]) &&
      (v.lower === 'led' || !pluralNoun(noun, p - 2 === floor))
    )
  );
}

/** "residents living near …", "lawyers representing …": a lower-case -ing word after a plural
 * noun (capitalised only as the first word, `opens`) is a participle modifying it. */
function ingModifier(w: Token, noun: Token | undefined, opens = false): boolean {
  return w.lower.length > 5 && w.lower.endsWith('ing') && !isCapitalized(w) && pluralNoun(noun, opens);
}

/** A romanised given name after a family name ("Min-seok", "Ka-chiu"): two syllables joined by a
 * hyphen, the second in lower case. */
const ROMANISED_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;

/** A plural noun in lower case, or capitalised as the first word (`opens`): "residents", "critics",
 * and those with no "s" ("Police searching for …", "people living near …").
 * Not a possessive, a determiner ("Castellana's sporting director, Elena Bravo, said"); a
 * pronoun's "'s" ("He's comparing …") keeps its older reading, which train relies on. Nor "its",
 * a determiner spelt like a plural ("said its managing director, Ada Lund": the body's role, then
 * the one who holds it). */
function pluralNoun(noun: Token | undefined, opens: boolean): boolean {
  const w = noun?.lower ?? '';
  return (
    isWord(noun) &&
    (opens || !isCapitalized(noun)) &&
    (/[^siu]s$/.test(w) || IRREGULAR_PLURALS.has(w)) &&
    !DETERMINERS.has(w) &&
    !(/['’]s$/.test(w) && !PRONOUNS.has(w.slice(0, -2))) &&
    !CLAUSE_STOP.has(w)
  );
}

/** Adjectives and participles that follow a noun with a complement of their own ("familiar with",
 * "close to", "briefed on", "critical of", "worried about"): the noun phrase's head is before them. */
const POST_MODIFIERS = wordSet(
  'familiar briefed privy loyal opposed knowledgeable sympathetic allied aligned connected linked tied friendly hostile critical responsible involved angry unhappy upset frustrated concerned worried skeptical sceptical',
);

/** True when `phrase[k]` is a post-modifier with its preposition after it, after a noun (not
 * right after a determiner: "those loyal to him" has no noun before "loyal"). */
function postModifier(phrase: Token[], k: number): boolean {
  const next = phrase[k + 1];
  return (
    POST_MODIFIERS.has(phrase[k]!.lower) &&
    next !== undefined &&
    (NP_PREPOSITIONS.has(next.lower) || next.lower === 'about') &&
    isWord(phrase[k - 1]) &&
    !DETERMINERS.has(phrase[k - 1]!.lower)
  );
}

/** Bodies that are organisations and head institutions' names, shared by ORG_NOUNS and INSTITUTION_HEADS. */
const BODY_CORE =
  'agency office bureau department ministry institute committee council board bank foundation association';
/** A body's nouns that ORG_NOUNS and analyze's BODY_NOUNS share. */
export const ORG_BODIES = `${BODY_CORE} commission company firm group campaign administration authority union network`;
const ORG_BODY_WORDS = wordSet(ORG_BODIES);
/** Common-noun heads that stand for an organisation ("the ministry", "the campaign", "the command"
 * after "… Police Command"). */
export const ORG_NOUNS = wordSet(
  `${ORG_BODIES} government police army military court party white kremlin team newspaper magazine website outlet channel station coalition federation ` +
    'automaker carmaker retailer insurer lender manufacturer airline chipmaker club trust command tribunal directorate secretariat embassy zoo museum',
);

/** Role words of one who speaks on an organisation's behalf. */
const SPEAKS_FOR = wordSet('spokesman spokeswoman spokesperson');

/** A role noun and the preposition before the body it speaks for or heads: "spokesman for",
 * "head of", or a plural role and "at", "with" or "from" ("economists at"). */
function speaksFor(w: string, p = ''): boolean {
  return SPEAKS_FOR.has(w)
    ? p === 'for'
    : p === 'of'
      ? ROLE_WORDS.has(w)
      : /^(at|with|from)$/.test(p) && w.endsWith('s') && ROLE_WORDS.has(w.slice(0, -1));
}

/** The head noun of a descriptor's name, lower-cased: its last word, or the role word before
 * the body one speaks for or heads ("spokesman for the Foreign Office" -> "spokesman", "head of
 * the Rail Board" -> "head"). */
export function descriptorHead(name: string): string {
  const words = name.toLowerCase().split(' ');
  const k = words.findIndex((w, i) => i > 0 && speaksFor(words[i - 1]!, w));
  return k > 0 ? words[k - 1]! : words[words.length - 1]!;
}

/** "Channel 4 News", "Radio 5 Live": a short number between capitalised words (not a date's day
 * between a weekday and a month, nor a count inside a headline in capitals) is inside a
 * broadcaster's or a body's name. */
function numberInName(tokens: Token[], k: number): boolean {
  return (
    /^\d{1,3}$/.test(tokens[k]!.text) &&
    isCapitalized(tokens[k - 1]) &&
    isCapitalized(tokens[k + 1]) &&
    /[a-z]/.test(tokens[k + 1]!.text) &&
    !TIME_WORDS.has(tokens[k - 1]!.lower) &&
    !TIME_WORDS.has(tokens[k + 1]!.lower)
  );
}

/** Lower-case particles inside a person's name (the entities' name runs join on them too). */
export const NAME_PARTICLES = 'de la del der den ter du van von da dos bin binti binte ibn al';
const NAME_PARTICLE = wordSet(NAME_PARTICLES);

/** True when the word at `k` joins a name's parts: "of" ("University of Iowa", "Bank of America")
 * between capitalised words, not after a role word ("Secretary of State" is a role); "and" or "&"
 * inside an institution's name; a number inside a broadcaster's; a particle inside a person's. */
function inNameConnector(head: Token[], k: number): boolean {
  if (SPANNED.has(head[k]!)) return true;
  if (head[k]!.lower === 'and') return andInsideInstitution(head, k, -1);
  // "Procter & Gamble": an ampersand between capitalised words is inside one name.
  if (head[k]!.text === '&') return isCapitalized(head[k - 1]) && isCapitalized(head[k + 1]);
  if (numberInName(head, k) || institutionComma(head, k, -1)) return true;
  if (institutionArticle(head, k) || (/^(?:of|for)$/.test(head[k]!.lower) && institutionArticle(head, k + 1)))
    return true;
  // "Ana de la Cruz", "Jan van der Berg", "Omar bin Said": particles between the parts of a name.
  // They open a surname too, whatever comes before ("manager van der Hoek", "de Blasio said",
  // "Van der Hoek said"): before a capitalised word a particle is the name's, never a role's.
  if (NAME_PARTICLE.has(head[k]!.lower))
    return isCapitalized(head[NAME_PARTICLE.has(head[k + 1]?.lower ?? '') ? k + 2 : k + 1]);
  if (fieldOn(head, k)) return true;
  return (
    k > 0 &&
    /^(?:of|for|de)$/.test(head[k]!.lower) &&
    isCapitalized(head[k - 1]) &&
    isCapitalized(head[k + 1]) &&
    !ROLE_WORDS.has(head[k - 1]!.lower)
  );
}

/** The heads of bodies whose field follows "on" ("Council on Foreign Relations"); entities.ts
 * runs names through it after them too. */
export const ON_FIELD_HEADS = ['Commission', 'Committee', 'Council', 'Center', 'Centre', 'Institute'];
const ON_FIELD_HEAD = new Set(ON_FIELD_HEADS.map((w) => w.toLowerCase()));
/** "Council on Foreign Relations", "the Committee on Ways and Means": "on" at `k` opens the field
 * of the capitalised institution's head word before it, unless a day or month follows ("the
 * Council on Monday said"), which is when it acted. */
const fieldOn = (head: Token[], k: number) =>
  head[k]!.lower === 'on' &&
  k > 0 &&
  isCapitalized(head[k - 1]) &&
  ON_FIELD_HEAD.has(head[k - 1]!.lower) &&
  isCapitalized(head[k + 1]) &&
  !TIME_WORDS.has(head[k + 1]!.lower);

/** "Committee for a Balanced Budget", "Institute for the Study of War": an article at `k` inside
 * an institution's name, after "for"/"of" that follows the institution's head word and before a
 * capitalised word. */
function institutionArticle(phrase: Token[], k: number): boolean {
  return (
    k > 1 &&
    /^(?:a|an|the)$/.test(phrase[k]?.lower ?? '') &&
    /^(?:of|for)$/.test(phrase[k - 1]!.lower) &&
    isCapitalized(phrase[k - 2]) &&
    isCapitalized(phrase[k + 1]) &&
    institutionBefore(phrase, k - 2)
  );
}

/** "Agency for Reconstruction of the …", "Navy of the Republic of …": the capitalised words
 * ending at `k`, joined by "of"/"for", hold an institution's head or a body named alone, so the
 * name goes on through a later "of the"; a title, an honorific or a given name among them is a
 * person's ("Ministry Spokesman Ada Roe of the …"), no institution's. */
function institutionBefore(phrase: Token[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    const t = phrase[j]!;
    if (/^(?:of|for)$/.test(t.lower) && j > 0 && isCapitalized(phrase[j - 1])) continue;
    if (!isCapitalized(t) || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) return false;
    // A body's word before a given name: "Navy" is on the given-name lists too. A capitalised
    // "Friends" opens a supporters' group's name ("Friends of the Tarn Museum"), not a relation.
    if (INSTITUTION_HEADS.has(t.lower) || LONE_BODIES.has(t.lower) || t.lower === 'friends') return true;
    if (isForename(t.text)) return false;
  }
  return false;
}

/** "Leader of the Opposition B.S. Hegde", "Speaker of the House Ada Lund": an article at `k` inside
 * a title, after a capitalised role word and "of", when a person's name (a forename or an initial
 * opening it) follows the title's capitalised object. Without that name "of the" ends the head as
 * before. */
function titleArticle(phrase: Token[], k: number): boolean {
  if (
    k < 2 ||
    phrase[k]?.lower !== 'the' ||
    phrase[k - 1]!.lower !== 'of' ||
    !isCapitalized(phrase[k - 2]) ||
    !ROLE_WORDS.has(phrase[k - 2]!.lower) ||
    !isCapitalized(phrase[k + 1])
  )
    return false;
  // A common noun may close the object before the name ("Governor of the Tver region Ada Lund"),
  // and so may a body's noun ("Head of the Tver Military Administration Ada Lund"); after either,
  // a last two capitalised words are the name even when no list knows the forename.
  for (let j = k + 2; j < phrase.length - 1; j++) {
    const t = phrase[j]!;
    const next = phrase[j + 1]!;
    const tail = j === phrase.length - 3 && isCapitalized(phrase[j + 2]);
    if (!isCapitalized(t)) return !CLAUSE_STOP.has(t.lower) && isCapitalized(next) && (tail || nameOpener(next));
    if (nameOpener(t) || (tail && ORG_NOUNS.has(t.lower))) return true;
  }
  return false;
}

/** A word that opens a person's name: a known forename, an honorific or an initial ("B.S.", "J."). */
function nameOpener(t: Token): boolean {
  return isForename(t.text) || HONORIFICS.has(t.lower) || initials(t.text);
}

/** "J.", "B.S.": capital letters each followed by a full stop. */
function initials(w: string): boolean {
  if (w.length < 2 || w.length % 2 !== 0) return false;
  for (let i = 0; i < w.length; i += 2) {
    const c = w[i]!;
    if (w[i + 1] !== '.' || c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  }
  return true;
}

/** Nouns that head an institution's name ("Bank of America", "Ministry of Defence"), never a person's. */
const INSTITUTION_HEADS = wordSet(
  `${BODY_CORE} university college school museum zoo society academy church court house party club center+ centre federation chamber`,
);

/** The words before token `k` are a title ("Minister", "Minister of State", "Secretary of
 * State"): a role word, or a role word's object after "of". */
function titleBefore(tokens: Token[], k: number): boolean {
  return (
    ROLE_WORDS.has(tokens[k - 1]?.lower ?? '') ||
    (tokens[k - 2]?.lower === 'of' && ROLE_WORDS.has(tokens[k - 3]?.lower ?? ''))
  );
}

/** True when the "of" at `k` follows a person's name that a title or honorific opens ("Gov. Ada
 * Lund of Iowa"), not a title itself ("Secretary of State"). */
function personBeforePlace(phrase: Token[], k: number): boolean {
  if (
    (ROLE_WORDS.has(phrase[k - 1]!.lower) && !surnameAfterName(phrase, k - 1)) ||
    HONORIFICS.has(phrase[k - 1]!.lower) ||
    // "Secretary of State for Health": the word before is a title's object, no name.
    (phrase[k - 2]?.lower === 'of' && ROLE_WORDS.has(phrase[k - 3]?.lower ?? ''))
  )
    return false;
  for (let j = 0; j < k - 1; j++) if (roleAt(phrase, j) || HONORIFICS.has(phrase[j]!.lower)) return true;
  // "botanist Ada Lund of Brill College": a lower-case noun of a role (one ROLE_WORDS need not
  // list), then two or three capitalised words that name no institution; they are the person.
  // "Ada Lund of Brill Analytics": without such a noun, a given name opening the phrase does.
  let run = k;
  while (run > 0 && isCapitalized(phrase[run - 1])) run--;
  return (
    k - run >= 2 &&
    k - run <= 3 &&
    !phrase.slice(run, k).some((t) => INSTITUTION_HEADS.has(t.lower) || ROLE_WORDS.has(t.lower)) &&
    (run > 0
      ? isWord(phrase[run - 1]) && !DETERMINERS.has(phrase[run - 1]!.lower) && nounHead(phrase[run - 1]!)
      : isForename(phrase[0]!.text))
  );
}

/** "another" or "the two" standing alone as a subject ('"Q," tweeted another', '"Q," the two
 * write'): one more of, or the pair of, the people just named. `k`: its last word. */
function standingAlone(tokens: Token[], k: number, floor: number): RawMention | null {
  const t = tokens[k]!;
  // '"…," several said': a quantifier standing alone as the subject, opening its clause, is a
  // description as "another" is.
  if (t.lower === 'another' || ((QUANTIFIER_SUBJECTS.has(t.lower) || t.lower === 'others') && !isWord(tokens[k - 1])))
    return make([t], 'nominal', t.lower, null, '');
  const the = tokens[k - 1];
  if (!/^(?:two|three)$/.test(t.lower) || k - 1 < floor || the?.lower !== 'the') return null;
  return make([the, t], 'nominal', 'the ' + t.lower, null, '');
}

function make(
  phrase: Token[],
  kind: RawMention['kind'],
  name: string,
  role: string | null,
  gender: string,
): RawMention {
  const start = phrase[0]!.start;
  const end = phrase[phrase.length - 1]!.end;
  return { start, end, text: joinTokens(phrase), kind, name, role, gender };
}

/** An appositive's words as a role, spaced as in the text ("an analyst at the Fiscal Policy Institute",
 * "some 2,300 signatures"). */
function roleText(tokens: Token[]): string {
  return joinTokens(tokens);
}

/** The tokens' text, spaced as in the text. */
export function joinTokens(tokens: Token[]): string {
  let s = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > 0 && t.start > tokens[k - 1]!.end) s += ' ';
    s += t.text;
  }
  return s;
}

/** "according to" at token k. */
export function accordingTo(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to';
}

/** A cue word usable here: strong cues anywhere, weaker ones only right beside a quote. */
export function cueAt(tokens: Token[], k: number, besideQuote: boolean): boolean {
  const t = tokens[k];
  if (!t || t.quote >= 0) return false;
  const s = t.cue;
  // "the report", "his claims", "a statement": a noun after a determiner is no verb.
  if (s > 0 && k > 0 && /^(the|a|an|his|her|their|its|our|this|that|following)$/.test(tokens[k - 1]!.lower))
    return false;
  if (s > 0 && (possessedNoun(tokens, k) || modifiedSingularNoun(tokens, k) || countedPluralNoun(tokens, k)))
    return false;
  if (s === 2) return !(isCapitalized(t) && k > 0 && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1])); // "Tell" inside a title
  // "told the Washington Post, '…'": a noun-like cue capitalised after a capitalised word ends a name.
  // "Hubble Space Telescope project scientist Ada Lund said": a weak cue that is a noun of a
  // role before a person's name is no verb.
  return (
    s === 1 &&
    besideQuote &&
    !(isCapitalized(t) && k > 0 && isCapitalized(tokens[k - 1])) &&
    !(k > 0 && isCapitalized(tokens[k - 1]) && preNameRole(tokens, k, tokens.length))
  );
}

/** Contractions of a pronoun with "is" or "has" that look like possessives ("He’s said"). */
const NOT_POSSESSIVE = /^(?:he|she|it|that|there|what|who|here|where|everyone|nobody|someone)[’']s$/;

/** "Lund’s comments", "Mr. Roe’s call for": a cue word right after a capitalised possessive is
 * the noun it owns, never a verb. */
function possessedNoun(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  return !!p && p.quote < 0 && isCapitalized(p) && /[’']s$/.test(p.lower) && !NOT_POSSESSIVE.test(p.lower);
}

/** Singular determiners: after one of them a verb must agree (-s, -ed) or follow an auxiliary. */
const SINGULAR_DETERMINERS = wordSet('a an another each every');

/** Determiners that leave a noun's number open ("the protesters chant", "the bitter chant"). */
const DEFINITE = wordSet('the this');

/** "delivered a snappy retort:", "gave a Roe-style reply": a noun of saying in its singular form
 * after a singular determiner and one or two plain words is that noun; its verb form
 * would have to agree ("a spokesman replies") or follow an auxiliary ("a spokesman will reply"). */
function modifiedSingularNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!SPEECH_NOUNS.has(t.lower) || t.lower.endsWith('s') || isCapitalized(t)) return false;
  for (let d = k - 1; d >= 0 && d >= k - 3; d--) {
    const w = tokens[d]!;
    if (d < k - 1 && SINGULAR_DETERMINERS.has(w.lower)) return true;
    // "took up the bitter chant": after "the", words with no plural among them
    // ("the protesters chant") leave the bare form a noun too.
    if (d < k - 1 && DEFINITE.has(w.lower)) return tokens.slice(d + 1, k).every((x) => !/s$/.test(x.lower));
    if (!isWord(w) || w.quote >= 0 || AUXILIARIES.has(w.lower) || w.lower === 'to') return false;
    if (w.lower.endsWith('ly') && w.lower.length > 4) return false;
  }
  return false;
}

/** Determiners and numbers that make the noun phrase they open plural. */
const PLURAL_DETERMINERS = wordSet(
  'two three four five six seven eight nine ten these those several many both various',
);

/** "the two lengthy reports", "these claims": a cue word in -s after a plural determiner or a
 * number and plain words is a plural noun; as a verb it would have to agree ("two aides report"). */
function countedPluralNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.lower.endsWith('s') || t.lower.endsWith('ss')) return false;
  for (let d = k - 1; d >= 0 && d >= k - 4; d--) {
    const w = tokens[d]!;
    if (PLURAL_DETERMINERS.has(w.lower)) return true;
    // Another determiner opens another noun phrase ("Two days later the agency reports").
    if (
      !isWord(w) ||
      w.quote >= 0 ||
      isCapitalized(w) ||
      AUXILIARIES.has(w.lower) ||
      CLAUSE_STOP.has(w.lower) ||
      DETERMINERS.has(w.lower)
    )
      return false;
  }
  return false;
}

/** Nouns of what was said, shared by SPEECH_NOUNS and reported-speech's CONTENT_NOUNS. */
export const SAID_NOUNS =
  'claim claims assertion argument arguments charge accusation accusations suggestion statement remark comment comments promise message warning conclusion';
/** Nouns of saying whose possessor is the one who said it ("her remark that …", "Lund’s
 * “47 percent” comment", "his call for …"). */
export const SPEECH_NOUNS = wordSet(
  `${SAID_NOUNS} remarks statements assertions suggestions warnings answer+ response reply retort question+ call+ promises pledge vow description assessment words tweet+ slogan catchphrase quip dictum mantra refrain declaration announcement insistence complaint+ criticism rejection broadside language chant+ prediction`,
);
/** Possessive pronouns as the pronoun mention they stand for. */
const POSSESSIVE_PRONOUNS = wordMap('his=he her=she their=they');
/** Words that link a noun of saying to its quotation right before it ("his call for “…”", "her
 * claim that “…”", "Lund’s answer was that “…”", "Roe’s response was: “…”"). A quotation right
 * after the noun or after "was" says something about the words, not the words themselves
 * ("called Roe’s charge “pathetic”", "Lund’s statement was “true”"). */
const SPEECH_NOUN_LINKS = wordSet('that of for on about against : ,');
/** Most words from the noun of saying to its quotation ("her comments before a committee that"). */
const SPEECH_NOUN_REACH = 8;

/** For the quotation token at `qi`, the possessor of a noun of saying that introduces it: "her
 * remark that “…”", "the senator’s answer was that “…”", "Lund’s “47 percent” comment". The
 * mention is the possessive itself ("her", "Mitt Romney’s"); index of the noun as the cue. */
export function possessorOfSpeech(tokens: Token[], qi: number): { mention: RawMention; cue: number } | null {
  // "Lund’s “47 percent” comment": the quotation between the possessor and its noun.
  const after = tokens[qi + 1];
  if (after && SPEECH_NOUNS.has(after.lower) && !isCapitalized(after)) {
    const m = possessor(tokens, qi - 1, true);
    if (m) return { mention: m, cue: qi + 1 };
  }
  // "her claim that “…”": the noun, then only a short phrase and a linking word before the quote.
  // "Roe’s claim that the mayor “lied”": the quote inside the noun's that-clause, which has no cue.
  let at = qi - 1;
  while (at > qi - 11 && tokens[at]?.lower !== 'that' && isWord(tokens[at]) && !tokens[at]!.cue) at--;
  const link = tokens[tokens[at]?.lower === 'that' ? at : (at = qi - 1)];
  if (!link || !SPEECH_NOUN_LINKS.has(link.lower)) return null;
  for (let n = at; n > 0 && n >= at - SPEECH_NOUN_REACH; n--) {
    const t = tokens[n]!;
    if (t.quote >= 0 || '.;!?'.includes(t.text)) return null;
    // A noun of saying is often a verb of saying too ("claim", "comment"): as a noun it is read
    // before the cue test stops the search at a verb.
    if (SPEECH_NOUNS.has(t.lower) && !isCapitalized(t)) {
      // The possessor right before the noun, or before one or two modifiers ("his past comments",
      // "her March remarks").
      for (let p = n - 1; p >= 0 && p >= n - 3; p--) {
        const m = possessor(tokens, p, true);
        // Past the that-clause's subject, only a name: "saying in his statement that he …" is the subject's.
        if (m) return at < qi - 1 && m.kind === 'pronoun' ? null : { mention: m, cue: n };
        const w = tokens[p];
        if (!isWord(w) || (isCapitalized(w) && !TIME_WORDS.has(w!.lower)) || DETERMINERS.has(w!.lower)) break;
      }
      return null;
    }
    if (t.cue === 2) return null;
  }
  return null;
}

/** The possessive mention ending at token `p` ("his", "Mitt Romney’s", "The Florida senator’s").
 * `ownName`: a capitalised run is a name of its own even where the walk back runs on into a longer
 * phrase ("an issue out of Jo Roe’s"); only for a noun of saying, whose owner is its speaker ("a
 * source familiar with the agency’s inquiry" is not the agency's). */
export function possessor(tokens: Token[], p: number, ownName = false): RawMention | null {
  const t = tokens[p];
  if (!t || t.quote >= 0) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(t.lower);
  if (pronoun !== undefined) return make([t], 'pronoun', pronoun, null, PRONOUNS.get(pronoun) ?? '');
  if (!/[’']s$/.test(t.lower)) return null;
  if (!isCapitalized(t)) return null;
  // Only a name owns the possessive here: "the Ohio senator’s answer" is a descriptor that would
  // stand as a name ("Ohio senator’s").
  const m = nounPhraseBefore(tokens, p + 1, 0);
  if (m && m.kind === 'name' && m.end === t.end) return m;
  if (!ownName) return null;
  // "an issue out of Jo Roe’s claim": the walk ran on across the preposition into a longer
  // phrase; the capitalised run alone is the name.
  let from = p;
  while (from > 0 && isWord(tokens[from - 1]) && isCapitalized(tokens[from - 1])) from--;
  const run = nounPhraseBefore(tokens, p + 1, from);
  return run && run.kind === 'name' && run.end === t.end ? run : null;
}

/** Shared with entities.ts, whose organisation heads hold these. */
export { BODY_TAILS, INSTITUTION_HEADS, LONE_BODIES };
