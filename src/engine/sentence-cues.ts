// The sentence-level sieve of attribution-notes §2: for a quotation token in a sentence, try the
// patterns from the most to the least reliable ('"Q," S said' / '"Q," said S' / '"Q" — S' right
// after the quote, then 'S said: "Q"' before it, then any cue further on) and return the speaker
// mention of the first that fits.
import {
  accordingTo,
  AGO_UNITS,
  bylineAfter,
  AUXILIARIES,
  cueAt,
  DETERMINERS,
  firstPerson,
  isMannerAdverb,
  joinTokens,
  NP_PREPOSITIONS,
  OBJECT_PRONOUNS,
  ORG_NOUNS,
  RELATIONS,
  ROLE_WORDS,
  speakingHead,
  subjectAfter,
  subjectBefore,
  timeAdverbialEnd,
  timeAdverbialStart,
  type RawMention,
} from './speaker-mentions';
import { isForename } from './forenames';
import { NOT_SPEAKERS } from './unmarked-speech';
import {
  BE_FORMS,
  FINITE_BE,
  HAVE_FORMS,
  PERSONAL_SUBJECTS,
  SUBORDINATING,
  isParticipleCue,
  verbSet,
  wordSet,
  DOCUMENT_NOUNS as CITED,
} from './speech-verbs';
import { indexAt, isCapitalized, isWord, type Token } from './tokens';
import { isLowerCasePoint, isSmallWordEnding, isUpperCasePoint } from './chars';

/** Tokens between a quote and the cue after it ('"Q," the former attorney general said'). */
const AFTER_WINDOW = 9;
/** How far (in tokens) a cue may stand from its quote; keeps sentences of many quotes linear. */
const REACH = 60;
/** Words that end the after-quote window: a new clause begins. */
const WINDOW_STOP = '.;!?';

/** What the sieve found for one quote: the speaker mention and the cue token it hangs on. */
export interface CueMatch {
  mention: RawMention;
  cue: number;
}

/** "as a diplomat put it, an “extreme makeover”", "As Ada Roe put it in a memo explaining the
 * deal, “…”": a comment clause on the wording gives the words after it to its subject, unless a
 * finite speech verb or another quote stands between. */
function asPutIt(tokens: Token[], qi: number): CueMatch | null {
  for (let k = qi - 1; k > 0 && k > qi - 30; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (t.cue === 2 && !isParticipleCue(t.text))) return null;
    if (/^puts?$/.test(t.lower) && tokens[k + 1]!.lower === 'it') {
      // "My driver put it best: “…”": a subject opening the sentence comments as "as" does.
      const m = subjectBefore(tokens, k, 0);
      return m && (m.start === tokens[0]!.start || tokens.slice(k > 9 ? k - 9 : 0, k).some((x) => x.lower === 'as'))
        ? { mention: m, cue: k }
        : null;
    }
  }
  return null;
}

/** The speaker of the quote token at `qi`, from its own sentence only; null when no pattern fits. */
export function speakerInSentence(tokens: Token[], qi: number, depth = 0): CueMatch | null {
  // 0. 'When a fan shouted, “Cruz!” Lund joked …': a quote framed by the cue of an opening
  // subordinate clause (cue, comma, quote closed by its own comma or mark) is that clause's.
  const opening = openingClauseQuote(tokens, qi);
  if (opening) return opening;
  // 1. Right after the quote.
  const q = tokens[qi]!;
  let j = qi + 1;
  while (tokens[j]?.text === ',') j++;
  // '“Q.” – Ada Roe': a dash signs a quote that stands alone or ends a sentence of its own; after a
  // fragment run into its sentence ('called him “the next Lincoln” – the Great Emancipator …')
  // the dash opens an apposition.
  // Asked in that order and without copying the tokens before the quote: per quote of a long
  // sentence, a copy made the sentence's analysis quadratic.
  const byline = bylineAfter(tokens, j);
  const alone = byline !== null && (CLOSED_BY_STOP.test(q.lower) || onlyQuotedWordsBefore(tokens, qi));
  if (byline && alone) return { mention: byline, cue: j };
  // "Even as Roe claimed that “…,” Lund said …": a quote closing an opening subordinate clause
  // is the content of that clause's cue; the main clause's cue after it is not its own.
  const closes = closesOpeningClause(tokens, qi);
  for (let k = j; !closes && k < tokens.length && k < j + AFTER_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || WINDOW_STOP.includes(t.text)) break;
    // Weak cues ("the notice reads", "he believes") count here, right after the quote, however
    // long the subject between ('"…," a message on the website reads'): the subject must fill
    // the gap (below).
    if (!cueAt(tokens, k, true)) continue;
    const m = subjectOf(tokens, k, j, depth);
    // Adjacency means the subject fills the gap: '"Q," he said', not '"Q," compared to 23% of votes'.
    // '"many voters" who think': a relative pronoun after a quote belongs to its words, not a speaker.
    if (m && invertedAfterFragment(tokens, qi, k, m)) break;
    if (m && describesQuote(tokens, j, k, m)) break;
    // '"Q," the Florida senator said': an article the subject phrase left out still fills the gap.
    const at = /^(the|a|an)$/.test(tokens[j]!.lower) ? j + 1 : j;
    // '"Q," the drummer, Ada Roe, laughs': so does the subject's own role in apposition before it
    // (the words from the gap's start to the comma before the name).
    if (
      m &&
      m.text.toLowerCase() !== 'who' &&
      (m.start <= tokens[at]!.start ||
        k === j ||
        m.role ===
          tokens
            .slice(j, indexAt(tokens, m.start) - 1)
            .map((t) => t.text)
            .join(' '))
    )
      return { mention: m, cue: k };
    break;
  }
  // 1b. '"Q," Okoye sings': a quote closed by a comma, ? or ! and then a name or pronoun with any
  // verb is attributed to that subject (CoreNLP's trigram sieve takes any verb here).
  if ((j > qi + 1 || CLOSED_BY.test(q.lower)) && !closes) {
    const found = subjectAndVerb(tokens, j, /,\W*$/.test(q.lower));
    if (found) return found;
    const v = tokens[j];
    // '"…" came the reply from the ministry': an inverted "came" gives the words to the person or
    // body after its "from"; a place there ('a cry from the benches') names nobody.
    const from = v?.lower === 'came' ? tokens.slice(j, j + 6).findIndex((t) => t.lower === 'from') : -1;
    const source = from > 0 ? subjectAfter(tokens, j + from + 1, tokens.length) : null;
    const head = source?.name.split(' ').pop()!.toLowerCase() ?? '';
    if (source && (source.kind === 'name' || ROLE_WORDS.has(head) || ORG_NOUNS.has(head)))
      return { mention: source, cue: j };
    // '"Q," remembered Roy Verley, a former spokesman.': any past-tense verb, then a name that
    // closes the clause.
    if (v && isSmallWordEnding(v.text, 3, 'ed')) {
      const inverted = subjectAfter(tokens, j + 1, tokens.length);
      if (inverted?.kind === 'name' && closesClause(tokens, inverted.end)) return { mention: inverted, cue: j };
    }
  }
  // 2. Before the quote: the nearest cue to its left. "Polls agree - Jane Roe: “…”": a label, a
  // dash and a name before the colon is a byline for the quote; a verb in the label is not its cue.
  const labelled = colonSpeaker(tokens, qi, true);
  if (labelled?.kind === 'name') return { mention: labelled, cue: qi - 1 };
  const comment = asPutIt(tokens, qi);
  if (comment) return comment;
  for (let k = qi - 1; k >= 0 && k >= qi - REACH; k--) {
    if (tokens[k]!.quote >= 0) {
      // 'called for a “fair deal” for “farmers”': a fragment a word or two after another, in
      // the same phrase, shares its speaker when the cue before that one names it.
      const m =
        depth < 2 && k > qi - 4 && tokens.slice(k + 1, qi).every((t) => isWord(t) && !t.cue)
          ? speakerInSentence(tokens, k, depth + 1)
          : null;
      if (m && m.cue < k) return m;
      continue;
    }
    const beside =
      k >= qi - 3 && tokens.slice(k + 1, qi).every((t) => t.text === ':' || t.text === ',' || t.lower === 'that');
    if (sourcePhrase(tokens, k)) {
      const m = subjectAfter(tokens, k + 2, qi);
      if (m) return { mention: m, cue: k };
    }
    // "the ministry agreed to pay a fee of “$5 million”": "agree" with "to" is consent to a deed or
    // a thing, not speech; its subject did not say the quoted words. Look further left for a cue.
    if (
      (!cueAt(tokens, k, beside) && !labels(tokens, k, qi)) ||
      (tokens[k + 1]?.lower === 'to' && /^agree/.test(tokens[k]!.lower))
    )
      continue;
    // "After Lund criticized him, Roe shot back, '…'": a cue inside an opening subordinate clause
    // is that clause's; the main clause's subject says the quote.
    const main = inOpeningClause(tokens, k, qi) && !asSource(tokens, k) ? sentenceSubject(tokens, qi) : null;
    if (main && main.start > tokens[k]!.end) return { mention: main, cue: indexAt(tokens, main.end) };
    // "Lund proposed a debate, but the Roe campaign rejected it as "…"": a later clause with a
    // subject of its own holds the quote; its subject, not the cue's, owns the words.
    const later = laterClauseSubject(tokens, k, qi);
    if (later) return { mention: later, cue: indexAt(tokens, later.end) };
    const m = subjectOf(tokens, k, 0, depth);
    if (m) return { mention: m, cue: k };
  }
  // 3. Further after the quote, past other clauses ('"Q" at a town hall in Nevada, Harlan said').
  for (let k = j; k < tokens.length && k < j + REACH; k++) {
    // 'Minister vows homes "by May"; survivors say …', '… hails "a win" but pollster warns …': a
    // later clause's cue does not reach back over its boundary to the quote.
    if (/^(;|but)$/.test(tokens[k]!.lower)) break;
    if (sourcePhrase(tokens, k)) {
      // "…,” according to a senior official who spoke on condition of anonymity": the relative
      // clause is no part of the source's name.
      let who = k + 3;
      while (who < tokens.length && tokens[who]!.lower !== 'who') who++;
      const m = subjectAfter(tokens, k + 2, who);
      if (m) return { mention: m, cue: k };
    }
    if (tokens[k]!.quote >= 0 || !cueAt(tokens, k, false)) continue;
    // '"Q" as personal terms are agreed': a passive participle's subject is what was said or
    // done, never who said the quote.
    if (tokens[k]!.lower.endsWith('ed') && BE_FORMS.has(tokens[k - 1]!.lower)) continue;
    const m = subjectOf(tokens, k, j, depth);
    // '"Q," while others disagreed': the subject of a subordinate clause speaks its own clause.
    const opener = m ? (tokens[indexAt(tokens, m.start) - 1]?.lower ?? '') : '';
    if (opener !== 'as' && SUBORDINATORS.has(opener)) break;
    if (m && describesQuote(tokens, j, k, m)) break;
    if (m && !invertedAfterFragment(tokens, qi, k, m)) return { mention: m, cue: k };
  }
  // 4. '"…," as a Treasury briefing put it' / 'as The Economist puts it, "…"' / 'as the Gazette
  // pointed out, "…"'.
  for (let k = Math.max(1, qi - REACH); k < tokens.length - 1 && k < qi + REACH; k++) {
    const next = tokens[k + 1]!.lower;
    const verb = tokens[k]!.lower;
    if (!(((verb === 'put' || verb === 'puts') && next === 'it') || (verb === 'pointed' && next === 'out'))) continue;
    let as = k - 1;
    // The source may carry a long appositive ("As Joan P. Whitfield, a labor lawyer and …, put it").
    // So may a title in it, its comma inside the marks ("…, author of “The Quiet Court,” put it").
    while (
      as > 0 &&
      as > k - 30 &&
      tokens[as]!.lower !== 'as' &&
      (tokens[as]!.quote < 0 || /,\W*$/.test(tokens[as]!.lower))
    )
      as--;
    if (tokens[as]!.lower !== 'as') continue;
    const m = subjectBefore(tokens, k, as + 1);
    // The phrase must fill the gap ("as a briefing put it"), a determiner aside.
    if (m && m.start <= tokens[Math.min(as + 2, k - 1)]!.start) return { mention: m, cue: k };
    // "As Ada Brennan, author of “The Quiet Court,” put it": a name right after "as", closed by
    // the comma of an appositive that the search before the verb could not read past.
    const named = subjectAfter(tokens, as + 1, k);
    if (named?.kind === 'name' && tokens[indexAt(tokens, named.end)]?.text === ',') return { mention: named, cue: k };
  }
  return null;
}

