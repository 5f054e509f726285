// Why a PolNeAR quote's speaker is wrong: each speaker miss on a split (train by default) is put in
// one bucket, and the no-candidate and wrong-candidate buckets are counted by the shape of the
// gold attribution around them, so the largest general patterns are found first.
//   node dist/tools/speaker-diagnose.js [train|dev] [--list bucket[:pattern]] [--max N]
// Buckets:
//   none        the engine found no speaker mention at all (nothing to resolve or abstain on)
//   abstained   the best candidate, named regardless of confidence, is right; the engine abstained
//   unresolved  the mention is a pronoun the resolver found no one for
//   pronoun     our mention is a pronoun elsewhere that resolved to someone else (resolution's job)
//   wrong       our mention is a name or descriptor that is not the gold speaker
import { analyze } from '../../src/engine/analyze';
import type { Quote } from '../../src/engine/types';
import { cueStrength } from '../../src/engine/speech-verbs';
import { bestOverlap, MATCH_SHARE, outermostDirect, speakerMatches, type PolnearSplit } from './eval-polnear';
import { readSharedJsonl } from './shared-data';

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speaker_spans: [number, number][];
  speaker_kind: 'pronoun' | 'named' | 'nominal' | null;
  speaker_in_same_paragraph: boolean;
  cue: string | null;
  mixed: boolean;
}

interface Article {
  id: string;
  text: string;
  quotes: (GoldQuote & { attribution?: string })[];
  attributions?: { id: string; cue_spans?: [number, number][] }[];
}

interface Miss {
  id: string;
  bucket: string;
  pattern: string;
  gold: GoldQuote;
  predicted: string;
  context: string;
  /** For the wrong bucket: how our mention stands against the gold speaker and cue. */
  cause: string;
  /** The engine named someone (did not abstain). */
  named: boolean;
}

/** The best-overlapping unused prediction for each gold quote (the eval's greedy matching). */
function match(gold: GoldQuote[], predicted: Quote[]): (Quote | null)[] {
  const used = new Set<Quote>();
  return gold.map((g) => {
    const { best, share } = bestOverlap(g, predicted, used);
    if (!best || share < MATCH_SHARE) return null;
    used.add(best);
    return best;
  });
}

/** Paragraph bounds (blank-line separated) around offset `at`. */
function paragraphAt(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n\n', at - 1);
  const e = text.indexOf('\n\n', at);
  return [s < 0 ? 0 : s + 2, e < 0 ? text.length : e];
}

/** A coarse shape of the gold attribution: where its speaker stands against the quote, the cue,
 * and how the text between them looks. */
