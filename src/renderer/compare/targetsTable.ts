/** 指标变化: the targets that changed, at the top of the compare view, as a table. */
import { pathLabel, type TargetChange } from '../../core/diff/index.js';
import type { MessageKey } from '../../core/messages/index.js';
import { lang, t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';

export function targetsTable(targets: TargetChange[]): HTMLElement {
  const head = (key: MessageKey) => tx(h('th', { scope: 'col' }), { text: key });
  // An empty side means the target was added (no old statement) or removed (no new one).
  const value = (text: string, tag: 'del' | 'ins') =>
    h('td', { class: 'cmp-target-value' }, text ? h(tag, {}, text) : t(tag === 'del' ? 'compare-target-added' : 'compare-target-removed'));
  const rows = targets.map((c) =>
    h(
      'tr',
      { 'data-indicator': c.indicator },
      h('th', { scope: 'row' }, c.indicator),
      h('td', {}, pathLabel(c.path, lang())),
      value(c.before, 'del'),
      value(c.after, 'ins'),
    ),
  );
  const caption = h('caption', {}, targets.length ? t('compare-targets', { count: targets.length }) : t('compare-targets-none'));
  return h(
    'table',
    { class: 'cmp-targets' },
    caption,
    targets.length ? h('thead', {}, h('tr', {}, head('compare-col-indicator'), head('compare-col-where'), head('compare-col-old'), head('compare-col-new'))) : null,
    h('tbody', {}, ...rows),
  );
}