/** "according to X" or "in the words of X" at `k`: X, two tokens on, is the quote's source. */
function sourcePhrase(tokens: Token[], k: number): boolean {
  return (
    accordingTo(tokens, k) ||
    (tokens[k]!.lower === 'words' &&
      tokens[k + 1]?.lower === 'of' &&
      tokens[k - 2]?.lower === 'in' &&
      tokens[k - 1]!.lower === 'the')
  );
}

/** A name, a pronoun or a definite role at token `j` and a verb in -s or -ed (or an irregular
 * past) right after it: '"Q," Okoye sings', '"Q?" Hannity pressed'. CoreNLP's trigram sieve
 * takes any verb here; a speech verb is not needed. */
export function subjectAndVerb(tokens: Token[], j: number, comma = false): CueMatch | null {
  const m = firstPerson(tokens[j]) ?? subjectAfter(tokens, j, tokens.length);
  if (!m || !(m.kind === 'name' || m.kind === 'pronoun' || definiteRole(tokens, j, m)) || m.name === 'who') return null;
  let after = j;
  while (after < tokens.length && after < j + 12 && tokens[after]!.start < m.end) after++;
  const verb = tokens[after];
  if (
    verb &&
    (isSmallWordEnding(verb.text, 1, 's') ||
      isSmallWordEnding(verb.text, 1, 'ed') ||
      IRREGULAR_AFTER.has(verb.text) ||
      // '"…," Ward began.', '"…," she began, slowly.': a comma inside the marks runs the sentence
      // on into its tag, so one lower-case word that ends it (an adverb aside) is its verb.
      (comma && /^[a-z]+(, [a-z]+( [a-z]+)?)?[.!?]/.test(joinTokens(tokens.slice(after, after + 5))))) &&
    !/^(is|was|has|as|this|his|its|us|yes|less|across|towards?)$/.test(verb.lower)
  )
    return { mention: m, cue: after };
  return null;
}

/** A quote closed by a comma, ? or !, then its closing marks: one or two, perhaps spaced ('…,' "'). */
const CLOSED_BY = /[,?!](?:\s*\W){0,3}$/;
/** Irregular past tenses that go with a speaker after a quote ('"…," Lund went on', '"…," Roe
 * shot back'): the -ed test of pattern 1b misses them. */
const IRREGULAR_AFTER = wordSet('went shot spoke wrote');

/** Conjunctions that open a subordinate clause before the main one ("After …, Roe said"). */
export const SUBORDINATORS = wordSet(`${SUBORDINATING} until whereas`);

/** "While Roe calls it a “bold step,” Lund …": the quote closes an opening subordinate clause
 * (its comma inside the marks) after a cue of its own; what follows is the main clause. */
function closesOpeningClause(tokens: Token[], qi: number): boolean {
  const o = opener(tokens);
  if (o < 0 || qi > 25) return false;
  for (let c = o + 1; c < qi; c++) if (tokens[c]!.text === ',' || tokens[c]!.quote >= 0) return false;
  for (let c = o + 1; c < qi; c++) if (tokens[c]!.cue || labels(tokens, c, qi)) return true;
  return false;
}

/** Where the subordinator opening the sentence stands: first, or after "but", "and", "yet",
 * "so", "even" or "just" ("But even as Roe claimed …"); -1 when the sentence opens on none. */
export function opener(tokens: Token[]): number {
  const i = pastConjunctions(tokens, 0);
  return SUBORDINATORS.has(tokens[i]?.lower ?? '') ? i : -1;
}

/** The first word from `from` past up to two opening conjunctions or focus words ("But even",
 * "And just", "So"). */
export function pastConjunctions(tokens: Token[], from: number): number {
  let i = from;
  while (i < from + 2 && /^(?:but|and|yet|so|even|just)$/.test(tokens[i]?.lower ?? '')) i++;
  return i;
}

/** '“very flexible,” a nod to the front-runner acknowledging …': an indefinite phrase opening
 * right after the quote (at j) with a participle cue describes the quote; a speaker there takes
 * a finite verb ('“…,” a spokesman said'). */
function describesQuote(tokens: Token[], j: number, k: number, m: RawMention): boolean {
  return (
    m.kind === 'nominal' &&
    m.start === tokens[j]!.start &&
    /^(?:a|an)$/.test(tokens[j]!.lower) &&
    isParticipleCue(tokens[k]!.text) &&
    // Not past a verb the participle hangs on ('“…?” a reporter can be heard asking').
    tokens[k - 1]!.end === m.end
  );
}

/** 'When a fan shouted, “Cruz!” Lund joked': the speaker of a quote closed by a comma or mark
 * right after the cue of an opening subordinate clause with no comma of its own before it. */
function openingClauseQuote(tokens: Token[], qi: number): CueMatch | null {
  const o = opener(tokens);
  if (o < 0 || qi > 25 || !/[,?!]\W*$/.test(tokens[qi]!.lower)) return null;
  const c = /^[,:]$/.test(tokens[qi - 1]?.text ?? '') ? qi - 2 : qi - 1;
  if (c < o + 2 || !cueAt(tokens, c, true)) return null;
  for (let k = o + 1; k < c; k++) if (tokens[k]!.text === ',' || tokens[k]!.quote >= 0) return null;
  const m = subjectBefore(tokens, c, o + 1);
  return m && m.kind !== 'pronoun' ? { mention: m, cue: c } : null;
}

/** The cue at `k` stands in an opening subordinate clause that a comma closes before the quote. */
function inOpeningClause(tokens: Token[], k: number, qi: number): boolean {
  if (opener(tokens) < 0) return false;
  for (let c = k + 1; c < qi; c++) if (tokens[c]!.text === ',' || closedByComma(tokens[c]!)) return c + 1 < qi;
  return false;
}

/** A quote whose comma inside the marks may close a clause ("…, “a bold step,” Lund …"). */
export const closedByComma = (t: Token) => t.quote >= 0 && /,\W*$/.test(t.lower);

/** Verbs of saying that leave their object to "as" ("As Lund noted, …"), unlike "spoke". */
const AS_SOURCE_VERBS = wordSet('said says explained explains wrote writes noted notes told observed reported argued');

/** "As Lund explained in May, the taxes were postponed …": an opening "as" clause whose verb of
 * saying has no clause of its own after it names the source of the main clause, quote and all;
 * "As Lund said he would, Roe …" has one, and the main clause's subject speaks. */
function asSource(tokens: Token[], k: number): boolean {
  if (tokens[0]!.lower !== 'as' || !AS_SOURCE_VERBS.has(tokens[k]!.lower)) return false;
  // The "as" clause is short: read at most 40 words of it (a sentence of quotes stays linear).
  for (let c = k + 1; c < tokens.length && c <= k + 40 && tokens[c]!.text !== ','; c++)
    if (/^(?:he|she|they|it|we|i|that|if|whether)$/.test(tokens[c]!.lower)) return false;
  return true;
}

/** Speech verbs of headlines, capitalised there like every word ("Lund Says …", "… Lund Tells
 * Council"). */
const HEADLINE_CUES = wordSet('says said tells told warns warned writes wrote admits insists claims vows urges');

/** In a title-cased headline, the name before its first speech verb ("Ada Brennan Says Flood
 * Looks Like An 'Act Of Negligence'", "'The Ultimate Test,' Ada Brennan Tells Council"). */
