/**
 * 检查结果: a region listing the findings of the checks, grouped by severity
 * and rule (../checks/findingGroups.ts), in document order inside a group.
 * Each finding is an element with data-rule="<rule id>" (and its severity);
 * clicking it selects the place in the text; a finding with a quick fix has
 * a 修正 button that applies it as one undoable step; 忽略 / 恢复 suppress
 * and re-enable it when the app provides `suppress` actions.
 */
import { fixesOf } from '../../core/checks/finding.js';
import type { Finding, QuickFix } from '../../core/checks/types.js';
import type { Lang } from '../../core/messages/index.js';
import { lang, t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { renderGroups } from '../checks/findingGroups.js';

export interface ChecksCallbacks {
  jump(finding: Finding): void;
  /** Apply `fix`, one of the finding's quick fixes. */
  fix(finding: Finding, fix: QuickFix): void;
}

/** Suppressing and re-enabling findings (installed by ../checks/installChecks.ts). */
export interface SuppressActions {
  suppress(finding: Finding): void;
  unsuppress(finding: Finding): void;
}

const SEVERITY_KEY = { error: 'ui-severity-error', warning: 'ui-severity-warning', info: 'ui-severity-info' } as const;

export class ChecksPanel {
  readonly el: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLElement;
  private findings: Finding[] = [];
  suppressActions: SuppressActions | null = null;

  constructor(private readonly callbacks: ChecksCallbacks) {
    this.summary = h('div', { class: 'checks-summary', 'aria-live': 'polite' });
    this.list = h('ul', { class: 'checks-list' });
    this.el = tx(h('aside', { class: 'panel checks', role: 'region' }), { 'aria-label': 'ui-checks' });
    this.el.append(tx(h('div', { class: 'panel-title', 'aria-hidden': 'true' }), { text: 'ui-checks' }), this.summary, this.list);
    this.render();
  }

  /**
   * Show the findings of a run of the checks. Most runs, after typing in one
   * paragraph, find what the last one found (a finding's place is counted
   * inside its block): renderGroups keeps the rows of those, so the hundreds
   * of rows of a long report are not built, styled and laid out again.
   */
  show(findings: Finding[]): void {
    this.findings = findings;
    this.render();
  }

  /** While the text has changed since the last run, the region says it is busy (aria-busy). */
  setStale(stale: boolean): void {
    if (stale) this.el.setAttribute('aria-busy', 'true');
    else this.el.removeAttribute('aria-busy');
  }

  /** Re-render in the current language. */
  render(): void {
    const l: Lang = lang();
    const count = (s: Finding['severity']) => this.findings.filter((f) => f.severity === s && !f.suppressed).length;
    const summary = this.findings.length
      ? t('ui-checks-summary', { errors: count('error'), warnings: count('warning'), infos: count('info') })
      : t('ui-checks-none');
    // A live region: the same counts are not announced again.
    if (this.summary.textContent !== summary) this.summary.textContent = summary;
    // A row shows the finding, in this language, with or without 忽略.
    const actions = this.suppressActions ? 'suppress' : '';
    renderGroups(this.list, this.findings, (f) => this.item(f, l), l, (f) => `${l}|${actions}|${JSON.stringify(f)}`);
  }

  private item(f: Finding, l: Lang): HTMLElement {
    const where = f.path.join('');
    const main = h(
      'button',
      { class: 'finding-main', type: 'button' },
      h('span', { class: `badge ${f.severity}` }, t(SEVERITY_KEY[f.severity])),
      h('span', { class: 'finding-message' }, f.message[l]),
      h('span', { class: 'finding-where' }, where ? `${where}\u3000` : '', h('span', { class: 'finding-excerpt' }, f.excerpt)),
    );
    main.addEventListener('click', () => this.callbacks.jump(f));
    // One fix is 修正 with its label as the tip; several (target-mismatch) are each named by their label.
    const fixes = fixesOf(f);
    const fix = fixes.map((x) => {
      const button = h('button', { class: 'finding-fix', type: 'button', title: x.label[l] }, fixes.length > 1 ? x.label[l] : t('ui-fix'));
      button.addEventListener('click', () => this.callbacks.fix(f, x));
      return button;
    });
    const actions = this.suppressActions;
    const suppress = actions
      ? h('button', { class: 'finding-suppress', type: 'button' }, t(f.suppressed ? 'ui-checks-unsuppress' : 'ui-checks-suppress'))
      : null;
    suppress?.addEventListener('click', () => (f.suppressed ? actions!.unsuppress(f) : actions!.suppress(f)));
    const why = f.suppressed
      ? h('span', { class: 'finding-suppressed-by' }, t('ui-checks-suppressed-by', { who: f.suppressed.who || t('ui-checks-anonymous'), at: f.suppressed.at.slice(0, 10), why: f.suppressed.why }))
      : null;
    const cls = `finding ${f.severity}${f.suppressed ? ' suppressed' : ''}${fixes.length > 1 ? ' several-fixes' : ''}`;
    return h('li', { class: cls, 'data-rule': f.rule, 'data-severity': f.severity, 'data-block': f.blockId }, main, ...fix, suppress, why);
  }
}
