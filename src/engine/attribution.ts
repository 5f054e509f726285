// Quotations and reported speech with their speakers. The marks are paired first, then each
// quote's speaker is searched as a sieve (attribution-notes §2): its own sentence, then its
// paragraph, then the paragraph before when the quote carries on from it; finally every mention is
// resolved to one entity per article.
import {
  UNCLEAR_SPEAKER_ID,
  type Block,
  type EvidencePlace,
  type Quote,
  type QuoteSpeaker,
  type Speaker,
  type SpeakerEvidence,
} from './types';
import { ABSTAIN_BELOW, confidenceOf, mentionShape, type AttributionFeatures } from './speaker-confidence';
import { findMarkedSpans, type MarkedSpan } from './quote-marks';
import { NOT_SPEAKERS, endsWithColon, reportingLeadIn, turnIn, withUnmarkedSpeech } from './unmarked-speech';
import { isForename } from './forenames';
import { sentenceEndSearch, splitSentences } from './sentences';
import { isCapitalized, isWord, tokenize, type Token } from './tokens';
import {
  clauseSubjectPronoun,
  laterClauseSubject,
  relativeSubject,
  colonSpeaker,
  headlineSpeaker,
  passiveBefore,
  quoteThenName,
  sentenceSubject,
  speakerInSentence,
  subjectAndVerb,
  subjectOf,
  withAntecedent,
  opener,
  SUBORDINATORS,
} from './sentence-cues';
import { issuerOf, pointsOut, reportedInSentence, weakCueReports, type ReportedClause } from './reported-speech';
import {
  AUXILIARIES,
  cueAt,
  descriptorHead,
  DETERMINERS,
  isWriter,
  NP_PREPOSITIONS,
  possessorOfSpeech,
  ROLE_WORDS,
  SPEECH_NOUNS,
  type RawMention,
} from './speaker-mentions';
import {
  EntityResolver,
  MESSAGE_NOUNS,
  cannotSpeak,
  PRONOUN_NAMES,
  type PronounObserver,
  type Resolution,
} from './entities';
import {
  endsInLetterOrDigit,
  hasSurrogate,
  isAsciiLower,
  isLetterOrDigit,
  isLowerCasePoint,
  isUpperCase,
  lazy,
} from './chars';
import { lowerBound } from './sorted';
import { TOOLS } from './tools-only';
import {
  CALL_WORDS,
  isNickname,
  isSignOff,
  isStageDirection,
  isSubhead,
  isTerm,
  isTitleLike,
  titleCased,
} from './non-speech';
import { BE_FORMS, DOCUMENT_NOUNS, PERSONAL_SUBJECTS, cueStrength, findCueWord, wordSet } from './speech-verbs';

/** A speaker name that is only a pronoun: the resolver found no antecedent for it ("WHO" or "IT"
 * in capitals is an acronym, a name). "One of them", or a number standing alone ("One said"),
 * picks a person out of a group and names no one ("most of them" is the group's share, a
 * descriptor the source keeps). */
const UNRESOLVED_PRONOUN = /^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]ho|[Ww]hich|(?:[Oo]ne|[Tt]wo|[Tt]hree)(?: of them)?)$/;
/** What stands before a pronoun that opens a clause: the text's start, punctuation, or a word
 * that joins a clause ("and they say", "as she said"). */
const OPENS_CLAUSE = /(?:^|[^\p{L}\s]|\b(?:and|but|as|which|then))\s*$/iu;
/** A part of a group named by a pronoun ("Many of them", "two of us"): what it says is kept, but a
 * card cannot name "Many of them" as who said it. */
const PRONOUN_PART = /^(?:[a-z]+ ){1,2}of (?:them|us|you|those|these)$/i;
/** A quote with no speaker found anywhere and at most this many words is a scare quote. */
const SCARE_MAX_WORDS = 2;
/** A lower-case word of six letters or more that is no long preposition ("attended"): prose,
 * not a headline, however many names the sentence holds. A title-case quote there is a title
 * unless it ends in punctuation ('editorial: "Ada Lund Must Go."') or follows "called" within
 * four words. */
const PROSE_WORD =
  /(?:^|\s)(?!(?:against|between|through|without|towards?|across|around|before|behind|during|within|beyond|despite|because)\s)[a-z]{6,}[\s,.]/;

interface QuoteInfo {
  span: MarkedSpan;
  /** Index of the outermost quote that holds this one, or -1. */
  parent: number;
  mention: RawMention | null;
  /** Index of the quote whose speaker this one takes over, when attributed by context. */
  from: number;
  /** Where the mention (or the quote it takes over from) was found. */
  place: EvidencePlace;
  sentence: number;
  term: boolean;
  partial: boolean;
  /** The quote follows a passive "was told" ("Staff told to expect “…”"): its subject heard it, and
   * no neighbour's speaker is lent to it either. */
  heard?: boolean;
}

interface SentenceInfo {
  block: number;
  start: number;
  end: number;
  /** Who speaks in this sentence (the reported clause's or any cue's subject), for neighbours. */
  speaker: RawMention | null;
  /** A sentence that is only an attribution ("Clinton said.") after a quote ending in ? or !. */
  lead: RawMention | null;
  /** The last sentence of a paragraph before a quote paragraph, opening "X verb …" however long
   * ("Roe praised the mayor's work after the storm …" / ¶ "We need …"): X, for that quote only. */
  carry?: RawMention | null;
  quotes: number[];
}

export interface AttributionOptions {
  /** false: name the best candidate however unsure (for fitting the confidence model). */
  abstain?: boolean;
  /** Sees each quote's speaker features as it is attributed (for fitting the confidence model). */
  observe?: (quote: Quote, features: AttributionFeatures) => void;
  /** The writer's name (the byline's), for "I" and "we" outside quotes; else read from a "By …" block. */
  byline?: string;
  /** Sees each "he"/"she" antecedent search with its candidates' features (for fitting the
   * pronoun salience table). */
  observePronoun?: PronounObserver;
}

/** The starts of a live blog's posts: headings after the first block, when there are three or
 * more of them (a story's subheadings are fewer). */
function posts(blocks: Block[]): number[] {
  const starts = blocks.filter((b, i) => i > 0 && b.kind === 'heading').map((b) => b.start);
  return starts.length > 2 ? starts : [];
}

