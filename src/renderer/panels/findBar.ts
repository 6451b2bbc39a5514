/**
 * 查找和替换 bar (Ctrl+F, Ctrl+H) above the page. Typing in 查找 highlights
 * every match at once; Enter / Shift+Enter go to the next / previous match;
 * 替换 replaces the current match, 全部替换 all of them in one undoable step;
 * Esc closes the bar and returns to the text.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { findNext, findPrev, findState, replaceAllMatches, replaceCurrent, setQuery } from '../editor/findPlugin.js';
import { t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';

export interface FindHost {
  run(command: Command): boolean;
  state(): EditorState;
  focusEditor(): void;
}

export class FindBar {
  readonly el: HTMLElement;
  private readonly query: HTMLInputElement;
  private readonly replacement: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly replaceRow: HTMLElement;

  constructor(private readonly host: FindHost) {
    this.query = tx(h('input', { type: 'search', class: 'find-input', autocomplete: 'off' }), { 'aria-label': 'ui-find', placeholder: 'ui-find' });
    this.replacement = tx(h('input', { type: 'text', class: 'replace-input', autocomplete: 'off' }), {
      'aria-label': 'ui-replace-with',
      placeholder: 'ui-replace-with',
    });
    this.count = h('span', { class: 'find-count', 'aria-live': 'polite' });
    const button = (key: Parameters<typeof tx>[1]['text'], onclick: () => void, cls = '') =>
      tx(h('button', { type: 'button', class: `bar-button ${cls}`, onclick }), { text: key! });
    this.replaceRow = h(
      'div',
      { class: 'find-row replace-row' },
      this.replacement,
      button('ui-replace', () => this.replaceOne()),
      button('ui-replace-all', () => this.replaceAll()),
    );
    this.el = tx(h('div', { class: 'findbar', role: 'search', hidden: true }), { 'aria-label': 'ui-find-bar' });
    this.el.append(
      h(
        'div',
        { class: 'find-row' },
        this.query,
        this.count,
        button('ui-find-prev', () => this.step(findPrev)),
        button('ui-find-next', () => this.step(findNext)),
        tx(h('button', { type: 'button', class: 'bar-button close', onclick: () => this.close() }), { text: 'ui-close', title: 'ui-close' }),
      ),
      this.replaceRow,
    );
    this.query.addEventListener('input', () => this.host.run(setQuery(this.query.value)));
    this.query.addEventListener('keydown', (e) => this.onKey(e));
    this.replacement.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.replaceOne();
      } else if (e.key === 'Escape') this.close();
    });
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  /** Open for 查找 (replace: false) or 替换; the selected text becomes the query. */
  show(replace: boolean): void {
    this.el.hidden = false;
    this.replaceRow.hidden = !replace;
    const { from, to, empty } = this.host.state().selection;
    const selected = empty ? '' : this.host.state().doc.textBetween(from, to, ' ');
    if (selected && selected.length < 80 && !selected.includes('\n')) this.query.value = selected;
    this.host.run(setQuery(this.query.value));
    (replace && this.query.value ? this.replacement : this.query).focus();
    this.query.select();
  }

  close(): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.host.run(setQuery(''));
    this.host.focusEditor();
  }

  /** Refresh the match count (after any transaction while open). */
  refresh(): void {
    if (this.el.hidden) return;
    const { matches, current, query } = findState(this.host.state());
    this.count.textContent = query ? t('ui-find-count', { current: current >= 0 ? current + 1 : 0, total: matches.length }) : '';
    this.count.classList.toggle('none', !!query && matches.length === 0);
  }

  private step(command: Command): void {
    this.host.run(command);
  }

  private replaceOne(): void {
    this.host.run(replaceCurrent(this.replacement.value));
  }

  private replaceAll(): void {
    this.host.run(replaceAllMatches(this.replacement.value));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.step(e.shiftKey ? findPrev : findNext);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  }
}
