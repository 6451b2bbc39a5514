/**
 * 命令: a searchable list of every command with its shortcut (Ctrl+Shift+P),
 * so a command that has no button is still one keystroke and a few letters
 * away, in the browser host as in Electron. Type to filter (Chinese or
 * English label, or the shortcut), ↑/↓ to choose, Enter to run, Esc to close.
 */
import type { AppCommand } from '../app/commands.js';
import { message } from '../../core/messages/index.js';
import { t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';

export class CommandMenu {
  readonly el: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private shown: AppCommand[] = [];
  private selected = 0;
  /** The command chosen, run once the menu has closed. */
  private chosen: AppCommand | null = null;

  constructor(
    private readonly commands: Map<string, AppCommand>,
    private readonly afterClose: () => void,
  ) {
    this.input = tx(h('input', { type: 'text', class: 'command-input', autocomplete: 'off' }), {
      'aria-label': 'ui-command-filter',
      placeholder: 'ui-command-filter',
    });
    this.list = h('ul', { class: 'command-list', role: 'listbox' });
    this.el = tx(h('dialog', { class: 'command-menu' }), { 'aria-label': 'ui-command-menu' });
    this.el.append(this.input, this.list);
    this.input.addEventListener('input', () => {
      this.selected = 0;
      this.render();
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    // Every close (Esc, or a command chosen) gives the editor its focus and caret back, once, and only then
    // runs the chosen command: a command that moves the focus (the find bar) or asks in a dialog keeps it.
    this.el.addEventListener('close', () => {
      const chosen = this.chosen;
      this.chosen = null;
      this.afterClose();
      chosen?.run();
    });
  }

  open(): void {
    this.input.value = '';
    this.selected = 0;
    this.render();
    this.el.showModal();
    this.input.focus();
  }

  private matches(c: AppCommand, q: string): boolean {
    if (!q) return true;
    const hay = `${message(c.label, 'zh')} ${message(c.label, 'en')} ${c.keys ?? ''} ${c.id}`.toLowerCase();
    return q
      .toLowerCase()
      .split(/\s+/)
      .every((w) => hay.includes(w));
  }

  private render(): void {
    const q = this.input.value.trim();
    this.shown = [...this.commands.values()].filter((c) => c.id !== 'app.commandMenu' && this.matches(c, q));
    setChildren(
      this.list,
      ...this.shown.map((c, i) => {
        const disabled = c.enabled ? !c.enabled() : false;
        const li = h(
          'li',
          { role: 'option', class: 'command-item', 'aria-selected': String(i === this.selected), 'aria-disabled': String(disabled), 'data-command': c.id },
          h('span', { class: 'command-label' }, t(c.label)),
          c.keys ? h('kbd', {}, c.keys) : null,
        );
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => this.runAt(i));
        return li;
      }),
    );
    this.list.children[this.selected]?.scrollIntoView({ block: 'nearest' });
  }

  private runAt(i: number): void {
    const c = this.shown[i];
    if (!c || (c.enabled && !c.enabled())) return;
    this.chosen = c;
    this.el.close();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = this.shown.length;
      if (!n) return;
      this.selected = (this.selected + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
      this.render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.runAt(this.selected);
    }
  }
}
