// Speech set as whole paragraphs without quotation marks: the paragraphs after a reporting lead-in
// ("The developer wrote in its proposal:"), the answers of a Q&A interview ("Q: …" / "A: …") and
// the turns of a transcript ("TAPPER: …"). Plain text loses the <blockquote> that a page may have
// had, so this is how block quotations reach us from the CLI, PolNeAR and other feeds.
//
// PolNeAR train annotates such paragraphs as indirect attributions (no marks: not direct by its
// definition) whose content is the whole paragraph and whose source is the lead-in's or the turn's
// speaker, so they become reported claims with that source (see attribution.ts), and the figures
// in them are the source's.
import type { Block } from './types';
import { isUpperCase, isUpperCasePoint, lazy } from './chars';
import type { MarkedSpan } from './quote-marks';
import { cueStrength, findCueWord, isNounLikeCue, verbSet } from './speech-verbs';
import { isForename } from './forenames';
import { WEEKDAY_NAMES, lowerWords } from './calendar';

/** Double quotation marks of any style: a paragraph holding one is quoted its own way. */
const DOUBLE_MARK = /["“”„«»]/;
/** How many paragraphs one lead-in carries at most. On PolNeAR train a run after a lead-in went on
 * for up to three paragraphs, ending at a paragraph with marks, a cue of its own or an embed. */
const MAX_RUN = 3;
/** How many paragraphs one answer runs on after its "A:" paragraph. */
const MAX_ANSWER_RUN = 4;

/** Words that may stand between the lead-in's cue and its colon: a prepositional phrase or a time
 * ("wrote in its proposal:", "said on Tuesday:", "argued that:", "observing of X:"). A noun phrase
 * there is the cue's object ("noted the sparse attendance:"), and what follows is the outlet's
 * own illustration of it. */
const AFTER_CUE = new Set([
  ...'in on at of to from during after before via with through over about for that last this earlier later yesterday today tonight'.split(
    ' ',
  ),
  ...lowerWords(WEEKDAY_NAMES),
]);
/** Cues whose object is the hearer, not the speech ("told reporters:", "asked the crowd:"). */
const HEARER_CUES = verbSet('ask', 'tell tells told telling');
/** "the following:", "as follows:" are the speech's place holder, not an object. */
const FOLLOWING = /^(?:the\s+following|as\s+follows)\b/i;

/** A transcript has a few speakers; more distinct labels than this are not looked up. */
const MAX_LABELS = 24;
/** Labels before a colon that are a page's furniture or a fact check's headings, not a speaker
 * (compared in upper case). */
export const NOT_SPEAKERS = new Set(
  "CORRECTION UPDATE UPDATED NOTE EDITOR'S_NOTE EDITOR’S_NOTE BYLINE EXCLUSIVE PHOTO PHOTOS VIDEO WATCH LISTEN READ_MORE RELATED SOURCE SOURCES CREDIT CAPTION SEE_ALSO ALSO_READ TRANSCRIPT CLARIFICATION CLAIM VERDICT RULING FACTS THE_FACTS WARNING PROS CONS BACKGROUND CONTEXT SUMMARY DISCLOSURE"
    .split(' ')
    .map((label) => label.replace(/_/g, ' ')),
);
/** A transcript turn: a name of one to four capitalised words ("ROE", "Ada Roe", "MR. ROE", a clip's
 * "TRADE SECRETARY ADA ROE"), perhaps a note on who they are in brackets ("ROE (CALLER, LAKETON)",
 * "SEN. ROE (D-ME)"), a colon, the words. */
export const TURN = lazy(() => /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?: \([^)]+\))?:\s+(?=\S)/u);

/** TURN's match in `head`, asking the regex only when `head` opens with a capital (or a surrogate
 * pair, which may be one) and holds a colon: V8 compiles its Unicode classes on first use, inside
 * the engine's first call, and most paragraphs open no turn. */
