/**
 * The toolbar, grouped as in Word or WPS: file, undo/redo, styles (一级标题 …
 * 正文, the current block's style pressed), lead sentence and targets
 * summary, glossary, find/replace, panels, zoom, command menu and language.
 * Each button runs a command from app/commands.ts; its tooltip names the
 * shortcut. Buttons do not take the focus from the text.
 *
 * The toolbar keeps to one row: groups that do not fit go, whole, into the
 * ›› menu (toolbarOverflow.ts). A menu opens with ↓ on its button, and ↑/↓
 * (←/→), Home/End move in it; Esc closes it and gives its button the focus.
 */
import type { AppCommand } from '../app/commands.js';
import { t, tx } from '../app/i18n.js';
import type { MessageKey } from '../../core/messages/index.js';
import { h } from '../util/dom.js';
import { dropdown, ToolbarOverflow } from './toolbarOverflow.js';

export interface Group {
  label: MessageKey;
  items: (string | { menu: MessageKey; ids: string[] })[];
}

const GROUPS: Group[] = [
  { label: 'menu-file', items: ['file.new', 'file.startPage', 'file.open', 'file.save', { menu: 'menu-file-export', ids: ['file.saveAs', 'file.import', 'file.exportDocx', 'file.exportPdf', 'file.exportHtml', 'file.exportTxt', 'file.exportComments'] }] },
  { label: 'menu-edit', items: ['edit.undo', 'edit.redo'] },
  { label: 'ui-group-styles', items: ['format.part', 'format.section', 'format.item', 'format.paragraph'] },
  { label: 'menu-format', items: ['format.lead', 'format.targetSummary', 'insert.glossaryEntry'] },
  { label: 'ui-group-find', items: ['edit.find', 'edit.replace'] },
  { label: 'menu-view', items: ['view.outline', 'view.checks', 'view.zoomOut', 'view.zoomReset', 'view.zoomIn'] },
  { label: 'ui-group-more', items: ['app.commandMenu', 'view.language'] },
];

/** Short labels for the narrow toolbar buttons (the full label is the tooltip). */
const SHORT: Partial<Record<string, MessageKey>> = {
  'view.zoomIn': 'ui-zoom-in-short',
  'view.zoomOut': 'ui-zoom-out-short',
  'view.zoomReset': 'ui-zoom-reset-short',
  'view.language': 'ui-language-short',
  'app.commandMenu': 'ui-command-menu-short',
  'insert.glossaryEntry': 'ui-insert-glossary-short',
  'file.startPage': 'ui-start-title',
  'review.track': 'review-track-short',
  'review.newComment': 'comment-new-short',
};

export class Toolbar {
  readonly el: HTMLElement;
  private readonly buttons: { command: AppCommand; el: HTMLButtonElement }[] = [];
  private readonly overflow: ToolbarOverflow;

  constructor(private readonly commands: Map<string, AppCommand>) {
    this.el = tx(h('div', { class: 'toolbar', role: 'toolbar' }), { 'aria-label': 'ui-toolbar' });
    this.overflow = new ToolbarOverflow(this.el);
    for (const group of GROUPS) this.addGroup(group);
  }

  /** A group added by a feature installed after the window was built (审阅): its commands must exist by then. */
  addGroup(group: Group): void {
    const box = tx(h('div', { class: 'tool-group', role: 'group', 'data-group': group.label }), { 'aria-label': group.label });
    for (const item of group.items) box.append(typeof item === 'string' ? this.button(item) : this.menu(item.menu, item.ids));
    this.overflow.add(box);
  }

  private button(id: string, inMenu = false): HTMLElement {
    const command = this.commands.get(id)!;
    const el = h('button', { type: 'button', class: inMenu ? 'menu-item' : 'tool', 'data-command': id });
    tx(el, { text: inMenu ? command.label : (SHORT[id] ?? command.label) });
    el.title = this.tooltip(command);
    if (command.active) el.setAttribute('aria-pressed', 'false');
    // Keep the text's selection: the button must not take the focus on mousedown.
    el.addEventListener('mousedown', (e) => e.preventDefault());
    el.addEventListener('click', () => {
      el.closest('details')?.removeAttribute('open');
      command.run();
    });
    this.buttons.push({ command, el });
    return el;
  }

  private menu(label: MessageKey, ids: string[]): HTMLElement {
    const summary = tx(h('summary', { class: 'tool' }), { text: label });
    return dropdown(summary, h('div', { class: 'menu-popup', role: 'menu' }, ...ids.map((id) => this.button(id, true))));
  }

  private tooltip(command: AppCommand): string {
    return command.keys ? `${t(command.label)}（${command.keys}）` : t(command.label);
  }

  /**
   * The zoom button between － and ＋ shows the page's zoom (110%), and
   * sets it back to 100 % when pressed, as Word's zoom control does.
   */
  setZoom(zoom: number): void {
    const el = this.buttons.find(({ command }) => command.id === 'view.zoomReset')?.el;
    if (!el) return;
    // The figure is the label in every language: not relabelled from the catalog.
    delete el.dataset.i18nText;
    el.textContent = `${Math.round(zoom * 100)}%`;
  }

  /** Put `el` (a pop-up such as 最近打开) right after the button of command `id`. */
  insertAfter(id: string, el: HTMLElement): void {
    this.buttons.find(({ command }) => command.id === id)?.el.after(el);
  }

  /** Focus the first button that can be pressed (F6 reaching the toolbar). */
  focus(): void {
    this.buttons.find(({ el }) => !el.disabled && el.getClientRects().length > 0)?.el.focus();
  }

  /** Update pressed and disabled states (after a selection change or a panel toggle). */
  refresh(): void {
    // Only what changed is written: any write repaints the toolbar, and this runs after every keystroke.
    for (const { command, el } of this.buttons) {
      const pressed = command.active ? String(command.active()) : null;
      if (pressed !== null && el.getAttribute('aria-pressed') !== pressed) el.setAttribute('aria-pressed', pressed);
      const disabled = command.enabled ? !command.enabled() : false;
      if (el.disabled !== disabled) el.disabled = disabled;
    }
  }

  /** Re-make the tooltips in the current language (labels relabel themselves). */
  relabel(): void {
    for (const { command, el } of this.buttons) el.title = this.tooltip(command);
    this.overflow.fit();
  }
}
