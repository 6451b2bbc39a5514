/**
 * 指标一览: every target of the document grouped by indicator, each mention
 * with its scope (主要预期目标, 年度工作, 工作回顾 …), its heading path, the
 * statement, and whether it agrees with the summary. A click jumps to it.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { MessageKey } from '../../core/messages/index.js';
import { compareWithSummary, type TargetAgreement } from '../../core/targets/agreement.js';
import { extractTargets } from '../../core/targets/extract.js';
import type { Lexicon } from '../../core/targets/lexicon.js';
import type { Target } from '../../core/targets/types.js';
import { t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';

function agreementLabel(a: TargetAgreement): HTMLElement | null {
  const summary = a.summary ? `${a.summary.indicatorText}${a.summary.text}` : '';
  switch (a.agreement) {
    case 'agrees':
      return h('span', { class: 'target-agreement agrees' }, t('ui-targets-agrees'));
    case 'differs':
      return h('span', { class: 'target-agreement differs' }, t('ui-targets-differs', { summary }));
    case 'qualifier':
      return h('span', { class: 'target-agreement qualifier' }, t('ui-targets-qualifier', { summary }));
    default:
      return null;
  }
}

export class TargetsPanel {
  readonly el: HTMLElement;
  private readonly list: HTMLElement;
  private last: { doc: PMNode; lexicon: Lexicon } | null = null;

  constructor(private readonly jump: (target: Target) => void) {
    this.list = h('div', { class: 'targets-list' });
    this.el = tx(h('section', { class: 'targets-panel', role: 'region' }), { 'aria-label': 'ui-targets' });
    this.el.append(this.list);
  }

  /** Show the targets of `doc` (skipped when nothing changed). */
  update(doc: PMNode, lexicon: Lexicon): void {
    if (this.last && this.last.doc === doc && this.last.lexicon === lexicon) return;
    this.last = { doc, lexicon };
    this.render();
  }

  render(): void {
    if (!this.last) return;
    const all = compareWithSummary(extractTargets(this.last.doc, this.last.lexicon));
    if (!all.length) {
      this.list.replaceChildren(h('p', { class: 'panel-empty' }, t('ui-targets-none')));
      return;
    }
    const byIndicator = new Map<string, TargetAgreement[]>();
    for (const a of all) byIndicator.set(a.target.indicator, [...(byIndicator.get(a.target.indicator) ?? []), a]);
    this.list.replaceChildren(
      ...[...byIndicator].map(([indicator, mentions]) =>
        h('div', { class: 'target-indicator', 'data-indicator': indicator }, h('h3', { class: 'target-indicator-name' }, indicator), h('ul', { class: 'target-mentions' }, ...mentions.map((a) => this.mention(a)))),
      ),
    );
  }

  private mention(a: TargetAgreement): HTMLElement {
    const target = a.target;
    const button = h(
      'button',
      { type: 'button', class: 'target-mention' },
      h('span', { class: `target-scope scope-${target.scope}` }, t(`scope-${target.scope}` as MessageKey)),
      h('span', { class: 'target-where' }, target.path.join('')),
      h('span', { class: 'target-text' }, `${target.indicatorText}${target.text}`),
      agreementLabel(a),
    );
    button.addEventListener('click', () => this.jump(target));
    return h('li', { class: `target-item ${a.agreement}`, 'data-scope': target.scope, 'data-agreement': a.agreement }, button);
  }
}
