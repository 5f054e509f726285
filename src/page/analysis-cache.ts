// What the content script asks of the background, bounded: the article text sent is capped, and
// text already analysed (a re-read that found the same words, or a second run started while the
// first still waits on the background) is never sent again.
import type { Block } from '../engine/types';
import type { Analyzer } from './page-annotator';

/** The start of an article that fits in `max` characters, cut at the end of a block when one
 * ends in the first half of the cut (a paragraph is then painted whole or not at all). */
export function capArticle(
  text: string,
  blocks: Block[],
  max: number,
): { text: string; blocks: Block[]; capped: boolean } {
  if (text.length <= max) return { text, blocks, capped: false };
  let cut = max;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const end = blocks[i]!.end;
    if (end <= max) {
      if (end >= max / 2) cut = end;
      break;
    }
  }
  const kept: Block[] = [];
  for (const b of blocks) {
    if (b.start >= cut) break;
    kept.push(b.end <= cut ? b : { ...b, end: cut });
  }
  return { text: text.slice(0, cut), blocks: kept, capped: true };
}

type Answer = Awaited<ReturnType<Analyzer>>;

interface Entry {
  text: string;
  blocks: string;
  answer: Promise<Answer>;
}

/** Remembers the last few analyses by text (and blocks): the same request again gets the same
 * answer, whether it came back already or is still on its way. A failed analysis (null) is
 * forgotten, so a later read may try again. */
export class AnalysisCache {
  private entries: Entry[] = [];

  constructor(
    private readonly send: Analyzer,
    private readonly size = 2,
  ) {}

  readonly analyze: Analyzer = (text, blocks) => {
    // No fingerprint first: comparing strings compares their lengths first, and two texts of
    // one length in native code, while a hash walked the whole text in script on every read
    // (the first included, with nothing to compare it to).
    const key = blocks.map((b) => `${b.start},${b.end},${b.kind}`).join(';');
    const hit = this.entries.find((e) => e.text === text && e.blocks === key);
    if (hit) {
      this.entries = [hit, ...this.entries.filter((e) => e !== hit)];
      return hit.answer;
    }
    const entry: Entry = { text, blocks: key, answer: this.send(text, blocks) };
    this.entries = [entry, ...this.entries].slice(0, this.size);
    const forget = () => {
      this.entries = this.entries.filter((e) => e !== entry);
    };
    entry.answer.then((answer) => {
      if (!answer) forget();
    }, forget);
    return entry.answer;
  };
}
