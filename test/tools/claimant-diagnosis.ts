// node dist/tools/claimant-diagnosis.js [train|dev]: why figure claimants go wrong on PolNeAR.
// Each attributed figure the engine gets wrong (the same scoring as eval-reported.ts) goes into
// one bucket of why; so does each outlet's own figure that was given a claimant. The buckets say
// whose work a fix is: no clause found or a clause cut short is reported speech's, an unclear
// speaker is speaker finding's, the rest (wrong claim chosen, carrying on) is the claimants'.
// Writes every case with its context to eval-misses/claimants-<split>.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import type { Figure, Quote } from '../../src/engine/types';
import { nameOrMentionMatches, type GoldSpeaker, type PolnearSplit } from './eval-polnear';
import { isReportingCue, type Article, type GoldAttribution } from './eval-reported';
import { readSharedJsonl } from './shared-data';

const covered = (spans: [number, number][], start: number, end: number) =>
  spans.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
const spanLength = (spans: [number, number][]) => spans.reduce((n, [s, e]) => n + e - s, 0);
const sourceOf = (a: GoldAttribution): GoldSpeaker => ({ speaker_spans: a.source_spans, speaker_kind: a.source_kind });
const isSaying = (a: GoldAttribution) => a.form === 'direct' || isReportingCue(a.cue);

