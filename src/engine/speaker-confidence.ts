// How sure the engine is of a quote's speaker. A reader is better served by "speaker unclear"
// than by a wrong name, so every attribution gets a probability from what is known about how it
// was found, and below a threshold the engine abstains. The probability is a logistic model whose
// weights and threshold are fitted on PolNeAR train by `npm run train` (test/tools/train.ts) and
// kept in speaker-confidence.json: no weight here is set by hand.
import type { EvidencePlace, SpeakerKind } from './types';
import { hasSurrogate, isNameWordChar, isRegexSpace, isUpperCase, lazy } from './chars';
import model from './speaker-confidence.json';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { TOOLS } from './tools-only';

/** What the attribution step knows about one quote's speaker. */
export interface AttributionFeatures {
  place: EvidencePlace;
  /** A cue word ("said", "according to") ties the mention to speech. */
  cue: boolean;
  /** What the cue word is: a form of say or tell (the plainest), another word of
   * the speech-verb lexicon, or any other verb the patterns accept beside a quote ("sings",
   * "remembered"); null without a cue. */
  cueWord: 'say' | 'lexicon' | 'other' | null;
  /** The mention is a possessive ("Lund's", "the mayor's"): often the owner of what is quoted
   * ("Lund's claim that …") rather than its speaker. */
  possessive: boolean;
  mentionKind: 'name' | 'pronoun' | 'nominal';
  entityKind: SpeakerKind;
  /** For a pronoun: how many compatible people were within reach (0: none, the pronoun stays bare). */
  candidates: number;
  /** For a pronoun: another compatible person was as salient as the one chosen (only nearness
   * decided between them). */
  rivalled: boolean;
  /** A one-word person name the article never gives in full. */
  bareName: boolean;
  /** The entity has a role or title ("Defense Minister"). */
  role: boolean;
  /** The quote is a fragment inside a sentence ("called it “a disaster”"). */
  partial: boolean;
  /** The quote is in a headline. */
  heading: boolean;
  /** The mention stands after the quote ('"…," said X'). */
  after: boolean;
  /** The quote fills its paragraph (a quote paragraph, as in a run after a lead-in). */
  wholeBlock: boolean;
  /** The speaker is taken over from another quote (a piece of the same quote, a neighbour). */
  chained: boolean;
  /** How many quotes the article attributes to this entity in their own sentence with a cue. */
  cited: number;
  /** The article gives the speaker's name in two or more words. */
  fullName: boolean;
  /** A descriptor headed by a role word ("the spokesman", "a senior official"). */
  roleNoun: boolean;
  /** Characters between the mention and the quote. */
  distance: number;
  /** The mention opens its sentence (after an opening phrase closed by a comma at most): the
   * main clause's subject, whom news has speak the words it quotes. */
  opensSentence: boolean;
  /** How many quotes and claims in the article are resolved to this entity: a speaker the
   * article keeps quoting is a real one, a phrase the patterns ran into is met once. */
  mentions: number;
  /** The quote is a fragment of a reported claim whose source is the same mention ('X said the
   * plan was "a costly mistake"'): the claim's grammar backs the fragment's speaker, and the
   * fragment is named only when its own confidence clears the threshold (named with the claim
   * whatever their confidence, the fragments below it were wrong one time in six on PolNeAR train
   * by the strict rule). */
  inClaim: boolean;
  /** A capitalised word other than a sentence's first stands between the mention and the quote
   * ("X said of Y's plan that …"): another name the words may belong to (mentionShape). */
  nameBetween?: boolean;
  /** A name mention that does not end with the resolved name's last word: the resolver chose a
   * name from inside the mention, or another entity's. */
  nameOffMention?: boolean;
  /** The mention follows a preposition ("percent of voters say", "footage of X saying"): the
   * object of a phrase, not the subject whose words the sentence quotes (mentionShape). */
  afterPreposition?: boolean;
}

