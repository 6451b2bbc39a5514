/**
 * 比对: the compare view, a region over the window. At the top the 指标变化
 * table; beside the rows the change list with counts and filters; the rows
 * themselves side by side or as an inline redline, with a change map beside
 * the scrollbar. F7 and Shift+F7 go to the next and previous change the
 * filters let through, Esc closes.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { compareDocs, type Comparison } from '../../core/diff/index.js';
import type { Lexicon } from '../../core/targets/lexicon.js';
import { t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';
import { ChangeList } from './changeList.js';
import { ChangeMap } from './changeMap.js';
import { renderRows, type Layout } from './rowsView.js';
import { targetsTable } from './targetsTable.js';
import './compare.css';

export interface CompareInput {
  oldDoc: PMNode;
  newDoc: PMNode;
  oldName: string;
  newName: string;
  lexicon?: Lexicon;
}

export class CompareView {
  readonly el: HTMLElement;
  private readonly title = h('h2', { class: 'cmp-title' });
  private readonly position = h('span', { class: 'cmp-position', 'aria-live': 'polite' });
  private readonly targets = h('div', { class: 'cmp-targets-box' });
  private readonly scroll = tx(h('div', { class: 'cmp-scroll', tabindex: 0 }), { 'aria-label': 'compare-rows' });
  private readonly modeButtons: Record<Layout, HTMLButtonElement>;
  private readonly renumber = h('input', { type: 'checkbox', class: 'cmp-renumber' });
  private readonly list = new ChangeList((i) => this.go(i), () => this.refreshMap());
  private readonly map = new ChangeMap((i) => this.go(i));
  private input: CompareInput | null = null;
  private result: Comparison | null = null;
  private layout: Layout = 'side';
  private rowEls: HTMLElement[] = [];
  /** First row of each change. */
  private rowOf: number[] = [];
  private current = -1;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(private readonly closed: () => void) {
    const button = (key: 'compare-prev' | 'compare-next' | 'compare-close', cls: string, run: () => void, text: string) => {
      const b = tx(h('button', { type: 'button', class: `cmp-button ${cls}` }, text), { title: key, 'aria-label': key });
      b.addEventListener('click', run);
      return b;
    };
    const mode = (layout: Layout) => {
      const b = tx(h('button', { type: 'button', class: 'cmp-mode', 'aria-pressed': String(layout === this.layout) }), {
        text: layout === 'side' ? 'compare-mode-side' : 'compare-mode-inline',
      });
      b.addEventListener('click', () => this.setLayout(layout));
      return b;
    };
    this.modeButtons = { side: mode('side'), inline: mode('inline') };
    this.renumber.addEventListener('change', () => this.recompute());
    const head = h(
      'header',
      { class: 'cmp-head' },
      this.title,
      tx(h('div', { class: 'cmp-modes', role: 'group' }), { 'aria-label': 'compare-mode' }),
      button('compare-prev', 'cmp-prev', () => this.step(true), '↑'),
      button('compare-next', 'cmp-next', () => this.step(false), '↓'),
      this.position,
      h('label', { class: 'cmp-renumber-label' }, this.renumber, tx(h('span'), { text: 'compare-show-renumber' })),
      button('compare-close', 'cmp-close', () => this.close(), '×'),
    );
    head.querySelector('.cmp-modes')!.append(this.modeButtons.side, this.modeButtons.inline);
    const main = h('div', { class: 'cmp-main' }, this.scroll, this.map.el);
    this.el = tx(h('section', { class: 'cmp', role: 'region', hidden: true }), { 'aria-label': 'compare-region' });
    this.el.append(head, this.targets, h('div', { class: 'cmp-body' }, this.list.el, main));
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(input: CompareInput): void {
    this.input = input;
    this.title.textContent = t('compare-title', { old: input.oldName, new: input.newName });
    this.recompute();
    this.el.hidden = false;
    window.addEventListener('keydown', this.onKey);
    this.scroll.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    window.removeEventListener('keydown', this.onKey);
    this.closed();
  }

  /** Draw again in the current language. */
  relabel(): void {
    if (!this.input || !this.result) return;
    this.title.textContent = t('compare-title', { old: this.input.oldName, new: this.input.newName });
    setChildren(this.targets, targetsTable(this.result.targets));
    this.list.show(this.result.changes);
    this.renderRows();
  }

  private recompute(): void {
    if (!this.input) return;
    const { oldDoc, newDoc, lexicon } = this.input;
    this.result = compareDocs(oldDoc, newDoc, { rows: true, showRenumber: this.renumber.checked, lexicon });
    setChildren(this.targets, targetsTable(this.result.targets));
    this.list.show(this.result.changes);
    this.rowOf = this.result.changes.map(() => -1);
    this.result.rows!.forEach((row, r) => row.changes.forEach((i) => (this.rowOf[i] = this.rowOf[i] < 0 ? r : this.rowOf[i])));
    this.current = -1;
    this.renderRows();
  }

  private renderRows(): void {
    const rows = this.result!.rows!;
    this.rowEls = renderRows(rows, this.layout, (r) => this.showRow(r));
    const heads =
      this.layout === 'side'
        ? h('div', { class: 'cmp-row cmp-columns' }, h('div', { class: 'cmp-cell' }, this.input!.oldName), h('div', { class: 'cmp-cell' }, this.input!.newName))
        : null;
    setChildren(this.scroll, heads, ...this.rowEls);
    this.scroll.dataset.layout = this.layout;
    this.refreshMap();
    if (this.current >= 0) this.go(this.current);
    else this.updatePosition();
  }

  private refreshMap(): void {
    this.map.show(this.result!.changes, this.list.visible(), this.rowOf, this.rowEls.length);
    this.updatePosition();
  }

  private setLayout(layout: Layout): void {
    this.layout = layout;
    for (const [l, b] of Object.entries(this.modeButtons)) b.setAttribute('aria-pressed', String(l === layout));
    this.renderRows();
  }

  /** Go to change `index`: scroll its first row to the middle and mark its rows. */
  private go(index: number): void {
    this.current = index;
    const rows = this.result!.rows!;
    this.rowEls.forEach((el, r) => el.classList.toggle('cmp-current', rows[r].changes.includes(index)));
    this.rowEls[this.rowOf[index]]?.scrollIntoView({ block: 'center' });
    this.list.setCurrent(index);
    this.updatePosition();
  }

  private showRow(r: number): void {
    this.rowEls[r]?.scrollIntoView({ block: 'center' });
    const change = this.result!.rows![r].changes[0];
    if (change !== undefined) this.go(change);
  }

  /** F7: the next change the filters show (Shift+F7: the previous), wrapping around. */
  private step(back: boolean): void {
    const visible = this.list.visible();
    if (!visible.length) return;
    const after = back ? [...visible].reverse().find((i) => i < this.current) : visible.find((i) => i > this.current);
    this.go(after ?? (back ? visible[visible.length - 1] : visible[0]));
  }

  private updatePosition(): void {
    const visible = this.list.visible();
    const at = visible.indexOf(this.current);
    this.position.textContent = at >= 0 ? t('compare-position', { n: at + 1, total: visible.length }) : '';
  }

  private key(e: KeyboardEvent): void {
    if (document.querySelector('dialog[open]')) return;
    if (e.key === 'F7') {
      e.preventDefault();
      this.step(e.shiftKey);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  }
}