export function headlineSpeaker(tokens: Token[]): CueMatch | null {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !isCapitalized(t) || !HEADLINE_CUES.has(t.lower)) continue;
    const m = subjectBefore(tokens, k, 0);
    return m?.kind === 'name' && !m.name.includes(' ' + t.text) ? { mention: m, cue: k } : null;
  }
  // "Ada Brennan Makes Case For 'Fair Play'": no speech verb, but a present-tense verb (-s) right
  // after the opening name of one or two words ends it; that name is the headline's subject.
  // A surname in -s after a given name ("Ada Reyes") is no verb.
  for (let k = 1; k <= 2 && isCapitalized(tokens[k]) && tokens[k]!.quote < 0; k++) {
    if (!/^(?:Is|\p{Lu}\p{Ll}*[^s'’]s)$/u.test(tokens[k]!.text) || isForename(tokens[k - 1]!.text)) continue;
    const m = subjectBefore(tokens, k, 0);
    // "Student Dies After …": a noun of people capitalised by the headline names nobody.
    const common =
      m && !m.name.includes(' ') && (PEOPLE.has(m.name.toLowerCase()) || ROLE_WORDS.has(m.name.toLowerCase()));
    return m?.kind === 'name' && !common && m.start === tokens[0]!.start ? { mention: m, cue: k } : null;
  }
  return null;
}

/** "the Republican nominee", "the crowd" right after a quote: a definite descriptor headed by a role
 * word or (after a quote opening the sentence) a noun of people. */
function definiteRole(tokens: Token[], j: number, m: RawMention): boolean {
  const head = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
  // A crowd after a quote that opens the sentence shouts it ('"No!" the crowd roared'); after one
  // run into a clause ('as Lund went on about "…," the crowd cheered'), it only reacts.
  const opens = j <= 2 && tokens[0]!.quote >= 0;
  return m.kind === 'nominal' && tokens[j]!.lower === 'the' && (ROLE_WORDS.has(head) || (opens && PEOPLE.has(head)));
}

/** Cue and subject swap places only after a quoted clause ('"Q," said X'): a word right after a
 * fragment run into the sentence ('head off "more radical" protest suggestions') with a noun after
 * it is no cue of that noun. */
function invertedAfterFragment(tokens: Token[], qi: number, k: number, m: RawMention): boolean {
  // A quote that opens the sentence is a clause, its comma left out ('"Q" said Ada Lund').
  if (qi === 0 && tokens[k]!.cue === 2) return false;
  return k === qi + 1 && m.start > tokens[k]!.start && !/[,?!.](?:\s*\W){0,3}$/.test(tokens[qi]!.lower);
}

/** Forms of "call" that put a label on something: 'Ames called it ''utter nonsense''',
 * 'the guild called Moreno a "hero"', 'what it called "a grave risk"'; "brand" and "dub" label
 * the same way ('after the opposition leader branded the budget "a con"'). */
const CALL = wordSet('call+ called calling brand+ branded branding');

/** "…, Roe calling it", "… and Ada Roe calling it": an absolute clause, a name its subject. */
function absolute(tokens: Token[], k: number): boolean {
  let c = k - 1;
  while (c > k - 4 && isCapitalized(tokens[c])) c--;
  return c < k - 1 && /^(,|and)$/.test(tokens[c]?.lower ?? '');
}

/** True when "call" at k labels something with the quote at qi: only its object (a few plain
 * words) stands between them. "A group called "Save Our Schools"" names a group, and says nothing. */
function labels(tokens: Token[], k: number, qi: number): boolean {
  if (
    qi - k > 6 ||
    !CALL.has(tokens[k]!.lower) ||
    (tokens[k]!.lower === 'calling' && !absolute(tokens, k)) ||
    tokens[k - 1]?.lower.endsWith('’s') ||
    tokens[k - 1]?.lower.endsWith("'s") ||
    // "swaps the goal for a call to keep warming "…"": after an article "call" is a noun.
    /^(a|the)$/.test(tokens[k - 1]?.lower ?? '')
  )
    return false;
  for (let c = k + 1; c < qi; c++) if (!isWord(tokens[c]) || tokens[c]!.cue === 2) return false;
  if (qi === k + 1 && /^(a|an)$/.test(tokens[k - 2]?.lower ?? '')) return false;
  return !namedThing(tokens, k, qi);
}

/** Words that may stand right before a "called" that labels: its subject's pronoun, an auxiliary
 * or an adverb ("what it called", "has called", "once called"), never a noun naming a thing. */
const BEFORE_LABELLING = wordSet(
  `${PERSONAL_SUBJECTS} you who which that ${HAVE_FORMS} having ${FINITE_BE} be been also once then already`,
);

/** "an inflation formula called the “chained CPI”", "the tax loophole called an “inversion”": a
 * noun phrase in the middle of the sentence (a determiner and one to three plain words) right
 * before "called", and nothing but an article before the quote, names the thing by the quoted
 * words; "called" is a participle there, and nobody labels anything. */
function namedThing(tokens: Token[], k: number, qi: number): boolean {
  if (qi > k + 2 || (qi === k + 2 && !/^(a|an|the)$/.test(tokens[k + 1]!.lower))) return false;
  const head = tokens[k - 1];
  if (!isWord(head) || isCapitalized(head) || BEFORE_LABELLING.has(head!.lower) || head!.lower.endsWith('ly'))
    return false;
  for (let d = k - 2; d >= 1 && d >= k - 4; d--) {
    const t = tokens[d]!;
    // "for what the company called “…”": a free relative's "what" before the phrase makes it
    // the subject of "called", who labels.
    if (/^(a|an|the)$/.test(t.lower)) return tokens[d - 1]?.lower !== 'what';
    if (!isWord(t) || isCapitalized(t) || BEFORE_LABELLING.has(t.lower)) return false;
  }
  return false;
}

/** The subject of the cue at k: before it, after it when inverted, through "quoted X as saying",
 * or, for a participle after a comma ('Mendes said, adding that'), the main clause's subject. */
export function subjectOf(tokens: Token[], k: number, floor: number, depth = 0): RawMention | null {
  const t = tokens[k]!;
  if (t.lower === 'saying' && tokens[k - 1]?.lower === 'as') {
    for (let c = k - 2; c >= floor && c >= k - 10; c--) {
      const w = tokens[c]!.lower;
      if (w !== 'quoted' && w !== 'cited') continue;
      const passive = /^(was|were|is|been|being)$/.test(tokens[c - 1]?.lower ?? '');
      return passive ? subjectBefore(tokens, c, floor) : subjectAfter(tokens, c + 1, k - 1);
    }
  }
  // "Lund was asked by moderator Ada Roe whether …": in the passive, the agent after "by" speaks;
  // without one the subject only heard the words ('“Not yet,” I was told').
  if (passiveAsked(tokens, k)) {
    const agent = tokens[k + 1]?.lower === 'by' ? subjectAfter(tokens, k + 2, tokens.length) : null;
    return agent && agent.kind !== 'pronoun' ? agent : null;
  }
  // '"wasteful" items added by the council': a participle in -ed with "by" right after its noun is
  // a passive; its agent did the saying, never the noun. ("he was denounced by X and declared …"
  // keeps a coordinated verb's subject.)
  const beforeVerb = tokens[k - 1]?.lower ?? 'be';
  if (
    tokens[k + 1]?.lower === 'by' &&
    t.lower.endsWith('ed') &&
    !/ly$|^being$/.test(beforeVerb) &&
    !BE_FORMS.has(beforeVerb) &&
    // An agent opens on a determiner or a name; "by first saying", "by hitting X" tell the means.
    (DETERMINERS.has(tokens[k + 2]?.lower ?? '') || isCapitalized(tokens[k + 2]))
  ) {
    const agent = subjectAfter(tokens, k + 2, tokens.length);
    if (agent && agent.kind !== 'pronoun') return agent;
  }
  if (isParticipleCue(t.text)) {
    let b = k - 1;
    for (;;) {
      // "…, recently telling", "…, alternately shouting": an adverb on the participle.
      while (b >= floor && (/^(also|then|later|only)$/.test(tokens[b]!.lower) || isMannerAdverb(tokens[b]!))) b--;
      // "released a statement Thursday night condemning …": the time belongs to the main verb.
      const time = timeAdverbialStart(tokens, b, floor);
      if (time > b || time <= floor) break;
      b = time - 1;
    }
    // "The league issued a statement saying …", "… put out a letter saying …": the document is
    // the object of the main verb; its author, the verb's subject, does the saying.
    // Its subject out of reach (before `floor`), the document still never says it: no speaker.
    const issuer = b >= floor ? documentIssuer(tokens, recipientStart(tokens, b, floor), floor) : undefined;
    if (issuer !== undefined) return issuer;
    // "gives an account of Lund telling …", "footage of Roe saying …": the one shown does the saying.
    const shown = b > floor ? depictedName(tokens, b, floor) : null;
    if (shown) return shown;
    // "The ad ends with a narrator saying …": after "with", the noun phrase before the participle
    // is its subject (an absolute clause), never a phrase running back over "with".
    const w = withBefore(tokens, b, floor);
    if (w >= 0) return subjectBefore(tokens, k, w + 1);
    // "marchers carrying signs saying …": a verb in -ing right before a thing with words on it
    // would be caught in its name; the sign's words are no one's speech.
    if (b > floor && WORDS_ON_THEM.has(tokens[b]!.lower) && /^\p{Ll}{3,}ing$/u.test(tokens[b - 1]!.text)) return null;
    const agent = b > floor && tokens[b]!.text !== ',' ? objectVerbSubject(tokens, k, floor) : null;
    if (agent) return agent;
    // After a comma, a quote, or a place it was said ("posted to Instagram asking", "took to
    // Facebook saying"), the participle hangs on the main clause.
    const afterPlace = b > floor && isCapitalized(tokens[b]) && /^(to|on|in)$/.test(tokens[b - 1]!.lower);
    if (b < floor || tokens[b]!.text === ',' || tokens[b]!.quote >= 0 || afterPlace) {
      if (depth > 2) return null;
      // "Ruiz conceded the point, even as she defended the plan, saying …": the participle hangs
      // on the clause right before it, whose subject pronoun does the saying, not on a main
      // clause further back.
      const clause =
        b > floor && tokens[b]!.text === ','
          ? (clauseSubjectPronoun(tokens, b + 1) ?? trailingClauseSubject(tokens, b, floor))
          : null;
      // Main clause earlier in the sentence: its cue's subject speaks here too.
      for (let c = b - 1; c >= 0 && c >= b - REACH; c--) {
        if (clause && tokens[c]!.end <= clause.start) return clause;
        if (tokens[c]!.quote >= 0) {
          const m = speakerInSentence(tokens, c, depth + 1);
          if (m) return m.mention;
          continue;
        }
        if (!cueAt(tokens, c, false) || isParticipleCue(tokens[c]!.text)) continue;
        const m = subjectOf(tokens, c, 0, depth + 1);
        if (m) return m;
      }
      // "Moreno weighed in on Facebook, saying …": no speech verb in the main clause, but its
      // subject still does the saying.
      return clause ?? (b > 0 ? sentenceSubject(tokens, b) : null);
    }
  }
  // "…, said the inspectors, who added …" / "…, said Dana Ruiz, a spokeswoman": after a comma, a
  // subject right after the cue that closes its clause is the speaker (inversion), not a noun
  // before the comma ("more prone to rust, dents and scratches, said …").
  if (k > floor && tokens[k - 1]!.text === ',' && INVERTING.has(t.lower)) {
    const inverted = subjectAfter(tokens, k + 1, tokens.length);
    if (
      inverted &&
      (inverted.kind === 'name' || (inverted.kind === 'nominal' && inverted.text.split(' ').length <= 4)) &&
      closesClause(tokens, inverted.end)
    )
      return inverted;
  }
  // "The email goes on to say:", "Lund went on to call …": an infinitive cue's subject is the
  // subject of the verb it hangs on (not after a verb of refusing: "declined to say").
  if (tokens[k - 1]?.lower === 'to' && k - 2 >= floor) {
    // "The delay prompted Ada Roe to say …", "… leading aides to counter that …": after a verb of
    // causing, its object says the words, not whatever caused them.
    const object = subjectBefore(tokens, k - 1, floor);
    const o = object ? indexAt(tokens, object.start) : 0;
    if (o > floor && CAUSING.has(tokens[o - 1]!.lower)) return object;
    // Back over the verb the infinitive hangs on and its particles ("goes on", "was prompted").
    let c = k - 1;
    while (c - 1 > floor && c > k - 5 && bridges(tokens[c - 1]!)) c--;
    if (c < k - 1 && !REFUSING.has(tokens[k - 2]!.lower)) {
      const m = subjectBefore(tokens, c, floor);
      if (m && !(m.kind === 'pronoun' && m.name === 'who')) return m;
    }
    // "The court heard that Ada Roe phoned the manager in May to say that …": after a verb of
    // getting in touch and its object, the infinitive is that verb's subject's purpose, not the
    // sentence's subject's words (which named "court").
    for (c = k - 3; c > floor && c > k - 16 && tokens[c]!.lower !== 'that'; c--)
      if (/^(e-?mail|phon|call|text)ed$/.test(tokens[c]!.lower)) return subjectBefore(tokens, c, floor);
  }
  const before = subjectBefore(tokens, k, floor);
  // '“…,” is one common saying here', '“…,” goes an old saying': after a quote and "is", "was" or
  // "goes", a phrase up to a form in -ing is the quote's predicate, its "saying" a noun.
  const c = before ? indexAt(tokens, before.start) - 1 : 0;
  if (c > 0 && isParticipleCue(t.text) && /^(?:is|was|goes)$/.test(tokens[c]!.lower) && tokens[c - 1]!.quote >= 0)
    return null;
  // A bare "who" right before the cue is a restrictive relative clause ("anyone who grumbles
  // about a ticket", "a plumber who said he was underpaid"): it describes someone the
  // sentence is about, not the one speaking. (After a comma, subjectBefore has already put the
  // name it stands for in its place.)
  if (before?.kind === 'pronoun' && before.name === 'who') return nameBeforeWho(tokens, before, floor);
  if (before)
    return (
      pollShare(tokens, before) ??
      (before.kind === 'pronoun' ? null : relativeHead(tokens, indexAt(tokens, before.start), floor)) ??
      before
    );
  // '"…," a source who asked not to be named said': a clause ending in no noun before the cue
  // ends a restrictive relative clause on the subject all the same; after an auxiliary, "and" or
  // a preposition, or in -ing, the cue is that clause's own verb ("who has met him and been
  // mentioned", "who say he should condemn", "who began by declaring").
  const last = tokens[k - 1]?.lower ?? '';
  // "superdelegates who have not yet announced": only auxiliaries and adverbs back to "who" make
  // the cue the clause's own verb.
  let v = k - 1;
  while (
    v > floor &&
    (AUXILIARIES.has(tokens[v]!.lower) || /ly$|^(?:yet|also|just|already|still)$/.test(tokens[v]!.lower))
  )
    v--;
  const head =
    tokens[v]?.lower === 'who' ||
    /^(?:and|or|by)$/.test(last) ||
    AUXILIARIES.has(last) ||
    NP_PREPOSITIONS.has(last) ||
    isParticipleCue(t.text)
      ? null
      : relativeHead(tokens, k, floor);
  if (head) return head;
  const prev = tokens[k - 1];
  const appositive = appositiveQuoteSubject(tokens, k);
  if (appositive) return appositive;
  if (k === floor || !prev || prev.quote >= 0 || k === 0) return subjectAfter(tokens, k + 1, tokens.length);
  if (prev.text !== ',') return null;
  // "the boy, then 16, told the chatbot that …": after "told" the phrase is its hearer, never the
  // speaker; with the subject out of reach, none is read.
  if (/^(tells?|told)$/.test(t.lower)) return openingName(tokens, k, floor);
  // "Ken Roe, a former aide who …, said the plan …": after a comma the phrase right after the
  // cue is the inverted speaker only when its clause ends with it ("…, said Dana Ruiz, a
  // spokeswoman"); one that runs on into a verb or a quotation is the subject of what was said,
  // and the speaker is the name that opens the sentence before a long appositive.
  const after = subjectAfter(tokens, k + 1, tokens.length);
  if (after && runsOn(tokens, after.end)) return openingName(tokens, k, floor);
  // "Rhea Lund, the author of “Going Long,” about …, said the days when …": a description after
  // the cue that neither ends its clause nor is a name begins what was said; a name opening the
  // sentence before the appositive is the speaker.
  if (after?.kind === 'nominal' && !closesClause(tokens, after.end)) return openingName(tokens, k, floor) ?? after;
  return after;
}

/** "In a survey released Monday, 40 percent of boaters said …": a share of those asked, the
 * subject right after an opening "In" phrase with a poll, speaks through that poll. */
function pollShare(tokens: Token[], m: RawMention): RawMention | null {
  const c = commaAhead(tokens, 1, 20);
  return c > 0 &&
    tokens[0]!.lower === 'in' &&
    tokens.slice(1, c).some((t) => CITED.has(t.lower)) &&
    tokens.slice(c, indexAt(tokens, m.end)).some((t) => /^(percent|majority|most|half)$|%/.test(t.lower))
    ? subjectAfter(tokens, 1, c)
    : null;
}

/** "a post from Ada Lund who wrote …": a person's name rarely takes a restrictive relative clause,
 * so "who" right after one (its comma missing) stands for it; the mention stays "who". */
function nameBeforeWho(tokens: Token[], who: RawMention, floor: number): RawMention | null {
  const w = indexAt(tokens, who.start);
  if (w - 1 <= floor || !isCapitalized(tokens[w - 1])) return null;
  const ante = subjectBefore(tokens, w, floor);
  if (ante?.kind !== 'name' || ante.end !== tokens[w - 1]!.end) return null;
  return { ...ante, start: who.start, end: who.end, text: who.text };
}

/** "Mr. Baker, citing “the charm of Ortega,” said …", "Lund, who called it “a mess,” told …": a
 * quotation closed by a comma right before the cue ends an appositive on the name that opens the
 * sentence; that name is the cue's subject, and the quotation its words. */
function appositiveQuoteSubject(tokens: Token[], k: number): RawMention | null {
  const prev = tokens[k - 1];
  if (!prev || !closedByComma(prev)) return null;
  const m = sentenceSubject(tokens, k);
  if (m?.kind !== 'name') return null;
  const after = indexAt(tokens, m.end);
  return tokens[after]?.text === ',' && after < k - 2 ? m : null;
}

/** Nouns of a record that shows someone speaking ("an account of Lund telling …"). */
const DEPICTIONS = wordSet('account+ story+ video+ footage clip+ recording+ tape+ image+ photo+ picture+ memory+');

/** "an account of Lund telling", "footage of Mr. Roe saying": a name ending at `b` after "of"
 * and a noun of a record; that name, the subject of the participle after it. */
function depictedName(tokens: Token[], b: number, floor: number): RawMention | null {
  let o = b;
  while (o > floor && o > b - 5 && isCapitalized(tokens[o])) o--;
  if (o === b || tokens[o]!.lower !== 'of' || !DEPICTIONS.has(tokens[o - 1]?.lower ?? '')) return null;
  const name = subjectAfter(tokens, o + 1, b + 1);
  return name?.kind === 'name' && name.end === tokens[b]!.end ? name : null;
}

/** Where "with" stands a few words before `b` (the last word before a participle cue), with
 * only words between; -1 when it does not. */
function withBefore(tokens: Token[], b: number, floor: number): number {
  for (let c = b; c > floor && c > b - 5; c--) {
    if (!isWord(tokens[c])) return -1;
    if (tokens[c]!.lower === 'with') return c < b ? c : -1;
  }
  return -1;
}

/** Particles between a verb and its object ("started out the debate", "held up signs"). */
const PARTICLES = wordSet('out up off on down');
/** Irregular past tenses that take an object a participle cue may follow ("began the forum saying"). */
const IRREGULAR_TRANSITIVE = wordSet('began gave made held put ran sent took wrote kept left brought');

/** "Baker started out the forum saying …", "marchers carrying signs saying …": for a participle
 * cue right after a noun phrase that is the object of a verb, the verb's subject does the saying,
 * not the object (a thing or an event). An object that can speak ("shows a man saying", "thanked
 * the voters saying") is left to the plain search. */
function objectVerbSubject(tokens: Token[], k: number, floor: number): RawMention | null {
  const object = subjectBefore(tokens, k, floor);
  if (!object || !mute(object) || object.end !== tokens[k - 1]!.end) return null;
  let v = indexAt(tokens, object.start) - 1;
  if (PARTICLES.has(tokens[v]?.lower ?? '') && v > floor) v--;
  const verb = tokens[v];
  if (!verb || v <= floor || isCapitalized(verb) || !isWord(verb) || verb.cue > 0) return null;
  // "prompted the tabloid to do a cover saying": an infinitive's subject is the object before "to".
  const to = tokens[v - 1]?.lower === 'to';
  if (!(to || /^\p{Ll}{3,}(?:ed|ing)$/u.test(verb.text) || IRREGULAR_TRANSITIVE.has(verb.lower))) return null;
  const asked = to ? subjectBefore(tokens, v - 1, floor) : null;
  const w = asked ? tokens[indexAt(tokens, asked.start) - 1] : undefined;
  if (asked && w && (w.lower.endsWith('ed') || IRREGULAR_TRANSITIVE.has(w.lower))) return asked;
  const subject = to || verb.lower.endsWith('ing') ? null : subjectBefore(tokens, v, floor);
  return subject ?? sentenceSubject(tokens, v);
}

/** A noun phrase whose head names no one who speaks or has words on it (an event, a thing, a
 * document: "talks", "prices", "a report"), as a person, a body or a sign does; so does a
 * capitalised plural before a preposition, a noun opening the sentence ("Talks at the summit"). */
export function mute(m: RawMention): boolean {
  const head = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
  return (
    (m.kind === 'nominal' || /^[A-Z]\w+s (at|in|on|over) /.test(m.text)) &&
    !(speakingHead(head) || PEOPLE.has(head) || WORDS_ON_THEM.has(head))
  );
}

/** Plain nouns of people who may be quoted through a participle after them ("a man saying"). */
const PEOPLE = wordSet(
  'man men woman women people person voter+ resident+ protester+ crowd+ audience child children student+ worker+ fan+ member+',
);

/** Things that carry words of their own: "held up a sign saying …" quotes the sign. */
const WORDS_ON_THEM = wordSet('sign+ banner+ placard+ poster+ shirt+');

/** Longest restrictive relative clause between a subject and its cue, in tokens: a wire's
 * anonymity clause runs long ("who spoke on condition of anonymity because he was not authorized
 * to brief the media" is 13). */
const RELATIVE_MAX = 20;

/** "A county official who spoke anonymously to discuss internal planning said": the phrase right
 * before the cue ends a restrictive relative clause (no commas) on the cue's real subject, the
 * phrase before "who"; null when the words before token `at` end no such clause. */
function relativeHead(tokens: Token[], at: number, floor: number): RawMention | null {
  for (let w = at - 1; w > floor && w >= at - RELATIVE_MAX; w--) {
    const t = tokens[w]!;
    // "A nurse who asked not to be named …", "a man who said he …": a cue right after "who" is
    // the relative clause's own verb, so the walk goes on to "who".
    // "… gathered steam as a number of writers suggested": a subordinator opens a clause of its
    // own, so the subject after it ends no relative clause, and a walk past it would reach a
    // "who" in the main clause before.
    if (
      t.quote >= 0 ||
      ',.;:!?()'.includes(t.text) ||
      TRAILING.has(t.lower) ||
      (t.cue === 2 && tokens[w - 1]?.lower !== 'who')
    )
      return null;
    // "A source speaking to the Ledger said", "a letter obtained by the Ledger warns": a reduced
    // relative clause; the one spoken to or the one who obtained it is not the subject.
    const reduced = /^(?:to|with)$/.test(t.lower)
      ? /^(?:speaking|talking)$/
      : t.lower === 'by'
        ? /^(?:obtained|seen|reviewed)$/
        : null;
    if (reduced?.test(tokens[w - 1]?.lower ?? '')) w--;
    else if (t.lower !== 'who') continue;
    const head = subjectBefore(tokens, w, floor);
    return head && head.kind !== 'pronoun' && head.end <= t.start ? head : null;
  }
  return null;
}

/** Cues whose passive names the one who spoke after "by" ("was asked by", "was pressed by"). */
const ASKED_BY = wordSet('asked pressed questioned told described');

/** One of those cues at `k` in the passive ("was asked", "been told"), or a headline's "told" with
 * its "was" dropped. */
function passiveAsked(tokens: Token[], k: number): boolean {
  const t = tokens[k]!.lower;
  return (
    ASKED_BY.has(t) && (/^(was|were|is|are|been|being)$/.test(tokens[k - 1]?.lower ?? '') || toldInHeadline(tokens, k))
  );
}

/** A headline's passive "told" with its "was" or "were" dropped: before "to" ("Staff told to
 * expect cuts": an active "told" takes its hearer first), or after a body that hears evidence
 * opening the sentence with no article ("Inquest told …", "Royal commission told nurses …"; "The
 * court told him" is active). What follows is what the subject heard, nobody's words to it. */
export function toldInHeadline(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'told') return false;
  if (tokens[k + 1]?.lower === 'to') return true;
  // Or after a comma, ending the headline ("Ferry was overloaded, inquiry told").
  if (tokens[k - 2]?.text === ',' && !tokens[k + 1] && HEARING.has(tokens[k - 1]!.lower)) return true;
  return (
    k < 3 &&
    HEARING.has(tokens[k - 1]?.lower ?? '') &&
    tokens.slice(0, k - 1).every((w) => isCapitalized(w) && !/^(the|an?)$/.test(w.lower))
  );
}

/** Bodies that hear evidence. */
const HEARING = wordSet('court inquiry inquest tribunal hearing jury commission');

/** "Lund was described (by …) as “…”", "Roe was told “…”": a passive cue of these shortly before
 * the quote; its subject heard or was given the words, so never says them. */
export function passiveBefore(tokens: Token[], qi: number): boolean {
  for (let d = qi - 1; d > 0 && d >= qi - 8; d--) {
    const t = tokens[d]!;
    if (t.quote >= 0 || /^[.;!?]$/.test(t.text)) return false;
    if (passiveAsked(tokens, d)) return true;
  }
  return false;
}

/** Lower-case words after a noun phrase that do not start its verb: it may still be inverted. */
const NOT_A_VERB = wordSet(
  'of for with at from in on to near during after before while when as who which and or but than about by last this next early late',
);

/** The clause goes on after the noun phrase ending at `end`: a quotation, a lower-case word
 * that is not a preposition or conjunction (its verb: "… said Obama understood …"), or an "as"
 * before any comma: the phrase is the object a verb frames as something ("Brown, who …,
 * described the DLC during an interview as “…”"), never the speaker. */
function runsOn(tokens: Token[], end: number): boolean {
  const i = indexAt(tokens, end);
  const next = tokens[i];
  if (!next) return false;
  return (
    next.quote >= 0 ||
    (isLowerCasePoint(next.text.codePointAt(0)) && !NOT_A_VERB.has(next.lower)) ||
    tokens.slice(i, i + 6).find((t) => /^(as|,)$/.test(t.lower))?.lower === 'as'
  );
}

/** The subject that opens the sentence (or the clause at `floor`) before the cue at `k`, with an appositive after it
 * ("Ken Roe, the author of “Going Viral,” about …, said"): the main clause's subject, else a
 * name closed by a comma right at the start. */
function openingName(tokens: Token[], k: number, floor: number): RawMention | null {
  const main = floor === 0 ? sentenceSubject(tokens, k) : null;
  if (main && main.end <= tokens[k]!.start) return main;
  const first = subjectAfter(tokens, floor, k);
  if (first?.kind !== 'name') return null;
  const next = tokens[indexAt(tokens, first.end)];
  return next?.text === ',' ? first : null;
}

/** Verbs and particles an infinitive cue hangs on ("goes on to say", "was prompted to say",
 * "decided to tell", "are more likely to say"): any lower-case -ed or -ly form, or these. */
const INFINITIVE_BRIDGES = wordSet(
  `go goes went going on ${FINITE_BE} be been ${HAVE_FORMS} continue+ proceeds proceeded decide+ seem+ appear+ try+ want+ later also then more less`,
);

function bridges(t: Token): boolean {
  return (
    !isCapitalized(t) &&
    (INFINITIVE_BRIDGES.has(t.lower) || isSmallWordEnding(t.text, 3, 'ed') || isSmallWordEnding(t.text, 3, 'ly'))
  );
}

/** Verbs that cause their object to do what the infinitive after it says ("prompted Roe to say"). */
const CAUSING = verbSet('prompt force cause inspire provoke', 'led leads leading spurred compelled');

/** Verbs whose infinitive says nobody spoke ("declined to say", "refused to comment"). */
const REFUSING = verbSet('decline refuse', 'failed fails');

/** Things an author issues, shared with reported-speech's ISSUED. */
export const ISSUED_THINGS =
  'statement statements letter release tweet tweets post posts memo email message note video';
/** Things an author issues that then "say" something: their author speaks through them. */
const DOCUMENT_NOUNS = wordSet(`${ISSUED_THINGS} article`);
/** Verbs of issuing that are not regular -ed forms. */
const ISSUED = wordSet('put sent wrote gave made');

/** Back past a recipient after a document noun ending at `b` ("sent a text message to
 * volunteers saying", "issued a statement to reporters saying"): the word before "to". The
 * recipient is who heard it, never who said it. */
function recipientStart(tokens: Token[], b: number, floor: number): number {
  for (let j = b; j > floor && j >= b - 4; j--) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.text === ',') return b;
    if (t.lower === 'to') return DOCUMENT_NOUNS.has(tokens[j - 1]!.lower) ? j - 1 : b;
  }
  return b;
}