export function turnIn(head: string): RegExpExecArray | null {
  const c = head.charCodeAt(0);
  return (isUpperCase(c) || (c >= 0xd800 && c <= 0xdbff)) && head.includes(':') ? TURN().exec(head) : null;
}
const QUESTION = /^(?:Q|Question)\s?[:.]\s+/;
const ANSWER = /^(?:A|Answer)\s?[:.]\s+/;
/** A label of initials ("JW"). */
const INITIALS = lazy(() => /^\p{Lu}{2,3}$/u);
/** A label set as its own paragraph ("Q.", "A:", "Question:"). */
const BARE = /^(?:Q|A|Question|Answer)\s?[:.]?\s*$/;
/** A person's name as a known given name and a capitalised surname ("Ingrid Solheim"). */
const PERSON = lazy(() => /\b(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)/gu);

/** The spans of unmarked speech in the article, merged into the marked spans (text order). */
export function withUnmarkedSpeech(text: string, blocks: Block[], marked: MarkedSpan[]): MarkedSpan[] {
  const markedBlocks = new Set(marked.map((s) => s.block));
  const plain = (b: number) => {
    const block = blocks[b];
    return (
      block !== undefined &&
      (block.kind === 'paragraph' || block.kind === 'list-item') &&
      !markedBlocks.has(b) &&
      !DOUBLE_MARK.test(text.slice(block.start, block.end)) &&
      text[block.start] !== '<'
    );
  };
  const found: MarkedSpan[] = [];
  const add = (
    b: number,
    from: number,
    unmarked: MarkedSpan['unmarked'],
    speakerAt?: [number, number],
    run?: number,
  ) => {
    const block = blocks[b]!;
    found.push({
      start: from,
      end: block.end,
      innerStart: from,
      innerEnd: block.end,
      closed: true,
      block: b,
      blockquote: true,
      unmarked,
      ...(speakerAt ? { speakerAt } : {}),
      ...(run !== undefined ? { run } : {}),
    });
  };
  const taken = new Set<number>();
  // Transcripts and interviews first: their labels say who speaks.
  findTurns(text, blocks, plain, (b, from, at, run) => {
    taken.add(b);
    add(b, from, 'turn', at, run);
  });
  findAnswers(text, blocks, plain, (b, from, at, run) => {
    taken.add(b);
    add(b, from, 'answer', at, run);
  });
  for (let b = 0; b + 1 < blocks.length; b++) {
    if (blocks[b]!.kind === 'heading' || !reportingLeadIn(text, blocks[b]!)) continue;
    for (let k = 1; k <= MAX_RUN; k++) {
      const next = b + k;
      if (taken.has(next) || !plain(next)) break;
      const block = blocks[next]!;
      if (endsWithColon(text, block.start, block.end)) break;
      // The first paragraph is the speech whatever it says; a later one only while it brings no
      // cue of its own (a new attribution, or the outlet's "He writes in the column that …").
      if (k > 1 && (findCueWord(text, block.start, block.end) >= 0 || opensWithName(text, block))) break;
      add(next, block.start, 'lead-in', undefined, blocks[b + 1]!.start);
      taken.add(next);
    }
  }
  if (found.length === 0) return marked;
  return [...marked, ...found].sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The paragraph ends in a colon after a reporting cue in its last sentence, with nothing between
 * the cue and the colon but a prepositional phrase or a time. */
export function reportingLeadIn(text: string, block: Block): boolean {
  if (!endsWithColon(text, block.start, block.end)) return false;
  let colon = block.end - 1;
  while (colon > block.start && text.charCodeAt(colon) !== 58) colon--;
  // The last sentence: after the last sentence end in the paragraph.
  let from = block.start;
  const ends = /[.!?]\s+(?=\S)/g;
  const head = text.slice(block.start, colon);
  for (let m = ends.exec(head); m; m = ends.exec(head)) from = block.start + m.index + m[0].length;
  let cueEnd = -1;
  for (let at = findCueWord(text, from, colon); at >= 0; at = findCueWord(text, at, colon)) cueEnd = at;
  // "Fox News reports:": a cue that is often a noun ("reports", "notes") is a verb right before
  // the colon.
  if (cueEnd < 0) {
    const last = /[A-Za-z]+$/.exec(text.slice(from, colon).trimEnd())?.[0].toLowerCase() ?? '';
    return cueStrength(last) === 2 || (cueStrength(last) > 0 && isNounLikeCue(last));
  }
  const cueWord = /[A-Za-z]+$/.exec(text.slice(from, cueEnd))?.[0].toLowerCase() ?? '';
  const tail = text.slice(cueEnd, colon).trim();
  if (tail === '' || FOLLOWING.test(tail)) return true;
  const words = tail.split(/\s+/);
  if (words.length > 8) return false;
  if (HEARER_CUES.has(cueWord)) return words.length <= 4;
  // "according to X:" – the cue is "according", its phrase the source.
  return AFTER_CUE.has(words[0]!.toLowerCase().replace(/[,;]$/, ''));
}

/** Transcript turns ("TAPPER: …", "Pruitt: …"): the label is a speaker when the article writes
 * its name in ordinary case (an upper-case label anywhere, a mixed-case one before the first
 * turn, as an introduction names who talks) or a label gives it with a given name ("JAKE TAPPER"),
 * and the article has turns of at least two speakers.
 * Mixed-case labels also head lists ("Clinton: Supports a higher minimum wage."): they are turns
 * only when one of them asks a question. */
function findTurns(
  text: string,
  blocks: Block[],
  plain: (b: number) => boolean,
  add: (b: number, from: number, at: [number, number], run: number) => void,
): void {
  const turns: { b: number; from: number; at: [number, number]; name: string; full: boolean; asks: boolean }[] = [];
  let intro = -1;
  for (let b = 0; b < blocks.length; b++) {
    if (!plain(b)) continue;
    const block = blocks[b]!;
    const m = turnIn(text.slice(block.start, Math.min(block.end, block.start + 40)));
    const label = m?.[1] ?? '';
    if (!m || NOT_SPEAKERS.has(label.toUpperCase().replace(/’/g, "'"))) continue;
    if (intro < 0) intro = block.start;
    const words = label.split(' ');
    const name = words.pop()!;
    if (name.length < 2) continue;
    // "MR. KESSLER:" is the Kessler the article names; the title would make him someone else.
    const title = /^(?:MRS?|MS|DR)\.? /i.exec(label)?.[0].length ?? 0;
    // "JAKE TAPPER:" names him in full, and so the later "TAPPER:"; so does "TRADE SECRETARY ADA
    // ROE:", the given name last before the surname.
    const given = words.at(-1) ?? '';
    const full = given.length > 1 && isForename(given[0] + given.slice(1).toLowerCase());
    turns.push({
      b,
      from: block.start + m[0].length,
      at: [block.start + title, block.start + label.length],
      name,
      full,
      asks: text.slice(block.start, block.end).includes('?'),
    });
  }
  if (turns.length === 0) return;
  // An interview's initials ("JW:") are the person a label ("Joel Whitcombe:") or the introduction
  // names in full with those initials; they speak as that name.
  const initials = new Map<string, [string, [number, number]]>();
  for (const t of turns) if (t.full) initials.set(initialsOf(text.slice(...t.at)), [t.name, t.at]);
  if (turns.some((t) => INITIALS().test(t.name) && !initials.has(t.name))) {
    const person = PERSON();
    const head = text.slice(0, intro);
    person.lastIndex = 0;
    for (let m = person.exec(head); m; m = person.exec(head)) {
      // Any two capitalised words: the initials are the evidence ("Oda Fjell" for "OF").
      const key = initialsOf(m[0]);
      if (!initials.has(key)) initials.set(key, [m[2]!, [m.index, m.index + m[0].length]]);
      person.lastIndex = m.index + m[1]!.length;
    }
  }
  for (const t of turns) {
    const full = initials.get(t.name);
    if (full && INITIALS().test(t.name)) [t.name, t.at, t.full] = [full[0], full[1], true];
  }
  const known = new Map<string, boolean>();
  let mixed = false;
  for (const t of turns) {
    const upper = t.name === t.name.toUpperCase();
    // Each look-up reads the text: a cap on distinct labels keeps hostile input linear.
    if (known.has(t.name) || known.size >= MAX_LABELS) continue;
    known.set(
      t.name,
      turns.some((u) => u.full && u.name === t.name) || writtenOrdinary(upper ? text : text.slice(0, intro), t.name),
    );
    mixed ||= !upper && known.get(t.name)!;
  }
  // "NEW DELHI: The government …": a dateline opens the story's first paragraph under a label
  // that labels no other turn.
  const dateline = turns[0] && !blocks.slice(0, turns[0].b).some((b) => b.kind === 'paragraph') ? turns[0] : null;
  const kept = turns.filter(
    (t) => known.get(t.name) && !(t === dateline && turns.every((u) => u === t || u.name !== t.name)),
  );
  // Initials no one is named with that ask questions ("TM:", the outlet's) are the interviewer:
  // their turns stay unattributed, the other speaker's are read.
  const asker = turns.some((t) => t.asks && !known.get(t.name) && INITIALS().test(t.name));
  const speakers = new Set(kept.map((t) => t.name.toUpperCase())).size + (asker ? 1 : 0);
  if (speakers < 2 || (mixed && !asker && !kept.some((t) => t.asks))) return;
  // "TAPPER:" after "JAKE TAPPER:" is spoken by the one that label names in full.
  const fullAt = new Map<string, [number, number]>();
  for (const t of kept) if (t.full && !fullAt.has(t.name)) fullAt.set(t.name, t.at);
  for (const t of kept) {
    const at = fullAt.get(t.name) ?? t.at;
    add(t.b, t.from, at, t.from);
    // A turn goes on in the paragraphs after it until the next label, a stage direction
    // ("[Crosstalk]") or the outlet's own narration (a cue, or a paragraph that names someone).
    for (let k = t.b + 1; k <= t.b + MAX_ANSWER_RUN && plain(k); k++) {
      const block = blocks[k]!;
      const head = text.slice(block.start, block.start + 40);
      if (
        turnIn(head) ||
        /^\W/.test(head) ||
        findCueWord(text, block.start, block.end) >= 0 ||
        opensWithName(text, block)
      )
        break;
      add(k, block.start, at, t.from);
    }
  }
}

/** Whether `text` writes the label's name in ordinary case: its capital first and not in capitals
 * throughout. Compared without case, so a label's hyphenated or inner-capital name is found as the
 * text writes it ("VENKATARAMAN-COLE" as "Venkataraman-Cole", "MCCARTHY" as "McCarthy"). */
function writtenOrdinary(text: string, name: string): boolean {
  const re = new RegExp(`\\b${escape(name)}\\b`, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text))
    if (isUpperCase(m[0].charCodeAt(0)) && m[0] !== m[0].toUpperCase()) return true;
  return false;
}

