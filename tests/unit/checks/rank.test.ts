import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_RANK, atLeast, byRule, ruleRank } from '../../../src/core/checks/index.js';

describe('the rank of the rules (what matters first)', () => {
  it('ranks every rule of the catalogue, each once', () => {
    expect([...RULE_RANK].sort()).toEqual([...RULE_IDS].sort());
  });

  it('puts targets, counted phrases, numbering and glossary before punctuation, spacing and hints', () => {
    const first = ['target-mismatch', 'count-mismatch', 'numbering-sequence', 'numbering-form', 'glossary-unused', 'glossary-order', 'glossary-duplicate', 'glossary-empty'];
    const later = ['punctuation-halfwidth', 'punctuation-pair', 'punctuation-double', 'heading-punctuation', 'spacing', 'estimate', 'glossary-candidate'];
    const lastOfFirst = Math.max(...first.map(ruleRank));
    for (const rule of later) expect(ruleRank(rule), rule).toBeGreaterThan(lastOfFirst);
    expect(ruleRank('target-mismatch')).toBe(0);
    expect(ruleRank('spacing')).toBeLessThan(ruleRank('estimate'));
  });

  it('puts a rule it does not know after all it knows', () => {
    expect(ruleRank('some-new-rule')).toBeGreaterThan(ruleRank('glossary-candidate'));
  });

  it('groups by rule in rank order, keeping the order of the findings inside a group', () => {
    const findings = [
      { rule: 'spacing', n: 1 },
      { rule: 'count-mismatch', n: 2 },
      { rule: 'spacing', n: 3 },
      { rule: 'zz-unknown', n: 4 },
      { rule: 'target-mismatch', n: 5 },
    ];
    expect(byRule(findings).map((g) => [g.rule, g.findings.map((x) => x.n)])).toEqual([
      ['target-mismatch', [5]],
      ['count-mismatch', [2]],
      ['spacing', [1, 3]],
      ['zz-unknown', [4]],
    ]);
  });

  it('compares severities: error ≥ warning ≥ hint (info)', () => {
    expect(atLeast('error', 'warning')).toBe(true);
    expect(atLeast('warning', 'warning')).toBe(true);
    expect(atLeast('info', 'warning')).toBe(false);
    expect(atLeast('warning', 'error')).toBe(false);
    expect(atLeast('info', 'info')).toBe(true);
  });
});
