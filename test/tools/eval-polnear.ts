// Scores direct-quote finding and speaker attribution on PolNeAR articles (train to develop on, dev
// to check), so every change to the attribution rules is measured on real news rather than on
// hand-made sentences.
import type { Annotations, Quote } from '../../src/engine/types';
import type { EvalReport } from './eval-report';
import { readSharedJsonl } from './shared-data';
import { forenameGender } from '../../src/engine/forenames';

/** One gold quote as the eval README describes it (only the fields we score). */
interface GoldQuote {
  start: number;
  end: number;
  text: string;
  closed: boolean;
  speaker: string | null;
  speaker_spans: [number, number][];
  speaker_kind: 'pronoun' | 'named' | 'nominal' | null;
  speaker_in_same_paragraph: boolean;
  mixed: boolean;
}

interface Article {
  id: string;
  source: string;
  text: string;
  quotes: GoldQuote[];
}

/** Overlap needed between a predicted and a gold span, as a share of their union (the brief's rule). */
export const MATCH_SHARE = 0.5;

/** The direct quotes the eval scores: the corpus counts a quote nested inside another as part of
 * the outer one, so only the outermost. */
export function outermostDirect(quotes: Quote[]): Quote[] {
  const all = quotes.filter((q) => q.kind === 'direct');
  return all.filter(
    (q) => !all.some((o) => o !== q && o.start <= q.start && o.end >= q.end && o.end - o.start > q.end - q.start),
  );
}

/** The unused prediction overlapping `gold` most, with its overlap as a share of their union (the
 * eval's greedy matching: a match needs MATCH_SHARE). */
export function bestOverlap(
  gold: { start: number; end: number },
  predicted: Quote[],
  used: Set<Quote>,
): { best: Quote | null; share: number } {
  let best: Quote | null = null,
    share = 0;
  for (const p of predicted) {
    if (used.has(p)) continue;
    const inter = Math.min(p.end, gold.end) - Math.max(p.start, gold.start);
    if (inter <= 0) continue;
    const s = inter / (Math.max(p.end, gold.end) - Math.min(p.start, gold.start));
    if (s > share) {
      best = p;
      share = s;
    }
  }
  return { best, share };
}
/** Characters of context printed around a miss so it can be studied without opening the file. */
const CONTEXT = 60;
/** How many speaker-error buckets the summary lists. */
const ERROR_BUCKETS = 12;
/** Honorifics and role words dropped before comparing names, so "Mr. Obama" matches "Barack Obama". */
const NAME_NOISE = /^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|president|senator|the|a|an)\.?$/i;

export type PolnearSplit = 'train' | 'dev';

/** Runs `extract` over every article of the split and compares its direct quotes and speakers with
 * the gold; null when the shared data is not there. */
