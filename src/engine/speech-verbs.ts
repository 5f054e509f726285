// The words that introduce speech ("said", "told", "warned", "according to"). Attribution starts
// from these cues: a quote's speaker is the subject of the cue next to it, and reported speech is
// the clause a cue governs.

import {
  hasSurrogate,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  isDigit,
  isLetter,
  isRegexSpace,
  lazy,
} from './chars';

/** A set of words from one space-separated string: word tables stay compact in the bundle. A word
 * marked "+" stands for itself and its form in -s ("gun+" for "gun guns", "story+" for "story
 * stories"; see plural): the pairs cost the zip some 100 bytes. */
export function wordSet(words: string): Set<string> {
  // A loop, not flatMap: the module's evaluation builds 264 of these tables (4,228 words) every
  // time the background wakes, and flatMap took 3.5 ms of CPU for them in a fresh process, the
  // loop 1.6 ms (the same sets, in the same order).
  const set = new Set<string>();
  for (let w of words.split(' '))
    if (w.endsWith('+')) set.add((w = w.slice(0, -1))).add(plural(w));
    else set.add(w);
  return set;
}

/** Each word of a space-separated list with a capital first letter ("the a" -> "The A"): a table
 * of capitalised words is written in lower case, where the zip finds it in the other tables. */
export function capitalised(words: string): string {
  return words.replace(/(?:^| )./g, (c) => c.toUpperCase());
}

/** A word's regular form in -s ("franc" -> "francs", "penny" -> "pennies"). */
export function plural(w: string): string {
  return /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
}

/** Subject pronouns, finite forms of "be", forms of "have" and "do", and the modals but "shall":
 * the pieces that the word lists of subjects and auxiliaries across the engine are built from. */
export const PERSONAL_SUBJECTS = 'he she they we i it';
export const FINITE_BE = 'is are was were';
/** The forms of "be" that stand before a participle. */
export const BE_FORMS = wordSet(`${FINITE_BE} be been`);
export const HAVE_FORMS = 'has have had';
export const DO_FORMS = 'do does did';
export const MODALS = 'will would can could should may might must';
/** Conjunctions that open a subordinate clause: the core of the subordinator lists. */
export const SUBORDINATING = 'after when while as before since although though because if once';

/** Documents and studies that a claim is cited from, the core of DOCUMENT_NOUNS and of analyze's. */
export const CITED_DOCUMENTS =
  'report study survey poll analysis review audit estimate estimates forecast projection data paper memo census investigation filing index figures results statistics';
/** Nouns for documents and studies that can be a claim's source ("a report", "a 2018 survey"). */
export const DOCUMENT_NOUNS = wordSet(
  `${CITED_DOCUMENTS} reports audio calculations studies surveys polls polling readings analyses trial+ experiment+ filings document+ records forecasts projections tally count research notes statement+ release tweet+ post+ tool tracker database`,
);

/** A map from "word=value" pairs in one space-separated string ("he=m she=f they="). A Map, not
 * an object: a look-up with a word from the text must never find "constructor". */
export function wordMap(pairs: string): Map<string, string> {
  return new Map(pairs.split(' ').map((p) => p.split('=') as [string, string]));
}

/** Neutral and assertive speech verbs (textacy + Gender Gap Tracker lists + news-wire additions,
 * attribution-notes §1). Any inflection of these is a cue wherever it stands, except that a lemma
 * marked * is more often a noun in its base and -s forms ("the report", "his claims"), one marked
 * ** in all its forms, and one marked ~ in its base form: those forms are cues only beside a quote
 * ("stress" is a noun as often: "emotional stress is", "post-traumatic stress disorder"). */
const STRONG =
  'say tell add state* explain write report* announce declare mention tweet* reply* respond ask recall ' +
  'confirm claim* insist argue assert maintain contend stress* emphasize emphasise reiterate repeat ' +
  'acknowledge admit concede deny dispute allege accuse complain warn urge caution predict estimate* ' +
  'forecast* promise* pledge* vow suggest recommend testify disclose reveal conclude observe boast quip ' +
  'joke* exclaim shout scream yell whisper snap retort counter* lament muse wonder~ tout brag concur ' +
  'agree disagree inform assure reassure remark* comment* note* post* describe proclaim thunder fume ' +
  'chide scoff criticize criticise condemn denounce decry protest* recount divulge demand* instruct plead interject query* find calculate ' +
  // A cue of PolNeAR train's direct quotes that the lists above lacked ('the crowd chanted'), and
  // reporting cues of its reported speech ('analysts have speculated that …', 'the mayor has
  // signaled that …'; train: 6 contents gained, 1 false one).
  'chant speculate signal* ' +
  // "The CBO projects that …": every form of "project" is a noun or an adjective as often ("the
  // project", "the projected deficit"), so all four are noun-like; so are those of "charge", an
  // accusation in "critics charged that …" (PolNeAR train: 3 contents gained, no false one). And
  // "tally", a noun as often, whose only content is a figure object (see TALLYING in reported-speech).
  'project** charge** tally**';
