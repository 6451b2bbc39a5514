/**
 * 大纲: a `nav` (aria-label 大纲) with one line per part, section and item,
 * each line beginning with its derived number (三、2022年工作安排, （一）实施产业
 * 质效提升行动, 1.…), then a line per annex (附件 名词解释) and one per entry of
 * it (1. 五个率先). A click jumps to the heading; a heading's line can be
 * dragged before or after a line of its level, or onto a line one level up
 * to become its last child (commands/moveSection.ts does the move, so
 * numbering follows and undo works); Alt+Shift+↑/↓ on a focused line moves
 * it too. The lines of the part, section and item holding the cursor are
 * highlighted. The list is one tab stop with the arrow keys inside
 * (util/roving.ts).
 *
 * The list is rebuilt only when the outline's text changed (a heading was
 * typed in, added, removed or moved), never on plain typing in paragraphs.
 * Under review it follows the view's reading, as the numbers in the text do
 * (core/numbering.ts): in 显示修订 and 最终状态 a part, section or entry
 * deleted whole is left out and titles read without deleted text; in 原始状态
 * inserted ones are left out instead.
 *
 * A line is a link without an address (role link, focusable, Enter jumps).
 * With `href="#id"` each line is a link to a web address, and Chromium
 * watches those with a delayed intersection observer (its navigation
 * predictor, as far as a trace tells): on a long report, after a change of
 * layout (a keystroke included) that observer asked for one more frame some
 * 10–100 ms later, and a keystroke arriving meanwhile waited for the frame
 * clock before it was drawn (65–77 frames more for 100 fast keystrokes in a
 * trace; none without).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { annexName, entryLabel, numberLabel } from '../../core/numbering.js';
import { levelOf } from '../../core/schema.js';
import { textIn } from '../../core/outline.js';
import { goesWhole, type Reading } from '../../core/review/finalState.js';
import type { MoveTarget } from '../commands/moveSection.js';
import { tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';
import { Roving } from '../util/roving.js';

export interface OutlineLine {
  id: string;
  /** 1–3 for a part, section or item; 0 for an annex and its entries. */
  level: number;
  /** A heading (draggable), an annex (附件 名词解释), or an annex's numbered entry (a glossary term, a 民生实事 item). */
  kind: 'heading' | 'annex' | 'entry';
  label: string;
  title: string;
}

/** The deepest heading level the outline lists: items (1.), not subitems. */
const OUTLINE_DEPTH = 3;

/**
 * The outline's lines in document order: parts, sections and items, then
 * each annex (its label and title, e.g. 附件 名词解释) with its numbered
 * entries (a glossary's terms, 1. 五个率先).
 */
export function outlineLines(doc: PMNode, reading: Reading = 'final'): OutlineLine[] {
  const lines: OutlineLine[] = [];
  const walk = (parent: PMNode): void => {
    let n = 0;
    parent.forEach((child) => {
      const level = levelOf(child.type.name);
      if (level === 0 || level > OUTLINE_DEPTH || goesWhole(child, reading)) return;
      n += 1;
      lines.push({ id: child.attrs.id as string, level, kind: 'heading', label: numberLabel(level, n), title: child.firstChild ? textIn(child.firstChild, reading) : '' });
      if (level < OUTLINE_DEPTH) walk(child);
    });
  };
  walk(doc);
  doc.forEach((annex) => {
    if (annex.type.name === 'annex') lines.push(...annexLines(annex, reading));
  });
  return lines;
}

function annexLines(annex: PMNode, reading: Reading): OutlineLine[] {
  let label = '';
  let title = '';
  const entries: OutlineLine[] = [];
  annex.forEach((child) => {
    const name = child.type.name;
    if (name === 'annexLabel') label = textIn(child, reading).trim();
    else if (name === 'annexTitle') title = textIn(child, reading).trim();
    else if ((name === 'glossaryEntry' || name === 'annexItem') && !goesWhole(child, reading)) {
      // A glossary entry shows its term; an item of a list its text (the line wraps to two lines at most).
      const text = textIn(name === 'glossaryEntry' ? child.firstChild! : child, reading);
      entries.push({ id: child.attrs.id as string, level: 0, kind: 'entry', label: entryLabel(child, entries.length + 1), title: text });
    }
  });
  // An annex without a title is named as a path names it (its label, else 附件).
  const head: OutlineLine = { id: annex.attrs.id as string, level: 0, kind: 'annex', label: label && title ? `${label}\u3000` : '', title: title || annexName(annex) };
  return [head, ...entries];
}

const DRAG_TYPE = 'application/x-caogao-outline';

export interface OutlineCallbacks {
  jump(id: string): void;
  move(sourceId: string, target: MoveTarget): void;
}

export class OutlinePanel {
  readonly el: HTMLElement;
  private readonly list: HTMLElement;
  private signature = '';
  private lines: OutlineLine[] = [];
  private current = new Set<string>();
  private dragging: OutlineLine | null = null;

  /** The list is one tab stop; ↑/↓/Home/End move between lines, Enter jumps. */
  readonly roving: Roving;

  constructor(private readonly callbacks: OutlineCallbacks) {
    this.list = h('div', { class: 'outline-list' });
    this.el = tx(h('nav', { class: 'panel outline' }), { 'aria-label': 'ui-outline' });
    this.el.append(tx(h('div', { class: 'panel-title', 'aria-hidden': 'true' }), { text: 'ui-outline' }), this.list);
    this.roving = new Roving(this.list, {
      items: () => Array.from(this.list.querySelectorAll<HTMLElement>('.outline-line')),
      key: (el) => el.dataset.id!,
      activate: (el) => this.callbacks.jump(el.dataset.id!),
    });
  }

