// Reported speech: "X said (that) …", "…, X said.", "…, X said, …", "according to X, …",
// "…, according to X.", "X told Reuters …". Direct quotes are only a third to a half of
// attributions in news, and a figure inside a reported clause belongs to its source, so the
// clause's span matters as much as its source: it runs as a reader would mark it, from its "that"
// (or its first word) to the end of what is said, not over a coordinated verb of the reporter
// ("…, and urged …"), a participle hung on the main clause ("…, adding …") or a "but" clause.
import {
  accordingTo,
  COMMON_IRREGULAR_PAST,
  cueAt,
  institutionComma,
  joinTokens,
  LY_NOUN_CORE,
  NAME_PARTICLES,
  ORG_NOUNS,
  possessor,
  NP_PREPOSITIONS,
  ROLE_WORDS,
  SAID_NOUNS,
  roleNounHead,
  subjectAfter,
  subjectBefore,
  timeAdverbialStart,
  TIME_NOUNS,
  type RawMention,
} from './speaker-mentions';
import {
  capitalised,
  DO_FORMS,
  DOCUMENT_NOUNS,
  FINITE_BE,
  HAVE_FORMS,
  MODALS as MODAL_FORMS,
  isEstimatingCue,
  isNounLikeCue,
  isParticipleCue,
  PERSONAL_SUBJECTS,
  SUBORDINATING,
  verbSet,
  wordMap,
  wordSet,
} from './speech-verbs';
import {
  ISSUED_THINGS,
  closedByComma,
  datelineEnd,
  mute,
  sentenceSubject,
  subjectOf,
  trailingClauseSubject,
  pastConjunctions,
  toldInHeadline,
} from './sentence-cues';
import { indexAt, isCapitalized, isWord, type Token } from './tokens';
import { NUMBER_WORDS } from './number-words';
import { MONTH_NAMES, WEEKDAYS, lowerWords } from './calendar';
import { isSmallWordEnding } from './chars';
import { forenameGender } from './forenames';

/** A reported clause: its span in the text and who says it. */
export interface ReportedClause {
  start: number;
  end: number;
  mention: RawMention;
  cue: number;
}

/** "According to reports / media reports": the narrator's hearsay, nobody in particular speaks. */
const DOCUMENTS =
  /^(?:(?:media|news|press|some|other|local|unconfirmed|recent) )?(?:reports|accounts|estimates|rumou?rs)$/i;
const NONE = new Set<number>();
/** Words that may follow a cue before its clause starts ("said on Monday that", "told an audience
 * at a festival in Houston last week that"). */
const LEAD_IN_LIMIT = 16;
/** Characters per word when a quotation token is counted as words. */
const QUOTE_CHARS_PER_WORD = 6;
/** Tokens of an adjunct between a cue and a clause with no "that" ("said in a statement on
 * Thursday they …"). */
const ADJUNCT_LIMIT = 10;
/** Tokens allowed after a sentence-final cue ('…, the ministry said in a statement on Monday.'). */
const TAIL_LIMIT = 8;
/** Tokens of the source phrase after "according to" (with its appositive) read at most. */
const SOURCE_LIMIT = 30;
/** A clause shorter than this (in words) is not worth reporting ("he said so"). */
const MIN_WORDS = 3;
/** Cues that report speech but whose clause is better left alone: questions, requests and
 * descriptions; and agreement, which PolNeAR does not count as reporting (train: 1 clause right
 * against 20 wrong). */
const NOT_REPORTING = verbSet(
  'ask describe urge demand',
  'post posted continue continued continues thinks thought feel feels felt agree agrees agreed agreeing',
);
/** "Ada Roe posted on Friday that …", "and posted on her page that …": "posted" is a cue when an
 * adjunct of where or when (a preposition or a time word) follows it and its subject is a name, a
 * pronoun or that of a verb before ("had", "and"); as it is no bare-clause cue, it then reports
 * only a "that" clause (not a relative one: "that went viral"). Not "posted a photo on X that …"
 * (an object), "a photo posted on X that went viral" (a participle after a noun), nor "posted on
 * Friday" with no clause. */
function postedThat(tokens: Token[], k: number): boolean {
  const b = tokens[k - 1]?.lower ?? '';
  return (
    tokens[k]!.lower === 'posted' &&
    (isCapitalized(tokens[k - 1]) || CLAUSE_SUBJECTS.has(b) || /^(had|and)$/.test(b)) &&
    (NOT_CLAUSE_START.has(tokens[k + 1]?.lower ?? '') || TIME_WORDS.has(tokens[k + 1]?.lower ?? ''))
  );
}
/** Words that open a sentence before "according to" without being its content ("But according to …"). */
const OPENERS = wordSet('but and yet so still also however meanwhile now instead indeed');
/** Participles that hang on the reporter's clause after a comma ("…, citing …"), besides the cues. */
const HANGING = wordSet('citing conceding referring pointing prompting compared despite');
/** Auxiliaries that make a participle cue a finite verb ("is telling", "was claiming"). */
const PROGRESSIVE = wordSet("is are was were be been 's ’s am");
/** Things issued that a participle cue hangs on ("a statement saying", "a letter arguing"). */
const ISSUED = wordSet(`${ISSUED_THINGS} letters emails ad+ op-ed editorial`);
/** Prepositions before a participle cue that make it the main subject's act ("by saying", "after
 * announcing"). */
const GERUND_PREPOSITIONS = wordSet('by after while in when before without since upon');
/** Cues of commitment whose content is a to-infinitive ("pledged to", "promises not to"). */
const PROMISING = verbSet('promise pledge vow');
/** Cues whose content may be a noun phrase ("revealed the plan", "mentioned a 20 percent rise",
 * "reported 300 new cases"): kept by lemma where PolNeAR train gains more right contents than
 * wrong ones (fitted one lemma at a time; "deny", "pledge", "claim", "criticize" lost). */
const OBJECT_CONTENT = verbSet('reveal mention promise vow report');
/** Forms of "tally": a cue only with a figure as its object ("the Orrin Shipping Register tallies
 * 212 wrecks"), the count its subject made; never a clause ("tallied the votes by hand"). On PolNeAR
 * train 2 figures gained, none of the outlet's own lost. */
const TALLYING = verbSet('tally');
/** "did not mention Ada Roe in her speech", "without mentioning him, but …": what is mentioned is
 * the name or pronoun, with "by name" ("never mentioned Roe by name"), and the adjunct or clause
 * after it is the writer's (a bare name is then too short to report); the object ends there, before
 * `to`. Not when the object runs on ("mentioned Roe's plan", "mentioned Roe would run", "mentioned
 * Roe as a suspect", or an appositive after a comma). */
function mentionedEnd(tokens: Token[], c: number, to: number): number {
  let i = c;
  if (/^(him|them|it|that)$/.test(tokens[i]!.lower)) i++;
  else while (isWord(tokens[i]) && isCapitalized(tokens[i])) i++;
  const next = tokens[i];
  return i > c &&
    (!next ||
      (next.text === ','
        ? JOINING.has(tokens[i + 1]?.lower ?? '')
        : /^[.;]$/.test(next.text) || (NOT_CLAUSE_START.has(next.lower) && next.lower !== 'as') || isAdverb(next)))
    ? Math.min(to, next?.lower === 'by' && tokens[i + 1]?.lower === 'name' ? i + 2 : i)
    : to;
}
/** "found": what a poll, study or report found is its claim, a clause or a noun phrase ("A poll
 * found Clinton leading by 9 points"); what a person found is not reported speech. */
const FINDING = wordSet('find+ found');
/** Conjunctions after which a comma closes the reported clause ("…, while …"). Not "but",
 * "though", "although": on PolNeAR train what was said runs on past them more often than not. */
const CLOSING = wordSet('whereas while');
/** Words that start a clause of their own: the search for a cue's "that" stops at them ("said he
 * understands how hard that can be", "said she agreed and that …"). */
const THAT_STOP = wordSet('he she they it we i you how what why when where who whether if and but');
/** Conjunctions that may join a second attribution to the first ("…, but officials have said …"). */
const JOINING = wordSet('and but while whereas as');

/** The lemmas of TAKES_OBJECT, all of them bare-clause cues too. */
const OBJECT_LEMMAS =
  'claim maintain concede confirm declare observe boast conclude counter allege brag assure reassure disclose reveal';
/** Cues that take their clause without "that" ("he said the plan failed"); the others ("criticized
 * X for …", "responded by …") report a clause only with "that". */
const BARE_CLAUSE = verbSet(
  `add insist argue warn predict estimate note report announce acknowledge suggest contend assert stress complain recall testify tweet explain project ${OBJECT_LEMMAS}`,
  'say says said saying tell tells told telling write writes wrote writing admit admits admitted admitting forecast forecasts forecasted stated stating',
);
/** Words a clause does not open with: a cue followed by one of these is followed by an adjunct
 * ("said in an interview", "told Rolling Stone in May"), not by what was said. */
const NOT_CLAUSE_START = wordSet(
  'in on at during after before with to for from of about by as when while since via through into amid over under upon',
);

/** The reported clauses of a sentence (tokens with quotations folded), in order; they never overlap.
 * `usedCues` are cues that attribute a direct quote in the sentence: after the quote it attributes
 * ('“…,” X said on NBC') such a cue reports a clause only with "that", never the adjunct after it. */
export function reportedInSentence(tokens: Token[], usedCues: Set<number> = NONE): ReportedClause[] {
  // "pointed out that …" reads as "noted that …": the two words become one cue token for the
  // search, and cue indices are mapped back to the sentence's own tokens ("point" is among the
  // most frequent cue words of PolNeAR train that the lexicon lacks, test/tools/cue-lemmas.ts;
  // train: 23 contents gained, 2 false ones).
  // An adverb between a participle cue and the comma or preposition it hangs on (", eventually
  // saying …", "after initially saying …") is left out of the view, so the cue hangs as it would
  // without it.
  let any = false;
  for (let k = 0; k < tokens.length && !any; k++) any = pointsOut(tokens, k) || adverbBeforeParticiple(tokens, k);
  if (!any) return clausesOf(tokens, usedCues);
  // One pass each way, so that a sentence made of such phrases stays linear.
  const view: Token[] = [];
  /** For each token of the view, the index of its (first) token in the sentence. */
  const origin: number[] = [];
  /** For each token of the sentence, the index of the view's token that holds it. */
  const toView: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    toView.push(view.length);
    if (adverbBeforeParticiple(tokens, k)) continue;
    origin.push(k);
    if (!pointsOut(tokens, k)) {
      view.push(t);
      continue;
    }
    const note = POINT.get(t.lower)!;
    const text = isCapitalized(t) ? note[0]!.toUpperCase() + note.slice(1) : note;
    view.push({ ...t, end: tokens[k + 1]!.end, text, lower: note, cue: 2 });
    toView.push(view.length - 1);
    k++;
  }
  const used = new Set<number>();
  for (const u of usedCues) if (u < toView.length) used.add(toView[u]!);
  return clausesOf(view, used).map((c) => ({ ...c, cue: origin[c.cue]! }));
}

function clausesOf(tokens: Token[], usedCues: Set<number>): ReportedClause[] {
  const n = tokens.length;
  const out: ReportedClause[] = [];
  /** Tokens before `floor` belong to an earlier clause or its attribution, or to a wire dateline
   * ("PARIS, March 3 (Reuters) - …"), which is the outlet's and no part of a claim. */
  let floor = datelineEnd(tokens, n);
  /** The source of the clause that ended at `floor`, for a verb coordinated with its cue. */
  let prior: RawMention | null = null;
  /** Whether the sentence is a title-cased headline (known once a capitalised cue is met). */
  let titleCase: boolean | undefined;
  /** No clause and no semicolon yet: a cue that reported nothing ("claimed victory") moved the
   * floor, but the sentence's subject is still the subject of the verbs coordinated after it. */
  let open = true;
  for (let k = 0; k < n; k++) {
    if (tokens[k]!.text === ';') {
      floor = k + 1;
      prior = null;
      open = false;
      continue;
    }
    let found: { clause: ReportedClause | null; next: number } | null = null;
    if (accordingTo(tokens, k)) found = according(tokens, k, floor);
    else if (asReportedBy(tokens, k) > 0) found = according(tokens, k, floor, asReportedBy(tokens, k));
    else if (CLAIM_NOUNS.has(tokens[k]!.text) && (found = possessedClaim(tokens, k)) !== null) {
      /* "Ruiz’s claim that …": the possessor's claim. */
    } else if (HEADLINE_CUES.has(tokens[k]!.text) && (titleCase ??= isTitleCase(tokens)))
      found = headline(tokens, k, floor);
    else if (adjectival(tokens, k) || timeBeforePlural(tokens, k)) {
      /* "the number of reported cases": an adjective, no cue. */
    } else if (
      (cueAt(tokens, k, false) || nounLikeVerb(tokens, k)) &&
      (!NOT_REPORTING.has(tokens[k]!.lower) || postedThat(tokens, k))
    )
      found = cued(tokens, k, floor, usedCues.has(k) && quoteBefore(tokens, floor, k), prior, open);
    // "About 40 rabbis have said they will attend, according to an organizer": the "according to"
    // after a cue's clause attributes the whole report, cue and all, and PolNeAR marks only that
    // (clauseEnd stops the inner clause at its comma).
    // After a closing quotation's comma ('…,” according to X') as after a comma of its own.
    const next = found?.next ?? 0;
    const q = tokens[next - 1];
    const after = tokens[next]?.text === ',' ? next + 1 : q && closedByComma(q) ? next : -1;
    if (found?.clause && found.clause.cue === k && after > 0 && accordingTo(tokens, after)) {
      const outer = according(tokens, after, floor);
      // "Acme said profit rose, according to data compiled by X": data cannot say what a named
      // speaker said; it backs only a figure, and the name keeps its report.
      const at = after - 1;
      const data =
        found.clause.mention.kind === 'name' &&
        [3, 4].some((d) => /^(?:data|figures|statistics|estimates)$/.test(tokens[at + d]?.lower ?? ''));
      if (outer?.clause && !data) found = outer;
    }
    // "Officers were called after residents reported hearing shots, a police spokeswoman said.":
    // a cue that ends the sentence after a comma attributes all before it, the inner report
    // included, as "according to" does above.
    // So it does when the inner cue reported no clause of its own ("reported hearing shots").
    if (found && (!found.clause || found.clause.cue === k) && after > 0) {
      const c = closingCue(tokens, after);
      if (c > 0 && !NOT_REPORTING.has(tokens[c]!.lower)) {
        const outer = cued(tokens, c, floor, usedCues.has(c) && quoteBefore(tokens, floor, c), prior);
        if (outer?.clause && (!found.clause || outer.clause.start <= found.clause.start)) found = outer;
      }
    }
    if (!found) continue;
    if (found.clause && !contactRelative(tokens, found.clause.cue)) out.push(found.clause);
    if (found.clause) open = false;
    prior = found.clause?.mention ?? null;
    floor = Math.max(floor, found.next);
    k = Math.max(k, found.next - 1);
  }
  return out;
}

/** Where a noun phrase content ("mentioned CNN five times", "revealed the plan") ends within
 * [c, to): before "and"/"but" and a verb ("… and went back to its guests", "… but did note …") or
 * before ", and": a noun phrase with no verb of its own coordinates no verb, so the verb is the
 * source's next act, not what was said (train: 3 contents right that ran on, 6 false ones fewer,
 * none lost). A speech verb after it ("…, and said it was …") is left to clauseEnd. */
function objectEnd(tokens: Token[], c: number, to: number): number {
  for (let i = c + 1; i < to; i++) {
    const t = tokens[i]!;
    if (isVerbLike(t) || isPastForm(t.lower) || PRESENT_MARKERS.has(t.lower)) return to;
    if (t.lower !== 'and' && t.lower !== 'but') continue;
    const j = /^(then|also|later)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const v = tokens[j];
    if (!v || cueAt(tokens, j, false)) return to;
    const comma = tokens[i - 1]!.text === ',';
    if (comma && t.lower === 'and') return i - 1;
    // Not a compound adjective ("and worse-than-expected revenue").
    if (
      !isCapitalized(v) &&
      !v.text.includes('-') &&
      (isVerbLike(v) || isPastForm(v.lower) || PAST_MARKERS.has(v.lower))
    )
      return comma ? i - 1 : i;
  }
  return to;
}

/** True when what follows a hearer of "told" at `c` holds what was told: a quotation, a clause
 * word ("that", "how", "to", a subject pronoun) or a finite verb within a few words; after a
 * relative pronoun ("told the mayors who gathered …") only a quotation, after a comma not "to"
 * ("told a Democratic audience, to rowdy applause"). Otherwise the words after the cue are the
 * rest of the hearer or an adjunct and nothing is reported (train: 8 false contents fewer, 1 lost). */
function clauseSoon(tokens: Token[], c: number): boolean {
  let comma = false,
    relative = false;
  for (let i = c; i < tokens.length && i < c + 20; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0) return true;
    if (t.text === ',' || t.text === ':') {
      if ((tokens[i + 1]?.quote ?? -1) >= 0) return true;
      comma = true;
      continue;
    }
    if (t.text === '(' || t.text === ')' || relative) continue;
    if (!isWord(t)) return false;
    if (/^(who|which|whom|where)$/.test(t.lower)) {
      relative = true;
      continue;
    }
    const w = t.lower.replace(/['’](s|re|d|ll|ve|m)$/, '');
    if (THAT_STOP.has(w) || w === 'that' || w === 'not' || (!comma && w === 'to')) return true;
    if (isCapitalized(t)) continue;
    if (isVerbLike(t) || isPastForm(t.lower) || PRESENT_MARKERS.has(t.lower)) return true;
    if (
      /^\p{Ll}{3,}[^s]s$/u.test(t.text) &&
      (OBJECT_FOLLOWERS.has(tokens[i + 1]?.lower ?? '') || isCapitalized(tokens[i + 1]))
    )
      return true;
  }
  return false;
}

/** "the number of reported cases", "articles from noted scholars": a participle in -ed after a
 * determiner or a preposition, before a word that opens no adjunct or clause, is an adjective of
 * the noun after it (train: 3 false contents gone, none lost). So after a noun's possessive, a
 * determiner too ("the town's estimated population of 900": the noun's, not a speaker's, figure);
 * not after a pronoun's "'s", a verb's contraction ("it's estimated"). */
function adjectival(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const prev = tokens[k - 1]?.lower ?? '';
  return (
    /ed$/.test(t.lower) &&
    !isCapitalized(t) &&
    (DETERMINERS.has(prev) ||
      NOT_CLAUSE_START.has(prev) ||
      (/^\p{L}{2,}['’]s$/u.test(prev) && !/^(?:it|that|he|she|there|what|who|here|where)['’]/.test(prev))) &&
    isWord(next) &&
    !NOT_CLAUSE_START.has(next!.lower) &&
    next!.lower !== 'that'
  );
}

/** "the loans announced this week are …": a time adverbial in the singular right after an -ed cue,
 * then "are" or "were", cannot be that verb's subject; the cue is a participle of the noun before
 * it, the subject, and reports nothing. So with a modal or "has"/"did" after the time ("the merger
 * announced Monday would …") when a common noun, not a name, stands before the cue (PolNeAR train: 1 such
 * false clause, its source a wrong name and the claimant of 1 of the outlet's own figures). */
function timeBeforePlural(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (TIME_WORDS.has(tokens[j]?.lower ?? '')) j++;
  const next = tokens[j]?.lower ?? '';
  return (
    /ed$/.test(tokens[k]!.lower) &&
    j > k + 1 &&
    !/s$/.test(tokens[j - 1]!.lower) &&
    (/^(?:are|were)$/.test(next) ||
      (VERB_AUXILIARIES.has(next) && isWord(tokens[k - 1]) && !isCapitalized(tokens[k - 1])))
  );
}

/** "the book she wrote that …", "the events it pledged to help pay for": a pronoun and its cue
 * right after a determiner and a noun are a relative clause without "that" whose object is that
 * noun phrase: nothing is reported after the cue. Not when the words after the cue open with a
 * verb ("a decision they say allowed …": the noun is the subject of what was said) nor after a
 * time noun ("this week she said …"). Train: 2 false contents gone, none lost. */
function contactRelative(tokens: Token[], k: number): boolean {
  const head = tokens[k - 2];
  return (
    CLAUSE_SUBJECTS.has(tokens[k - 1]?.lower ?? '') &&
    !!head &&
    /^\p{Ll}+$/u.test(head.text) &&
    !TIME_WORDS.has(head.lower) &&
    SUBJECT_DETERMINERS.has(tokens[k - 3]?.lower ?? '') &&
    !isVerbLike(tokens[k + 1]) &&
    !mainVerb(tokens, k + 1)
  );
}

/** The cue that closes the sentence after a comma at `from - 1` (", police spokeswoman Sgt. Ana
 * Ruiz said."): a speech verb as the last word before the sentence's end, with no comma, quotation
 * or other cue between; -1 when there is none. */
function closingCue(tokens: Token[], from: number): number {
  const n = tokens.length;
  for (let i = from; i < n && i < from + 12; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || t.text === ',' || t.text === ';') return -1;
    if (t.cue === 2 && !isCapitalized(t)) {
      const end = tokens[i + 1];
      return i > from && (end === undefined || (end.text === '.' && i + 2 >= n)) && cueAt(tokens, i, false) ? i : -1;
    }
  }
  return -1;
}

/** Nouns of claiming whose possessor's clause after "that" (or, for a commitment, "to") is
 * reported ("his pledge to …", "Ruiz’s promise that …"). Lower-case: in running text. Measured
 * on PolNeAR train one noun at a time: "promise" 4 right contents against 1 false, "pledge" 1
 * against 1; "assertion" and "insistence" 0 against 2. "claim(s)": PolNeAR gives a figure in
 * "X's claim that …" to X (train: 7 contents gained, 8 false ones more, 3 figures' claimants
 * gained from none, none lost); "estimate(s)" the same grammar ("the ministry's estimate that");
 * "vow" a commitment like "pledge" (train: 1 content gained, none false; "remark", "warning",
 * "comment", "statement", "assertion" gained none or lost). */
const CLAIM_NOUNS = wordSet('pledge promise claim+ estimate+ vow');
/** Tokens of an adjunct between a claim noun and its "that" ("his claim in a recent interview that"). */
const CLAIM_ADJUNCT_LIMIT = 8;

/** "Ruiz’s claim that the pier cost $2 million", "his repeated claim in May that …", "her pledge
 * to rebuild …": the possessor (a name or a possessive pronoun, perhaps before one modifier) is
 * the source, the clause after "that" (or the infinitive) what was claimed. */
function possessedClaim(tokens: Token[], k: number): { clause: ReportedClause | null; next: number } | null {
  const before = tokens[k - 1];
  let owner = possessor(tokens, k - 1);
  if (!owner && isWord(before) && !isCapitalized(before) && !DETERMINERS.has(before!.lower))
    owner = possessor(tokens, k - 2);
  if (!owner) return null;
  // "Ada Roe was banned after the panel rejected her claim that …": a possessive "his"/"her" is the
  // sentence's subject when that is a name whose given name does not disagree (the resolver checks
  // it is a person of the pronoun's gender); a body ("The club rejected his claim") is no antecedent.
  if (owner.kind === 'pronoun' && owner.gender) {
    const subject = sentenceSubject(tokens, k);
    const given = subject?.gender || forenameGender(subject?.name.split(' ')[0] ?? '');
    if (subject?.kind === 'name' && subject.end <= owner.start && (!given || given === owner.gender))
      owner = { ...owner, antecedent: subject, bySubjectOnly: true };
  }
  // A commitment's (pledge, promise, vow) content may be a to-infinitive ("her pledge to rebuild"), a
  // claim's not ("Roe's claim to the title" is a noun phrase).
  // A time phrase may stand before it ("Oslo's pledge last month to add …"; train: claimants
  // given none 203 -> 201, one more reported FP on an attribution PolNeAR marks as non-reporting).
  let j = k + 1;
  while (j < k + 4 && TIME_WORDS.has(tokens[j]?.lower ?? '') && tokens[j]!.lower !== 'that') j++;
  const infinitive = /^[pv]/.test(tokens[k]!.text) ? toInfinitive(tokens, j) : -1;
  let from = infinitive;
  if (from >= 0) {
    /* "her pledge to rebuild …" */
  } else if (tokens[j]?.lower === 'that') from = j;
  else if (NOT_CLAUSE_START.has(tokens[k + 1]?.lower ?? '')) {
    for (let d = k + 2; d < tokens.length && d <= k + CLAIM_ADJUNCT_LIMIT; d++) {
      const t = tokens[d]!;
      if (t.lower === 'that') {
        from = d;
        break;
      }
      if (!isWord(t) || t.cue === 2 || isVerbLike(t)) break;
    }
  }
  if (from < 0 || isVerbLike(tokens[from + 1])) return null;
  const to = nounClauseEnd(tokens, from + 1, clauseEnd(tokens, from + 1), infinitive >= 0);
  return { clause: clause(tokens, from, to, owner, k), next: to };
}

/** Words before a second finite verb that keep it inside the claim ("… and would", "… that was"). */
const CLAIM_VERB_LINKS = wordSet('and or but that which who whom if because when while than');

/** Where a claim noun's clause [from, to) ends: before the sentence's own verb, an auxiliary
 * after the clause's first verb and a word that is not a verb or a link ("his claim that the pier
 * cost $2 million is false", "her claim that he still has a way would depend on …"). */
