// Everything the content script does to one page: find the article, run the engine over its
// text, turn engine spans into DOM ranges, paint them, answer hovers and focus requests. It knows
// nothing of the extension APIs (content.ts wires those), so it can be driven directly in tests.
import { chainLine, confidenceLabel, evidenceChain, evidenceLine, figureEvidenceLine } from '../shared/evidence';
import { attributionSpans } from './evidence-highlight';
import type { Annotations, Block, Figure, Quote, Speaker } from '../engine/types';
import { chooseArticleSteps, surveyPageSteps } from './article';
import { runInSlices } from './dom-walk';
import { mark, timedTask } from './timing';
import type { TextIndex } from './text-index';
import { Highlighter, pageTheme, type PaintStyle } from './highlights';
import { HoverCard, type CardContent } from './hover-card';
import { caretPointAt, RangeLayer } from './hit-test';
import { describeFigure, isCalendarFigure } from '../shared/figure-format';
import { t } from '../shared/i18n';
import { capArticle } from './analysis-cache';
import { looksEnglish } from './language';
import { readerCorrectionOf } from '../shared/corrections';
import { cardCorrection, type CardCorrector } from './card-correction';

export interface PaintOptions {
  kinds: { direct: boolean; reported: boolean; figures: boolean; dates: boolean };
  style: PaintStyle;
}

/** Runs the engine over an article's text and blocks. */
export type Analyzer = (text: string, blocks: Block[]) => Promise<Omit<Annotations, 'text'> | null>;

type Hit = { kind: 'quote'; quote: Quote } | { kind: 'figure'; figure: Figure };

export interface AnnotationResult {
  /** The article's body container, watched for later changes. */
  root: Element;
  title: string;
  annotations: Omit<Annotations, 'text'>;
  index: TextIndex;
  /** The article was longer than the cap: only its start was analysed and painted. */
  capped: boolean;
}

/** How one `annotate` call runs: the caller's yield, and its checks. */
export interface AnnotateSteps {
  yieldToPage: () => Promise<void>;
  beforePaint?: () => void;
  /** False once a newer run has started: this one then stops and paints nothing. */
  isCurrent?: () => boolean;
  /** Longest article text sent for analysis. */
  maxChars?: number;
  /** Awaited before the text is sent for analysis (the content script waits for the stored
   * settings there: a site the reader switched off is not analysed at all); `isCurrent` is asked
   * again after it. Options it resolves to are the ones painted (the stored settings, known
   * only then: one paint with them instead of one with the defaults and another after). */
  beforeAnalyze?: () => Promise<PaintOptions | void>;
  /** Awaited before anything asks the page for computed style (the article's read and the page's
   * theme): the content script waits there for the browser's own rendering step (rendered.ts),
   * which brings a stale page's style up to date outside our tasks. The page's survey, which reads
   * markup only, runs meanwhile. */
  styleReady?: Promise<void>;
  /** A page whose survey counted fewer elements than this does not wait for `styleReady`: the
   * style a first computed style makes the browser work out is a page's worth, and on a small
   * page that is less than the wait for a rendering step (on a loaded machine, 10-40 ms after it
   * was asked for). 0 (the default): every page waits. */
  styleReadyFrom?: number;
}

/** What `annotate` made of the page. */
export type AnnotateOutcome =
  | { kind: 'painted'; result: AnnotationResult }
  | { kind: 'no-article' }
  | { kind: 'not-english' }
  | { kind: 'superseded' };

/** How long one slice of reading the page runs before it yields, in ms: well under the 50 ms
 * that makes a long task, leaving room for the node that ends a slice late (a first computed
 * style can make the browser work out the whole page's style). */
const SLICE_MS = 12;

/** Whether a figure kind is shown under these options (dates, years and ordinals only on request). */
function isFigureShown(figure: Figure, options: PaintOptions): boolean {
  if (!options.kinds.figures) return false;
  return options.kinds.dates || !isCalendarFigure(figure);
}

