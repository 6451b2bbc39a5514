/**
 * What matters first (检查结果的先后): one rank per rule id, used by the checks
 * panel and by `caogao check` alike. A wrong target or a counted phrase that
 * no longer counts changes what the report says; numbering and the glossary
 * change how it reads; punctuation and spacing are typesetting; hints
 * (提示) are suggestions. Severity says how sure a rule is, rank says how much
 * its findings matter, so a half-width comma (an error: it is surely wrong)
 * still comes after an unused glossary term (a warning).
 */
import type { Finding, Severity } from './types.js';

export const RULE_RANK: readonly string[] = [
  // Targets and counted phrases (指标、数目).
  'target-mismatch',
  'count-mismatch',
  'enumeration-mismatch',
  // Numbering (序号).
  'numbering-sequence',
  'numbering-form',
  'typed-marker',
  'year-consistency',
  // Glossary (名词解释).
  'glossary-duplicate',
  'glossary-empty',
  'glossary-unused',
  'glossary-order',
  // Wording.
  'outdated-term',
  'foreign-place',
  // Punctuation and spacing (标点、空格).
  'heading-punctuation',
  'punctuation-pair',
  'punctuation-halfwidth',
  'punctuation-double',
  'spacing',
  // Hints (提示).
  'estimate',
  'glossary-candidate',
];

const RANK = new Map(RULE_RANK.map((id, i) => [id, i]));

/** The rank of a rule (0 first); a rule the table does not name comes after all it names. */
export function ruleRank(id: string): number {
  return RANK.get(id) ?? RULE_RANK.length;
}

/** Severities from the most to the least severe; 提示 is `info` in findings, `hint` on the command line. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Whether `severity` is at least as severe as `min`. */
export function atLeast(severity: Severity, min: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(min);
}

/** Findings grouped by rule, the groups in rank order, each group's findings in the order given. */
export function byRule<F extends Pick<Finding, 'rule'>>(findings: readonly F[]): { rule: string; findings: F[] }[] {
  const groups = new Map<string, F[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return [...groups]
    .map(([rule, list]) => ({ rule, findings: list }))
    .sort((a, b) => ruleRank(a.rule) - ruleRank(b.rule) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