function nounClauseEnd(tokens: Token[], from: number, to: number, infinitive: boolean): number {
  // An infinitive is the clause's verb: the first finite verb after it is the sentence's.
  let seen = infinitive;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // "Despite X's claims that C, …", "his claim that C - though …": a that-clause ends at the
    // comma or dash (train: 2 contents right that ran on; a commitment's infinitive runs on).
    if (!infinitive && (t.text === ',' || DASHES.has(t.text))) return i;
    const finite = isWord(t) && !isCapitalized(t) && (AUXILIARIES.has(t.lower) || MODALS.has(t.lower));
    const verb = finite || isVerbLike(t) || (isWord(t) && isPastForm(t.lower));
    if (finite && seen) {
      const prev = tokens[i - 1]!;
      const linked = CLAIM_VERB_LINKS.has(prev.lower) || AUXILIARIES.has(prev.lower) || MODALS.has(prev.lower);
      if (!linked && (isWord(prev) || prev.quote >= 0) && !/n['’]t$|^not$/.test(prev.lower)) return i;
    }
    if (verb || /^\p{Ll}{3,}[^su]s$/u.test(t.text)) seen = seen || verb || i > from;
  }
  return to;
}

/** True when the weak cue word at `k` reports a clause here: a noun-like cue used as a verb
 * ("they claim that …") or a claim noun with its possessor ("Ruiz’s claim that …"). */
export function weakCueReports(tokens: Token[], k: number): boolean {
  return nounLikeVerb(tokens, k) || (CLAIM_NOUNS.has(tokens[k]!.text) && possessedClaim(tokens, k) !== null);
}

/** True when the token at `k` is an adverb between a participle cue and the comma or the
 * preposition before it (", eventually saying", "after initially claiming"). */
function adverbBeforeParticiple(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  if (!next?.cue || !before || isCapitalized(next) || !isParticipleCue(next.text)) return false;
  return (before.text === ',' || GERUND_PREPOSITIONS.has(before.lower)) && isAdverb(tokens[k]);
}

/** Forms of "point" that report speech with "out" after them ("pointed out that …"), and the
 * forms of "note" that say the same in one word. */
const POINT = wordMap('point=note points=notes pointed=noted pointing=noting');

/** True when the token at `k` is "point(ed) out" followed by "that", a comma or the end ("as Roe
 * pointed out, …": train 4 contents gained, no false one): a cue the lexicon cannot hold as one
 * word ("pointed to the map", "pointed out the flaws" are none). */
export function pointsOut(tokens: Token[], k: number): boolean {
  return (
    POINT.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'out' && /^(?:that|,|\.)$/.test(tokens[k + 2]?.lower ?? '.')
  );
}

/** Words that open a clause or a noun phrase right after a noun-like cue used as a verb. */
const CLAUSE_OPENERS = wordSet('the a an his her their its he she they it we');

/** Subject pronouns after which a noun-like cue form is a verb ("he claims", "they note"). */
const PRONOUN_SUBJECTS = wordSet(PERSONAL_SUBJECTS);
/** Negated auxiliaries, shared by VERB_AUXILIARIES and AUXILIARIES. */
const NEGATED_AUXILIARIES = "didn't doesn't don't hasn't haven't hadn't won't wouldn't can't couldn't";
/** Auxiliaries after which a noun-like cue form is a verb ("had forecast", "did not report"); not
 * "is" and "was", whose participle is passive ("was projected to win") and has no source here. */
const VERB_AUXILIARIES = wordSet(`${HAVE_FORMS} ${MODAL_FORMS} ${DO_FORMS} ${NEGATED_AUXILIARIES}`);
/** Adverbs that may stand between a subject and its verb ("also notes", "often claim"); any
 * lower-case word in -ly but a few nouns. */
const ADVERBS = wordSet('also often still now already again even never not then later once');
const LY_NOUNS = wordSet(`${LY_NOUN_CORE} italy reply`);

function isAdverb(t: Token | undefined): boolean {
  if (!t || !isWord(t) || isCapitalized(t)) return false;
  return ADVERBS.has(t.lower) || (isSmallWordEnding(t.text, 3, 'ly') && !LY_NOUNS.has(t.lower));
}

/** Plural nouns that head compounds ("the jobs report", "a sales forecast"), and words before a
 * plural noun that make it such a compound's first part. */
const COMPOUND_PLURALS = wordSet(
  'news jobs sales earnings ratings savings goods arms sports customs means series species',
);
const COMPOUND_BEFORE = wordSet(
  'the a an this that its his her their our your whose last latest monthly weekly quarterly annual',
);

/** /^\p{Ll}{3,}[^isu'’]s$/u read by hand (V8 compiled it inside the engine's first call): three
 * small letters or more, one character (a code point) other than i, s, u or an apostrophe (a
 * curly one too: "the harbour board’s report says" has no plural subject "board’s"), then "s". */
export function smallPlural(w: string): boolean {
  let x = w.length - 2;
  if (x < 0 || w[x + 1] !== 's') return false;
  const c = w.charCodeAt(x);
  if (c >= 0xdc00 && c <= 0xdfff && x > 0 && (w.charCodeAt(x - 1) & 0xfc00) === 0xd800) x--;
  return !"isu'’".includes(w[x]!) && isSmallWordEnding(w.slice(0, x), 3, '');
}

/** True when the token at `p` is a lower-case plural noun that can be a clause's subject ("tenant
 * advocates", "media outlets", "many lawmakers"): not a compound's first part. */
function pluralSubject(tokens: Token[], p: number): boolean {
  const t = tokens[p];
  if (!t || !isWord(t) || isCapitalized(t) || !smallPlural(t.text)) return false;
  if (COMPOUND_PLURALS.has(t.lower)) return false;
  const before = tokens[p - 1];
  return !before || !(COMPOUND_BEFORE.has(before.lower) || /['’]s?$/.test(before.text));
}

/** True when the noun-like cue form at `k` ("claims", "notes", "reports", "estimates") is a verb
 * here, not a noun: after a subject pronoun; with "that" after it and a subject before it (a
 * name, a plural noun: "Pew notes that", "activist groups claim that"); or between commas after a
 * name (", Frank notes, …"). A determiner or a possessive before the name or noun makes it a
 * noun ("his claims that", "a Harbor Gazette report that", "the senator’s remarks, …"). */
export function nounLikeVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.quote >= 0 || !isNounLikeCue(t.lower) || isCapitalized(t)) return false;
  // "Pew also notes that", "Ms. Okafor frequently notes that": an adverb between the subject and
  // the verb; the subject stands before it.
  let p = k - 1;
  while (p > 0 && p > k - 3 && isAdverb(tokens[p])) p--;
  const prev = tokens[p];
  if (!prev) return false;
  if (PRONOUN_SUBJECTS.has(prev.lower)) return true;
  const next = tokens[k + 1];
  // "Ruiz, who estimates that …", "an analyst who notes the …": after the relative pronoun the
  // form is a verb; "that" or a clause's first word after it makes it a report ("who reports to").
  if (prev.lower === 'who') return next?.lower === 'that' || CLAUSE_OPENERS.has(next?.lower ?? '');
  // "had already forecast that", "has projected that": after an auxiliary the form is a verb.
  if (VERB_AUXILIARIES.has(prev.lower)) return true;
  // "Rust Belt states that have suffered …", "disputes that had divided them": "that" and a finite
  // verb after the form make it a noun with a relative clause, whatever stands before it.
  if (next?.lower === 'that' && isVerbLike(tokens[k + 2])) return false;
  // "is right to note that …", "is likely to stress that …": a base form after "to", with a
  // clause's "that", is an infinitive ("according to reports that …" is a plural noun).
  if (prev.lower === 'to' && next?.lower === 'that' && !smallPlural(t.lower) && !/(ed|ing)$/.test(t.lower)) return true;
  // "advocates estimate there could be …", "local analysts note the council …": a plural noun
  // before the base form agrees with it as a subject with its verb, never as a compound noun
  // ("the jobs report", "sales forecast": a determiner or a plural-only noun before it).
  if (!/(s|ed|ing)$/.test(t.lower) && pluralSubject(tokens, p) && isWord(next) && !NOT_CLAUSE_START.has(next!.lower))
    return true;
  // "Ada Roe, a harbor consultant, notes that …": a name and its appositive before the form.
  if (prev.text === ',' && next?.lower === 'that') {
    let c = p - 1;
    while (c > p - 12 && isWord(tokens[c])) c--;
    if (tokens[c]?.text === ',' && /^(a|an|the)$/.test(tokens[c + 1]!.lower) && isCapitalized(tokens[c - 1]))
      return true;
  }
  // "Goldman Sachs forecasts 2.5 percent growth": an estimating verb's object may be the figure.
  const figure =
    (isEstimatingCue(t.lower) || OBJECT_CONTENT.has(t.lower)) &&
    (startsFigure(tokens, k + 1) || (t.lower.endsWith('s') && figureObject(tokens, k + 1)));
  // "…, the Tax Policy Center estimates.", "…, the Daily Ledger reports.": a name between a comma
  // and the sentence's end.
  const last = next === undefined || next.text === '.';
  // "A 2019 estimate by the Harbor Institute projected that …": a document by a body is a subject.
  if (figure || (next?.lower === 'that' && !isVerbLike(tokens[k + 2])))
    for (let d = p; d > p - 8 && isWord(tokens[d]); d--)
      if (tokens[d]!.lower === 'by' && DOCUMENT_NOUNS.has(tokens[d - 1]?.lower ?? '')) return true;
  // "Pew notes the survey …", "Bloomberg estimates his fortune …", "Roe claims he’s …": a clause's
  // subject after a name.
  // "Ruiz promises to cut …", "Roe claims to want …": a commitment's or a claim's infinitive.
  const infinitive =
    /^(claims|promises|pledges|vows)$/.test(t.lower) &&
    next?.lower === 'to' &&
    !/^(his|her|their|its|our|my|your)$/.test(prev.lower) &&
    isWord(tokens[k + 2]) &&
    !isCapitalized(tokens[k + 2]);
  const opener =
    next !== undefined &&
    (CLAUSE_OPENERS.has(next.lower) ||
      CLAUSE_OPENERS.has(next.lower.replace(/['’](s|re|d|ll)$/, '')) ||
      infinitive ||
      bareClauseAfter(tokens, k)) &&
    isCapitalized(prev);
  // "The suit claims that …", "The candidate claims his …": a singular noun that agrees with the
  // form, after the determiner that opens the clause; a past form agrees with any ("The office
  // projected that …": an adjective "projected" would stand before its noun).
  if (
    !isCapitalized(prev) &&
    /(?:s|ed)$/.test(t.lower) &&
    agreesAsSubject(prev, t) &&
    !NUMBER_WORDS.has(prev.lower) &&
    !DETERMINERS_OR_NUMBERS.test(prev.lower)
  ) {
    const content =
      (next?.lower === 'that' && !isVerbLike(tokens[k + 2])) || CLAUSE_OPENERS.has(next?.lower ?? '') || infinitive;
    let d = p - 1;
    while (d > 0 && d > p - 4 && isWord(tokens[d]) && !/^(the|a|an|this)$/.test(tokens[d]!.lower)) d--;
    const start = tokens[d - 1];
    if (content && /^(the|a|an|this)$/.test(tokens[d]?.lower ?? '') && (!start || /^(,|;|and|but)$/.test(start.lower)))
      return true;
  }
  if (
    (!next && !last) ||
    (next && next.lower !== 'that' && next.text !== ',' && !opener && !figure && !last) ||
    !isWord(prev) ||
    /['’]s?$/.test(prev.text)
  )
    return false;
  // "…, the agency estimates.", "…, the analysts estimate.": "the" and a lower-case noun that
  // agrees with the form, between a comma and the sentence's end, are its subject (a noun phrase
  // in apposition there has no verb-like form after its noun).
  if (!isCapitalized(prev) && last && tokens[p - 1]?.lower === 'the' && tokens[p - 2]?.text === ',')
    return agreesAsSubject(prev, t);
  // "activist groups claim that": a plural noun is the subject, whatever determines it.
  if (!isCapitalized(prev)) return next?.text !== ',' && !last && isSmallWordEnding(prev.text, 3, 's');
  // A name opens its clause: only punctuation or a conjunction may stand before it ("a confirmed
  // Harbor Gazette report that" is a noun).
  let b = p;
  while (b > 0 && isCapitalized(tokens[b - 1]) && b > p - 5) b--;
  let before = tokens[b - 1];
  // "The CBO projects that …", "and the independent Budget Watch Institute estimates that …": "the" (and
  // a lower-case modifier) before the name, when what follows is the figure, the sentence's end,
  // a clause's subject, or a "that" that opens a clause, not a relative one ("the CBO estimates
  // that showed …").
  if (figure || last || opener || (next?.lower === 'that' && !isVerbLike(tokens[k + 2]))) {
    let d = b - 1;
    if (d > 0 && isWord(tokens[d]) && !isCapitalized(tokens[d]) && tokens[d - 1]?.lower === 'the') d--;
    if (tokens[d]?.lower === 'the') {
      b = d;
      before = tokens[b - 1];
    }
  }
  if (next?.text === ',' || last) return !before || before.text === ',';
  // "on the day that the Post reports that …", "when Pew notes that …": a subordinator opens
  // the name's clause as a conjunction does.
  return !before || /^(,|;|\(|and|but|so|that)$/.test(before.lower) || SUBORDINATORS.has(before.lower);
}

/** "The Harbor Gazette reports more than half of the berths were …": after a name, an -s form
 * followed by a clause (a word that opens no adjunct, then a finite verb within a few words) is
 * the name's verb with its content (train: 2 contents gained, none false). */
function bareClauseAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]!.lower.endsWith('s') &&
    isWord(next) &&
    !NOT_CLAUSE_START.has(next!.lower) &&
    !isVerbLike(next) &&
    looksLikeClause(tokens, k + 1)
  );
}

/** True when the lower-case noun `noun` and the cue form `verb` agree as subject and verb: a
 * singular noun with the -s form ("the agency estimates"), a plural with the base form ("the
 * analysts estimate"); a noun that looks like an adverb or a participle never does. */
function agreesAsSubject(noun: Token, verb: Token): boolean {
  const w = noun.lower;
  if (!isWord(noun) || w.length < 3 || /(?:ly|ed|ing)$/.test(w) || CLAUSE_OPENERS.has(w)) return false;
  const plural = /[^su]s$/.test(w);
  return verb.lower.endsWith('ed') || (verb.lower.endsWith('s') ? !plural && !w.endsWith('s') : plural);
}

/** True when a figure starts at `i`: a number, an amount of money, or an approximation of one
 * ("about 300", "more than $2 billion"). */
function startsFigure(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.quote >= 0) return false;
  if (/^[$£€]?\d/.test(t.text) || /^[$£€]$/.test(t.text)) return true;
  if (/^(about|nearly|roughly|around|almost|some|over|under)$/.test(t.lower)) return startsFigure(tokens, i + 1);
  if (/^(more|less|fewer)$/.test(t.lower) && tokens[i + 1]?.lower === 'than') return startsFigure(tokens, i + 2);
  return false;
}

/** True when the noun phrase object opening at `from` holds a figure before any punctuation,
 * quotation, "that" or verb ("estimates his fortune at about $42 billion", "reports investments
 * worth $1 million"): what an estimating or reporting verb puts forward is then that figure. */
function figureObject(tokens: Token[], from: number): boolean {
  if (NOT_CLAUSE_START.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower !== 'least') return false;
  // "Later estimates put the figure at …": a word before a determiner is the verb; the cue a noun.
  if (!isCapitalized(tokens[from]) && OBJECT_OPENERS.has(tokens[from + 1]?.lower ?? '')) return false;
  for (let i = from, t; (t = tokens[i]) && i < from + 12 && t.quote < 0 && t.lower !== 'that'; i++) {
    if (/^[$£€\d]/.test(t.text)) return !/^(1[89]|20)\d\d$/.test(t.text);
    if (!isWord(t) || isVerbLike(t)) return false;
  }
  return false;
}

/** Capitalised cues of a title-cased headline ("Ada Brennan Says Flood Looks Like An 'Act Of
 * Negligence'"). The second line was fitted on PolNeAR train one form at a time among the
 * capitalised strong cues: each gained right claims and no wrong one (12 right in all, and "Reveal"
 * after a plural 3; "Explains",
 * "Suggested", "Denies", "Responds" only added wrong ones; "Vowed", the past of "Vows", 1 right and a
 * figure's claimant, none wrong; "Promises", "Pledges" changed nothing). */
const HEADLINE_CUES = wordSet(
  capitalised(
    'says said claims warns warned writes wrote admits insists vows predicts argues insisted ' +
      'tells told announces announced explained reveals revealed vowed reveal',
  ),
);
/** Tokens a headline holds at most: a longer run of capitals is no headline, and is not searched. */
const HEADLINE_TOKENS = 40;
/** Share of words capitalised that makes a sentence a title-cased headline. */
const TITLE_SHARE = 0.6;

function isTitleCase(tokens: Token[]): boolean {
  if (tokens.length > HEADLINE_TOKENS) return false;
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    words++;
    if (isCapitalized(t)) capitals++;
  }
  return words >= 4 && capitals >= words * TITLE_SHARE;
}

/** "Ada Brennan Says Flood Looks Like An 'Act Of Negligence'": in a title-cased headline, the name
 * before a capitalised cue and the rest of the headline after it. */
function headline(tokens: Token[], k: number, floor: number): { clause: ReportedClause | null; next: number } | null {
  const m = subjectBefore(tokens, k, floor);
  if (!m || m.kind !== 'name' || m.name.includes(' ' + tokens[k]!.text)) return null;
  // "Leaked Files Reveal …": a plural verb only after a plural subject ("Probe Helped Reveal …"
  // is an infinitive on another verb).
  if (tokens[k]!.text === 'Reveal' && !tokens[k - 1]!.text.endsWith('s')) return null;
  // "Ten Things Voters Said In 2015": a preposition after the cue opens an adjunct, not a claim
  // ("Vows To …" is a promise's content).
  const next = tokens[k + 1]?.lower ?? '';
  if (next !== 'to' && NOT_CLAUSE_START.has(next)) return null;
  const to = clauseEnd(tokens, k + 1);
  return { clause: clause(tokens, k + 1, to, m, k), next: to };
}

/** True when the participle cue at `k` is a progressive verb: after an auxiliary, perhaps with an
 * adverb between ("are quietly saying", "is now telling"), or after a contracted one ("He’s
 * predicting"). */
function progressive(tokens: Token[], k: number): boolean {
  let b = k - 1;
  if (
    b > 0 &&
    (isSmallWordEnding(tokens[b]!.text, 1, 'ly') || /^(now|still|also|again|already|not)$/.test(tokens[b]!.lower))
  )
    b--;
  const t = tokens[b]!;
  return PROGRESSIVE.has(t.lower) || /^(he|she|it|they|we|you|who|that)(['’](s|re))$/.test(t.lower);
}

/** True when the participle cue at `k` follows "with" and a name, an absolute construction whose
 * subject is that name ("…, with Senator Dan Roe telling reporters he …"). */
function absolute(tokens: Token[], k: number): boolean {
  let b = k - 1;
  while (b > 0 && b > k - 6 && isCapitalized(tokens[b])) b--;
  return (b < k - 1 && tokens[b]!.lower === 'with') || absoluteShare(tokens, k) !== null;
}

/** "…, with 50 percent saying she is ready", "with three in 10 saying …": the share of those asked
 * that a participle cue after "with" has as its subject, or null. */
function absoluteShare(tokens: Token[], k: number): RawMention | null {
  // "With 99 percent of precincts reporting, …": a participle closed by its comma says nothing.
  if (!isParticipleCue(tokens[k]!.text) || tokens[k + 1]?.text === ',') return null;
  const share = shareOf(tokens, k, 0);
  return share && tokens[indexAt(tokens, share.start) - 1]?.lower === 'with' ? share : null;
}

/** A share right before the cue at `k`, with whom it counts after "of" ("30 percent of voters",
 * "half of those surveyed"), read whole, or null. */
function shareOf(tokens: Token[], k: number, floor: number): RawMention | null {
  let h = k;
  for (let j = k - 2; j >= k - 5 && j > floor; j--) {
    if (!isWord(tokens[j + 1]) || tokens[j + 1]!.cue === 2) break;
    // Not "half of what experts say": a clause after "of" is no group.
    if (tokens[j]!.lower === 'of' && SHARE_HEADS.has(tokens[j - 1]!.lower) && !/^wh/.test(tokens[j + 1]!.lower)) h = j;
  }
  const share = shareBefore(tokens, h, floor);
  if (!share || h === k) return share;
  const text = joinTokens(tokens.slice(indexAt(tokens, share.start), k));
  return { ...share, end: tokens[k - 1]!.end, text, name: text };
}

/** True when a quotation stands in [from, to): the cue after it attributes that quote. */
function quoteBefore(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.quote >= 0) return true;
  return false;
}

/** Verbs of "as reported by X", which cites a source as "according to X" does. */
const AS_BY = wordSet('reported noted stated estimated found written');

/** Where the source starts after "as (first) reported by" at `k`, or -1. */
function asReportedBy(tokens: Token[], k: number): number {
  if (tokens[k]!.lower !== 'as') return -1;
  let v = k + 1;
  if (/^(first|previously|originally|also)$/.test(tokens[v]?.lower ?? '')) v++;
  return AS_BY.has(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'by' ? v + 2 : -1;
}

/** "According to X, C" (at the sentence's start) and "C, according to X"; the same with "as
 * reported by X". */
function according(
  tokens: Token[],
  k: number,
  floor: number,
  from = k + 2,
): { clause: ReportedClause | null; next: number } | null {
  const n = tokens.length;
  let c = from;
  // A quoted title of the document is part of its name, not a quotation ("according to the "Fair
  // Roads" report she released", "according to "Long Harbor" by Ada Roe"; on PolNeAR train, with
  // the author below, 3 figures gained, none of the outlet's own lost).
  const title = (i: number) =>
    i <= from + 1 && (DOCUMENT_NOUNS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'by');
  // "according to the Ministry of Health, Labour and Welfare": a comma between the fields of an
  // institution's name is inside the source, as before a verb.
  while (
    c < n &&
    c < k + SOURCE_LIMIT &&
    (tokens[c]!.text !== ',' || institutionComma(tokens, c, from)) &&
    tokens[c]!.text !== ';' &&
    (tokens[c]!.quote < 0 || title(c))
  )
    c++;
  let who = objectPronoun(tokens, from, c) ?? sourceAfter(tokens, from, c);
  if (!who || DOCUMENTS.test(who.text)) return null;
  // "According to the firm's finance chief, Ada Lund, C": a name in apposition to the role is
  // the source, and C starts after it (the name was read as the start of C); so is one ending
  // the sentence ("C, according to its chair, Ada Lund."). So is one after a noun of a person
  // ("according to the agency's special agent in Tarn, Ada Roe, C"), and one after a body's noun
  // ("According to the union, Tarn Watch, C": the body's name, its noun the role).
  if (who.kind === 'nominal' && tokens[c]?.text === ',' && roleNounHead(who, true)) {
    let j = c + 1;
    while (j < n && j < c + 6 && isCapitalized(tokens[j]) && tokens[j]!.quote < 0) j++;
    const named = j > c + 1 && /^[,.]$/.test(tokens[j]?.text ?? '.') ? subjectAfter(tokens, c + 1, j) : null;
    if (named?.kind === 'name' && named.end === tokens[j - 1]!.end) {
      who = { ...named, role: named.role ?? who.text };
      c = j;
    }
  }
  let opening = true;
  for (let i = floor; i < k && opening; i++)
    if (!OPENERS.has(tokens[i]!.lower) && tokens[i]!.text !== ',') opening = false;
  // "It did not go unnoticed: according to X, C": after a colon the cue opens a clause of its own.
  // "…, because, according to X, C": after a subordinator (or "that") and its comma, C is the
  // clause it opens (train, with the colon: 2 contents gained, 2 fewer false ones; dev unchanged).
  const opensAfter =
    tokens[k - 1]?.text === ':' ||
    (tokens[k - 1]?.text === ',' && (SUBORDINATORS.has(tokens[k - 2]?.lower ?? '') || tokens[k - 2]?.lower === 'that'));
  if (opening || (opensAfter && tokens[c]?.text === ',')) {
    if (tokens[c]?.text !== ',') return null;
    // "According to the Acme Society, which gave her its prize, C": a relative clause set on the
    // source between commas describes it and is no part of what it says; C starts after it. So
    // does an appositive on a name (an article and a role noun's or a body's noun's phrase of at
    // most ten words, to a comma: "According to Ada Roe, an economist at Tarn University, C",
    // "According to Ada Roe, a local resident, C", "According to Tarn Watch, the farmers' union, C").
    const w = tokens[c + 1]?.lower ?? '';
    if (/^(wh(ich|o)|an?|the)$/.test(w)) {
      let j = c + 2;
      while (isWord(tokens[j])) j++;
      const name = tokens
        .slice(c + 1, j)
        .map((t) => t.lower)
        .join(' ');
      if (
        tokens[j]?.text === ',' &&
        (w[0] === 'w' || (j < c + 12 && who.kind === 'name' && roleNounHead({ name } as RawMention, true)))
      )
        c = j;
    }
    const to = clauseEnd(tokens, c + 1);
    return { clause: clause(tokens, c + 1, to, who, k), next: to };
  }
  // "C1, according to X, C2": set inside the clause, the cue leaves it whole ("G4S receives,
  // according to one report, $234 million …"); an appositive after X ("…, the main source")
  // does not carry it on.
  if (
    tokens[k - 1]!.text === ',' &&
    tokens[c]?.text === ',' &&
    (carriesOn(tokens[c + 1]) || (frontedBefore(tokens, floor, k - 1) && !/^(a|an)$/.test(tokens[c + 1]?.lower ?? '')))
  ) {
    const to = clauseEnd(tokens, c + 1);
    return { clause: clause(tokens, floor, to, who, k), next: to };
  }
  // The clause before; the source's phrase (with an appositive) ends it.
  const to = tokens[k - 1]!.text === ',' || tokens[k - 1]!.text === '(' ? k - 1 : k;
  let next = c;
  while (next < n && tokens[next]!.text !== ';') next++;
  // '"…," Roe said, according to the statement.': a document named before ("the", "its") that
  // ends the sentence, after a cue on a capitalised name, names where the speaker's words were
  // found, not who said them; the name keeps its report (no span over the quote and its cue).
  if (
    tokens[to - 1]?.cue &&
    isCapitalized(tokens[to - 2]) &&
    /^(?:the|its)$/.test(tokens[k + 2]?.lower ?? '') &&
    DOCUMENT_NOUNS.has(tokens[k + 3]?.lower ?? '') &&
    /^[.;]?$/.test(tokens[k + 4]?.text ?? '')
  )
    return { clause: null, next };
  return { clause: clause(tokens, floor, to, who, k), next };
}

/** "According to her, C": an object pronoun standing alone as the source is the person it
 * refers to, read as its subject form ("she"), resolved as any pronoun speaker. */
const OBJECT_SUBJECT = new Map([
  ['him', ['he', 'm']],
  ['her', ['she', 'f']],
  ['them', ['they', '']],
]);
function objectPronoun(tokens: Token[], from: number, to: number): RawMention | null {
  const t = tokens[from];
  const subject = OBJECT_SUBJECT.get(t?.lower ?? '');
  if (!t || !subject || to !== from + 1) return null;
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    kind: 'pronoun',
    name: subject[0]!,
    role: null,
    gender: subject[1]!,
  };
}

/** "The meeting was first reported by Politico": a passive report's agent after "by" is its source,
 * and the subject before it (a plain noun phrase, short as it may be) what was reported. */
function reportedBy(tokens: Token[], k: number, floor: number): { clause: ReportedClause | null; next: number } | null {
  if (!/^(reported|tweeted)$/.test(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'by') return null;
  let b = k - 1;
  if (/^(first|initially|previously|earlier|also)$/.test(tokens[b]?.lower ?? '')) b--;
  if (tokens[b]?.lower === 'been' && /^(has|have|had)$/.test(tokens[b - 1]?.lower ?? '')) b--;
  else if (!/^(was|were|is|are)$/.test(tokens[b]?.lower ?? '')) return null;
  let s = floor;
  while (s < b && OPENERS.has(tokens[s]!.lower)) s++;
  if (s >= b || b - s > 12) return null;
  for (let i = s; i < b; i++) if (!isWord(tokens[i]) || tokens[i]!.cue === 2) return null;
  let e = k + 2;
  while (e < tokens.length && e < k + SOURCE_LIMIT && isWord(tokens[e])) e++;
  const who = sourceAfter(tokens, k + 2, e);
  return who ? { clause: clause(tokens, s, b, who, k, 1), next: e } : null;
}

/** The clause of the cue at `k`: before it ("C, X said."), around it ("C1, X said, C2") or after
 * it ("X said (that) C"). */
function cued(
  tokens: Token[],
  k: number,
  floor: number,
  used: boolean,
  prior: RawMention | null,
  open = floor === 0,
): { clause: ReportedClause | null; next: number } | null {
  const n = tokens.length;
  if (notSpeech(tokens, k) || addressed(tokens, k, floor)) return null;
  // "The senator, who also testified, said …": a comma and the main clause's own speech verb right
  // after the cue close the aside the cue stands in; it reports nothing, the next cue does.
  if (tokens[k + 1]?.text === ',' && tokens[k + 2]?.cue === 2 && !isParticipleCue(tokens[k + 2]!.text)) return null;
  const passive = reportedBy(tokens, k, floor);
  if (passive) return passive;
  // "released a statement Wednesday saying …": the time belongs to the main verb; the participle
  // hangs on what comes before it.
  const hung = isParticipleCue(tokens[k]!.text) && k > 0 ? timeAdverbialStart(tokens, k - 1, floor) - 1 : k - 1;
  const paired = pairedParticiple(tokens, k);
  if (
    paired < 0 &&
    isParticipleCue(tokens[k]!.text) &&
    k > 0 &&
    tokens[k - 1]!.text !== ',' &&
    // "… dismissed the claim — saying …": a spaced dash hangs the participle as a comma does, and
    // so does a quotation's closing comma ('hailed it as “historic,” telling …').
    !spacedDash(tokens, k - 1) &&
    !closedByComma(tokens[k - 1]!) &&
    !progressive(tokens, k) &&
    !absolute(tokens, k) &&
    !(hung >= 0 && ISSUED.has(tokens[hung]!.lower)) &&
    !GERUND_PREPOSITIONS.has(tokens[k - 1]!.lower) &&
    tokens[k + 1]?.lower !== 'that'
  )
    return null;
  const opening = openingParticiple(tokens, k, floor);
  if (opening) return opening;
  let mention =
    absoluteShare(tokens, k) ??
    (paired < 0
      ? (subjectOf(tokens, k, floor) ?? coordinatedSubject(tokens, k, floor, prior))
      : isParticipleCue(tokens[paired]!.text)
        ? subjectOf(tokens, paired, 0)
        : hungOnMain(tokens, paired, floor));
  if (!mention && paired >= 0 && !isParticipleCue(tokens[paired]!.text)) return null;
  // "Tom Ngata — a teacher from Otago — says …": the subject before a parenthetical set off by
  // dashes (train: 13 contents gained, 2 false ones).
  if (!mention) mention = subjectBeforeDashes(tokens, k, floor);
  // "The mayor, saying that …, walked out", "X — who claimed that … — resigned": an aside on the
  // sentence's opening subject speaks for that subject.
  if (!mention) mention = subjectOfAside(tokens, floor, k);
  // "Chris Hale, a delegate from Houston, Texas, said …": the place that ends an appositive is not
  // the speaker; the name the sentence opens with is. A name after a plain noun's comma is in
  // apposition to it ("The Rail, Tram and Bus Union's secretary, Col Dunn, said"), no region.
  const m0 = mention ? indexAt(tokens, mention.start) : 0;
  if (
    mention?.kind === 'name' &&
    mention.end <= tokens[k]!.start &&
    k > floor + 3 &&
    tokens[k - 1]!.text === ',' &&
    tokens[m0 - 1]?.text === ',' &&
    isCapitalized(tokens[m0 - 2]) &&
    // "The Taoiseach, Ada Lund, said": the office before the comma is the name's role already.
    !(tokens[m0 - 3]?.lower === 'the' && mention.role === tokens[m0 - 2]!.text)
  )
    mention = nameBeforeAppositives(tokens, floor, k) ?? mention;
  // "Sexton, a writing professor, said he …", "Hemsley, the co-author of …, said the days …": a
  // mention found inside the appositive after the opening name is not the speaker, and the
  // appositive is not what was said; the name speaks, and its clause follows the cue. So does a
  // name before a phrase and a second appositive ("Sen. Ada Lund, facing a spirited challenge in
  // Otago, a swing district, said": not "a spirited challenge"; train: 1 wrong source gone).
  if (mention && mention.end <= tokens[k]!.start && floor === 0 && tokens[k - 1]?.text === ',') {
    const host =
      nameBeforeRelative(tokens, k) ?? (mention.kind === 'nominal' ? nameBeforeAppositives(tokens, floor, k) : null);
    if (host && host.end < mention.start) mention = host;
  }
  // "Podesta, who said the project was vetted, said he was unaware …": the cue after a
  // non-restrictive relative clause (or an appositive holding one) is the opening name's, even
  // when the relative clause reported something of its own.
  if (!mention && tokens[k - 1]?.text === ',') mention = nameBeforeRelative(tokens, k);
  // "The senator, who said …, told reporters …": a plain noun phrase before such an aside too.
  if (!mention) mention = subjectBeforeAside(tokens, k);
  // "A spokesman … defended the route and said …": a second verb of the sentence's subject, also
  // after a first verb that reported nothing ("claimed victory and said …").
  if (!mention && k > 1 && tokens[k - 1]!.lower === 'and' && open) {
    mention = sentenceSubject(tokens, k) ?? (/^(a|an|the)$/.test(tokens[0]!.lower) ? subjectAfter(tokens, 1, k) : null);
    // "X cited Y, who studied it and found that …": the verb after "and" is the relative clause's,
    // and "who" stands for the phrase before its comma (only a subject found is replaced).
    const w = whoBefore(tokens, k - 2, 1);
    if (mention && w && tokens[w - 1]!.text === ',') mention = subjectBefore(tokens, w - 1, floor);
  }
  // "Lance Beebe, 49, a Navy veteran who …, said": a name, then appositives, then the cue.
  if (!mention && k > floor + 2 && tokens[k - 1]!.text === ',') mention = nameBeforeAppositives(tokens, floor, k);
  // "X, who …, earlier Thursday said …", "X won the race by saying that …": no subject next to
  // the cue; the sentence's main subject says it (PolNeAR train: recall +1.5 points, source
  // accuracy -0.5).
  // "… counts independent voters who said they …": a restrictive "who" after a plural noun; the
  // noun phrase it restricts speaks.
  // "… experts who have long said …": "who" (or "which") the cue's subject, past auxiliaries and
  // adverbs; the mention is the relative pronoun, named as the phrase it stands for.
  let rel = k - 1;
  while (rel > floor && rel > k - 4 && (VERB_AUXILIARIES.has(tokens[rel]!.lower) || isAdverb(tokens[rel]))) rel--;
  const relWho = /^(who|which)$/.test(tokens[rel]?.lower ?? '') ? tokens[rel]! : null;
  // "About a third said …", "Twenty-four percent say …": a share is read whole, not its head alone.
  // So is one with whom it counts ("61 percent of women say", not "women"), or a count after "in"
  // ("three in five said", not "five").
  const share = relWho || isParticipleCue(tokens[k]!.text) ? null : shareOf(tokens, rel + 1, floor);
  if (share && (!mention || (mention.kind === 'nominal' && share.start <= mention.start))) mention = share;
  if (!mention && relWho?.lower === 'who' && rel - 1 >= floor && /[^s']s$/.test(tokens[rel - 1]!.lower)) {
    const group = subjectBefore(tokens, rel, floor);
    // A phrase that holds a verb ("rebuked critics", "echoing experts", "includes farmers") ends
    // in the verb's object, the noun phrase "who" hangs on.
    let from = group ? indexAt(tokens, group.start) : k;
    for (let i = from; i < rel - 1; i++)
      if (isPastForm(tokens[i]!.lower) || isAdverb(tokens[i]) || /(ing|[^s'’]s)$/.test(tokens[i]!.text)) from = i + 1;
    if (group?.kind === 'nominal' && group.end === tokens[rel - 1]!.end) {
      const name = from > indexAt(tokens, group.start) ? joinTokens(tokens.slice(from, rel)) : group.name;
      mention = { ...group, name, start: relWho.start, end: relWho.end, text: relWho.text };
    }
  }
  // "…, compared with 23 percent who said …", "those who said …", "double the number who said
  // …": a share before a restrictive "who" speaks through it, not the sentence's subject.
  if (!mention && tokens[k - 1]?.lower === 'who') {
    const share = shareWho(tokens, k, floor);
    if (share === false) return null;
    mention = share;
  }
  // "C, said Ada Lund, a teacher, who added …": "who" after the inverted source that ended the
  // clause before stands for that source; after a source before its cue, for the name that ends
  // that clause ("The club said it would give the cup to Ada Lund, who said …"), or none.
  if (relWho?.lower === 'who' && rel - 1 === floor && tokens[floor]!.text === ',' && prior && prior.kind !== 'pronoun')
    if (!mention || mention.kind === 'pronoun') {
      let m: RawMention | null = prior;
      if (tokens.some((t, i) => i < floor && t.start >= prior.end && t.cue)) m = subjectBefore(tokens, floor, 0);
      if (m?.kind === 'name') mention = { ...m, start: relWho.start, end: relWho.end, text: relWho.text };
    }
  // "… a request by the Harbor Gazette, which argued that …": ", which" stands for the name of a
  // body before its comma (a common noun there may be the object of something else that spoke:
  // "the cost of the study, which found …").
  if (
    relWho?.lower === 'which' &&
    tokens[rel - 1]!.text === ',' &&
    rel - 2 >= floor &&
    mention?.start !== relWho.start
  ) {
    let body = subjectBefore(tokens, rel - 1, floor);
    // "… turned to the Harbor Gazette, which …": a phrase run back past a verb and its
    // preposition ends in the preposition's object; so does a sentence whose subject is no phrase
    // found before the verb ("Reporters turned to …", "They turned to …"). An invented-page fix:
    // PolNeAR train and dev unchanged.
    let p = rel - 2;
    while (p > floor && p > rel - 8 && !NOT_CLAUSE_START.has(tokens[p]!.lower)) p--;
    if (
      (body ? body.kind === 'nominal' && p > indexAt(tokens, body.start) : p > floor) &&
      NOT_CLAUSE_START.has(tokens[p]!.lower)
    )
      body = subjectAfter(tokens, p + 1, rel - 1);
    if (body?.kind === 'name' && body.end === tokens[rel - 2]!.end && !body.gender)
      mention = { ...body, start: relWho.start, end: relWho.end, text: relWho.text };
  }
  // Whom a relative pronoun stands for is found above or not at all; the sentence's subject is
  // someone else ("Ruiz met critics who say …"). Only "X is among those who say …" makes the
  // subject one of them.
  // "X — who claimed that … — resigned": after a comma or a dash that sets off an aside on the
  // sentence's verbless opening subject, "who" stands for that subject.
  if (relWho && mention?.start !== relWho.start) {
    const m = relWho.lower === 'who' ? subjectOfAside(tokens, floor, k) : null;
    mention = m && { ...m, start: relWho.start, end: relWho.end, text: relWho.text };
  }
  // "Ruiz, claiming that …, said …": the verb after the comma that closed a participle set off
  // after the sentence's opening subject is that subject's (with the participle's own clause, read
  // on a name of two words or more before its comma: train reported TP +3, FP +1, one claimant more).
  // So is a participle after ", while (also)" closing that subject's clause ("Ruiz has promised a
  // pier, while also suggesting …").
  if (
    !mention &&
    prior &&
    (k === floor + 1 || (tokens[floor + 1]!.lower === 'while' && k - floor < 4 && isParticipleCue(tokens[k]!.text))) &&
    tokens[floor]!.text === ',' &&
    prior.start === tokens[0]!.start
  )
    mention = prior;
  if (!mention && floor === 0 && (!relWho || tokens[rel - 2]?.lower === 'among')) mention = sentenceSubject(tokens, k);
  // "The nurse later sued, claiming …": a participle after a comma hangs on the main clause,
  // whose subject may be a plain noun phrase.
  if (
    !mention &&
    floor === 0 &&
    (tokens[k - 1]?.text === ',' || (k > 0 && spacedDash(tokens, k - 1))) &&
    isParticipleCue(tokens[k]!.text)
  )
    mention = nominalSubject(tokens, k) ?? subjectOfFirstVerb(tokens, k);
  // "About four in 10 said …", "72 percent say …", "Several said …": a share of those asked,
  // also past auxiliaries ("Some have suggested …", "Both have promised …").
  // "… and another 12 percent who say …": a share before "who" speaks through it, as a name does.
  if (!mention) {
    const who = tokens[k - 1]?.lower === 'who' ? tokens[k - 1]! : null;
    mention = shareBefore(tokens, who ? k - 1 : rel + 1, floor);
    if (mention && who) mention = { ...mention, start: who.start, end: who.end, text: who.text };
  }
  // "Those surveyed say …": the people a poll asked.
  if (!mention && k - 2 >= floor && tokens[k - 2]!.lower === 'those' && ASKED.has(tokens[k - 1]!.lower)) {
    const text = `${tokens[k - 2]!.text} ${tokens[k - 1]!.text}`;
    mention = {
      start: tokens[k - 2]!.start,
      end: tokens[k - 1]!.end,
      text,
      kind: 'nominal',
      name: text,
      role: null,
      gender: '',
    };
  }
  // "A new poll released Friday found …", "A survey by the group in March found …"; "Another
  // farmer who worked at the plant said …", "Groups that have endorsed him say …".
  if (!mention && !relWho) mention = documentSubject(tokens, floor, k) ?? subjectWithRelative(tokens, floor, k);
  if (!mention) return null;
  mention = unlessFirstPersonVerb(tokens, mention);
  // "Talks stalled after the envoys walked out, saying …": a subject that cannot speak leaves a
  // participle hung on the comma to a subordinate clause's subject that can, or to nobody.
  if (mention && tokens[k - 1]?.text === ',' && isParticipleCue(tokens[k]!.text) && mute(mention))
    mention = trailingClauseSubject(tokens, k - 1, floor, mention);
  if (!mention) return null;
  // "Parents and teachers' union say …": a bare plural opening the clause and "and" before a
  // nominal subject make the two one source, not the second alone.
  const f = indexAt(tokens, mention.start) - 2;
  if (mention.kind === 'nominal' && f === floor && tokens[f + 1]!.lower === 'and' && smallPlural(tokens[f]!.lower)) {
    const first = `${tokens[f]!.text} and `;
    mention = { ...mention, start: tokens[f]!.start, text: first + mention.text, name: first + mention.name };
  }
  // "A report from Kotak Institutional Equities found …": the body that issued it is the source.
  // A document cited as the subject ("A poll from X released Friday"), not one named again ("The
  // report also found …": that carries on the claim before it).
  // "C, a report from the X found.": after the clause, the document opens at the mention.
  const document =
    documentSubject(tokens, floor, k) ??
    (mention.end <= tokens[k]!.start ? documentSubject(tokens, indexAt(tokens, mention.start), k) : null);
  const documentary =
    (isDocumentSource(mention) || document !== null) &&
    !/^(?:the|this|that|these|those|its|their) \S+$/i.test(document?.text ?? mention.text);
  const issuer =
    documentary && mention.end <= tokens[k]!.start
      ? issuerOf(
          tokens,
          indexAt(tokens, Math.min(mention.start, document?.start ?? mention.start)),
          document ? k : indexAt(tokens, mention.end - 1) + 1,
        )
      : null;
  if (issuer) mention = issuer;
  // "A report commissioned by the Port Authority found …": who paid for it is no source; it is.
  let payer = mention.end <= tokens[k]!.start ? indexAt(tokens, mention.start) - 1 : -1;
  if (tokens[payer]?.lower === 'the') payer--;
  if (document && !issuer && tokens[payer]?.lower === 'by' && PAYING.has(tokens[payer - 1]?.lower ?? ''))
    mention = document;
  // "One survey of 500 renters found …": those a document counted are not its source; it is.
  // "The survey of 1,000 adults, conducted by Gallup, found …": the body that conducted it; so
  // for the document itself as subject ("The report, published by X on Monday, found …").
  if (
    document &&
    !issuer &&
    !relWho &&
    mention.kind !== 'name' &&
    mention.start >= document.start &&
    mention.end <= tokens[k]!.start
  )
    mention =
      issuedBy(tokens, indexAt(tokens, document.end - 1) + 1, k) ?? (mention.start > document.end ? document : mention);
  const before = tokens[k - 1];
  // "…, said the plant should stay open": a subject after the cue that has a verb of its own
  // opens the clause; the speaker stands before the cue.
  // A pronoun after the cue with a word after it ("…, said he holds …") is that clause's subject too.
  const afterMention = mention.start > tokens[k]!.start ? indexAt(tokens, mention.end - 1) + 1 : -1;
  if (
    afterMention > 0 &&
    (hasVerb(tokens, indexAt(tokens, mention.start), afterMention + 1) ||
      (mention.kind === 'pronoun' && isWord(tokens[afterMention])))
  )
    mention =
      before?.text === ','
        ? ((k > floor + 3 ? nameBeforeAppositives(tokens, floor, k) : null) ?? nameBeforeRelative(tokens, k))
        : null;
  if (!mention) return null;
  const inverted = mention.start > tokens[k]!.start;
  const afterCue = inverted ? indexAt(tokens, mention.end - 1) + 1 : k + 1;
  // "C, said Lena Ortiz, a spokeswoman for …": an inverted subject after the comma closes the
  // clause whatever follows it (an appositive, "who added …").
  // 'Ruiz is “not a backslapper,” said Omar Diallo, an aide …': the comma inside the closing
  // quotation before an inverted subject closes the clause, the quotation part of it.
  if (
    inverted &&
    before !== undefined &&
    before.quote >= 0 &&
    /,\W*$/.test(before.lower) &&
    k > floor + 2 &&
    isWord(tokens[floor]) &&
    !quoteBefore(tokens, floor, k - 1)
  )
    return { clause: clause(tokens, floor, k, mention, k), next: skipTail(tokens, afterCue) };
  if (inverted && before?.text === ',' && k > floor + 1) {
    // "C1, said X, an expert at Y, would C2": the clause's own verb after the appositive resumes it.
    const resume = resumedAfterAppositive(tokens, afterCue);
    if (resume > 0) {
      const to = clauseEnd(tokens, resume);
      return { clause: clause(tokens, floor, to, mention, k), next: to };
    }
    return { clause: clause(tokens, floor, k - 1, mention, k), next: skipTail(tokens, afterCue) };
  }
  let subjectStart = inverted ? k : indexAt(tokens, mention.start);
  // "…, both sources cautioned.": a quantifier before the subject's noun phrase opens it too.
  while (subjectStart > floor + 1 && /^(the|a|an|both|all)$/.test(tokens[subjectStart - 1]!.lower)) subjectStart--;
  // "…, federal prosecutors said.", "…, former officials said": words the mention leaves off its
  // front after a comma (read from the comma, the same mention; or capitalised: "Democratic") are
  // its modifiers.
  for (let c = subjectStart - 1; c > subjectStart - 4 && c > floor + 1; c--)
    if (tokens[c]!.text === ',') {
      if (!inverted && (isCapitalized(tokens[c + 1]) || subjectAfter(tokens, c + 1, k)?.start === mention.start))
        subjectStart = c + 1;
      break;
    }
  // "C, a study by the Harbor Institute found.": the document the source issued opens the subject.
  if (
    /^(by|from)$/.test(tokens[subjectStart - 1]?.lower ?? '') &&
    DOCUMENT_NOUNS.has(tokens[subjectStart - 2]?.lower ?? '')
  ) {
    let d = subjectStart - 3;
    while (d > floor + 1 && d > subjectStart - 6 && isWord(tokens[d]) && !/^(the|a|an)$/.test(tokens[d]!.lower)) d--;
    if (/^(the|a|an)$/.test(tokens[d]?.lower ?? '')) subjectStart = d;
  }
  // "far higher than earlier studies have suggested - …": a cue in a comparison after "than", no
  // clause after it, says nothing of its own (its content is the elided term compared).
  if (!inverted && tokens[subjectStart - 1]?.lower === 'than' && !isWord(tokens[afterCue])) return null;
  // 'Teachers are “looking to see …,” X said': the comma inside a closing quote ends the clause too.
  const quoteComma =
    subjectStart > floor + 1 &&
    tokens[subjectStart - 1]!.quote >= 0 &&
    /,\W*$/.test(tokens[subjectStart - 1]!.lower) &&
    !quoteBefore(tokens, floor, subjectStart - 1) &&
    isWord(tokens[floor]);
  if (quoteComma && tailIsShort(tokens, afterCue) && tailIsAdjunct(tokens, afterCue, k))
    return { clause: clause(tokens, floor, subjectStart, mention, k), next: skipTail(tokens, afterCue) };
  // "…, who said Trump was wrong": a relative pronoun's cue with a clause after it reports that
  // clause, not the words before the comma.
  const relativeClause = /^(who|which)$/i.test(mention.text) && looksLikeClause(tokens, afterCue);
  if (subjectStart > floor + 1 && tokens[subjectStart - 1]!.text === ',' && !relativeClause) {
    // "C, X said." — the cue closes the sentence (or its part before a hanging participle).
    // '“…,” the White House spokesman, Josh Earnest, said': a noun phrase between the quotation's
    // closing comma and the subject is the subject's appositive, not what was said.
    const part = clause(tokens, floor, appositiveBefore(tokens, floor, subjectStart - 1), mention, k);
    // "Compaq, she predicted, would come to them": a part too short to be a claim before an
    // interrupting cue is the start of one, not all of it.
    // "The deal, he said, would fail": a cue between commas with the clause's verb after it
    // interrupts the clause however long its first part, and however short the rest.
    // "Asked about the plan, Ruiz said, “…”" / "At a rally, Ruiz added, “…”": a fronted adjunct
    // before the cue and a quotation after it are a direct quote with its setting, no claim.
    // A condition or a concession ("If C1, X said, “C2”", "Even though C1, …") is part of what
    // was said, no setting.
    if (
      tokens[afterCue]?.text === ',' &&
      (tokens[afterCue + 1]?.quote ?? -1) >= 0 &&
      ((frontedSetting(tokens, floor, subjectStart - 1) && !/^(if|although|though|even)$/.test(tokens[floor]!.lower)) ||
        (!isWord(tokens[afterCue + 2]) && timeSetting(tokens, floor, subjectStart - 1)))
    )
      return { clause: null, next: skipTail(tokens, afterCue) };
    // "The plan, officials said Tuesday in a statement, would fail": an adjunct of the cue before
    // its comma, when a part with no verb before the cue has its verb right after the comma.
    let comma = /^(who|which)$/i.test(mention.text)
      ? afterCue
      : adjunctComma(tokens, afterCue, floor, subjectStart - 1, ADDRESSEE_CUES.has(tokens[k]!.lower));
    // "C1, X said on Monday, and C2": a short adjunct of the cue up to ", and" ends as the cue's
    // own comma would ("C1, X said, and C2").
    if (part && comma === afterCue && TAIL_STARTS.has(tokens[afterCue]?.lower ?? ''))
      for (let d = afterCue + 1, t; (t = tokens[d]) && d <= afterCue + ADJUNCT_LIMIT; d++)
        if (t.text === ',' || !isWord(t) || t.quote >= 0 || isVerbLike(t)) {
          if (t.text === ',' && tokens[d + 1]?.lower === 'and') comma = d;
          break;
        }
    const resumes = tokens[comma]?.text === ',' && resumesClause(tokens[comma + 1]);
    // "In some ways, the critics noted, the plan might work": a fronted adjunct, the cue, then the
    // clause with its subject and verb; the adjunct is part of what was said.
    const interrupts =
      resumes ||
      (!part &&
        tokens[afterCue]?.text === ',' &&
        (isWord(tokens[afterCue + 1]) || (tokens[afterCue + 1]?.quote ?? -1) >= 0)) ||
      (tokens[comma]?.text === ',' &&
        isFrontedAdjunct(tokens, floor, subjectStart - 1) &&
        opensClause(tokens, comma + 1));
    // "C1, they say, but C2", "C1, the airline added, and had passed …": a conjunction after the
    // cue's comma goes on with what was said, unless the rest has a cue of its own ("…, X
    // reported, while in Y …, Z reported").
    if (
      !interrupts &&
      !(
        part &&
        tokens[afterCue]?.text === ',' &&
        /^(and|but|while|although|though)$/.test(tokens[afterCue + 1]?.lower ?? '') &&
        !tokens.slice(afterCue + 2, afterCue + 40).some((t) => t.cue === 2)
      ) &&
      ((tailIsShort(tokens, afterCue) && tailIsAdjunct(tokens, afterCue, k)) ||
        closesHere(tokens, afterCue) ||
        // "C, he said, up from $610 million a year earlier": a comparison after the cue's comma
        // (no resumption: resumesClause) could join the claim only across the cue words; the
        // claim is the part before, however long the comparison (PolNeAR train: no such case).
        /^(up|down)$/.test(tokens[afterCue + 1]?.lower ?? ''))
    ) {
      if (/^(who|which)$/i.test(mention.text) || isFrontedAdjunct(tokens, floor, subjectStart - 1)) return null;
      // "While he was in jail, officials told him …", "When reached by phone, Ruiz had little to
      // say.": a subordinate clause or a phrase alone before the subject is the setting of the
      // cue, not what was said (train: 7 false clauses gone, 1 content lost).
      if (tokens[afterCue]?.text !== ',' && settingOnly(tokens, floor, subjectStart - 1)) return null;
      // "The Ohio senator, Ada Roe, disagreed.": a noun phrase alone (no clause) before the
      // name's comma is its appositive, not what was said.
      // So is a part with no verb before a name set off by commas with its verb right after ("The
      // union's chief negotiator, Ada Lund, did not comment."): a role subjectAfter stops short of.
      const after = indexAt(tokens, mention.end - 1) + 2;
      if (
        mention.kind === 'name' &&
        (subjectAfter(tokens, floor, subjectStart - 1)?.end === tokens[subjectStart - 2]?.end ||
          (tokens[after - 1]?.text === ',' &&
            (after === k || isVerbLike(tokens[after])) &&
            !hasVerb(tokens, floor, subjectStart - 1)))
      )
        return null;
      return { clause: part, next: skipTail(tokens, afterCue) };
    }
    // "C, he said, on condition of anonymity …": the terms of speaking after the cue's comma are
    // the reporter's; what was said ends before the cue. (A participle there, "C, he said,
    // wiping his brow", was tried too: train one right clause gained for two false ones, dev worse.)
    if (
      part &&
      !interrupts &&
      tokens[afterCue]?.text === ',' &&
      tokens[afterCue + 1]?.lower === 'on' &&
      tokens[afterCue + 2]?.lower === 'condition'
    )
      return { clause: part, next: afterCue + 1 };
    // "C1, X said, C2": the cue interrupts the clause; both parts are what was said. (A short
    // adjunct of the cue before its comma, "C1, X suggested in a tweet, C2", was tried too: train
    // 2 right clauses gained for 8 false ones, most of them a setting fronted before the subject.)
    if (tokens[comma]?.text === ',' && !cueAt(tokens, comma + 1, false)) {
      const to = clauseEnd(tokens, comma + 1);
      // "A spokesman, Ben Cole, said, “They will appeal.”": words with no verb before a name set
      // off by commas are its appositive, and the quotation after the cue's comma is a direct
      // quote, no clause it finishes ("The school, Ada Lund said, “will …”" still is one).
      if (tokens[k - 1]!.text === ',' && tokens[comma + 1]!.quote >= 0 && !hasVerb(tokens, floor, k))
        return { clause: null, next: to };
      const whole = clause(tokens, floor, to, mention, k);
      // "This plan, he says, is different": a rest too short to be a claim still finishes one
      // whose first part is too short on its own, when the rest opens with its verb.
      const finishes = !part && isVerbLike(tokens[comma + 1]);
      return {
        clause:
          whole && (wordsIn(tokens, comma + 1, to) >= MIN_WORDS || finishes)
            ? whole
            : clause(tokens, floor, subjectStart - 1, mention, k),
        next: to,
      };
    }
  }
  if (inverted && before?.text !== ',') return null;
  // "As Ruiz noted last week, the pier …": what an "as" clause's cue says follows its comma.
  // The main clause is what was said, whole ("As X noted, if C1, C2": not cut at its first comma).
  const asComma = !inverted ? asClauseComma(tokens, floor, subjectStart, afterCue) : -1;
  if (asComma > 0) {
    const to = clauseEnd(tokens, asComma + 1, tokens[k]);
    return { clause: clause(tokens, asComma + 1, to, mention, k), next: to };
  }
  // "boasted of raising $2 million", "joked about the polls", "commented on the ruling": what the
  // preposition governs is the claim; it ends before a second verb of the subject ("…, but denied").
  if (!used && prepositionContent(tokens[k]!.lower, tokens[afterCue]?.lower ?? '', tokens[afterCue + 1]?.text)) {
    let to = mainClauseStart(tokens, floor, k, afterCue + 1, clauseEnd(tokens, afterCue + 1, tokens[k]));
    for (let i = afterCue + 2; i < to; i++)
      if (
        /^(,|and|but)$/.test(tokens[i]!.lower) &&
        (isPastForm(tokens[i + 1]?.lower ?? '') || CLOSING_AFTER.has(tokens[i + 1]?.lower ?? ''))
      ) {
        to = i;
        break;
      }
    return { clause: clause(tokens, afterCue + 1, to, mention, k), next: to };
  }
  // "Most said yes.", "Flake said he would.": an answer, or a clause of a pronoun and its
  // auxiliary alone, is what was said, short as it is.
  const answer = !used && BARE_CLAUSE.has(tokens[k]!.lower) ? shortAnswer(tokens, afterCue) : -1;
  if (answer > 0) return { clause: clause(tokens, afterCue, answer, mention, k, 1), next: answer };
  // "X said (on Monday) (that) C" / "X told reporters C".
  let c = afterCue;
  let that = -1;
  // "reported earnings of $8.42, above the $8.04 that …": a "that" after a figure in the object of
  // a reporting or estimating verb is a relative pronoun inside that object.
  const counted =
    (isEstimatingCue(tokens[k]!.lower) || OBJECT_CONTENT.has(tokens[k]!.lower)) && figureObject(tokens, c);
  for (let d = c; d < n && d < c + LEAD_IN_LIMIT && !(counted && /^[$£€\d]/.test(tokens[d]!.text)); d++) {
    // "said rises of that size were …": a "that" after a preposition is a determiner; so is one
    // before a time noun its verb does not follow ("told the board that year: …"; not "said that
    // time is short").
    if (
      tokens[d]!.lower === 'that' &&
      !NP_PREPOSITIONS.has(tokens[d - 1]!.lower) &&
      !(TIME_NOUNS.has(tokens[d + 1]?.lower ?? '') && !isVerbLike(tokens[d + 2]))
    ) {
      // "recommends using that figure": a "that" after a gerund object is its determiner.
      if (
        d !== afterCue + 1 ||
        !/\p{Ll}{2,}ing$/u.test(tokens[afterCue]!.text) ||
        /(morn|even)ing$/.test(tokens[afterCue]!.lower)
      )
        that = d;
      break;
    }
    // "told Pryde, who spoke only to confirm his name and age, that …": a relative clause on the
    // hearer stands between the cue and its "that" once its own comma closes it; a "that" inside
    // it is its own ("told Lund, who argued that …"). PolNeAR train: no such case.
    if (tokens[d]!.lower === 'who' && tokens[d - 1]!.text === ',') {
      while ((isWord(tokens[++d]) || tokens[d]?.text === ',') && tokens[d]!.lower !== 'that');
      if (tokens[d - 1]!.text === ',' && tokens[d]?.lower === 'that') that = d;
      break;
    }
    // A semicolon ends the cue's clause: a "that" after it is the next clause's ("Roe had
    // promised a deal; Lund said that …").
    if (
      (tokens[d]!.quote >= 0 && !quotedTitle(tokens, d)) ||
      /^[.;]$/.test(tokens[d]!.text) ||
      THAT_STOP.has(tokens[d]!.lower) ||
      spacedDash(tokens, d)
    )
      break;
  }
  if (that < 0) that = thatAfterSetOff(tokens, k, afterCue);
  // "vowed to repeal the act, a provision that bars …": a promise's infinitive right after the cue
  // is its content; a later "that" is a relative pronoun inside it.
  if (that > afterCue && PROMISING.has(tokens[k]!.lower) && toInfinitive(tokens, afterCue) === afterCue) that = -1;
  // "said the incident that left her in tears …": a "that" after a noun phrase opening right after
  // the cue is a relative pronoun, and the phrase is the clause's subject; not after a verb that
  // takes an addressee ("told the court that") nor after a noun that takes a clause ("his claim
  // that") (train: 11 contents gained, 2 lost). So is a bare plural right before "that" after a
  // verb that takes a clause and no object ("said platforms that misclassified workers could …";
  // not "denounced supporters that …", nor the time of "said years ago that …").
  if (
    that > afterCue &&
    (DETERMINERS.has(tokens[afterCue]!.lower) ||
      (BARE_CLAUSE.has(tokens[k]!.lower) && that === afterCue + 1 && smallPlural(tokens[afterCue]!.text))) &&
    !CONTENT_NOUNS.has(tokens[that - 1]!.lower) &&
    !ADDRESSEE_CUES.has(tokens[k]!.lower)
  )
    that = -1;
  // "said in a documentary that showed …": a relative "that" after a noun, not the clause's.
  // "said the scandal is only the latest issue that should give voters pause": a relative "that"
  // after a clause that opened right after the cue; that clause is read without "that" below.
  // "told the paper in a story that ran Monday that …": the next "that" after the relative
  // clause, with no punctuation between, opens what was said. With no adjunct after the cue, the
  // words before the relative "that" are a clause whose verb the tables lack ("said dwarfs often
  // blast planets with flares that can …"), read whole without "that" below.
  if (that > afterCue && isVerbLike(tokens[that + 1])) {
    const relative = !hasVerb(tokens, afterCue, that) || NOT_CLAUSE_START.has(tokens[afterCue]?.lower ?? '');
    let next = that + 2;
    while (next < n && next < that + ADJUNCT_LIMIT && isWord(tokens[next]) && tokens[next]!.lower !== 'that') next++;
    if (relative && tokens[next]?.lower === 'that' && !isVerbLike(tokens[next + 1])) that = next;
    else if (relative && NOT_CLAUSE_START.has(tokens[afterCue]!.lower)) return null;
    else that = -1;
  }
  // "said the department has shown through its choices that it is biased", "said his worry is
  // that …": an auxiliary between the cue and "that" is the finite verb of a clause that opened
  // right after the cue; "that" is inside it, and the clause is read without it below.
  if (
    that > afterCue &&
    BARE_CLAUSE.has(tokens[k]!.lower) &&
    !NOT_CLAUSE_START.has(tokens[afterCue]!.lower) &&
    hasFinite(tokens, afterCue, that)
  )
    that = -1;
  // "vowed (not) to repeal the law": a promise reports what its source commits to; "pledged
  // Saturday to …", "promised on Tuesday to …": after the time it was made.
  let a = afterCue;
  while (a < afterCue + 3 && TIME_WORDS.has(tokens[a]?.lower ?? '')) a++;
  const infinitive = that < 0 && !used && PROMISING.has(tokens[k]!.lower) ? toInfinitive(tokens, a) : -1;
  if (infinitive >= 0) {
    const end = infinitiveEnd(tokens, infinitive, clauseEnd(tokens, infinitive, tokens[k]));
    const to = mainClauseStart(tokens, floor, k, infinitive, end);
    return { clause: clause(tokens, infinitive, to, mention, k), next: to };
  }
  if (that >= 0) c = that;
  else if (
    !used &&
    // "has promised $150 million for the bypass": an amount promised is a grant, not a claim.
    ((OBJECT_CONTENT.has(tokens[k]!.lower) && !(PROMISING.has(tokens[k]!.lower) && startsFigure(tokens, c))) ||
      // "the Orrin Shipping Register tallies 212 wrecks": a tally's object is content only as a figure.
      (counted && TALLYING.has(tokens[k]!.lower)) ||
      (FINDING.has(tokens[k]!.lower) &&
        // "The Harbor Gazette found 48 percent of renters were late": what a body (a name with
        // no gender) found is a clause after it too ("Ruiz found it hard" is no report).
        (documentary ||
          (mention.kind === 'name' &&
            !mention.gender &&
            mention.end === tokens[k - 1]?.end &&
            foundClause(tokens, c))))) &&
    !NOT_CLAUSE_START.has(tokens[c]?.lower ?? '')
  ) {
    let to = objectEnd(tokens, c, mainClauseStart(tokens, floor, k, c, clauseEnd(tokens, c, tokens[k])));
    if (tokens[k]!.lower.startsWith('mention')) to = mentionedEnd(tokens, c, to);
    // The figure reported ends at a comma that opens a comparison with another ("earnings of
    // $8.42, well above the $8.04 …", "…, up 31 percent from …"): the writer's, not the report's.
    for (let i = c; counted && i < to; i++)
      if (
        tokens[i]!.text === ',' &&
        /^(well|far|up|down|above|below)$/.test(tokens[i + 1]!.lower) &&
        figureObject(tokens, i + 1)
      )
        to = i;
    return { clause: clause(tokens, c, to, mention, k), next: to };
  } else if (!BARE_CLAUSE.has(tokens[k]!.lower) || (used && !opensClause(tokens, c))) return null;
  else if (/^(told|tell(s|ing)?|(re)?assur(es?|ed|ing))$/.test(tokens[k]!.lower)) {
    c = skipObject(tokens, c);
    // "told the packed hall, where …", "told a voter passing by": a hearer and no clause after it.
    if (!clauseSoon(tokens, c)) return null;
  }
  // "claimed a victory": a verb that also takes a noun phrase reports a clause without "that"
  // only when one follows (a pronoun subject or a verb).
  if (that < 0 && TAKES_OBJECT.has(tokens[k]!.lower) && !looksLikeClause(tokens, c)) return null;
  // "wrote the letter on Monday", "add another job title": a noun phrase object with no verb of
  // its own after it is what was done, not what was said. Only for the cues where PolNeAR train
  // loses fewer right contents than false ones to it (fitted one lemma at a time: add, argue,
  // write, criticize 7 right against 17 false, suggest 1 against 3; "announce" 14 against 5, "say"
  // 12 against 6, "tweet", "stress", "recall", "note" lose more than they gain, PolNeAR counting
  // "announced his candidacy" as a report).
  // "the fees, which they argue deter buyers": after a relative pronoun the content opens with its verb.
  // "…, a record, and that the site would add more drainage": a "that" after "and" opens a second
  // clause of what was said, no relative one; its verb's bare object is no content.
  const relative =
    subjectStart > floor &&
    /^(which|that|who)$/.test(tokens[subjectStart - 1]!.lower) &&
    tokens[subjectStart - 2]?.lower !== 'and';
  if (that < 0 && !used && NO_OBJECT_CONTENT.has(tokens[k]!.lower) && nounPhraseObject(tokens, c, !relative))
    return null;
  // "told the congress that year: …": the demonstrative's time phrase is an adjunct.
  if (that < 0 && tokens[c]?.lower === 'that' && TIME_NOUNS.has(tokens[c + 1]?.lower ?? '')) c += 2;
  while (c < n && (tokens[c]!.text === ',' || tokens[c]!.text === ':')) c++;
  // '“…!” Ruiz tweeted, quoting the report': a participle after the cue's comma hangs on it.
  if (c > afterCue && hangingParticiple(tokens, c)) return null;
  // "said in a statement on Thursday they …": an adjunct, then a clause that opens with its subject.
  if (that < 0 && NOT_CLAUSE_START.has(tokens[c]?.lower ?? '') && !approximation(tokens, c)) c = pastAdjunct(tokens, c);
  // "insisted Thursday during a tour …", "said pleasantly into the phone": an adverb or a time
  // word before a preposition opens an adjunct too; what was said follows it or nothing does
  // (train: 7 false clauses gone, none lost). Not "complained bitterly about …" (its content).
  else if (
    that < 0 &&
    (isAdverb(tokens[c]) || (TAIL_STARTS.has(tokens[c]?.lower ?? '') && TIME_WORDS.has(tokens[c]!.lower))) &&
    NOT_CLAUSE_START.has(tokens[c + 1]?.lower ?? '') &&
    !prepositionContent(tokens[k]!.lower, tokens[c + 1]!.lower, tokens[c + 2]?.text)
  )
    c = pastAdjunct(tokens, c + 1);
  if (c < 0) return null;
  // 'told supporters, “…”', 'said last week in Tel Aviv, “…”': what was said is the quotation.
  if (that < 0) c = pastLeadIn(tokens, c);
  let to = clauseEnd(tokens, that >= 0 ? that + 1 : c, tokens[k]);

  // "the rule, which officials said will start in May, will not apply …", "what analysts said was
  // a sign of …, is …": a cue inside a relative clause reports only up to the comma or dash that
  // closes the relative clause, when the sentence goes on with its own verb after it and the
  // clause before the comma already has one ("…, who said that the men, and Mr. X, must …" goes on).
  // "At the hall, where the Red Cross said 40 people had slept, Ada Roe sat …", "Ruiz, who said
  // …, plans …": after only a name or a fronted phrase, the sentence's own verb is still to come
  // and the relative clause's closing comma ends the content whatever follows it.
  const r = subjectStart - (/^(which|who)$/i.test(mention.text) ? 0 : 1);
  if (!inverted && r >= floor && /^(which|who|whom|what|where)$/.test(tokens[r]!.lower)) {
    let open = r > floor + 1 && tokens[r - 1]!.text === ',';
    for (let j = floor; j < r - 1; j++)
      open &&= isWord(tokens[j]) && (FRONTED_PREPOSITIONS.has(tokens[floor]!.lower) || isCapitalized(tokens[j]));
    for (let i = c + 1; i < to; i++) {
      // '…, who said that costs were “in the millions,” described …': the comma inside a
      // closing quotation closes the relative clause too, the quotation part of it.
      const quoted = closedByComma(tokens[i]!);
      if (
        (quoted || /^(,|—|–|-|--)$/.test(tokens[i]!.text)) &&
        (open || (mainVerb(tokens, i + 1) && (hasVerb(tokens, c, i) || /^\p{Ll}{3,}[^s]s$/u.test(tokens[c]!.text))))
      ) {
        to = quoted ? i + 1 : i;
        break;
      }
    }
  }
  // "…, with 22 percent saying they would not back him, Ruiz at 20 percent, …": what a share in an
  // absolute construction says ends at its comma; a list of results may follow.
  if (absoluteShare(tokens, k)) {
    for (let i = c + 1; i < to; i++)
      if (tokens[i]!.text === ',') {
        to = i;
        break;
      }
  }
  to = subjectAsideEnd(tokens, floor, k, c, to);
  to = mainClauseStart(tokens, floor, k, c, to);
  return { clause: clause(tokens, c, to, mention, k), next: to };
}

/** How far past the cue an adjunct set off by commas may run before its ", that". */
const SET_OFF_LIMIT = 30;

/** "said Thursday during a taping in Buffalo, New York, that …", "said on CNN, where he is a
 * contributor, that …", "told friends since the spring, at fundraisers and in private, that …": an
 * adjunct of the cue (after its hearer) may run long and hold commas, a relative clause or "and";
 * a "that" right after a comma is no relative pronoun, so it opens what was said. The index of
 * that "that", or -1. Another strong cue, a quotation, or the end of a clause on the way stops it:
 * the "that" may be theirs. */
function thatAfterSetOff(tokens: Token[], k: number, afterCue: number): number {
  const from = /^(told|tell(s|ing)?)$/.test(tokens[k]!.lower) ? skipObject(tokens, afterCue) : afterCue;
  const first = tokens[from];
  if (!first || !(NOT_CLAUSE_START.has(first.lower) || TIME_WORDS.has(first.lower) || isAdverb(first))) return -1;
  for (let d = from + 1; d < tokens.length && d < from + SET_OFF_LIMIT; d++) {
    const t = tokens[d]!;
    if (t.lower === 'that')
      return tokens[d - 1]!.text === ',' && isWord(tokens[d + 1]) && !isVerbLike(tokens[d + 1]) ? d : -1;
    if ((t.quote >= 0 && !quotedTitle(tokens, d)) || /^[.;:!?]$/.test(t.text) || t.cue === 2 || spacedDash(tokens, d))
      return -1;
  }
  return -1;
}

/** The subject of the sentence's first finite verb, for a participle hung on a comma after the
 * main clause ("On Sunday morning Mr. Lund made a third attempt …, writing that …", "She, too, is
 * a pragmatist …, cautioning that …"): a name or a pronoun, with only a time phrase before it; null
 * past a subordinator (the participle may be that clause's) or with no such verb. */
function subjectOfFirstVerb(tokens: Token[], k: number): RawMention | null {
  for (let v = 1; v < k - 1; v++) {
    const t = tokens[v]!;
    if (SUBORDINATORS.has(t.lower)) return null;
    if (!isWord(t) || isCapitalized(t)) continue;
    if (!PAST_MARKERS.has(t.lower) && !PRESENT_MARKERS.has(t.lower) && !isPastForm(t.lower)) continue;
    let b = v - 1;
    // "She, too, is": a parenthetical adverb between the subject and its verb.
    if (tokens[b]?.text === ',' && isWord(tokens[b - 1]) && tokens[b - 2]?.text === ',') b -= 3;
    const m = subjectBefore(tokens, b + 1, 0);
    if (!m || (m.kind !== 'name' && m.kind !== 'pronoun') || m.end !== tokens[b]!.end) return null;
    for (let i = 0; tokens[i]!.end <= m.start; i++)
      if (!TIME_WORDS.has(tokens[i]!.lower) && !OPENERS.has(tokens[i]!.lower)) return null;
    return m;
  }
  return null;
}

/** "Noting that only one senator voted with them, Ruiz said …", "While saying that he respects
 * her, Lund …": a participle clause that opens the sentence with its "that" (or a bare clause)
 * reports what the main clause's subject says; it runs to the last comma before that subject. */
function openingParticiple(
  tokens: Token[],
  k: number,
  floor: number,
): { clause: ReportedClause | null; next: number } | null {
  const t = tokens[k]!;
  if (floor !== 0 || !isParticipleCue(t.text)) return null;
  for (let i = 0; i < k; i++)
    if (!OPENERS.has(tokens[i]!.lower) && !GERUND_PREPOSITIONS.has(tokens[i]!.lower)) return null;
  const next = tokens[k + 1]?.lower ?? '';
  // "Since announcing in May that …": an adjunct before its "that"; "Adding to the cost is …": a
  // preposition after it opens no clause otherwise.
  let from = k + 1;
  if (NOT_CLAUSE_START.has(next))
    for (let d = k + 2; d < k + 7 && isWord(tokens[d]); d++)
      if (tokens[d]!.lower === 'that') {
        from = d;
        break;
      }
  if (
    tokens[from]?.lower !== 'that' &&
    (!BARE_CLAUSE.has(t.lower) || NOT_CLAUSE_START.has(next) || !looksLikeClause(tokens, k + 1))
  )
    return null;
  // The main clause's subject opens after one of the participle clause's commas (its own
  // commas may come before: "Noting that X, who …, voted, Ruiz said").
  const comma = (c: number) => tokens[c]!.text === ',' || closedByComma(tokens[c]!);
  for (let c = from + 1, commas = 0; c < tokens.length && commas < 3; c++) {
    if (!comma(c)) continue;
    commas++;
    const mention = sentenceSubject(tokens.slice(c + 1), tokens.length - c - 1);
    if (!mention) continue;
    // The clause ends at the last comma before the subject (an adverbial may stand between).
    for (let d = c + 1; tokens[d] && tokens[d]!.end <= mention.start; d++) if (comma(d)) c = d;
    return { clause: clause(tokens, from, tokens[c]!.text === ',' ? c : c + 1, mention, k), next: c + 1 };
  }
  return null;
}

/** Characters of a quotation that can be a programme's or a publication's title. */
const TITLE_CHARS = 40;

/** 'said on NBC’s “Meet the Press” that …', 'wrote in the “Opinion” section that …': a short
 * quotation after a possessive or a preposition in the lead-in after a cue names where it was
 * said; the search for the cue's "that" goes on past it. */
function quotedTitle(tokens: Token[], d: number): boolean {
  const t = tokens[d]!;
  const before = tokens[d - 1];
  if (t.end - t.start > TITLE_CHARS || !before || before.quote >= 0) return false;
  return /['’]s$/.test(before.lower) || /^(on|in|of|to|the)$/.test(before.lower);
}

/** "While X said C, Y did …", "Though X vowed to …, Y …": the content of a cue in a subordinate
 * clause opening the sentence ends at the first comma before a word, where the main clause starts
 * (train: 14 more clauses right, 15 fewer wrong when only a subject pronoun or a finite verb marked
 * the main clause; any word, and every kind of content, 4 more right). Returns the end of the
 * content [from, to) of the cue at `k`. */
function mainClauseStart(tokens: Token[], floor: number, k: number, from: number, to: number): number {
  if (!subordinateOpening(tokens, floor, k)) return to;
  for (let i = from; i < to; i++) {
    // 'Even as X claimed that “…,” Y said …': a quotation that opens the clause ends it at its
    // closing comma too (not a quoted fragment inside it, whose speaker is the clause's).
    const quoted = closedByComma(tokens[i]!) && (i === from || tokens[i - 1]!.lower === 'that');
    if ((quoted || (i > from && tokens[i]!.text === ',')) && isWord(tokens[i + 1])) return quoted ? i + 1 : i;
  }
  return to;
}

/** Words of an approximate number after "recall" ("recalls more than 40,000", "nearly 900"). */
const RECALL_BEFORE_NUMBER = wordSet(
  'about over under around nearly almost roughly some more than at least up to another',
);

/** Cue words that say nothing here: ", say, …" meaning "for example" (no subject before it between
 * the commas), "All told, …" meaning "in all", "add up", a passive cue and a product recall. */
function notSpeech(tokens: Token[], k: number): boolean {
  const t = tokens[k]!.lower;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (t === 'say' && before?.text === ',' && after?.text === ',') return true;
  // "The report, published by X, found …": a cue's form after an article is a noun, no verb.
  if (/^(the|an?)$/.test(before?.lower ?? '')) return true;
  // "it's fair to say that …", "too soon to say how …": an infinitive with no subject but "it"
  // or after "too" is the writer hedging, nobody's statement (train: 3 false clauses gone).
  if (before?.lower === 'to' && impersonal(tokens, k - 2)) return true;
  // "the bills added up to …": a sum, not a word added (train: 4 false clauses gone, none lost).
  if (/^add(s|ed|ing)?$/.test(t) && after?.lower === 'up') return true;
  // "declined to say whether …", "refused to confirm how …": a cue refused says nothing.
  if (
    before?.lower === 'to' &&
    /^(declin|refus)/.test(tokens[k - 2]?.lower ?? '') &&
    /^(whether|if|how|what|who|why|when|where)$/.test(after?.lower ?? '')
  )
    return true;
  // "The board was told that …", "it was reported that …", "Roof is accused of …": a passive cue
  // with no agent ("by X"): its subject heard or underwent it, and the speaker goes unnamed (train:
  // 22 false clauses gone, 7 contents lost, mostly with the hearer as source: "Sanders had been
  // told that he would lose"; dev 2 false ones gone).
  if (isPastForm(t) && after?.lower !== 'by') {
    const b = isAdverb(before) ? k - 2 : k - 1;
    if (/^(was|were|is|are|been|being|be)$/.test(tokens[b]?.lower ?? '')) return true;
  }
  // "recalls 210,000 pickups", "is recalling about 40,000 cars": a maker calls back a number of
  // its goods; nobody remembers aloud.
  if (/^recall(s|ed|ing)?$/.test(t)) {
    let j = k + 1;
    while (j < k + 4 && RECALL_BEFORE_NUMBER.has(tokens[j]?.lower ?? '')) j++;
    if (/^\d/.test(tokens[j]?.text ?? '')) return true;
  }
  // "tells the story of an island that …", "could not tell the difference": its object is no hearer.
  if (/^(?:told|tell(?:s|ing)?)$/.test(t) && /^(?:the|a|its|their|his|her)$/.test(after?.lower ?? ''))
    return (
      /^(?:story|stories|tale|truth|difference)$/.test(tokens[k + 2]?.lower ?? '') &&
      !/^(?:how|what|why|when|where|about)$/.test(tokens[k + 4]?.lower ?? '')
    );
  // "Staff told to expect cuts", "Inquest told …": a headline's passive, the subject is told, not
  // telling; "all told," is a sum.
  return (t === 'told' && before?.lower === 'all' && after?.text === ',') || toldInHeadline(tokens, k);
}

/** True when the word at `a` before a cue's "to" stands after "too" or after "it is" ("too soon
 * to say", "it’s safe to say"): the infinitive has no subject of its own. */
function impersonal(tokens: Token[], a: number): boolean {
  const b = tokens[a - 1]?.lower ?? '';
  return b === 'too' || /^it['’]s$/.test(b) || (/^(is|was)$/.test(b) && tokens[a - 2]?.lower === 'it');
}

/** A name mention that is "I" with a verb ("I guess", "I argue"): no name. */
function unlessFirstPersonVerb(tokens: Token[], m: RawMention): RawMention | null {
  const i = indexAt(tokens, m.start);
  const first = tokens[i];
  if (first?.text === 'I' && i + 1 < tokens.length && tokens[i + 1]!.start < m.end) return null;
  return m;
}

/** Cues (by the start of their forms) whose content may follow a preposition ("boasted of",
 * "joked about", "commented on", "admitted to" before a gerund). */
const PREPOSITION_CONTENT = wordMap('of=boast|warn about=boast|jok|complain on=comment to=admit');
/** Subordinators after a comma that end a noun phrase a cue's preposition governs. */
const CLOSING_AFTER = wordSet('although though while as even');
/** Whether `cue` takes its content after `preposition` (see PREPOSITION_CONTENT). After "to" only a
 * gerund is the content ("admitted to hiding the money"): "admitted to reporters that …" names
 * the hearer, and the content is the "that" clause (PolNeAR train: 1 clause, 2 figures gained). */
function prepositionContent(cue: string, preposition: string, next = ''): boolean {
  if (preposition === 'to' && !/\p{Ll}{2,}ing$/u.test(next)) return false;
  return (
    PREPOSITION_CONTENT.get(preposition)
      ?.split('|')
      .some((s) => cue.startsWith(s)) ?? false
  );
}

/** Tokens between the cue of an "as" clause and its comma ("As Ruiz noted in May,"). */
const AS_TAIL_LIMIT = 6;

/** The comma that closes "As X cue [adjunct]," opening the sentence (or its part after `floor`),
 * when a clause follows it; -1 otherwise. */
function asClauseComma(tokens: Token[], floor: number, subjectStart: number, afterCue: number): number {
  let a = subjectStart - 1;
  while (a > floor && /^(the|a|an)$/.test(tokens[a]!.lower)) a--;
  if (
    a < floor ||
    tokens[a]!.lower !== 'as' ||
    (a > floor && tokens[a - 1]!.text !== ',' && !OPENERS.has(tokens[a - 1]!.lower))
  )
    return -1;
  for (let m = afterCue; m < tokens.length && m <= afterCue + AS_TAIL_LIMIT; m++) {
    const t = tokens[m]!;
    if (t.text === ',') return isWord(tokens[m + 1]) ? m : -1;
    if (!isWord(t) || isVerbLike(t) || t.lower === 'that') return -1;
  }
  return -1;
}

/** Determiners that open a noun phrase right after a cue ("said the plan …"). */
const DETERMINERS = wordSet('the a an his her their its our');
/** Nouns whose "that" opens a clause they name ("repeated his claim that …"). */
const CONTENT_NOUNS = wordSet(
  `${SAID_NOUNS} notion line idea view belief charges allegation+ position contention assurance+ point fear+ hope case report+ rumor+ theory premise`,
);
/** Cues that take an addressee before their "that" ("told the court that", "warned his aides that"). */
const ADDRESSEE_CUES = verbSet(
  'warn assure',
  'tell tells told telling inform informs informed remind reminds reminded convince convinced promise promises promised advise advised',
);

/** Where what was said starts after the cue when a few words with no verb, then a comma (or one or
 * two words and a colon), then a quotation follow it ("told supporters, “…”", "said last week in
 * Tel Aviv, “…”", "replied flatly: “…”"): at the quotation, the words before it an adjunct or an
 * addressee (train: 15 false claims gone, 1 right one lost); else `c`. */
function pastLeadIn(tokens: Token[], c: number): number {
  for (let m = c; m < tokens.length && m < c + 14; m++) {
    const t = tokens[m]!;
    if (t.text === ',' || t.text === ':')
      return m > c && m - c <= (t.text === ',' ? 6 : 2) && (tokens[m + 1]?.quote ?? -1) >= 0 ? m + 1 : c;
    if (t.quote >= 0 || !isWord(t) || isVerbLike(t) || t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) return c;
  }
  return c;
}

/** Subordinators that open a sentence's first clause ("While X said …, Y did …"). */
const SUBORDINATORS = wordSet(`${SUBORDINATING} whereas even`);

/** Words that measure the time before "after", "before" or "since" opening a sentence, or mark a
 * time setting ("the next day"). */
const TIME_BEFORE = wordSet(
  'just shortly soon long right only minutes hours days weeks months years decades moments later earlier ago day week',
);
/** Prepositions that open a fronted phrase ("In a statement announcing …, X said"). */
const FRONTED_PREPOSITIONS = wordSet('in at on during with among');

/** Tokens a subordinate clause may hold before its cue (bounds the work per cue). */
const SUBORDINATE_LIMIT = 30;

/** "On Monday, in a release announcing his new role, Lund described …": a participle cue inside
 * a prepositional phrase fronted before the main clause (after other fronted phrases at most)
 * reports only up to the comma that closes the phrase. */
function frontedPhrase(tokens: Token[], floor: number, k: number): boolean {
  if (!isParticipleCue(tokens[k]!.text) && tokens[k - 1]?.lower !== 'who') return false;
  let p = k - 1;
  while (p >= floor && p > k - SUBORDINATE_LIMIT && tokens[p]!.text !== ',' && tokens[p]!.quote < 0) p--;
  if (p >= floor && tokens[p]!.text !== ',') return false;
  let i = p + 1;
  while (i < k && OPENERS.has(tokens[i]!.lower)) i++;
  if (!FRONTED_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return false;
  // What stands before the phrase is fronted too: short, with no quotation and no finite verb.
  if (p - floor > SUBORDINATE_LIMIT) return false;
  for (let j = floor; j < p; j++) if (tokens[j]!.quote >= 0) return false;
  return p < floor || !hasFinite(tokens, floor, p);
}

/** True when the cue at `k` stands in a subordinate clause that opens the sentence. */
function subordinateOpening(tokens: Token[], floor: number, k: number): boolean {
  let i = floor;
  while (i < k && (OPENERS.has(tokens[i]!.lower) || tokens[i]!.text === ',')) i++;
  // "Just after …", "Two days before …", "Years after …", "A few weeks after …": a measure of time
  // before the subordinator (up to three words: train one content more right, dev unchanged).
  for (let j = i; j < i + 4 && j < k; j++)
    if (/^(after|before|since)$/.test(tokens[j]!.lower) && (j === i || TIME_BEFORE.has(tokens[j - 1]!.lower))) {
      i = j;
      break;
    }
  if (frontedPhrase(tokens, floor, k)) return true;
  if (!SUBORDINATORS.has(tokens[i]?.lower ?? '') || k - i > SUBORDINATE_LIMIT) return false;
  for (let j = i + 1; j < k; j++) if (tokens[j]!.text === ',' || tokens[j]!.quote >= 0) return false;
  return true;
}

/** Determiners that open a plain noun phrase subject ("The nurse", "Several advisers", "Two
 * plumbers": train reported TP +1). */
const SUBJECT_DETERMINERS = wordSet(
  'the a an this these those its their his her our other several many some both one two three four five',
);
/** Adverbs between a subject and its verb ("The nurse later sued"). */
const VERB_ADVERBS = wordSet('later also then quickly again since immediately still now already');

/** The noun phrase that opens the sentence as the subject of the main verb before the cue at `k`
 * ("The departments declined to …, saying", "The former secretary of state mocked …, noting"):
 * a determiner, up to six lower-case words, then a finite verb (perhaps after an adverb); the
 * head is the word before any preposition. Null when the sentence does not open so. */
function nominalSubject(tokens: Token[], k: number): RawMention | null {
  let i = 0;
  while (i < k && OPENERS.has(tokens[i]!.lower)) i++;
  if (!SUBJECT_DETERMINERS.has(tokens[i]?.lower ?? '')) return null;
  let e = i + 1;
  let head = -1;
  let np = 0;
  while (e < k && e <= i + NOMINAL_WORDS) {
    const t = tokens[e]!;
    // "Two residents, Tom Reed and Sam Hill, had challenged …, saying": an aside set off by
    // commas after the noun phrase; the verb comes right after its closing comma.
    if (t.text === ',' && e > i + 1) {
      np = e;
      while (++e < k && isWord(tokens[e]));
      if (tokens[e++]!.text !== ',') return null;
      break;
    }
    if (!isWord(t) || t.quote >= 0) return null;
    // "The retired nurse": a participle right after the determiner, before a noun, modifies it.
    const modifier = e === i + 1 && /ed$/.test(t.lower) && isWord(tokens[e + 1]) && !isVerbLike(tokens[e + 1]);
    if (
      !modifier &&
      (isVerbLike(t) || AUXILIARIES.has(t.lower) || VERB_ADVERBS.has(t.lower) || isSmallWordEnding(t.text, 1, 'ly'))
    )
      break;
    if (/^(of|for|at|in|on|from|with)$/.test(t.lower)) {
      if (head < 0) head = e - 1;
    } else if (t.cue === 2 || CLOSING.has(t.lower) || RELATIVES.has(t.lower)) return null;
    e++;
  }
  if (e === i + 1 || e >= k || (!np && e > i + NOMINAL_WORDS)) return null;
  let v = e;
  while (v < k && (VERB_ADVERBS.has(tokens[v]!.lower) || isSmallWordEnding(tokens[v]!.text, 1, 'ly'))) v++;
  // "The nurse later sued, claiming …": a short past form is a verb too.
  const verb = tokens[v];
  if (
    !isVerbLike(verb) &&
    !AUXILIARIES.has(verb?.lower ?? '') &&
    !(isWord(verb) && isPastForm(verb!.lower)) &&
    !/^\p{Ll}{2,}ed$/u.test(verb?.text ?? '')
  )
    return null;
  e = np || e;
  const h = tokens[head >= 0 ? head : e - 1]!;
  if (!isWord(h) || isCapitalized(h) || h.lower.length < 3 || DETERMINERS_OR_NUMBERS.test(h.lower)) return null;
  const words = tokens.slice(i, e);
  return {
    start: words[0]!.start,
    end: words[words.length - 1]!.end,
    text: words.map((t) => t.text).join(' '),
    kind: 'nominal',
    name: h.lower,
    role: null,
    gender: '',
  };
}
/** Words after the determiner that a nominal subject holds at most. */
const NOMINAL_WORDS = 8;
/** Heads no subject has ("the same", "the other"). */
const DETERMINERS_OR_NUMBERS = /^(same|other|one|two|three|first|last|next|latest)$/;

/** Words that end a share of people speaking right before a cue ("72 percent", "most", "a third"). */
const SHARE_HEADS = wordSet(
  'percent % several many most some few others half majority minority third quarter all both',
);
/** Heads of a share before a restrictive "who" only ("those who said", "the number who said"). */
const WHO_HEADS = wordSet('those number');
/** Participles naming those a poll asked ("those surveyed"). */
const ASKED = wordSet('surveyed polled questioned interviewed sampled');
/** Words a share may run back over ("about four in 10", "nearly half of those"). */
const SHARE_WORDS = wordSet('about nearly almost roughly some more than less fewer over under only in of a an one');

/** Words between a conjunction and the verb it coordinates ("and then said", "but has also said",
 * "but did not suggest"). */
const COORDINATED_GAP = wordSet(
  "also then later again has have had would will did does do not never didn't doesn't hasn't haven't won't wouldn't didn’t doesn’t hasn’t haven’t won’t wouldn’t",
);

/** How many tokens back from the verb a phrase between a conjunction and its verb ("and on
 * Monday said") may open. */
const ADJUNCT_GAP = 7;

/** Tokens back from a conjunction within which the conjunct it joins is looked for. */
const COORDINATION_REACH = 40;

/** The subject of a verb coordinated with an earlier one ("X laid out the record but then
 * announced …", "X says A and says B"): the source of the clause that ended at the conjunction,
 * or else the subject of the first verb of the conjunct before it (after the last ", and"). */
function coordinatedSubject(tokens: Token[], k: number, floor: number, prior: RawMention | null): RawMention | null {
  let j = k - 1;
  while (
    j > floor &&
    j > k - 4 &&
    (COORDINATED_GAP.has(tokens[j]!.lower) || isSmallWordEnding(tokens[j]!.text, 1, 'ly'))
  )
    j--;
  // "X first said A, but in a later interview said B": a phrase of time or place between the
  // conjunction and its verb.
  for (let p = j; p > floor && p > k - ADJUNCT_GAP && !/^(and|but)$/.test(tokens[j]!.lower); p--) {
    if (!isWord(tokens[p]) || isVerbLike(tokens[p]!)) break;
    if (adjunctOpener(tokens, p) && /^(and|but)$/.test(tokens[p - 1]!.lower)) j = p - 1;
  }
  if (!/^(and|but)$/.test(tokens[j]?.lower ?? '') || j < floor) return null;
  // "She says C1, but insists C2": the clause before ended at the comma before the conjunction.
  if (j === floor || (j === floor + 1 && tokens[floor]!.text === ',')) return prior;
  let from = floor;
  // "X said A as the market matured and denied that B": an adverbial clause opening right where
  // the last one ended hangs on it; a speech verb after "and" joins the main verb, not the
  // adverbial clause's own ("market"), so its source speaks (with none known, as before).
  if (prior && SUBORDINATORS.has(tokens[floor]?.lower ?? '') && tokens[floor - 1]?.text !== ',') return prior;
  // From j - 2: the comma right before the conjunction ("X opposed it, and has said …") is its own.
  for (let i = j - 2; i > floor + 1 && i > j - COORDINATION_REACH; i--)
    if (tokens[i]!.text === ',' && /^(and|but)$/.test(tokens[i + 1]!.lower)) {
      from = i + 2;
      break;
    }
  for (let v = from + 1; v < j && v < from + COORDINATION_REACH; v++) {
    const t = tokens[v]!;
    // "A few minutes later they …": a noun of time before "later" is no verb (an opener closed by
    // a comma is left to the adverbial reading).
    if (
      t.quote >= 0 ||
      t.text === ',' ||
      (/^(?:later|earlier|ago)$/.test(tokens[v + 1]!.lower) && tokens[v + 2]?.text !== ',')
    )
      continue;
    // "an unidentified poster put …": a word after a determiner is no verb, whatever its ending.
    if (DETERMINERS.has(tokens[v - 1]!.lower)) continue;
    const s = presentVerb(tokens, v);
    if (!s && !isVerbLike(t) && !IRREGULAR_PAST.has(t.text) && !(t.cue === 2 && !isParticipleCue(t.text))) continue;
    // "X cited Y, who studied it and found …": the conjunction joins the relative clause's verbs,
    // which the caller reads for "who".
    if (whoBefore(tokens, j - 1, v)) return null;
    const m = subjectBefore(tokens, v, from);
    // "Ada Roe, whose office represents X, called it … and said …": the subject of a verb in a
    // "whose" clause is the relative's own; the main verb after the clause's comma is the one the
    // conjunction joins (with no comma, "A man whose car was hit stopped and said", none is read).
    const w = m ? indexAt(tokens, m.start) - 1 : 0;
    if (tokens[w]?.lower === 'whose') {
      if (tokens[w - 1]?.text === ',') continue;
      return null;
    }
    // A subject inside a relative clause ("a town where Ada Lund is mayor, and says …"), or a
    // verb before one ("X is a man who fights A, and says …"): the conjunction may join that clause.
    if (m && !/^(who|which|that)$/i.test(m.text))
      return /^(who|where|which)$/.test(tokens[indexAt(tokens, m.start) - 1]?.lower ?? '') ||
        (/^(is|was)$/.test(t.text) && tokens.slice(v, j).some((w) => w.lower === 'who'))
        ? null
        : m;
    if (!s || isVerbLike(t)) return null;
  }
  return null;
}

/** True when the word at `v` in -s may be a present verb ("X opposes the plan") and not a plural
 * noun: never one in -ss, -us or -is ("address", "status", "this"), nor one after a determiner
 * or a number ("the next address", "five years") or before a verb ("The port commissioners have
 * said …", "The port commissioners oppose the plan"). A short one ("sets", "puts") only right
 * after a name not in -s ("Ada Roe sets out A and says B"; not "Roe's news"). */
function presentVerb(tokens: Token[], v: number): boolean {
  const p = tokens[v - 1]!;
  return (
    /^\p{Ll}{2,}[^isu]s$/u.test(tokens[v]!.text) &&
    (tokens[v]!.text.length > 4 || (isCapitalized(p) && !/s$/.test(p.text))) &&
    !DETERMINERS.has(p.lower) &&
    !NUMBER_WORDS.has(p.lower) &&
    !/^\d/.test(p.text) &&
    // "cut it by 50 basis points and said": a noun after a number heads a plural count, no subject.
    !/^\d/.test(tokens[v - 2]?.text ?? '') &&
    !isVerbLike(tokens[v + 1]) &&
    !(isWord(tokens[v + 1]) && DETERMINERS.has(tokens[v + 2]?.lower ?? ''))
  );
}

/** "about half of …", "over 40 percent …", "about 300 people": a preposition that makes a
 * figure approximate, opening a clause rather than an adjunct. */
function approximation(tokens: Token[], c: number): boolean {
  // "reported at least six planes …": "at least / at most" before a number too.
  if (tokens[c]?.lower === 'at' && /^(least|most)$/.test(tokens[c + 1]?.lower ?? '')) c++;
  else if (!/^(about|over|under|around)$/.test(tokens[c]?.lower ?? '')) return false;
  const next = tokens[c + 1];
  // "about one-third of …": a fraction written with a hyphen opens with its number word; "about a
  // third of …", "about a million …": the article before a number word.
  return (
    next !== undefined &&
    (/^\d/.test(next.text) ||
      NUMBER_WORDS.has(next.lower.split('-')[0]!) ||
      next.lower === 'half' ||
      (next.lower === 'a' && NUMBER_WORDS.has(tokens[c + 2]?.lower ?? '')))
  );
}

/** Subject pronouns that open a clause after an adjunct (not "it", "this": "said in it", "in this case"). */
const CLAUSE_SUBJECTS = wordSet('he she they we i');

/** The start of a clause after the adjunct at `from` ("in a statement on Thursday" + "they
 * pulled …"): a subject pronoun within a few words, with no punctuation or quotation before it
 * and a word after it; -1 when there is none. */
function pastAdjunct(tokens: Token[], from: number): number {
  // "said as he launched …", "told reporters when she …", "said of the talk he had …": a
  // subordinate clause or an "of" phrase, whose pronoun is not the subject of what was said.
  if (/^(as|when|while)$/.test(tokens[from]?.lower ?? '')) return -1;
  for (let d = from + 1; d < tokens.length && d <= from + ADJUNCT_LIMIT; d++) {
    const t = tokens[d]!;
    if (!isWord(t) || t.quote >= 0 || t.cue === 2) return -1;
    // "said for weeks he’s the only one …": a contracted auxiliary is the clause's verb.
    if (CLAUSE_SUBJECTS.has(t.lower.replace(/['’](s|re|d|ll|ve|m)$/, '')) && !isCapitalized(t))
      return isWord(tokens[d + 1]) ? d : -1;
    // "said in a statement the plan would …", "said on Monday it was …": past the adjunct's own
    // words, a noun phrase or "it" whose auxiliary follows within a few words; or "it" and a verb
    // of saying in the past ("said in a statement it disputed …"; no statement "it posted" is).
    if (d > from + 1 && !isCapitalized(t) && /^(the|his|her|their|its|it|there)$/.test(t.lower))
      for (let a = d + 1; a <= d + 4 && isWord(tokens[a]); a++) {
        const v = tokens[a]!;
        if (
          AUXILIARIES.has(v.lower) ||
          (a === d + 1 && t.lower === 'it' && v.cue === 2 && /ed$/.test(v.lower) && v.lower !== 'posted')
        )
          return d;
        if (a === d + 1 && /^(it|there)$/.test(t.lower)) break;
      }
  }
  return -1;
}

/** Dashes that set off a parenthetical. */
const DASHES = wordSet('— – - --');
/** True when the token at `i` is a dash set off by spaces ("… resume — that of …"), not a hyphen
 * inside a figure ("55%-41%"). */
function spacedDash(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return DASHES.has(t.text) && (tokens[i - 1]?.end ?? -1) < t.start && t.end < (tokens[i + 1]?.start ?? Infinity);
}

/** The subject before a parenthetical set off by a pair of dashes right before the cue at `k`
 * ("Tom Ngata — a teacher from Otago — says …"), or null. */
function subjectBeforeDashes(tokens: Token[], k: number, floor: number): RawMention | null {
  const close = k - 1;
  if (close <= floor || !DASHES.has(tokens[close]!.text)) return null;
  for (let j = close - 2; j > floor && j > close - 25; j--) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.text === ';' || t.cue === 2) return null;
    if (t.text === tokens[close]!.text) {
      const m = subjectBefore(tokens, j, floor);
      return m && m.kind !== 'pronoun' && m.end <= t.start ? m : null;
    }
  }
  return null;
}

/** "About four in 10", "72 percent", "Several", or a number opening its clause ("…, 39 said")
 * right before the cue at `k`: a share of those asked, as a nominal mention, or null. */
function shareBefore(tokens: Token[], k: number, floor: number, who = false): RawMention | null {
  const head = tokens[k - 1];
  if (!head || k - 1 < floor) return null;
  // "Twenty-four percent": a number written in words may be hyphened.
  const numeric = (t: Token | undefined) =>
    t !== undefined && (/^\d/.test(t.text) || t.lower.split('-').every((w) => NUMBER_WORDS.has(w)));
  if (
    !SHARE_HEADS.has(head.lower) &&
    !(who && WHO_HEADS.has(head.lower)) &&
    !(numeric(head) && tokens[k - 2]?.lower === 'in') &&
    !(/^[\d,]+$/.test(head.text) && !isWord(tokens[k - 2]))
  )
    return null;
  let b = k - 1;
  while (b - 1 >= floor && b > k - 7 && (SHARE_WORDS.has(tokens[b - 1]!.lower) || numeric(tokens[b - 1]))) b--;
  // "An average of 10 percent said": the share opens after its "of"; "Voters in 2016 said": a
  // year after "in" is no share.
  if (tokens[b]!.lower === 'of') b++;
  if (tokens[b]!.lower === 'in') return null;
  const text = joinTokens(tokens.slice(b, k));
  return {
    start: tokens[b]!.start,
    end: head.end,
    text,
    kind: 'nominal',
    // "Several said", "Both have promised": a quantifier alone is a description, in lower case.
    name: b < k - 1 ? text : head.lower,
    role: null,
    gender: '',
  };
}

/** The share before the relative "who" at `k - 1` that speaks through it ("23 percent who said"),
 * as a mention of "who"; null when there is none, false when "those" or "the number" is there
 * but its clause cannot be bounded (nobody else speaks it). */
function shareWho(tokens: Token[], k: number, floor: number): RawMention | null | false {
  const who = tokens[k - 1]!;
  const m = shareBefore(tokens, k - 1, floor, true);
  if (!m) return null;
  const lead = indexAt(tokens, m.start);
  // The verb the share follows in its own clause ("received support from those who …"), back to a
  // conjunction that opens another ("… and those who said C tended to …").
  let verb = -1;
  for (let i = lead - 1; i >= floor && i >= lead - SUBORDINATE_LIMIT && verb < 0 && !JOINING.has(tokens[i]!.lower); i--)
    if (isVerbLike(tokens[i]) || isPastForm(tokens[i]!.lower)) verb = i;
  // "Ruiz is among those who say …": the subject is one of them, and speaks.
  if (verb >= 0 && verb >= lead - 3 && PROGRESSIVE.has(tokens[verb]!.lower)) return null;
  // "Those who said C split evenly": in the subject, C runs on into the main verb unmarked; only a
  // fronted phrase's comma ("Among those who said C, most …") ends it.
  // After a clause and its comma (", double the number who said …"), the share is an apposition.
  let comma = false;
  for (let i = Math.max(floor, lead - 4); i < lead; i++) comma ||= tokens[i]!.text === ',';
  // Nor does the sentence's subject speak for "those" there ("Lund won praise from those who …").
  if (verb < 0 && !comma && !frontedPhrase(tokens, floor, k)) return !WHO_HEADS.has(tokens[k - 2]!.lower) && null;
  return { ...m, start: who.start, end: who.end, text: who.text };
}

/** A document that opens the clause of the cue at `k` as its subject, with the words that
 * modify it ("A new Latino Decisions poll released Friday", "A survey by the group in March"): the
 * phrase up to the document noun, as a nominal mention, or null. */
function documentSubject(tokens: Token[], floor: number, k: number): RawMention | null {
  let i = floor;
  while (i < k && (OPENERS.has(tokens[i]!.lower) || tokens[i]!.text === ',' || tokens[i]!.text === ':')) i++;
  if (!/^(a|an|the|this|that|its|their|his|her|one|another)$/.test(tokens[i]?.lower ?? '')) return null;
  // "A CNN/ORC poll", "a poll from Gallup/Suffolk University": a slash joins a poll's sponsors.
  const word = (t: Token) => isWord(t) || t.text === '/';
  for (let j = i + 1; j < k && j <= i + 6; j++) {
    if (!word(tokens[j]!)) return null;
    if (!DOCUMENT_NOUNS.has(tokens[j]!.lower)) continue;
    // Between the noun and the cue: modifiers only, no clause of its own; or a participle phrase
    // set off by commas ("The survey of 1,000 adults, conducted by Gallup, found …").
    for (let m = j + 1; m < k; m++) {
      const t = tokens[m]!;
      if (t.text === ',' && participleAside(tokens, m, k)) break;
      if (m > j + 8 || !word(t) || AUXILIARIES.has(t.lower) || cueAt(tokens, m, false)) return null;
    }
    const words = tokens.slice(i, j + 1);
    return {
      start: words[0]!.start,
      end: tokens[j]!.end,
      text: words.map((t) => t.text).join(' '),
      kind: 'nominal',
      name: tokens[j]!.lower,
      role: null,
      gender: '',
    };
  }
  return null;
}

/** Tokens a participle phrase set off by commas holds at most (", conducted by X,"). */
const ASIDE_LIMIT = 12;

/** True when the comma at `m` opens a participle phrase that the comma right before the cue at
 * `k` closes (", conducted by the Harbor Institute,"). */
function participleAside(tokens: Token[], m: number, k: number): boolean {
  if (tokens[k - 1]?.text !== ',' || k - 1 - m < 3 || k - 1 - m > ASIDE_LIMIT || !ISSUING.has(tokens[m + 1]!.lower))
    return false;
  for (let i = m + 2; i < k - 1; i++) if (!isWord(tokens[i]) || cueAt(tokens, i, false)) return false;
  return true;
}

/** Participles of issuing a document, before the body that issued it ("conducted by Gallup"). */
const ISSUING = wordSet(
  'conducted filed provided commissioned sponsored published released issued gathered collected funded prepared compiled run kept maintained led',
);
/** Those of paying for one: who commissioned a report did not write it, so is not its source. */
const PAYING = wordSet('commissioned sponsored funded');

/** Words that open a restrictive modifier of a subject ("farmers who …", "those surveyed"). */
const RELATIVES = wordSet('who that whom whose');
/** Tokens a subject's restrictive modifier may span before its cue. */
const RELATIVE_LIMIT = 25;

/** The subject that opens the clause of the cue at `k` when a restrictive relative clause or a
 * participle phrase stands between it and the cue ("Another farmer who worked at the plant and
 * who did not want to be named said", "Groups that have endorsed him say"), or null. */
function subjectWithRelative(tokens: Token[], floor: number, k: number): RawMention | null {
  if (isParticipleCue(tokens[k]!.text) || k - floor > RELATIVE_LIMIT + 6) return null;
  let i = floor;
  while (i < k && (OPENERS.has(tokens[i]!.lower) || tokens[i]!.text === ',')) i++;
  let m = subjectAfter(tokens, i, k);
  if (m?.kind === 'pronoun') return null;
  let after = i;
  // "A source in the ministry who asked not to be named said": the noun phrase before the
  // relative is headed by its first noun; the body after "in", "at", "of", "close to" is where
  // the source works or whom it knows, never the source.
  let r = i;
  while (r < k && r < i + 9 && !RELATIVES.has(tokens[r]!.lower)) r++;
  const np = m || r >= k ? null : subjectBefore(tokens, r, i);
  if (np?.kind === 'nominal' && np.start === tokens[i]!.start) m = np;
  if (m) while (after < k && tokens[after]!.end <= m.end) after++;
  else {
    // A plain noun phrase the mention finder does not take ("Another farmer", "Those"); one
    // running on into a preposition is left (its last word would be the preposition's object).
    while (
      after < k &&
      after < i + 5 &&
      isWord(tokens[after]) &&
      !RELATIVES.has(tokens[after]!.lower) &&
      !NP_PREPOSITIONS.has(tokens[after]!.lower) &&
      !isVerbLike(tokens[after])
    )
      after++;
    if (after === i) return null;
    const words = tokens.slice(i, after);
    const text = words.map((t) => t.text).join(' ');
    m = {
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      text,
      kind: 'nominal',
      name: words[words.length - 1]!.lower,
      role: null,
      gender: '',
    };
  }
  const next = tokens[after];
  if (!next || after >= k - 1 || k - after > RELATIVE_LIMIT) return null;
  if (!RELATIVES.has(next.lower) && !(isVerbLike(next) && next.lower.endsWith('ed'))) return null;
  for (let j = after; j < k; j++)
    if (tokens[j]!.quote >= 0 || tokens[j]!.text === ';' || tokens[j]!.text === ':') return null;
  return m;
}

/** Where a commitment's to-infinitive content [from, to) ends: a to-infinitive has no subject of
 * its own, so a conjunction before a subject pronoun ("pledged to visit every town and she has
 * …"), and a comma or dash before "but" or a subordinator ("vowed to cut fees, but the board …",
 * "pledged to stay -- even as …", "…, after she introduced …") open the next clause of the
 * writer's, not more of what was promised (train: 4 contents right that ran on, 1 gained after
 * them; dev unchanged). Bare verbs joined inside it stay ("to cut fees and raise pay"); so does a
 * past verb after "and" ("vowed to cut X and spent …"), which moved no train content. */
function infinitiveEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from + 2; i < to - 1; i++) {
    const t = tokens[i]!.lower;
    const next = tokens[i + 1]!;
    if (
      (/^(and|but)$/.test(t) && CLAUSE_SUBJECTS.has(next.lower)) ||
      ((t === ',' || DASHES.has(t)) && (next.lower === 'but' || SUBORDINATORS.has(next.lower)))
    )
      return i;
  }
  return to;
}

/** Index of "to" (or of the "not"/"never" before it) opening a to-infinitive at `from`, or -1. */
function toInfinitive(tokens: Token[], from: number): number {
  const negated = /^(not|never)$/.test(tokens[from]?.lower ?? '');
  const to = negated ? from + 1 : from;
  // The verb may open a quotation ('vowed to “take the fight” to …'): a mixed promise.
  const t = tokens[to + 1];
  const verb = (isWord(t) && !isCapitalized(t)) || (t?.quote ?? -1) >= 0;
  return tokens[to]?.lower === 'to' && verb ? from : -1;
}

/** Bare-clause cues that as often take a noun phrase ("claimed a victory", "maintains a lead",
 * "conceded the race", "confirmed 68 nominees", "declared the winner"): measured on PolNeAR train
 * one lemma at a time, these lose fewer right clauses than wrong ones to the check (claim, and
 * maintain 1 right against 10 wrong, concede 0/2, confirm 3/7, declare 4/11; "announce" lost 22
 * right for 9 wrong and stays out; "report" takes its noun phrase as content, OBJECT_CONTENT). */
// The lemmas from "conclude" on: "concluded it was too late", "assured voters he would …": cues
// that take a bare clause only when one follows, never a noun phrase ("concluded the survey",
// "disclosed his costs"; PolNeAR train 12 contents gained, 4 false ones).
const TAKES_OBJECT = verbSet(OBJECT_LEMMAS);
/** Auxiliaries and modals: a clause has a finite verb, and these are the common ones. */
const AUXILIARIES = wordSet(
  `${FINITE_BE} be been ${HAVE_FORMS} ${MODAL_FORMS} ${DO_FORMS} ${NEGATED_AUXILIARIES} isn't wasn't aren't weren't shouldn't`,
);
/** Modals and their negations (AUXILIARIES has the rest). */
const MODALS = wordSet("shall should won't");
/** Subject pronouns that open a clause. */
const SUBJECT_PRONOUNS = wordSet('he she they it we i you there this');
/** Prepositions that open a fronted adverbial ("In the deposition, X said …"). */
const ADJUNCT_OPENERS = wordSet(
  'in on at during after before for with since from under amid despite as by through throughout',
);
/** True when the word at `i` opens a fronted adverbial: not "at least" / "at most" or "under" before
 * a number, which approximate a figure that opens the clause ("At least two people died, police
 * said": the subject, not a setting). */
function adjunctOpener(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? '';
  if (!ADJUNCT_OPENERS.has(w)) return false;
  if (w === 'at') return !/^(least|most)$/.test(tokens[i + 1]?.lower ?? '');
  return w !== 'under' || !startsFigure(tokens, i);
}

/** Words that open a time ("on Monday", "last week", "earlier"): shared by TAIL_STARTS and TIME_WORDS. */
const TIME_OPENERS = `in on at during last this late early earlier later yesterday today tonight ${[...WEEKDAYS].join(' ')}`;
/** Words an attribution's tail may start with ("…, X said on Monday", "said Tuesday", "said in a statement"). */
const TAIL_STARTS = wordSet(
  `${TIME_OPENERS} after before to with of about recently previously also then again repeatedly privately publicly via through when while as`,
);

/** "You’ve said …", "you once told …": an interviewer's question or an open letter puts to the
 * one it addresses what they said; the sentence does not name them, and the label or name before
 * the second person ("JW: You’ve said") is the asker, not the source. */
function addressed(tokens: Token[], k: number, floor: number): boolean {
  let j = k - 1;
  while (j > floor && /^(?:have|had|has|once|also|often|always|just|never|repeatedly)$/.test(tokens[j]!.lower)) j--;
  return j >= floor && /^you(?:['’](?:ve|d))?$/.test(tokens[j]?.lower ?? '');
}

/** A word that reads as a finite verb right after "that" ("that showed", "that is"). */
function isVerbLike(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    isWord(t) &&
    !isCapitalized(t) &&
    (AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')))
  );
}

/** True when the word at `i` reads as a sentence's finite verb after a relative clause ("…, will
 * not apply", "…, left the council", "…, runs the risk"); a word in -s only before a determiner,
 * since it is as often a plural noun of a list ("…, pools and …"). */
function mainVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !isWord(t) || isCapitalized(t)) return false;
  if (isVerbLike(t) || isPastForm(t.lower)) return true;
  return /^\p{Ll}{3,}[^s]s$/u.test(t.text) && DETERMINERS.has(tokens[i + 1]?.lower ?? '');
}

/** True when an auxiliary or a modal (or a negated one) stands in [from, to). A lower-case "do"
 * between two capitalised words is the Portuguese particle of a name ("told the Diário do Minho
 * that …", "Maria do Carmo"), no verb. */
function hasFinite(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === 'do' && isCapitalized(tokens[i - 1]) && isCapitalized(tokens[i + 1])) continue;
    if (t.quote < 0 && (AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || /n['’]t$/.test(t.lower))) return true;
  }
  return false;
}

/** True when a verb-like word stands in [from, to). */
function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < tokens.length; i++) if (isVerbLike(tokens[i])) return true;
  return false;
}

/** A clause found: a noun phrase (no pronoun, no "to" or clause word in it), then its finite verb. */
function foundClause(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 8; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || THAT_STOP.has(t.lower) || /^(to|that|which|in|itself|themselves)$/.test(t.lower)) return false;
    if (i > from && isVerbLike(t) && !t.text.includes('-')) return true;
  }
  return false;
}

/** A bare clause: it opens with a subject pronoun, or has an auxiliary or a past form soon. */
function looksLikeClause(tokens: Token[], from: number): boolean {
  // "he", "he’s", "they’re": a subject pronoun, or one with its auxiliary.
  if (SUBJECT_PRONOUNS.has((tokens[from]?.lower ?? '').replace(/['’](s|re|d|ll|ve|m)$/, ''))) return true;
  for (let i = from + 1; i < tokens.length && i < from + 10; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || t.text === ',' || t.text === ';') break;
    // "maintain the enthusiasm of followers who were new …", "confirmed the meeting … because they
    // were not authorized …": a verb after a relative pronoun or a subordinator is that clause's,
    // not one of a clause opening after the cue (train: 3 false contents gone, none lost).
    if (/^(who|which|whom|whose|though|although|because|while)$/.test(t.lower)) break;
    if ((isVerbLike(t) && !attributive(tokens, i)) || /n['’]t$/.test(t.lower)) return true;
  }
  return false;
}

/** "maintained an energetic pace into advanced age", "wrote a detailed letter": a form in -ed
 * right after a determiner, a preposition or "more" modifies a noun; no finite verb stands there. */
function attributive(tokens: Token[], i: number): boolean {
  const w = tokens[i - 1]!.lower;
  return /^[a-z]+ed$/.test(tokens[i]!.lower) && (OBJECT_OPENERS.has(w) || NOT_CLAUSE_START.has(w) || w === 'more');
}

/** Cues whose noun phrase object is no content (see nounPhraseObject). */
const NO_OBJECT_CONTENT = verbSet('add argue criticize suggest', 'write writes wrote writing');
/** Words that open a noun phrase object right after a cue ("wrote the letter", "announced his bid"). */
const OBJECT_OPENERS = wordSet('the a an his her their its our my your this these those another every each');

/** Words after a present verb in -s, not after a plural noun ("serves the island", "runs it"). */
const OBJECT_FOLLOWERS = wordSet('the a an his her their its our my this these those him them it us me that to');

/** Adverbs that may follow a cue ("wrote back", "added again:"). */
const BARE_ADVERBS = wordSet('back afterwards again later then also even too once soon otherwise');

/** True when the words from `from` are a noun phrase with no clause in it: they open with a
 * determiner or a number (or, with `bare`, a plain lower-case word), and no finite verb (an
 * auxiliary, a modal, a past form, a present form in -s before its object) nor a quotation stands
 * before the next comma or the sentence's end. */
function nounPhraseObject(tokens: Token[], from: number, bare = false): boolean {
  const first = tokens[from];
  const figure = /^[$£€]?\d/.test(first?.text ?? '');
  // "add active noise cancellation": a bare lower-case noun phrase too, not a pronoun subject.
  if (
    !first ||
    first.quote >= 0 ||
    !(
      OBJECT_OPENERS.has(first.lower) ||
      figure ||
      (bare &&
        /^\p{Ll}+$/u.test(first.text) &&
        !/(ly|ing)$/.test(first.lower) &&
        !SUBJECT_PRONOUNS.has(first.lower) &&
        !NOT_CLAUSE_START.has(first.lower) &&
        !BARE_ADVERBS.has(first.lower))
    )
  )
    return false;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0) return false;
    if (!isWord(t)) {
      if (/^[,;:.!?—–]$|^--?$/.test(t.text)) return true;
      continue;
    }
    // "in May": a capital is a name, not the modal.
    if (isCapitalized(t)) continue;
    if (AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || /n['’]t$/.test(t.lower) || /['’](s|re|ll|d)$/.test(t.lower))
      return false;
    if ((isPastForm(t.lower) && !attributive(tokens, i)) || PRESENT_MARKERS.has(t.lower)) return false;
    // "the ferry serves the island": a form in -s before an object reads as a verb; "three judges
    // in May", "parking spaces near …" as a plural noun; so is one after a figure ("add 3 billion
    // crowns to spending").
    if (!figure && /^\p{Ll}{3,}[^su]s$/u.test(t.text) && OBJECT_FOLLOWERS.has(tokens[i + 1]?.lower ?? '')) return false;
  }
  return true;
}

/** The tail after a sentence-final cue is an adjunct or an addressee, not a clause of its own. */
function tailIsAdjunct(tokens: Token[], from: number, k: number): boolean {
  const t = tokens[from];
  if (!t || !isWord(t)) return true;
  // "…, officials told him he had …": after the hearer, a clause is what was told, not a tail.
  if (/^(told|tell(s|ing)?)$/.test(tokens[k]!.lower)) {
    const d = skipObject(tokens, from);
    return !(d > from && isWord(tokens[d]) && (tokens[d]!.lower === 'that' || looksLikeClause(tokens, d)));
  }
  if (/^(wrote|writes)$/.test(tokens[k]!.lower)) return true;
  // "In Lund, X said about 200 houses were lost": an approximate figure with its verb opens the clause.
  if (approximation(tokens, from) && looksLikeClause(tokens, from)) return false;
  // "…, lawyers said Lund had lied": a capitalised word with a verb after it opens the clause
  // said, not an adjunct of the cue ("said Tuesday").
  return TAIL_STARTS.has(t.lower) || (isCapitalized(t) && !looksLikeClause(tokens, from));
}

/** The comma that closes a short adjunct (or an addressee) after an interrupting cue ("said Tuesday in a statement,")
 * when the clause's verb follows it and the part [from, to) before the subject has none; else `at`. */
function adjunctComma(tokens: Token[], at: number, from: number, to: number, addressee: boolean): number {
  // "The fix, she told them, was simple": a cue's addressee too.
  if (
    !(TAIL_STARTS.has(tokens[at]?.lower ?? '') || (addressee && isWord(tokens[at]))) ||
    hasVerb(tokens, from, to) ||
    frontedSetting(tokens, from, to)
  )
    return at;
  for (let d = at + 1; d < tokens.length && d <= at + ADJUNCT_LIMIT; d++) {
    const t = tokens[d]!;
    if (t.text === ',') return isVerbLike(tokens[d + 1]) ? d : at;
    if (!isWord(t) || t.quote >= 0 || isVerbLike(t)) return at;
  }
  return at;
}

/** Where an inverted attribution's appositive ends and the clause it interrupts resumes with its
 * verb (", an expert at Y, would …"), or -1. */
function resumedAfterAppositive(tokens: Token[], from: number): number {
  if (tokens[from]?.text !== ',') return -1;
  let c = from;
  if (!isVerbLike(tokens[c + 1])) {
    c = from + 1;
    while (c < tokens.length && c < from + 16 && tokens[c]!.text !== ',' && isWord(tokens[c])) c++;
    if (tokens[c]?.text !== ',') return -1;
  }
  return isVerbLike(tokens[c + 1]) && !/ed$/.test(tokens[c + 1]!.lower) ? c + 1 : -1;
}

/** True when [from, to) is a short prepositional phrase with no verb fronted before its clause
 * ("Over the long term", "About 10 p.m."), or a time setting ("But the next day", "About 9:40
 * p.m."): "P, according to X, C" reports P with C (train: 2 contents gained, 2 false fewer). */
function frontedBefore(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]?.lower ?? '';
  if (to <= from || to - from > 8) return false;
  if (timeSetting(tokens, from, to)) return true;
  if (!(adjunctOpener(tokens, from) || /^(about|around|over)$/.test(first))) return false;
  for (let i = from; i < to; i++) if (!isWord(tokens[i]) && tokens[i]!.text !== '.') return false;
  return !hasVerb(tokens, from, to) && !isPastForm(tokens[to - 1]!.lower);
}

/** True when the token after "C1, according to X," carries C1 on: a figure, or a lower-case
 * word that opens neither an appositive nor another clause. */
function carriesOn(t: Token | undefined): boolean {
  if (!t || t.quote >= 0) return false;
  if (/^[$€£¥\d]/.test(t.text)) return true;
  return resumesClause(t) && !/^(even|with|as|in|on|at|from|by|compared|up|down|while|whereas|citing)$/.test(t.lower);
}

/** True when a clause with its own subject and verb opens at `from` right after a cue that also
 * attributes a quote ('"…," the senator said his campaign was strong'): a subject pronoun, or a
 * name or noun phrase, then a finite verb, with no punctuation between. */
function opensClause(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !isWord(first) || NOT_CLAUSE_START.has(first.lower) || TAIL_STARTS.has(first.lower)) return false;
  for (let i = from + 1; i < tokens.length && i < from + 6; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) return false;
    if (isVerbLike(t)) return true;
  }
  return false;
}

/** True when the word after an interrupting cue's comma carries on the clause before the cue: a
 * lower-case word that is neither the start of an adjunct ("in a statement") nor a participle
 * hung on the cue ("adding", "citing"), or a quotation. */
function resumesClause(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.quote >= 0) return true;
  return (
    isWord(t) &&
    !isCapitalized(t) &&
    !TAIL_STARTS.has(t.lower) &&
    !HANGING.has(t.lower) &&
    !isParticipleCue(t.text) &&
    !/^(and|but|or|who|which|whose|where|a|an|the|that|than|to|for|so|because|though|although|if|citing|up|down)$/.test(
      t.lower,
    )
  );
}

/** True when [from, to) is a setting fronted before a cue ("Asked what he wants,", "At a rally
 * in Ohio on Monday,", "Holding up a book,"): it opens with a preposition, a subordinator or a
 * participle, and holds no quotation. */
function frontedSetting(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || !isWord(first) || to - from < 2 || to - from > SUBORDINATE_LIMIT) return false;
  for (let i = from; i < to; i++) if (tokens[i]!.quote >= 0) return false;
  return (
    adjunctOpener(tokens, from) ||
    SUBORDINATORS.has(first.lower) ||
    tokens[to - 1]!.lower === 'ago' ||
    (isCapitalized(first) && /^\p{L}{3,}(?:ing|ed)$/u.test(first.text) && !isCapitalized(tokens[from + 1]))
  );
}

/** True when [from, to) is one fronted setting with no comma inside, opened by a preposition or
 * a subordinator ("In a direct appeal to voters", "While he was in jail"); or a preposition's
 * phrase with commas inside and no verb of any form (nor a word in -s that may be one): the phrase
 * and its appositive ("On Friday, the third day of her tour,"; PolNeAR train: 1 false clause, its
 * 2 figures given the subject after it). */
function settingOnly(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]?.lower ?? '';
  if (!(adjunctOpener(tokens, from) || SUBORDINATORS.has(first)) || !frontedSetting(tokens, from, to)) return false;
  for (let i = from; i < to; i++)
    if (tokens[i]!.text === ',')
      return (
        adjunctOpener(tokens, from) &&
        !tokens.slice(from, to).some((t) => isVerbLike(t) || isPastForm(t.lower) || /^[a-z]{2,}[^isu']s$/.test(t.text))
      );
  return true;
}

/** "Later that day, X said, “…”", "But on Monday, …": [from, to) opens, after "but" or the like,
 * with a preposition or a time word, or holds a time word, and has no verb: a setting. */
function timeSetting(tokens: Token[], from: number, to: number): boolean {
  while (from < to && OPENERS.has(tokens[from]!.lower)) from++;
  const f = tokens[from]?.lower ?? 'of';
  let time =
    from < to && f !== 'of' && (adjunctOpener(tokens, from) || (TAIL_STARTS.has(f) && !ADJUNCT_OPENERS.has(f)));
  // A day's name anywhere in it too ("One Sunday in late 2001").
  for (let i = from; i < to; i++) time ||= TIME_BEFORE.has(tokens[i]!.lower) || WEEKDAYS.has(tokens[i]!.lower);
  return time && !hasVerb(tokens, from, to);
}

/** "In the deposition": a short prepositional phrase before the subject, with no comma inside. */
function isFrontedAdjunct(tokens: Token[], from: number, to: number): boolean {
  if (!adjunctOpener(tokens, from) || to - from > 12) return false;
  for (let i = from; i < to; i++)
    if (tokens[i]!.text === ',' || tokens[i]!.quote >= 0 || isVerbLike(tokens[i])) return false;
  return true;
}

/** Words that open a non-restrictive modifier after a name and its comma ("Podesta, who …",
 * "Guerrero, a Republican who …", "Trump, later alleging …"). */
const MODIFIER_OPENERS = wordSet('who whose whom a an the later');

/** The name that opens the sentence when a non-restrictive relative clause or appositive stands
 * between it and the cue at `k` (after a comma): "Leenders, who estimated that …, said". */
function nameBeforeRelative(tokens: Token[], k: number): RawMention | null {
  let i = 0;
  while (i < k && OPENERS.has(tokens[i]!.lower)) i++;
  let e = i;
  while (e < k && e < i + 5 && isCapitalized(tokens[e])) e++;
  if (e === i || tokens[e]?.text !== ',' || !MODIFIER_OPENERS.has(tokens[e + 1]?.lower ?? '')) return null;
  if (k - e > RELATIVE_LIMIT + 10) return null;
  for (let j = e + 1; j < k; j++) if (tokens[j]!.text === ';' || tokens[j]!.text === ':') return null;
  const m = subjectAfter(tokens, i, e);
  return m && m.kind === 'name' && m.end === tokens[e - 1]!.end ? m : null;
}

/** "…, saying it failed and vowing to …": a participle cue after "and" whose first conjunct is
 * a participle cue hung on a comma hangs there too; the index of that first participle, or -1. */
function pairedParticiple(tokens: Token[], k: number): number {
  if (!isParticipleCue(tokens[k]!.text) || tokens[k - 1]?.lower !== 'and') return -1;
  for (let v = k - 2; v > 0 && v >= k - CONJUNCT_LIMIT; v--) {
    const t = tokens[v]!;
    if ((t.quote >= 0 && /[,;:]\W*$/.test(t.lower)) || /^[;:,—–]$/.test(t.text) || t.lower === 'and') return -1;
    // "…, praising the crew and saying …": any participle hung on the comma, not a preposition in -ing.
    // So a progressive one ("is touring the farms and saying …"): the two share its subject.
    if ((tokens[v - 1]!.text === ',' || progressive(tokens, v)) && (isParticipleCue(t.text) || hungIng(t.text)))
      return v;
  }
  return -1;
}

/** The main clause's subject for a participle hung on the comma at `p - 1` ("Ruiz opened the pier
 * on Monday, praising …"); null when a subordinate clause stands between ("… after the mayor
 * arrived, praising …": the participle may be that clause's; "as" is as often a preposition). */
function hungOnMain(tokens: Token[], p: number, floor: number): RawMention | null {
  const m = floor === 0 ? (sentenceSubject(tokens, p - 1) ?? nominalSubject(tokens, p)) : null;
  // Read back a bounded stretch only, so a sentence of many such pairs stays linear.
  for (let i = m ? Math.max(indexAt(tokens, m.end - 1) + 1, p - 3 * CONJUNCT_LIMIT) : p; i < p; i++)
    if (SUBORDINATORS.has(tokens[i]!.lower) && tokens[i]!.lower !== 'as') return null;
  return m;
}
/** A participle in -ing that may hang on a comma; prepositions in -ing ("including") are none.
 * Read with isSmallWordEnding and a set, not a regex of Unicode classes that V8 compiled (twice,
 * on its tier-up) inside the engine's first call. */
const ING_PREPOSITIONS = wordSet('including during regarding following concerning according notwithstanding');
const hungIng = (w: string): boolean => isSmallWordEnding(w, 2, 'ing') && !ING_PREPOSITIONS.has(w);

/** The index of a "who" at or before `i` with no comma between, down to `floor`; 0 if none. */
function whoBefore(tokens: Token[], i: number, floor: number): number {
  while (i > floor && tokens[i]!.text !== ',' && tokens[i]!.lower !== 'who') i--;
  return tokens[i]!.lower === 'who' ? i : 0;
}

/** Auxiliaries that end an elliptical clause ("he would", "she did not"). */
const ELLIPTICAL = wordSet(`${MODAL_FORMS} ${DO_FORMS} ${HAVE_FORMS} ${FINITE_BE}`);

/** Where a short answer after a cue ends ("yes", "no", "so", "he would", "they did not") when a
 * punctuation mark or the sentence's end follows it (not ", and that …"); -1 otherwise. */
function shortAnswer(tokens: Token[], c: number): number {
  const t = tokens[c];
  if (!t || t.quote >= 0) return -1;
  let end = -1;
  if (/^(yes|no|so)$/.test(t.lower)) end = c + 1;
  else if (PRONOUN_SUBJECTS.has(t.lower) && t.lower !== 'i' && ELLIPTICAL.has(tokens[c + 1]?.lower ?? ''))
    end = tokens[c + 2]?.lower === 'not' ? c + 3 : c + 2;
  const next = tokens[end];
  // "said it was not, and that …": a second "that" clause goes on with what was said.
  if (next?.text === ',' && tokens[end + 2]?.lower === 'that') return -1;
  return end > 0 && (!next || /^[.,;!?]$/.test(next.text)) ? end : -1;
}

/** How far before "and" the verb it coordinates with may stand. */
const CONJUNCT_LIMIT = 15;

/** The name that opens the sentence before appositives ("Lance Beebe, 49, a Navy veteran, said"). */
function nameBeforeAppositives(tokens: Token[], floor: number, k: number): RawMention | null {
  let e = floor;
  while (e < k && isCapitalized(tokens[e]) && e < floor + 5) e++;
  if (e - floor < 2 || tokens[e]?.text !== ',') return null;
  for (let i = e; i < k; i++) if (tokens[i]!.quote >= 0 || tokens[i]!.cue === 2 || tokens[i]!.text === ';') return null;
  const m = subjectAfter(tokens, floor, e);
  return m && m.kind === 'name' && m.end === tokens[e - 1]!.end ? m : null;
}

/** Where the clause that starts at `from` ends (exclusive token index): at a semicolon, at a comma
 * before "but", a hanging participle or a coordinated speech verb ("…, and urged"), or at a dash
 * before "but"/"though". */
function clauseEnd(tokens: Token[], from: number, cue?: Token): number {
  const n = tokens.length;
  const c = cue ? indexAt(tokens, cue.start) : 0;
  const tense = cue === undefined ? '' : cueTense(tokens, c);
  const pastCue = tense === 'past';
  // "says C and calls the plan …": the same for a cue in the present and a reporter's act in -s.
  const presentCue = tense === 'present';
  // Whether the content has a verb yet: "said Trump, despite his wealth, is …": an aside set off
  // by commas between a subject with no verb and its verb is inside what was said.
  let verb = false;
  let aside = false;
  const finding = cue !== undefined && FINDING.has(cue.lower);
  // "that during the visit, the mayor …", "that, even if …, a recount …": the first comma after a
  // fronted adverbial that opens the clause closes that adverbial, not the clause.
  const f = tokens[from]?.text === ',' ? from + 1 : from;
  let fronted = !!tokens[f] && (adjunctOpener(tokens, f) || SUBORDINATORS.has(tokens[f]!.lower));
  // "telling CNN that C and questioning how …": after a participle cue, a verb in -ing after "and"
  // with an object is the reporter's next act, unless the content holds an -ing word it may
  // coordinate with. "has said C and has voiced …": the cue's own "has" after "and" or "but"
  // repeats its perfect, unless the content holds that auxiliary itself.
  let chain = c > 0 && hungIng(cue!.text);
  let perfect = /^ha(s|ve|d)$/.test(tokens[c - 1]?.lower ?? '') ? tokens[c - 1]!.lower : ' ';
  for (let i = from; i < n; i++) {
    const t = tokens[i]!;
    const v = tokens[i + 2];
    if (i > from && JOINING.has(t.lower) && isWord(v) && !isCapitalized(v)) {
      if (tokens[i + 1]!.lower === perfect) return i;
      if (chain && hungIng(tokens[i + 1]!.text) && AFTER_VERB.has(v!.lower)) return i;
    }
    if (t.lower === perfect) perfect = ' ';
    chain &&= !/ing$/.test(t.lower);
    if (i === from) continue;
    if (t.text === ';') return i;
    // 'said he was “excited” as he faces …': after a quotation, an "as" clause with a subject and
    // a verb is the writer's, as after a comma (train: reported TP +1, FP -1; dev unchanged).
    if (t.lower === 'as' && tokens[i - 1]!.quote >= 0 && asClause(tokens, i + 1)) return i;
    // "the boy, identified only as T.A., told …": a participle that opens an aside on the subject
    // is no verb of the clause; the aside's closing comma comes before the clause's own verb.
    const opens: boolean = !verb && tokens[i - 1]!.text === ',' && isPastForm(t.lower) && !isCapitalized(t);
    // "said her mentor, Ada Lund, told the board …": so does a name after a comma before the
    // clause has a verb (the subject's appositive); a past verb after its closing comma is the
    // clause's own, no second attribution.
    aside ||= opens || (!verb && tokens[i - 1]!.text === ',' && isCapitalized(t));
    verb ||= (isVerbLike(t) || t.quote >= 0) && !opens;
    // "said the firm's chief, Ola Berg, had told staff that …": the comma that closes the aside
    // before the clause's own verb resumes it too, whatever that verb holds.
    if (
      t.text === ',' &&
      !verb &&
      (AUXILIARIES.has(tokens[i + 1]?.lower ?? '') ||
        asideBeforeVerb(tokens, i + 1) ||
        (aside && isPastForm(tokens[i + 1]?.lower ?? '')))
    )
      continue;
    // "said C, called her “third-rate” and boycotted …": after a past cue and a clause with its
    // verb, a comma and a bare past verb with an object go on with the reporter's series of acts
    // (train: 2 contents right that ran on, 2 fewer false ones; dev unchanged).
    if (
      pastCue &&
      verb &&
      t.text === ',' &&
      isWord(tokens[i + 1]) &&
      !isCapitalized(tokens[i + 1]) &&
      isPastForm(tokens[i + 1]!.lower) &&
      !AUXILIARIES.has(tokens[i + 1]!.lower) &&
      AFTER_VERB.has(tokens[i + 2]?.lower ?? '') &&
      !/^(to|as|on|about|with|for)$/.test(tokens[i + 2]!.lower)
    )
      return i;
    if (
      presentCue &&
      t.lower === 'and' &&
      i > from + 2 &&
      (reporterAct(tokens, i + 1, PRESENT_ACTS) || reporterPast(tokens, from, i, true))
    )
      return i;
    // "said he makes $41,000 a year and questioned how …": after a past-tense cue, a past verb
    // after a bare "and" that a present-tense clause cannot own is the reporter's next act.
    if (pastCue && t.lower === 'and' && i > from + 2 && reporterPast(tokens, from, i)) return i;
    // "said C but implied …", "… but would not offer details": "but" joins the reporter's act too.
    if (pastCue && /^(and|but)$/.test(t.lower) && i > from + 2 && reporterAct(tokens, i + 1)) return i;
    // "said the figures understate it: one survey found that …": a colon before an attribution
    // of its own ends the clause.
    // '…: “…,” she said': a quotation with an attribution of its own is no part of the clause.
    if (
      t.text === ':' &&
      (secondCue(tokens, i + 1, 8) || ((tokens[i + 1]?.quote ?? -1) >= 0 && secondCue(tokens, i + 2, 4)))
    )
      return i;
    if (t.text === ',' || t.text === '-' || t.text === '--' || t.text === '—' || t.text === '–') {
      // "a poll found that 52 percent back X, while 30 percent …": the contrast is part of what
      // was found (train 3 contents right that ended early, none lost; dev unchanged).
      if (finding && t.text === ',' && tokens[i + 1]?.lower === 'while') continue;
      if (fronted && t.text === ',' && i > f) {
        fronted = false;
        const next = tokens[i + 1]?.lower ?? '';
        if (
          (SUBORDINATORS.has(tokens[f]!.lower) || !verb) &&
          !/^(though|although|while|whereas|but|and|which|who)$/.test(next) &&
          !(CLAUSE_SUBJECTS.has(next) && cueAt(tokens, i + 2, false))
        )
          continue;
      }
      if (closesHere(tokens, i) || (t.text === ',' && accordingTo(tokens, i + 1))) return i;
      continue;
    }
    // "… and urged …" / "… but U.S. officials have said …": a second verb of the reporter, or a
    // second attribution with its own subject.
    // Not a "while" or "as" opening the clause ("found that, while 37 percent say …, 39 percent
    // …"): a fronted subordinate clause with a cue of its own is inside what was said; nor, in a
    // finding, "and" before a number ("… and 22 percent say …"): the finding's next share (train:
    // claimants given none 206 -> 203, reported TP +1, FP -2; dev unchanged).
    if (
      i > f &&
      !(finding && /^\d/.test(tokens[i + 1]?.text ?? '')) &&
      JOINING.has(t.lower) &&
      secondCue(tokens, i + 1) &&
      !otherTense(tokens, i + 1, pastCue, presentCue)
    )
      return i;
    // "…, but suggesting …", "… and warning …": a speech participle after a conjunction is the
    // reporter's next act, unless what was said is itself a run of gerunds ("suggested looking at
    // … and asking …") (train: 10 contents gained, 2 false ones). So after a subordinator of time
    // or contrast ("insisted C while adding …", "said C before claiming …"; train: 2 contents
    // right that ran on, 1 lost, TP +1, FP -1).
    if (
      /^(and|but|while|before|after)$/.test(t.lower) &&
      isParticipleCue(tokens[i + 1]?.text ?? '') &&
      !isCapitalized(tokens[i + 1]) &&
      !isSmallWordEnding(tokens[from]!.text, 3, 'ing')
    )
      return i;
    // '…“had a crazy policy,” adding …': a comma inside a closing quotation ends the clause
    // before a hanging participle as a comma outside one does.
    if (closedByComma(t) && closesAfterQuote(tokens, i + 1)) return i + 1;
  }
  return n;
}

/** Past verbs of what a reporter does to people or words rather than what a claim's subject does
 * ("said C and called the plan …", "noted C and asked whether …"): after a past-tense cue and a
 * bare "and", one with an object ends the content whatever its tense (train: 5 contents gained, 5
 * fewer false ones; dev one content lost that ran on into such a verb). Any object, and "but"
 * too (train: TP +2, FP -2; dev unchanged). */
const REPORTER_ACTS = wordSet(
  'called asked questioned praised defended quoted accused blamed criticized criticised urged thanked mocked dismissed rejected declined refused implied described',
);
/** The same acts in the present ("says C and calls the plan …"). */
const PRESENT_ACTS = wordSet(
  'calls asks questions praises defends quotes accuses blames criticizes criticises urges thanks mocks dismisses rejects declines refuses implies describes',
);
function reporterAct(tokens: Token[], j: number, acts = REPORTER_ACTS): boolean {
  if (/^(then|also|later)$/.test(tokens[j]?.lower ?? '')) j++;
  const v = tokens[j];
  const after = tokens[j + 1];
  // "… but would not offer details": a refusal to tell more is the reporter's.
  if (/^(would|did)$/.test(v?.lower ?? '') && after?.lower === 'not')
    return /^(say|offer|comment|elaborate|discuss)$/.test(tokens[j + 2]?.lower ?? '');
  if (!v || !isWord(v) || isCapitalized(v) || !acts.has(v.lower)) return false;
  // "and praised workers …": any object will do; not a passive's "by", "in", … ("was praised by").
  return !!after && ((isWord(after) && !/^(by|in|at|and|or)$/.test(after.lower)) || after.quote >= 0);
}

/** Irregular past forms of verbs a reporter goes on with after "and" ("and said", "and told"). */
const IRREGULAR_PAST = wordSet(`${COMMON_IRREGULAR_PAST} said wrote sought put set let cut hit rose fell grew`);
/** Words that show a clause is told in the past ("was", "had", "would"): after one, a past form
 * after "and" may be the clause's own ("she was tired and wanted …"). */
const PAST_MARKERS = wordSet("was were had did would could wasn't weren't hadn't didn't wouldn't couldn't");
/** Present-tense finite verbs a clause may hold. */
const PRESENT_MARKERS = wordSet(
  "is are am has have will can does do must may should 's ’s isn't aren't hasn't haven't won't can't doesn't don't",
);
/** Words that follow a verb rather than an adjective ("called the", "asked whether", "quoted Reagan"). */
const AFTER_VERB = wordSet(
  'the a an his her their its our my this that these those him them it us me how why whether what to for on about with as',
);
/** True when `lower` is a past-tense form (regular or a listed irregular one). */
function isPastForm(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed'));
}
/** The tense a cue is told in, from its own form or the verb that carries it ("did say", "does
 * not deny", "continues to insist", "forecast" after "has" is no past): '' when unknown. */
function cueTense(tokens: Token[], c: number): '' | 'past' | 'present' {
  const cue = tokens[c]!.lower;
  let b = c - 1;
  if (isAdverb(tokens[b]) || tokens[b]?.lower === 'not') b--;
  const before = tokens[b]?.lower ?? '';
  if (/^did(n['’]t)?$/.test(before)) return 'past';
  if (/^does(n['’]t)?$/.test(before)) return 'present';
  // "continues to insist", "wants to say": the finite verb before "to" tells the tense.
  if (before === 'to' && b > 0) {
    const v = tokens[b - 1]!;
    if (isWord(v) && !isCapitalized(v) && isPastForm(v.lower)) return 'past';
    if (isWord(v) && !isCapitalized(v) && /^\p{Ll}{3,}[^s]s$/u.test(v.text)) return 'present';
    return '';
  }
  if (isPastForm(cue)) return 'past';
  return cue.endsWith('s') ? 'present' : '';
}

/** True when the "and" at `i` joins a second past verb to a past-tense cue, while the clause
 * [from, i) is told in the present ("said he makes $41,000 a year and questioned how …", "vowed to
 * keep it and celebrated the ruling"): the tense says the verb is the reporter's. A clause told in
 * the past keeps its "and" ("said she was tired and wanted …"). `afterPresentCue`: the mirror case,
 * a verb in -s after a cue in -s and a clause told in the past. */
function reporterPast(tokens: Token[], from: number, i: number, afterPresentCue = false): boolean {
  let j = i + 1;
  if (/^(then|also|later)$/.test(tokens[j]?.lower ?? '')) j++;
  const v = tokens[j];
  const after = tokens[j + 1];
  if (!v || !isWord(v) || isCapitalized(v)) return false;
  // "denies that it was a genocide and goes on to …": after a cue in -s, a verb in -s after "and"
  // that a clause told in the past cannot own is the reporter's next act.
  if (afterPresentCue) {
    if (!/^\p{Ll}{2,}[^s']s$/u.test(v.text) || PRESENT_MARKERS.has(v.lower) || !isWord(after)) return false;
    for (let m = from; m < i; m++) if (tokens[m]!.quote < 0 && PAST_MARKERS.has(tokens[m]!.lower)) return true;
    return false;
  }
  const negated = PAST_MARKERS.has(v.lower) && after?.lower === 'not';
  if (!negated && !isPastForm(v.lower)) return false;
  if (!negated && !(after && (AFTER_VERB.has(after.lower) || isCapitalized(after) || after.quote >= 0))) return false;
  let present = tokens[from]?.lower === 'to';
  for (let m = from; m < i; m++) {
    const t = tokens[m]!;
    if (t.quote >= 0) continue;
    if (PAST_MARKERS.has(t.lower) || isPastForm(t.lower)) return false;
    if (
      PRESENT_MARKERS.has(t.lower) ||
      (m > from && /^(he|she|it)$/.test(tokens[m - 1]!.lower) && /^\p{Ll}{2,}[^s]s$/u.test(t.text))
    )
      present = true;
  }
  return present;
}

/** True when the word at `j`, after a quotation that ends in a comma, closes the clause as after a
 * comma outside one (closesHere): "though", "while", "adding", "referring", a participle with an
 * object, "but" with a subject of its own; not '“right to be angry,” but also …'. */
function closesAfterQuote(tokens: Token[], j: number): boolean {
  const next = tokens[j];
  if (!next || !isWord(next)) return false;
  if (accordingTo(tokens, j) || closingCue(tokens, j) > 0) return true;
  if (isCapitalized(next)) return false;
  return (
    CLOSING.has(next.lower) ||
    hangs(tokens, j) ||
    /^(though|although)$/.test(next.lower) ||
    (next.lower === 'but' && ownSubjectClause(tokens, j + 1, false)) ||
    isParticipleCue(next.text) ||
    hangingParticiple(tokens, j)
  );
}

/** True when the word at `j` hangs on the reporter's clause (HANGING); "compared" only before a
 * share or a figure ("…, compared with 41 percent …"): what a claim is compared to is part of it
 * ("…, compared to what the rebels do"). */
function hangs(tokens: Token[], j: number): boolean {
  const t = tokens[j]!.lower;
  return HANGING.has(t) && (t !== 'compared' || /^([$£€\d]|about|nearly|more|less)/.test(tokens[j + 2]?.lower ?? '1'));
}

/** True when the verb right after the conjunction at `j - 1` disagrees in tense with the cue ("says
 * he met them and asked …", "says he would meet them and tell …"): it is the clause's own verb,
 * not the reporter's next one; unless a clause of its own follows it ("and said that …"). */
function otherTense(tokens: Token[], j: number, pastCue: boolean, presentCue: boolean): boolean {
  const next = tokens[j + 1];
  if (
    !cueAt(tokens, j, false) ||
    !next ||
    next.quote >= 0 ||
    /^(that|he|she|they|we|i|it|what|how|why|whether)$/.test(next.lower)
  )
    return false;
  const v = tokens[j]!.lower;
  return presentCue ? !v.endsWith('s') : pastCue && !isPastForm(v);
}

/** True when a (non-participle) speech cue follows within a short subject after a conjunction. */
function secondCue(tokens: Token[], from: number, reach = 5): boolean {
  for (let j = from; j < tokens.length && j < from + reach; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || !isWord(t) || t.lower === 'that') return false;
    // "… and higher costs would add 3 billion crowns …": "add" with a noun phrase object is no cue.
    if (
      cueAt(tokens, j, false) &&
      !isParticipleCue(t.text) &&
      // "ask the chief executive, Ada Lund, to testify", "urge Lund to testify": a speech verb in
      // an infinitive after a name or an appositive's comma is its object's act, not a second
      // attribution (train: 1 clause right, 2 fewer false ones; "went on to say" stays a cue).
      !(tokens[j - 1]?.lower === 'to' && (tokens[j - 2]?.text === ',' || isCapitalized(tokens[j - 2]))) &&
      !NOT_REPORTING.has(t.lower) &&
      !(NO_OBJECT_CONTENT.has(t.lower) && nounPhraseObject(tokens, j + 1))
    )
      return true;
  }
  return false;
}

/** True when punctuation at `i` is followed by what closes a reported clause. */
function closesHere(tokens: Token[], i: number): boolean {
  const p = tokens[i];
  if (!p || !(p.text === ',' || p.text === '-' || p.text === '--' || p.text === '—' || p.text === '–')) return false;
  const next = tokens[i + 1];
  if (!next || next.quote >= 0) return false;
  if (CLOSING.has(next.lower)) return true;
  if (p.text !== ',') return spacedDash(tokens, i) && dashClause(tokens, i + 1);
  // "…, which votes in March", "…, who faces a primary": a non-restrictive relative clause is the
  // writer's aside on the last noun, unless the clause's verb follows it ("the city, which has 2
  // million people, needs …").
  // A relative clause the clause's verb follows is inside it, whatever it holds ("the plan, which
  // critics have argued is illegal, was …": not a second attribution).
  if (next.lower === 'which' || next.lower === 'who') return !parentheticalRelative(tokens, i + 2);
  // "…, however, …": the writer turns against what was said.
  if (next.lower === 'however') return true;
  // "…, and he railed against …", "…, but Democrats have pushed …": a clause with a subject of its
  // own after ", and" or ", but" is the writer's. With the aside above and the relative "that"
  // after a cue's noun phrase: train 57 contents gained, 22 lost, 26 fewer false ones.
  if ((next.lower === 'and' || next.lower === 'but') && ownSubjectClause(tokens, i + 2, next.lower === 'and'))
    return true;
  if (hangs(tokens, i + 1) || (isParticipleCue(next.text) && !isCapitalized(next))) return true;
  // "…, putting them ahead of …", "…, reversing its policy": any participle with an object after
  // a comma is the reporter's comment on what was said, not part of it (train: 10 contents right
  // that ran on, 4 lost; 5 fewer false ones).
  if (hangingParticiple(tokens, i + 1)) return true;
  // "…, as was the case with …", "…, as his feud with the network escalated": an "as" clause with
  // a verb or a subject of its own is the writer's (not a short aside: "…, as it happens, …").
  if (next.lower === 'as' && asClause(tokens, i + 2)) return true;
  // "…, and has championed …": a verb with no subject of its own after ", and" is the reporter's
  // second verb (train: 4 clauses gained, 4 false ones gone; dev unchanged).
  if (next.lower === 'and' && isVerbLike(tokens[i + 2])) return true;
  // "…, but agreed that …": a past verb after ", but" is the reporter's too; an auxiliary there
  // ("…, but is now …", "…, but would …") carries on what was said.
  if (
    next.lower === 'but' &&
    isVerbLike(tokens[i + 2]) &&
    isPastForm(tokens[i + 2]!.lower) &&
    !AUXILIARIES.has(tokens[i + 2]!.lower)
  )
    return true;
  // "…, a swipe at his rivals": an appositive on the whole statement is the writer's, not said.
  // "…, an atoll it seized in 2012, into a fortress": an appositive on the last noun that closes
  // with a comma before a preposition or a verb is inside the clause.
  if (next.lower === 'a' || next.lower === 'an') return !parentheticalAppositive(tokens, i + 2);
  if (next.lower === 'the' && closingAppositive(tokens, i + 2)) return true;
  // "…, one of the prosecutors said …": a main clause of its own with its own speaker.
  // "…, ten days before the vote", "…, a week after …": a span of time dates the report; the writer's.
  if (
    secondCue(tokens, i + 1, 8) ||
    (TIME_BEFORE.has(tokens[i + 2]?.lower ?? '') && /^(after|before|since)$/.test(tokens[i + 3]?.lower ?? ''))
  )
    return true;
  // ", and urged …"
  return next.lower === 'and' && cueAt(tokens, i + 2, false) && !isParticipleCue(tokens[i + 2]!.text);
}

/** How many spaced dashes a sentence's tokens hold, counted once per sentence: a count per dash
 * made a long run of dashes quadratic. */
const spacedDashCounts = new WeakMap<Token[], number>();
function spacedDashCount(tokens: Token[]): number {
  let n = spacedDashCounts.get(tokens);
  if (n === undefined) {
    n = 0;
    for (let j = 0; j < tokens.length; j++) if (spacedDash(tokens, j)) n++;
    spacedDashCounts.set(tokens, n);
  }
  return n;
}

/** True when the words after a dash at `from - 1` are a clause of the writer's: one with a
 * subject of its own ("— and the Senate is …", "— he has …"), or a concession ("— even though
 * …"); not an appositive ("— a proposal he …": PolNeAR as often counts it said), nor a dash of a
 * pair that sets off an aside (train: 8 clauses more right, 4 fewer false ones; dev unchanged). */
function dashClause(tokens: Token[], from: number): boolean {
  const t = tokens[from];
  if (!t || /^(a|an)$/.test(t.lower)) return false;
  // "— an independent who … —": a pair of dashes sets off an aside inside the clause.
  if (spacedDashCount(tokens) > 1) return false; // the dash at from - 1 has a partner
  if (
    /^(though|although)$/.test(t.lower) ||
    (t.lower === 'even' && /^(though|as|so)$/.test(tokens[from + 1]?.lower ?? ''))
  )
    return true;
  if (/^(and|but)$/.test(t.lower)) return ownSubjectClause(tokens, from + 1, true);
  return ownSubjectClause(tokens, from, true);
}

/** True when a clause with its own subject opens at `from`: a subject pronoun and a word after
 * it, or a name (capitalised words) and a finite verb. */
function ownSubjectClause(tokens: Token[], from: number, nounPhrase: boolean): boolean {
  const t = tokens[from];
  if (!t || !isWord(t)) return false;
  if (CLAUSE_SUBJECTS.has(t.lower) || t.lower === 'it') return isWord(tokens[from + 1]);
  // "…, but there is growing anger …": an existential "there" and its verb are a subject and verb too.
  if (t.lower === 'there') return AUXILIARIES.has(tokens[from + 1]?.lower ?? '');
  // "…, and the city has already sued": after "and", a noun phrase with a determiner, then a
  // finite verb within a few words (after "but" such a clause is as often part of what was said:
  // "…, but the vast majority were minor").
  if (nounPhrase && SUBJECT_DETERMINERS.has(t.lower)) {
    for (let j = from + 1; j < from + 7 && isWord(tokens[j]); j++) {
      const w = tokens[j]!;
      if (isCapitalized(w)) continue;
      if (AUXILIARIES.has(w.lower) || MODALS.has(w.lower) || /n['’]t$/.test(w.lower) || isPastForm(w.lower))
        return true;
    }
    return false;
  }
  if (!isCapitalized(t)) return false;
  let j = from;
  while (j < from + 5 && isCapitalized(tokens[j])) j++;
  return isVerbLike(tokens[j]);
}

/** True when the words from `from` close with a comma within a few words and a finite verb
 * follows it (", despite his wealth, is …"). */
function asideBeforeVerb(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 12; j++) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const v = tokens[isAdverb(tokens[j + 1]) ? j + 2 : j + 1];
      return isWord(v) && !isCapitalized(v) && (AUXILIARIES.has(v!.lower) || MODALS.has(v!.lower));
    }
    if (!isWord(t) || t.quote >= 0) return false;
  }
  return false;
}

/** True when the relative clause opening at `from` closes with a comma and the sentence's verb
 * follows ("the city, which has 2 million people, needs …"): it is inside the clause. The clause
 * may quote a name for the noun, the comma inside its closing mark ("exports, which he called
 * "the new three," rose 21%"); the verb after may be an irregular past. */
function parentheticalRelative(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 20; j++) {
    const t = tokens[j]!;
    if (t.text === ';') return false;
    if (t.text === ',' || /,\W$/.test(t.lower)) {
      // "…, who has …, still faces …": an adverb may stand before the verb.
      let a = j + 1;
      while (a < j + 3 && isAdverb(tokens[a])) a++;
      const v = tokens[a];
      return (
        v !== undefined &&
        isWord(v) &&
        !isCapitalized(v) &&
        (((isVerbLike(v) || IRREGULAR_PAST.has(v.lower) || isSmallWordEnding(v.text, 3, 's')) &&
          !TAIL_STARTS.has(v.lower)) ||
          resumesAfterAside(tokens, a))
      );
    }
  }
  return false;
}

/** Words after an aside's closing comma that carry the clause on ("…, which hit 6.4% in May, back
 * to its target", "…, who …, to thank him"): a particle, a preposition no attribution's tail
 * opens with, "because", or an infinitive's "to" (train: 3 contents right that ended early at the
 * aside, 4 fewer false ones; dev 1 and 1). Unlike RESUMING_PREPOSITIONS, which an appositive's
 * own test checks against TAIL_STARTS, these are read after relative clauses too. */
const RESUMING = wordSet('back up down out off away into for from by against because');
function resumesAfterAside(tokens: Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? '';
  if (w === 'to') {
    const v = tokens[j + 1];
    return isWord(v) && !isCapitalized(v) && !DETERMINERS.has(v!.lower) && !/^\d/.test(v!.text);
  }
  return RESUMING.has(w);
}

/** True when an "as" clause of the writer's opens at `from` (after "as"): an auxiliary or a
 * subject with its verb, and no comma or dash in its first words. */
function asClause(tokens: Token[], from: number): boolean {
  if (!(AUXILIARIES.has(tokens[from]?.lower ?? '') || ownSubjectClause(tokens, from, true))) return false;
  for (let j = from; j < from + 3 && j < tokens.length; j++) if (!isWord(tokens[j])) return false;
  return true;
}

/** Words in -ing that are no participle of a clause of their own ("including", "during"), and
 * "bringing", which carries a reported count on to its total ("reported 27 cases, bringing the
 * total to 141": the total is the source's figure too). */
const NOT_PARTICIPLES = wordSet(
  'including according during notwithstanding considering regarding concerning nothing something anything everything bringing',
);
/** Words that open a participle's object ("putting them", "reversing its …"). */
const OBJECT_STARTS = wordSet('the a an his her their its our this that these those him them it us me');

/** True when a participle with an object opens at `i` ("reversing its decades-long pacifism"),
 * a short one ("seeing a deal as …") or one whose object is a name ("calling Mayor Ortiz …") too
 * (train: 4 contents more right, 4 fewer false ones; dev unchanged). */
function hangingParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    isWord(t) &&
    !isCapitalized(t) &&
    isSmallWordEnding(t.text, 3, 'ing') &&
    !NOT_PARTICIPLES.has(t.lower) &&
    (OBJECT_STARTS.has(tokens[i + 1]?.lower ?? '') || isCapitalized(tokens[i + 1]))
  );
}

/** Prepositions that resume a clause after an appositive on its object ("…, a donor, with …"). */
const RESUMING_PREPOSITIONS = wordSet('with into to for from by at on in as about against');

/** True when the appositive opening at `from` closes with a comma and the clause goes on after it
 * with a preposition or a verb ("…, a billionaire who gave millions, with someone at …"). */
function parentheticalAppositive(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 20; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.text === ';' || t.text === '—' || t.text === '–') return false;
    if (t.text === ',') {
      const v = tokens[j + 1];
      return (
        v !== undefined &&
        isWord(v) &&
        !isCapitalized(v) &&
        (((RESUMING_PREPOSITIONS.has(v.lower) || mainVerb(tokens, j + 1)) && !TAIL_STARTS.has(v.lower)) ||
          resumesAfterAside(tokens, j + 1))
      );
    }
  }
  return false;
}

/** True when the words after ", the" at `from` are an appositive on the last noun that runs to
 * the sentence's end ("…, the abortion provider that …", "…, the latter a reference to …"): no
 * verb of its own before a relative pronoun, no list ("…, the bridges and the tunnels need …").
 * What was said ends before it, as before ", a …". */
function closingAppositive(tokens: Token[], from: number): boolean {
  if (tokens[from]?.lower === 'latter') return true;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || !isWord(t)) return false;
    if (/^(and|or|but)$/.test(t.lower)) return false;
    // "Ada Lund, the planner who drew the map, left …": an aside the clause's verb follows.
    if (j > from && (RELATIVES.has(t.lower) || t.lower === 'which')) return !verbAfterAside(tokens, j + 1);
    if (isVerbLike(t) || PRESENT_MARKERS.has(t.lower) || isPastForm(t.lower)) return false;
    if (j > from + 1 && /^\p{Ll}{2,}[^s']s$/u.test(t.text)) return false;
  }
  return false;
}

/** True when the aside running from `from` closes with a comma and a verb of the clause follows
 * it ("…, the planner who drew the map, held …"). */
function verbAfterAside(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 25; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.text === ';') return false;
    if (t.text !== ',') continue;
    const v = tokens[j + 1];
    return (
      isWord(v) &&
      !isCapitalized(v) &&
      (isVerbLike(v) || isPastForm(v!.lower) || PRESENT_MARKERS.has(v!.lower) || MODALS.has(v!.lower))
    );
  }
  return false;
}

/** Words an appositive before a subject holds at most ("the White House press secretary"). */
const APPOSITIVE_LIMIT = 7;

/** Where the part before a subject ends (exclusive) when a quotation closing with a comma and a
 * short noun phrase stand before its comma at `to` ('“…,” the spokesman, X, said'): after the
 * quotation; else `to`. */
function appositiveBefore(tokens: Token[], floor: number, to: number): number {
  let q = to - 1;
  while (q > floor && q >= to - APPOSITIVE_LIMIT && isWord(tokens[q]) && tokens[q]!.cue < 2 && !isVerbLike(tokens[q]))
    q--;
  if (q === to - 1 || q < floor) return to;
  const t = tokens[q]!;
  return closedByComma(t) ? q + 1 : to;
}

/** The end of a sentence-final attribution's tail (the next clause may start after a semicolon). */
function skipTail(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.text !== ';' && !hungCue(tokens, i) && !whoCue(tokens, i)) i++;
  return i;
}

/** ", who has said …": a relative clause on the source whose cue reports a clause of its own. */
function whoCue(tokens: Token[], i: number): boolean {
  if (tokens[i]!.text !== ',' || tokens[i + 1]?.lower !== 'who') return false;
  let j = i + 2;
  while (j < i + 4 && (VERB_AUXILIARIES.has(tokens[j]?.lower ?? '') || isAdverb(tokens[j]))) j++;
  return (cueAt(tokens, j, false) || nounLikeVerb(tokens, j)) && !NOT_REPORTING.has(tokens[j]!.lower);
}

/** True when the comma at `i` is followed by a speech participle hung on the attribution before
 * it ("C, X said, adding that …"): the participle reports a clause of its own, so a sentence-final
 * attribution's tail ends there (train: 3 contents gained, none lost). Letting it also shorten the
 * tail ("C, X said on Monday, adding …") gained 3 more for 4 false ones: not kept. */
function hungCue(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]!.text === ',' &&
    next !== undefined &&
    !isCapitalized(next) &&
    isParticipleCue(next.text) &&
    !NOT_REPORTING.has(next.lower)
  );
}

function wordsIn(tokens: Token[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // A quotation is one token but as many words as it holds, roughly ('said Kasich “has a record”').
    if (t.quote >= 0) words += Math.max(1, Math.floor((t.end - t.start) / QUOTE_CHARS_PER_WORD));
    else if (isWord(t)) words++;
  }
  return words;
}

function clause(
  tokens: Token[],
  from: number,
  to: number,
  mention: RawMention,
  cue: number,
  least = MIN_WORDS,
): ReportedClause | null {
  while (to > from && !isWord(tokens[to - 1]) && tokens[to - 1]!.quote < 0 && tokens[to - 1]!.text !== '%') to--;
  while (from < to && (tokens[from]!.text === ',' || tokens[from]!.text === ':')) from++;
  // "He had a rally that night — and the permit, his campaign said, had been hard to get": a cue
  // inside a clause after the sentence's one spaced dash interrupts only the part after the dash
  // (train: 4 contents gained, 4 fewer false ones; dev unchanged).
  if (cue > from && cue < to && spacedDashCount(tokens) === 1)
    for (let i = cue - 2; i > from; i--)
      if (spacedDash(tokens, i)) {
        from = /^(and|but)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
        break;
      }
  // "While the storm lasted, the ferry, Mora said, would stay in port": a subordinate clause that
  // opens the sentence before an interrupting cue is the writer's setting (train: 2 contents
  // gained, 2 fewer false ones; dev unchanged). Not when its comma is the one before the cue's
  // subject ("If the levy fails, Mayor Ana Ruiz said, “…”": no clause of its own after it).
  if (cue > from + 3 && cue < to && SUBORDINATORS.has(tokens[from]!.lower) && isCapitalized(tokens[from]))
    for (let j = from + 2; j < cue - 3 && j < from + SUBORDINATE_LIMIT; j++)
      if (tokens[j]!.text === ',' && tokens[j]!.quote < 0) {
        if (tokens.slice(j + 1, cue).some((t) => t.text === ',')) from = j + 1;
        break;
      }
  if (from >= to || wordsIn(tokens, from, to) < least || onlyTime(tokens, from, to)) return null;
  if (cue >= to && settingBeforeCue(tokens, from, to)) return null;
  return {
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    mention: documentOwner(tokens, mention) ?? mention,
    cue,
  };
}

/** True when the words [from, to) before an interrupting cue are only the writer's setting of
 * what follows it, no claim: a subordinate clause with no main clause ("But even if the Fed
 * manages an exit, Democrats assured, …") or a fronted phrase with no verb ("And since Thursday,
 * she said, …", "Worst of all, …"). */
function settingBeforeCue(tokens: Token[], from: number, to: number): boolean {
  const f = pastConjunctions(tokens, from);
  const opener = tokens[f]?.lower ?? '';
  let comma = false;
  let verb = false;
  for (let i = f; i < to; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0) return false;
    if (t.text === ',' || t.text === ':') comma = true;
    if (isVerbLike(t) || PRESENT_MARKERS.has(t.lower) || isPastForm(t.lower)) verb = true;
  }
  if (SUBORDINATORS.has(opener) && !comma) return true;
  return !verb && f > from && (NOT_CLAUSE_START.has(opener) || ADVERBS.has(opener));
}

/** Words of a time adverbial ("earlier this year", "late last week", "on Monday morning"). */
const TIME_WORDS = wordSet(
  `${TIME_OPENERS} next past ago the a same that year+ month+ week+ day+ morning afternoon evening night weekend spring summer fall autumn winter`,
);
// The months but "may", a modal as often.
for (const month of lowerWords(MONTH_NAMES)) if (month !== 'may') TIME_WORDS.add(month);

/** "X reported earlier this year.": what follows the cue is only when it was said, no content. */
function onlyTime(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || (isWord(t) && !TIME_WORDS.has(t.lower))) return false;
  }
  return true;
}