/** When the word at `b` is a document noun that is the object of a verb of issuing ("issued a
 * statement", "put out a short letter"), the subject of that verb, or null when there is none in
 * reach (the document never speaks); otherwise undefined. */
function documentIssuer(tokens: Token[], b: number, floor: number): RawMention | null | undefined {
  if (!DOCUMENT_NOUNS.has(tokens[b]!.lower)) return;
  let d = b - 1;
  while (d >= floor && d > b - 4 && !DETERMINERS.has(tokens[d]!.lower)) d--;
  if (d < floor || !DETERMINERS.has(tokens[d]!.lower)) return;
  let v = d - 1;
  if (tokens[v]?.lower === 'out') v--;
  const verb = tokens[v];
  if (
    !verb ||
    v < floor ||
    isCapitalized(verb) ||
    !(ISSUED.has(verb.lower) || (verb.lower.length > 4 && verb.lower.endsWith('ed')))
  )
    return;
  const m = subjectBefore(tokens, v, floor);
  // A document issuing a document ("the memo released a statement") names no author.
  return m && !(m.kind === 'nominal' && DOCUMENT_NOUNS.has(m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase()))
    ? m
    : null;
}

/** Speech verbs news puts before their subject ("…, said the inspectors"); verbs with an object
 * ("…, told the Huffington Post") are left out. */
