/**
 * 比对: the compare view, a region over the window. At the top the 指标变化
 * table; beside the rows the change list with counts and filters; the rows
 * themselves side by side or as an inline redline, with a change map beside
 * the scrollbar. F7 and Shift+F7 go to the next and previous change the
 * filters let through, Esc closes. When one side is the draft being edited,
 * 接受 and 拒绝 decide on the change the view is on (decisions.ts), the two
 * drafts are compared again and the view goes on to the next change; 导出…
 * writes the comparison as HTML, PDF or Word.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { compareDocs, pathLabel, resolveChange, type Comparison, type CurrentSide, type Decision } from '../../core/diff/index.js';
import { suggestionsFromComparison } from '../../core/review/fromComparison.js';
import type { Lexicon } from '../../core/targets/lexicon.js';
import type { ComparisonFormat } from '../../shared/api.js';
import { ask, tell } from '../app/dialogs.js';
import { lang, t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';
import { ChangeList } from './changeList.js';
import { ChangeMap } from './changeMap.js';
import { changeKey, DecisionBar, type DraftEditor } from './decisions.js';
import { renderRows, type Layout } from './rowsView.js';
import { targetsTable } from './targetsTable.js';
import './compare.css';

export interface CompareInput {
  oldDoc: PMNode;
  newDoc: PMNode;
  oldName: string;
  newName: string;
  lexicon?: Lexicon;
  /** Which side is the draft being edited, if either (then changes can be accepted or rejected into it). */
  current?: CurrentSide;
  /** Who signs the suggestions 转为修订 makes: the other draft's author. */
  otherAuthor?: string;
}

export interface CompareHost {
  closed(): void;
  /** The draft being edited. */
  editor: DraftEditor;
  /** Write the comparison shown as HTML, PDF or Word (asks where). */
  exportAs(format: ComparisonFormat, input: CompareInput, showRenumber: boolean): Promise<void>;
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
  private readonly decisions = new DecisionBar({ decide: (d) => this.decide(d), undo: () => this.undo() });
  private readonly status = h('span', { class: 'cmp-status', role: 'status', 'aria-live': 'polite' });
  private readonly suggestButton = tx(h('button', { type: 'button', class: 'cmp-button cmp-to-suggestions' }), { text: 'compare-to-suggestions', title: 'compare-to-suggestions-tip' });
  private input: CompareInput | null = null;
  private result: Comparison | null = null;
  private layout: Layout = 'side';
  private rowEls: HTMLElement[] = [];
  /** First row of each change. */
  private rowOf: number[] = [];
  private current = -1;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(private readonly host: CompareHost) {
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
    this.suggestButton.addEventListener('click', () => void this.toSuggestions());
    const head = h(
      'header',
      { class: 'cmp-head' },
      this.title,
      tx(h('div', { class: 'cmp-modes', role: 'group' }), { 'aria-label': 'compare-mode' }),
      button('compare-prev', 'cmp-prev', () => this.step(true), '↑'),
      button('compare-next', 'cmp-next', () => this.step(false), '↓'),
      this.position,
      this.decisions.el,
      this.suggestButton,
      this.status,
      h('label', { class: 'cmp-renumber-label' }, this.renumber, tx(h('span'), { text: 'compare-show-renumber' })),
      this.exportButton(),
      button('compare-close', 'cmp-close', () => this.close(), '×'),
    );
    head.querySelector('.cmp-modes')!.append(this.modeButtons.side, this.modeButtons.inline);
    const main = h('div', { class: 'cmp-main' }, this.scroll, this.map.el);
    this.el = tx(h('section', { class: 'cmp', role: 'region', hidden: true }), { 'aria-label': 'compare-region' });
    this.el.append(head, this.targets, h('div', { class: 'cmp-body' }, this.list.el, main));
  }