function tailIsShort(tokens: Token[], from: number): boolean {
  let count = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === ';') return true;
    if (t.quote >= 0 || t.lower === 'that') return false;
    // "…, X said Tuesday, as prices rose again": the writer's "as" (or "while") clause after a
    // comma, or right after the cue and its time before a determiner ("said Tuesday as the pound
    // fell"), ends the tail; its words are no part of it (not before a pronoun: "X said as he
    // left, "…"" reports what follows; not after an object: "vowed to act as a response").
    if (
      /^(as|while|whereas)$/.test(t.lower) &&
      (tokens[i - 1]!.text === ',' || (onlyTime(tokens, from, i) && DETERMINERS.has(tokens[i + 1]?.lower ?? '')))
    )
      return true;
    // "C, X said Monday night, raising the prospect of …", "C, X said, adding that …": so does a
    // participle hung on the cue right after it or after a time (not "wrote to investors, telling
    // them", "pledged to act, reversing …": there the words after the cue are what was said)
    // (train: 3 contents gained, 2 false ones more; dev 1 content gained).
    if (
      t.text === ',' &&
      (i === from || TIME_WORDS.has(tokens[from]!.lower)) &&
      (hungCue(tokens, i) || hangingParticiple(tokens, i + 1))
    )
      return true;
    if (t.text === '.' || t.text === '!' || t.text === '?') continue;
    // "…, the ministry said in a statement carried by the state news agency": what follows "by" in
    // the tail (a participle's agent, a means: "by phone") is a noun phrase, no clause; its words
    // are not counted, up to LEAD_IN_LIMIT of them (PolNeAR train: unchanged).
    if (t.lower === 'by') count = -LEAD_IN_LIMIT;
    // "…, X wrote in a memo to State Department Inspector General Lin Stavros": the capitalised
    // words of the addressee's name and title after a thing issued and "to" are not counted either
    // (not a place after a verb's "to": "wrote on moving to New South Qastar …"; on PolNeAR train
    // 1 content and 2 figures gained, nothing lost).
    if (t.lower === 'to' && ISSUED.has(tokens[i - 1]?.lower ?? '')) while (isCapitalized(tokens[i + 1])) i++;
    if (++count > TAIL_LIMIT) return false;
  }
  return true;
}

