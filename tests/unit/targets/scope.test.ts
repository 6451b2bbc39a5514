import { describe, expect, it } from 'vitest';
import { classifyPartHeading, partScopes } from '../../../src/core/targets/scope.js';

describe('part scopes', () => {
  it('reads the scope a heading names', () => {
    expect(classifyPartHeading('过去五年工作回顾')).toBe('review');
    expect(classifyPartHeading('2021年工作回顾')).toBe('review');
    expect(classifyPartHeading('未来五年总体安排')).toBe('fiveYear');
    expect(classifyPartHeading('“十四五”时期主要目标任务')).toBe('fiveYear');
    expect(classifyPartHeading('2022年工作安排')).toBe('year');
    expect(classifyPartHeading('2022 年工作安排')).toBe('year');
    expect(classifyPartHeading('切实加强政府自身建设')).toBeNull();
  });

  it('makes the part holding the summary the year part, and continues it to untitled parts after', () => {
    expect(partScopes(['过去一年工作回顾', '总体思路', '重点任务', '加强政府自身建设'], 1)).toEqual(['review', 'year', 'year', 'year']);
    expect(partScopes(['关于发展环境', '过去五年工作回顾'], -1)).toEqual(['other', 'review']);
  });
});
