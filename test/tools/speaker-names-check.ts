// Never a non-speaker: runs the engine over every PolNeAR train and dev article and every page in
// ../shared/pages/dev, and lists each speaker the engine names (direct and reported quotes) that
// cannot be a referring expression: one that starts with a verb, modal or function word, holds a
// digit, a month or a weekday, is a lone place name, a headline in capitals, or the title of a
// work quoted elsewhere in the same text.
//   node dist/tools/speaker-names-check.js [--all]    (--all: every hit, not the first 12 per cause)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { extractHtml } from '../../src/cli/extract';
import type { Annotations } from '../../src/engine/types';
import { readSharedJsonl, sharedDir } from './shared-data';

/** Words that never open a person's or an organisation's name. */
const FUNCTION_WORDS = new Set(
  (
    'can could would should will shall may might must do does did is are was were be been has have had ' +
    'not no yes if when why how what where which whether who whom whose that this these those there here ' +
    'and or but nor so yet because although though while as than then since until unless ' +
    'in on at of for with to from by about into over under after before during against between ' +
    'i we you me us my our your it its let leave please ask get go make take give tell say says said'
  ).split(' '),
);
const DETERMINERS = new Set('this these those that its my our your'.split(' '));
const MONTHS =
  /\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** Places that a sentence names as a place far more often than as a speaker: the US states and
 * some countries and cities the news data is full of. A lone one of these as a speaker's whole
 * name is suspect (a government speaking through its capital is rare in these texts). */
const PLACES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming ' +
    'washington boston chicago philadelphia manhattan brooklyn queens miami denver houston dallas atlanta cleveland ' +
    'london paris berlin moscow beijing tokyo syria iraq iran mexico canada europe asia africa america'
  ).split(' '),
);

interface Hit {
  source: string;
  cause: string;
  name: string;
  mention: string;
  place: string;
  kind: string;
  context: string;
}

/** Why a named speaker cannot be a referring expression (a cause as listed above), or null. */
export function causeOf(name: string, mention: string, text: string): string | null {
  const words = name.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[’']s$/, '');
  const mentionFirst = (mention.split(/\s+/)[0] ?? '').toLowerCase();
  // The mention may open with a determiner or possessive ("this source", "its website"); not with
  // a preposition, a modal or a wh-word ("on Twitter", "When Trump"). A pronoun resolved to
  // someone is read through its antecedent ("I" and "we": the article's writer).
  if (FUNCTION_WORDS.has(first) || (FUNCTION_WORDS.has(mentionFirst) && !DETERMINERS.has(mentionFirst)))
    if (!/^(?:he|she|they|it|who|i|we)$/i.test(mention)) return 'function-word';
  if (/\d/.test(name)) return 'digit';
  if (MONTHS.test(name)) return 'month';
  if (PLACES.has(name.toLowerCase())) return 'place';
  if (words.length >= 3 && name === name.toUpperCase() && /\p{Lu}/u.test(name)) return 'capitals';
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]!) && /(?:ed|ing)$/.test(last)) return 'verb-end';
  if (
    words.length >= 2 &&
    new RegExp(`["“‘']${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[,.]?["”’'](?!s\\b)`).test(text)
  )
    return 'quoted-title';
  return null;
}

function check(source: string, text: string, annotations: Annotations, hits: Hit[]): number {
  let named = 0;
  for (const q of annotations.quotes) {
    const sp = q.speaker;
    if (!sp?.name) continue;
    named++;
    const mention = sp.mention?.text ?? '';
    const cause = causeOf(sp.name, mention, text);
    if (!cause) continue;
    const at = sp.mention?.start ?? q.start;
    hits.push({
      source,
      cause,
      name: sp.name,
      mention,
      place: sp.evidence.place,
      kind: q.kind,
      context: text
        .slice(Math.max(0, Math.min(at, q.start) - 60), Math.min(text.length, at + 120))
        .replace(/\s+/g, ' '),
    });
  }
  return named;
}

function main(): void {
  const all = process.argv.includes('--all');
  const hits: Hit[] = [];
  let named = 0;
  for (const split of ['train', 'dev']) {
    const articles = readSharedJsonl<{ id: string; text: string }>(`eval/polnear-${split}.jsonl`) ?? [];
    for (const a of articles) named += check(a.id, a.text, analyze(a.text), hits);
  }
  const pages = path.join(sharedDir() ?? '', 'pages', 'dev');
  for (const file of fs.existsSync(pages) ? fs.readdirSync(pages) : []) {
    if (!file.endsWith('.html')) continue;
    const out = extractHtml(fs.readFileSync(path.join(pages, file), 'utf8'));
    if (out) named += check(`page:${file}`, out.text, out, hits);
  }
  const causes = new Map<string, Hit[]>();
  for (const h of hits) causes.set(h.cause, [...(causes.get(h.cause) ?? []), h]);
  console.log(`${hits.length} implausible names among ${named} named speakers`);
  for (const [cause, hs] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n${cause}: ${hs.length}`);
    for (const h of all ? hs : hs.slice(0, 12))
      console.log(`  "${h.name}" [${h.mention}] ${h.place} ${h.kind}  ${h.source.slice(0, 50)}\n      ${h.context}`);
  }
}

// Also imported by the news-styles check for `causeOf`: run only as the tool itself. Bundled into
// another tool, `require.main === module` holds there too, so the script's own name decides.
if (/speaker-names-check\.[jt]s$/.test(process.argv[1] ?? '')) main();
