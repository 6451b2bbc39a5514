/**
 * The checks panel's grouping: findings by severity (错误, 警告, 提示), then by
 * rule, each group in document order; suppressed findings apart, so they can
 * be re-enabled. Pure: no DOM, tested in Node.
 */
import { ruleById } from '../../core/checks/catalogue.js';
import type { Finding, Severity } from '../../core/checks/types.js';

export interface RuleGroup {
  rule: string;
  label: { zh: string; en: string };
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

export interface Grouped {
  groups: SeverityGroup[];
  suppressed: Finding[];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function groupFindings(findings: readonly Finding[]): Grouped {
  const groups: SeverityGroup[] = [];
  const suppressed: Finding[] = [];
  for (const severity of SEVERITIES) {
    const rules = new Map<string, RuleGroup>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      if (f.suppressed) continue;
      let group = rules.get(f.rule);
      if (!group) rules.set(f.rule, (group = { rule: f.rule, label: ruleById(f.rule)?.description ?? { zh: f.rule, en: f.rule }, findings: [] }));
      group.findings.push(f);
    }
    const list = [...rules.values()];
    const count = list.reduce((n, g) => n + g.findings.length, 0);
    if (count) groups.push({ severity, count, rules: list });
  }
  for (const f of findings) if (f.suppressed) suppressed.push(f);
  return { groups, suppressed };
}

/** Active (not suppressed) findings by severity, for the status bar. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity] += 1;
  return counts;
}