/** Finds the direct and reported quotes in the text and resolves each to a speaker entity. */
export function attributeQuotes(
  text: string,
  blocks: Block[],
  options: AttributionOptions = {},
): { quotes: Quote[]; speakers: Speaker[] } {
  // The entity table reads the whole article: only built when someone speaks.
  let resolver: EntityResolver | null = null;
  const entities = () =>
    (resolver ??= new EntityResolver(
      text,
      topLevel(spans),
      TOOLS ? options.observePronoun : undefined,
      options.byline ?? bylineIn(text, blocks),
      posts(blocks),
    ));
  /** A mention the sieve may use: one that can refer to someone (else the search goes on). */
  const usable = <M extends RawMention>(m: M | null | undefined): M | null =>
    m && entities().refersToSomeone(m) ? m : null;
  /** With a verb of any kind ("Lund turned to the crowd."), a lone capitalised word opening the
   * sentence before a quote is someone only as the surname of a full name of the article: "Flood
   * waters rose." names no one. */
  const actor = (m: RawMention | null) =>
    m?.kind === 'name' && !m.name.includes(' ') && !m.role && !entities().knowsSurname(m.name) ? null : usable(m);
  const spans = withUnmarkedSpeech(text, blocks, findMarkedSpans(text, blocks));
  const infos: QuoteInfo[] = [];
  let outer = -1;
  for (const span of spans) {
    const parentSpan = outer >= 0 ? infos[outer]!.span : null;
    const inside =
      parentSpan !== null && span.start >= parentSpan.start && span.end <= parentSpan.end && span !== parentSpan;
    infos.push({
      span,
      parent: inside ? outer : -1,
      mention: null,
      from: -1,
      place: 'none',
      sentence: -1,
      term: isTerm(text, span, blocks[span.block]!.start, blocks[span.block]!.end),
      partial: false,
    });
    if (!inside) outer = infos.length - 1;
  }
  const sentences: SentenceInfo[] = [];
  const reported: { clause: ReportedClause; sentence: number }[] = [];
  const sentenceEnds = sentenceEndSearch();
  // Where each outermost quote opens: a short sentence right before one may introduce it.
  const quoteStarts = new Set<number>();
  for (const info of infos) if (info.parent < 0) quoteStarts.add(info.span.start);
  const beforeQuote = (e: number, b: number) => opensQuoteAfter(text, e, blocks, b, quoteStarts);
  let q = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const top: number[] = [];
    while (q < infos.length && infos[q]!.span.block === b) {
      if (infos[q]!.parent < 0) top.push(q);
      q++;
    }
    // Most paragraphs hold neither a quote nor a cue: they need no sentences and no tokens, only
    // a placeholder that keeps the neighbourhood of the paragraphs around them.
    // `cue`: where the next cue word ends (-1: none up to the paragraph's end, -2: not looked for).
    let cue = top.length ? -2 : findCueWord(text, block.start, block.end);
    if (top.length === 0 && cue < 0 && !endsWithColon(text, block.start, block.end) && !beforeQuote(block.end, b)) {
      sentences.push({ block: b, start: block.start, end: block.end, speaker: null, lead: null, quotes: [] });
      continue;
    }
    const topSpans = top.map((i) => infos[i]!.span);
    let t = 0;
    for (const [s, e] of splitSentences(text, block.start, block.end, topSpans, sentenceEnds)) {
      const ids: number[] = [];
      const inSentence: MarkedSpan[] = [];
      const skip: MarkedSpan[] = [];
      while (t < top.length && infos[top[t]!]!.span.start < e) {
        const i = top[t++]!;
        // A term or nickname is plain text for the patterns (Dolores "Lola" Ferrante stays one name).
        if (infos[i]!.span.start < s) continue;
        if (!infos[i]!.term) {
          ids.push(i);
          inSentence.push(infos[i]!.span);
        } else if (isNickname(text, infos[i]!.span, block.start)) skip.push(infos[i]!.span);
      }
      const sentence: SentenceInfo = { block: b, start: s, end: e, speaker: null, lead: null, quotes: ids };
      const index = sentences.push(sentence) - 1;
      // Sentences without a quote or a cue need no tokens either. Words never cross a sentence
      // end, so the paragraph's next cue (found again once passed) says whether this one has one.
      if (ids.length === 0) {
        if (cue === -2 || (cue >= 0 && cue <= s)) cue = findCueWord(text, s, block.end);
        if (
          !(cue >= 0 && cue <= e) &&
          !endsWithColon(text, s, e) &&
          !afterClosingQuote(sentences, index, e) &&
          !((e - s <= LEAD_VERB_CHARS || e >= block.end) && beforeQuote(e, b))
        )
          continue;
      }
      const tokens = tokenize(text, s, e, inSentence, ids, skip);
      // In a headline every word is capitalised, so a capitalised quote says nothing there.
      let headline: boolean | null = blocks[b]!.kind === 'heading' ? true : null;
      const headlineStyle = () => (headline ??= titleCased(text.slice(s, Math.min(e, s + 300)), 0.6));
      const usedCues = new Set<number>();
      for (let k = 0; k < tokens.length; k++) {
        const qi = tokens[k]!.quote;
        if (qi < 0) continue;
        const info = infos[qi]!;
        info.sentence = index;
        if (info.term) continue;
        if (
          info.span.start > s &&
          isTitleLike(text, info.span) &&
          (!headlineStyle() ||
            (PROSE_WORD.test(text.slice(s, Math.min(e, s + 300))) &&
              endsInLetterOrDigit(text, info.span.innerStart, info.span.innerEnd) &&
              !tokens.slice(Math.max(0, k - 4), k).some((t) => CALL_WORDS.has(t.lower)))) &&
          !cueFollows(tokens, k) &&
          !spokenAfterCue(tokens, k, text, info.span)
        ) {
          info.term = true;
          continue;
        }
        if (isStageDirection(text, info.span) || isSubhead(text, info.span, block) || isSignOff(text, info.span)) {
          info.term = true;
          continue;
        }
        // "'Independent' Harbor Gazette editor Lena Fisk …": a word or two in quotes opening the
        // sentence right before a capitalised word, ending without punctuation and with no speech
        // verb after, modifies it. "“Night at the Pier” runs too long": a title-cased one is the
        // subject, a title of a work.
        if (
          k === 0 &&
          endsInLetterOrDigit(text, info.span.innerStart, info.span.innerEnd) &&
          ((isCapitalized(tokens[k + 1]) && wordCount(text, info.span) <= SCARE_MAX_WORDS) ||
            isTitleLike(text, info.span)) &&
          !cueFollows(tokens, k)
        ) {
          info.term = true;
          continue;
        }
        let found = speakerInSentence(tokens, k) ?? (headlineStyle() ? headlineSpeaker(tokens) : null);
        if (found && !usable(found.mention)) found = null;
        // "X called Roe’s claim that “…” …": a noun of saying between the cue and the quote has
        // its own possessor, who said the quoted words. So has a named possessor's whatever cue
        // follows the quote ("X faulted Roe’s claim that Lund “lied,” saying …").
        const possessive = possessorOfSpeech(tokens, k);
        if (
          possessive &&
          usable(possessive.mention) &&
          (!found || found.cue < possessive.cue - 1 || (found.cue > k && possessive.mention.kind === 'name'))
        )
          found = possessive;
        if (found) usedCues.add(found.cue);
        const transcript = transcriptSpeaker(text, info.span);
        info.heard = passiveBefore(tokens, k);
        info.mention =
          transcript ??
          withAntecedent(
            found
              ? withCue(found.mention, tokens, found.cue)
              : info.span.start > s
                ? info.heard
                  ? null
                  : (usable(colonSpeaker(tokens, k, true)) ??
                    usable(clauseSubjectPronoun(tokens, k)) ??
                    usable(laterClauseSubject(tokens, 0, k)) ??
                    usable(relativeSubject(tokens, k, true)) ??
                    usable(ownClauseSubject(text, tokens, k)) ??
                    usable(relativeSubject(tokens, k)) ??
                    usable(colonSpeaker(tokens, k)) ??
                    thingSubject(tokens, k) ??
                    // "A paper from the Acme Institute had this to say: “…”": a document's
                    // issuer speaks through a lead-in's colon.
                    (tokens[k - 1]?.text === ':' ? issuerOf(tokens, 0, k) : null))
                : usable(quoteThenName(tokens, k)),
            tokens,
          );
        if (info.mention) info.place = transcript ? 'transcript' : 'sentence';
        info.partial = isPartial(tokens, k, text);
      }
      // Reported speech needs a strong cue or "according"; a speaking or lead sentence any cue.
      let cues = 0;
      for (let k = 0; k < tokens.length; k++) {
        const tk = tokens[k]!;
        if (tk.cue) cues |= tk.cue === 2 || weakCueReports(tokens, k) ? 3 : 1;
        else if (tk.lower === 'according' || pointsOut(tokens, k)) cues |= 2;
      }
      const clauses = (cues & 2 ? reportedInSentence(tokens, usedCues) : [])
        .map((c) => (usable(c.mention) ? c : asGroupSource(c)))
        // "I can't say …", "I didn't suggest …": the writer denies saying it.
        .filter(
          (c): c is ReportedClause =>
            c !== null && usable(c.mention) !== null && !(isWriter(c.mention) && negated(tokens, c.cue)),
        );
      // A lead-in with no quote reports the paragraph after its colon: what stands before its
      // verb is its subject ("The founder, Lund, wrote in a post:", "In a post, Lund wrote:"), no claim.
      const leadIn = ids.length === 0 && endsWithColon(text, s, e);
      for (const c of clauses) {
        c.mention = withAntecedent(withCue(c.mention, tokens, c.cue), tokens)!;
        if (leadIn && tokens[c.cue]!.cue && c.end <= tokens[c.cue]!.start) continue;
        if (!onlyQuoted(text, c, inSentence, tokens[c.cue]!.start)) reported.push({ clause: c, sentence: index });
        for (const i of ids) takeClauseSource(text, infos[i]!, c, opener(tokens) >= 0);
      }
      // The sentence's first clause names who speaks in it, for the quotes around; "C — according
      // to X" (no comma before the cue) is a claim, but too loose a tie to lend X to other quotes.
      const first = clauses[0];
      const clause =
        first && (tokens[first.cue]!.lower !== 'according' || first.cue === 0 || tokens[first.cue - 1]!.text === ',')
          ? first
          : undefined;
      sentence.speaker =
        clause?.mention ?? (cues & 1 ? usable(anySpeaker(tokens)) : null) ?? lastQuoteMention(ids, infos);
      // "Ortega made the following remark:" introduces the quote paragraph that follows even
      // without a speech verb: its subject speaks there.
      if (!sentence.speaker && ids.length === 0 && endsWithColon(text, s, e))
        sentence.speaker =
          usable(lastClauseSubject(tokens)) ??
          usable(sentenceSubject(tokens, tokens.length)) ??
          usable(colonSpeaker(tokens, tokens.length)) ??
          // "Roe’s message to the board was blunt:", "Her answer was short:": when no subject speaks,
          // the owner of a noun of saying in the lead-in's last words speaks the paragraph after it.
          usable(possessorOfSpeech(tokens, tokens.length)?.mention);
      // The writer ("I said", "we asked") speaks only in their own sentence, or over a lead-in's colon.
      if (isWriter(sentence.speaker) && !endsWithColon(text, s, e)) sentence.speaker = null;
      const lead =
        ids.length === 0
          ? ((cues & 1 ? usable(leadAttribution(tokens)) : null) ??
            // Right after a quote the sentence may be its tag ('"Q?" Lund pressed.'): any name.
            (afterClosingQuote(sentences, index, e) ? usable : actor)(verbLead(tokens)))
          : null;
      // "Roe's lawyers wrote to the publisher, the spokesman added.": a subject inside what a
      // closing cue reports attributes nothing, and no quote before it.
      sentence.lead = lead && !clauses.some((c) => c.start <= lead.start && lead.start < c.end) ? lead : null;
      if (ids.length === 0 && e >= block.end && !sentence.lead) sentence.carry = actor(verbLead(tokens, CARRY_MAX));
    }
  }
  // An answer or a transcript turn is spoken by the one its label or the interview names.
  for (const info of infos) {
    const at = info.span.speakerAt;
    if (!at) continue;
    // A post's signature (capitalised words after a dash) names its signer even when the page
    // writes the name in lower case too, as a handle does ("— Ada (@ada.roe)"); a transcript's
    // label is asked whether it refers. A signer in capitals ("— NSAA (@nsaa)") is an acronym, kept
    // as written; a transcript's "TAPPER" is read as "Tapper".
    const label = labelMention(text, at, !!info.span.unmarked, !info.span.unmarked);
    info.mention = info.span.unmarked ? usable(label) : label;
    // A post's signature ties its words to the signer as a "said" does.
    if (info.mention) info.place = info.span.unmarked ? 'transcript' : 'sentence';
  }
  inheritSpeakers(text, infos, sentences, blocks);
  return finish(text, blocks, infos, sentences, reported, options, mentionsFound(infos, reported) ? entities() : null);
}

