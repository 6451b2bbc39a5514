/**
 * The checks panel's grouping: one group per rule, the groups in the order
 * of what matters (core/checks/rank.ts: targets, counted phrases, numbering
 * and glossary before punctuation, spacing and hints), each group's findings
 * in document order; suppressed findings apart, so they can be re-enabled.
 * 仅显示错误 keeps the errors alone. Pure: no DOM, tested in Node.
 */
import { ruleById } from '../../core/checks/catalogue.js';
import { soleFix } from '../../core/checks/finding.js';
import { atLeast, byRule } from '../../core/checks/rank.js';
import type { Finding, QuickFix, Severity } from '../../core/checks/types.js';

export interface RuleGroup {
  rule: string;
  label: { zh: string; en: string };
  /** The most severe of its findings. */
  severity: Severity;
  findings: Finding[];
  /** The fixes 全部修正 applies: each finding's only fix (fixes with a choice are left to the user). */
  fixes: QuickFix[];
}

export interface Grouped {
  rules: RuleGroup[];
  suppressed: Finding[];
}

export interface GroupOptions {
  /** 仅显示错误: only findings whose severity is error. */
  errorsOnly?: boolean;
}

export function groupFindings(findings: readonly Finding[], options: GroupOptions = {}): Grouped {
  const shown = options.errorsOnly ? findings.filter((f) => f.severity === 'error') : findings;
  const rules = byRule(shown.filter((f) => !f.suppressed)).map(({ rule, findings: list }): RuleGroup => {
    const severity = list.reduce<Severity>((worst, f) => (atLeast(f.severity, worst) ? f.severity : worst), 'info');
    const fixes = list.flatMap((f) => soleFix(f) ?? []);
    return { rule, label: ruleById(rule)?.description ?? { zh: rule, en: rule }, severity, findings: list, fixes };
  });
  return { rules, suppressed: shown.filter((f) => f.suppressed) };
}

/** Active (not suppressed) findings by severity, for the status bar. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity] += 1;
  return counts;
}