/** Answers of a Q&A ("Q: …" then "A: …" and the paragraphs that go on with it): the words of the
 * one person the paragraphs before the first question name. With no such person, or more than
 * one, the interviewee is not sure and the answers are left alone. Pages set a label as its own
 * paragraph ("Q." then the question) and may leave the answer unlabelled: the paragraph right
 * after a question is its answer unless it asks one or opens a turn. */
function findAnswers(
  text: string,
  blocks: Block[],
  plain: (b: number) => boolean,
  add: (b: number, from: number, at: [number, number], run: number) => void,
): void {
  const head = (b: number) => text.slice(blocks[b]!.start, blocks[b]!.start + 12);
  const bare = (b: number) =>
    b >= 0 && blocks[b]!.end - blocks[b]!.start <= 9 && BARE.test(text.slice(blocks[b]!.start, blocks[b]!.end));
  /** Where a question's words start in block b, or -1. */
  const asks = (b: number) => {
    if (b < 0 || b >= blocks.length) return -1;
    if (bare(b - 1) && /^Q/.test(head(b - 1))) return blocks[b]!.start;
    const q = bare(b) ? null : QUESTION.exec(head(b));
    return q ? blocks[b]!.start + q[0].length : -1;
  };
  let first = -1;
  for (let b = 0; b < blocks.length && first < 0; b++) if (asks(b) >= 0) first = bare(b - 1) ? b - 1 : b;
  if (first < 1) return;
  const [interviewee, interviewer] = onePerson(text, blocks.slice(0, first));
  if (!interviewee) return;
  for (let b = first; b < blocks.length; b++) {
    const q = asks(b);
    if (q < 0) continue;
    // "Q:" is the interviewer's, when the introduction names one ("host Jonas Berg").
    if (interviewer && plain(b)) add(b, q, interviewer, blocks[b]!.start);
    let a = b + 1;
    if (a >= blocks.length || asks(a) >= 0 || (bare(a) && /^Q/.test(head(a)))) continue;
    const m = bare(a) ? null : ANSWER.exec(head(a));
    if (bare(a)) a++;
    if (!plain(a) || asks(a) >= 0 || (!m && turnIn(head(a)))) continue;
    const run = blocks[a]!.start + (m ? m[0].length : 0);
    add(a, run, interviewee, run);
    for (let k = a + 1; k <= a + MAX_ANSWER_RUN && k < blocks.length && plain(k) && asks(k) < 0 && !bare(k); k++) {
      const label = head(k);
      // A paragraph that only asks is the next question, its label lost with the page's bold.
      if (ANSWER.test(label) || turnIn(label) || /\?\s*$/.test(text.slice(blocks[k]!.end - 3, blocks[k]!.end))) break;
      add(k, blocks[k]!.start, interviewee, run);
    }
    b = a;
  }
}