function patternOf(text: string, g: GoldQuote): string {
  const sp = g.speaker_spans[0];
  if (!sp) return 'no-span';
  const [ps] = paragraphAt(text, g.start);
  const cue = (g.cue ?? '').toLowerCase().split(/\s+/).slice(0, 2).join(' ') || '-';
  if (sp[0] < ps) {
    // Speaker in an earlier paragraph: does the paragraph before end with a colon, does it hold
    // the speaker, is there a run of quote paragraphs between?
    const [prevS, prevE] = paragraphAt(text, ps - 3);
    const prev = text.slice(prevS, prevE).trimEnd();
    const where = sp[0] >= prevS ? 'prev-para' : 'earlier-para';
    const colon = prev.endsWith(':') ? 'colon' : /["”’]$/.test(prev) ? 'quote-end' : 'plain';
    return `${where} ${colon} opens=${g.start === ps ? 'y' : 'n'}`;
  }
  if (sp[0] >= paragraphAt(text, g.start)[1]) return 'later-para';
  const side = sp[0] >= g.end ? 'after' : 'before';
  const gap = side === 'after' ? text.slice(g.end, sp[0]) : text.slice(sp[1], g.start);
  const gapWords = gap.split(/\s+/).filter(Boolean).length;
  const gapShape = gapWords <= 1 ? 'adjacent' : gapWords <= 4 ? 'near' : 'far';
  return `${side} ${gapShape} cue=${cue}`;
}

/** How the gold cue reads to the engine: a speech verb, "according to", a colon, or anything else
 * (a verb of labelling or thinking: "called", "portrayed", "wants"). */
function cueKind(cue: string | null): string {
  const first = (cue ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
  if (!first) return 'none';
  if (first === ':' || first.endsWith(':')) return 'colon';
  if (first === 'according') return 'according';
  return cueStrength(first.replace(/[^a-z’']/g, '')) > 0 ? 'speech' : 'other';
}

/** Where our (wrong) mention stands against the gold speaker S, the gold cue C and the quote Q. */
function causeOf(
  g: GoldQuote,
  cue: [number, number] | undefined,
  mention: { start: number; end: number } | null,
  place: string,
): string {
  const kind = cueKind(g.cue);
  if (!mention) return `no-mention cue=${kind}`;
  if (place !== 'sentence') return `context:${place} gold=${g.speaker_in_same_paragraph ? 'same-para' : 'other-para'}`;
  const [s0, s1] = g.speaker_spans[0]!;
  if (/^(who|which|that)$/i.test(g.speaker ?? '')) return `gold-relative cue=${kind}`;
  const m0 = mention.start;
  if (m0 >= g.start && m0 < g.end) return `inside-quote cue=${kind}`;
  const sBefore = s0 < g.start;
  const mBefore = m0 < g.start;
  let rel: string;
  if (sBefore !== mBefore) rel = `opposite (gold ${sBefore ? 'before' : 'after'})`;
  else if (sBefore) {
    if (m0 < s0) rel = 'farther-before';
    else if (m0 < s1) rel = 'overlap';
    else if (cue && m0 < cue[0]) rel = 'between-speaker-and-cue';
    else rel = 'between-cue-and-quote';
  } else {
    if (m0 > s1) rel = 'farther-after';
    else if (m0 >= s0) rel = 'overlap';
    else rel = 'nearer-after';
  }
  return `${rel} cue=${kind}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const split = (args.find((a) => a === 'train' || a === 'dev') ?? 'train') as PolnearSplit;
  const listAt = args.indexOf('--list');
  const list = listAt >= 0 ? args[listAt + 1]! : null;
  const maxAt = args.indexOf('--max');
  const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 40;
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) throw new Error('no shared data');
  const misses: Miss[] = [];
  let scored = 0;
  for (const article of articles) {
    const { text } = article;
    const named = match(article.quotes, outermostDirect(analyze(text).quotes));
    const forced = match(article.quotes, outermostDirect(analyze(text, { abstain: false }).quotes));
    article.quotes.forEach((g, i) => {
      const p = named[i];
      if (!p || !g.speaker) return;
      scored++;
      if (speakerMatches(p, g, text)) return;
      const f = forced[i] ?? null;
      const sp = f?.speaker ?? null;
      let bucket: string;
      if (!sp) bucket = 'none';
      else if (speakerMatches(f!, g, text)) bucket = 'abstained';
      else if (/^(he|she|it|they|who|which)$/i.test(sp.name ?? '')) bucket = 'unresolved';
      else if (sp.mention && /^(he|she|it|they|who|his|her|its|their)$/i.test(sp.mention.text)) bucket = 'pronoun';
      else bucket = 'wrong';
      const attribution = article.attributions?.find((a) => a.id === g.attribution);
      const cause =
        bucket === 'wrong'
          ? causeOf(g, attribution?.cue_spans?.[0], sp?.mention ?? null, sp?.evidence.place ?? '-')
          : '';
      const from = Math.min(g.start, ...g.speaker_spans.map((s) => s[0]));
      const to = Math.max(g.end, ...g.speaker_spans.map((s) => s[1]));
      misses.push({
        id: article.id,
        bucket,
        pattern: patternOf(text, g),
        gold: g,
        predicted: sp ? `${sp.name} [${sp.mention?.text ?? ''}] ${sp.evidence.place} ${sp.confidence.toFixed(2)}` : '-',
        context: text
          .slice(Math.max(0, from - 80), Math.min(text.length, Math.min(to, from + 400) + 60))
          .replace(/\n+/g, ' ¶ '),
        cause,
        named: !!p.speaker?.name,
      });
    });
  }
  const count = (key: (m: Miss) => string, ms: Miss[]) => {
    const c = new Map<string, number>();
    for (const m of ms) c.set(key(m), (c.get(key(m)) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1]);
  };
  console.log(`${split}: ${misses.length} speaker misses of ${scored} scored quotes`);
  for (const [b, n] of count((m) => m.bucket, misses)) console.log(`  ${b.padEnd(11)} ${n}`);
  for (const bucket of ['none', 'wrong']) {
    const ms = misses.filter((m) => m.bucket === bucket);
    console.log(`\n${bucket}: by gold kind and pattern (top 25)`);
    for (const [p, n] of count((m) => `${m.gold.speaker_kind} ${m.pattern.replace(/ cue=.*/, '')}`, ms).slice(0, 25))
      console.log(`  ${String(n).padStart(4)}  ${p}`);
    const cues = count((m) => (m.gold.cue ?? '-').toLowerCase().split(/\s+/).slice(0, 2).join(' '), ms);
    console.log(
      `  gold cues: ${cues
        .slice(0, 20)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}`,
    );
  }
  const wrong = misses.filter((m) => m.bucket === 'wrong');
  const shown = wrong.filter((m) => m.named);
  console.log(`\nwrong and named (not abstained): ${shown.length}`);
  for (const [p, n] of count((m) => m.cause, shown)) console.log(`  ${String(n).padStart(4)}  ${p}`);
  console.log(`\nwrong: by where our mention stands against the gold speaker, cue and quote`);
  for (const [p, n] of count((m) => m.cause, wrong)) console.log(`  ${String(n).padStart(4)}  ${p}`);
  if (list) {
    const [bucket, pattern] = list.split(':');
    const ms = misses.filter(
      (m) =>
        m.bucket === bucket &&
        (!args.includes('--named') || m.named) &&
        (!pattern || m.pattern.includes(pattern) || m.cause.includes(pattern)),
    );
    console.log(`\n${ms.length} in ${list}:`);
    for (const m of ms.slice(0, max))
      console.log(
        `- ${m.named ? 'N ' : ''}${m.id.slice(15, 55)} @${m.gold.start} [${m.pattern}${m.cause ? ' | ' + m.cause : ''}] gold "${m.gold.speaker}" (${m.gold.speaker_kind}, cue "${m.gold.cue}") ours ${m.predicted}\n    ${m.context}`,
      );
  }
}

main();
