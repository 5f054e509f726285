// The hover card's corrections: a "Correct" button that opens a small form in the card (the
// popup's choices: one of the article's speakers, a typed name, the article's own figure, or "not
// a quote" / "not a figure") and, on an item the reader corrected, "Undo my correction". The
// choices and the stored shape are the popup's (src/shared/corrections.ts); saving writes the
// same storage.local list the content script watches, so the page repaints with it and the popup
// sees it. Only the reader's own clicks and keys act: a page's scripts can reach the card's
// elements, but the events they make are not trusted, and those write nothing.
import type { Annotations } from '../engine/types';
import {
  changeOfChoice,
  CHOICE_ARTICLE,
  CHOICE_OTHER,
  correctionChoices,
  MAX_NAME,
  newCorrection,
  readerCorrectionOf,
  withCorrection,
  withoutCorrection,
  type Correction,
  type CorrectionChange,
  type CorrectionChoices,
  type CorrectionTarget,
  type PageCorrections,
  type ReaderReport,
} from '../shared/corrections';
import { t } from '../shared/i18n';

type Found = Omit<Annotations, 'text'>;

/** Where the card's corrections go (the content script's ReaderCorrections). */
export interface CardCorrector {
  /** Which items of these annotations the reader changed, and each item's anchor. */
  readerOf(annotations: Found): ReaderReport | undefined;
  /** Stores an edit of the page's list; false when storage refused. Never rejects. */
  edit(annotations: Found, title: string, edit: (page: PageCorrections) => PageCorrections): Promise<boolean>;
}

/** One item's corrections, as its card offers them. */
export interface CardCorrection {
  target: CorrectionTarget;
  choices: CorrectionChoices;
  /** The reader's correction of this item, which the card offers to undo. */
  mine: Correction | undefined;
  /** Stores a new correction of the item, or (null) takes the reader's away; false when storage
   * refused. Never rejects. */
  save(change: CorrectionChange | null): Promise<boolean>;
}

/** The corrections of item `index` of `annotations`; undefined when none can be made (no anchor
 * for it: corrections unavailable on this page). */
export function cardCorrection(
  corrector: CardCorrector | undefined,
  annotations: Found,
  title: string,
  target: CorrectionTarget,
  index: number,
): CardCorrection | undefined {
  const reader = corrector?.readerOf(annotations);
  const anchor = (target === 'quote' ? reader?.quoteAnchors : reader?.figureAnchors)?.[index];
  if (!corrector || !anchor) return undefined;
  const choices = correctionChoices(annotations, target, index);
  const item = target === 'quote' ? annotations.quotes[index] : annotations.figures[index];
  const mine = item && readerCorrectionOf(item);
  return {
    target,
    choices,
    mine,
    save: (change) =>
      corrector.edit(annotations, title, (page) =>
        change
          ? withCorrection(page, newCorrection(change, target, anchor, choices.current))
          : mine
            ? withoutCorrection(page, mine.id)
            : page,
      ),
  };
}

/** The card's correction controls: its buttons, the form they open and a status line (`title`:
 * the card's, a figure's value in the form's name).
 * `trusted` says whether an event is the reader's (the browser's `isTrusted`); `resized` is
 * called when the form opens or closes (the card finds its place again). */
export function correctionControls(
  doc: Document,
  c: CardCorrection,
  title: string,
  trusted: (e: Event) => boolean,
  resized: () => void,
): HTMLElement {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: object = {}): HTMLElementTagNameMap[K] =>
    Object.assign(doc.createElement(tag), props);
  const quote = c.target === 'quote';
  // An <output> is a status region: what a save or undo came to is announced.
  const status = make('output');
  let busy = false;
  const commit = async (change: CorrectionChange | null) => {
    if (busy) return;
    busy = true;
    const saved = await c.save(change);
    // Saved: the page is read again and this card replaced; until then it says so.
    status.textContent = t(
      saved ? (change ? 'statusCorrectionSaved' : 'statusCorrectionUndone') : 'statusCorrectionFailed',
    );
    busy = saved;
  };
  /** A button that acts on the reader's own clicks only; nothing it does reaches the page. */
  const button = (label: string, run: () => void) => {
    const b = make('button', { type: 'button', textContent: label });
    b.addEventListener('click', (e) => {
      if (trusted(e))
        try {
          run();
        } catch {
          /* never into the page */
        }
    });
    return b;
  };

  /** A label holding its field (no ids to keep unique). */
  const label = (text: string, field: HTMLElement) => {
    const l = make('label', { textContent: text });
    l.append(field);
    return l;
  };
  const form = make('div', { className: 'fix', hidden: true });
  form.setAttribute('role', 'group');
  form.setAttribute('aria-label', quote ? t('correctQuoteLegend') : t('correctFigureLegend', title));
  const select = make('select');
  const option = (value: string, text: string) => select.append(make('option', { value, textContent: text }));
  if (!quote) option(CHOICE_ARTICLE, t('claimedByArticle'));
  for (const s of c.choices.speakers) option(s.name, s.name);
  option(CHOICE_OTHER, t('correctSomeoneElse'));
  select.value = c.choices.initial;
  const input = make('input', { type: 'text', autocomplete: 'off', maxLength: MAX_NAME });
  const named = label(t('correctNameLabel'), input);
  const showName = () => {
    named.hidden = select.value !== CHOICE_OTHER;
    status.textContent = '';
  };
  showName();
  select.addEventListener('change', showName);
  const submit = () => {
    const change = changeOfChoice(c.choices, select.value, input.value);
    if (change) void commit(change);
    else {
      status.textContent = t('correctNameMissing');
      input.focus();
    }
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && trusted(e)) submit();
  });
  form.append(
    label(t(quote ? 'correctSpeakerLabel' : 'correctClaimantLabel'), select),
    named,
    button(t('correctSave'), submit),
    button(t(quote ? 'correctNotQuote' : 'correctNotFigure'), () => void commit({ action: 'remove' })),
    button(t('correctCancel'), () => open(false)),
  );
  /** Opens or closes the form; closed, the focus goes back to its button. */
  const open = (opened: boolean) => {
    form.hidden = !opened;
    toggle.setAttribute('aria-expanded', String(opened));
    status.textContent = '';
    resized();
    (opened ? select : toggle).focus();
  };
  // Escape closes the form, not the card (the card's own Escape comes once the form is closed).
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      open(false);
    }
  });
  const toggle = button(t(quote ? 'correctQuote' : 'correctFigure'), () => open(!!form.hidden));
  toggle.setAttribute('aria-expanded', 'false');
  const controls = make('div');
  controls.append(toggle);
  if (c.mine) controls.append(button(t('cardUndoCorrection'), () => void commit(null)));
  controls.append(form, status);
  return controls;
}