/** Where the one person named in these blocks is first named in a paragraph (else in the
 * headline), null when they name no person or several; and the interviewer's name, when one
 * person is named with an interviewer's role ("our reporter Jonas Berg", "host Dana Lee"). */
function onePerson(text: string, blocks: Block[]): [[number, number] | null, [number, number] | null] {
  let at: [number, number] | null = null;
  let asker: [number, number] | null = null;
  let atHeading = true;
  let surname = '';
  let askerName = '';
  const person = PERSON();
  for (const block of blocks) {
    const slice = text.slice(block.start, block.end);
    person.lastIndex = 0;
    for (let m = person.exec(slice); m; m = person.exec(slice)) {
      if (!isForename(m[1]!)) {
        // "Climatologist Ingrid Solheim": the name may start at the second word.
        person.lastIndex = m.index + m[1]!.length;
        continue;
      }
      const span: [number, number] = [block.start + m.index, block.start + m.index + m[0].length];
      if (INTERVIEWER.test(slice.slice(Math.max(0, m.index - 16), m.index))) {
        if (askerName && askerName !== m[2]) return [null, null];
        askerName = m[2]!;
        asker ??= span;
        continue;
      }
      if (m[2] === askerName) continue;
      if (surname && m[2] !== surname) return [null, null];
      surname = m[2]!;
      const heading = block.kind === 'heading';
      if (!at || (atHeading && !heading)) {
        at = span;
        atHeading = heading;
      }
    }
  }
  return [at, asker];
}
/** The role word right before a name that makes them the one who asks. */
const INTERVIEWER = /\b(?:host|reporter|interviewer|correspondent|anchor|moderator|editor|columnist)\s+$/i;

/** A capitalised word (not "I") among the paragraph's first four words after its first: the
 * paragraph opens by naming someone ("Harbour master Tove Rasmussen …", "One State Department
 * lawyer …"), which is the outlet introducing them, not the speaker going on. */
function opensWithName(text: string, block: Block): boolean {
  const words = text
    .slice(block.start, Math.min(block.end, block.start + 80))
    .split(/\s+/)
    .slice(1, 4);
  return words.some((w) => isUpperCasePoint(w.codePointAt(0)) && w !== 'I' && !/^I['’]/.test(w));
}

/** "JW" for "Joel Whitcombe" and "JOEL WHITCOMBE". */
function initialsOf(name: string): string {
  return name.replace(/(\p{L})[\p{L}'’-]*\.?\s*/gu, '$1').toUpperCase();
}

/** Whether text[s, e) ends in a colon before any trailing white space: "Kellerman continued:"
 * introduces the quote paragraph that follows. */
export function endsWithColon(text: string, s: number, e: number): boolean {
  let i = e - 1;
  while (i > s && text.charCodeAt(i) <= 32) i--;
  return text.charCodeAt(i) === 58;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