  private exportButton(): HTMLButtonElement {
    const b = tx(h('button', { type: 'button', class: 'cmp-button cmp-export' }), { text: 'compare-export', title: 'compare-export-tip' });
    b.addEventListener('click', () => void this.exportComparison());
    return b;
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(input: CompareInput): void {
    this.input = { ...input };
    this.title.textContent = t('compare-title', { old: input.oldName, new: input.newName });
    this.decisions.reset(input.current ?? null);
    this.suggestButton.hidden = !input.current;
    this.status.textContent = '';
    this.current = -1;
    this.recompute();
    this.el.hidden = false;
    window.addEventListener('keydown', this.onKey);
    this.scroll.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    window.removeEventListener('keydown', this.onKey);
    this.host.closed();
  }

  /** Draw again in the current language. */
  relabel(): void {
    if (!this.input || !this.result) return;
    this.title.textContent = t('compare-title', { old: this.input.oldName, new: this.input.newName });
    setChildren(this.targets, targetsTable(this.result.targets));
    this.list.show(this.result.changes, this.settled());
    this.renderRows();
  }

  /** Indices of the changes decided without editing the draft. */
  private settled(): Set<number> {
    const out = new Set<number>();
    this.result?.changes.forEach((c, i) => {
      if (this.decisions.kept.has(changeKey(c))) out.add(i);
    });
    return out;
  }

  /** Compare again; then go to the `at`-th change the list shows (none when -1). */
  private recompute(at = -1): void {
    if (!this.input) return;
    const { oldDoc, newDoc, lexicon, current } = this.input;
    this.result = compareDocs(oldDoc, newDoc, { rows: true, matches: !!current, showRenumber: this.renumber.checked, lexicon });
    setChildren(this.targets, targetsTable(this.result.targets));
    this.list.show(this.result.changes, this.settled());
    this.rowOf = this.result.changes.map(() => -1);
    this.result.rows!.forEach((row, r) => row.changes.forEach((i) => (this.rowOf[i] = this.rowOf[i] < 0 ? r : this.rowOf[i])));
    const visible = this.list.visible();
    this.current = at >= 0 && visible.length ? visible[Math.min(at, visible.length - 1)] : -1;
    this.renderRows();
  }

  /** Accept or reject the change the view is on into the draft being edited. */
  private decide(decision: Decision): void {
    const change = this.result?.changes[this.current];
    const side = this.input?.current;
    if (!change || !side || !this.input || !this.result) return;
    const at = this.list.visible().indexOf(this.current);
    const editor = this.host.editor;
    const other = side === 'old' ? this.input.newDoc : this.input.oldDoc;
    const outcome = resolveChange({ state: editor.state(), other, current: side, comparison: this.result }, change, decision);
    const where = pathLabel(change.path, lang());
    if (outcome.status === 'failed' && outcome.reason === 'structure') {
      this.status.textContent = t('compare-cannot-apply');
      return;
    }
    if (outcome.status === 'applied') {
      const before = editor.state().doc;
      editor.dispatch(outcome.tr);
      // A read-only draft refuses the edit.
      if (editor.state().doc === before) {
        this.status.textContent = t('compare-read-only');
        return;
      }
      this.decisions.edited();
      this.status.textContent = t(side === 'old' ? 'compare-decided-applied' : 'compare-decided-reverted', { where });
    } else if (outcome.status === 'kept') {
      this.decisions.keep(change);
      this.status.textContent = t('compare-decided-kept', { where });
    }
    this.syncDraft();
    this.recompute(at);
  }

  /**
   * 转为修订: every difference becomes a suggestion in the draft being edited,
   * signed by the other draft's author (accepting all gives the other draft),
   * as one undo step; then the view closes on the marked draft.
   */
  private async toSuggestions(): Promise<void> {
    const side = this.input?.current;
    if (!side || !this.input) return;
    const editor = this.host.editor;
    const other = side === 'old' ? this.input.newDoc : this.input.oldDoc;
    const author = this.input.otherAuthor ?? (side === 'old' ? this.input.newName : this.input.oldName);
    const before = editor.state().doc;
    const result = suggestionsFromComparison(editor.state().tr, other, { author, date: new Date().toISOString() });
    if (!result.suggestions) {
      this.status.textContent = t('compare-to-suggestions-none');
      return;
    }
    editor.dispatch(result.tr);
    if (editor.state().doc === before) {
      this.status.textContent = t('compare-read-only');
      return;
    }
    this.close();
    const notes = [result.unplaced ? t('compare-to-suggestions-unplaced', { count: result.unplaced }) : '', result.unmoved ? t('compare-to-suggestions-unmoved', { count: result.unmoved }) : ''].filter(Boolean);
    if (notes.length) await tell(t('compare-to-suggestions'), notes.join('\n'));
  }

  /** Take back the last decision (and its edit of the draft). */
  private undo(): void {
    const step = this.decisions.takeBack();
    if (!step) return;
    if (step === 'edit') this.host.editor.undo();
    this.syncDraft();
    this.status.textContent = t('compare-decided-undone');
    this.recompute(Math.max(0, this.list.visible().indexOf(this.current)));
  }

  /** The draft being edited as it is now in the editor. */
  private syncDraft(): void {
    if (!this.input?.current) return;
    const doc = this.host.editor.state().doc;
    if (this.input.current === 'old') this.input.oldDoc = doc;
    else this.input.newDoc = doc;
  }

  private async exportComparison(): Promise<void> {
    if (!this.input) return;
    const format = await ask(t('compare-export-choose'), t('compare-export-body'), [
      { id: 'pdf', label: 'compare-export-pdf', primary: true },
      { id: 'docx', label: 'compare-export-docx' },
      { id: 'html', label: 'compare-export-html' },
      { id: 'cancel', label: 'ui-cancel' },
    ]);
    if (format === 'pdf' || format === 'docx' || format === 'html') await this.host.exportAs(format, this.input, this.renumber.checked);
    this.scroll.focus();
  }

  private renderRows(): void {
    const rows = this.result!.rows!;
    this.rowEls = renderRows(rows, this.layout, (r) => this.showRow(r));
    const heads =
      this.layout === 'side'
        ? h('div', { class: 'cmp-row cmp-columns' }, h('div', { class: 'cmp-cell' }, this.input!.oldName), h('div', { class: 'cmp-cell' }, this.input!.newName))
        : null;
    const settled = this.settled();
    rows.forEach((row, r) => this.rowEls[r].classList.toggle('cmp-settled', row.changes.length > 0 && row.changes.every((i) => settled.has(i))));
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
    const settled = this.decisions.kept.size ? ` · ${t('compare-settled', { count: this.settled().size })}` : '';
    this.position.textContent = (at >= 0 ? t('compare-position', { n: at + 1, total: visible.length }) : '') + settled;
    this.decisions.update(at >= 0 ? this.result!.changes[this.current] : null);
  }

  private key(e: KeyboardEvent): void {
    if (document.querySelector('dialog[open]')) return;
    if (e.key === 'F7') {
      e.preventDefault();
      this.step(e.shiftKey);
    } else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && this.input?.current) {
      e.preventDefault();
      this.undo();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  }
}
