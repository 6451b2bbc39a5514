/** The checks: rules, the engine, suppressions and quick fixes. */
export { runChecks, Checker, type CheckOptions, type CheckStats } from './checker.js';
export { RULES, RULE_IDS, ruleById } from './catalogue.js';
export { suppressFinding, unsuppressFinding, findSuppression } from './suppressions.js';
export { readCheckConfig, type CheckConfig } from './settings.js';
export { DEFAULT_OUTDATED_TERMS, type OutdatedTerm } from './outdatedTerms.js';
export type { Finding, QuickFix, Rule, RuleContext, Severity, Suppression } from './types.js';
export { applyFix, applyFixes } from './applyFix.js';
export { RULE_RANK, ruleRank, SEVERITIES, atLeast, byRule } from './rank.js';
export { fixesOf, soleFix, excerptParts } from './finding.js';
