// Reported speech: "X said (that) …", "…, X said.", "according to X, …", "X told Reuters …".
// Direct quotes are only a third to a half of attributions in news, and a figure inside a
// reported clause belongs to its speaker, so the clause's span matters as much as its speaker.
import { accordingTo, cueAt, subjectAfter, type RawMention } from './speaker-mentions';
import { isParticipleCue, wordSet } from './speech-verbs';
import { subjectOf } from './sentence-cues';
import { indexAt, isCapitalized, isWord, type Token } from './tokens';

/** A reported clause: its span in the text and who says it. */
export interface ReportedClause {
  start: number;
  end: number;
  mention: RawMention;
  cue: number;
}

/** "According to reports / media reports": the narrator's hearsay, nobody in particular speaks. */
const DOCUMENTS = /^(?:(?:media|news|press|some|other|local|unconfirmed|recent) )?(?:reports|accounts|estimates|rumou?rs)$/i;
const NONE = new Set<number>();
/** Words that may follow a cue before its clause starts ("said on Monday that", "told reporters that"). */
const LEAD_IN_LIMIT = 8;
/** Tokens allowed after a sentence-final cue ('…, the ministry said in a statement on Monday.'). */
const TAIL_LIMIT = 8;
/** A clause shorter than this (in words) is not worth reporting ("he said so"). */
const MIN_WORDS = 3;
/** Cues that report speech but whose clause is better left alone: questions and descriptions. */
const NOT_REPORTING = wordSet('ask asks asked asking describe describes described describing post posted continue continued continues thinks thought feel feels felt');

/** The reported clause of a sentence (tokens with quotations folded), or null. */
export function reportedInSentence(tokens: Token[], usedCues: Set<number> = NONE): ReportedClause | null {
  const n = tokens.length;
  // "According to X, C" and "C, according to X."
  for (let k = 0; k + 1 < n; k++) {
    if (!accordingTo(tokens, k)) continue;
    let c = k + 2;
    while (c < n && tokens[c]!.text !== ',') c++;
    const who = subjectAfter(tokens, k + 2, c);
    if (!who || DOCUMENTS.test(who.text)) return null;
    if (c < n - 1) return clause(tokens, c + 1, n, who, k);
    if (k > 0 && tokens[k - 1]!.text === ',') return clause(tokens, 0, k - 1, who, k);
    return null;
  }
  for (let k = 0; k < n; k++) {
    // A cue that already introduces a direct quote here ('"…," he said in an interview') reports nothing more.
    if (usedCues.has(k) || !cueAt(tokens, k, false) || NOT_REPORTING.has(tokens[k]!.lower)) continue;
    if (isParticipleCue(tokens[k]!.text) && k > 0 && tokens[k - 1]!.text !== ',') continue;
    const mention = subjectOf(tokens, k, 0);
    if (!mention) continue;
    const before = tokens[k - 1];
    const inverted = mention.start > tokens[k]!.start;
    // "C, said Dana Ruiz, a spokeswoman for …": an inverted subject after the comma closes the
    // clause whatever follows it (an appositive, "who added …").
    if (inverted && before?.text === ',' && k > 1) return clause(tokens, 0, k - 1, mention, k);
    // "C, X said." / "C, said X." — the cue closes the sentence.
    const subjectStart = inverted ? k : indexAt(tokens, mention.start);
    if (subjectStart > 1 && tokens[subjectStart - 1]!.text === ',' && tailIsShort(tokens, inverted ? indexAt(tokens, mention.end - 1) + 1 : k + 1)) {
      return clause(tokens, 0, subjectStart - 1, mention, k);
    }
    if (inverted && before?.text !== ',') continue;
    // "X said (on Monday) (that) C" / "X told reporters C".
    let c = inverted ? indexAt(tokens, mention.end - 1) + 1 : k + 1;
    let that = -1;
    for (let d = c; d < n && d < c + LEAD_IN_LIMIT; d++) {
      if (tokens[d]!.lower === 'that') { that = d; break; }
      if (tokens[d]!.quote >= 0 || tokens[d]!.text === '.') break;
    }
    if (that >= 0) c = that + 1;
    else if (/^(told|tells|tell|telling)$/.test(tokens[k]!.lower)) c = skipObject(tokens, c);
    while (c < n && (tokens[c]!.text === ',' || tokens[c]!.text === ':')) c++;
    return clause(tokens, c, n, mention, k);
  }
  return null;
}

function clause(tokens: Token[], from: number, to: number, mention: RawMention, cue: number): ReportedClause | null {
  while (to > from && !isWord(tokens[to - 1]) && tokens[to - 1]!.quote < 0) to--;
  let words = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.quote >= 0 || isWord(tokens[i])) words++;
  if (words < MIN_WORDS || from >= to) return null;
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end, mention, cue };
}

function tailIsShort(tokens: Token[], from: number): boolean {
  let count = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || t.lower === 'that') return false;
    if (t.text === '.' || t.text === '!' || t.text === '?') continue;
    if (++count > TAIL_LIMIT) return false;
  }
  return true;
}

/** Skips the addressee of "told": a pronoun, a noun ("reporters") or a name ("told The Guardian"). */
function skipObject(tokens: Token[], c: number): number {
  const word = (d: number) => isWord(tokens[d]);
  const capital = (d: number) => isCapitalized(tokens[d]);
  let d = c;
  if (word(d) && /^(the|a|an)$/.test(tokens[d]!.lower)) d++;
  if (capital(d)) {
    while (capital(d) && d < c + 6) d++;
    return d;
  }
  return word(d) ? d + 1 : d;
}