/** A sentence end (not after a title or an initial) or a paragraph break in the text. */
const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|[A-Z]))[.?!]["”’)]?\s+["“‘(]?[A-Z]|\n/;
/** A lead-in ending in a colon, then a paragraph break: what follows is a block quotation. */
const COLON_LEAD_IN = /:\s*\n/;

/** The kind of cue, for splitting the buckets: "according to", a verb of estimating or finding,
 * any other reporting verb, or none (a direct quotation without a reporting cue). */
function cueKind(cue: string | null): string {
  const c = (cue ?? '').toLowerCase();
  if (c.includes('according to')) return 'according-to';
  if (/\b(estimat|project|forecast|predict|calculat|found|find|count|tall)/.test(c)) return 'estimating';
  if (/\b(report|stud|survey|poll|analys)/.test(c)) return 'document';
  return isReportingCue(cue) ? 'saying' : 'no-reporting-cue';
}

/** Where the gold cue stands from the figure: in its sentence, or in an earlier or later one. */
function cuePlace(text: string, g: GoldAttribution, f: Figure): string {
  const cue = g.cue_spans[0] ?? g.source_spans[0];
  if (!cue) return 'no-cue';
  if (cue[1] <= f.start && COLON_LEAD_IN.test(text.slice(cue[0], f.start))) return 'colon-lead-in';
  if (cue[1] <= f.start)
    return SENTENCE_BREAK.test(text.slice(cue[1], f.start)) ? 'cue-earlier-sentence' : 'cue-before';
  if (cue[0] >= f.end) return SENTENCE_BREAK.test(text.slice(f.end, cue[0])) ? 'cue-later-sentence' : 'cue-after';
  return 'cue-around';
}

/** How the text attributes the figure, in the forms issue 13 names: a measuring verb whose subject
 * is the source ("X tallied 585"), a possessive source ("X's report said"), a block after a colon
 * lead-in, a later sentence that opens by carrying the source on ("The report also found …", "It
 * added …") or one that does not (the source only implied), or a cue in the figure's own sentence. */
function attributionForm(text: string, g: GoldAttribution, f: Figure): string {
  if (/\b(?:record|count|regist|tall|logg?(?:ed|s)\b|clock|measur)/i.test(g.cue ?? '')) return 'measuring verb';
  if (/['’]s?\s*$/.test(g.source ?? '') && !/^(?:he|she|it|that|there|who)['’]s$/i.test(g.source ?? ''))
    return 'possessive source';
  const place = cuePlace(text, g, f);
  if (place === 'colon-lead-in') return 'block after a colon lead-in';
  if (place !== 'cue-earlier-sentence') return "cue in the figure's sentence (or later)";
  const before = text.slice(0, f.start);
  const breaks = [...before.matchAll(new RegExp(SENTENCE_BREAK.source, 'g'))];
  const last = breaks[breaks.length - 1];
  const opening = last ? before.slice(last.index + last[0].length - 1) : before;
  return CARRY_ON_OPENING.test(opening)
    ? 'later sentence, opens by carrying the source on'
    : 'later sentence, source only implied';
}

/** A sentence opening that carries a source on: a pronoun or a determiner's noun, perhaps "also",
 * then a verb ("The report also found", "It added", "The agency said"). */
const CARRY_ON_OPENING =
  /^["“‘(]?(?:(?:it|they|he|she)|(?:the|this|that|these|those|its|their)(?:\s(?!that\b|which\b|who\b)[\w'’-]+){1,3})\s(?:also\s)?(?:\w+ed|\w+s|said|found|put|gave|told)\b/i;

export function diagnoseClaimants(split: PolnearSplit): { buckets: Map<string, number>; cases: unknown[] } | null {
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) return null;
  const buckets = new Map<string, number>();
  const cases: unknown[] = [];
  const count = (bucket: string, detail: object) => {
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    cases.push({ bucket, ...detail });
  };
  for (const article of articles) {
    const { text } = article;
    const ctx = (s: number, e: number) => text.slice(Math.max(0, s - 200), Math.min(text.length, e + 100));
    const result = analyze(text);
    const names = new Map(result.speakers.map((s) => [s.id, s.name]));
    const mentionsOf = new Map<string, { start: number; end: number }[]>();
    for (const q of result.quotes)
      if (q.speaker?.name && q.speaker.mention)
        mentionsOf.set(q.speaker.id, [...(mentionsOf.get(q.speaker.id) ?? []), q.speaker.mention]);
    const claimantIs = (id: string, g: GoldAttribution) =>
      nameOrMentionMatches(names.get(id) ?? '', mentionsOf.get(id) ?? [], sourceOf(g), text);
    for (const f of result.figures) {
      const inside = article.attributions.filter((a) => covered(a.content_spans, f.start, f.end) >= f.end - f.start);
      const claimQuote: Quote | undefined = f.claim ? result.quotes[f.claim.quote] : undefined;
      const detail = {
        id: article.id,
        figure: f.text,
        claimedBy: f.claimedBy ? (names.get(f.claimedBy) ?? f.claimedBy) : null,
        via: f.claim?.via ?? null,
        confidence: f.claim ? +f.claim.confidence.toFixed(2) : null,
        claim: claimQuote?.text.slice(0, 160) ?? null,
        claimCue: claimQuote?.speaker?.evidence.cue?.text ?? null,
        // The claim's words before the figure and after it: what a rule on the clause's grammar reads.
        claimBefore: claimQuote ? text.slice(claimQuote.start, f.start) : null,
        claimAfter: claimQuote ? text.slice(f.end, claimQuote.end) : null,
        cueBefore: claimQuote?.speaker?.evidence.cue ? claimQuote.speaker.evidence.cue.start < claimQuote.start : null,
        kind: f.kind,
        context: ctx(f.start, f.end),
      };
      if (inside.length === 0) {
        // Split by where the claim's cue stands: a cue after the clause ("…, according to X") most often
        // marks a gold annotation gap; a cue before it, a false or overlong clause.
        if (f.claimedBy !== null)
          count(
            `own: given a claimant via ${f.claim?.via ?? '?'}${detail.cueBefore === null ? '' : detail.cueBefore ? ' (cue before)' : ' (cue after)'}`,
            {
              ...detail,
              // Whether the claim is a gold attribution at all (the figure then lies outside its
              // content: an aside or a clause that runs on) or a false clause.
              claimIsGold: claimQuote
                ? article.attributions.some((a) => covered(a.content_spans, claimQuote.start, claimQuote.end) > 0)
                : null,
              // Where the figure lies from the gold content the claim overlaps: before it (the clause
              // starts early), after it (the clause runs on), or in a gap of it (an aside left out).
              goldPlace: claimQuote
                ? article.attributions
                    .filter((a) => covered(a.content_spans, claimQuote.start, claimQuote.end) > 0)
                    .map((a) => {
                      const s = Math.min(...a.content_spans.map(([x]) => x));
                      const e = Math.max(...a.content_spans.map(([, y]) => y));
                      return f.end <= s ? 'before' : f.start >= e ? 'after' : 'gap';
                    })
                    .join(',')
                : null,
              goldContent: claimQuote
                ? article.attributions
                    .filter((a) => covered(a.content_spans, claimQuote.start, claimQuote.end) > 0)
                    .map((a) =>
                      a.content_spans
                        .map(([x, y]) => text.slice(x, y))
                        .join(' … ')
                        .slice(0, 200),
                    )
                : null,
            },
          );
        continue;
      }
      const sayings = inside.filter(isSaying).sort((a, b) => spanLength(a.content_spans) - spanLength(b.content_spans));
      const saying = sayings[0];
      if (!saying || !saying.source) continue;
      if (f.claimedBy && names.get(f.claimedBy) !== undefined && claimantIs(f.claimedBy, saying)) {
        cases.push({ bucket: 'right', ...detail });
        continue;
      }
      const gold = {
        ...detail,
        goldForm: saying.form,
        cue: saying.cue,
        goldSource: saying.source,
        attributionForm: attributionForm(text, saying, f),
        gold: saying.content_spans
          .map(([s, e]) => text.slice(s, e))
          .join(' … ')
          .slice(0, 200),
      };
      const kind = cueKind(saying.cue);
      if (f.claimedBy) {
        // A claimant, but the wrong one.
        const outer = sayings.slice(1).some((a) => a.source && claimantIs(f.claimedBy!, a));
        if (outer) count(`wrong: nested claim given the outer one (${f.claim!.via})`, gold);
        else if (f.claim!.via === 'carried-on') count('wrong: carried on from the wrong claim', gold);
        else count(`wrong: covering ${f.claim!.via} claim has the wrong source`, gold);
        continue;
      }
      const covering = result.quotes.filter((q) => q.start <= f.start && f.end <= q.end);
      if (covering.length > 0) {
        const named = covering.filter((q) => q.speaker?.name);
        if (named.length === 0) {
          const innermost = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
          count(`none: covering claim's speaker unclear (${kind}; ${whyUnclear(innermost, saying, text)})`, {
            ...gold,
            unclearMention: innermost.speaker?.mention
              ? text.slice(innermost.speaker.mention.start, innermost.speaker.mention.end)
              : null,
            unclearConfidence: innermost.speaker ? +innermost.speaker.confidence.toFixed(2) : null,
          });
          continue;
        }
        count(
          named.every((q) => /^add/i.test(q.speaker!.evidence.cue?.text ?? ''))
            ? 'none: covering clause is what "add" takes as its object (no speech)'
            : "none: covering claim named, figure left out (a writer's aside)",
          gold,
        );
        continue;
      }
      // No engine quote holds the figure: is there one on the gold content that stops short of it?
      const partial = result.quotes.find((q) => covered(saying.content_spans, q.start, q.end) > 0);
      const place = cuePlace(text, saying, f);
      if (partial)
        count(`none: clause found, figure outside its span (${kind}, ${place})`, {
          ...gold,
          // The clause found and what stands between it and the figure: cut short, or another claim.
          found: partial.text.slice(0, 200),
          foundKind: partial.kind,
          foundSpeaker: partial.speaker?.name ?? null,
          foundCue: partial.speaker?.evidence.cue?.text ?? null,
          between:
            partial.end <= f.start
              ? text.slice(partial.end, f.start).slice(-200)
              : text.slice(f.end, partial.start).slice(0, 200),
        });
      else if (place === 'cue-earlier-sentence' || place === 'colon-lead-in')
        count(
          `none: ${place === 'colon-lead-in' ? 'block after a colon lead-in' : 'carried-on sentence'}, no clause (${kind})`,
          gold,
        );
      else count(`none: no clause found (${kind}, ${place}, ${saying.form})`, gold);
    }
  }
  return { buckets, cases };
}

/** Why the quote that holds a figure has no named speaker, for its bucket: its kind (only direct
 * quotes abstain: a reported clause without a sure source is dropped), then whether it had no
 * candidate at all, a pronoun the resolver found no one for, or a candidate below the confidence
 * threshold that was the gold source (the threshold's or the features' fault) or was not (the
 * candidate search's fault). */
function whyUnclear(q: Quote, gold: GoldAttribution, text: string): string {
  const mention = q.speaker?.mention;
  if (!q.speaker || !mention) return `${q.kind}, no candidate`;
  if (/^(?:he|she|it|they|him|her|them|i|we|you)$/i.test(text.slice(mention.start, mention.end).trim()))
    return `${q.kind}, pronoun left unresolved or below threshold`;
  return nameOrMentionMatches('', [mention], sourceOf(gold), text)
    ? `${q.kind}, below threshold, candidate was the gold source`
    : `${q.kind}, below threshold, candidate not the gold source`;
}

/** A claimant that is only a document's noun, with no issuer ("poll", "new study", "filings"). */
const BARE_DOCUMENT =
  /^(?:(?:the|a|an|new|latest|recent|same) )*(?:report|study|survey|poll|analysis|review|audit|paper|memo|data|findings|research|document|statement|letter|complaint|lawsuit|filing|book|article|story|release|estimate|projection|forecast|census|index|results|figures|records)s?$/i;

/** Whose work a bucket's fix is: finding reported clauses and their boundaries (reported speech),
 * naming a claim's or a quote's source (speakers), or choosing among claims (claimants). */
function ownerOf(bucket: string): string {
  if (/no clause|outside its span|via reported/.test(bucket))
    return 'reported speech (clause missing, cut short or false)';
  if (/speaker unclear|wrong source|via direct-quote/.test(bucket))
    return 'sources (a claim or quote with an unclear or wrong source; a false direct quote)';
  return 'claimants (carrying on, nesting, asides)';
}

function main(): void {
  const split = (process.argv[2] ?? 'train') as PolnearSplit;
  const d = diagnoseClaimants(split);
  if (!d) {
    console.log('shared data missing');
    process.exitCode = 1;
    return;
  }
  // How sure the engine was of the claims it made, right and wrong (for a threshold on claims).
  const bins = new Map<string, number[]>();
  for (const c of d.cases as { bucket: string; via: string | null; confidence: number | null }[]) {
    if (c.confidence === null || c.via === null) continue;
    const outcome = c.bucket === 'right' ? 'right' : c.bucket.startsWith('own') ? 'own' : 'wrong';
    const key = `${c.via.padEnd(12)} ${outcome.padEnd(5)}`;
    const row = bins.get(key) ?? new Array<number>(10).fill(0);
    row[Math.min(9, Math.floor(c.confidence * 10))]!++;
    bins.set(key, row);
  }
  console.log('claims by confidence (tenths 0.0 .. 0.9):');
  for (const [key, row] of [...bins].sort()) console.log(`  ${key} ${row.map((n) => String(n).padStart(5)).join('')}`);
  const total = [...d.buckets.values()].reduce((a, b) => a + b, 0);
  console.log(`claimant errors on ${split}: ${total}`);
  for (const [bucket, n] of [...d.buckets].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(5)}  ${bucket}`);
  // The outlet's own figures given a claimant, by what the claim is to the gold: no attribution at
  // all (a false clause), or one whose content the figure lies before (the clause starts early),
  // after (it runs on) or in a gap of (an aside the annotators left out).
  const places = new Map<string, number>();
  for (const c of d.cases as { bucket: string; claimIsGold?: boolean | null; goldPlace?: string | null }[]) {
    if (!c.bucket.startsWith('own') || c.claimIsGold === undefined || c.claimIsGold === null) continue;
    const place = c.goldPlace?.split(',')[0];
    const key = !c.claimIsGold
      ? 'false clause (no gold attribution)'
      : place === 'gap'
        ? 'figure in a gap of the gold content (an aside left out)'
        : place === 'before'
          ? 'figure before the gold content (the clause starts early)'
          : 'figure after the gold content (the clause runs on)';
    places.set(key, (places.get(key) ?? 0) + 1);
  }
  console.log("outlet's own figures given a claimant, by what the claim is to the gold:");
  for (const [key, n] of [...places].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${key}`);
  // The attributed figures' errors again, by cause as the claimant tasks name them: (a) no clause
  // found, (b) a clause that stops short of the figure, (c) a reported claim with the wrong or no
  // source, or the figure left out as an aside, (d) a later sentence that should carry the source
  // on, (e) a direct quote with the wrong or no speaker.
  const causes = new Map<string, number>();
  for (const [bucket, n] of d.buckets) {
    if (bucket.startsWith('own')) continue;
    const cause = /no clause found/.test(bucket)
      ? '(a) no clause found'
      : /carried|colon|other-sentence|earlier-sentence|later-sentence/.test(bucket)
        ? '(d) a later sentence carrying the source on'
        : /outside its span/.test(bucket)
          ? '(b) clause found, figure outside it'
          : /direct/.test(bucket)
            ? '(e) direct quote, wrong or no speaker'
            : '(c) claim found, wrong or no source, or an aside';
    causes.set(cause, (causes.get(cause) ?? 0) + n);
  }
  console.log('attributed figures wrong, by cause:');
  for (const [cause, n] of [...causes].sort()) console.log(`  ${String(n).padStart(5)}  ${cause}`);
  // The same misses by how the text attributes the figure, crossed with what the engine gave it.
  const forms = new Map<string, number>();
  for (const c of d.cases as { bucket: string; attributionForm?: string }[]) {
    if (!c.attributionForm) continue;
    const outcome = c.bucket.startsWith('wrong')
      ? 'wrong claimant'
      : /speaker unclear/.test(c.bucket)
        ? 'none, speaker unclear'
        : /figure left out|what "add"/.test(c.bucket)
          ? 'none, inside a found named claim'
          : /outside its span/.test(c.bucket)
            ? 'none, clause found short of it'
            : 'none, no clause';
    const key = `${c.attributionForm} / ${outcome}`;
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  console.log('attributed figures wrong, by form of attribution / what the engine gave:');
  for (const [key, n] of [...forms].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${key}`);
  const owners = new Map<string, number>();
  for (const [bucket, n] of d.buckets) owners.set(ownerOf(bucket), (owners.get(ownerOf(bucket)) ?? 0) + n);
  console.log('by whose work a fix is:');
  for (const [owner, n] of [...owners].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${owner}`);
  // Claims the eval counts right that a reader would want named by the document's issuer.
  const bare = (d.cases as { bucket: string; claimedBy: string | null }[]).filter(
    (c) => c.claimedBy && BARE_DOCUMENT.test(c.claimedBy),
  );
  const bareRight = bare.filter((c) => c.bucket === 'right').length;
  console.log(
    `claimed by a bare document noun ("poll", "study"): ${bare.length} (${bareRight} of them right by the eval)`,
  );
  const outDir = path.resolve(process.cwd(), 'eval-misses');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, `claimants-${split}.json`), JSON.stringify(d.cases, null, 1));
}

if (require.main === module) main();