/** Months, days and the pronoun I: capitalised, but never the name of a rival speaker. */
const NOT_A_NAME = new Set(['I', ...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** A capitalised word not at a sentence's or a quote's start. What `innerCapitals` reads; it asks
 * this regex itself only of a text with a surrogate. */
export const INNER_CAPITAL = lazy(() => /(?<![.!?:"“”‘'(]\s*)(?<=\s)\p{Lu}[\p{L}’'.-]+/gu);

/** INNER_CAPITAL's matches in `text`, read without the regex: V8 compiled its Unicode classes and
 * look-behinds on first use, inside the engine's first call. A match is a capital after white
 * space whose run follows no sentence end, colon, opening quote or bracket, and the longest run
 * of word characters after it (one at least). */
export function innerCapitals(text: string): string[] {
  if (hasSurrogate(text)) return text.match(INNER_CAPITAL()) ?? [];
  const words: string[] = [];
  for (let p = 1; p < text.length; p++) {
    if (!isUpperCase(text.charCodeAt(p)) || !isNameWordChar(text.charCodeAt(p + 1))) continue;
    if (!isRegexSpace(text.charCodeAt(p - 1))) continue;
    let run = p - 1;
    while (run > 0 && isRegexSpace(text.charCodeAt(run - 1))) run--;
    if (run > 0 && '.!?:"“”‘\'('.includes(text[run - 1]!)) continue;
    let end = p + 2;
    while (isNameWordChar(text.charCodeAt(end))) end++;
    words.push(text.slice(p, end));
    p = end - 1;
  }
  return words;
}

/** A preposition ending the text before a mention; "according to" is a cue, not an object's. */
const PREPOSITION_BEFORE = /(?<!according )\b(?:of|to|for|about|against|from|on|at|like|than|in|into|over|toward)\s+$/i;

/** How much of the text between a mention and its quote `mentionShape` reads. */
const GAP_CHARS = 2000;

/** The features of the mention's shape and of what stands between it and the quote. */
export function mentionShape(
  text: string,
  quote: { start: number; end: number },
  mention: { start: number; end: number; text: string; kind: 'name' | 'pronoun' | 'nominal' },
  name: string,
): Pick<AttributionFeatures, 'nameBetween' | 'nameOffMention' | 'afterPreposition'> {
  // The gap's part nearest the quote, at most GAP_CHARS: a speaker from far back (the paragraph's)
  // read the whole gap again for every quote, quadratic in a long run of quotes.
  const gap =
    mention.end <= quote.start
      ? text.slice(Math.max(mention.end, quote.start - GAP_CHARS), quote.start)
      : text.slice(quote.end, Math.max(quote.end, Math.min(mention.start, quote.end + GAP_CHARS)));
  const nameBetween = innerCapitals(gap).some((w) => !NOT_A_NAME.has(w));
  const last = name.slice(name.lastIndexOf(' ') + 1);
  // "ROE" (a transcript's label) ends with "Roe".
  const nameOffMention =
    mention.kind === 'name' &&
    !mention.text
      .replace(/['’]s?$/u, '')
      .toLowerCase()
      .endsWith(last.toLowerCase());
  // A possessive pronoun after a preposition ("over her remark that") still owns the words.
  const afterPreposition =
    mention.kind !== 'pronoun' && PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
  return { nameBetween, nameOffMention, afterPreposition };
}

/** The model's inputs, by name; the JSON's weights are in this order. */
export const FEATURE_NAMES = [
  'bias',
  'place:transcript',
  'place:sentence',
  'place:quote-piece',
  'place:paragraph',
  'place:paragraph-before',
  'place:lead-in',
  'cue',
  'cue:say',
  'cue:other',
  'possessive',
  'mention:name',
  'mention:pronoun',
  'mention:nominal',
  'entity:person',
  'entity:organization',
  'entity:group',
  'entity:document',
  'entity:unknown',
  'pronoun:ambiguous',
  'pronoun:unresolved',
  'bare-name',
  'full-name',
  'role',
  'role-noun',
  'partial',
  'heading',
  'after',
  'whole-block',
  'chained',
  'log-distance',
  'log-cited',
  'opens-sentence',
  'log-mentions',
  'partial:nominal',
  'partial:no-cue',
  'partial:opens-sentence',
  'pronoun:rivalled',
  'name-between',
  'name-off-mention',
  'in-claim',
  'lead-in:run',
  'after-preposition',
] as const;

export function featureVector(f: AttributionFeatures): number[] {
  const on = new Set<string>(['bias', `place:${f.place}`, `mention:${f.mentionKind}`, `entity:${f.entityKind}`]);
  if (f.cue) on.add('cue');
  if (f.cueWord === 'say') on.add('cue:say');
  if (f.cueWord === 'other') on.add('cue:other');
  if (f.possessive) on.add('possessive');
  if (f.mentionKind === 'pronoun' && f.candidates === 0) on.add('pronoun:unresolved');
  if (f.mentionKind === 'pronoun' && f.candidates > 1) on.add('pronoun:ambiguous');
  if (f.mentionKind === 'pronoun' && f.rivalled) on.add('pronoun:rivalled');
  if (f.bareName) on.add('bare-name');
  if (f.role) on.add('role');
  if (f.fullName) on.add('full-name');
  if (f.roleNoun) on.add('role-noun');
  if (f.partial) on.add('partial');
  if (f.heading) on.add('heading');
  if (f.after) on.add('after');
  if (f.wholeBlock) on.add('whole-block');
  if (f.chained) on.add('chained');
  if (f.opensSentence) on.add('opens-sentence');
  if (f.partial && f.mentionKind === 'nominal') on.add('partial:nominal');
  if (f.partial && !f.cue) on.add('partial:no-cue');
  if (f.partial && f.opensSentence) on.add('partial:opens-sentence');
  if (f.nameBetween) on.add('name-between');
  if (f.nameOffMention) on.add('name-off-mention');
  if (f.inClaim) on.add('in-claim');
  if (f.afterPreposition) on.add('after-preposition');
  // A paragraph of a run the lead-in introduced, after the first: taken over, yet by the lead-in's
  // grammar rather than by nearness (chained alone weighs quote pieces and neighbours too).
  if (f.place === 'lead-in' && f.chained) on.add('lead-in:run');
  return FEATURE_NAMES.map((name) => {
    if (name === 'log-distance') return Math.log1p(Math.max(0, f.distance)) / 5;
    if (name === 'log-cited') return Math.log1p(f.cited) / 2;
    if (name === 'log-mentions') return Math.log1p(f.mentions) / 2;
    return on.has(name) ? 1 : 0;
  });
}

/** The fitted model: weights in FEATURE_NAMES order and the threshold below which the engine abstains. */
export interface ConfidenceModel {
  /** The features the weights are for; the extension's build leaves them out, the weights then
   * being in FEATURE_NAMES order (checked when it builds). */
  features?: string[];
  weights: number[];
  threshold: number;
}

/** The model `npm run train` wrote (a unit test checks its features match FEATURE_NAMES). */
export const FITTED_MODEL = model as ConfidenceModel;

/** The probability that the attribution is right, 0..1, rounded to 3 places. */
export function confidenceOf(f: AttributionFeatures, m: ConfidenceModel = FITTED_MODEL): number {
  const x = featureVector(f);
  const w = TOOLS ? weightsOf(m) : m.weights;
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i]! * w[i]!;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/** The model's weights in FEATURE_NAMES order, read by name: a feature the model was not
 * fitted with (added since the last `npm run train`) weighs nothing. */
function weightsOf(m: ConfidenceModel): number[] {
  let w = aligned.get(m);
  if (!w) {
    const at = m.features && new Map(m.features.map((name, i) => [name, i]));
    w = at ? FEATURE_NAMES.map((name) => m.weights[at.get(name) ?? -1] ?? 0) : m.weights;
    aligned.set(m, w);
  }
  return w;
}

const aligned = new WeakMap<ConfidenceModel, number[]>();

/** Below this the speaker is reported as unclear. */
export const ABSTAIN_BELOW = FITTED_MODEL.threshold;
