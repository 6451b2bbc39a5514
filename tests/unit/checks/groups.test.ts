import { describe, expect, it } from 'vitest';
import type { Finding, QuickFix } from '../../../src/core/checks/types.js';
import { countBySeverity, groupFindings } from '../../../src/renderer/checks/groups.js';

const fix = (insert: string): QuickFix => ({ label: { zh: '', en: '' }, edits: [{ blockId: 'x', from: 0, to: 1, insert }] });

const f = (rule: string, severity: Finding['severity'], blockId: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  blockId,
  from: 0,
  to: 1,
  path: [],
  excerpt: '',
  message: { zh: '', en: '' },
  ...extra,
});

const suppressed = (rule: string, blockId: string) => ({ suppressed: { rule, blockId, text: '', who: '李', why: '原文', at: '' } });

describe('groupFindings', () => {
  it('groups by rule in the order of what matters, not by severity, keeping document order inside', () => {
    const { rules } = groupFindings([
      f('spacing', 'warning', 'a'),
      f('punctuation-halfwidth', 'error', 'b'),
      f('estimate', 'info', 'c'),
      f('glossary-unused', 'warning', 'd'),
      f('spacing', 'warning', 'e'),
      f('target-mismatch', 'error', 'f'),
    ]);
    expect(rules.map((r) => [r.rule, r.severity, r.findings.map((x) => x.blockId)])).toEqual([
      ['target-mismatch', 'error', ['f']],
      ['glossary-unused', 'warning', ['d']],
      ['punctuation-halfwidth', 'error', ['b']],
      ['spacing', 'warning', ['a', 'e']],
      ['estimate', 'info', ['c']],
    ]);
    expect(rules[3].label.zh).toBe('多余的空格');
  });

  it('gives a group the severity of its most severe finding', () => {
    const { rules } = groupFindings([f('year-consistency', 'warning', 'a'), f('year-consistency', 'error', 'b')]);
    expect(rules[0].severity).toBe('error');
  });

  it('仅显示错误 keeps only the errors, suppressed ones too', () => {
    const all = [f('spacing', 'warning', 'a'), f('punctuation-pair', 'error', 'b'), f('estimate', 'info', 'c'), f('punctuation-pair', 'error', 'd', suppressed('punctuation-pair', 'd')), f('spacing', 'warning', 'e', suppressed('spacing', 'e'))];
    const grouped = groupFindings(all, { errorsOnly: true });
    expect(grouped.rules.map((r) => [r.rule, r.findings.map((x) => x.blockId)])).toEqual([['punctuation-pair', ['b']]]);
    expect(grouped.suppressed.map((x) => x.blockId)).toEqual(['d']);
  });

  it('全部修正 takes each finding’s only fix, never a choice of fixes, a new glossary entry or a suppressed finding', () => {
    const one = fix('，');
    const { rules } = groupFindings([
      f('punctuation-halfwidth', 'error', 'a', { fix: one }),
      f('punctuation-halfwidth', 'error', 'b'),
      f('punctuation-halfwidth', 'error', 'c', { fix: fix('！') }),
      f('target-mismatch', 'error', 'd', { fix: fix('2'), moreFixes: [fix('1.7')] }),
    ]);
    expect(rules.find((r) => r.rule === 'punctuation-halfwidth')!.fixes.map((x) => x.edits[0].insert)).toEqual(['，', '！']);
    expect(rules.find((r) => r.rule === 'target-mismatch')!.fixes).toEqual([]);
    const entry = { ...fix(''), glossaryEntry: { term: '六稳', definition: '', index: 0 } };
    expect(groupFindings([f('glossary-candidate', 'info', 'e', { fix: entry }), f('glossary-candidate', 'info', 'g', { fix: entry })]).rules[0].fixes).toEqual([]);
    const kept = groupFindings([f('spacing', 'warning', 'a', { fix: one, ...suppressed('spacing', 'a') })]);
    expect(kept.rules).toEqual([]);
    expect(kept.suppressed).toHaveLength(1);
  });

  it('keeps suppressed findings apart and out of the counts', () => {
    const all = [f('spacing', 'warning', 'a', suppressed('spacing', 'a')), f('spacing', 'warning', 'b')];
    const { rules, suppressed: apart } = groupFindings(all);
    expect(rules[0].findings).toHaveLength(1);
    expect(apart.map((x) => x.blockId)).toEqual(['a']);
    expect(countBySeverity(all)).toEqual({ error: 0, warning: 1, info: 0 });
  });
});
