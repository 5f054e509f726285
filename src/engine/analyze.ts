// The engine's front door: article text (and its blocks) in, annotations out. Pure: no DOM,
// no I/O, so the content script and the CLI run exactly the same code.
import type { Annotations, Block, Figure, Quote, Speaker } from './types';
import { attributeQuotes, type AttributionOptions } from './attribution';
import { findFigures } from './figures';
import { blocksFromPlainText } from './blocks';
import { lowerBound } from './sorted';
import { CLOSING_DOUBLE_MARKS, OPENING_MARKS } from './mark-glyphs';
import { isUpperCase, lazy } from './chars';
import { CITED_DOCUMENTS, cueStrength, isNounLikeCue, wordSet } from './speech-verbs';
import { ORG_BODIES } from './speaker-mentions';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';

/** Whether text[i] may be a sentence's first character: a capital or an opening quotation mark
 * (read from the character table, not by a \p{Lu} regex compiled inside the first call). */
export function startsSentence(text: string, i: number): boolean {
  return isUpperCase(text.charCodeAt(i)) || (i < text.length && OPENING_MARKS.includes(text[i]!));
}

export interface AnalyzeOptions extends AttributionOptions {
  /** Blocks of the text; when absent the text is read as plain text (blank lines separate paragraphs). */
  blocks?: Block[];
}

/** Finds the quotes with their speakers and the figures with their claimants in one article. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotations {
  return analyzeBlocks(text, options.blocks ?? blocksFromPlainText(text), options);
}

/** analyze() for a text whose blocks are given (the background's: the page always sends them), so
 * that its bundle leaves out the plain-text reader (blocks.ts), which it never runs. */
export function analyzeBlocks(text: string, blocks: Block[], options: AttributionOptions = {}): Annotations {
  const { quotes, speakers } = attributeQuotes(text, blocks, options);
  const figures = findFigures(text, blocks);
  assignClaimants(text, blocks, figures, quotes, speakers);
  return { quotes, figures, speakers };
}

/** The words a sentence that carries on a claim starts with: a determiner before the document's
 * or the body's noun ("The report also found …", "The budget office put …", "Those figures
 * show …") or a pronoun ("It also estimated …"). */
const CARRY_ON_DETERMINERS = wordSet('the this that these those its their');
const CARRY_ON_PRONOUNS = wordSet('it they he she');
/** What a document cited for a claim is called again. */
const DOCUMENT_NOUNS = wordSet(`${CITED_DOCUMENTS} numbers findings`);
/** A body's common noun ("the agency", "the budget office"): it carries on an organisation's claim
 * only when the organisation's name, role or another of its mentions holds the same words. */
const BODY_NOUNS = wordSet(`${ORG_BODIES} center centre organization organisation service university fund`);
/** The verbs of a finding or an estimate (FINDING_CUE). */
const FINDING_VERBS =
  'found finds showed shows estimated estimates projected projects predicted predicts forecast+ calculated calculates';
/** The verbs that carry a claim on: they report, find or estimate. */
const CARRY_ON_VERBS = wordSet(
  `${FINDING_VERBS} counted counts tallied pegged pegs gives gave concluded concludes noted notes reported reports said says put+ added adds suggested suggests indicated indicates expects expected`,
);
const ADVERBS_OF_ADDING = wordSet('also further additionally similarly');
/** Verbs that put a figure forward by themselves, so a pronoun carries a claim on with them even
 * without "also" ("It estimated 3 million …"; a bare "She said" is a claim of its own, found as
 * reported speech or not at all). */
const ESTIMATING_VERB = /^(?:estimat|project|predict|forecast|calculat|peg|expect)/;

/** Document nouns that name the same kind of document: a poll is called a survey again. */
const SAME_DOCUMENT: Record<string, string> = { poll: 'poll|survey', survey: 'survey|poll' };
/** Document nouns that stand for a claim's figures: they carry on a claim that gave a figure. */
const FIGURES_NOUN = /^(?:figures|numbers|estimates?|statistics|data)$/;

