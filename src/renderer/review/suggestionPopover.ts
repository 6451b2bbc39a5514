/**
 * The small card over a suggestion in the text (a click on inserted or
 * struck text, or in a block holding a structural suggestion): what it is,
 * who made it and when, and 接受 / 拒绝 for it.
 */
import { lang, t } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';

export class SuggestionPopover {
  readonly el = h('div', { class: 'suggestion-popover', role: 'dialog', hidden: true });

  constructor(private readonly decide: (id: string, accept: boolean) => void) {
    this.el.setAttribute('aria-label', t('review-track'));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
  }

  /** `what`: the suggestion's kind as the list names it (插入, 删除, 结构·标题级别 二级→三级). */
  show(anchor: HTMLElement, id: string, author: string, date: string, what: string): void {
    const time = new Date(date);
    const when = Number.isNaN(time.getTime()) ? date : time.toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en');
    const button = (key: 'review-accept' | 'review-reject', accept: boolean) => {
      const b = h('button', { type: 'button', class: `review-decide ${accept ? 'accept' : 'reject'}` }, t(key));
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', () => {
        this.hide();
        this.decide(id, accept);
      });
      return b;
    };
    setChildren(
      this.el,
      h('div', { class: 'suggestion-popover-head' }, h('strong', {}, what), ' ', t('review-by', { author: author || t('review-no-author'), time: when })),
      h('div', { class: 'suggestion-popover-actions' }, button('review-accept', true), button('review-reject', false)),
    );
    this.el.dataset.suggestion = id;
    const box = anchor.getBoundingClientRect();
    this.el.hidden = false;
    // Below the mark, or above it when the window ends too soon; never past the window's edges.
    const { offsetWidth: width, offsetHeight: height } = this.el;
    const below = box.bottom + 4 + height <= window.innerHeight;
    this.el.style.left = `${Math.round(Math.max(4, Math.min(box.left, window.innerWidth - width - 4)))}px`;
    this.el.style.top = `${Math.round(below ? box.bottom + 4 : Math.max(4, box.top - height - 4))}px`;
  }

  hide(): void {
    this.el.hidden = true;
  }
}