export class PageAnnotator {
  private result: AnnotationResult | null = null;
  /** Each item's range, built when it is first painted or focused (undefined: not yet): the
   * first paint builds only what it shows (dates, years and ordinals are hidden unless asked for). */
  private quoteRanges: (Range | null | undefined)[] = [];
  private figureRanges: (Range | null | undefined)[] = [];
  private readonly highlighter: Highlighter;
  private readonly card: HoverCard;
  private quoteLayer = new RangeLayer<Hit>([]);
  private figureLayer = new RangeLayer<Hit>([]);
  private speakersById = new Map<string, Speaker>();
  private hoverFrame = 0;
  private scrollFrame = 0;
  private hovered: { range: Range; item: Hit } | null = null;
  private cardContents = new WeakMap<Hit, CardContent>();
  private pointerY = 0;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  /** A card with a button stays a moment after the pointer last moved off its item, so it can be
   * reached: what the pointer was over last then (null: nothing) is shown when the moment has passed. */
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: { range: Range; item: Hit } | null = null;
  /** What the last pointer move was over, known at once (the hover itself waits for a frame). */
  private pointerTarget: EventTarget | null = null;
  /** The item the shown card is about. */
  private cardItem: Hit | null = null;
  /** The attributing words of each hovered item, as ranges (worked out on its first hover). */
  private evidenceRanges = new WeakMap<Hit, Range[]>();
  private evidenceShown: Range[] | null = null;
  private readonly listeners: [EventTarget, string, EventListener][] = [];

  /** `analyzer` runs the engine on the article's text (in the extension, the background does;
   * null when it could not answer); `corrector` stores the corrections made on the card (none are
   * offered without it). */
  constructor(
    private readonly doc: Document,
    private options: PaintOptions,
    private readonly analyzer: Analyzer,
    private readonly corrector?: CardCorrector,
  ) {
    // The page's theme is read with the article (`annotate`), once asking for computed style is
    // cheap; until then nothing is painted, and the light palette stands in.
    this.highlighter = new Highlighter('light', options.style);
    this.card = new HoverCard(doc);
  }

  /** Reads the article and paints it, yielding to the page between steps so none of them
   * adds to one long task. Says why nothing was painted: no article body, an article not in
   * English, or a newer run took over while this one waited (`isCurrent` turned false: its answer
   * is dropped before anything of it is painted). `beforePaint` runs in the painting task (the
   * caller removes the previous highlights there). */
  async annotate({
    yieldToPage,
    beforePaint = () => undefined,
    isCurrent = () => true,
    maxChars = Infinity,
    beforeAnalyze = () => Promise.resolve(),
    styleReady,
    styleReadyFrom = 0,
  }: AnnotateSteps): Promise<AnnotateOutcome> {
    // Reading a big page is spread over short tasks with a yield between (the walks pause every
    // few hundred nodes): measuring the page, then choosing and reading the article.
    const sliced = { yieldToPage, budgetMs: SLICE_MS, isCurrent };
    const surveyed = await runInSlices(
      surveyPageSteps(this.doc, { isHidden: (el: Element) => isHiddenByStyle(this.doc, el) }),
      { ...sliced, slice: (run) => timedTask('survey', run) },
    );
    if (!surveyed) return { kind: 'superseded' };
    const survey = surveyed.value;
    if (!survey) return { kind: 'no-article' };
    // A yield in any case (the read is a task of its own), and the rendering step when it is late
    // (on a page big enough for its style to cost more than the wait).
    await Promise.all([yieldToPage(), survey.page.stats.size >= styleReadyFrom ? styleReady : undefined]);
    if (!isCurrent()) return { kind: 'superseded' };
    mark('read'); // one mark a read, however many slices it takes (tests count reads by it)
    const read = await runInSlices(chooseArticleSteps(survey), {
      ...sliced,
      slice: (run) => timedTask('read', run),
    });
    if (!read) return { kind: 'superseded' };
    const article = read.value;
    if (!article) return { kind: 'no-article' };
    if (!looksEnglish(article.index.text)) return { kind: 'not-english' };
    // No yield of our own here: the settings are rarely known yet (their answer waits behind the
    // read's slices, which resume ahead of other tasks), so waiting for them ends this task; when
    // they are known the text goes out in this task, not after whatever the page queued meanwhile.
    const options = await beforeAnalyze();
    if (!isCurrent()) return { kind: 'superseded' };
    if (options) this.options = options;
    const { index } = article;
    // Past the cap the article is left unpainted: the engine's time and answer grow with the text.
    const sent = capArticle(index.text, index.blocks, maxChars);
    const answer = this.analyzer(sent.text, sent.blocks);
    // The page's theme is read while the engine works (the paint is the first to need it).
    this.highlighter.setAppearance(pageTheme(this.doc), this.options.style);
    const annotations = await answer;
    if (!isCurrent()) return { kind: 'superseded' };
    if (!annotations) return { kind: 'no-article' };
    timedTask('paint', () => {
      this.result = { root: article.root, title: article.title, annotations, index, capped: sent.capped };
      this.speakersById = new Map(annotations.speakers.map((s) => [s.id, s]));
      this.quoteRanges = new Array<Range | null | undefined>(annotations.quotes.length);
      this.figureRanges = new Array<Range | null | undefined>(annotations.figures.length);
      beforePaint();
      this.paint();
      this.listen();
    });
    return { kind: 'painted', result: this.result! };
  }