/** A word and what follows it: a space, or a comma and a space. */
const WORD_AT = /([\w'’-]+)( |, )/y;
/** An appositive after the noun, up to its closing comma ("The report, released Monday, …"). */
const APPOSITIVE_AT = /[^,;.]{1,60}, /y;

interface CarryOnOpening {
  /** The opening up to and with its verb. */
  text: string;
  verb: string;
  document?: string;
  /** The body's noun with the words before it ("budget office"). */
  body?: string;
  /** Whose the document is: a possessive's name ("the Treasury's own figures") or "its"/"their". */
  owner?: string;
  pronoun?: string;
  also: boolean;
}

// The opening is read word by word with set look-ups: as one regex of all these word lists, V8
// took 10-40 ms to compile it on its first use (the cold first call of every background wake).
/** The word at `at` in `s` and the separator after it, or null. */
function wordAt(s: string, at: number): [string, string] | null {
  WORD_AT.lastIndex = at;
  const m = WORD_AT.exec(s);
  return m ? [m[1]!.toLowerCase(), m[2]!] : null;
}

/** The carrying-on opening of `opening` (the start of a sentence), or null: a determiner, up to
 * two words and a document's or body's noun, perhaps an appositive, or a pronoun; then perhaps
 * "also"; then a verb that reports, finds or estimates. */
function carryOn(opening: string): CarryOnOpening | null {
  const first = wordAt(opening, 0);
  if (!first || first[1] !== ' ') return null;
  const found: Omit<CarryOnOpening, 'text' | 'verb' | 'also'> = {};
  let at = first[0].length + 1;
  if (CARRY_ON_PRONOUNS.has(first[0])) found.pronoun = first[0];
  else if (CARRY_ON_DETERMINERS.has(first[0])) {
    if (/^(?:its|their)$/.test(first[0])) found.owner = first[0];
    const phraseStart = at;
    for (let words = 0; ; words++) {
      const w = wordAt(opening, at);
      if (!w) return null;
      at += w[0].length + w[1].length;
      if (DOCUMENT_NOUNS.has(w[0])) found.document = w[0];
      else if (BODY_NOUNS.has(w[0])) found.body = opening.slice(phraseStart, at - w[1].length).toLowerCase();
      else if (w[1] === ' ' && words < 2) {
        if (/['’]s$/.test(w[0])) found.owner = w[0].slice(0, -2);
        continue;
      } else return null;
      if (w[1] !== ' ') {
        APPOSITIVE_AT.lastIndex = at;
        if (!APPOSITIVE_AT.test(opening)) return null;
        at = APPOSITIVE_AT.lastIndex;
      }
      break;
    }
  } else return null;
  let verb = wordAt(opening, at);
  const also = verb !== null && verb[1] === ' ' && ADVERBS_OF_ADDING.has(verb[0]);
  if (also) {
    at += verb![0].length + 1;
    verb = wordAt(opening, at);
  }
  // A plural subject's bare form too ("Those figures show …", "The data suggest …").
  if (!verb || !(CARRY_ON_VERBS.has(verb[0]) || CARRY_ON_VERBS.has(verb[0] + 's'))) return null;
  return { ...found, text: opening.slice(0, at + verb[0].length), verb: verb[0], also };
}

/** Who claims each figure (`claimedBy`, with its evidence in `claim`). A figure belongs to whoever
 * says the words it sits in: the innermost (shortest) quote with a named speaker, direct or
 * reported, that contains it. Outside every quote, a sentence that carries on the claim just
 * before it ("The report also found …") keeps that claim's source, and so does the next sentence
 * that carries it on again; any other figure is the outlet's own. A quote whose speaker is
 * unclear gives no claimant. */
function assignClaimants(text: string, blocks: Block[], figures: Figure[], quotes: Quote[], speakers: Speaker[]): void {
  // Quotes are in text order (by start); they can nest, so keep the candidates still open.
  const order = quotes
    .map((_, i) => i)
    .filter((i) => quotes[i]!.speaker?.name && !addsAFigure(quotes[i]!, figures) && !passiveCue(text, quotes[i]!))
    .sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  let next = 0;
  const open: number[] = [];
  /** The claim that ended last before the current figure (index into quotes), for carrying on. */
  let last = -1;
  /** Where the last sentence that carried `last` on ends: a claim carried on goes on from there. */
  let carriedTo = -1;
  let block = 0;
  /** Where every quote starts, named or not, in order: a claim reaches no figure past another quote. */
  const quoteStarts = quotes.map((q) => q.start).sort((a, b) => a - b);
  for (const figure of figures) {
    while (next < order.length && quotes[order[next]!]!.start <= figure.start) open.push(order[next++]!);
    let best = -1;
    for (let i = open.length - 1; i >= 0; i--) {
      const q = quotes[open[i]!]!;
      if (q.end < figure.start) {
        if (last < 0 || q.end > quotes[last]!.end) {
          last = open[i]!;
          carriedTo = -1;
        }
        open.splice(i, 1);
        continue;
      }
      if (
        q.end >= figure.end &&
        (best < 0 || q.end - q.start < quotes[best]!.end - quotes[best]!.start) &&
        !inWritersAside(text, q, figure) &&
        !inSourceOrNextGroup(text, q, figure, figures)
      )
        best = open[i]!;
    }
    while (block < blocks.length - 1 && blocks[block]!.end < figure.start) block++;
    if (best >= 0) {
      const q = quotes[best]!;
      figure.claimedBy = q.speaker!.id;
      figure.claim = {
        via: q.kind === 'direct' ? 'direct-quote' : 'reported',
        quote: best,
        confidence: q.speaker!.confidence,
      };
      continue;
    }
    // The claim before the figure whose cue reaches it, or the claim after it in a block quotation.
    const whole =
      last >= 0 && cueReaches(text, blocks[block]!.start, quotes[last]!, figure, quoteStarts, figures)
        ? last
        : quotedBlock(text, blocks[block]!, quotes[order[next]!], figure)
          ? order[next]!
          : -1;
    if (whole >= 0) {
      const q = quotes[whole]!;
      figure.claimedBy = q.speaker!.id;
      figure.claim = { via: 'whole-sentence', quote: whole, confidence: q.speaker!.confidence };
      continue;
    }
    // Only a claim that ends (or was last carried on) in this paragraph or the one before can be carried on.
    const claimEnd = last >= 0 ? Math.max(quotes[last]!.end, carriedTo) : -1;
    const near = last >= 0 && claimEnd >= blocks[Math.max(0, block - 1)]!.start;
    const carried = near && carriedOn(text, blocks, block, figure, quotes[last]!, claimEnd, figures, speakerById);
    if (carried) carriedTo = figure.end;
    figure.claimedBy = carried ? quotes[last]!.speaker!.id : null;
    figure.claim = carried ? { via: 'carried-on', quote: last, confidence: quotes[last]!.speaker!.confidence } : null;
  }
}

/** True when `claim` starts in `block` and its cue ends the paragraph before with a colon ("X
 * wrote:", "X said in a statement:"): the block is a quotation set off by the lead-in, all of it
 * the source's, though the claim found for the cue is only a quotation inside it (on PolNeAR train
 * 2 figures gained, none of the outlet's own lost). Or when `claim` is the last item, opening with
 * "and", of a list of clauses set off by semicolons, its cue an "according to" after it ("A was paid
 * $2,100; B was paid $3,400; and C was paid $12,500, according to X"), and the figure ends an earlier
 * item of the same sentence: the cue attributes the whole list; not a phrase set before the list by
 * a comma ("On May 18, …"), which is the writer's (on PolNeAR train 2 figures gained, none of the
 * outlet's own lost). */
function quotedBlock(text: string, block: Block, claim: Quote | undefined, figure: Figure): boolean {
  const cue = claim?.speaker!.evidence.cue;
  return (
    !!cue &&
    ((claim!.start < block.end && /^[^.\n]{0,80}:\s*$/.test(text.slice(cue.end, block.start))) ||
      (/^according$/i.test(cue.text) &&
        /^[^,.\n]*(?:;[^.\n]*)?;\sand\s$/.test(text.slice(figure.end, claim!.start + 4))))
  );
}

/** A form of "be" (perhaps with "not", contracted or not, or an adverb in -ly) right before a cue:
 * the cue is a passive participle ("was announced", "were promised", "aren't admitted"), whose
 * subject is not its source. */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)(?:n['’]t)?\s+(?:not\s+|\w+ly\s+)?$/i;

/** True when a reported claim's cue is a passive participle (not a progressive: "is telling"): its
 * figures are no one's here. (On PolNeAR train: 8 of the outlet's own figures and 2 given the wrong
 * source, no figure its source claims.) */
function passiveCue(text: string, q: Quote): boolean {
  const cue = q.speaker?.evidence.cue;
  if (q.kind !== 'reported' || !cue || /ing$/i.test(cue.text)) return false;
  return BE_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start));
}

/** What may stand between "add" and the figure it takes as its object ("added nearly 300 jobs",
 * "adds up to $2 billion"). */
const BEFORE_AN_ADDED_FIGURE =
  /^(?:up |to |another |an additional |(?:more|fewer|less) than |nearly |almost |about |some |roughly |around |over |just |at least )*/;

/** True when a reported claim's cue is "add" and its clause opens with a figure: the figure is what
 * was added ("The firm added 300 jobs", "Costs would add up to $2 billion"), so no one says
 * anything. (On PolNeAR train such clauses held no figure its source claims: 2 wrong, 3 own or
 * unscored.) */
function addsAFigure(q: Quote, figures: Figure[]): boolean {
  const cue = q.speaker?.evidence.cue;
  if (q.kind !== 'reported' || !cue || cue.start > q.start || !/^add(?:s|ed|ing)?$/i.test(cue.text)) return false;
  const figureAt = q.start + BEFORE_AN_ADDED_FIGURE.exec(q.text)![0].length;
  return figures[lowerBound(figures, figureAt, (f) => f.start)]?.start === figureAt;
}

/** The verbs of a finding or an estimate: a result set beside theirs with ", while" or ", and"
 * ("X found that A, while B") is part of the same finding, and so is what it is compared with
 * (", compared with B", ", a drop from B": on PolNeAR train 2 figures gained, none lost). */
const FINDING_CUE = wordSet(FINDING_VERBS);

/** True when `claim`'s cue, in the figure's sentence, reaches the figure past the clause's end:
 * "according to" opening the sentence ("According to X, A; B"), set off inside the clause ("A,
 * according to X, include B (C, while D)"), or following the clause when the sentence goes on with
 * ", and", "; " or a phrase in ", with" ("A, according to X, and B"; "A, according to X, with B
 * burned": the same account goes on; not ", with whom …", a relative clause on X; an invented-page
 * fix, PolNeAR unchanged); a verb of finding or
 * estimating before the clause when a result is set beside it with ", while" or ", and" ("X found
 * that A, while B"); or any other verb of saying before a clause that gives a figure, when a
 * contrast is set beside it with ", while" or ", whereas" ("X said A would grow 6 percent, while B
 * would see 2 percent"). A clause with no figure of its own sets up no such comparison: "74 percent
 * said they would vote, while 22 percent said …" is the writer's summing up of a poll's groups (on
 * PolNeAR train the saying verbs' contrasts gave 4 figures right, and 6 of the outlet's own that
 * all followed a clause without a figure). No other quote may start between the clause and the
 * figure. */
function cueReaches(
  text: string,
  blockStart: number,
  claim: Quote,
  figure: Figure,
  quoteStarts: number[],
  figures: Figure[],
): boolean {
  const cue = claim.speaker?.evidence.cue;
  if (claim.kind !== 'reported' || !cue || claim.end > figure.start) return false;
  const according = /^according$/i.test(cue.text);
  if (!according && cue.start > claim.start) return false;
  // Only in the figure's paragraph: no sentence to look for otherwise.
  if (claim.start < blockStart || cue.start < blockStart) return false;
  const start = sentenceStart(text, blockStart, figure.start);
  if (cue.start < start || claim.start < start) return false;
  const other = quoteStarts[lowerBound(quoteStarts, claim.end, (s) => s)];
  if (other !== undefined && other < figure.start) return false;
  const after = text.slice(claim.end, figure.start);
  if (!according) {
    // "As X noted, A; B", "As reported by X, A, which B": an "as" aside with the cue, set before
    // the clause at the sentence's opening, attributes the whole sentence, as "according to" does.
    // Its opening holds one comma, at its end: not "As the storm passed, X said".
    if (/^As [^,]+, $/.test(text.slice(start, claim.start))) return true;
    if (sharedSubjectCue(after)) return true;
    if (FINDING_CUE.has(cue.text.toLowerCase()))
      return /^,\s+(?:while|whereas|and|compared (?:with|to)|(?:a (?:drop|rise|decline|jump) |up |down )from)\s/.test(
        after,
      );
    if (!/^,\s+(?:while|whereas)\s/.test(after)) return false;
    const first = figures[lowerBound(figures, claim.start, (f) => f.start)];
    return first !== undefined && first.end <= claim.end;
  }
  if (cue.start < claim.start) return /^[\s"“‘(]*$/.test(text.slice(start, cue.start));
  // Set off inside the clause ("A, according to X, B"), it attributes its whole sentence too.
  if (cue.start < claim.end) return true;
  return /^,?\s*according to [^,;.]{1,100}(?:,\s+(?:and|with(?!\s+wh))|;)\s/i.test(after);
}

/** A verb after ", and" or " and" right after the clause: it has no subject of its own. */
const AND_VERB = /^,? and (\w+) /;

/** True when what follows the clause opens with "and" and a verb of saying that is no noun as often
 * ("X said A and asked B", "X declared A and wrote B"): the verb shares the cue's subject, so the
 * source says B too (on PolNeAR train 2 figures gained, none of the outlet's own lost). */
function sharedSubjectCue(after: string): boolean {
  const verb = AND_VERB.exec(after)?.[1]?.toLowerCase();
  return verb !== undefined && cueStrength(verb) === 2 && !isNounLikeCue(verb);
}

/** A relative clause (", who …", ", whose …", ", which …") or an appositive noun phrase (", the
 * retired surgeon …", ", a mother of three …") set off by a comma after a name, up to the next comma
 * or dash: how a writer tells the reader who or what a name is. The name is not one capitalised word
 * after a preposition ("in Ohio, the turnout …" opens a clause) nor a day or a month ("Monday, the
 * council …"). */
export const ASIDE_ON_A_NAME = lazy(
  () =>
    new RegExp(
      String.raw`(?<!\b(?:in|on|at|of|for|from|to|by|with|since|after|before|during|until|across|outside|inside)\s)\p{Lu}[\p{L}\p{M}.'’-]*(?<!\b(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})),\s+(?:(?:who|whose|which)\b|(?:the|an?)\s)[^,;—–]*$`,
      'u',
    ),
);
/** A relative clause on a place or a time set off by a comma (", where …", ", when …"), up to the
 * next comma or dash; not ", when" opening the reported clause itself ("said that, when …"). A
 * ", which" aside on a common noun stays the source's: it is often inside the clause's subject
 * ("said the measure, which would cost $4 million, was needed"). But one with a subject of its own
 * (a plural or a name) and a verb of estimating or saying ("said the cost, which two officials put
 * at $9 million, …") is that subject's claim, not the source's: left unclaimed, no wrong name. */
const ASIDE_ON_A_PLACE_OR_TIME =
  /(?<!\bthat),\s+(?:where|when|which(?:\s\S+)?\s(?:\p{Lu}\S*|\w{3,}s)\s(?:put|estimated|said))\b[^,;—–]*$/u;
/** So is a "that" whose estimating verb has no object before "at" ("told a crowd that the campaign
 * estimated at 3,000 people"): a relative clause, its subject's estimate (on train 1 wrong gone).
 * Apart from the regex above, which has a Unicode class and is compiled only when ", wh" is there. */
const THAT_ESTIMATED_AT = /\bthat (?:the )?\w+ (?:put|estimated) at (?!least)[^,;—–]*$/;
/** A comparison set off by a comma or a dash at the end of a clause, up to the figure (", well above
 * the …", "— less than half of …", ", compared with …"; a comma inside a number is no end): the
 * writer measuring what was said. */
const WRITERS_COMPARISON =
  /[,\u2014\u2013]\s+(?:(?:well|far|much|just|only|slightly|roughly|nearly|about|almost|still)\s+)?(?:above|below|less than|compared (?:with|to)|unlike|short of|higher than|lower than)\s(?:[^,;()\u2014\u2013]|,(?=\d))*$/i;
/** WRITERS_COMPARISON's cheap test, a comparing word in the lower-cased text: that regex, case-blind
 * over many words, cost V8 ~3M instructions to compile in the first call of an article with a
 * figure in a reported claim, where most have no comparison. */
const COMPARING_WORD = /above|below|than|compared|unlike|short of/;

/** True when the figure sits in the writer's aside inside a reported claim whose cue comes before
 * it: a relative clause or an appositive on a name ("The official said the FBI had the help of Bryan
 * Pagliano, who worked on the 2008 campaign"; "…, the retired surgeon making his first run for
 * office"), a relative clause on a place or a time (", where he trailed by 1 percent") or a dash's
 * summing up ("… — a high sum, but still below the $5 million spent in 2011"). The aside is the
 * writer's, not the source's. On PolNeAR train such figures are the outlet's own for 16 and the
 * source's for 3 (relative clauses on names), 5 and 1 (appositives on names), 7 and 1 (on places and
 * times), 6 and 2 (a dash's summing up), 7 and 1 (a dash's aside running to the clause's end,
 * which also took 3 figures from a wrong source) and 4 and 1 (an aside between two dashes); a
 * comparison set off at the clause's end (", well above the $2 forecast": 9 own, none the source's;
 * not after "according to" or a verb of finding, whose comparisons are part of the finding; so
 * are a finding's dash summing it up and its ", but" contrast: on train 2 gained, none lost). A
 * person's age after their name is the writer's wherever the cue stands (on train 4 own, 1 the
 * source's). Words in quotation marks are always the speaker's, and otherwise a cue after the
 * clause ("…, according to X") attributes the whole of it. */
function inWritersAside(text: string, q: Quote, figure: Figure): boolean {
  const cue = q.speaker?.evidence.cue;
  if (q.kind !== 'reported' || !cue) return false;
  if (isAgeAfterAName(text, q, figure)) return true;
  if (framesTheSpeaker(text, q, figure)) return true;
  if (cue.start >= q.start) return false;
  const before = text.slice(Math.max(q.start, figure.start - 300), figure.start);
  const finding = FINDING_CUE.has(cue.text.toLowerCase());
  return (
    (COMPARING_WORD.test(before.toLowerCase()) &&
      WRITERS_COMPARISON.test(before) &&
      !finding &&
      !/^according$/i.test(cue.text)) ||
    asideOnAName(before) ||
    (/,\s+wh[ei]/.test(before) && ASIDE_ON_A_PLACE_OR_TIME.test(before)) ||
    THAT_ESTIMATED_AT.test(before) ||
    (finding
      ? !dashSumsUp(before) && dashAside(text.slice(q.start, figure.start), text.slice(figure.end, q.end))
      : dashSumsUp(before) ||
        BUT_NEW_SUBJECT.test(before) ||
        dashAside(text.slice(q.start, figure.start), text.slice(figure.end, q.end)))
  );
}

/** ", but" (or a closing quotation mark and "but") opening a clause with a subject of its own (a
 * determiner's noun phrase or a name; a pronoun's clause is cut off before), up to the figure: the
 * clause a cue before it governs ends there and the writer goes on ("X said A, but the cost rose to
 * $5 million"); not "but that …", a second clause the cue governs. (PolNeAR train's indirect
 * contents end at such a "but" 76 times and run on past it 20; as figures, 4 of the outlet's own
 * freed from a wrong claimant, 1 of the source's left unclaimed.) */
const BUT_NEW_SUBJECT = /[,"”] but (?:in fact )?(?:the|an?|his|her|their|its|[A-Z][a-z]+)\s[^,;"“”]*$/;

/** True when the figure is part of the claim's own source phrase ("…, according to three recent
 * polls"), never what that source says; or when, in a clause whose cue comes before it and that
 * gave no figure of its own, a percentage opens what follows a comma ("said they were liberal, 34%
 * conservative"): the writer going on to the poll's next group (on PolNeAR train 1 and 3 of the
 * outlet's own figures, none the source's). */
function inSourceOrNextGroup(text: string, q: Quote, figure: Figure, figures: Figure[]): boolean {
  const { mention, evidence } = q.speaker!;
  if (mention && mention.start < figure.end && figure.start < mention.end) return true;
  if (q.kind !== 'reported' || figure.kind !== 'percent' || (evidence.cue?.start ?? q.start) > q.start) return false;
  // A finding's result reads as one ("found A favored B, 72 percent to 8 percent"): no next group.
  if (FINDING_CUE.has(evidence.cue?.text.toLowerCase() ?? '')) return false;
  return (
    /,\s?$/.test(text.slice(Math.max(q.start, figure.start - 2), figure.start)) &&
    figures[lowerBound(figures, q.start, (f) => f.start)] === figure
  );
}

/** A dash: an em or en dash, or one or two hyphens set off by spaces. */
const DASH = /[\u2014\u2013]|\s--?\s/g;

/** What opens a pair of dashes that is no aside of the writer's: the clause going on ("- and …",
 * "- but …") or a relative clause on the noun before it ("the party's elite - who put …"). */
const DASHED_CONTINUATION = /^\s*(?:and|or|but|who|whose|which)\b/;

/** True when the figure sits after a dash that opens an aside (an odd number of dashes before the
 * figure): one no dash closes before the clause ends, the writer's addition at the end of what was
 * said ("… families mourning loved ones - two sisters and a brother"; "… from Omaha — about six
 * hours away"), not a tail that goes on with "and" ("… - and well below the 2 percent"); or one a
 * dash closes inside the clause ("nearly four in 10 — 38 percent — who said …"; "the ferry - 40 meters
 * long - would …"), not one that goes on with a conjunction or opens a
 * relative clause (on PolNeAR train such closed asides held 4 of the outlet's own figures and 1 of
 * the source's). */
function dashAside(before: string, after: string): boolean {
  const dashes = [...before.matchAll(DASH)];
  const last = dashes[dashes.length - 1];
  if (dashes.length % 2 === 0 || !before.slice(0, last!.index).trim()) return false;
  const opening = before.slice(last!.index! + last![0].length);
  return after.search(DASH) >= 0 ? !DASHED_CONTINUATION.test(opening) : !/^\s*and\b/.test(opening);
}

/** A time or place phrase that opens the sentence before ", X said, …": a preposition and a noun
 * phrase ("In 2008", "During her first term") or a span back from now ("Six months ago"), with no
 * comma; not a span counted on to now ("In the three years since …"), which the claim measures. */
const FRONTED_PHRASE =
  /^(?:(?:In|During|On|At|Over|For|By|Before|After|Until|Back in)\s[^,]{1,60}|[^,]{1,40}\sago),\s+(?:the\s+)?$/;

/** True when the figure stands before the speaker's own mention inside the claim's span and the cue
 * after that mention opens a quotation ("Less than 30 minutes later, X wrote, "…"", "On a call with
 * reporters on Dec. 2, X said, ''…''"): the words before the speaker set the scene for the speaking
 * and are the writer's. (On PolNeAR train: 4 such figures the outlet's own, 1 the source's; without
 * the quotation after the cue, as in "In 2008, X said, A", the annotators split 9 own to 12 the
 * source's, so those stay the source's.) The same when the claim opens with a time phrase and the
 * speaker's mention follows its comma with a cue set off by commas ("In 2008, X said, A"; "Six months
 * ago, the senator said, A"): the content the annotators mark starts after "X said," (on PolNeAR
 * train 3 such figures the outlet's own, 1 the source's, a span counted on with "since"). */
function framesTheSpeaker(text: string, q: Quote, figure: Figure): boolean {
  const mention = q.speaker?.mention;
  const cue = q.speaker?.evidence.cue;
  if (!mention || !cue || mention.start < figure.end || cue.end >= q.end) return false;
  const after = text.slice(cue.end, cue.end + 4);
  if (/^[,:]?\s*["“'‘]/.test(after)) return true;
  const lead = text.slice(q.start, mention.start);
  return /^,\s/.test(after) && FRONTED_PHRASE.test(lead) && !/\bsince\b/i.test(lead);
}

/** An indefinite noun phrase right after a dash: the writer sums up what the clause said ("— a high
 * sum", "- a milepost that …"). */
const SUMMING_UP = /^\s*an?\s/;

/** True when the last dash in `before` (an em or en dash, or a hyphen or two set off by spaces)
 * opens a summing up that runs on to the end of `before`: the figure sits in it, not after it. The
 * dash must follow some of the clause's words. */
function dashSumsUp(before: string): boolean {
  let dash = Math.max(before.lastIndexOf('\u2014'), before.lastIndexOf('\u2013'));
  let after = dash + 1;
  for (let spaced = before.lastIndexOf(' -'); spaced > dash; spaced = before.lastIndexOf(' -', spaced - 1)) {
    let end = spaced + 2;
    if (before[end] === '-') end++;
    if (before[end] === ' ') {
      dash = spaced;
      after = end;
      break;
    }
  }
  return dash > 0 && before.slice(0, dash).trim() !== '' && SUMMING_UP.test(before.slice(after));
}

/** ASIDE_ON_A_NAME's opening after its comma, which is the text's last (no comma follows it). */
const ASIDE_OPENING = /^,\s+(?:(?:who|whose|which)\b|(?:the|an?)\s)/;

/** Whether ASIDE_ON_A_NAME matches `before`, asked of the regex only when the text's last comma
 * opens a relative clause or a noun phrase: V8 compiles its Unicode classes and long look-behinds
 * on first use, inside the engine's first call, and most claims hold no such aside. */
export function asideOnAName(before: string): boolean {
  const comma = before.lastIndexOf(',');
  return comma >= 0 && ASIDE_OPENING.test(before.slice(comma)) && ASIDE_ON_A_NAME().test(before);
}

/** True when the figure is an age set off after a name ("Dana Moss, 41, of Eastport"): findFigures
 * reads a bare number after a name's comma as an age (a measure in years old, written as the digits
 * alone; "aged 41" and "turned 41" are ages too, but not set off). It must end the clause or be
 * followed by a comma or a line's end. */
function isAgeAfterAName(text: string, q: Quote, figure: Figure): boolean {
  if (figure.unit !== 'years old' || figure.text.length > 3 || text[figure.start - 2] !== ',') return false;
  return figure.end >= q.end || /^\s*[,\n]/.test(text.slice(figure.end, figure.end + 2));
}

/** True when the figure's sentence opens by carrying on `claim`, which ends (or was last carried
 * on, at `claimEnd`) in the sentence right before it, in the same paragraph or at the end of the
 * one before. */
function carriedOn(
  text: string,
  blocks: Block[],
  b: number,
  figure: Figure,
  claim: Quote,
  claimEnd: number,
  figures: Figure[],
  speakerById: Map<string, Speaker>,
): boolean {
  const block = blocks[b]!;
  const start = sentenceStart(text, block.start, figure.start);
  // The claim must end in the sentence before: nothing but that sentence's own end between them.
  const before =
    start > block.start
      ? sentenceStart(text, block.start, start - 1)
      : b > 0
        ? sentenceStart(text, blocks[b - 1]!.start, blocks[b - 1]!.end)
        : -1;
  if (before < 0 || claimEnd < before || (start === block.start && (b === 0 || claimEnd < blocks[b - 1]!.start)))
    return false;
  // A claim that ends in the figure's own sentence was cut short of the figure on purpose
  // ("X says A, compared with B"): its cue opens this sentence, it carries nothing on.
  if (claim.end > start) return false;
  const m = carryOn(text.slice(start, Math.min(figure.start, start + 120)));
  // Only the clause the carrying verb governs: not past "; " or ", and"/", but" after it.
  // Nor into a relative clause set off by a comma (", who …", ", which …"): the writer's aside.
  // (Inside reported clauses on PolNeAR train, such figures are more often the outlet's own than
  // the source's: 37 to 23.)
  if (
    !m ||
    /;|,\s+(?:and|but|while|who|whose|whom|which|where|when)\b/.test(text.slice(start + m.text.length, figure.start))
  )
    return false;
  const speaker = claim.speaker!;
  const entity = speakerById.get(speaker.id);
  const forms = [speaker.name ?? '', speaker.role ?? '', ...(entity?.aliases ?? [])].join(' ');
  const named = (words: string) => new RegExp(`\\b${words.replace(/[^\w\s]/g, '.')}\\b`, 'i').test(forms);
  // A document someone owns is theirs: "The Treasury's own figures show …" carries on the
  // Treasury's claim, "Its annual report showed …" a body's; another owner's carries nothing on.
  const { owner } = m;
  if (m.document && owner) return owner === 'its' || owner === 'their' ? speaker.kind !== 'person' : named(owner);
  if (m.document) {
    // "The report …" carries on a claim whose sentence cited that report ("A report from X said
    // …"); "Those figures …" one that gave a figure.
    if (new RegExp(`\\b(?:${SAME_DOCUMENT[m.document] ?? m.document})\\b`, 'i').test(text.slice(before, start)))
      return true;
    if (!FIGURES_NOUN.test(m.document)) return false;
    const first = figures[lowerBound(figures, claim.start, (f) => f.start)];
    return first !== undefined && first.end <= claim.end;
  }
  if (m.body) {
    // The words before the noun too: "The Port Authority" is not the Harbor Authority's.
    return speaker.kind === 'organization' && named(m.body);
  }
  // A pronoun without "also" carries a claim on only with a verb that estimates by itself.
  if (!m.also && !ESTIMATING_VERB.test(m.verb)) return false;
  const pronoun = m.pronoun!;
  const kind = speaker.kind;
  // "he"/"she" a person's; "it" not a person's or a group's; "they" not one person's.
  return pronoun === 'he' || pronoun === 'she'
    ? kind === 'person'
    : pronoun === 'it'
      ? kind !== 'person' && kind !== 'group'
      : kind !== 'person';
}

/** Where the sentence holding `at` starts: after the last ". ", "? " or "! " (followed by a capital
 * or a quotation mark) since the block's start. Good enough to find a sentence's first words. */
function sentenceStart(text: string, blockStart: number, at: number): number {
  for (let i = at - 1; i > blockStart && i > at - 2000; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32) continue;
    const p = text[i - 1];
    if (
      (p === '.' || p === '?' || p === '!' || (p !== undefined && CLOSING_DOUBLE_MARKS.includes(p))) &&
      startsSentence(text, i + 1) &&
      // A lone capital before the period also covers "U.S.".
      !/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|[A-Z])\.$/.test(text.slice(Math.max(blockStart, i - 5), i))
    )
      return i + 1;
  }
  return blockStart;
}