/** Irregular or consonant-doubling forms that the regular rules below do not make. */
const STRONG_IRREGULAR = 'said told wrote written writing admitted admitting quipped quipping snapped snapping found';

/** Cognitive verbs report thoughts, not words: only a cue when a quote stands right beside them
 * ("'It will pass,' he believes"), as the notes advise. `continue` is a cue only in "…," he continued,
 * `reads` only in "…," the letter reads. */
const ADJACENT_ONLY =
  'think believe hope fear worry reckon expect feel continue reads ' +
  // Manner-of-speaking verbs of feature writing ('"…," she laughed', '"…," Bennett shot back').
  'laugh sigh chuckle beam gush grumble mutter murmur sneer marvel';
// '"…," the sign read' (the present "reads" is in the list above).
const ADJACENT_IRREGULAR = 'thought felt shot fired read';

/** How strongly a word signals speech: 2 anywhere, 1 only right beside a quote mark, 0 not a cue. */
export type CueStrength = 0 | 1 | 2;

const TABLE = new Map<string, CueStrength>();
/** The forms a noun reading weakens ("claims", "notes", "reports", "promise"): besides a quote
 * they are verbs too when a subject stands before them (see nounLikeVerb in reported-speech). */
const NOUN_LIKE = new Set<string>();
const setCue = (form: string, s: CueStrength) => {
  if ((TABLE.get(form) ?? 0) < s) TABLE.set(form, s);
};
for (const [list, irregular, strength] of [
  [STRONG, STRONG_IRREGULAR, 2],
  [ADJACENT_ONLY, ADJACENT_IRREGULAR, 1],
] as const) {
  for (const entry of list.split(' ')) {
    const lemma = entry.replace(/[*~]+$/, '');
    const forms = inflect(lemma);
    // forms[1] is the -s form; a noun-like form is only a weak cue.
    const nounLike = entry.endsWith('**') ? 4 : entry.endsWith('*') ? 2 : entry.endsWith('~') ? 1 : 0;
    forms.forEach((form, k) => {
      setCue(form, k < nounLike ? 1 : strength);
      if (k < nounLike && strength === 2) NOUN_LIKE.add(form);
    });
  }
  for (const form of irregular.split(' ')) setCue(form, strength);
}
// The regular past of a verb whose past is irregular is no word.
for (const form of 'sayed telled thinked feeled'.split(' ')) TABLE.delete(form);

/** Regular English inflections of a verb: base, -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  const stem = lemma.slice(0, -1);
  if (lemma.endsWith('e')) return [lemma, lemma + 's', lemma + 'd', stem + 'ing'];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, stem + 'ies', stem + 'ied', lemma + 'ing'];
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, lemma + 'es', lemma + 'ed', lemma + 'ing'];
  return [lemma, lemma + 's', lemma + 'ed', lemma + 'ing'];
}

/** Every regular form (see inflect) of each lemma in one space-separated string, and the words of
 * `forms` as they are (irregular or partial ones: "said told"): verb tables stay short in the bundle. */
export function verbSet(lemmas: string, forms?: string): Set<string> {
  const set = new Set(lemmas.split(' ').flatMap(inflect));
  for (const form of forms?.split(' ') ?? []) set.add(form);
  return set;
}

/** Cue strength of one lower-cased word. */
export function cueStrength(lower: string): CueStrength {
  return TABLE.get(lower) ?? 0;
}

/** True for a speech verb's form that reads as a noun as often ("claims", "notes", "report"). */
export function isNounLikeCue(lower: string): boolean {
  return NOUN_LIKE.has(lower);
}