const INVERTING = wordSet(
  'said says add added adds explained explains wrote writes noted notes stated states recalled recalls continued argued argues insisted declared',
);

/** A lower-case role noun ("aide", "doctor") or a body's head ("campaign"): after a possessive
 * it names someone other than the owner. (A relation, "Lund’s family", speaks for the owner.) */
function personAfterPossessive(t: Token): boolean {
  if (!isWord(t) || isCapitalized(t)) return false;
  // A person noun too ("Roe’s right-hand woman").
  return (
    /^(?:wo)?man$/.test(t.lower) || (speakingHead(t.lower) && (ROLE_WORDS.has(t.lower) || !RELATIONS.has(t.lower)))
  );
}

/** True when the clause ends at offset `end`: the sentence ends, or a comma, a bracket or a
 * relative pronoun follows ("said Rita Okonjo, who lives …"). */
function closesClause(tokens: Token[], end: number): boolean {
  const next = tokens[indexAt(tokens, end)];
  // A quotation token's text is empty (and '' is in every string): a quotation right after the
  // phrase ("…, said Lund “was involved”") is what its clause says, so the clause runs on.
  if (next?.text === ',' && appositiveThenVerb(tokens, indexAt(tokens, end) + 1)) return false;
  return !next || (next.quote < 0 && '.,;:!?)'.includes(next.text)) || next.lower === 'who';
}

/** "…said the family's insurer, Cascade Mutual, had paid": a name set off by commas and then a
 * finite verb (an auxiliary or an -ed form) means the phrase before it is the subject of a
 * clause that goes on, not an inverted speaker. */
function appositiveThenVerb(tokens: Token[], i: number): boolean {
  const m = subjectAfter(tokens, i, tokens.length);
  const j = m?.kind === 'name' ? indexAt(tokens, m.end) : -1;
  const v = tokens[j + 1];
  return (
    tokens[j]?.text === ',' &&
    !!v &&
    !isCapitalized(v) &&
    (AUXILIARIES.has(v.lower) || isSmallWordEnding(v.text, 3, 'ed'))
  );
}

/** "Citing a shortage of staff …," / "Speaking at a fundraiser …,": a capitalised -ing word with its
 * object or preposition after it opens a participle clause, not a name ("Manning said"). */
function participleOpener(tokens: Token[]): boolean {
  const first = tokens[0];
  const next = tokens[1];
  if (first === undefined || next === undefined || !isCapitalized(first)) return false;
  // "Asked about the vote, …", "Pressed on the deal, …": a past participle opens it too.
  if (first.lower.length > 4 && first.lower.endsWith('ed') && PARTICIPLE_OBJECTS.has(next.lower)) return true;
  return (
    first.lower.length > 5 &&
    first.lower.endsWith('ing') &&
    (DETERMINERS.has(next.lower) || NP_PREPOSITIONS.has(next.lower))
  );
}

/** Words after a past participle that make it open a clause ("Asked whether …", "Pressed on …"). */
const PARTICIPLE_OBJECTS = wordSet('about on by for if whether why how what when at in which who where');

/** The name that speaks in the sentence's main clause: the subject of its first speech verb,
 * when that is a name ("Moreno says she welcomed …", "Ortega said she remembered …"). A "he" or
 * "she" later in such a sentence is that person far more often than anyone named before. */
function speakingName(tokens: Token[]): RawMention | null {
  for (let k = 0; k < tokens.length && k < 25; k++) {
    if (tokens[k]!.quote >= 0) {
      // "Fallon fired back: '…,' he wrote": no speech verb before the first quote, but a name
      // that opens the sentence and runs into it is who speaks.
      const m = k > 0 ? sentenceSubject(tokens, k) : null;
      return m?.kind === 'name' ? { ...m, bySubjectOnly: true } : null;
    }
    if (tokens[k]!.cue !== 2 || !cueAt(tokens, k, false)) continue;
    const m = subjectOf(tokens, k, 0);
    return m?.kind === 'name' ? m : null;
  }
  return null;
}