  update(doc: PMNode, reading: Reading = 'final'): void {
    const lines = outlineLines(doc, reading);
    const signature = lines.map((l) => `${l.id}|${l.level}|${l.label}|${l.title}`).join('\n');
    if (signature === this.signature) return;
    this.signature = signature;
    this.lines = lines;
    const focused = this.roving.hasFocus();
    setChildren(this.list, ...lines.map((line) => this.lineElement(line)));
    if (!lines.length) this.list.append(tx(h('p', { class: 'panel-empty' }), { text: 'ui-outline-empty' }));
    this.roving.refresh();
    this.paintCurrent();
    // A line that had the focus is a new element now: the focus stays on the line of the same id.
    if (focused) this.roving.current()?.focus();
  }

  /** Highlight the lines of these containers (the part and section at the cursor). */
  highlight(ids: string[]): void {
    const next = new Set(ids);
    if (next.size === this.current.size && ids.every((id) => this.current.has(id))) return;
    this.current = next;
    this.paintCurrent();
  }

  private paintCurrent(): void {
    let deepest: HTMLElement | null = null;
    for (const el of Array.from(this.list.querySelectorAll<HTMLElement>('.outline-line'))) {
      const on = this.current.has(el.dataset.id!);
      el.classList.toggle('current', on);
      if (on) {
        el.setAttribute('aria-current', 'location');
        deepest = el;
      } else el.removeAttribute('aria-current');
    }
    if (!deepest) return;
    deepest.scrollIntoView({ block: 'nearest' });
    // While the focus is elsewhere, the tab stop follows the caret: Tab or F6 lands on the line of the place being edited.
    if (!this.roving.hasFocus()) this.roving.setCurrent(deepest);
  }

  private lineElement(line: OutlineLine): HTMLElement {
    const el = h(
      'a',
      {
        class: `outline-line ${line.kind === 'heading' ? `level${line.level}` : line.kind}`,
        role: 'link',
        tabindex: '-1',
        draggable: line.kind === 'heading' ? 'true' : null,
        'data-id': line.id,
        'data-level': line.level,
        title: `${line.label}${line.title}`,
      },
      h('span', { class: 'num' }, line.label),
      h('span', { class: 'text' }, line.title),
    );
    el.addEventListener('click', () => this.callbacks.jump(line.id));
    if (line.kind !== 'heading') return el;
    el.addEventListener('keydown', (event) => this.onKey(event, line));
    el.addEventListener('dragstart', (event) => {
      this.dragging = line;
      event.dataTransfer?.setData(DRAG_TYPE, line.id);
      event.dataTransfer?.setData('text/plain', `${line.label}${line.title}`);
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      el.classList.add('dragging');
    });
    el.addEventListener('dragend', () => {
      this.dragging = null;
      el.classList.remove('dragging');
      this.clearDropMarks();
    });
    el.addEventListener('dragover', (event) => this.onDragOver(event, line, el));
    el.addEventListener('dragleave', () => el.classList.remove('drop-before', 'drop-after', 'drop-into'));
    el.addEventListener('drop', (event) => this.onDrop(event, line, el));
    return el;
  }

  /** Where a drop on `line` at this pointer position would put the dragged line, if anywhere. */
  private targetFor(event: DragEvent, line: OutlineLine, el: HTMLElement): MoveTarget | null {
    const source = this.dragging;
    if (!source || source.id === line.id) return null;
    if (source.level === line.level) {
      const box = el.getBoundingClientRect();
      return { id: line.id, where: event.clientY < box.top + box.height / 2 ? 'before' : 'after' };
    }
    if (source.level === line.level + 1) return { id: line.id, where: 'into' };
    return null;
  }

  private onDragOver(event: DragEvent, line: OutlineLine, el: HTMLElement): void {
    const target = this.targetFor(event, line, el);
    if (!target) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    el.classList.remove('drop-before', 'drop-after', 'drop-into');
    el.classList.add(`drop-${target.where}`);
  }

  private onDrop(event: DragEvent, line: OutlineLine, el: HTMLElement): void {
    const target = this.targetFor(event, line, el);
    const source = this.dragging;
    this.clearDropMarks();
    if (!target || !source) return;
    event.preventDefault();
    this.callbacks.move(source.id, target);
  }

  private clearDropMarks(): void {
    this.list.querySelectorAll('.drop-before, .drop-after, .drop-into').forEach((e) => e.classList.remove('drop-before', 'drop-after', 'drop-into'));
  }

  /** Alt+Shift+↑/↓ moves a heading's line before or after its neighbour of the same level. */
  private onKey(event: KeyboardEvent, line: OutlineLine): void {
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const siblings = this.lines.filter((l) => l.kind === 'heading' && l.level === line.level);
    const i = siblings.findIndex((l) => l.id === line.id);
    const other = siblings[event.key === 'ArrowUp' ? i - 1 : i + 1];
    if (!other) return;
    this.callbacks.move(line.id, { id: other.id, where: event.key === 'ArrowUp' ? 'before' : 'after' });
    requestAnimationFrame(() => this.list.querySelector<HTMLElement>(`[data-id="${line.id}"]`)?.focus());
  }
}
