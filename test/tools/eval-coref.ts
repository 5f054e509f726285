// A silver test of pronoun resolution. PolNeAR's gold leaves pronoun speakers unresolved, and its
// scorer counts "he" right whoever the engine takes him to be, so resolution is tested another
// way: where a quote's gold speaker is a person the article has already named in full, with a
// gender the article shows (an honorific, or a given name on the forename lists), the speaker's
// mention is replaced by "he" or "she" and the engine must resolve the pronoun back to that
// person. Writers use a name where a pronoun would be unclear, so this is harder than real text;
// it measures changes to resolution, not the rate a reader sees.
import type { Annotations, Quote } from '../../src/engine/types';
import { forenameGender } from '../../src/engine/forenames';
import type { EvalReport } from './eval-report';
import { readSharedJsonl } from './shared-data';
import type { PolnearSplit } from './eval-polnear';

interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  speaker_spans: [number, number][];
  speaker_kind: string | null;
}
interface Article {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

/** At most this many replacements an article, so long articles do not dominate. */
const PER_ARTICLE = 3;
const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = { 'Mr.': 'm', 'Mrs.': 'f', 'Ms.': 'f' };

export function evalCoref(
  extract: (text: string) => Annotations,
  split: PolnearSplit,
  /** Called for each pronoun quote the engine named someone for, with whether it is the person. */
  onNamed?: (quote: Quote, right: boolean) => void,
  /** Called after each edited article is analysed, with where the pronoun stands in it and the
   * surname of the person it stands for (for fitting the pronoun salience table). */
  onPronoun?: (at: number, surname: string) => void,
  /** Replacements an article (PER_ARTICLE unless given). */
  perArticle = PER_ARTICLE,
): EvalReport | null {
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) return null;
  let total = 0,
    right = 0,
    unclear = 0;
  const misses: unknown[] = [];
  const causes = new Map<string, number>();
  for (const article of articles) {
    let used = 0;
    for (const gold of article.quotes) {
      if (used >= perArticle) break;
      const target = replaceable(article.text, gold);
      if (!target) continue;
      used++;
      const { text } = article;
      const pronoun = target.gender === 'f' ? 'she' : 'he';
      const [s, e] = target.span;
      // Sentence-initial mentions keep their capital.
      const word = sentenceStart(text, s) ? pronoun[0]!.toUpperCase() + pronoun.slice(1) : pronoun;
      const edited = text.slice(0, s) + word + text.slice(e);
      const shift = word.length - (e - s);
      const at = (i: number) => (i >= e ? i + shift : i);
      const found = extract(edited).quotes;
      onPronoun?.(s, target.surname);
      const quote = found.find((q) => q.kind === 'direct' && q.start < at(gold.end) && at(gold.start) < q.end);
      total++;
      const name = quote?.speaker?.name ?? null;
      if (name === null) {
        unclear++;
        count(causes, 'unclear');
        continue;
      }
      // "Harry B. Harris Jr." is Harris: a generational suffix is not the surname.
      const surname = name
        .replace(/,? (?:Jr\.?|Sr\.?|II|III|IV)$/, '')
        .split(' ')
        .pop()!;
      onNamed?.(quote!, surname.toLowerCase() === target.surname.toLowerCase());
      if (surname.toLowerCase() === target.surname.toLowerCase()) {
        right++;
        continue;
      }
      const cause = missCause(edited, s, target, quote!, found);
      count(causes, cause);
      misses.push({
        id: article.id,
        cause,
        expected: target.full,
        got: name,
        context: edited.slice(Math.max(0, s - 200), s + 80),
      });
    }
  }
  const named = total - unclear;
  return {
    name: `coref-${split}`,
    metrics: { pronounResolution: right / Math.max(1, total), pronounRightWhenNamed: right / Math.max(1, named) },
    summary: [
      `${total} pronouns put in place of a named speaker: resolved right ${pct(right, total)}, unclear ${pct(unclear, total)}, right when named ${pct(right, named)}`,
      '  what went wrong (see missCause):',
      ...[...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `    ${String(n).padStart(5)}  ${c}`),
    ],
    misses,
  };
}