/** With the sentence's speaking name as the antecedent of a "he"/"she" mention after it. */
export function withAntecedent(mention: RawMention | null, tokens: Token[]): RawMention | null {
  if (!mention || mention.kind !== 'pronoun' || (mention.name !== 'he' && mention.name !== 'she')) return mention;
  const name = speakingName(tokens);
  return name && name.end <= mention.start ? { ...mention, antecedent: name } : mention;
}

/** Index of the first comma among tokens `from` to `last` (inclusive) before any quote, or -1:
 * where an opening clause or an appositive ends. */
function commaAhead(tokens: Token[], from: number, last: number): number {
  for (let c = from; c <= last && c < tokens.length; c++) {
    if (tokens[c]!.text === ',') return c;
    if (tokens[c]!.quote >= 0) return -1;
  }
  return -1;
}

/** Where an appositive after a name ends: its closing comma, or a quoted title that closes with
 * the comma inside its marks ("Rhea Lund, the author of “Going Long,” said"); -1 when another
 * quotation comes first. */
function appositiveEnd(tokens: Token[], from: number, last: number): number {
  for (let c = from; c <= last && c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.text === ',') return c;
    if (t.quote >= 0) return c < last && /,\W*$/.test(t.lower) && !CLOSED_BY_STOP.test(t.lower) ? c : -1;
  }
  return -1;
}

/** A quotation ending in a full stop, question or exclamation mark ends a sentence of its own. */
const CLOSED_BY_STOP = /[.?!]\W*$/;

/** Sentence openers skipped before looking for the subject ("But", "In July,"). */
const OPENERS = wordSet(
  'but and so yet still then now also however meanwhile instead later earlier last on in at during after before with without while when since as for following amid despite here ' +
    'given once ever because although though until unless if whether unlike like upon among throughout within beyond back inside outside',
);
/** Words that close an opening phrase of time ("Hours later,", "Two years ago,"). */
const TIME_CLOSERS = wordSet('later ago earlier before after morning afternoon evening night');

/** An opening adverbial the subject search skips up to its comma: a listed opener ("But", "In
 * July", "Given his record"), a participle clause ("Citing a poll"), an adverb in -ly
 * ("Immediately after the attacks", "Hastily"), or a phrase of time ("Hours later", "Eight years
 * ago"). */
function opensWithAdverbial(tokens: Token[]): boolean {
  const first = tokens[0];
  if (!first) return false;
  if (OPENERS.has(first.lower) || participleOpener(tokens)) return true;
  if (!isCapitalized(first)) return false;
  // "Ten minutes after the vote closed, …": a span of time before "after" or "before" opens a
  // clause of time, however long; its number is no subject.
  if (AGO_UNITS.has(tokens[1]?.lower ?? '') && TIME_CLOSERS.has(tokens[2]?.lower ?? '')) return true;
  const comma = commaAhead(tokens, 1, 8);
  if (first.lower.length > 5 && first.lower.endsWith('ly') && (comma >= 0 || !isCapitalized(tokens[1]))) return true;
  // Not after a verb in -ed: "Lund escalated his attacks Saturday morning, saying …" closes a main clause.
  return (
    comma > 0 &&
    TIME_CLOSERS.has(tokens[comma - 1]!.lower) &&
    !isCapitalized(tokens[comma - 1]) &&
    !tokens.slice(1, comma).some((t) => isSmallWordEnding(t.text, 3, 'ed'))
  );
}

/** Past the rest of an opening adverbial that its first comma did not end: the region of a place
 * ("At a rally in Ames, Iowa, Lund …": a capitalised word or two closed by a comma, after a
 * capitalised word, with a subject or another opener after it) and a further phrase of time or
 * place ("…, on Sunday, Lund …"). */
function pastPlaceAndTime(tokens: Token[], i: number, qi: number): number {
  for (let hops = 0; hops < 2 && i < qi; hops++) {
    const t = tokens[i];
    const comma = commaAhead(tokens, i, Math.min(qi - 1, i + 7));
    if (!t || comma < 0) break;
    const region =
      isCapitalized(t) &&
      isCapitalized(tokens[i - 2]) &&
      comma - i <= 2 &&
      tokens.slice(i, comma).every((x) => isCapitalized(x)) &&
      (isCapitalized(tokens[comma + 1]) || OPENERS.has(tokens[comma + 1]?.lower ?? ''));
    const phrase = !isCapitalized(t) && OPENERS.has(t.lower) && /^(on|in|at|during|after|before)$/.test(t.lower);
    if (!region && !phrase) break;
    i = comma + 1;
  }
  return i;
}

/** Prepositions and particles after which a name before a colon is an object, not who speaks
 * ("Lund wrote about Ortega:"). */
const OBJECT_MARKERS = wordSet(
  'about to at on with against for from of by into over toward+ than like tell tells told telling in',
);

/** Who a colon right before the quote token at `qi` (or ending the sentence, `qi` = the token
 * count) introduces, when the sentence has no speech verb: "Here’s Lund in 2019:" presents Lund;
 * "The result did not surprise pollster Dan Shaw:" ends in the name that goes on speaking; so does
 * a newsletter's "More from Dan Shaw:", more of his words.
 * `afterDash`: only a name after a dash ("Polls were early - Jane Roe:"), which beats the
 * sentence's subject. */
