/**
 * The checks list grouped (groups.ts): a collapsible group per severity, a
 * collapsible group per rule inside it, and the suppressed findings last,
 * folded. The panel builds each finding's row; this only arranges them.
 * Which groups the user folded is remembered across re-renders.
 */
import type { Finding } from '../../core/checks/types.js';
import type { Lang } from '../../core/messages/index.js';
import { t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { groupFindings } from './groups.js';

const SEVERITY_KEY = { error: 'ui-severity-error', warning: 'ui-severity-warning', info: 'ui-severity-info' } as const;

/** Groups the user folded (or, for the suppressed group, opened), per list. */
const toggled = new WeakMap<HTMLElement, Set<string>>();

function group(list: HTMLElement, key: string, openByDefault: boolean, title: string, cls: string, children: HTMLElement[]): HTMLElement {
  const state = toggled.get(list)!;
  const details = h('details', { class: `check-group ${cls}`, 'data-group': key }, h('summary', { class: 'check-group-title' }, title), h('ul', { class: 'check-group-list' }, ...children));
  details.open = state.has(key) ? !openByDefault : openByDefault;
  details.addEventListener('toggle', () => {
    if (details.open === openByDefault) state.delete(key);
    else state.add(key);
  });
  return h('li', { class: 'check-group-item' }, details);
}

/** Fill `list` with the findings grouped; `row` builds one finding's element. */
export function renderGroups(list: HTMLElement, findings: readonly Finding[], row: (f: Finding) => HTMLElement, l: Lang): void {
  if (!toggled.has(list)) toggled.set(list, new Set());
  const { groups, suppressed } = groupFindings(findings);
  const items = groups.map((g) =>
    group(
      list,
      g.severity,
      true,
      t('ui-checks-group', { label: t(SEVERITY_KEY[g.severity]), count: g.count }),
      `severity-${g.severity}`,
      g.rules.map((r) => group(list, `${g.severity}/${r.rule}`, true, t('ui-checks-group', { label: r.label[l], count: r.findings.length }), 'rule', r.findings.map(row))),
    ),
  );
  if (suppressed.length) {
    items.push(group(list, 'suppressed', false, t('ui-checks-suppressed-group', { count: suppressed.length }), 'suppressed', suppressed.map(row)));
  }
  list.replaceChildren(...items);
}
