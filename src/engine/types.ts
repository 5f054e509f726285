// The one definition of what the engine returns. The CLI prints it, the page layer paints it,
// the popup lists it: every consumer imports these types, none re-declares them.

/** What kind of block a piece of article text came from; some rules depend on it
 * (a block quote carries speech without marks, a heading is not a sentence of prose). */
export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'blockquote'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A block of the article: [start, end) into the article text. Blocks never overlap and
 * are in document order; the text between two blocks is a separator (usually "\n\n"). */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

// The kinds are lists as well as types, so that the checks on messages (shared/messages.ts)
// accept exactly what the engine can produce.
export const SPEAKER_KINDS = ['person', 'organization', 'group', 'document', 'unknown'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** The words in the text that name the speaker at one quote ("he", "Orlov", "the ministry"). */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** Where the engine found a quote's speaker, nearest first: a transcript's "NAME:" turn, the
 * quote's own sentence, another piece of the same quote, another sentence of its paragraph, the
 * paragraph before it, a lead-in ("X said in a statement:") over a run of quote paragraphs. */
export const EVIDENCE_PLACES = [
  'transcript',
  'sentence',
  'quote-piece',
  'paragraph',
  'paragraph-before',
  'lead-in',
  'none',
] as const;
export type EvidencePlace = (typeof EVIDENCE_PLACES)[number];

/** How a speaker was found, so a reader can check it. */
export interface SpeakerEvidence {
  place: EvidencePlace;
  /** The cue that attributes the quote ("said", "according to", ":"), if one was found. */
  cue: Mention | null;
  /** When the mention is a pronoun or a short form ("he", "the minister", "Orlov"): the mention
   * that introduced the entity ("Bulgarian Interior Minister Pavel Orlov"). */
  antecedent: Mention | null;
  /** For a speaker found in another sentence of the quote's paragraph: how many sentences before
   * the quote's own the mention stands (negative: after it), so a reader is told "2 sentences
   * back". Absent for every other place. */
  sentences?: number;
  /** The speaker is the article's writer: the first person ("I", "we") outside quotation marks. */
  writer?: boolean;
}

/** The id of the speaker of a quote the engine will not attribute: its speaker is unclear. */
export const UNCLEAR_SPEAKER_ID = 'unclear';

/** A speaker as seen from one quote: the resolved entity plus the mention that named it there.
 * When the engine is not sure who spoke, the speaker is unclear: id `UNCLEAR_SPEAKER_ID`, name
 * null, kind `unknown`, with the confidence and evidence of the best candidate it had. */
export interface QuoteSpeaker {
  /** Stable within one article: the same entity always has the same id. */
  id: string;
  /** The fullest form of the name the article gives ("Pavel Orlov"), without honorifics; null
   * when the speaker is unclear. */
  name: string | null;
  kind: SpeakerKind;
  /** Title or role kept apart from the name ("Bulgarian Interior Minister"), if the article gives one. */
  role: string | null;
  mention: Mention | null;
  /** How likely the attribution is right, 0..1 (a model fitted on PolNeAR train by `npm run train`). */
  confidence: number;
  evidence: SpeakerEvidence;
}

export type QuoteKind = 'direct' | 'reported';

export interface Quote {
  /** Character offsets into the article text; a direct quote's span includes its marks. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** A fragment quoted inside reported speech (He called it "a disaster"). */
  partial: boolean;
  /** Shared by the pieces of one quote that runs over several paragraphs. */
  group?: string;
  speaker: QuoteSpeaker | null;
}

export const FIGURE_KINDS = ['count', 'money', 'percent', 'measure', 'ordinal', 'year', 'date', 'other'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Figure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** Normalised value in the phrase's own unit ("4 million people" -> 4000000); null for vague
   * amounts ("dozens") and for dates. A range gives its low end here and its high end in `high`. */
  value: number | null;
  high?: number;
  /** The unit ("USD", "%", "km") or the thing counted ("terrorists"). */
  unit: string | null;
  /** Hedged ("some 6,000", "over 800") or vague ("tens of thousands"). */
  approximate: boolean;
  /** Speaker id of whoever claims the figure; null when it is the outlet's own statement. */
  claimedBy: string | null;
  /** How the figure came to its claimant, so a reader can check it; null for the outlet's own.
   * `analyze` always sets it (absent only on figures that have not been through it). */
  claim?: FigureClaim | null;
}

/** How a figure is tied to its claimant: it sits in a direct quote, in the content of a reported
 * claim, in a sentence that carries on the claim before it ("The report also found …", "It
 * also estimated …"), or past a reported clause's end in a sentence its cue attributes as a whole
 * ("According to X, A; B", "A, according to X, and B", "X found that A, while B"). */
export const CLAIM_VIAS = ['direct-quote', 'reported', 'carried-on', 'whole-sentence'] as const;
export type ClaimVia = (typeof CLAIM_VIAS)[number];

export interface FigureClaim {
  via: ClaimVia;
  /** Index in `Annotations.quotes` of the quote the figure sits in, or, carried on or in the whole
   * sentence, of the claim it belongs with. */
  quote: number;
  /** That quote's speaker confidence (0..1): a claimant is only as sure as the attribution it comes from. */
  confidence: number;
}

export interface Speaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  /** Other forms the article uses for this entity ("Orlov", "the minister", "he" excluded). */
  aliases: string[];
  quoteCount: number;
}

export interface Annotations {
  /** For HTML input: the article text that the offsets refer to. */
  text?: string;
  quotes: Quote[];
  figures: Figure[];
  speakers: Speaker[];
}