/** A "By Ada Lund" block among the article's first: the writer's name. */
function bylineIn(text: string, blocks: Block[]): string | null {
  for (const block of blocks.slice(0, 4)) {
    const m = /^By ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})$/.exec(text.slice(block.start, block.end).trim());
    if (m) return m[1]!;
  }
  return null;
}

/** The sentence's subject, for a quote in its own clause: a clause after a semicolon whose
 * subject and verb in -s stand right before the quote ("Acme cuts jobs; union blames “…”") owns
 * it even when its subject names no one. A pronoun there ("…; she calls it “…”") refers back. */
function ownClauseSubject(text: string, tokens: Token[], k: number): RawMention | null {
  const m = sentenceSubject(tokens, k);
  return m &&
    /;\s*(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|and|but)\b)(?:\S+\s+){1,3}[a-z]+s\s*$/.test(
      text.slice(m.end, tokens[k]!.start),
    )
    ? null
    : m;
}

/** "The debate grew heated — and then Lund called them on it:": in a lead-in of several
 * clauses, the one that ends at the colon introduces what follows; its subject, after the last
 * dash or semicolon, speaks. Null when the sentence is one clause. */
function lastClauseSubject(tokens: Token[]): RawMention | null {
  for (let c = tokens.length - 2; c > 0; c--) {
    const t = tokens[c]!;
    if (t.quote >= 0) return null;
    if (t.text === ';' || /^[—–―]$/.test(t.text)) return sentenceSubject(tokens.slice(c + 1), tokens.length - c - 1);
  }
  return null;
}

/** "The agency declined to detail the inquiry's "…"", "Her plan promises to "…"": a sentence
 * opening on a determiner, one to three lower-case words and a verb (in -s or -ed, or an
 * auxiliary) before the quote: that noun phrase (a body, a document, a group) is who the quote is
 * from, unless a passive "by", a relative or second subject, or a cue between the verb and the
 * quote opens a clause of its own ("The couple started a fund that focuses on "…"", "The ad
 * ends with a voice saying: "…""). */
function thingSubject(tokens: Token[], k: number): RawMention | null {
  // Before a colon that opens the quote the clause ends there, so the phrase may be longer: open
  // on a possessor and run through a complement ("Lund’s letter makes a plain case:", "A note in
  // the audit makes that clear:"), or be fronted by "from" ("From the audit:").
  const colon = tokens[k - 1]?.text === ':';
  const first = tokens[0];
  if (colon && first?.lower === 'from' && k < 7 && tokens.slice(1, k - 1).every((t) => isWord(t) && !t.cue))
    return nounPhrase(tokens, 1, k - 1);
  if (!DETERMINERS.has(first?.lower ?? '') && !(colon && isWord(first) && POSSESSIVE.test(first!.text))) return null;
  const verbLike = (t: Token | undefined) =>
    isWord(t) &&
    !isCapitalized(t) &&
    !POSSESSIVE.test(t!.text) &&
    (/(?:s|ed)$/.test(t!.lower) || thingAuxiliary(t!.lower));
  const max = colon ? 7 : 4;
  let v = 1;
  while (
    v < max &&
    isWord(tokens[v]) &&
    !isCapitalized(tokens[v]) &&
    !verbLike(tokens[v]) &&
    !NP_STOP.has(tokens[v]!.lower)
  )
    v++;
  // A plural head ("the results showed"): the verb is the word after it.
  if (v < max && tokens[v]?.lower.endsWith('s') && verbLike(tokens[v + 1])) v++;
  if (v < 2 || v >= k - 1 || !verbLike(tokens[v]) || tokens[v + 1]!.lower === 'by') return null;
  for (let j = v + 1; j < k; j++) {
    const t = tokens[j]!;
    if (t.cue || t.quote >= 0 || CLAUSE_SUBJECTS.has(t.lower) || (t.lower === 'that' && j > v + 1)) return null;
  }
  return nounPhrase(tokens, 0, v);
}

/** The nominal mention of tokens `from` to `to` (exclusive); its head is the word before its
 * first preposition ("a note in the audit": note). */
function nounPhrase(tokens: Token[], from: number, to: number): RawMention {
  let h = from + 1;
  while (h < to && !NP_PREPOSITIONS.has(tokens[h]!.lower)) h++;
  return {
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    text: tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' '),
    kind: 'nominal',
    name: tokens[h - 1]!.lower,
    role: null,
    gender: '',
  };
}