export function colonSpeaker(tokens: Token[], qi: number, afterDash = false): RawMention | null {
  const colon = qi - 1;
  if (tokens[colon]?.text !== ':') return null;
  // "Here’s Lund …:", "Here is Lund …:": the name presented speaks.
  const first = tokens[0];
  if (afterDash) {
    // "Polls were early - Jane Roe:": a label, a dash, and the name the quote is by.
    let k = colon;
    while (k > 0 && isCapitalized(tokens[k - 1])) k--;
    return k < colon && k > 0 && /^[-—–]$/.test(tokens[k - 1]!.text) ? subjectAfter(tokens, k, colon) : null;
  }
  if (first && /^here[’']s$/.test(first.lower)) return subjectAfter(tokens, 1, colon);
  if (first?.lower === 'here' && /^(?:is|are)$/.test(tokens[1]?.lower ?? '')) return subjectAfter(tokens, 2, colon);
  // The name and the title words right before the colon ("pollster Dan Shaw"), no more.
  let k = colon;
  while (k > 0 && (isCapitalized(tokens[k - 1]) || ROLE_WORDS.has(tokens[k - 1]!.lower))) k--;
  if (labelsText(tokens.slice(k, colon))) return null;
  const m = k < colon ? subjectAfter(tokens, k, colon) : null;
  if (m?.kind !== 'name' || m.end !== tokens[colon - 1]!.end) return null;
  const before = tokens[k - 1];
  // "More from Ada Roe:": "from" after "more" names whose further words follow, not an object.
  return !before ||
    !(OBJECT_MARKERS.has(before.lower) || before.quote >= 0) ||
    (before.lower === 'from' && tokens[k - 2]?.lower === 'more')
    ? m
    : null;
}

/** "‘It nearly broke me’: Ann Roe on her film", "‘I’m not done’: Ann Roe": a quote opening its
 * sentence (a heading's style), a colon and a name that ends the sentence or goes on with "on",
 * "about" or a dash: the name speaks the quote. So does the one an interview is with ("‘…’: a
 * conversation with Ann Roe", "‘…’: an interview with the novelist Ann Roe"). */
export function quoteThenName(tokens: Token[], qi: number): RawMention | null {
  if (qi !== 0 || tokens[1]?.text !== ':') return null;
  let from = 2;
  if (/^(?:a|an|in|our)$/.test(tokens[2]?.lower ?? '') && INTERVIEW_NOUNS.has(tokens[3]?.lower ?? ''))
    from = tokens[4]?.lower === 'with' ? 5 : tokens.length;
  const m = subjectAfter(tokens, from, tokens.length);
  let j = 2;
  while (m && j < tokens.length && tokens[j]!.start < m.end) j++;
  const next = tokens[j]?.lower;
  return m?.kind === 'name' && (next === undefined || /^(?:on|about|[-—–.])$/.test(next)) ? m : null;
}

/** What a heading calls an interview, after "a" or "in" and before "with" and the one it is with. */
const INTERVIEW_NOUNS = wordSet('conversation interview chat talk q&a');

/** Words that open a coordinate or concessive clause before its subject ("…, and he kept",
 * "although she made it clear"). Clauses of time and cause ("after he clinched …", "since he
 * left …") are left out: on PolNeAR train they mostly set a scene for the main clause's subject,
 * who still speaks. */
const CLAUSE_OPENERS = wordSet('and but although though while so yet whereas');

/** For a quote with no speech cue, the subject pronoun of the clause that holds it when that
 * clause is not the sentence's first ("Ruiz backed the budget, but she made it plain that the cuts
 * were "…""): the one who speaks is that clause's subject, the pronoun, not the sentence's opening
 * name (the resolver then finds whom it stands for). */
export function clauseSubjectPronoun(tokens: Token[], qi: number): RawMention | null {
  for (let p = qi - 1; p > 0 && p >= qi - REACH; p--) {
    const t = tokens[p]!;
    if (t.quote >= 0 || '.;:!?'.includes(t.text)) return null;
    if (!/^(?:he|she|they)$/.test(t.lower)) continue;
    const before = tokens[p - 1]!;
    const next = tokens[p + 1];
    if (
      !(
        before.text === ',' ||
        CLAUSE_OPENERS.has(before.lower) ||
        (t.lower !== 'they' && tokens[qi - 1]?.lower !== 'as' && trailingSubordinator(tokens, p - 1))
      ) ||
      !next ||
      !isLowerCasePoint(next.text.codePointAt(0))
    )
      continue;
    return subjectAfter(tokens, p, qi);
  }
  return null;
}

/** A subordinator at `s` that opens a clause after the main clause's verb ("Lund kept on as she
 * walked off, calling it "…"", "Roe started the row when he brought up …"): unlike one opening
 * the sentence, whose clause sets a scene for the main clause's subject after it, the clause
 * it opens holds the quote, and its own subject speaks there. */
function trailingSubordinator(tokens: Token[], s: number): boolean {
  const prev = tokens[s - 1];
  // ", as Roe echoed the criticism, saying …": a comma may set the trailing clause off.
  return (
    s > 1 && TRAILING.has(tokens[s]!.lower) && (isWord(prev) || prev!.text === ',') && !SUBORDINATORS.has(prev!.lower)
  );
}

/** How far back (in tokens) from a quote a label's colon is looked for. */
const LABEL_REACH = 60;

/** "Roe, who has in the past described Lund as “…”": a quote inside a relative clause set off
 * after a name is what the name's "who" says (the mention is "who", named as its antecedent). */
export function relativeSubject(tokens: Token[], qi: number, open = false): RawMention | null {
  for (let p = qi - 1; p > 1 && p >= qi - REACH; p--) {
    const t = tokens[p]!;
    // `open`: the relative clause still runs at the quote (no comma closes it before).
    if (open && t.text === ',' && tokens[p + 1]?.lower !== 'who') return null;
    // A nearer "which" clause has a subject of its own ("…, which prompted Roe to call it “…”").
    if ('.;:!?'.includes(t.text) || t.lower === 'which') return null;
    if (t.lower !== 'who') continue;
    // "… with Clinton who is looking to bring “…”": a person's name rarely takes a restrictive
    // relative clause, so "who" right after one, its comma missing, stands for it.
    if (open && isCapitalized(tokens[p - 1]) && tokens[p - 1]!.quote < 0) {
      const ante = subjectBefore(tokens, p, 0);
      // Not a capitalised noun after a determiner ("another Muslim who …"): only a name.
      const a = ante ? indexAt(tokens, ante.start) : -1;
      const det = DETERMINERS.has(tokens[a]?.lower ?? '') || DETERMINERS.has(tokens[a - 1]?.lower ?? '');
      return ante?.kind === 'name' && !det ? { ...ante, start: t.start, end: t.end, text: t.text } : null;
    }
    if (!/^[,—–-]$/.test(tokens[p - 1]!.text)) continue;
    // Only after a name: after a description "who" may stand for a noun inside it ("his
    // heritage, who …").
    const m = subjectBefore(tokens, p + 1, 0);
    return m?.kind === 'name' && m.start === t.start ? m : null;
  }
  return null;
}

/** The subject of a clause joined after the cue at k (", and", ", but", "while", ";") and before the
 * quote at qi, past a phrase of place or time ("and at one point the crowd …"). */
export function laterClauseSubject(tokens: Token[], k: number, qi: number): RawMention | null {
  for (let c = qi - 2; c > k; c--) {
    const t = tokens[c]!;
    if (t.quote >= 0) return null;
    // ", in which Roe …", ", both of which Roe …": a relative clause set off by a comma (a
    // restrictive one, "the town where Roe grew up as “…”", may close before the quote unmarked).
    const rel =
      /^wh(?:ich|ere)$/.test(t.lower) &&
      tokens.slice(c - 3, c).some((x) => x.text === ',') &&
      !tokens.slice(c, qi).some((x) => x.text === ',');
    // "The ministry says …; the mayor wants “…”": a semicolon joins a clause with its own subject.
    if (
      !rel &&
      t.text !== ';' &&
      (!/^(?:and|but|yet|while|whereas|with)$/.test(t.lower) || !/^[,—–-]$/.test(tokens[c - 1]!.text))
    )
      continue;
    // After a colon the clauses are what a label's speaker says ("Roe: A plan can work, but …").
    // (Looked for within the last LABEL_REACH tokens: a search back to the sentence's start for
    // each quote made a long run of quotes in one sentence quadratic.)
    for (let j = Math.max(k, qi - LABEL_REACH); j < qi; j++) if (tokens[j]!.text === ':') return null;
    // The subject opens on a name, a pronoun or a determiner: "but called it" has none. Only the
    // nearest clause, past a subordinator ("and as Roe went on about"), holds the quote.
    const i = pastPlaceAndTime(tokens, c + (TRAILING.has(tokens[c + 1]!.lower) ? 2 : 1), qi);
    const m =
      isCapitalized(tokens[i]) || /^(?:the|a|an|his|her|their|its|he|she|they)$/.test(tokens[i]!.lower)
        ? subjectFrom(tokens, i, qi)
        : null;
    // ", in which Roe voiced hope that …“…”", ", both of which Roe praised “…”": a relative
    // clause with a named subject of its own, still open at the quote (no comma closes it),
    // holds the quote, not the main clause's subject.
    if (rel) {
      if (m?.kind === 'name') return m;
      continue;
    }
    // ", with Roe calling it “…”": an absolute clause, its subject before a participle.
    if (t.lower === 'with') {
      let v = i;
      while (m && v < qi && tokens[v]!.end <= m.end) v++;
      if (!m || !/ing$/.test(tokens[v]?.lower ?? '')) continue;
    }
    return m && m.name !== 'who' && (t.text !== ';' || m.kind === 'name') ? m : null;
  }
  return null;
}

/** "Roe watched as a clerk walked past her, saying …": a participle after the comma that closes
 * a trailing clause with a subject of its own hangs on that clause; its subject does the saying.
 * Given the main clause's subject `main`, one that cannot speak, any subordinate clause counts
 * ("Talks stalled after the envoys walked out, saying …"), and `main` stands when there is none. */
export function trailingClauseSubject(tokens: Token[], b: number, floor: number, main?: RawMention): RawMention | null {
  for (let s = b - 2; s > floor && s >= b - 20; s--) {
    const t = tokens[s]!;
    if (t.quote >= 0 || !isWord(t)) break;
    if (!(main ? SUBORDINATORS.has(t.lower) : trailingSubordinator(tokens, s))) continue;
    const m = subjectAfter(tokens, s + 1, b);
    // Its verb agrees or is past ("a clerk walked", "the aide says"), or is an auxiliary; after a
    // main subject that cannot speak, its own subject must.
    if (!m || m.kind === 'pronoun' || (main && mute(m))) return null;
    const v = tokens[indexAt(tokens, m.end - 1) + 1];
    return verbLike(v) && (AUXILIARIES.has(v!.lower) || /^\p{Ll}{2,}(?:ed|[^s]s)$/u.test(v!.text)) ? m : null;
  }
  return main ?? null;
}

/** Subordinators of manner, time and concession whose clause may hold what its subject says; a
 * condition ("if she took …") says nobody spoke, and a clause of sequence or cause ("praised it
 * after he read it twice") mostly sets a scene for the main clause's verb. Only "he" and "she"
 * count after them: "they" there is as often the things the main clause is about ("apologized
 * for the columns when they came out, saying …"). A quote right after "as" completes the main
 * verb ("praised the plan when he read it as “…”"). */
const TRAILING = wordSet('as when while though although whereas');

/** Longest dateline before its dash, in tokens ("DAYTON, Ohio, July 25 (UPI) —"). */
const DATELINE_MAX = 12;

/** Whether `w` is two capitals or more, then capitals, . ' ’ or - (/^\p{Lu}{2,}[\p{Lu}.'’-]*$/u,
 * read by code point: V8 compiled that regex inside the engine's first call). */
export function inCapitals(w: string): boolean {
  let n = 0;
  for (let i = 0; i < w.length; n++) {
    const cp = w.codePointAt(i)!;
    if (!isUpperCasePoint(cp) && (n < 2 || !".'’-".includes(w[i]!))) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return n >= 2;
}

/** Where a wire-story dateline opening the sentence ends: "WASHINGTON —", "DAYTON, Ohio -",
 * "DAYTON, July 25 (UPI) —" (a place in capitals, then only capitalised words, numbers and
 * punctuation up to a dash); 0 when there is none. The place is no speaker. */
export function datelineEnd(tokens: Token[], qi: number): number {
  // "Washington (AFP) –": a place in title case is a dateline only with the agency in parentheses.
  const capitals = inCapitals(tokens[0]?.text ?? '');
  if (!capitals && !isCapitalized(tokens[0])) return 0;
  let agency = false;
  for (let c = 1; c < qi && c <= DATELINE_MAX; c++) {
    const t = tokens[c]!;
    if (/^[-—–]$/.test(t.text)) return c + 1 < qi && (capitals || agency) ? c + 1 : 0;
    if (t.quote >= 0 || isLowerCasePoint(t.text.codePointAt(0))) return 0;
    if (t.text === ')' && tokens[c - 2]?.text === '(') agency = true;
  }
  return 0;
}

/** "CLAIM:", "THE FACTS:", "CORRECTION:": a fact check's or a page's heading before a colon
 * labels what follows; nobody says it. */
function labelsText(words: Token[]): boolean {
  return NOT_SPEAKERS.has(
    words
      .map((t) => t.text)
      .join(' ')
      .toUpperCase(),
  );
}

/** The main clause's subject, for a quoted fragment whose verb is not a speech cue ("Ames called
 * Moreno a "reckless gambler"", "Harlan dismissed Belgium as the "outskirts of St. Louis""):
 * the news-wide habit is that the sentence's subject owns the words it quotes. */
export function sentenceSubject(tokens: Token[], qi: number): RawMention | null {
  // Only a label of up to two words can open the sentence ("THE FACTS:"). So does a form's
  // ("Name: Jo Bell Age: 27 Why she came: “…”"): another colon before the quote marks the first
  // word a label of a field, and the quote the answer to the last, none of them a speaker.
  const colon = tokens[1]?.text === ':' ? 1 : tokens[2]?.text === ':' ? 2 : 0;
  if (
    colon > 0 &&
    colon < qi &&
    (labelsText(tokens.slice(0, colon)) || tokens.slice(colon + 1, qi).some((t) => t.text === ':'))
  )
    return null;
  const dateline = datelineEnd(tokens, qi);
  if (dateline > 0) return sentenceSubject(tokens.slice(dateline), qi - dateline);
  // An opening adverbial ("But", "In July,") or participle clause ("Citing a poll, Obama …") is
  // skipped up to its comma.
  if (opensWithAdverbial(tokens)) {
    let comma = commaAhead(tokens, 0, 25);
    // "While Roe calls it a “bold step,” Lund …": a clause closed by a quote's inner comma.
    let q = 1;
    while (q < qi && q < 25 && tokens[q]!.quote < 0) q++;
    if (comma < 0 && q < qi && q < 25 && opener(tokens) >= 0 && closedByComma(tokens[q]!)) comma = q;
    let i = comma >= 0 ? comma + 1 : 1;
    // "But Sen. Ortiz refused the levy, responding …": a conjunction before a name whose verb
    // comes before the first comma opens no adverbial; that comma is the clause's own.
    if (comma > 1 && /^(?:but|and|so|yet)$/.test(tokens[0]!.lower) && isCapitalized(tokens[1]))
      if (
        tokens.slice(2, comma).some((t) => isWord(t) && /^(?:has|have|had|is|are|was|were|\p{Ll}{3,}ed)$/u.test(t.text))
      )
        i = 1;
    // "On March 3, 2019, Ortega …": the year after the date's comma belongs to the opener.
    if (/^\d{4}$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
    // "In a speech in Ames, which …, Lund …": a relative clause on the opener's last noun is
    // part of the opener, up to its own comma.
    if (/^(?:which|where|who)$/.test(tokens[i]?.lower ?? '')) {
      const c = commaAhead(tokens, i + 1, Math.min(qi - 1, i + 25));
      if (c < 0) return null;
      i = c + 1;
    }
    i = pastPlaceAndTime(tokens, i, qi);
    const m = subjectFrom(tokens, i, qi);
    if (m) return m;
    // "And then Lund went on the attack, saying …": a conjunction and linking adverbs open no
    // phrase of their own; the subject comes right after them, its clause running to the comma.
    let j = 0;
    while (j < qi && LINKERS.has(tokens[j]!.lower)) j++;
    // "Then he cut into Roe, calling him …": a subject pronoun there too.
    return j > 0 && j < qi && (isCapitalized(tokens[j]) || /^(?:he|she|they)$/.test(tokens[j]!.lower))
      ? subjectFrom(tokens, j, qi)
      : null;
  }
  const m = subjectFrom(tokens, 0, qi);
  if (m) return m;
  // "Early in the campaign, Lund attacked …": a prepositional phrase that the opener lists miss,
  // closed by a comma, with the subject after it.
  const comma = commaAhead(tokens, 1, Math.min(qi - 1, OPENING_PHRASE_MAX));
  if (comma < 2 || !isCapitalized(tokens[comma + 1]) || regionAfter(tokens, comma)) return null;
  const phrase = tokens.slice(0, comma);
  if (!phrase.every((t) => isWord(t) && !t.cue) || !phrase.some((t) => PHRASE_PREPOSITIONS.has(t.text))) return null;
  return subjectFrom(tokens, comma + 1, qi);
}

/** Prepositions that open a description's complement ("the head of …", "critics in …"). */
const COMPLEMENT_OPENERS = wordSet('of for at in from');
/** Conjunctions and adverbs that link a sentence to the one before without opening a phrase. */
const LINKERS = wordSet('and but so yet then now also still even');
/** Longest opening phrase before its comma that the subject search skips, in tokens. */
const OPENING_PHRASE_MAX = 8;
/** Prepositions that make an opening phrase adverbial ("Early in the race,", "Days after it,",
 * "Halfway through the play,": "Halfway" is no subject, "through" no verb). */
const PHRASE_PREPOSITIONS = wordSet('in on at after before during into since through');

/** A lower-case word that may be a verb after its subject (not a preposition or linker). */
function verbLike(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.quote < 0 &&
    isLowerCasePoint(t.text.codePointAt(0)) &&
    !/^(of|for|and|or|to|in|on|at|with|through|who|which|that)$/.test(t.lower)
  );
}

/** "The clerk walks past her": a lower-case verb in -s inside a description's walk (from `k` to
 * `end`) after a singular noun, before a determiner or an object pronoun (perhaps after one
 * particle, not a preposition of a noun's complement); its index, or -1. */
function presentVerbIn(tokens: Token[], k: number, end: number): number {
  for (; tokens[k] && tokens[k]!.end <= end; k++) {
    const o = tokens[k + 1]?.lower ?? '';
    if (
      /^\p{Ll}{2,}[^s'’]s$/u.test(tokens[k]!.text) &&
      /^\p{Ll}+[^s]$/u.test(tokens[k - 1]!.text) &&
      (DETERMINERS.has(o) ||
        OBJECT_PRONOUNS.has(o) ||
        (!NP_PREPOSITIONS.has(o) && OBJECT_PRONOUNS.has(tokens[k + 2]?.lower ?? '')))
    )
      return k;
  }
  return -1;
}

/** "The parents of a boy in Dayton, Ohio, sued …": one word between the comma at `c` after a
 * place and the next comma is the place's region, not a name in apposition or a subject. */
const regionAfter = (tokens: Token[], c: number): boolean =>
  /^(?:in|from|near)$/.test(tokens[c - 2]?.lower ?? '') && isCapitalized(tokens[c - 1]) && tokens[c + 2]?.text === ',';

/** The subject of the clause starting at token `i`: a name, pronoun or description followed by a
 * verb-like word or a colon. */
function subjectFrom(tokens: Token[], i: number, qi: number): RawMention | null {
  // "'Independent' Harbor Gazette Editor Lena Fisk: '…'": a scare-quoted word before the name.
  while (i < qi && tokens[i]!.quote >= 0 && isCapitalized(tokens[i + 1])) i++;
  if (i >= qi) return null;
  let m = subjectAfter(tokens, i, qi);
  let after = i;
  if (!m && DETERMINERS.has(tokens[i]?.lower ?? '')) {
    // "Another skeptic, Margaret O. Hale, compared …": a description, then the name in apposition
    // is the subject (the description its role). A description alone is not enough here.
    const description = subjectAfter(tokens, i + 1, qi);
    if (description?.kind !== 'nominal') return null;
    // "The clerk walks past her, saying": unless its verb in -s follows it.
    const v = presentVerbIn(tokens, i + 2, description.end);
    const d = v > 0 ? subjectAfter(tokens, i + 1, v) : null;
    if (d?.kind === 'nominal') return { ...d, start: tokens[i]!.start, text: joinTokens(tokens.slice(i, v)) };
    while (after < qi && tokens[after]!.end <= description.end) after++;
    const c = tokens[after]?.text === ',' ? commaAhead(tokens, after + 1, Math.min(qi, after + 6)) : -1;
    if (regionAfter(tokens, after)) return null;
    const named = c >= 0 ? subjectAfter(tokens, after + 1, c) : null;
    if (named?.kind !== 'name' || named.end !== tokens[c - 1]!.end) return null;
    m = { ...named, role: named.role ?? joinTokens(tokens.slice(i, after)) };
    after = c + 1;
  }
  if (!m) return null;
  // The subject must be followed by a verb-like word or a colon (headline "Kellerman: …"), past an
  // appositive ("Rosa Delgado, a senior aide to the governor, called …").
  while (after < qi && tokens[after]!.end <= m.end) after++;
  // "The mayor, Ada Roe, wants …": the comma after a name in apposition to a description closes it.
  if (m.start > tokens[i]!.start && tokens[after]?.text === ',' && tokens[indexAt(tokens, m.start) - 1]?.text === ',')
    after++;
  // "The head of the agency mocked …": a description's complement runs on to its verb (a past
  // tense or a cue), which the walk stopped short of.
  if (m.kind === 'nominal' && COMPLEMENT_OPENERS.has(tokens[after]?.lower ?? '')) {
    let v = after + 1;
    const verbAt = (t: Token) => isSmallWordEnding(t.text, 3, 'ed') || (t.cue > 0 && t.lower.endsWith('s'));
    while (v < qi && v < after + 6 && isWord(tokens[v]) && !verbAt(tokens[v]!)) v++;
    const verb = tokens[v];
    const whole = v > after + 1 && v < qi && isWord(verb) && !isCapitalized(verb) ? subjectBefore(tokens, v, i) : null;
    if (whole && whole.start === m.start) {
      m = whole;
      after = v;
    }
  }
  // "Lund’s aide rallied supporters": a person's role or relation after the possessive is the
  // subject itself, not its owner; the whole phrase is the mention. So is a body's head ("Lund’s
  // campaign went on the attack, saying"), as before a cue ("Lund’s campaign said"); a relation
  // speaks for the owner ("Lund’s family has called on …").
  let possessed = false;
  // One modifier may stand before the role ("Lund’s top aide", "Roe’s right-hand woman").
  const role =
    after < qi - 2 &&
    isWord(tokens[after]!) &&
    !isCapitalized(tokens[after]) &&
    personAfterPossessive(tokens[after + 1]!)
      ? after + 1
      : after;
  if (/['’]s$/.test(m.text) && role < qi - 1 && personAfterPossessive(tokens[role]!)) {
    const whole = subjectBefore(tokens, role + 1, i);
    if (whole && whole.start === m.start && whole.end === tokens[role]!.end) {
      m = whole;
      after = role + 1;
      possessed = true;
    }
  }
  // "Rep. Ada Brennan (D-Ore.): '…'": a party-and-state tag after the name is part of it.
  if (tokens[after]?.text === '(' && m.kind === 'name' && isCapitalized(tokens[after + 1])) {
    let c = after + 1;
    while (c < qi && c < after + 8 && tokens[c]!.text !== ')') c++;
    if (tokens[c]?.text === ')') after = c + 1;
  }
  // (So past one after a body: "The Lund campaign, in a Q&A, worded it …".)
  if (tokens[after]?.text === ',' && (m.kind === 'name' || possessed || ORG_NOUNS.has(tokens[after - 1]!.lower))) {
    const c = appositiveEnd(tokens, after + 1, Math.min(qi, after + 20));
    if (c >= 0) after = c + 1;
  }
  // "Lund on Tuesday stepped up her attacks …": a time between the subject and its verb.
  after = timeAdverbialEnd(tokens, after, qi);
  const next = tokens[after];
  if (!next || next.quote >= 0) return null;
  // "Lund and other ministers snubbed Holm, calling …": a coordinated subject whose first
  // conjunct, a name or pronoun, leads a description of others names the speaker (as
  // firstConjunct does before a cue). Two names ("Acme and Bolt announced …") are a pair, and no
  // one of them is the speaker.
  if (next.lower === 'and' && m.kind !== 'nominal') {
    const second = subjectAfter(tokens, after + 1, qi);
    let v = after + 1;
    while (second && v < qi && tokens[v]!.end <= second.end) v++;
    return second?.kind === 'nominal' && v < qi && verbLike(tokens[timeAdverbialEnd(tokens, v, qi)]) ? m : null;
  }
  // "Chicago’s crumbling bridges are …": a possessive names whose thing it is; only a head
  // that can speak ("Moreno’s campaign", "Ortega’s spokesman") keeps the possessor as the source.
  if (/['’]s$/.test(m.text) && isLowerCasePoint(next.text.codePointAt(0)) && !speakingHead(next.lower)) return null;
  // "Cheap labour will …", "Legal experts say …": a lone capitalised word opening the sentence,
  // then a lower-case word (no adverb) and an auxiliary or a cue, modifies that noun (the noun
  // phrase is the subject): no name. So does one before a plural and a past tense ("Harbor
  // officials praised …"), where the whole phrase is the subject.
  const v = tokens[after + 1];
  const plural = next.lower.endsWith('s') && isSmallWordEnding(v?.text ?? '', 3, 'ed');
  if (m.start === tokens[0]!.start && !m.name.includes(' ') && (AUXILIARIES.has(v?.lower ?? '') || v?.cue || plural))
    if (
      verbLike(next) &&
      !AUXILIARIES.has(next.lower) &&
      !/(?:ly|sel(?:f|ves))$|^(?:also|then|now|still|never|just|even|again|too|alone|later|once|often|already|first|yesterday|today|however)$/.test(
        next.lower,
      )
    )
      return plural ? subjectBefore(tokens, after + 1, i) : null;
  // "Yale professor and former anchor Ada Lund has …": a name before a role noun modifies it.
  if (m.kind === 'name' && ROLE_WORDS.has(next.text)) return null;
  if (next.text === ':' || verbLike(next)) return m;
  if (isUpperCasePoint(next.text.codePointAt(0)) && m.kind === 'name' && after + 1 < qi) return m; // headline verbs are capitalised
  return null;
}

/** Whether every word before token `qi` is inside a quotation (the quote opens its sentence). */
function onlyQuotedWordsBefore(tokens: Token[], qi: number): boolean {
  for (let k = 0; k < qi; k++) if (tokens[k]!.quote < 0 && isWord(tokens[k])) return false;
  return true;
}