  getResult(): AnnotationResult | null {
    return this.result;
  }

  setOptions(options: PaintOptions): void {
    const kindsChanged = (Object.keys(options.kinds) as (keyof PaintOptions['kinds'])[]).some(
      (k) => options.kinds[k] !== this.options.kinds[k],
    );
    this.options = options;
    // A new style or theme re-registers the painted ranges under their new names; only a change
    // of what is shown needs the ranges chosen again.
    this.highlighter.setAppearance(pageTheme(this.doc), options.style);
    if (kindsChanged) this.paint();
  }

  setVisible(visible: boolean): void {
    this.highlighter.setVisible(visible);
    if (!visible) this.hideCard();
  }

  isVisible(): boolean {
    return this.highlighter.isVisible();
  }

  /** Scrolls to one quote or figure and flashes it with the focus highlight. */
  focus(item: 'quote' | 'figure', index: number, text?: string): boolean {
    const found = this.itemIndex(item, index, text);
    const range = found < 0 ? null : this.rangeOf(item, found);
    return range ? this.flash(range) : false;
  }

  /** Scrolls to where the article introduces the speaker of one quote (the name a pronoun or
   * short form stands for) and flashes it. */
  focusIntroduction(index: number, text?: string): boolean {
    const found = this.itemIndex('quote', index, text);
    const speaker = found < 0 ? null : this.result!.annotations.quotes[found]!.speaker;
    const chain = speaker?.name ? evidenceChain(speaker) : null;
    const range = chain ? this.result!.index.toRange(chain.antecedent.start, chain.antecedent.end) : null;
    return range ? this.flash(range) : false;
  }

  /** The index of an item the popup asked for, -1 when it is gone. The page may have been re-read
   * since the popup listed it: trust the text over the index, taking the occurrence nearest the
   * old index when the same text appears more than once. */
  private itemIndex(item: 'quote' | 'figure', index: number, text?: string): number {
    const items: { text: string }[] =
      (item === 'quote' ? this.result?.annotations.quotes : this.result?.annotations.figures) ?? [];
    if (text !== undefined && items[index]?.text !== text) {
      let best = -1;
      items.forEach((candidate, i) => {
        if (candidate.text === text && (best === -1 || Math.abs(i - index) < Math.abs(best - index))) best = i;
      });
      return best;
    }
    return index < items.length ? index : -1;
  }

