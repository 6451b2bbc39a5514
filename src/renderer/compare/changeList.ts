/**
 * 改动列表: every change with its kind, heading path and a few words, the
 * counts by kind (each a filter that can be switched off), and a filter by
 * part. The list says which changes are shown; F7 and Shift+F7 step through
 * those. Changes already decided (decisions.ts) leave the list.
 */
import { CHANGE_KINDS, pathLabel, type Change, type ChangeKind } from '../../core/diff/index.js';
import type { MessageKey } from '../../core/messages/index.js';
import { lang, t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';

const EXCERPT = 36;

/** A few words of the change: for an edit inside a paragraph, the words around its first edit. */
function excerpt(c: Change): string {
  if (c.kind === 'renumber') return `${c.before} → ${c.after}`;
  let text = (c.after || c.before).replace(/\n/g, ' ');
  let lead = '';
  if (c.kind === 'modify' && c.spans && !c.whole) {
    const first = c.spans.findIndex((s) => s.op !== 'equal');
    const before = c.spans.slice(0, Math.max(first, 0)).map((s) => s.text).join('');
    const context = EXCERPT / 3;
    const cut = Math.max(0, before.length - context);
    lead = cut > 0 ? '…' : '';
    text = c.spans.map((s) => (s.op === 'delete' ? '' : s.text)).join('').replace(/\n/g, ' ').slice(cut);
  }
  return lead + (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);
}

export class ChangeList {
  readonly el: HTMLElement;
  private readonly kinds: HTMLElement;
  private readonly part: HTMLSelectElement;
  private readonly list: HTMLElement;
  private readonly hidden = new Set<ChangeKind>();
  private changes: Change[] = [];
  /** Changes already decided (accepted or rejected without editing): off the list. */
  private settled = new Set<number>();
  private current = -1;

  constructor(
    private readonly select: (index: number) => void,
    private readonly filtered: () => void,
  ) {
    this.kinds = tx(h('div', { class: 'cmp-kinds', role: 'group' }), { 'aria-label': 'compare-filter-kind' });
    this.part = tx(h('select', { class: 'cmp-part' }), { 'aria-label': 'compare-filter-part' });
    this.part.addEventListener('change', () => this.refilter());
    this.list = tx(h('ol', { class: 'cmp-list' }), { 'aria-label': 'compare-list' });
    this.el = h('nav', { class: 'cmp-changes' }, this.kinds, this.part, this.list);
  }

  show(changes: Change[], settled: Set<number> = new Set()): void {
    this.changes = changes;
    this.settled = settled;
    this.current = -1;
    const parts = [...new Set(changes.map((c) => c.path[0]).filter((p): p is string => !!p))];
    setChildren(this.part, h('option', { value: '' }, t('compare-all-parts')), ...parts.map((p) => h('option', { value: p }, pathLabel([p], lang()))));
    this.render();
  }

  /** Indices of the changes the filters let through, in order. */
  visible(): number[] {
    const part = this.part.value;
    return this.changes.flatMap((c, i) => (!this.settled.has(i) && !this.hidden.has(c.kind) && (!part || c.path[0] === part) ? [i] : []));
  }

  setCurrent(index: number): void {
    this.current = index;
    for (const li of this.list.children) li.setAttribute('aria-current', String(Number((li as HTMLElement).dataset.change) === index));
    this.list.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private refilter(): void {
    this.render();
    this.filtered();
  }

  private render(): void {
    const counts = new Map<ChangeKind, number>();
    this.changes.forEach((c, i) => {
      if (!this.settled.has(i)) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    });
    setChildren(
      this.kinds,
      ...CHANGE_KINDS.filter((k) => counts.has(k)).map((k) => {
        const box = h('input', { type: 'checkbox', checked: !this.hidden.has(k), 'data-kind': k });
        box.addEventListener('change', () => {
          if ((box as HTMLInputElement).checked) this.hidden.delete(k);
          else this.hidden.add(k);
          this.refilter();
        });
        return h('label', { class: `cmp-kind cmp-kind-${k}` }, box, `${t(`compare-kind-${k}` as MessageKey)} ${counts.get(k)}`);
      }),
    );
    setChildren(
      this.list,
      ...this.visible().map((i) => {
        const c = this.changes[i];
        const item = h(
          'button',
          { type: 'button', class: 'cmp-item' },
          h('span', { class: `cmp-badge cmp-kind-${c.kind}` }, t(`compare-kind-${c.kind}` as MessageKey)),
          h('span', { class: 'cmp-where' }, pathLabel(c.path, lang())),
          h('span', { class: 'cmp-excerpt' }, excerpt(c)),
        );
        item.addEventListener('click', () => this.select(i));
        return h('li', { 'data-change': i, 'data-kind': c.kind, 'aria-current': String(i === this.current) }, item);
      }),
    );
  }
}
