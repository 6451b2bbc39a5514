/**
 * One row of toolbar at any window width: when the groups do not fit, the
 * ones a user needs least often on the toolbar go, whole, into a ›› menu
 * that stands after the main groups: first those with shortcuts (find,
 * Ctrl+F and Ctrl+H; undo/redo; then the panels and zoom), then the
 * lead/targets/glossary group, the styles, the command menu and language. The file group and the
 * last group (审阅, at the right) always stay. Fitting measures the row, so
 * it runs when the toolbar's width or its labels change, never on a key.
 *
 * `dropdown()` is every toolbar menu (导出▾, 审阅▾, ››): a <details> that a
 * click elsewhere closes, opened with ↓ on its button; in it ↓/→ and ↑/←
 * move to the next and previous control, Home/End to the ends, Esc closes
 * it and gives its button back the focus.
 */
import type { MessageKey } from '../../core/messages/index.js';
import { tx } from '../app/i18n.js';
import { h } from '../util/dom.js';

/** The order in which groups leave the row (labels of toolbar.ts's groups). */
const LEAVE_ORDER: MessageKey[] = ['ui-group-find', 'menu-edit', 'menu-view', 'menu-format', 'ui-group-styles', 'ui-group-more'];

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** The controls of an open menu that can take the focus, in order. */
function controls(popup: HTMLElement): HTMLElement[] {
  return [...popup.querySelectorAll<HTMLElement>('button:not(:disabled), summary')].filter((el) => el.getClientRects().length > 0);
}

export function dropdown(summary: HTMLElement, popup: HTMLElement, extraClass = ''): HTMLDetailsElement {
  const details = h('details', { class: `tool-menu ${extraClass}`.trim() }, summary, popup);
  document.addEventListener('click', (e) => {
    if (!details.contains(e.target as Node)) details.removeAttribute('open');
  });
  summary.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    details.open = true;
    controls(popup)[0]?.focus();
  });
  popup.addEventListener('keydown', (e) => {
    const list = controls(popup);
    const at = list.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    if (e.key in NEXT) next = list[(at + NEXT[e.key] + list.length) % list.length];
    else if (e.key === 'Home') next = list[0];
    else if (e.key === 'End') next = list[list.length - 1];
    else if (e.key === 'Escape') {
      details.open = false;
      next = summary;
    } else return;
    e.preventDefault();
    e.stopPropagation();
    next?.focus();
  });
  return details;
}

export class ToolbarOverflow {
  private readonly groups: HTMLElement[] = [];
  private readonly popup = h('div', { class: 'menu-popup overflow-popup', role: 'menu' });
  readonly el: HTMLDetailsElement;
  private width = 0;

  constructor(private readonly bar: HTMLElement) {
    const summary = tx(h('summary', { class: 'tool' }, '››'), { title: 'ui-toolbar-more', 'aria-label': 'ui-toolbar-more' });
    this.el = dropdown(summary, this.popup, 'tool-overflow');
    this.el.hidden = true;
    new ResizeObserver(() => {
      if (bar.clientWidth !== this.width) this.fit();
    }).observe(bar);
  }

  /** A group joins the toolbar (at its end). */
  add(group: HTMLElement): void {
    this.groups.push(group);
    this.fit();
  }

  /** Put every group back in the row, then move groups into ›› until the row fits. */
  fit(): void {
    this.width = this.bar.clientWidth;
    const last = this.groups[this.groups.length - 1];
    if (!last) return;
    this.bar.append(...this.groups.slice(0, -1), this.el, last);
    this.el.hidden = true;
    this.el.open = false;
    if (!this.width || !this.overflows()) return;
    this.el.hidden = false;
    const left: HTMLElement[] = [];
    for (const label of LEAVE_ORDER) {
      const group = this.groups.find((g, i) => i > 0 && g !== last && g.dataset.group === label);
      if (!group) continue;
      this.popup.append(group);
      left.push(group);
      if (!this.overflows()) break;
    }
    // A group that left early may fit in the room the last one made (a narrow one before a wide one).
    for (const group of left.slice(0, -1).reverse()) {
      this.putBack(group);
      if (this.overflows()) this.popup.append(group);
    }
    // In the menu the groups keep the toolbar's order.
    this.popup.append(...this.groups.filter((g) => g.parentElement === this.popup));
  }

  /** Put a group back in the row, at its place among the groups there. */
  private putBack(group: HTMLElement): void {
    const after = this.groups.slice(this.groups.indexOf(group) + 1).find((g) => g.parentElement === this.bar);
    this.bar.insertBefore(group, after && after !== this.groups[this.groups.length - 1] ? after : this.el);
  }

  /** Whether the row is wider than the toolbar (its last group pushed past the right padding). */
  private overflows(): boolean {
    const end = this.bar.getBoundingClientRect().right - parseFloat(getComputedStyle(this.bar).paddingRight);
    return (this.bar.lastElementChild as HTMLElement).getBoundingClientRect().right > end + 0.5;
  }
}