/** Forms of the verbs that estimate or count: their object may be the figure itself ("Goldman Sachs
 * forecasts 2.5 percent growth", "the Orrin Shipping Register tallies 212 wrecks"), a claim of that
 * figure by the subject. */
const ESTIMATING = new Set(
  ['estimate', 'forecast', 'project', 'predict', 'calculate', 'tally']
    .flatMap((lemma) => inflect(lemma))
    .concat('forecasted'),
);

/** True for a form of a verb that estimates ("estimates", "projected", "forecast"). */
export function isEstimatingCue(lower: string): boolean {
  return ESTIMATING.has(lower);
}

/** True for participle cues ("adding", "saying") whose subject is the main clause's subject. */
export function isParticipleCue(word: string): boolean {
  return word.endsWith('ing') && cueStrength(word.toLowerCase()) > 0;
}

/** Words are hashed while they are read (tokens, the pre-check below) so that the cue table is
 * consulted only for a word whose hash is a cue's; the mask keeps the hash a small integer. */
export const HASH_MASK = 0xffffff;

function hashWord(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) & HASH_MASK;
  return h;
}

/** A filter over word hashes, indexed by the hash's low 16 bits: a Uint8Array read is several
 * times cheaper than a Set look-up, and it runs for every word read. A hit is only a maybe (the
 * exact table decides); a miss is certain. Bit 1: some cue form has this slot; bit 2: a strong one
 * (or "according", which opens an attribution anywhere); bit 4: a noun-like form ("claims"). */
export const CUE_FILTER = new Uint8Array(1 << 16);
export const CUE_SLOT_MASK = 0xffff;
CUE_FILTER[hashWord('according') & CUE_SLOT_MASK]! |= 2;
for (const [form, s] of TABLE) CUE_FILTER[hashWord(form) & CUE_SLOT_MASK]! |= s === 2 ? 3 : 1;
for (const form of NOUN_LIKE) CUE_FILTER[hashWord(form) & CUE_SLOT_MASK]! |= 4;
/** Forms of "point", a cue only in "point(ed) out" before "that", a comma or a full stop (see
 * pointsOut in reported-speech). */
const POINT_FORMS = wordSet('point+ pointed pointing');
for (const form of POINT_FORMS) CUE_FILTER[hashWord(form) & CUE_SLOT_MASK]! |= 2;

/** Where the first strong cue word (lower-case, as cues are in prose) in [from, to) of `text`
 * ends, or -1: one scan of a paragraph then answers for each of its sentences in turn. */
export function findCueWord(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const letter = isAsciiLetter(c);
    if (!letter && !isDigit(c)) {
      i++;
      continue;
    }
    // A word: ASCII letters and digits. A capital may open it ("According to", "Said Smith:");
    // a capital or digit anywhere else, or a digit first, makes it no cue.
    const start = i;
    let cue = letter;
    let h = c | 32;
    for (i++; i < to; i++) {
      const d = text.charCodeAt(i);
      if (isAsciiLower(d)) h = (h * 31 + d) & HASH_MASK;
      else if (isAsciiUpper(d) || isDigit(d)) cue = false;
      else break;
    }
    const len = i - start;
    if (cue && len >= 3 && len <= 13 && CUE_FILTER[h & CUE_SLOT_MASK]) {
      const word = text.slice(start, i).toLowerCase();
      const s = TABLE.get(word);
      // A weak cue before "back that" is a retort's ("shot back that …"), strong as in tokens.
      if (s === 2 || word === 'according' || (s && /^ back that /.test(text.slice(i, i + 11)))) return i;
      if (NOUN_LIKE.has(word) && verbContext(text, start, i)) return i;
      if (POINT_FORMS.has(word) && /^\s+out(?:\s+that\b|[,.])/i.test(text.slice(i, i + 12))) return i;
    }
  }
  return -1;
}

/** Subject pronouns before which a noun-like cue form is a verb ("he claims", "they note"). What
 * `pronounBefore` reads; it asks this regex itself only of a text with a surrogate. */
export const PRONOUN_BEFORE = lazy(() => /(?:^|[^\p{L}])(?:he|she|they|we|i|it)\s+$/iu);
const PRONOUNS_BEFORE = wordSet(`${PERSONAL_SUBJECTS}`);

/** Whether the text around the noun-like cue word [start, end) may make it a verb: "that", a
 * determiner, a pronoun or a comma right after it, or a subject pronoun before it. A cheap test
 * over the text, looser than the one over tokens that decides (nounLikeVerb), so that no sentence
 * it would accept goes unread. */