const POSSESSIVE = /['’]s$/;
/** An auxiliary that is a noun phrase's verb ("The board has …", "The plan would …"); not a form
 * of "be": "Those services are available to …" then named the services. */
const thingAuxiliary = (w: string) => AUXILIARIES.has(w) && !BE_FORMS.has(w);
/** Words that end a subject noun phrase without being its verb. */
const NP_STOP = wordSet('also now then still just only not never who which that and or');
/** Subjects that open a clause of their own after the verb. */
const CLAUSE_SUBJECTS = wordSet(`${PERSONAL_SUBJECTS} who which`);

/** How far after a quote (in characters) its own sentence's cue is looked for before the quote
 * is lent the speaker of the paragraph before. */
const OWN_CUE_REACH = 40;
/** A copula and a determiner right after a quote that opens its sentence: the quote is the
 * subject of a clause that says what the words are ("… is a common refrain", "… was the motto", or
 * "… was the mayor’s reply", whose speaker is then no one the paragraph names before it). */
const QUOTE_AS_SUBJECT = /^[,\s]*(?:is|was) (?:one|an?|the) /;

/** Context fallbacks, in order: the other pieces of a multi-paragraph quote, the quotes before
 * and after in the paragraph, a speaking sentence in the paragraph, and the paragraph before when
 * this one opens with the quote and that one ends attributed. */
function inheritSpeakers(text: string, infos: QuoteInfo[], sentences: SentenceInfo[], blocks: Block[]): void {
  const has = (i: number) => infos[i]!.mention !== null || infos[i]!.from >= 0;
  // '"…" / - Jane Roe.': a quote paragraph signed by a dash line under it.
  for (const info of infos) {
    if (info.parent >= 0 || info.term || info.mention || !fills(info.span, blocks[info.span.block]!)) continue;
    const next = blocks[info.span.block + 1];
    const byline = next ? signature(text, next) : null;
    if (byline) {
      info.mention = byline;
      info.place = 'paragraph';
    }
  }
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.parent >= 0 || info.term || info.heard || has(i)) continue;
    const sameBlock = (j: number) =>
      infos[j] && infos[j]!.span.block === info.span.block && infos[j]!.parent < 0 && !infos[j]!.term;
    if (info.span.group !== undefined) {
      // Pieces of one quote: the nearest earlier piece that knows its speaker ('"A," she said.
      // "B…' / transcript turns), else a later one ('"A… / "B," she said.').
      const g = info.span.group;
      for (let j = i - 1; j >= 0 && (infos[j]!.parent >= 0 || infos[j]!.span.group === g); j--) {
        if (infos[j]!.span.group === g && has(j)) {
          info.from = j;
          break;
        }
      }
      for (let j = i + 1; !has(i) && j < infos.length && (infos[j]!.parent >= 0 || infos[j]!.span.group === g); j++) {
        if (infos[j]!.span.group === g && infos[j]!.mention) {
          info.from = j;
          break;
        }
      }
      if (has(i)) {
        // A piece of a quote that a lead-in introduced over several paragraphs ("X said in a
        // statement:" / "¶ “A… ¶ “B…”) is introduced by it too, when it fills its paragraph.
        const source = info.from >= 0 ? infos[info.from]! : null;
        info.place =
          source?.place === 'lead-in' && info.from < i && fills(info.span, blocks[info.span.block]!)
            ? 'lead-in'
            : 'quote-piece';
        continue;
      }
    }
    const own = sentences[info.sentence];
    if (!own) continue;
    // '"…?" Clinton said.': the splitter broke after the question mark; the next sentence is
    // nothing but the attribution, so the quote's own sentence is where its speaker was found.
    const following = sentences[info.sentence + 1];
    info.place = 'paragraph';
    if (following?.lead && following.block === own.block && info.span.end >= own.end - 1) {
      info.mention = following.lead;
      info.place = 'sentence';
      continue;
    }
    // '"Waste not, want not," is one old saying here.': a quote that opens its sentence as the
    // subject of "is a …" names what the words are; its speaker is no one the paragraph names.
    if (own.start === info.span.start && QUOTE_AS_SUBJECT.test(text.slice(info.span.end, own.end))) continue;
    let prev = i - 1;
    while (prev >= 0 && infos[prev]!.parent >= 0) prev--;
    // The writer goes on only into the next sentence ('“A,” I said. “B.”'), not past a sentence between.
    if (
      prev >= 0 &&
      sameBlock(prev) &&
      has(prev) &&
      !(isWriter(infos[prev]!.mention) && info.sentence - infos[prev]!.sentence > 1)
    ) {
      info.from = prev;
      continue;
    }
    let next = i + 1;
    while (next < infos.length && infos[next]!.parent >= 0) next++;
    if (sameBlock(next) && infos[next]!.mention && !isWriter(infos[next]!.mention)) {
      info.from = next;
      continue;
    }
    let found: RawMention | null = null;
    for (let s = info.sentence - 1; s >= 0 && sentences[s]!.block === own.block && !found; s--)
      found = sentences[s]!.speaker;
    for (let s = info.sentence + 1; s < sentences.length && sentences[s]!.block === own.block && !found; s++)
      found = sentences[s]!.speaker;
    if (found) {
      info.mention = found;
      // "Roe explained that the vote was close. “I sensed …”": a quote opening the sentence right
      // after one whose cue gives its speaker is introduced by it, as a quote paragraph is (unless
      // a cue of its own follows it, perhaps past a break after its '?': '"…?" Ada Roe, the chair, said').
      const to = info.span.end >= own.end - 1 && following?.block === own.block ? following.end : own.end;
      if (
        found === sentences[info.sentence - 1]?.speaker &&
        found.cue &&
        own.start === info.span.start &&
        findCueWord(text, info.span.end, to) < 0
      )
        info.place = 'lead-in';
      continue;
    }
    // 'The judge then turned to me. "Mr. Roe?"': a short sentence of subject and verb right
    // before a quote that opens its sentence introduces it.
    const before = sentences[info.sentence - 1];
    if (
      before?.block === own.block &&
      before.lead &&
      !isWriter(before.lead) &&
      !before.quotes.length &&
      own.start === info.span.start &&
      !singleMarked(text, info.span)
    ) {
      info.mention = before.lead;
      continue;
    }
    info.place = 'paragraph-before';
    // "X wrote in a post: ¶ I think … what we should ask is “…”": a quote inside the paragraph a
    // reporting lead-in introduces, where no speaker was found, is part of X's words.
    let opener = info.sentence;
    while (opener > 0 && sentences[opener - 1]!.block === own.block) opener--;
    const lead = sentences[opener - 1];
    if (
      lead?.speaker &&
      lead.block === own.block - 1 &&
      info.span.start > blocks[own.block]!.start &&
      reportingLeadIn(text, blocks[lead.block]!)
    ) {
      info.mention = lead.speaker;
      info.place = 'lead-in';
      continue;
    }
    // The paragraph before, when this quote opens its paragraph.
    const firstSentence = info.sentence === 0 || sentences[info.sentence - 1]!.block !== own.block;
    if (!firstSentence || own.start !== info.span.start) continue;
    // '"…," 3M said.': a cue right after the quote in its own sentence, whose subject was not read
    // as a speaker, says someone else spoke it than the paragraph before.
    if (findCueWord(text, info.span.end, Math.min(own.end, info.span.end + OWN_CUE_REACH)) >= 0) continue;
    // '"Shame!" came a cry from the benches.': a sentence that goes on past the quote into a
    // clause of its own (no cue, a lower-case word) tells its own story of who spoke.
    if (/^\s*[a-z]/.test(text.slice(info.span.end, own.end))) continue;
    const prevSentence = sentences[info.sentence - 1];
    if (!prevSentence || prevSentence.block !== own.block - 1 || blocks[prevSentence.block]!.kind === 'heading')
      continue;
    const fillsBlock = fills(info.span, blocks[own.block]!);
    if (prevSentence.quotes.length) {
      const last = prevSentence.quotes[prevSentence.quotes.length - 1]!;
      // A run of quote paragraphs goes on with the speaker its lead-in gave the first one; not
      // past a turn's label ("Q: …" ¶ "A: …": the answer is the other side's).
      if (has(last) && !/^[QA]:/.test(text.slice(blocks[own.block]!.start, blocks[own.block]!.start + 2))) {
        info.from = last;
        if (infos[last]!.place === 'lead-in' && fillsBlock) info.place = 'lead-in';
        continue;
      }
    }
    // A line with no closing stop ("Double faults", "Break points saved": a table's row label) is
    // no sentence that introduces the quote after it.
    if (isLetterOrDigit(text.charCodeAt(lastInk(text, prevSentence.start, prevSentence.end)))) continue;
    if (prevSentence.speaker) {
      info.mention = prevSentence.speaker;
      // "The ministry said in a statement:" (or "… said that …" before a paragraph that is all
      // quotation) introduces the quote paragraphs that follow it.
      if (endsWithColon(text, prevSentence.start, prevSentence.end) || (fillsBlock && prevSentence.speaker.cue))
        info.place = 'lead-in';
      continue;
    }
    // "Roe then had a question for the crowd. ¶ "Who will pay?"": the same across paragraphs.
    if (
      prevSentence.lead &&
      !isWriter(prevSentence.lead) &&
      !prevSentence.quotes.length &&
      !singleMarked(text, info.span)
    ) {
      info.mention = prevSentence.lead;
      continue;
    }
    if (prevSentence.carry && fillsBlock && !singleMarked(text, info.span)) {
      info.mention = prevSentence.carry;
      continue;
    }
    // A paragraph in single marks ('A fight from start to finish.') is a subhead more often than
    // speech in American news, whose speech takes double marks: it is not lent a speaker from afar.
    if (!fillsBlock || singleMarked(text, info.span)) continue;
    // A quote paragraph after a paragraph whose last sentence names no speaker goes on with the
    // one who speaks last in that paragraph, when the sentences after them keep to them with a
    // pronoun and bring in no one by full name ('"…," Roe said. When they met, neighbours came up
    // to her. ¶ "They would ask me …"').
    const earlier = earlierSpeaker(text, sentences, info.sentence - 1, has);
    if (typeof earlier === 'number') info.from = earlier;
    else if (earlier) info.mention = earlier;
    // A quote paragraph with no speaker before it, right before a paragraph that opens with a
    // quote its own sentence attributes ('¶ "A." ¶ "B," Roe notes.'), is the same speaker's; not
    // a blockquote (verse, a document's text), whose words are not those of the next speaker.
    else if (
      blocks[own.block]!.kind !== 'blockquote' &&
      opensAttributedParagraph(infos, sentences, next, own.block + 1)
    )
      info.from = next;
  }
  for (const info of infos) if (!info.mention && info.from < 0) info.place = 'none';
}

/** A quote opens right after offset `e` in block `b` (past white space), or `e` ends the block and
 * the next block opens with a quote. */
function opensQuoteAfter(text: string, e: number, blocks: Block[], b: number, starts: Set<number>): boolean {
  const end = blocks[b]!.end;
  let i = e;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  if (i < end) return starts.has(i);
  const next = blocks[b + 1];
  return next !== undefined && starts.has(next.start);
}

/** The span opens with one single quotation mark (not the doubled '' of some archives). */
function singleMarked(text: string, span: MarkedSpan): boolean {
  const c = text.charCodeAt(span.start);
  return span.innerStart - span.start === 1 && (c === 39 || c === 0x2018);
}

/** Who speaks last in the paragraph of sentence `last`, before that sentence: the index of its
 * last quote with a speaker, or the mention of its last speaking sentence. Null when none does,
 * or when the sentences after theirs name no one by pronoun or open on a full name (a new
 * person the paragraph turns to). */
function earlierSpeaker(
  text: string,
  sentences: SentenceInfo[],
  last: number,
  has: (i: number) => boolean,
): number | RawMention | null {
  const block = sentences[last]!.block;
  for (let s = last - 1; s >= 0 && sentences[s]!.block === block; s--) {
    const { quotes, speaker } = sentences[s]!;
    let found: number | RawMention | null = null;
    for (let j = quotes.length - 1; j >= 0 && found === null; j--) if (has(quotes[j]!)) found = quotes[j]!;
    found ??= speaker;
    if (found === null) continue;
    const after = sentences.slice(s + 1, last + 1);
    const keeps =
      after.some((x) => PERSONAL_PRONOUN.test(text.slice(x.start, x.end))) &&
      !after.some((x) => FULL_NAME_OPENING.test(text.slice(x.start, Math.min(x.end, x.start + 40))));
    return keeps ? found : null;
  }
  return null;
}

