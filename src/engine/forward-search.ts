// A global regex searched forward, block after block, over one article. A search that finds
// nothing inside its block reads on to the next match (or the end of the text); remembering
// where that was answers the following blocks at once instead of re-reading the same stretch.
// Without it, many short blocks before a long run without the character cost k × length
// (found by the hostile-input suite).

export class ForwardSearch {
  private text: string | null = null;
  private from = 0; // the last search started here
  private at = -1; // ... and its first match is here (-1: none up to the end of the text)

  /** `pattern` must be global (/g) and match single characters. One instance per article. */
  constructor(private readonly pattern: RegExp) {}

  /** Index of the first match at or after `from`, or -1 when there is none. */
  next(text: string, from: number): number {
    if (text === this.text && from >= this.from && (this.at === -1 || this.at >= from)) return this.at;
    this.pattern.lastIndex = from;
    const match = this.pattern.exec(text);
    this.text = text;
    this.from = from;
    this.at = match ? match.index : -1;
    return this.at;
  }
}