/** Why a pronoun went to the wrong entity, read from the outside (the engine's answer and the
 * text), so the buckets show which general cause to fix first:
 * - unresolved: the pronoun stayed "he"/"she";
 * - non-person: it went to an organisation, group or a name of unknown kind;
 * - wrong gender: to a person whose given name has the other gender;
 * - not joined: to the right person under another name (given name only, another spelling);
 * - too far: the person was last named more than FAR characters before the pronoun;
 * - not salient: the person was near, another one was preferred; split by whether the person
 *   was the speaker of the quote just before (the current speaker) and whether the one chosen
 *   was named closer to the pronoun than the person (the nearest capitalised words). */
function missCause(
  text: string,
  at: number,
  target: { surname: string; full: string; gender: 'm' | 'f' },
  quote: Quote,
  quotes: Quote[],
): string {
  const sp = quote.speaker!;
  const name = sp.name!;
  if (/^(?:he|she)$/i.test(name)) return 'unresolved';
  if (sp.kind !== 'person') return `non-person (${sp.kind})`;
  const given = forenameGender(name.split(' ')[0]!);
  if (given && given !== target.gender) return 'wrong gender';
  const fullWords = new Set(target.full.toLowerCase().split(' '));
  if (
    name
      .toLowerCase()
      .split(' ')
      .some((w) => fullWords.has(w))
  )
    return 'not joined';
  const lastAt = (word: string) => {
    const re = new RegExp(`\\b${escape(word)}\\b`, 'g');
    let last = -1;
    for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) last = m.index;
    return last;
  };
  const targetAt = lastAt(target.surname);
  if (targetAt < 0 || at - targetAt > FAR) return 'too far';
  const before = quotes.filter((q) => q.kind === 'direct' && q.end <= quote.start && q.speaker?.name).pop();
  const current = before?.speaker?.name?.endsWith(target.surname) === true;
  const chosenAt = lastAt(name.split(' ').pop()!);
  const nearer = chosenAt > targetAt;
  return `not salient (${current ? 'was the current speaker' : 'not the current speaker'}, chosen ${nearer ? 'nearer' : 'farther'})`;
}

/** Characters back beyond which an antecedent counts as too far (about three short paragraphs). */
const FAR = 800;

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The gold speaker's mention when it is a person named in full earlier with a known gender. */
function replaceable(
  text: string,
  gold: GoldQuote,
): { span: [number, number]; surname: string; full: string; gender: 'm' | 'f' } | null {
  if (gold.speaker_kind !== 'named' || gold.speaker_spans.length !== 1) return null;
  const [s, e] = gold.speaker_spans[0]!;
  const mention = text.slice(s, e);
  // Only a short mention that is just a name ("Clinton", "Mr. Obama", "Hillary Clinton").
  if (!/^(?:(?:Mr|Mrs|Ms|Dr)\. )?(?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+$/u.test(mention)) return null;
  const words = mention.split(' ');
  const surname = words[words.length - 1]!.replace(/['’]s$/, '');
  // The person named in full before the mention: "<Given> <Surname>".
  const before = text.slice(0, s);
  const full = new RegExp(`\\b(\\p{Lu}[\\p{Ll}]+) (?:\\p{Lu}\\. )?${escape(surname)}\\b`, 'u').exec(before);
  // "North Korea", "South Carolina": the forename lists hold "North" and "South", but a
  // country or a state is no "he".
  if (!full || /^(?:North|South|East|West) /.test(full[0])) return null;
  const gender = HONORIFIC_GENDER[words[0]!] ?? forenameGender(full[1]!);
  if (gender !== 'm' && gender !== 'f') return null;
  return { span: [s, e], surname, full: full[0], gender };
}

/** True when position `s` opens a sentence: the text before it ends a sentence or a paragraph. */
function sentenceStart(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 4), s).replace(/[ \t]+$/, '');
  return before === '' || /(?:[.!?]["”’']?|\n)$/.test(before);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}
