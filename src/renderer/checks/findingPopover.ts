/**
 * The small box beside a finding in the text: its message and its fix
 * button(s), shown while the pointer is over the mark, or while the caret
 * is in it (after moving the caret there, a click or a jump from the panel;
 * never while typing). A fix works from here as from the panel. The box
 * takes no focus: a press on it keeps the caret and the selection in the text.
 *
 * On a keystroke this costs a comparison: the box hides when the text
 * changes, and is placed (a layout read) only when the caret moved.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { fixesOf } from '../../core/checks/finding.js';
import type { Finding, QuickFix } from '../../core/checks/types.js';
import { lang, t } from '../app/i18n.js';
import { h } from '../util/dom.js';

const SEVERITY_KEY = { error: 'ui-severity-error', warning: 'ui-severity-warning', info: 'ui-severity-info' } as const;

/** At most this many findings of one place are shown. */
const MAX_SHOWN = 3;

type Mode = 'hover' | 'caret';

export type FindingsAt = (state: EditorState, from: number, to?: number) => Finding[];

export class FindingPopover {
  readonly el: HTMLElement;
  private mode: Mode | null = null;
  private anchor: HTMLElement | null = null;
  private hideTimer = 0;
  private frame = 0;
  private readonly onScroll = (event: Event) => this.followScroll(event.target);

  constructor(
    private readonly view: EditorView,
    private readonly findingsAt: FindingsAt,
    private readonly fix: (finding: Finding, fix: QuickFix) => void,
  ) {
    this.el = h('div', { class: 'finding-popover', role: 'group' });
    this.el.hidden = true;
    // Keep the caret and selection in the text when a button is pressed.
    this.el.addEventListener('mousedown', (event) => event.preventDefault());
    this.el.addEventListener('mouseenter', () => window.clearTimeout(this.hideTimer));
    this.el.addEventListener('mouseleave', () => this.mode === 'hover' && this.hideSoon());
    document.body.append(this.el);
    document.addEventListener('scroll', this.onScroll, true);
  }

  get shown(): boolean {
    return this.mode !== null;
  }

  /** After a transaction: hide on an edit, follow the caret when it moved, drop findings that went. */
  update(prev: EditorState): void {
    const state = this.view.state;
    if (state.doc !== prev.doc) {
      if (this.mode) this.hide();
      return;
    }
    if (!state.selection.eq(prev.selection)) {
      this.scheduleCaret();
      return;
    }
    if (this.mode === 'caret') this.scheduleCaret();
  }

  /** The pointer went over an element of the text. */
  hover(target: EventTarget | null): void {
    const mark = target instanceof Element ? target.closest<HTMLElement>('.finding-mark, .finding-block') : null;
    if (!mark || !this.view.dom.contains(mark)) return;
    window.clearTimeout(this.hideTimer);
    if (this.mode === 'hover' && this.anchor === mark) return;
    let pos: number;
    try {
      pos = this.view.posAtDOM(mark, 0);
    } catch {
      return;
    }
    const findings = this.findingsAt(this.view.state, pos, pos);
    if (!findings.length) return;
    this.anchor = mark;
    this.render(findings, 'hover');
    this.place(mark.getBoundingClientRect());
  }

  /** The pointer left an element of the text, for `to`. */
  leave(to: EventTarget | null): void {
    if (this.mode !== 'hover') return;
    if (to instanceof Node && (this.el.contains(to) || this.anchor?.contains(to))) return;
    this.hideSoon();
  }

  hide(): void {
    window.clearTimeout(this.hideTimer);
    this.mode = null;
    this.anchor = null;
    this.el.hidden = true;
  }

  destroy(): void {
    window.clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.frame);
    document.removeEventListener('scroll', this.onScroll, true);
    this.el.remove();
  }

  private hideSoon(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 300);
  }

  /**
   * The caret is placed after the frame's scrolling (a jump from the panel
   * scrolls the finding to the middle after it selects it), so the box lands
   * where the finding ends up.
   */
  private scheduleCaret(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.showAtCaret();
    });
  }

  private showAtCaret(): void {
    const { state } = this.view;
    const { from, to } = state.selection;
    const findings = this.view.hasFocus() && !this.view.composing ? this.findingsAt(state, from, to) : [];
    if (!findings.length) {
      if (this.mode === 'caret') this.hide();
      return;
    }
    if (this.mode === 'hover') return;
    this.render(findings, 'caret');
    this.placeAtCaret();
  }

  private placeAtCaret(): void {
    const { from } = this.view.state.selection;
    const at = this.view.coordsAtPos(from);
    this.place({ left: at.left, top: at.top, bottom: at.bottom });
  }

  /**
   * A scroll that moves the text (the page's, or the window's) carries the box
   * with its finding; a hover box whose mark was redrawn or scrolled out of
   * sight goes. A scroll elsewhere (the findings list, the outline) leaves it.
   */
  private followScroll(scrolled: EventTarget | null): void {
    const moved = scrolled instanceof Document || (scrolled instanceof Node && scrolled.contains(this.view.dom));
    if (!moved) return;
    if (this.mode === 'caret') this.placeAtCaret();
    else if (this.mode === 'hover') {
      const rect = this.anchor?.isConnected ? this.anchor.getBoundingClientRect() : null;
      if (rect && rect.bottom > 0 && rect.top < window.innerHeight) this.place(rect);
      else this.hide();
    }
  }

  private render(findings: Finding[], mode: Mode): void {
    this.mode = mode;
    const l = lang();
    const rows = findings.slice(0, MAX_SHOWN).map((f) => {
      const fixes = fixesOf(f).map((x) => {
        const button = h('button', { type: 'button', class: 'finding-fix finding-popover-fix', title: x.label[l] }, fixesOf(f).length > 1 ? x.label[l] : t('ui-fix'));
        button.addEventListener('click', () => {
          this.hide();
          this.fix(f, x);
        });
        return button;
      });
      return h(
        'div',
        { class: `finding-popover-item ${f.severity}`, 'data-rule': f.rule },
        h('span', { class: `badge ${f.severity}` }, t(SEVERITY_KEY[f.severity])),
        h('span', { class: 'finding-popover-message' }, f.message[l]),
        fixes.length ? h('div', { class: 'finding-popover-fixes' }, ...fixes) : null,
      );
    });
    this.el.replaceChildren(...rows);
    this.el.setAttribute('aria-label', t('ui-finding-popover', { rule: findings[0].rule }));
    this.el.dataset.mode = mode;
    this.el.hidden = false;
  }

  /** Below the anchor, or above it when there is no room below; inside the window. */
  private place(rect: { left: number; top: number; bottom: number }): void {
    const box = this.el.getBoundingClientRect();
    const below = rect.bottom + 4;
    const top = below + box.height > window.innerHeight && rect.top - box.height - 4 > 0 ? rect.top - box.height - 4 : below;
    const left = Math.max(4, Math.min(rect.left, window.innerWidth - box.width - 4));
    this.el.style.left = `${left}px`;
    this.el.style.top = `${top}px`;
  }
}