/** The source after "according to": the subject phrase, or for a cited document the body that
 * issued it ("a report from Kotak Institutional Equities" -> Kotak Institutional Equities). */
function sourceAfter(tokens: Token[], from: number, to: number): RawMention | null {
  // "according to "Long Harbor" by Ada Roe": a quoted title's author is the source.
  // ("according to" may end the text: no token at `from`.)
  if (from < to && tokens[from]!.quote >= 0 && tokens[from + 1]?.lower === 'by')
    return subjectAfter(tokens, from + 2, to);
  // "according to a negotiator who asked not to be named": the relative clause is no part of
  // the source's name (as after a quote's "according to").
  // "according to the document the ministry released": a document, then a clause with no relative
  // word; that clause's subject is no part of the source's name ("the ministry" may fit another
  // body named before), so the document is the source.
  let w = from;
  while (
    w < to &&
    tokens[w]!.lower !== 'who' &&
    !(tokens[w]!.lower === 'the' && DOCUMENT_NOUNS.has(tokens[w - 1]?.lower ?? ''))
  )
    w++;
  const who = acronymName(tokens, from) ?? subjectAfter(tokens, from, w);
  const issuer = issuerOf(tokens, from, Math.min(to, from + 12));
  if (issuer) return issuer;
  // "the leading French news agency": a capitalised modifier is not the source; the phrase is.
  // A past form after the head ends it ("a Lund poll conducted in May", "a speech Lund gave"):
  // it is a verb, never the head. A slash joins two issuers ("a CNN/ORC poll").
  let e = from;
  while (
    e < to &&
    e < from + 8 &&
    (isWord(tokens[e]) || (tokens[e]!.text === '/' && isCapitalized(tokens[e + 1]))) &&
    !/^(of|for|from|by|in|on|at|with|and|who|which|that)$/.test(tokens[e]!.lower) &&
    !(
      e > from + 1 &&
      !NUMBER_WORDS.has(tokens[e]!.lower) &&
      (isSmallWordEnding(tokens[e]!.text, 3, 'ed') || IRREGULAR_PAST.has(tokens[e]!.lower))
    )
  )
    e++;
  const head = tokens[e - 1];
  if (who && who.kind === 'name' && head && head.end > who.end && !isCapitalized(head)) {
    const words = tokens.slice(from, e);
    // "according to Census Bureau data": a document named with its issuer is named whole (the
    // document, and whose it is), not by its bare noun ("data"); so is one of two issuers ("a new
    // Courier-Post/Halberd University poll": not a person "Courier-Post", "new" his role).
    const tail = tokens.slice(indexAt(tokens, who.end - 1) + 1, e).map((t) => t.text);
    const issued = DOCUMENT_NOUNS.has(head.lower) && (tail.length < 2 || tail[0] === '/');
    const phrase = words.map((t) => t.text).join(' ');
    return {
      start: words[0]!.start,
      end: head.end,
      text: phrase,
      kind: 'nominal',
      // A body named by its description is that description ("the UN humanitarian office", not
      // "office"; "Lund’s campaign office").
      name: issued
        ? [who.name, ...tail].join(' ').replace(/ \/ /g, '/').replace(/\S+$/, head.lower)
        : ORG_NOUNS.has(head.lower)
          ? phrase.replace(/^(?:the|an?) /i, '')
          : head.lower,
      role: null,
      gender: '',
    };
  }
  if (who) return who;
  // "three recent polls", "a 2018 survey": a document with no issuer named; then any plain noun
  // phrase ("several party officials", "Ukrainian politicians who worked with him"), its head the
  // source's name.
  for (let i = from; i < to && i < from + 6; i++) {
    if (!DOCUMENT_NOUNS.has(tokens[i]!.lower)) continue;
    const words = tokens.slice(from, i + 1);
    const text = words.map((t) => t.text).join(' ');
    return {
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      text,
      kind: 'nominal',
      name: tokens[i]!.lower,
      role: null,
      gender: '',
    };
  }
  const last = tokens[e - 1];
  if (e - from < 2 || !last || !isWord(last) || isCapitalized(last) || !/s$/.test(last.lower)) return null;
  const words = tokens.slice(from, e);
  return {
    start: words[0]!.start,
    end: last.end,
    text: words.map((t) => t.text).join(' '),
    kind: 'nominal',
    name: last.lower,
    role: null,
    gender: '',
  };
}

