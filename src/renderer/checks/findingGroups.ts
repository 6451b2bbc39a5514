/**
 * The checks list grouped (groups.ts): a collapsible group per rule, in the
 * order of what matters, and the suppressed findings last, folded. A group of
 * many findings (more than COLLAPSE_AT) starts folded, so that 34 half-width
 * commas are one line; a group with at least two findings that each have one
 * fix offers 全部修正 beside its title. The panel builds each finding's row;
 * this only arranges them. Which groups the user folded or opened is
 * remembered across re-renders, and rows and groups that did not change are kept.
 */
import type { Finding, QuickFix } from '../../core/checks/types.js';
import type { Lang } from '../../core/messages/index.js';
import { t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { groupFindings, type RuleGroup } from './groups.js';

/** A rule's group with more findings than this starts folded. */
export const COLLAPSE_AT = 5;

/** What a list shows now: its groups by key, its rows by the key of their finding, and the groups the user folded (or, for the suppressed group, opened). */
interface DrawnGroup {
  item: HTMLElement;
  details: HTMLDetailsElement;
  summary: HTMLElement;
  list: HTMLElement;
  fixAll: HTMLButtonElement | null;
  /** What 全部修正 applies now. */
  fixes: QuickFix[];
}

interface Drawn {
  groups: Map<string, DrawnGroup>;
  rows: Map<string, HTMLElement[]>;
  toggled: Set<string>;
}

const drawn = new WeakMap<HTMLElement, Drawn>();

/**
 * Make `parent`'s children be `children`, in that order, moving as few as
 * possible: a row left in place is not styled and laid out again.
 */
function reconcile(parent: HTMLElement, children: readonly HTMLElement[]): void {
  const keep = new Set<Node>(children);
  let cursor = parent.firstChild;
  const dropGone = (): void => {
    while (cursor && !keep.has(cursor)) {
      const next: ChildNode | null = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  };
  for (const child of children) {
    dropGone();
    if (child === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(child, cursor);
  }
  dropGone();
}

interface GroupSpec {
  key: string;
  openByDefault: boolean;
  title: string;
  cls: string;
  children: HTMLElement[];
  /** 全部修正 of a rule's group, when two or more of its findings each have one fix. */
  fixAll?: { fixes: QuickFix[]; run: (fixes: QuickFix[]) => void };
}

function group(state: Drawn, next: Drawn['groups'], spec: GroupSpec): HTMLElement {
  const { key, openByDefault } = spec;
  let g = state.groups.get(key);
  if (!g) {
    const summary = h('summary', { class: 'check-group-title' });
    const list = h('ul', { class: 'check-group-list' });
    const details = h('details', { class: `check-group ${spec.cls}`, 'data-group': key }, summary, list) as HTMLDetailsElement;
    details.open = state.toggled.has(key) ? !openByDefault : openByDefault;
    details.addEventListener('toggle', () => {
      if (details.open === openByDefault) state.toggled.delete(key);
      else state.toggled.add(key);
    });
    g = { item: h('li', { class: 'check-group-item' }, details), details, summary, list, fixAll: null, fixes: [] };
  }
  if (g.details.className !== `check-group ${spec.cls}`) g.details.className = `check-group ${spec.cls}`;
  if (g.summary.textContent !== spec.title) g.summary.textContent = spec.title;
  g.fixes = spec.fixAll?.fixes ?? [];
  if (spec.fixAll && g.fixes.length >= 2) {
    const run = spec.fixAll.run;
    const drawnGroup = g;
    if (!g.fixAll) {
      g.fixAll = h('button', { type: 'button', class: 'finding-fix check-fix-all' }) as HTMLButtonElement;
      g.fixAll.addEventListener('click', () => run(drawnGroup.fixes));
      g.item.append(g.fixAll);
    }
    const label = t('ui-fix-all');
    const tip = t('ui-fix-all-tip', { count: g.fixes.length });
    if (g.fixAll.textContent !== label) g.fixAll.textContent = label;
    if (g.fixAll.title !== tip) g.fixAll.title = tip;
  } else if (g.fixAll) {
    g.fixAll.remove();
    g.fixAll = null;
  }
  reconcile(g.list, spec.children);
  next.set(key, g);
  return g.item;
}

export interface RenderOptions {
  lang: Lang;
  /** Builds one finding's row. */
  row(f: Finding): HTMLElement;
  /** What a row shows: a finding with the same key keeps its row. */
  key(f: Finding): string;
  /** 仅显示错误. */
  errorsOnly: boolean;
  /** 全部修正: apply these fixes as one step. */
  fixAll(fixes: QuickFix[]): void;
}

/**
 * Fill `list` with the findings grouped; `row` builds one finding's element.
 * A finding whose `key` (its content, and whatever else its row shows) is
 * the same as at the last call keeps its row, and a group keeps its element:
 * on a long report a run of the checks that changes one finding changes one
 * row, not the hundreds around it.
 */
export function renderGroups(list: HTMLElement, findings: readonly Finding[], options: RenderOptions): void {
  const state = drawn.get(list) ?? { groups: new Map(), rows: new Map(), toggled: new Set<string>() };
  drawn.set(list, state);
  const groups: Drawn['groups'] = new Map();
  const rows: Drawn['rows'] = new Map();
  const rowOf = (f: Finding): HTMLElement => {
    const k = options.key(f);
    const el = state.rows.get(k)?.shift() ?? options.row(f);
    const same = rows.get(k);
    if (same) same.push(el);
    else rows.set(k, [el]);
    return el;
  };
  const { rules, suppressed } = groupFindings(findings, { errorsOnly: options.errorsOnly });
  const items = rules.map((r: RuleGroup) =>
    group(state, groups, {
      key: r.rule,
      openByDefault: r.findings.length <= COLLAPSE_AT,
      title: t('ui-checks-group', { label: r.label[options.lang], count: r.findings.length }),
      cls: `rule severity-${r.severity}`,
      children: r.findings.map(rowOf),
      fixAll: { fixes: r.fixes, run: options.fixAll },
    }),
  );
  if (suppressed.length) {
    items.push(group(state, groups, { key: 'suppressed', openByDefault: false, title: t('ui-checks-suppressed-group', { count: suppressed.length }), cls: 'suppressed', children: suppressed.map(rowOf) }));
  }
  reconcile(list, items);
  state.groups = groups;
  state.rows = rows;
}
