/**
 * The checks list grouped (groups.ts): a collapsible group per severity, a
 * collapsible group per rule inside it, and the suppressed findings last,
 * folded. The panel builds each finding's row; this only arranges them.
 * Which groups the user folded is remembered across re-renders, and rows and
 * groups that did not change are kept.
 */
import type { Finding } from '../../core/checks/types.js';
import type { Lang } from '../../core/messages/index.js';
import { t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { groupFindings } from './groups.js';

const SEVERITY_KEY = { error: 'ui-severity-error', warning: 'ui-severity-warning', info: 'ui-severity-info' } as const;

/** What a list shows now: its groups by key, its rows by the key of their finding, and the groups the user folded (or, for the suppressed group, opened). */
interface Drawn {
  groups: Map<string, { item: HTMLElement; summary: HTMLElement; list: HTMLElement }>;
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

function group(state: Drawn, next: Drawn['groups'], key: string, openByDefault: boolean, title: string, cls: string, children: HTMLElement[]): HTMLElement {
  let g = state.groups.get(key);
  if (!g) {
    const summary = h('summary', { class: 'check-group-title' });
    const list = h('ul', { class: 'check-group-list' });
    const details = h('details', { class: `check-group ${cls}`, 'data-group': key }, summary, list);
    details.open = state.toggled.has(key) ? !openByDefault : openByDefault;
    details.addEventListener('toggle', () => {
      if (details.open === openByDefault) state.toggled.delete(key);
      else state.toggled.add(key);
    });
    g = { item: h('li', { class: 'check-group-item' }, details), summary, list };
  }
  if (g.summary.textContent !== title) g.summary.textContent = title;
  reconcile(g.list, children);
  next.set(key, g);
  return g.item;
}

/**
 * Fill `list` with the findings grouped; `row` builds one finding's element.
 * A finding whose `key` (its content, and whatever else its row shows) is
 * the same as at the last call keeps its row, and a group keeps its element:
 * on a long report a run of the checks that changes one finding changes one
 * row, not the hundreds around it.
 */
export function renderGroups(list: HTMLElement, findings: readonly Finding[], row: (f: Finding) => HTMLElement, l: Lang, key: (f: Finding) => string): void {
  const state = drawn.get(list) ?? { groups: new Map(), rows: new Map(), toggled: new Set<string>() };
  drawn.set(list, state);
  const groups: Drawn['groups'] = new Map();
  const rows: Drawn['rows'] = new Map();
  const rowOf = (f: Finding): HTMLElement => {
    const k = key(f);
    const el = state.rows.get(k)?.shift() ?? row(f);
    const same = rows.get(k);
    if (same) same.push(el);
    else rows.set(k, [el]);
    return el;
  };
  const { groups: bySeverity, suppressed } = groupFindings(findings);
  const items = bySeverity.map((g) =>
    group(
      state,
      groups,
      g.severity,
      true,
      t('ui-checks-group', { label: t(SEVERITY_KEY[g.severity]), count: g.count }),
      `severity-${g.severity}`,
      g.rules.map((r) => group(state, groups, `${g.severity}/${r.rule}`, true, t('ui-checks-group', { label: r.label[l], count: r.findings.length }), 'rule', r.findings.map(rowOf))),
    ),
  );
  if (suppressed.length) {
    items.push(group(state, groups, 'suppressed', false, t('ui-checks-suppressed-group', { count: suppressed.length }), 'suppressed', suppressed.map(rowOf)));
  }
  reconcile(list, items);
  state.groups = groups;
  state.rows = rows;
}