export function evalPolnear(
  extract: (text: string) => Annotations,
  split: PolnearSplit = 'dev',
  /** Called for every matched quote with a gold speaker: the lenient verdict and the strict one. */
  judged?: (quote: Quote, right: boolean, strict: StrictVerdict) => void,
): EvalReport | null {
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) return null;
  let tp = 0,
    fp = 0,
    fn = 0,
    spTotal = 0,
    spRight = 0;
  // Abstention: a quote whose speaker the engine calls unclear names nobody; "right when named"
  // is scored over the quotes it does name, coverage is how many of the gold-attributed it names.
  let spNamed = 0,
    spNamedRight = 0;
  // The strict rule (strictSpeakerVerdict) on the same quotes: scored over the checkable ones.
  let strictChecked = 0,
    strictRight = 0,
    strictNamed = 0,
    strictNamedRight = 0,
    lenientOnly = 0,
    strictOnly = 0,
    lenientOnChecked = 0;
  const unchecked = new Map<StrictVerdict, { n: number; lenientRight: number }>();
  const cats = new Map<string, { gold: number; found: number; spTotal: number; spRight: number }>();
  const bump = (names: string[], found: boolean, sp: boolean | null) => {
    for (const name of names) {
      const c = cats.get(name) ?? { gold: 0, found: 0, spTotal: 0, spRight: 0 };
      c.gold++;
      if (found) c.found++;
      if (sp !== null) {
        c.spTotal++;
        if (sp) c.spRight++;
      }
      cats.set(name, c);
    }
  };
  // Speaker errors by outcome (a wrong name, unclear, no speaker at all), the place the evidence
  // was found and the gold mention's kind: where the largest general causes are.
  const errors = new Map<string, number>();
  const misses: unknown[] = [];
  for (const article of articles) {
    const { text } = article;
    const ctx = (s: number, e: number) => text.slice(Math.max(0, s - CONTEXT), Math.min(text.length, e + CONTEXT));
    const predicted = outermostDirect(extract(text).quotes);
    const used = new Set<Quote>();
    for (const gold of article.quotes) {
      const { best, share: bestShare } = bestOverlap(gold, predicted, used);
      const names = [
        gold.mixed ? 'mixed' : 'full',
        gold.closed ? 'closed' : 'unclosed',
        `speaker:${gold.speaker_kind ?? 'none'}`,
        gold.speaker_in_same_paragraph ? 'same-paragraph' : 'other-paragraph',
      ];
      if (!best || bestShare < MATCH_SHARE) {
        fn++;
        bump(names, false, null);
        misses.push({
          type: 'FN',
          id: article.id,
          start: gold.start,
          end: gold.end,
          gold: gold.text,
          goldSpeaker: gold.speaker,
          context: ctx(gold.start, gold.end),
          nearest: best ? { start: best.start, end: best.end, text: best.text } : null,
        });
        continue;
      }
      used.add(best);
      tp++;
      if (!gold.speaker) {
        bump(names, true, null);
        continue;
      }
      spTotal++;
      const ok = speakerMatches(best, gold, text);
      const verdict = strictSpeakerVerdict(best, gold, text);
      judged?.(best, ok, verdict);
      if (ok) spRight++;
      if (best.speaker?.name) {
        spNamed++;
        if (ok) spNamedRight++;
      }
      bump(names, true, ok);
      if (verdict === 'right' || verdict === 'wrong') {
        strictChecked++;
        if (verdict === 'right') strictRight++;
        if (ok) lenientOnChecked++;
        if (!ok && verdict === 'right') strictOnly++;
        if (best.speaker?.name) {
          strictNamed++;
          if (verdict === 'right') strictNamedRight++;
        }
        if (ok && verdict === 'wrong') {
          lenientOnly++;
          misses.push({
            type: 'strict',
            id: article.id,
            start: gold.start,
            end: gold.end,
            goldSpeaker: gold.speaker,
            goldKind: gold.speaker_kind,
            name: best.speaker?.name ?? null,
            mention: best.speaker?.mention?.text ?? null,
            context: ctx(Math.min(gold.start, ...gold.speaker_spans.map((s) => s[0])), gold.end),
          });
        }
      } else {
        const u = unchecked.get(verdict) ?? { n: 0, lenientRight: 0 };
        u.n++;
        if (ok) u.lenientRight++;
        unchecked.set(verdict, u);
      }
      if (!ok) {
        const outcome = !best.speaker ? 'none' : best.speaker.name ? 'wrong' : 'unclear';
        const bucket = `${outcome.padEnd(7)} ${(best.speaker?.evidence.place ?? '-').padEnd(16)} gold ${gold.speaker_kind}`;
        errors.set(bucket, (errors.get(bucket) ?? 0) + 1);
      }
      if (!ok)
        misses.push({
          type: 'speaker',
          id: article.id,
          start: gold.start,
          end: gold.end,
          quote: gold.text.slice(0, 80),
          mixed: gold.mixed,
          goldSpeaker: gold.speaker,
          goldKind: gold.speaker_kind,
          predicted: best.speaker
            ? {
                name: best.speaker.name,
                mention: best.speaker.mention?.text ?? null,
                confidence: best.speaker.confidence,
                place: best.speaker.evidence.place,
              }
            : null,
          context: ctx(Math.min(gold.start, ...gold.speaker_spans.map((s) => s[0])), gold.end),
        });
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      fp++;
      misses.push({
        type: 'FP',
        id: article.id,
        start: p.start,
        end: p.end,
        predicted: p.text.slice(0, 120),
        speaker: p.speaker?.name ?? null,
        context: ctx(p.start, p.end),
      });
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const speakerAccuracy = spRight / Math.max(1, spTotal);
  const rightWhenNamed = spNamedRight / Math.max(1, spNamed);
  const speakerCoverage = spNamed / Math.max(1, spTotal);
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'}%`;
  const strictAccuracy = strictRight / Math.max(1, strictChecked);
  const strictRightWhenNamed = strictNamedRight / Math.max(1, strictNamed);
  const summary = [
    `${articles.length} articles: quotes P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)} F1 ${(100 * f1).toFixed(1)}% (TP ${tp}, FP ${fp}, FN ${fn}); speaker ${pct(spRight, spTotal)} of ${spTotal}; named ${pct(spNamed, spTotal)}, right when named ${pct(spNamedRight, spNamed)}`,
    `strict speaker (our resolved name names the gold's person or body): ${pct(strictRight, strictChecked)} of ${strictChecked} checkable (lenient ${pct(lenientOnChecked, strictChecked)} on them); right when named ${pct(strictNamedRight, strictNamed)} of ${strictNamed}; ${lenientOnly} lenient-right but strict-wrong (misses type "strict"), ${strictOnly} the other way`,
    ...[...unchecked]
      .sort()
      .map(
        ([why, u]) =>
          `  not checkable: ${why.replace(/, not checkable$/, '')} ${u.n} (lenient counts ${u.lenientRight} of them right)`,
      ),
    ...[...cats]
      .sort()
      .map(
        ([name, c]) =>
          `  ${name.padEnd(16)} gold ${String(c.gold).padStart(4)}  found ${pct(c.found, c.gold).padStart(6)}  speaker ${pct(c.spRight, c.spTotal).padStart(6)} of ${c.spTotal}`,
      ),
    `  speaker errors (outcome, evidence place, gold kind), the ${ERROR_BUCKETS} largest:`,
    ...[...errors]
      .sort((a, b) => b[1] - a[1])
      .slice(0, ERROR_BUCKETS)
      .map(([bucket, n]) => `    ${String(n).padStart(5)}  ${bucket}`),
  ];
  return {
    name: `polnear-${split}`,
    metrics: {
      quoteF1: f1,
      quotePrecision: precision,
      quoteRecall: recall,
      speakerAccuracy,
      rightWhenNamed,
      speakerCoverage,
      strictSpeakerAccuracy: strictAccuracy,
      strictRightWhenNamed,
    },
    summary,
    misses,
  };
}

/** The gold speaker of a quote, or the source of an attribution, as the matcher reads it. */
export type GoldSpeaker = Pick<GoldQuote, 'speaker_spans' | 'speaker_kind'>;

/** The brief's lenient speaker rule: our mention overlaps a gold speaker span, or our resolved
 * name shares a significant word (usually the surname) with the gold mention. Shared by the
 * direct-quote and the reported-speech scores, so both judge speakers alike. */
export function speakerMatches(p: Quote, gold: GoldSpeaker, text: string): boolean {
  const sp = p.speaker;
  // A speaker "named" only by a pronoun the engine could not resolve tells the reader nothing.
  if (!sp?.name || BARE_PRONOUN.test(sp.name)) return false;
  return nameOrMentionMatches(sp.name, sp.mention ? [sp.mention] : [], gold, text);
}

/** The same rule for an entity seen through several mentions (a figure's claimant). */
export function nameOrMentionMatches(
  name: string,
  mentions: { start: number; end: number }[],
  gold: GoldSpeaker,
  text: string,
): boolean {
  if (mentions.some((m) => gold.speaker_spans.some(([s, e]) => m.start < e && s < m.end))) return true;
  if (gold.speaker_kind === 'pronoun') return false;
  const goldText = gold.speaker_spans.map(([s, e]) => text.slice(s, e)).join(' ');
  const goldWords = new Set(nameWords(goldText));
  const ours = nameWords(name);
  const last = ours[ours.length - 1];
  return last !== undefined && goldWords.has(last);
}

const BARE_PRONOUN = /^(he|she|it|they|who|him|her|them)$/i;

/** The words of a name, compared as the strict rule compares them (`bare`: a possessive's ending
 * taken off, so a gold source "Ryan’s" in "Ryan’s statement said" names Ryan). */
function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f'’-]+/)
    .map(bare)
    .filter((w) => w && !NAME_NOISE.test(w));
}