/** True for a source that is a document or a study with no issuer named ("a 2018 survey",
 * "the report", "three recent polls"): its speaker kind is `document`. */
export function isDocumentSource(m: RawMention): boolean {
  if (m.kind !== 'nominal') return false;
  const words = m.text.toLowerCase().split(' ');
  return DOCUMENT_NOUNS.has(words[words.length - 1]!);
}

/** "the Health Department's own figures", "her analysis of 41 projects", "the firm's report": a
 * document's owner (a name, a body, "his" or "her", resolved as usual) is its source; one with no
 * owner stays a document. Not a time's ("Monday's poll", "last year's figures"), nor "their": a
 * group the resolver seldom finds, and an unresolved source loses the clause (train: 2 lost). */
function documentOwner(tokens: Token[], m: RawMention): RawMention | null {
  if (!isDocumentSource(m)) return null;
  const h = indexAt(tokens, m.end - 1);
  for (let p = h - 1; p >= h - 3 && p >= 0 && tokens[p]!.start >= m.start; p--) {
    const t = tokens[p]!;
    const w = t.lower.slice(0, -2);
    // "his body mass index", "her medical records": a record kept about a person is not theirs to claim.
    if (/^(his|her)$|[’']s$/.test(t.lower) && !TIME_WORDS.has(w) && !/^(index|records?)$/.test(tokens[h]!.lower)) {
      const o = possessor(tokens, p) ?? subjectAfter(tokens, indexAt(tokens, m.start), p + 1);
      // "the company's figures": a body named by its noun.
      return o?.kind !== 'nominal'
        ? o
        : ORG_NOUNS.has(w)
          ? { ...o, end: t.end - 2, text: o.text.slice(0, -2), name: w }
          : null;
    }
    if (isCapitalized(t) || !isWord(t)) return null;
  }
  return null;
}

/** "a report from / by / of X": the capitalised name X that issued a document. */
export function issuerOf(tokens: Token[], from: number, to: number): RawMention | null {
  for (let i = from; i < to - 2; i++) {
    if (!DOCUMENT_NOUNS.has(tokens[i]!.lower)) continue;
    // "data compiled by Ledger Research": the issuer after an issuing participle and "by", a time
    // word may stand between them ("an estimate released Thursday by the budget office"), or two
    // ("a report published on Monday by the Qastari Reef Network", "released last week by").
    let p = i + 1;
    const q = pastTime(tokens, p + 1);
    if (PAYING.has(tokens[p]!.lower)) continue;
    if (ISSUING.has(tokens[p]!.lower) && tokens[q]?.lower === 'by') p = q;
    if (!/^(from|by|of)$/.test(tokens[p]!.lower)) continue;
    // "a study led by researchers at Stanford University": the body the authors work at (not "a
    // survey of scientists at X": those asked).
    if (
      tokens[p]!.lower === 'by' &&
      /^(researchers|scientists|economists|analysts)$/.test(tokens[p + 1]?.lower ?? '') &&
      /^(at|from)$/.test(tokens[p + 2]?.lower ?? '')
    )
      p += 2;
    const m = acronymName(tokens, p + 1) ?? subjectAfter(tokens, p + 1, to);
    // "by the country’s Ministry of Parks and Wildlife" read "Ministry of Parks": a name whose
    // reading stops at "and" may be cut short (or be one of two bodies); the document stays the source.
    if (m && tokens[indexAt(tokens, m.end - 1) + 1]?.lower === 'and') return null;
    // "the Ministry of Justice", "the Office of the Attorney General": a body's name whose field is
    // a title's word reads as a role; opened by a capitalised body's noun, it is the body's name.
    if (
      m?.kind === 'nominal' &&
      isCapitalized(tokens[indexAt(tokens, m.start)]) &&
      ORG_NOUNS.has(m.text.split(' ')[0]!.toLowerCase())
    )
      return { ...m, kind: 'name' };
    // "a report by the Federal Reserve's inspector general": an office a named body holds.
    const office = m && /[A-Z]\S*['’]s /.test(m.text) && ROLE_WORDS.has(m.name.split(' ').at(-1)!);
    return m && (m.kind === 'name' || isBodyNoun(m) || office) ? m : null;
  }
  return null;
}

/** Particles inside a name, which an acronym leaves out: a person's name's, and the articles of
 * French and Italian bodies' names ("des", "le", "di"); elisions ("l'") are cut off before. */
const PARTICLES = wordSet(NAME_PARTICLES + ' des le di');

/** "the Société de transport de l'Outaouais (STO)": a name in sentence case, as French and Spanish
 * names are written, read whole when the acronym in brackets after it spells the initials of its
 * words other than particles; the name reader stops at its first lower-case word. */
function acronymName(tokens: Token[], from: number): RawMention | null {
  const s = tokens[from]?.lower === 'the' ? from + 1 : from;
  let p = s;
  let letters = '';
  for (; p < s + 10 && isWord(tokens[p]); p++) {
    const w = tokens[p]!.text.replace(/^[ld]['’]/i, '');
    if (!PARTICLES.has(w)) letters += w.charAt(0);
  }
  // Initials all capitals already make a name the reader reads whole ("Transit Authority (TA)").
  const a = tokens[p + 1]?.text;
  if (tokens[p]?.text !== '(' || tokens[p + 2]?.text !== ')' || letters === a) return null;
  if (letters.toUpperCase() !== a) return null;
  const text = joinTokens(tokens.slice(s, p));
  return { start: tokens[s]!.start, end: tokens[p - 1]!.end, text, kind: 'name', name: text, role: null, gender: '' };
}

/** "the national audit office", "the health ministry": a common-noun phrase that stands for an
 * organisation (its head an organisation noun, after "the"), which can issue a document. */
function isBodyNoun(m: RawMention): boolean {
  if (m.kind !== 'nominal' || !/^the /i.test(m.text)) return false;
  const words = m.text.toLowerCase().split(' ');
  return ORG_NOUNS.has(words[words.length - 1]!);
}

/** The index after up to two time words from `i` ("on Monday", "last week", "Thursday"): where an
 * issuing participle's "by" may stand. */
function pastTime(tokens: Token[], i: number): number {
  let j = i;
  while (j < i + 2 && TIME_WORDS.has(tokens[j]?.lower ?? '')) j++;
  return j;
}

/** "…, conducted by Gallup, …", "The report released on Monday by the harbour board says": the
 * name, or a body named by its noun, after an issuing participle (a time may come between) and
 * "by" in [from, to). */
function issuedBy(tokens: Token[], from: number, to: number): RawMention | null {
  for (let i = from; i < to - 2; i++) {
    // A time may stand before "by" ("released on Monday by", "published last week by").
    const b = pastTime(tokens, i + 1);
    if (!ISSUING.has(tokens[i]!.lower) || PAYING.has(tokens[i]!.lower) || tokens[b]?.lower !== 'by') continue;
    const m = subjectAfter(tokens, b + 1, to);
    return m && (m.kind === 'name' || isBodyNoun(m)) ? m : null;
  }
  return null;
}

/** Skips the addressee of "told": a pronoun, a noun ("reporters") or a name ("told The Washington Post"). */
function skipObject(tokens: Token[], c: number): number {
  const word = (d: number) => isWord(tokens[d]);
  const capital = (d: number) => isCapitalized(tokens[d]);
  let d = c;
  if (word(d) && /^(the|a|an)$/.test(tokens[d]!.lower)) d++;
  if (capital(d)) {
    while (capital(d) && d < c + 6) d++;
    // "told News 9 the …", "told Channel 4 that …": a number closing a broadcaster's name, before
    // the clause's first word, is the hearer's.
    if (/^\d\d?$/.test(tokens[d]?.text ?? '') && PRONOUN_WORDS.test(tokens[d + 1]?.lower ?? '')) d++;
    // "tells Lund, 24, he …": the hearer's age set off by commas is the hearer's.
    return tokens[d]?.text === ',' && /^\d+$/.test(tokens[d + 1]?.text ?? '') && tokens[d + 2]?.text === ','
      ? d + 3
      : d;
  }
  // "told state radio the …", "told local media that …": a two-word hearer before the clause's
  // determiner or "that".
  if (word(d) && word(d + 1) && !capital(d + 1) && !PRONOUN_WORDS.test(tokens[d + 1]!.lower))
    if (/^(?:the|a|an|that|his|her|its|their)$/.test(tokens[d + 2]?.lower ?? '')) return d + 2;
  return word(d) ? d + 1 : d;
}
const PRONOUN_WORDS =
  /^(?:the|a|an|that|this|he|she|it|they|we|i|you|there|his|her|its|their|on|in|at|after|before|during|with|about|by|for|from|of|to|and|or|but|as|when|if|since|over|through|last|\w+ly)$/;

/** Words the opening subject of an aside's sentence holds at most ("The former state accountant"). */
const ASIDE_SUBJECT_LIMIT = 8;

/** Where an aside on the sentence's opening subject opens when the cue at `k` is in it: the comma
 * or spaced dash before "who" ("The accountant, who testified that …, left", "X — who claimed
 * that … — resigned") or before a participle cue ("The mayor, saying that …, walked out"), with
 * only a verbless noun phrase from `floor` to it; -1 otherwise. That subject's verb is still to
 * come, so the aside must close before it. */
function subjectAsideOpen(tokens: Token[], floor: number, k: number): number {
  let o = k - 1;
  if (!isParticipleCue(tokens[k]!.text) || !hungIng(tokens[k]!.lower)) {
    while (o > k - 4 && o > floor && (VERB_AUXILIARIES.has(tokens[o]!.lower) || isAdverb(tokens[o]))) o--;
    if (tokens[o]?.lower !== 'who') return -1;
    o--;
  }
  if (o <= floor || !(tokens[o]!.text === ',' || spacedDash(tokens, o))) return -1;
  return verblessSubject(tokens, floor, o) ? o : -1;
}

/** The noun phrase [floor, o) when it is all the sentence holds before the mark at `o`: words, no
 * verb, no preposition or subordinator opening it; null otherwise. */
function verblessSubject(tokens: Token[], floor: number, o: number): RawMention | null {
  if (o - floor < 1 || o - floor > ASIDE_SUBJECT_LIMIT) return null;
  for (let j = floor; j < o; j++) {
    const t = tokens[j]!;
    if (!isWord(t) || t.quote >= 0 || t.cue > 0) return null;
    const w = t.lower;
    if (isVerbLike(t) || isPastForm(w) || PRESENT_MARKERS.has(w) || SUBORDINATORS.has(w) || NOT_CLAUSE_START.has(w))
      return null;
  }
  // Read after its determiner ("The accountant" -> "accountant").
  const m = subjectAfter(tokens, floor + (o - floor > 1 && DETERMINERS.has(tokens[floor]!.lower) ? 1 : 0), o);
  // Not a pronoun: "He, later alleging that …, said …" was read, but its "he" resolved to the
  // wrong person in the coreference eval (train pronoun resolution 76.4% -> 76.35%); abstain.
  return m && m.kind !== 'pronoun' && m.end === tokens[o - 1]!.end ? m : null;
}

/** The sentence's opening subject when the cue at `k` is its verb after an aside set off on it
 * ("The senator, who said …, told reporters …", "X — who … — said"): the aside opens with "who" or
 * a participle after the subject's comma or dash, and closes with the same mark before `k` (the
 * aside's own clause may have moved the floor up to that mark). */
function subjectBeforeAside(tokens: Token[], k: number): RawMention | null {
  const close = k - 1;
  if (close < 2 || !(tokens[close]!.text === ',' || spacedDash(tokens, close))) return null;
  let s = 0;
  while (s < close && OPENERS.has(tokens[s]!.lower)) s++;
  for (let o = s + 1; o <= s + ASIDE_SUBJECT_LIMIT && o < close - 1; o++) {
    if (!(tokens[o]!.text === ',' || spacedDash(tokens, o))) continue;
    const opener = tokens[o + 1]!;
    if (
      (tokens[o]!.text === ',') !== (tokens[close]!.text === ',') ||
      close - o > RELATIVE_LIMIT + 10 ||
      !(opener.lower === 'who' || (hungIng(opener.lower) && !isCapitalized(opener)))
    )
      return null;
    for (let j = o + 1; j < close; j++) if (tokens[j]!.text === ';' || tokens[j]!.text === ':') return null;
    return verblessSubject(tokens, s, o);
  }
  return null;
}

/** True when the word at `i` (after adverbs) reads as the finite verb of a sentence whose subject
 * an aside interrupted ("…, left court", "…, plans to …", "…, will run"). */
function verbAfterSubjectAside(tokens: Token[], i: number): boolean {
  while (i < tokens.length && isAdverb(tokens[i])) i++;
  const t = tokens[i];
  if (!t || !isWord(t) || isCapitalized(t) || t.quote >= 0 || TAIL_STARTS.has(t.lower)) return false;
  if (mainVerb(tokens, i) || PRESENT_MARKERS.has(t.lower) || MODALS.has(t.lower) || /n['’]t$/.test(t.lower))
    return true;
  // "…, sits on top", "…, plans to": a word in -s, unless a list goes on after it.
  return /^\p{Ll}{2,}[^su]s$/u.test(t.text) && !/^(,|and|or)$/.test(tokens[i + 1]?.lower ?? '');
}

/** Where what was said ends when the cue at `k` is in an aside on the sentence's opening subject
 * (subjectAsideOpen): at the dash that pairs with an opening dash, or at the first comma before
 * the subject's own verb; `to` when no such mark stands in (c, to). */
function subjectAsideEnd(tokens: Token[], floor: number, k: number, c: number, to: number): number {
  const o = subjectAsideOpen(tokens, floor, k);
  if (o < 0) return to;
  const dash = tokens[o]!.text !== ',';
  for (let i = c + 1; i < to; i++) {
    const t = tokens[i]!;
    if (dash) {
      if (spacedDash(tokens, i)) return i;
      continue;
    }
    // '…, who said that costs were “in the millions,” described …': the quotation is said.
    if (closedByComma(t) && verbAfterSubjectAside(tokens, i + 1)) return i + 1;
    if (t.text === ',' && verbAfterSubjectAside(tokens, i + 1)) return i;
  }
  return to;
}

/** The opening subject an aside holding the cue at `k` hangs on (subjectAsideOpen): the speaker of
 * "The mayor, saying that …, walked out" and of "X — who claimed that … — resigned". */
function subjectOfAside(tokens: Token[], floor: number, k: number): RawMention | null {
  const o = subjectAsideOpen(tokens, floor, k);
  return o < 0 ? null : verblessSubject(tokens, floor, o);
}
