import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/checks/types.js';
import { countBySeverity, groupFindings } from '../../../src/renderer/checks/groups.js';

const f = (rule: string, severity: Finding['severity'], blockId: string, suppressed = false): Finding => ({
  rule,
  severity,
  blockId,
  from: 0,
  to: 1,
  path: [],
  excerpt: '',
  message: { zh: '', en: '' },
  ...(suppressed ? { suppressed: { rule, blockId, text: '', who: '李', why: '原文', at: '' } } : {}),
});

describe('groupFindings', () => {
  it('groups by severity (errors first), then by rule, keeping document order inside', () => {
    const { groups } = groupFindings([f('spacing', 'warning', 'a'), f('punctuation-pair', 'error', 'b'), f('spacing', 'warning', 'c'), f('estimate', 'info', 'd')]);
    expect(groups.map((g) => [g.severity, g.count, g.rules.map((r) => [r.rule, r.findings.map((x) => x.blockId)])])).toEqual([
      ['error', 1, [['punctuation-pair', ['b']]]],
      ['warning', 2, [['spacing', ['a', 'c']]]],
      ['info', 1, [['estimate', ['d']]]],
    ]);
    expect(groups[1].rules[0].label.zh).toBe('多余的空格');
  });

  it('keeps suppressed findings apart and out of the counts', () => {
    const all = [f('spacing', 'warning', 'a', true), f('spacing', 'warning', 'b')];
    const { groups, suppressed } = groupFindings(all);
    expect(groups[0].count).toBe(1);
    expect(suppressed.map((x) => x.blockId)).toEqual(['a']);
    expect(countBySeverity(all)).toEqual({ error: 0, warning: 1, info: 0 });
  });
});