  /** Scrolls a range into view and flashes it with the focus highlight. */
  private flash(range: Range): boolean {
    const view = this.doc.defaultView!;
    const box = range.getBoundingClientRect();
    const reduce = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    view.scrollTo({ top: view.scrollY + box.top - view.innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    this.highlighter.set('focus', [range]);
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => this.highlighter.set('focus', []), 2000);
    return true;
  }

  /** Removes highlights, the card and our listeners: the page is as we found it. */
  destroy(): void {
    this.highlighter.clear();
    this.card.destroy();
    // Added in the capture phase, so removed from it: a listener removed without `capture` stays
    // (each re-read would leave the old annotator answering hovers with its old items and card).
    for (const [target, type, fn] of this.listeners) target.removeEventListener(type, fn, { capture: true });
    this.listeners.length = 0;
    clearTimeout(this.focusTimer);
    clearTimeout(this.hideTimer);
    // A frame already asked for would show the card again after teardown.
    cancelAnimationFrame(this.hoverFrame);
    cancelAnimationFrame(this.scrollFrame);
  }

  private paint(): void {
    const a = this.result?.annotations;
    if (!a) return;
    const pick = <T>(items: T[], kind: 'quote' | 'figure', keep: (item: T) => boolean) =>
      items.flatMap((item, i) => {
        const range = keep(item) ? this.rangeOf(kind, i) : null;
        return range ? [{ range, item }] : [];
      });
    const { kinds } = this.options;
    // The engine lists quotes by start, and the text index keeps text order as DOM order, so the
    // hover layer gets its ranges in document order without sorting.
    const quotes = pick(a.quotes, 'quote', (q) => (q.kind === 'direct' ? kinds.direct : kinds.reported));
    const figures = pick(a.figures, 'figure', (f) => isFigureShown(f, this.options));
    this.highlighter.set(
      'direct',
      quotes.filter((e) => e.item.kind === 'direct').map((e) => e.range),
    );
    this.highlighter.set(
      'reported',
      quotes.filter((e) => e.item.kind === 'reported').map((e) => e.range),
    );
    this.highlighter.set(
      'figure',
      figures.map((e) => e.range),
    );
    this.quoteLayer = new RangeLayer<Hit>(
      quotes.map((e) => ({ range: e.range, item: { kind: 'quote', quote: e.item } as Hit })),
    );
    this.figureLayer = new RangeLayer<Hit>(
      figures.map((e) => ({ range: e.range, item: { kind: 'figure', figure: e.item } as Hit })),
    );
  }

  /** The range of one quote or figure (by its index in the annotations), built on first use and
   * kept: the hover layer, the highlights and focus all hold the same Range. */
  private rangeOf(kind: 'quote' | 'figure', i: number): Range | null {
    const ranges = kind === 'quote' ? this.quoteRanges : this.figureRanges;
    let range = ranges[i];
    if (range === undefined) {
      const item =
        this.result && (kind === 'quote' ? this.result.annotations.quotes : this.result.annotations.figures)[i];
      try {
        range = item ? this.result!.index.toRange(item.start, item.end) : null;
      } catch {
        range = null; // the page changed the text under it since the read (a re-read follows)
      }
      ranges[i] = range;
    }
    return range;
  }

  private listen(): void {
    if (this.listeners.length) return;
    const on = (target: EventTarget, type: string, fn: EventListener) => {
      target.addEventListener(type, fn, { passive: true, capture: true });
      this.listeners.push([target, type, fn]);
    };
    on(this.doc, 'mousemove', (e) => {
      const { clientX, clientY, target } = e as MouseEvent;
      this.pointerTarget = target;
      cancelAnimationFrame(this.hoverFrame);
      this.hoverFrame = requestAnimationFrame(() => this.hover(clientX, clientY, target));
    });
    on(this.doc, 'keydown', (e) => {
      // Escape in the card's open form closes the form (the card does that), not the card.
      if ((e as KeyboardEvent).key === 'Escape' && !this.card.isPinned()) this.hideCard();
    });
    // The card follows its item while the page scrolls (and goes once the item leaves the view).
    on(this.doc, 'scroll', () => {
      // Its own frame: a scroll must never cancel a pending hover.
      cancelAnimationFrame(this.scrollFrame);
      this.scrollFrame = requestAnimationFrame(() => {
        if (this.hovered && this.card.isShown()) this.showCard(this.hovered, this.pointerY);
      });
    });
    // Listening in the capture phase hears every element's mouseleave: only the page's own counts
    // (leaving the card's title for its button must not hide the card).
    on(this.doc.documentElement, 'mouseleave', (e) => {
      if (e.target === this.doc.documentElement && !this.card.isPinned()) this.hideCard();
    });
  }

  /** Hides the card and the hovered item's evidence with it. */
  private hideCard(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    this.pending = this.cardItem = null;
    this.card.hide();
    if (this.evidenceShown) {
      this.evidenceShown = null;
      this.highlighter.set('evidence', []);
    }
  }

  private hover(x: number, y: number, target: EventTarget | null = null): void {
    try {
      if (!this.highlighter.isVisible()) return;
      // The pointer is on the card (it has a button), or the reader is in its correction form: it stays.
      if ((this.card.holds(target) && this.card.isShown()) || this.card.isPinned()) {
        clearTimeout(this.hideTimer);
        this.hideTimer = undefined;
        return;
      }
      const point = caretPointAt(this.doc, x, y);
      const hit =
        point &&
        (this.figureLayer.find(point.node, point.offset, x, y) ?? this.quoteLayer.find(point.node, point.offset, x, y));
      this.pointerY = y;
      // A card with a button waits until the pointer has rested a moment off its item before it
      // goes or shows another: the pointer may be crossing other words on its way to the button,
      // and a slow machine may take longer than the moment to cross them (the moment starts again
      // at each move).
      if (this.card.isInteractive() && hit?.item !== this.cardItem) {
        this.pending = hit;
        clearTimeout(this.hideTimer);
        this.hideTimer = setTimeout(() => {
          this.hideTimer = undefined;
          // On a busy page the frame that would see the pointer reach the card can come after this
          // moment: the pointer already on the card keeps it.
          if (this.card.isPinned() || this.card.holds(this.pointerTarget)) return;
          this.hovered = this.pending;
          this.pending = null;
          try {
            if (this.hovered) this.showCard(this.hovered, this.pointerY);
            else this.hideCard();
          } catch {
            this.hideCard();
          }
        }, CARD_GRACE_MS);
        return;
      }
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      this.hovered = hit;
      // A card with a button keeps its place over its item (else it would run from the pointer).
      if (hit && hit.item === this.cardItem && this.card.isInteractive()) return;
      if (hit) this.showCard(hit, y);
      else this.hideCard();
    } catch {
      this.hideCard(); // a node vanished mid-hover: never let it reach the page
    }
  }

  /** Shows the card for `hit` beside the line of it nearest the pointer's height `y`. */
  private showCard(hit: { range: Range; item: Hit }, y: number): void {
    const rects = [...hit.range.getClientRects()];
    const view = this.doc.defaultView!;
    const visible = rects.filter((r) => r.bottom > 0 && r.top < view.innerHeight);
    if (!visible.length) {
      // Scrolled out of view: the card goes, unless the reader is in its form.
      if (!this.card.isPinned()) this.hideCard();
      return;
    }
    const anchor = visible.reduce((best, r) =>
      Math.abs((r.top + r.bottom) / 2 - y) < Math.abs((best.top + best.bottom) / 2 - y) ? r : best,
    );
    // One content object per item, so the card knows when it is still showing the same one.
    let content = this.cardContents.get(hit.item);
    if (!content) this.cardContents.set(hit.item, (content = this.cardFor(hit.item)));
    const evidence = this.evidenceOf(hit.item);
    this.card.show(
      content,
      anchor,
      evidence.flatMap((r) => [...r.getClientRects()]),
    );
    this.cardItem = hit.item;
    // The same item again paints nothing new.
    if (evidence !== this.evidenceShown) {
      this.evidenceShown = evidence;
      this.highlighter.set('evidence', evidence);
    }
  }

  /** The words that attribute an item, as ranges (worked out once per item). */
  private evidenceOf(item: Hit): Range[] {
    let ranges = this.evidenceRanges.get(item);
    if (!ranges) {
      const { annotations, index } = this.result!;
      // An item the reader corrected has no engine evidence worth marking: it argued for the old answer.
      const corrected = readerCorrectionOf(item.kind === 'quote' ? item.quote : item.figure);
      const spans = corrected
        ? []
        : attributionSpans(
            item.kind === 'quote' ? { kind: 'quote', quote: item.quote } : { kind: 'figure', figure: item.figure },
            annotations.quotes,
          );
      ranges = spans.flatMap((m) => index.toRange(m.start, m.end) ?? []);
      this.evidenceRanges.set(item, ranges);
    }
    return ranges;
  }

  private cardFor(hit: Hit): CardContent {
    if (hit.kind === 'quote') {
      const q = hit.quote;
      const speaker = q.speaker ? this.speakersById.get(q.speaker.id) : undefined;
      const lines = [
        {
          label: t('cardKind'),
          value: t(q.kind === 'direct' ? (q.partial ? 'cardPartialQuote' : 'cardDirectQuote') : 'cardReportedSpeech'),
        },
      ];
      // A speaker the engine is unsure of is named nowhere: the card says so plainly.
      const named = q.speaker?.name ? q.speaker : null;
      // The reader named this speaker: their word, not the engine's evidence, is what the card shows.
      const mine = readerCorrectionOf(q);
      if (named?.role) lines.unshift({ label: t('cardRole'), value: named.role });
      const text = this.result?.index.text;
      // The engine's chain of evidence would argue for a name the reader has replaced.
      const chain = named && !mine ? evidenceChain(named) : null;
      if (mine) lines.push({ label: t('cardCorrection'), value: t('correctedByYou') });
      else if (named) {
        lines.push({ label: t('cardSpeakerKind'), value: t(`speakerKind_${named.kind}`) });
        lines.push(
          { label: t('cardEvidence'), value: evidenceLine(named, text) },
          { label: t('cardConfidence'), value: confidenceLabel(named) },
        );
        if (chain) lines.push({ label: t('cardChain'), value: chainLine(chain) });
      }
      if (speaker) lines.push({ label: t('cardQuotes'), value: t('cardQuotesInArticle', speaker.quoteCount) });
      const content: CardContent = {
        title: named?.name ?? t('unattributed'),
        lines,
        accent: q.kind === 'direct' ? 'direct' : 'reported',
        correction: this.correctionOf('quote', this.result!.annotations.quotes.indexOf(q)),
      };
      const range = chain ? this.result!.index.toRange(chain.antecedent.start, chain.antecedent.end) : null;
      if (range)
        content.action = {
          label: t('showIntroduction', named!.name!),
          run: () => {
            this.hideCard();
            this.flash(range);
          },
        };
      return content;
    }
    const f = hit.figure;
    const d = describeFigure(f);
    const claimant = f.claimedBy ? (this.speakersById.get(f.claimedBy)?.name ?? null) : null;
    const lines = [{ label: t('cardKind'), value: t(`figureKind_${f.kind}`) }];
    if (d.unit) lines.push({ label: t('cardOf'), value: d.unit });
    lines.push({ label: t('cardClaimedBy'), value: claimant ?? t('cardArticleItself') });
    if (readerCorrectionOf(f)) lines.push({ label: t('cardCorrection'), value: t('correctedByYou') });
    else if (claimant)
      lines.push({
        label: t('cardEvidence'),
        value: figureEvidenceLine(f, this.result?.annotations.quotes ?? [], this.result?.index.text),
      });
    return {
      title: d.value,
      lines,
      accent: 'figure',
      correction: this.correctionOf('figure', this.result!.annotations.figures.indexOf(f)),
    };
  }

  /** What the card offers to correct of one item (nothing where corrections cannot be stored). */
  private correctionOf(target: 'quote' | 'figure', index: number) {
    const { annotations, title } = this.result!;
    return cardCorrection(this.corrector, annotations, title || this.doc.title, target, index);
  }
}

/** How long a card with a button stays after the pointer leaves its item (time to reach it). */
const CARD_GRACE_MS = 400;

/** Hidden by the page's CSS (the Node side sees markup only; the live page knows better).
 * Only display:none counts: visibility:hidden is inherited, and pages set it on whole articles
 * for an instant while their scripts load (anti-flicker snippets), which would hide the article. */
function isHiddenByStyle(doc: Document, el: Element): boolean {
  // An element with a box is not display:none: one call answers for nearly every element, where
  // a computed style is an object per element (and in Firefox, two crossings of its wrapper).
  if (el.checkVisibility?.()) return false;
  return doc.defaultView?.getComputedStyle(el).display === 'none';
}
