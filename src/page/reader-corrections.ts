// The reader's corrections in the content script: read from storage.local for the page's canonical
// URL, and applied to the engine's answer before it is painted, each time the page is read (a
// reload, a re-render, a correction made in the popup or on the hover card). The card writes
// through here, only on the reader's own (trusted) clicks and keys, and every write is checked
// like a read (corrections-store.ts): the page's scripts get no say in what is stored.
import type { Annotations, Block } from '../engine/types';
import {
  applyCorrections,
  itemAnchors,
  MAX_STORED_TEXT,
  type PageCorrections,
  type ReaderReport,
} from '../shared/corrections';
import { editPageCorrections, type CorrectionsStore } from '../shared/corrections-store';
import type { Analyzer } from './page-annotator';
import type { CardCorrector } from './card-correction';

type Found = Omit<Annotations, 'text'>;

export class ReaderCorrections implements CardCorrector {
  private readonly reports = new WeakMap<Found, ReaderReport>();
  private readonly articles = new WeakMap<Found, { text: string; blocks: Block[] }>();
  /** Reports whose anchors are still to be worked out (a page without corrections paints
   * without them: only a popup or a card asks for them). */
  private readonly anchorsLater = new WeakSet<ReaderReport>();
  /** This page's corrections asked for ahead of the first answer (`prefetch`), taken by the
   * next analysis of the same page; a change of them stored since drops it. */
  private early: { key: string; page: Promise<PageCorrections | null> } | null = null;
  /** The corrections the last analysis applied, as stored (JSON of the items), under its key. */
  private applied: { key: string; items: string } | null = null;

  /** `store` is null where storage.local is unavailable: the engine's answer stands. */
  constructor(
    private readonly store: CorrectionsStore | null,
    private readonly keyOf: () => string,
  ) {}

  /** Asks storage for this page's corrections now, for the next analysis to use: the content
   * script asks once the page is read while the stored settings are still on their way, so the
   * answer comes in that wait instead of after the text is sent. */
  prefetch(): void {
    if (!this.store) return;
    try {
      const key = this.keyOf();
      this.early = { key, page: this.store.load(key).catch(() => null) };
    } catch {
      this.early = null;
    }
  }

  /** The analyzer that answers with the corrected annotations. */
  wrap(analyze: Analyzer): Analyzer {
    return async (text, blocks) => {
      // The text goes out first: the page's key is worked out while the engine works.
      const answer = analyze(text, blocks);
      // Whatever goes wrong with the corrections, the engine's answer is still painted.
      let key: string | null = null;
      try {
        key = this.keyOf();
      } catch {
        /* no key: no corrections */
      }
      const early = this.early?.key === key ? this.early.page : null;
      this.early = null;
      const [found, page] = await Promise.all([
        answer,
        early ?? (key !== null && this.store ? this.store.load(key).catch(() => null) : null),
      ]);
      if (!found || key === null) return found;
      try {
        const items = page?.items ?? [];
        this.applied = { key, items: JSON.stringify(items) };
        const { annotations, reader } = applyCorrections(found, text, key, items, false);
        if (!items.length) this.anchorsLater.add(reader);
        this.reports.set(annotations, reader);
        this.articles.set(annotations, { text, blocks });
        return annotations;
      } catch {
        return found;
      }
    };
  }

  /** Which items of these (corrected) annotations the reader changed. */
  readerOf(annotations: Found): ReaderReport | undefined {
    const reader = this.reports.get(annotations);
    const article = this.articles.get(annotations);
    if (reader && article && this.anchorsLater.has(reader)) {
      this.anchorsLater.delete(reader);
      Object.assign(reader, itemAnchors(annotations, article.text));
    }
    return reader;
  }

  /** The text these annotations were found in, for the popup to keep with the corrections (null
   * when it is longer than what is kept). */
  articleOf(annotations: Found): { key: string; text: string; blocks: Block[] } | null {
    const article = this.articles.get(annotations);
    const reader = this.readerOf(annotations);
    if (!article || !reader || article.text.length > MAX_STORED_TEXT) return null;
    return { key: reader.key, ...article };
  }

  /** Stores an edit of this page's corrections made on the card of an item of `annotations`, with
   * the article's text as the popup keeps it. False when storage refused (or there is none). */
  async edit(annotations: Found, title: string, edit: (page: PageCorrections) => PageCorrections): Promise<boolean> {
    const reader = this.readerOf(annotations);
    if (!reader || !this.store) return false;
    return editPageCorrections(this.store, reader.key, title, edit, this.articleOf(annotations)).then(
      () => true,
      () => false,
    );
  }

  /** Whether storage now holds other corrections for the page than the last analysis applied. A
   * change stored while the first analysis was under way (after its prefetch, before `watch` was
   * listening, or while the page was not yet painted) is otherwise heard by no one. */
  async changedSinceRead(): Promise<boolean> {
    const applied = this.applied;
    if (!applied || !this.store) return false;
    try {
      const page = await this.store.load(applied.key);
      return JSON.stringify(page?.items ?? []) !== applied.items;
    } catch {
      return false;
    }
  }

  /** Calls `fn` when this page's corrections change (the popup, the card or the options page wrote them). */
  watch(fn: () => void): () => void {
    return (
      this.store?.subscribe((url) => {
        if (url !== this.keyOf()) return;
        this.early = null; // asked for before this change: stale
        fn();
      }) ?? (() => undefined)
    );
  }
}
