/**
 * 检查结果: a region listing the findings of the checks, grouped by rule in
 * the order of what matters (../checks/findingGroups.ts), in document order
 * inside a group; 仅显示错误 keeps the errors alone. Each finding is an
 * element with data-rule="<rule id>" (and its severity), its excerpt with the
 * flagged text in <mark>; clicking it selects the place in the text; a
 * finding with a quick fix has a 修正 button that applies it as one undoable
 * step, and a group 全部修正 for all of them as one step; 忽略 / 恢复 suppress
 * and re-enable it when the app provides `suppress` actions. The list is one
 * tab stop with the arrow keys inside (../checks/findingsKeys.ts).
 */
import { excerptParts, fixesOf } from '../../core/checks/finding.js';
import type { Finding, QuickFix } from '../../core/checks/types.js';
import type { Lang } from '../../core/messages/index.js';
import { lang, t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { renderGroups } from '../checks/findingGroups.js';
import { FindingsKeys } from '../checks/findingsKeys.js';

export interface ChecksCallbacks {
  jump(finding: Finding): void;
  /** Apply `fix`, one of the finding's quick fixes. */
  fix(finding: Finding, fix: QuickFix): void;
  /** 全部修正: apply these fixes as one undoable step. */
  fixAll(fixes: QuickFix[]): void;
  /** Esc in the list: back to the text. */
  escape(): void;
}

/** Suppressing and re-enabling findings (installed by ../checks/installChecks.ts). */
export interface SuppressActions {
  suppress(finding: Finding): void;
  unsuppress(finding: Finding): void;
}

const SEVERITY_KEY = { error: 'ui-severity-error', warning: 'ui-severity-warning', info: 'ui-severity-info' } as const;

/** The excerpt with the flagged text in <mark>. */
function excerpt(f: Finding): HTMLElement {
  const { before, mark, after } = excerptParts(f);
  return h('span', { class: 'finding-excerpt' }, before, mark ? h('mark', { class: `finding-excerpt-mark ${f.severity}` }, mark) : null, after);
}

export class ChecksPanel {
  readonly el: HTMLElement;
  private readonly summary: HTMLElement;
  /** The findings list: one focusable container (F6 may focus it; it hands the focus to its current line). */
  readonly list: HTMLElement;
  private readonly keys: FindingsKeys;
  private readonly errorsOnly: HTMLInputElement;
  private findings: Finding[] = [];
  suppressActions: SuppressActions | null = null;

  constructor(private readonly callbacks: ChecksCallbacks) {
    this.summary = h('div', { class: 'checks-summary', 'aria-live': 'polite' });
    this.list = h('ul', { class: 'checks-list' });
    this.keys = new FindingsKeys(this.list, () => callbacks.escape());
    this.errorsOnly = h('input', { type: 'checkbox', class: 'checks-errors-only' });
    this.errorsOnly.addEventListener('change', () => this.render());
    const filter = h('label', { class: 'checks-filter' }, this.errorsOnly, tx(h('span'), { text: 'ui-checks-errors-only' }));
    this.el = tx(h('aside', { class: 'panel checks', role: 'region' }), { 'aria-label': 'ui-checks' });
    this.el.append(tx(h('div', { class: 'panel-title', 'aria-hidden': 'true' }), { text: 'ui-checks' }), h('div', { class: 'checks-bar' }, this.summary, filter), this.list);
    // The region focused as a whole (F6) hands the focus on to the list's current line.
    this.el.addEventListener('focus', () => this.keys.focus());
    this.render();
  }

  /** Focus the findings list, on its current line. */
  focus(): void {
    this.keys.focus();
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
    const errorsOnly = this.errorsOnly.checked;
    const summary = !this.findings.length
      ? t('ui-checks-none')
      : errorsOnly && !count('error')
        ? t('ui-checks-no-errors')
        : t('ui-checks-summary', { errors: count('error'), warnings: count('warning'), infos: count('info') });
    // A live region: the same counts are not announced again.
    if (this.summary.textContent !== summary) this.summary.textContent = summary;
    // A row shows the finding, in this language, with or without 忽略.
    const actions = this.suppressActions ? 'suppress' : '';
    renderGroups(this.list, this.findings, {
      lang: l,
      row: (f) => this.item(f, l),
      key: (f) => `${l}|${actions}|${JSON.stringify(f)}`,
      errorsOnly,
      fixAll: (fixes) => this.callbacks.fixAll(fixes),
    });
    this.keys.refresh();
  }

  private item(f: Finding, l: Lang): HTMLElement {
    const where = f.path.join('');
    const main = h(
      'button',
      { class: 'finding-main', type: 'button' },
      h('span', { class: `badge ${f.severity}` }, t(SEVERITY_KEY[f.severity])),
      h('span', { class: 'finding-message' }, f.message[l]),
      h('span', { class: 'finding-where' }, where ? `${where}\u3000` : '', excerpt(f)),
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