// ---------------------------------------------------------------------------------------------
// The strict speaker rule. The lenient rule above counts a speaker right when our mention overlaps
// the gold mention, whatever name the engine resolved it to; the reader sees the resolved name, so
// the strict rule compares that name with the person or body the gold mention names.

/** What a speaker mention refers to, read from its words: a proper name (the capitalised run a
 * reader would call the name, one per conjunct of "X and Y"), or a description whose head noun is
 * lower-case ("the senator", "a Trump adviser", "the Clinton campaign") or that names nobody in
 * particular ("a New Hampshire Democrat", with that run kept as `name`). */
export type Referent =
  | { kind: 'named'; names: string[][] }
  | { kind: 'described'; head: string; modifiers: Set<string>; name?: string[] }
  | { kind: 'none' };

/** How the strict rule judged one speaker. A gold pronoun cannot be checked: the gold leaves
 * pronouns unresolved and has no coreference. Nor can a gold description ("the senator") that the
 * engine resolved to a proper name: the gold does not say who the senator is. */
export type StrictVerdict = 'right' | 'wrong' | 'pronoun, not checkable' | 'description, not checkable';

/** What ends a mention's head noun phrase: an appositive, a relative clause, a parenthesis, a
 * quotation mark (a few gold spans run on into the quote). */