/** A third-person pronoun for a person or a group. */
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|they|them|their)\b/i;
/** A sentence opening on two capitalised words ("Ken Smith, the chair, …"). */
const FULL_NAME_OPENING = /^\s*[A-Z][\w.'’-]*\s+[A-Z]/;

/** The quote at `i` opens paragraph `block` (its first sentence starts with it) and its own
 * sentence names its speaker with a cue. */
function opensAttributedParagraph(infos: QuoteInfo[], sentences: SentenceInfo[], i: number, block: number): boolean {
  const q = infos[i];
  if (!q || q.span.block !== block || q.place !== 'sentence' || !q.mention?.cue) return false;
  const s = sentences[q.sentence];
  return s !== undefined && s.start === q.span.start && sentences[q.sentence - 1]?.block !== block;
}

/** A cue of memory, its noun phrase object ("recalled a meeting", "described the day") and the
 * relative word or time noun that opens a clause on it, up to that clause's subject. */
const EVENT_THEN_RELATIVE =
  /(?:recall|describ)\w* (?:an?|the) (?:[a-z]+ ){0,3}(?:(?:at|in) which|where|when|day|night) $/;

/** A quote inside the content of a reported clause, whose own mention was found inside that
 * content too ('X said, noting that donors feel "…"', 'X decried Y's calls, saying he has "…"'),
 * is part of what the clause's source reports: the source speaks it, not the nested subject. */
function takeClauseSource(text: string, info: QuoteInfo, clause: ReportedClause, subordinate: boolean): void {
  const m = info.mention;
  if (info.term || info.span.start < clause.start || info.span.end > clause.end) return;
  // 'X downplayed the attack and said it was like a senator calling herself "…"': a quote with
  // no speaker of its own in the sentence is part of what the clause's source reports.
  if (!m) {
    info.mention = clause.mention;
    info.place = 'sentence';
    return;
  }
  if (info.place !== 'sentence') return;
  // "Moss said she recalled …": a pronoun that stands for the source is the source already.
  if (m.antecedent && m.antecedent.start === clause.mention.start) return;
  // "Roe is assuring voters he is tough after a woman told him he is "too nice"": a subject
  // opening a subordinate clause of its own, with its own cue, says the quote; the clause only
  // ran over it. Not inside the clause's "that" ("Roe said that, because Lund called it "…"").
  const sub = /(?<!that,? )\b(\w+) $/.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
  if (m.cue && m.start > clause.mention.end && SUBORDINATORS.has(sub ?? '')) return;
  // "Roe recalled a meeting at which Lund told the board that "…"": when a cue of memory takes a
  // noun phrase object whose relative clause ("at which", "where", "when") has a subject and cue
  // of its own, that nested cue governs the quote; the outer cue recalls the event, not the words.
  // ("Roe said Lund told the board that "…"" stays Roe's, as PolNeAR credits the outer source.)
  if (m.cue && m.cue.start > m.end && EVENT_THEN_RELATIVE.test(text.slice(Math.max(0, clause.start - 12), m.start)))
    return;
  // 'The officials said the utility switched covers, "so gas cannot build up," Lund said': a
  // speech verb of the quote's own after it, with its subject, is a second speaker the clause ran
  // over; the quote is theirs.
  // Only a verb next to its subject ("Lund said", "said Lund") counts: a cue further on belongs
  // to a clause of its own ('…as "…," Roe seized on it, repeating …').
  // A sentence opening on a subordinator ("After Roe said …, Lund said: …") puts the clause and
  // the quote in one subordinate clause, the main clause's speaker after them.
  if (
    !subordinate &&
    m.cue &&
    clause.mention.cue &&
    m.cue.start > clause.mention.cue.start &&
    m.start >= info.span.end
  ) {
    const gap = m.cue.start >= m.end ? m.cue.start - m.end : m.start - m.cue.end;
    if (gap === 1 && m.cue.start >= info.span.end) return;
  }
  // 'When Roe noted that …, Lund shot back, "…"': a subject, its verb of saying (its hearer aside:
  // "whispered to him:") and a comma or colon right before the quote frame it as direct speech;
  // the clause ran over it. So after an "according to X" before its content ("According to X, Y
  // wrote: "…"", "…, Y told staff: "…"": X reports what Y said, Y's cue governs the quote), though
  // not after "read", whose subject is a text, no speaker ("According to X, a sign read, "…"");
  // "C, according to X" after it stays X's.
  const said = m.cue && text.slice(m.cue.start, m.cue.end);
  const according = /^according/i.test(text.slice(clause.mention.cue?.start ?? 0, clause.mention.cue?.end ?? 0));
  const opening = according && clause.mention.cue!.start < clause.start && !/^reads?$/i.test(said || '');
  if (
    m.cue &&
    (!according || opening) &&
    m.end + 1 === m.cue.start &&
    m.cue.end < info.span.start &&
    info.span.start - m.cue.end < 12 &&
    (opening && /^told$/i.test(said || '') ? /^ \w+[,:]\s*$/ : /^(?: to \w+)?[,:]\s*$/).test(
      text.slice(m.cue.end, info.span.start),
    )
  )
    return;
  // 'Polls did predict the race - Jane Roe: “…”': a name after a dash signs the quote at its
  // colon (its cue), a byline the clause ran over.
  if (text[m.cue?.start ?? 0] === ':') return;
  if (m.start >= clause.start && m.end <= clause.end) info.mention = clause.mention;
  // "Verdi, the editor of the city's paper, La Voce, said every mayor was "…"": the quote's cue
  // is the clause's, and the clause's source search reads past appositives and relative clauses
  // that the quote's nearest-subject search stops inside.
  else if (m.cue && clause.mention.cue?.start === m.cue.start && m.start !== clause.mention.start)
    info.mention = clause.mention;
  // "Near the Lund Bridge a sailor stopped and said the repairs were "…"": a name found by no cue
  // before the clause's source, which its cue ties to the words, is not who speaks; nor one whose
  // cue stands before that source ("Roe says …; Lund promises a "…"": the nearer clause's).
  else if ((m.cue?.end ?? 0) <= clause.mention.start && clause.mention.cue && m.end <= clause.mention.start)
    info.mention = clause.mention;
}

/** A paragraph that only signs the one before: a dash and a capitalised name of up to four words
 * ("- Jane Roe.", "— Sen. Ada Brennan"), and after a comma what or where they are ("- Ada Roe,
 * Tulsa.", "- Ada Roe, posting after the vote."). Without the dash, the quote's closing mark
 * ends it ('"… ¶ Ada Roe, Tulsa Institute."'): a credit line ("Getty Images.") has neither. */
const SIGNATURE = /^([-—–―]-?\s*)?((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*)(?:,([^,"”]{1,50}))?\.?(["”])?\s*$/;

function signature(text: string, block: Block): RawMention | null {
  if (block.end - block.start > 80) return null;
  const raw = text.slice(block.start, block.end);
  const m = SIGNATURE.exec(raw.trim());
  if (!m || !(m[1] || m[4] || m[3]?.split(' ').some((w) => ROLE_WORDS.has(w)))) return null;
  const name = m[2]!;
  const start = block.start + raw.indexOf(name);
  return { start, end: start + name.length, text: name, kind: 'name', name, role: null, gender: '' };
}

/** How many sentences before sentence `from` (negative: after it) the one holding `at` stands,
 * looking only within `from`'s paragraph; null when `at` is outside it. */
function sentencesAway(sentences: SentenceInfo[], from: number, at: number): number | null {
  const own = sentences[from];
  if (!own) return null;
  const step = at < own.start ? -1 : 1;
  for (let s = from; sentences[s]?.block === own.block; s += step)
    if (at >= sentences[s]!.start && at < sentences[s]!.end) return from - s;
  return null;
}

/** Longest opening phrase ("In a statement on Tuesday,") before a subject that still opens its sentence. */
const OPENER_MAX = 80;

/** The mention opens the sentence it stands in: nothing before it but an opening phrase closed by
 * a comma ("On Tuesday, Lund …"). */
function opensSentence(text: string, sentences: SentenceInfo[], m: RawMention): boolean {
  const s = sentenceAt(sentences, m.start);
  if (!s) return false;
  // Walk back over the white space only, so that a mention deep in one huge sentence costs no
  // copy of everything before it.
  let end = m.start;
  while (end > s.start && /\s/.test(text[end - 1]!)) end--;
  if (end === s.start) return true;
  if (end - s.start > OPENER_MAX) return false;
  const before = text.slice(s.start, end);
  return before.endsWith(',') && !/["“”«»]/.test(before);
}

/** The sentence holding offset `at` (sentences are in text order and do not overlap). */
function sentenceAt(sentences: SentenceInfo[], at: number): SentenceInfo | null {
  const s = sentences[lowerBound(sentences, at + 1, (x) => x.end)];
  return s !== undefined && s.start <= at ? s : null;
}

/** The quote is (nearly) all of its block: a quote paragraph or a block quotation. */
function fills(span: MarkedSpan, block: Block): boolean {
  return (span.end - span.start) * 10 >= (block.end - block.start) * 9;
}

function mentionsFound(infos: QuoteInfo[], reported: unknown[]): boolean {
  return reported.length > 0 || infos.some((i) => i.mention !== null);
}

/** The mention with the cue token at `k` recorded as the words that attribute its speech. */
function withCue(mention: RawMention, tokens: Token[], k: number): RawMention {
  const cue = tokens[k];
  return cue ? { ...mention, cue: { start: cue.start, end: cue.end } } : mention;
}

/** Resolves every mention to an entity in text order and builds the output quotes, each speaker
 * with its evidence and confidence; below the confidence threshold the speaker is unclear. */
function finish(
  text: string,
  blocks: Block[],
  infos: QuoteInfo[],
  sentences: SentenceInfo[],
  reported: { clause: ReportedClause }[],
  options: AttributionOptions,
  resolver: EntityResolver | null,
): { quotes: Quote[]; speakers: Speaker[] } {
  // Each distinct mention is resolved once, in text order, so "he" sees the people named before it.
  // Keyed by place (start, then length; a mention is far shorter than 2^16 characters).
  const mentions = new Map<number, RawMention>();
  const key = (m: RawMention) => m.start * 65536 + Math.min(m.end - m.start, 65535);
  for (const info of infos) if (info.mention) mentions.set(key(info.mention), info.mention);
  for (const r of reported) mentions.set(key(r.clause.mention), r.clause.mention);
  const resolved = new Map<number, { raw: RawMention; res: Resolution | null }>();
  for (const m of [...mentions.values()].sort((a, b) => a.start - b.start))
    resolved.set(key(m), { raw: m, res: resolver!.resolve(m) });
  // Inherited speakers point back to earlier quotes (already settled) or forward to a quote with
  // its own mention, so one pass in text order settles them all.
  const settled: ({ raw: RawMention; res: Resolution | null } | null)[] = [];
  const own = (i: number) => (infos[i]!.mention ? (resolved.get(key(infos[i]!.mention!)) ?? null) : null);
  for (let i = 0; i < infos.length; i++) {
    const from = infos[i]!.from;
    settled.push(infos[i]!.mention ? own(i) : from >= 0 ? (from < i ? settled[from]! : own(from)) : null);
  }
  const quotes: Quote[] = [];
  /** Quotes whose source is a document cited without an issuer ("a 2018 survey", "the statement"). */
  const documents = new Set<Quote>();
  // Reported clauses are in text order and never overlap, so one moving pointer finds the clause
  // around each quote.
  let r = 0;
  const claimAround = (s: MarkedSpan): ReportedClause | null => {
    while (r < reported.length && reported[r]!.clause.end < s.start) r++;
    const c = reported[r]?.clause;
    return c !== undefined && s.start >= c.start && s.end <= c.end ? c : null;
  };
  // How often each entity is attributed a quote in its own sentence with a cue: a speaker the
  // article keeps citing is the likely one when a quote is attributed by context.
  const cited = new Map<string, number>();
  for (let i = 0; i < infos.length; i++) {
    const res = settled[i]?.res;
    if (res && infos[i]!.place === 'sentence' && settled[i]!.raw.cue) cited.set(res.id, (cited.get(res.id) ?? 0) + 1);
  }
  // Quoted turns of a real transcript (three labelled turns, two speakers at least) are named as
  // their labels write them, as unmarked turns are: a label designates its speaker outright, even
  // one the article never writes in full.
  const labels = new Set<string>();
  let turns = 0;
  for (const info of infos)
    if (info.place === 'transcript' && info.mention?.label) {
      turns++;
      labels.add(info.mention.name);
    }
  const transcriptRun = turns > 2 && labels.size > 1;
  /** The claim that a run of unmarked paragraphs makes, by the start of its first paragraph. */
  const runs = new Map<number, Quote>();
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.term) continue;
    const { span } = info;
    const found = info.parent >= 0 ? null : (settled[i] ?? null);
    const claim = claimAround(span);
    if (!found?.res && info.parent < 0 && !span.blockquote && wordCount(text, span) <= SCARE_MAX_WORDS) continue;
    // Speech without marks is a claim only when a lead-in with its cue, a label or the interview
    // gives it a speaker; a paragraph after "Here are four reasons:" is the outlet's own.
    if (span.unmarked && !(found?.res && (info.place === 'lead-in' || info.place === 'transcript'))) continue;
    // The paragraphs of one run are one claim, as PolNeAR annotates them.
    const runHead = span.run !== undefined ? runs.get(span.run) : undefined;
    if (runHead) {
      runHead.end = span.end;
      runHead.text = text.slice(runHead.start, span.end);
      continue;
    }
    const quote: Quote = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      kind: span.unmarked ? 'reported' : 'direct',
      partial: !span.unmarked && (info.partial || info.parent >= 0 || claim !== null),
      speaker: null,
    };
    const block = blocks[span.block]!;
    const context = {
      heading: block.kind === 'heading',
      // A turn without marks runs to its paragraph's end, whatever its label's length.
      wholeBlock: span.unmarked !== undefined || fills(span, block),
      chained: info.from >= 0,
      cited: found?.res ? (cited.get(found.res.id) ?? 0) : 0,
      opensSentence: found !== null && opensSentence(text, sentences, found.raw),
      mentions: found?.res ? resolver!.mentionCount(found.res.id) : 0,
      // 'X said the plan was "a costly mistake"': the fragment is part of a claim whose source
      // is the same mention.
      inClaim:
        claim !== null &&
        found !== null &&
        claim.mention.start === found.raw.start &&
        claim.mention.end === found.raw.end,
    };
    // A claim without marks keeps its source as reported clauses do (the model is fitted on
    // direct quotes); the label, the interview or the lead-in's cue names it.
    quote.speaker = speakerOf(
      text,
      context,
      quote,
      found,
      info.place,
      span.unmarked || (transcriptRun && info.place === 'transcript' && info.mention?.label)
        ? { ...options, abstain: false }
        : options,
    );
    // 'Across Asia, officials were startled by Roe’s “isolationist” plans': a quote inside a
    // clause about someone else, who neither is the paragraph's speaker nor stands for them by a
    // pronoun, is not theirs for sure.
    if (
      quote.speaker?.name &&
      info.place === 'paragraph' &&
      options.abstain !== false &&
      strayClause(
        text.slice(Math.max(sentences[info.sentence]!.start, span.start - STRAY_CLAUSE_CHARS), span.start),
        quote.speaker.name,
        text[span.innerStart]!,
      )
    )
      quote.speaker = { ...quote.speaker, id: UNCLEAR_SPEAKER_ID, name: null, kind: 'unknown', role: null };
    if (quote.speaker && info.place === 'paragraph' && found) {
      const away = sentencesAway(sentences, info.sentence, found.raw.start);
      if (away !== null) quote.speaker.evidence.sentences = away;
    }
    // '"…," the statement said': a document speaks as one, not as a person.
    if (found && unissued(found.raw, quote)) documents.add(quote);
    if (span.group !== undefined) quote.group = 'g' + span.group;
    if (span.run !== undefined) runs.set(span.run, quote);
    quotes.push(quote);
  }
  for (const rep of reported) {
    const c = rep.clause;
    const quote: Quote = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind: 'reported',
      partial: false,
      speaker: null,
    };
    const res = resolved.get(key(c.mention)) ?? null;
    quote.speaker = speakerOf(
      text,
      {
        heading: false,
        wholeBlock: false,
        chained: false,
        cited: res?.res ? (cited.get(res.res.id) ?? 0) : 0,
        opensSentence: opensSentence(text, sentences, c.mention),
        mentions: res?.res ? resolver!.mentionCount(res.res.id) : 0,
        inClaim: false,
      },
      quote,
      res,
      'sentence',
      // The confidence model is fitted on direct quotes; on PolNeAR train's reported clauses,
      // whose source the grammar gives, abstaining below its threshold dropped right clauses
      // only (F1 67.2 -> 68.0 without it, source accuracy 96.4 either way). The claim keeps
      // its confidence for the reader.
      { ...options, abstain: false },
    );
    if (unissued(c.mention, quote)) documents.add(quote);
    quotes.push(quote);
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  // A reported clause needs a source: a name, or a pronoun the resolver found no one for that
  // opens its clause ("They say …", "Unless …, she said"), which still reports, from a source
  // the card calls unclear as it does a quote's. Right after a noun the pronoun opens a relative
  // clause without "that" ("the sum it pledged to pay"), whose cue reports nothing.
  const kept = quotes.filter((x) => {
    const sp = x.speaker;
    if (x.kind === 'direct') return true;
    if (!sp?.name) return false;
    if (!UNRESOLVED_PRONOUN.test(sp.name)) return true;
    x.speaker = { ...sp, id: UNCLEAR_SPEAKER_ID, name: null, kind: 'unknown', role: null };
    const at = sp.mention?.start ?? 0;
    return OPENS_CLAUSE.test(text.slice(Math.max(0, at - 12), at));
  });
  const speakers = resolver ? resolver.finish(kept) : [];
  // A source cited only as a document ("a 2018 survey") is a document in the speakers list too.
  const documentOnly = new Map<string, boolean>();
  for (const x of kept)
    if (x.speaker?.name) documentOnly.set(x.speaker.id, (documentOnly.get(x.speaker.id) ?? true) && documents.has(x));
  for (const sp of speakers) if (documentOnly.get(sp.id)) sp.kind = 'document';
  for (const x of documents) if (x.speaker?.name && documentOnly.get(x.speaker.id)) x.speaker.kind = 'document';
  return { quotes: kept, speakers };
}

/** A document source that names no issuer ("a 2018 survey"; "the report" when the text gave none
 * for it; "a report from the ministry's auditor", whose issuer has no name; "the email" or "the
 * letter" whose sender the text did not give): the speaker's name is the document. One the resolver
 * carried to its issuer ("The report also found" after "a report from X") is the issuer's, of the
 * issuer's kind. */
function unissued(m: RawMention, q: Quote): boolean {
  const head = /\S*$/.exec(q.speaker?.name?.toLowerCase() ?? '')![0];
  return (m.kind === 'nominal' || m.kind === 'pronoun') && (DOCUMENT_NOUNS.has(head) || MESSAGE_NOUNS.has(head));
}

/** What the quote's place in the article adds to the confidence features. */
type QuoteContext = Pick<
  AttributionFeatures,
  'heading' | 'wholeBlock' | 'chained' | 'cited' | 'opensSentence' | 'mentions' | 'inClaim'
>;

/** How much of a sentence before a quote `strayClause` reads: bounded, so that a sentence of
 * many quotes is not read again from its start for each one. */
const STRAY_CLAUSE_CHARS = 1000;

/** The words of a sentence before a quote in it make a clause of their own (four words or more)
 * that names neither the speaker `name` nor anyone by a pronoun. */
function strayClause(lead: string, name: string, first: string): boolean {
  const words = lead.match(/[\p{L}’']+/gu) ?? [];
  if (words.length <= 3) return false;
  // "Unless rivals quit soon, “it is over”": an opening phrase before a quote that goes on in
  // lower case, the quote being its main clause, is no clause of its own.
  if (/,\s*$/.test(lead) && first !== first.toUpperCase()) return false;
  const nameWords = new Set(name.split(' ').filter((w) => w.length > 2));
  return !words.some(
    (w) => STRAY_PRONOUNS.has(w.toLowerCase()) || nameWords.has(w) || /^(?:that|there|it)['’]s$/i.test(w),
  );
}

/** Pronouns by which a clause may stand for the paragraph's speaker. */
const STRAY_PRONOUNS = wordSet('he she they his her him them their');

/** The quote's speaker with its evidence and confidence; unclear (no name) when nothing was found
 * or the confidence is below the fitted threshold. */
function speakerOf(
  text: string,
  context: QuoteContext,
  quote: Quote,
  found: { raw: RawMention; res: Resolution | null } | null,
  place: EvidencePlace,
  options: AttributionOptions,
): QuoteSpeaker | null {
  const res = found?.res;
  if (!found || !res) return null;
  const { raw } = found;
  const cue = raw.cue ? { start: raw.cue.start, end: raw.cue.end, text: text.slice(raw.cue.start, raw.cue.end) } : null;
  const features: AttributionFeatures = {
    place,
    cue: cue !== null,
    cueWord: cue ? cueWordKind(cue.text) : null,
    possessive: /['’]s?$/.test(raw.text),
    mentionKind: raw.kind,
    entityKind: res.kind,
    candidates: res.candidates,
    rivalled: res.rivalled,
    bareName: res.bareName,
    role: res.role !== null,
    partial: quote.partial,
    after: raw.start >= quote.end,
    fullName: res.name.includes(' '),
    roleNoun: raw.kind === 'nominal' && ROLE_WORDS.has(descriptorHead(raw.name)),
    // A lead-in is the sentence right before the quote paragraph, however long it is; a turn's
    // label ("ROE:", "A:" for the one the interview names) stands at the turn.
    distance:
      place === 'lead-in' || place === 'transcript'
        ? 0
        : raw.start >= quote.end
          ? raw.start - quote.end
          : Math.max(0, quote.start - raw.end),
    ...context,
    ...mentionShape(text, quote, raw, res.name),
  };
  // The names in the question before an answer are not rivals to the label's.
  if (place === 'transcript') features.nameBetween = false;
  const confidence = confidenceOf(features);
  const evidence: SpeakerEvidence = { place, cue, antecedent: res.antecedent };
  if (isWriter(raw)) evidence.writer = true;
  const speaker: QuoteSpeaker = {
    id: res.id,
    name: res.name,
    kind: res.kind,
    role: res.role,
    mention: res.mention,
    confidence,
    evidence,
  };
  if (TOOLS) options.observe?.(quote, features);
  // A pronoun the resolver found no one for names nobody, however sure the pattern was.
  if (
    options.abstain !== false &&
    (confidence < ABSTAIN_BELOW ||
      UNRESOLVED_PRONOUN.test(res.name) ||
      PRONOUN_PART.test(res.name) ||
      voiceless(text, raw, res.name))
  )
    return {
      id: UNCLEAR_SPEAKER_ID,
      name: null,
      kind: 'unknown',
      role: null,
      mention: res.mention,
      confidence,
      evidence,
    };
  return speaker;
}

/** A description found as the speaker that cannot speak ("X criticized Clinton's track record
 * said", "measures added by …"): a bare one or one after a possessive is what a misread clause
 * leaves, while one with a determiner or after "according to" was chosen as a source, a lone bare
 * singular is a name in lower case (a handle), and a noun of saying as the cue ("Roe's clarion
 * call") makes the phrase before it its modifier. */
function voiceless(text: string, raw: RawMention, name: string): boolean {
  const first = raw.text.split(' ')[0]!;
  const cue = raw.cue ? text.slice(raw.cue.start, raw.cue.end).toLowerCase() : '';
  // A lone capitalised plural left as the name ("Audiences", "T-shirts" opening a sentence) that
  // the text never capitalises mid-sentence (as it does a surname: "told Forbes", "bro,” Keidis
  // added") is a bare common noun, judged as one in lower case. Asked only of such rare mentions.
  const plural =
    /^\p{Lu}[\p{Ll}-]+s$/u.test(name) &&
    cannotSpeak(name.toLowerCase()) &&
    !RegExp(`[\\p{Ll},]['’”"]* ${name}\\b`, 'u').test(text);
  return (
    (raw.kind === 'nominal' || plural) &&
    raw.text.includes(name) &&
    (plural || cannotSpeak(name)) &&
    !SPEECH_NOUNS.has(cue) &&
    (/['’]s$/.test(name) ||
      !(DETERMINERS.has(first.toLowerCase()) || /^according/.test(cue) || (first === name && !/s$/.test(name))))
  );
}

/** The plainest cues: forms of say and tell. */
const SAY = wordSet('say says said saying tell tells told telling');

function cueWordKind(word: string): 'say' | 'lexicon' | 'other' {
  const lower = word.toLowerCase();
  return SAY.has(lower) ? 'say' : cueStrength(lower) > 0 ? 'lexicon' : 'other';
}

/** A fragment woven into a sentence rather than a full quotation: a plain word runs into it on
 * the left (not a cue or "that"), or the sentence runs on in lower case after it. */
function isPartial(tokens: Token[], k: number, text: string): boolean {
  const prev = tokens[k - 1];
  if (isWord(prev) && prev!.lower !== 'that' && !cueAt(tokens, k - 1, true)) return true;
  const next = tokens[k + 1];
  if (next && next.quote < 0 && isLowerCasePoint(next.text.codePointAt(0)) && !cueAt(tokens, k + 1, true)) {
    // '"…," he said' is a full quote; '"…" for the top bracket' is not.
    const after = tokens[k + 2];
    return (
      !(PRONOUN_NAMES.has(next.lower) || (after && cueAt(tokens, k + 2, true))) &&
      !/[,.!?]\W*$/.test(text.slice(tokens[k]!.start, tokens[k]!.end))
    );
  }
  return false;
}

/** The mention at a transcript turn's label ("TAPPER", read as "Tapper") or an interviewee's name. */
function labelMention(text: string, [start, end]: [number, number], label: boolean, signed = false): RawMention {
  const written = text.slice(start, end);
  const name =
    !signed && written === written.toUpperCase() ? written.replace(/\B\p{Lu}+/gu, (w) => w.toLowerCase()) : written;
  return { start, end, text: written, kind: 'name', name, role: null, gender: '', label };
}

/** Transcripts quote each turn as '"HOLLIS: …"': the capitalised name before the colon speaks. */
export const TRANSCRIPT = lazy(() => /^[\p{Lu}][\p{Lu}.'’ -]{1,30}(?=:)/u);
/** TRANSCRIPT's match in `s`, or null, read without the regex (V8 compiled it on first use at
 * about 0.5 ms in the engine's first call): a capital, then one to thirty capitals, periods,
 * apostrophes, spaces and hyphens, then a colon, which none of them is, so the run is taken whole.
 * It asks the regex itself of a text with a surrogate. */
export function transcriptName(s: string): string | null {
  if (hasSurrogate(s)) return TRANSCRIPT().exec(s)?.[0] ?? null;
  if (!isUpperCase(s.charCodeAt(0))) return null;
  let end = 1;
  while (end <= 30 && isTranscriptNameChar(s.charCodeAt(end))) end++;
  return end > 1 && s.charCodeAt(end) === 58 ? s.slice(0, end) : null;
}
function isTranscriptNameChar(c: number): boolean {
  return isUpperCase(c) || c === 46 || c === 39 || c === 0x2019 || c === 32 || c === 45;
}

function transcriptSpeaker(text: string, span: MarkedSpan): RawMention | null {
  // Most quotes open with an ordinary word ("We …"): its lower-case second letter settles it,
  // unless a quote paragraph opens with a name in title case and a colon.
  const second = text.charCodeAt(span.innerStart + 1);
  const m = isAsciiLower(second)
    ? titleLabel(text, span)
    : transcriptName(text.slice(span.innerStart, span.innerStart + 34));
  if (!m) return null;
  const start = span.innerStart;
  // A block quotation's turn ("ROE: …"): the label says who speaks and is none of the words.
  const from = start + m.length + 2;
  if (span.blockquote && text[from - 1] === ' ' && from < span.innerEnd) span.start = span.innerStart = from;
  // "PENCE" is read as "Pence", as an unquoted turn's label is, so it joins the full name.
  // "VIDEO:", "UPDATE:": a page's furniture speaks as no person, and the turn stays unclear
  // rather than going on with the turn before.
  const label = m.trim();
  return labelMention(text, [start, start + label.length], !NOT_SPEAKERS.has(label.toUpperCase().replace(/’/g, "'")));
}

/** Words after a title-case label that make a turn, not a title ("Ada Roe: A Life"). */
const TURN_WORDS = 8;

/** '"Ada Roe: Seriously, …"': a quote paragraph opening with a given name, a surname and a colon is
 * that person's turn when what follows is sentences, not a title's few words. */
function titleLabel(text: string, span: MarkedSpan): string | null {
  if (span.start > 0 && text[span.start - 1] !== '\n') return null;
  const m = turnIn(text.slice(span.innerStart, span.innerStart + 40));
  const words = m?.[1]!.split(' ') ?? [];
  if (!m || words.length < 2 || !isForename(words[0]!)) return null;
  const rest = text.slice(span.innerStart + m[0].length, span.innerEnd);
  return rest.split(/\s+/, TURN_WORDS).length >= TURN_WORDS && /[.!?…]\W*$/.test(rest) ? m[1]! : null;
}

/** True when a speech cue stands right after the quote token ('"…," he said'). */
function cueFollows(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (cueAt(tokens, j, true)) return true;
    if (tokens[j]!.quote >= 0 || '.;:!?'.includes(tokens[j]!.text)) return false;
  }
  return false;
}

/** 'A woman shouted, “Liar!”': a quote that ends in its own punctuation right after a cue and its
 * comma or colon is what was said, however title-like its words. */
function spokenAfterCue(tokens: Token[], k: number, text: string, span: MarkedSpan): boolean {
  return (
    /^[,:]$/.test(tokens[k - 1]?.text ?? '') &&
    k > 1 &&
    cueAt(tokens, k - 2, true) &&
    !endsInLetterOrDigit(text, span.innerStart, span.innerEnd)
  );
}

/** "Clinton said." / "said Ms. Lund, an analyst.": a short sentence that is only subject + cue. */
function leadAttribution(tokens: Token[]): RawMention | null {
  if (tokens.length > 24) return null;
  for (let k = 0; k < tokens.length && k < 8; k++) {
    if (!cueAt(tokens, k, true)) continue;
    if (negated(tokens, k)) return null;
    const m = subjectOf(tokens, k, 0);
    if (!m || (m.start > tokens[0]!.start && k !== 0)) return null;
    // Nothing but adjuncts may follow: no "that", no second clause.
    for (let j = k + 1; j < tokens.length; j++) if (tokens[j]!.lower === 'that' || tokens[j]!.quote >= 0) return null;
    return withCue(m, tokens, k);
  }
  return null;
}

/** "Hannity pressed.", "Trump went on, as if he had not heard.": a short sentence that opens
 * with a name or pronoun and a verb of any kind. After a quote that its question or exclamation
 * mark cut off, it is the same sentence's '"Q?" X pressed' (pattern 1b of the sieve). */
function verbLead(tokens: Token[], max = LEAD_VERB_MAX): RawMention | null {
  if (tokens.length > max) return null;
  const found = subjectAndVerb(tokens, 0);
  // "The board has not replied.": a negated verb says nobody spoke.
  // "I nodded.": the writer's own gestures lend no one's words to the writer.
  if (!found || found.mention.start !== tokens[0]!.start || negated(tokens, found.cue) || isWriter(found.mention))
    return null;
  // Nothing after the verb may start a clause of its own or quote anything.
  for (let j = found.cue + 1; j < tokens.length; j++)
    if (tokens[j]!.lower === 'that' || tokens[j]!.quote >= 0) return null;
  return withCue(found.mention, tokens, found.cue);
}

/** The sentence at `index` (ending at `end`) is short and follows a quote that closed the
 * sentence before it in the same paragraph: it may be that quote's attribution ("Hannity pressed."). */
function afterClosingQuote(sentences: SentenceInfo[], index: number, end: number): boolean {
  const own = sentences[index]!;
  const prev = sentences[index - 1];
  return end - own.start <= LEAD_VERB_CHARS && prev !== undefined && prev.block === own.block && prev.quotes.length > 0;
}

/** Longest sentence read for a verb lead, in characters (it is tokenized only then). */
const LEAD_VERB_CHARS = 100;

/** Longest "X verb …" sentence taken as the attribution of the quote before it, in tokens. */
const LEAD_VERB_MAX = 14;
/** The same for the last sentence of a paragraph before a quote paragraph. */
const CARRY_MAX = 40;

/** The subject of any strong cue in the sentence ('Trump said:' before a quote paragraph). */
function anySpeaker(tokens: Token[]): RawMention | null {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.quote >= 0 || !cueAt(tokens, k, tokens[k + 1]?.text === ':') || negated(tokens, k)) continue;
    const m = subjectOf(tokens, k, 0);
    if (m) return withCue(m, tokens, k);
  }
  return null;
}

/** "has not replied", "never said", "declined to comment": a cue that says nobody spoke. */
function negated(tokens: Token[], k: number): boolean {
  const w1 = tokens[k - 1]?.lower ?? '';
  const w2 = tokens[k - 2]?.lower ?? '';
  return (
    w1 === 'not' ||
    w1 === 'never' ||
    /n[’']t$/.test(w1) ||
    (w1 === 'to' && /^(?:declin|refus)e[ds]?$/.test(w2)) ||
    (/^(?:not|never)$/.test(w2) && /^(?:yet|immediately|publicly)$/.test(w1))
  );
}

function lastQuoteMention(ids: number[], infos: QuoteInfo[]): RawMention | null {
  for (let i = ids.length - 1; i >= 0; i--) {
    const m = infos[ids[i]!]!.mention;
    if (m) return m;
  }
  return null;
}

/** "Police said …", "Sources say …", "Polls suggest …": a capitalised plural (or "Police", "People") opening
 * the sentence that the article also writes in lower case is a group or documents speaking, not a
 * name; as a nominal mention it can be a claim's source. Null for anything else. */
function asGroupSource(c: ReportedClause): ReportedClause | null {
  const m = c.mention;
  if (m.kind !== 'name' || m.name.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(m.name)) return null;
  const lower = m.name.toLowerCase();
  if (!/[^s']s$/.test(lower) && !/^(?:police|people|men|women)$/.test(lower)) return null;
  return { ...c, mention: { ...m, kind: 'nominal', name: lower } };
}

/** A clause that is only its direct quotes: the quotes already carry the claim. A word outside
 * them makes it a claim of its own ('X says he voted “uncommitted.”'), which PolNeAR marks as mixed
 * speech. A bare "that" before the quote does not ('X said that “…”'): the clause is then the
 * direct quote's own words, and a reader would see the same quotation listed twice. */
function onlyQuoted(text: string, clause: ReportedClause, spans: MarkedSpan[], cueAt: number): boolean {
  let at = clause.start;
  // The complementizer alone before the first quotation.
  const that = /^that\b/i.exec(text.slice(at, at + 5));
  if (that) at += 4;
  for (const s of spans) {
    if (s.end <= at || s.start >= clause.end) continue;
    // 'How to help: “Give now,” the agency says': before an inverted cue, words ending on a
    // colon are the writer's label for the quotation, no claim of the speaker's.
    if (hasLetter(text, at, Math.min(s.start, clause.end)) && !(cueAt > s.end && /:\s*$/.test(text.slice(at, s.start))))
      return false;
    at = Math.max(at, s.end);
  }
  return !hasLetter(text, at, clause.end);
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetterOrDigit(text.charCodeAt(i))) return true;
  return false;
}

function wordCount(text: string, span: MarkedSpan): number {
  let n = 0;
  let inWord = false;
  for (let i = span.innerStart; i < span.innerEnd && n <= SCARE_MAX_WORDS; i++) {
    const w = isLetterOrDigit(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** The outermost quoted spans, in text order. */
function topLevel(spans: MarkedSpan[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The offset of the last sign before `e` that is not white space (`s` if there is none). */
function lastInk(text: string, s: number, e: number): number {
  let i = e - 1;
  while (i > s && text.charCodeAt(i) <= 32) i--;
  return i;
}
