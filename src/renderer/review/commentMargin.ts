/**
 * 批注 in the margin beside the page: one card per comment, at the height of
 * the text it points at, as Word shows them. Cards that would overlap are
 * stacked downwards in the order of their text.
 *
 * Layout is never done on a keystroke: `schedule()` asks for one frame (a
 * scroll) or waits until typing pauses (an edit), and a layout places only
 * the comments whose text is on screen or near it: the positions of the top
 * and bottom of the visible desk are read with posAtCoords, the comments
 * between them are measured with coordsAtPos, and the others are hidden.
 * Cards are kept by comment id and rebuilt only when their comment changed.
 */
import type { EditorView } from 'prosemirror-view';
import { anchorRange, textblocksById, type ReviewComment } from '../../core/review/index.js';
import { lang, t } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';

export interface MarginActions {
  save(id: string, text: string): void;
  cancelNew(id: string): void;
  reply(id: string, text: string): void;
  resolve(id: string, resolved: boolean): void;
  remove(id: string): void;
  select(id: string): void;
  /** Whether the document may be changed (false on a read-only one, which says so). */
  mayEdit(): boolean;
}

/** Pixels of text above and below the visible desk whose comments are laid out too. */
const OVERSCAN = 600;
const GAP = 6;
/** Cards narrower than CARD_MIN px are hard to read: below it the margin is a strip of counts, STRIP px wide. */
const CARD_MIN = 150;
const CARD_MAX = 300;
const STRIP = 26;
/** Pixels between the end of the text and the margin. */
const TEXT_GAP = 6;
/** Comments whose text starts within this many pixels share one count in the strip. */
const PIN_SPAN = 24;

function shortTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export class CommentMargin {
  readonly el = h('aside', { class: 'comment-margin' });
  private readonly cards = new Map<string, { comment: ReviewComment; el: HTMLElement; active: boolean; editing: boolean }>();
  private comments: readonly ReviewComment[] = [];
  private active: string | null = null;
  /** A new comment whose text is being written: its card shows an input. */
  editing: string | null = null;
  author: string | null = null;
  showResolved = true;
  private frame = 0;
  private timer = 0;
  /** Too narrow for cards: a strip of counts (fit()). */
  private strip = false;
  /** In the strip: the comment whose count was opened. */
  private opened: string | null = null;
  private readonly pins: HTMLButtonElement[] = [];
  /** Cards laid out by the last layout (the benchmark and the tests read it). */
  laidOut = 0;

  constructor(
    private readonly view: EditorView,
    private readonly desk: HTMLElement,
    private readonly zoom: () => number,
    private readonly actions: MarginActions,
  ) {
    this.el.setAttribute('aria-label', t('comment-margin'));
    desk.addEventListener('scroll', () => this.schedule(true), { passive: true });
    // The window or a side panel changed the desk's width: fit the margin again.
    new ResizeObserver(() => {
      if (this.comments.length) this.schedule(true);
    }).observe(desk);
  }

  /** The comments changed (or the text did): lay out again, at the next frame when `soon`, else after typing pauses. */
  update(comments: readonly ReviewComment[], active: string | null, soon = false): void {
    this.comments = comments;
    // Going to a comment (a click on its text, 下一条批注) opens its count in the strip.
    if (active !== this.active) this.opened = active;
    this.active = active;
    this.el.hidden = !comments.length;
    this.desk.classList.toggle('with-comments', comments.length > 0);
    if (!comments.length) (this.el.parentElement ?? this.el).style.marginLeft = '';
    this.schedule(soon);
  }

  schedule(soon = false): void {
    clearTimeout(this.timer);
    if (soon) {
      if (!this.frame) this.frame = requestAnimationFrame(() => this.layout());
    } else {
      this.timer = window.setTimeout(() => {
        if (!this.frame) this.frame = requestAnimationFrame(() => this.layout());
      }, 200);
    }
  }

  private shown(c: ReviewComment): boolean {
    if (c.id === this.editing) return true;
    if (this.author !== null && c.author !== this.author) return false;
    return this.showResolved || !c.resolved;
  }

  /** The document positions of the top and bottom of the desk's visible part, widened by OVERSCAN. */
  private visibleRange(): { from: number; to: number } {
    const box = this.desk.getBoundingClientRect();
    const page = this.view.dom.getBoundingClientRect();
    const left = Math.min(Math.max(page.left + 4, box.left), page.right - 4);
    const top = this.view.posAtCoords({ left, top: Math.max(box.top - OVERSCAN, page.top + 1) });
    const bottom = this.view.posAtCoords({ left, top: Math.min(box.bottom + OVERSCAN, page.bottom - 1) });
    return { from: top ? top.pos : 0, to: bottom ? bottom.pos : this.view.state.doc.content.size };
  }

  /**
   * Size the margin to the room beside the page. Cards stand from just right of the text (over the page's
   * own right margin, 26 mm of white) to the desk's edge, CARD_MIN–CARD_MAX px wide, the page and the
   * margin centred together. With less room the comments become a strip of counts in the page's right
   * margin, each opening its cards over the text; a page wider than the desk then shifts left into its
   * own left margin (never past its text) so that the strip shows whole.
   */
  private fit(): void {
    const page = this.el.parentElement;
    const sheet = this.view.dom.closest<HTMLElement>('.page');
    if (!page || !sheet) return;
    const zoom = this.zoom() || 1;
    const deskStyle = getComputedStyle(this.desk);
    const pads = parseFloat(deskStyle.paddingLeft) + parseFloat(deskStyle.paddingRight);
    const sheetStyle = getComputedStyle(sheet);
    const rightPad = parseFloat(sheetStyle.paddingRight);
    const overlap = rightPad - TEXT_GAP;
    // Room beside the text for the margin, in the page's own (unzoomed) pixels.
    const room = (this.desk.clientWidth - pads) / zoom - sheet.offsetWidth + overlap;
    this.strip = room < CARD_MIN;
    const width = this.strip ? STRIP : Math.min(room, CARD_MAX);
    this.el.classList.toggle('strip', this.strip);
    this.el.style.width = `${Math.floor(width)}px`;
    this.el.style.flexBasis = `${Math.floor(width)}px`;
    this.el.style.marginLeft = `${-overlap}px`;
    const over = (sheet.offsetWidth - overlap + width) * zoom + pads - this.desk.clientWidth;
    const shift = this.strip && over > 0 ? Math.min(over / zoom, parseFloat(sheetStyle.paddingLeft) - TEXT_GAP) : 0;
    page.style.marginLeft = shift ? `${-Math.ceil(shift)}px` : '';
  }

  layout(): void {
    this.frame = 0;
    if (!this.el.hidden) this.fit();
    if (this.view.composing || !this.comments.length) {
      for (const card of this.cards.values()) card.el.hidden = true;
      for (const pin of this.pins) pin.hidden = true;
      this.laidOut = 0;
      return;
    }
    const doc = this.view.state.doc;
    const index = textblocksById(doc);
    const { from, to } = this.visibleRange();
    const zoom = this.zoom() || 1;
    const origin = this.el.getBoundingClientRect().top;
    const placed: { c: ReviewComment; top: number }[] = [];
    for (const c of this.comments) {
      const range = this.shown(c) ? anchorRange(doc, c.anchor, index) : null;
      if (!range || (c.id !== this.editing && (range.from < from || range.from > to))) continue;
      placed.push({ c, top: (this.view.coordsAtPos(range.from).top - origin) / zoom });
    }
    placed.sort((a, b) => a.top - b.top);
    const cards = this.strip ? this.layoutStrip(placed) : placed;
    const seen = new Set(cards.map((p) => p.c.id));
    for (const [id, card] of this.cards) {
      if (!seen.has(id)) card.el.hidden = true;
    }
    // Stack: each card at its text's height, or just under the card above it.
    let bottom = -Infinity;
    for (const p of cards) {
      const el = this.card(p.c);
      el.hidden = false;
      const top = Math.max(p.top, bottom + GAP);
      el.style.top = `${Math.round(top)}px`;
      bottom = top + el.offsetHeight;
    }
    this.laidOut = placed.length;
  }

  /**
   * The strip: one count for the comments whose text starts within a line of each other, at the height of
   * the first; a click on it opens their cards beside it, over the text (again: closes them). A comment
   * being written, or the one the user went to, has its cards open. Returns the cards to show.
   */
  private layoutStrip(placed: { c: ReviewComment; top: number }[]): { c: ReviewComment; top: number }[] {
    const groups: { c: ReviewComment; top: number }[][] = [];
    for (const p of placed) {
      const last = groups[groups.length - 1];
      if (last && p.top - last[0].top < PIN_SPAN) last.push(p);
      else groups.push([p]);
    }
    const open = this.editing ?? this.opened;
    let shown: { c: ReviewComment; top: number }[] = [];
    groups.forEach((group, i) => {
      const pin = this.pins[i] ?? this.newPin();
      const ids = group.map((p) => p.c.id);
      pin.hidden = false;
      pin.style.top = `${Math.round(group[0].top)}px`;
      pin.textContent = String(group.length);
      pin.dataset.comments = ids.join(' ');
      pin.setAttribute('aria-label', t('comment-strip-count', { n: group.length }));
      pin.title = [...new Set(group.map((p) => p.c.author || t('review-no-author')))].join('、');
      const isOpen = open !== null && ids.includes(open);
      pin.setAttribute('aria-expanded', String(isOpen));
      if (isOpen) shown = group.map((p) => ({ c: p.c, top: group[0].top }));
    });
    for (const pin of this.pins.slice(groups.length)) pin.hidden = true;
    return shown;
  }

  private newPin(): HTMLButtonElement {
    const pin = h('button', { type: 'button', class: 'comment-pin' });
    pin.addEventListener('mousedown', (e) => e.preventDefault());
    pin.addEventListener('click', () => {
      const ids = (pin.dataset.comments ?? '').split(' ');
      this.opened = this.opened !== null && ids.includes(this.opened) ? null : ids[0];
      if (this.opened) this.actions.select(this.opened);
      this.schedule(true);
    });
    this.el.append(pin);
    this.pins.push(pin);
    return pin;
  }

  /** The card of a comment: kept while the comment is the same object, else rebuilt. */
  private card(c: ReviewComment): HTMLElement {
    const active = c.id === this.active;
    const editing = c.id === this.editing;
    const known = this.cards.get(c.id);
    if (known && known.comment === c && known.active === active && known.editing === editing) return known.el;
    const el = known?.el ?? h('article', { class: 'comment-card', 'data-comment': c.id });
    if (!known) {
      this.el.append(el);
      el.addEventListener('mousedown', (e) => {
        if (!(e.target as HTMLElement).closest('textarea,button,input')) this.actions.select(c.id);
      });
    }
    el.classList.toggle('active', active);
    el.classList.toggle('resolved', c.resolved);
    el.classList.toggle('orphan', !!c.anchor.deleted);
    setChildren(el, ...this.cardContent(c));
    this.cards.set(c.id, { comment: c, el, active, editing });
    return el;
  }

  private cardContent(c: ReviewComment): (HTMLElement | null)[] {
    const head = h('header', { class: 'comment-head' }, h('span', { class: 'comment-author' }, c.author || t('review-no-author')), h('span', { class: 'comment-date' }, shortTime(c.date)));
    const badges = [
      c.anchor.deleted ? h('span', { class: 'comment-badge deleted' }, t('comment-deleted-anchor')) : null,
      c.resolved ? h('span', { class: 'comment-badge' }, t('comment-resolved-badge')) : null,
    ].filter(Boolean) as HTMLElement[];
    const quote = c.anchor.deleted ? h('p', { class: 'comment-quote' }, `“${c.anchor.quote}”`) : null;
    if (c.id === this.editing) {
      return [head, quote, this.editor('comment-placeholder', '', (text) => this.actions.save(c.id, text), () => this.actions.cancelNew(c.id))];
    }
    const replies = c.replies.map((r) =>
      h('div', { class: 'comment-reply' }, h('header', { class: 'comment-head' }, h('span', { class: 'comment-author' }, r.author || t('review-no-author')), h('span', { class: 'comment-date' }, shortTime(r.date))), h('p', { class: 'comment-text' }, r.text)),
    );
    const button = (key: Parameters<typeof t>[0], run: () => void) => {
      const b = h('button', { type: 'button', class: 'comment-action' }, t(key));
      b.addEventListener('click', run);
      return b;
    };
    const replyBox = h('div', { class: 'comment-reply-box' });
    const actions = h(
      'div',
      { class: 'comment-actions' },
      button('comment-reply', () => {
        if (!this.actions.mayEdit()) return;
        setChildren(replyBox, this.editor('comment-reply-placeholder', '', (text) => this.actions.reply(c.id, text), () => setChildren(replyBox)));
        replyBox.querySelector('textarea')?.focus();
        this.schedule(true);
      }),
      button(c.resolved ? 'comment-reopen' : 'comment-resolve', () => this.actions.resolve(c.id, !c.resolved)),
      button('comment-delete', () => this.actions.remove(c.id)),
    );
    return [head, badges.length ? h('div', { class: 'comment-badges' }, ...badges) : null, quote, h('p', { class: 'comment-text' }, c.text), ...replies, replyBox, actions];
  }

  /** A text field with 确定 and 取消: Ctrl+Enter saves, Esc cancels. */
  private editor(placeholder: 'comment-placeholder' | 'comment-reply-placeholder', value: string, save: (text: string) => void, cancel: () => void): HTMLElement {
    const area = h('textarea', { class: 'comment-input', rows: 3, 'aria-label': t(placeholder), placeholder: t(placeholder) });
    area.value = value;
    const ok = h('button', { type: 'button', class: 'comment-action primary' }, t('comment-save'));
    const no = h('button', { type: 'button', class: 'comment-action' }, t('ui-cancel'));
    const done = () => {
      const text = area.value.trim();
      if (text) save(text);
    };
    ok.addEventListener('click', done);
    no.addEventListener('click', cancel);
    area.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        done();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        cancel();
      }
    });
    return h('div', { class: 'comment-edit' }, area, h('div', { class: 'comment-actions' }, no, ok));
  }

  /** Drop the cards of comments no longer in the document. */
  prune(): void {
    const ids = new Set(this.comments.map((c) => c.id));
    for (const [id, card] of this.cards) {
      if (ids.has(id)) continue;
      card.el.remove();
      this.cards.delete(id);
    }
  }

  focusEditing(): void {
    requestAnimationFrame(() => this.el.querySelector<HTMLTextAreaElement>('.comment-edit textarea')?.focus());
  }
}