const CLAUSE_BREAK = /\s*(?:[,;:()[\]"“”]|\s[-–—]+\s|[–—]|\b(?:who|whom|whose|which|that)\b)\s*/u;
/** A prepositional phrase after the head ("Sen. X of Texas", "a spokesman for Y") modifies it. */
const PREPOSITION = /\s(?:of|for|from|at|in|on|to|with|by|under|near|about|inside|outside)\s/u;
/** Role words that make a bare title before "of" ("Secretary of State X", "Speaker of the House
 * Y", "former secretary of state X"): there the phrase after "of" still holds the name. */
const TITLE_WORD =
  /^(?:secretary|speaker|president|chairman|chairwoman|chair|director|minister|governor|mayor|head|leader|commissioner|attorney|general|chief|ambassador|chancellor|deputy|vice|prime|former|acting|then|executive)$/i;
/** Words that take a part of what follows "of" ("Many of X", "Supporters of X"): not a name's
 * first word. */
const PARTITIVE = /^(?:one|many|some|much|most|all|none|few|several|each|any|both|half|part|members?|\p{L}+[^su]s)$/u;
/** Honorifics, titles and the like that are no part of a person's name. */
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|gen|general|lt|col|adm|admiral|sgt|capt|captain|president|vice|secretary|speaker|chairman|chairwoman|minister|prime|mayor|judge|justice|congressman|congresswoman|sheriff|chief|professor|prof|rabbi|rev|reverend|pope|sheikh|sir|chancellor|ambassador|the|former|himself|herself|themselves)\.?$/i;
/** A generational suffix is not the surname ("Harry B. Harris Jr." is Harris). */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Determiners that make a description indefinite: "an angry X" may still name X. */
const INDEFINITE = /^(?:a|an|one|some|another|two|three|several|many|other|\d+)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
/** Capitalised nouns that describe rather than name: "the Utah Republican" is whoever that is. */
const GROUP_NOUN = /^(?:republicans?|democrats?|independents?|conservatives?|liberals?|progressives?|libertarians?)$/i;
/** Words after a head noun that start a post-modifier: "a source close to", "the report issued". */
const POST_MODIFIER = /^(?:[a-z]+(?:ed|ing)|close|familiar|known|just|last|this|next|earlier|later)$/;
/** Heads that are documents or messages: their author is who the reader needs to see. */
const DOCUMENT =
  /^(?:ad|ads|advert|advertisement|article|story|book|memoir|report|study|statement|letter|email|e-mail|memo|release|summary|card|projection|poll|survey|documents?|filing|opinion|website|page|post|tweet|video|analysis)$/i;
/** US states and their abbreviations, which follow a place after a comma ("in Worcester, Mass."). */
const STATE =
  /^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|d\.c\.|[a-z]{2,5}\.(?:[a-z]\.)?|[rdi]-\S+)$/i;