function verbContext(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 44 || next === 46) return true;
  // "Goldman Sachs forecasts 2.5 percent growth", "… estimates $1.2 trillion".
  if (/^\s+(?:[$£€\d]|about\b|nearly\b|more\b|roughly\b|around\b)/i.test(text.slice(end, end + 9))) return true;
  // "Bloomberg estimates his fortune at $42 billion": a figure later in the object.
  if (/^[^,;:!?\n"“”]{0,60}[\s$£€]\d/.test(text.slice(end, end + 64))) return true;
  // "… pledge to", "her promise in May that …": a commitment noun's possessor speaks.
  if (/^\s+(?:that|the|an?|his|her|their|its|he|she|they|it|we|to|in)\b/i.test(text.slice(end, end + 8))) return true;
  if (pronounBefore(text.slice(Math.max(0, start - 6), start))) return true;
  // "had already forecast", "also notes", "analysts estimate": an auxiliary, an adverb or a plural
  // noun before it (nounLikeVerb decides).
  return verbWordBefore(text.slice(Math.max(0, start - 40), start));
}

/** The end of a word before a noun-like cue that may make it a verb: an auxiliary, an adverb in
 * -ly or of time, or a plural noun. */
export const WORD_BEFORE = lazy(
  () => new RegExp(String.raw`(?:^|[^\p{L}])(?:\p{L}+(?:s|ly)|n['’]t|${[...AUXILIARIES_BEFORE].join('|')})\s+$`, 'iu'),
);
const AUXILIARIES_BEFORE = wordSet(
  `${HAVE_FORMS} ${MODALS} ${DO_FORMS} not also often still now already again even never then`,
);

// PRONOUN_BEFORE and WORD_BEFORE are read by hand: V8 compiles a case-insensitive regex's Unicode
// classes on first use for 1-3 ms each, inside the engine's first call. Under their i and u flags
// a letter is \p{L} or U+0345 (which folds to a Greek iota), and of the characters beyond ASCII
// only the long s (U+017F) folds to a letter of their words.

/** A letter as `[\p{L}]` reads it under the i and u flags. */
function isFoldedLetter(c: number): boolean {
  return isLetter(c) || c === 0x345;
}

/** Where the run of letters before the white space that ends `text` starts and ends ([start,
 * end)), or null when `text` does not end in white space. */
function lastWord(text: string): [number, number] | null {
  let end = text.length;
  while (end > 0 && isRegexSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return null;
  let start = end;
  while (start > 0 && isFoldedLetter(text.charCodeAt(start - 1))) start--;
  return [start, end];
}

/** `text` from `start` to `end` with ASCII capitals made small and the long s made s: how a case-
 * insensitive Unicode regex compares it with a word in ASCII. */
function folded(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    out += c === 0x17f ? 's' : isAsciiUpper(c) ? String.fromCharCode(c + 32) : text[k]!;
  }
  return out;
}

/** Whether PRONOUN_BEFORE matches `text`: a subject pronoun, then white space, ends it. */
export function pronounBefore(text: string): boolean {
  if (hasSurrogate(text)) return PRONOUN_BEFORE().test(text);
  const word = lastWord(text);
  return word !== null && word[1] - word[0] <= 4 && PRONOUNS_BEFORE.has(folded(text, word[0], word[1]));
}

/** Whether WORD_BEFORE matches `text`: a word of more than one letter ending in -s, one of more
 * than two ending in -ly, an auxiliary or adverb, or "n't" after a non-letter, then white space. */
export function verbWordBefore(text: string): boolean {
  if (hasSurrogate(text)) return WORD_BEFORE().test(text);
  const word = lastWord(text);
  if (word === null) return false;
  const [start, end] = word;
  const w = folded(text, start, end);
  if ((w.length >= 2 && w.endsWith('s')) || (w.length >= 3 && w.endsWith('ly')) || AUXILIARIES_BEFORE.has(w))
    return true;
  // "n't": the t alone is the run; n and an apostrophe before it, and no letter before the n.
  const mark = text.charCodeAt(end - 2);
  return (
    w === 't' &&
    (mark === 39 || mark === 0x2019) &&
    (text.charCodeAt(end - 3) | 32) === 110 &&
    (end === 3 || !isFoldedLetter(text.charCodeAt(end - 4)))
  );
}