const TIME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$/i;
const capitalised = (w: string) => /^[\p{Lu}\d$]/u.test(w);

function tokens(s: string): string[] {
  return s
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !/^[.,"“”'‘’]+$/.test(w));
}

/** A word as compared: lower-case, without a possessive or edge punctuation. */
function bare(w: string): string {
  return w
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '')
    .replace(/\.$/, '');
}

/** The significant words of a name: no honorifics, no initials, no generational suffix. */
function nameCore(name: string[]): string[] {
  const words = name.map(bare);
  const core = words.filter((w) => w && !HONORIFIC.test(w) && !SUFFIX.test(w) && !/^\p{L}$/u.test(w));
  // "Mr. King", "Prince": a title word can be the name itself.
  return core.length > 0 ? core : words.filter((w) => w && !/^(?:mr|mrs|ms|miss|dr|the)$/.test(w)).slice(-1);
}

/** The capitalised run that ends `words` (the name, with "of"/"for" inside an organisation's
 * name), or null when the last word is lower-case. */
function trailingName(words: string[]): string[] | null {
  if (words.length === 0 || !capitalised(words[words.length - 1]!)) return null;
  let i = words.length - 1;
  const joins = (k: number) =>
    capitalised(words[k]!) ||
    /^(?:de|van|von|der|da|bin|al|la|le)$/.test(words[k]!) ||
    (/^(?:of|for|on|the)$/.test(words[k]!) && k > 0 && capitalised(words[k - 1]!));
  while (i > 0 && joins(i - 1)) i--;
  while (i < words.length - 1 && (DETERMINER.test(words[i]!) || /^(?:of|for|on|the)$/.test(words[i]!))) i++;
  return words.slice(i);
}

/** The head noun phrase of a mention: without a trailing prepositional phrase (unless the part
 * before it is a bare title, or an organisation's first word as in "Club for Growth"), and
 * without a participle or adjective that starts a post-modifier ("a source close to"). */
function headPhrase(segment: string): string {
  let phrase = segment;
  let from = 0;
  for (;;) {
    const m = PREPOSITION.exec(phrase.slice(from));
    if (!m) break;
    const at = from + m.index;
    const words = tokens(phrase.slice(0, at));
    const bareTitle =
      words.length > 0 && !words.some((w) => DETERMINER.test(w)) && words.every((w) => TITLE_WORD.test(bare(w)));
    const run = trailingName(words);
    const orgWord =
      run !== null &&
      !PARTITIVE.test(bare(run[0]!)) &&
      words.filter((w) => !DETERMINER.test(w)).length === run.length &&
      !GROUP_NOUN.test(bare(run[run.length - 1]!)) &&
      capitalised(tokens(phrase.slice(at + m[0].length))[0] ?? '') &&
      nameCore(run).length === 1 &&
      !words.some((w) => !DETERMINER.test(w) && HONORIFIC.test(bare(w)));
    if (bareTitle || orgWord) {
      from = at + m[0].length - 1;
      continue;
    }
    phrase = phrase.slice(0, at);
    break;
  }
  const words = tokens(phrase);
  // "released Thursday": a day or a month ends the phrase as a time, not as a name.
  while (words.length > 1 && TIME_WORD.test(words[words.length - 1]!)) words.pop();
  if (trailingName(words)) return words.join(' ');
  // Cut at the first post-modifier after a noun ("report issued", "source close", "Democrat familiar").
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    if (
      POST_MODIFIER.test(words[i]!) &&
      !DETERMINER.test(prev) &&
      !INDEFINITE.test(prev) &&
      !/^(?:his|her|its|their|our|my|your)$/i.test(prev)
    )
      return words.slice(0, i).join(' ');
  }
  return words.join(' ');
}

/** Reads a speaker mention (a gold span or our resolved name) as the referent a reader sees. */
export function referentOf(mention: string): Referent {
  // "the event organizer Alliance to Reclaim Our Schools (AROS)": a capitalised run whose
  // bracketed initials follow it, in order, and end the mention, with no appositive before it
  // ("Ann Cole, the Water Board (WB)" is Ann Cole), is one body's name, whatever connectors it holds.
  const acr = /^[^,]*?((?:\p{Lu}[\p{L}'’-]* (?:(?:and|to|of|for|on|the) )?)+)\((\p{Lu}{2,8})\)\W*$/u.exec(mention);
  const run = acr ? tokens(acr[1]!) : [];
  if (
    acr &&
    run
      .filter(capitalised)
      .map((w) => w[0])
      .join('') === acr[2]
  )
    return { kind: 'named', names: [run] };
  const segments = mention
    .replace(/\s(?:himself|herself|themselves|itself)\b/g, '')
    .split(CLAUSE_BREAK)
    .filter((s) => s.trim() !== '');
  if (segments.length === 0) return { kind: 'none' };
  const head = headPhrase(segments[0]!);
  const words = tokens(head);
  if (words.length === 0) return { kind: 'none' };
  const modifiers = new Set(tokens(mention).filter(capitalised).map(bare));
  // "X and Y": each conjunct a name of its own.
  const names = head.split(/\s+(?:and|&)\s+/).map((c) => trailingName(tokens(c)));
  const last = bare(words[words.length - 1]!);
  // A name right after a description is the referent ("Trump's lawyer, X,"), unless it is the
  // rest of a place ("in Worcester, Mass.").
  const next = segments[1] ? tokens(segments[1]) : [];
  const appositive =
    next.length > 0 &&
    next.length <= 5 &&
    next.every((w) => capitalised(w) || /^[A-Z]\.$/.test(w)) &&
    !STATE.test(next.join(' '))
      ? next
      : null;
  if (names.every((n) => n !== null)) {
    const run = names[names.length - 1]!;
    const descriptive = INDEFINITE.test(words[0]!) || GROUP_NOUN.test(last);
    if (!descriptive || names.length > 1) return { kind: 'named', names: names as string[][] };
    if (appositive) return { kind: 'named', names: [appositive] };
    return { kind: 'described', head: last, modifiers, name: run };
  }
  if (appositive) return { kind: 'named', names: [appositive] };
  return { kind: 'described', head: last, modifiers };
}

/** The initials of a long name ("Republican National Committee" -> "rnc"). */
function initials(core: string[]): string {
  return core
    .filter((w) => !/^(?:of|for|and|on)$/.test(w))
    .map((w) => w[0]!)
    .join('');
}

/** Whether two proper names name the same person or body: the same last significant word, and,
 * where both give a given name, the given name of one in the other ("Bill Clinton" is not
 * "Hillary Clinton"); a lone name may also be the other's first word ("Hillary", "Mr. Xi"); or
 * one is the other's acronym ("RNC"), or the same words in another order ("Department of
 * Justice"). */
export function sameName(a: string[], b: string[]): boolean {
  const ca = nameCore(a),
    cb = nameCore(b);
  if (ca.length === 0 || cb.length === 0) return false;
  const acronym = (x: string[], y: string[]) => x.length === 1 && y.length > 1 && x[0] === initials(y);
  if (acronym(ca, cb) || acronym(cb, ca)) return true;
  const set = (x: string[]) => [...new Set(x.filter((w) => !/^(?:of|for|on)$/.test(w)))].sort().join(' ');
  if (set(ca) === set(cb)) return true;
  if (loneFirst(a, ca, cb) || loneFirst(b, cb, ca)) return true;
  if (firstSurname(ca, cb) || firstSurname(cb, ca)) return true;
  if (ca[ca.length - 1] !== cb[cb.length - 1]) return false;
  if (ca.length < 2 || cb.length < 2) return true;
  return cb.includes(ca[0]!) || ca.includes(cb[0]!);
}

/** A lone name that is the other's first word: a given name ("Hillary" for "Hillary Clinton") or,
 * after an honorific, a family name written first ("Mr. Lou" for "Lou Jiwei"). Only for a
 * two-word name, so "Trump" is not "Trump Train" nor a headline that opens with a name. */
function loneFirst(raw: string[], lone: string[], other: string[]): boolean {
  if (lone.length !== 1 || other.length !== 2 || lone[0] !== other[0] || lone[0]!.includes('.')) return false;
  return forenameGender(lone[0]!) !== '' || raw.some((w) => /^(?:mr|mrs|ms|miss|dr)\.?$/i.test(w));
}

/** A lone surname that is the first of two surnames after a given name ("Ms. Acosta" for "Melba
 * Acosta Febo"): Spanish and Portuguese names are shortened to the first family name. */
function firstSurname(lone: string[], other: string[]): boolean {
  return (
    lone.length === 1 && other.length >= 3 && lone[0] === other[other.length - 2] && forenameGender(other[0]!) !== ''
  );
}

/** Heads of a description that are many people or a body, never one person ("the crowd"). */
const COLLECTIVE =
  /^(?:\p{L}+[^su]s|crowd|audience|group|party|campaign|committee|staff|team|board|town|city|website|panel|council|agency|office|administration|government|paper|newspaper|network|company|firm|public|media|press)$/u;

/** The strict verdict on our resolved `name` against the gold mention `goldText`. */
export function strictNameVerdict(
  name: string | null,
  goldText: string,
  goldKind: GoldQuote['speaker_kind'],
  /** The engine's kind for our speaker: a person cannot be a crowd. */
  oursKind?: string,
): StrictVerdict {
  if (goldKind === 'pronoun') return 'pronoun, not checkable';
  if (!name || BARE_PRONOUN.test(name)) return 'wrong';
  const gold = referentOf(goldText);
  const ours = referentOf(name);
  if (gold.kind === 'none' || ours.kind === 'none') return 'wrong';
  // A sentence's first word is capitalised: "Officials" as the gold is "officials" as ours.
  const head = (r: Referent) =>
    r.kind === 'described'
      ? r.head
      : r.kind === 'named' && r.names.length === 1
        ? (nameCore(r.names[0]!).pop() ?? null)
        : null;
  if (gold.kind === 'named') {
    if (ours.kind === 'described')
      return gold.names.length === 1 && gold.names[0]!.length === 1 && head(gold) === ours.head ? 'right' : 'wrong';
    return gold.names.some((g) => ours.names.some((o) => sameName(g, o))) ? 'right' : 'wrong';
  }
  // The gold describes: the same description is right ("a spokesman" as "spokesman").
  if (head(ours) === gold.head) return 'right';
  if (ours.kind === 'described') return 'wrong';
  if (gold.name && ours.names.some((o) => sameName(gold.name!, o))) return 'right';
  // A proper name for a description: the author for a document ("the Rove ad" as Rove), wrong
  // when it is another word of the description ("the Clinton campaign" as "Hillary Clinton"),
  // else the gold cannot say.
  const last = nameCore(ours.names[0]!).pop();
  if (last !== undefined && gold.modifiers.has(last)) return DOCUMENT.test(gold.head) ? 'right' : 'wrong';
  if (oursKind === 'person' && COLLECTIVE.test(gold.head)) return 'wrong';
  return 'description, not checkable';
}

/** The antecedent of a gold relative pronoun, which grammar fixes: the name that ends the words
 * right before it ("Gov. X, who said"); null for any other pronoun, or when those words end in
 * no name ("millions watching at home who"). */
export function relativeAntecedent(text: string, gold: GoldSpeaker): string | null {
  if (gold.speaker_kind !== 'pronoun' || gold.speaker_spans.length !== 1) return null;
  const [s, e] = gold.speaker_spans[0]!;
  if (!/^(?:who|which|that)$/i.test(text.slice(s, e).trim())) return null;
  const before = text
    .slice(Math.max(0, s - 160), s)
    .replace(/[\s,]+$/u, '')
    .split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|[A-Z]))[.;:!?]\s|[\n"“”—–(]/u)
    .pop()!;
  const run = trailingName(tokens(before));
  return run ? run.join(' ') : null;
}

/** The strict rule for one matched quote; a relative pronoun is judged by its antecedent. */
export function strictSpeakerVerdict(p: Quote, gold: GoldSpeaker, text: string): StrictVerdict {
  const antecedent = relativeAntecedent(text, gold);
  const goldText = antecedent ?? gold.speaker_spans.map(([s, e]) => text.slice(s, e)).join(' ');
  return strictNameVerdict(
    p.speaker?.name ?? null,
    goldText,
    antecedent ? 'named' : gold.speaker_kind,
    p.speaker?.kind,
  );
}
