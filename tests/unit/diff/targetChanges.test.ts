import { describe, expect, it } from 'vitest';
import { targetChanges } from '../../../src/core/diff/targetChanges.js';
import type { Target } from '../../../src/core/targets/types.js';

/** A target as the extractor gives it, from its statement: target('地区生产总值', '增长', '7.5', '%', '左右'). */
function target(indicator: string, verb: string, value: string, unit: string, qualifier = '', more: Partial<Target> = {}): Target {
  return {
    indicator,
    indicatorText: indicator,
    verb,
    value,
    normalizedValue: Number(value),
    baseUnit: unit,
    unit,
    qualifier,
    kind: unit === '%' ? 'rate' : 'level',
    scope: 'summary',
    text: `${verb}${value}${unit}${qualifier}`,
    blockId: 'p1',
    from: 0,
    to: 0,
    path: ['三'],
    ...more,
  } as Target;
}

describe('targetChanges', () => {
  it('reports a changed value with the statement before and after', () => {
    expect(targetChanges([target('地区生产总值', '增长', '7.5', '%', '左右')], [target('地区生产总值', '增长', '7', '%', '左右')])).toEqual([
      { indicator: '地区生产总值', before: '增长7.5%左右', after: '增长7%左右', path: ['三'], scope: 'summary' },
    ]);
  });

  it('reports a changed qualifier', () => {
    const changes = targetChanges([target('固定资产投资', '增长', '9', '%')], [target('固定资产投资', '增长', '9', '%', '以上')]);
    expect(changes.map((c) => [c.before, c.after])).toEqual([['增长9%', '增长9%以上']]);
  });

  it('reports added and removed targets with an empty side', () => {
    const changes = targetChanges(
      [target('一般公共预算收入', '增长', '5', '%')],
      [target('城镇新增就业', '新增', '1.7', '万人', '', { path: ['三', '（六）'] })],
    );
    expect(changes).toEqual([
      { indicator: '城镇新增就业', before: '', after: '新增1.7万人', path: ['三', '（六）'], scope: 'summary' },
      { indicator: '一般公共预算收入', before: '增长5%', after: '', path: ['三'], scope: 'summary' },
    ]);
  });

  it('does not report a target that only moved with its section', () => {
    const before = target('城镇新增就业', '新增', '1.7', '万人', '', { scope: 'year', path: ['三', '（六）'], blockId: 'a' });
    const after = target('城镇新增就业', '新增', '1.7', '万人', '', { scope: 'year', path: ['三', '（一）'], blockId: 'b' });
    expect(targetChanges([before], [after])).toEqual([]);
  });

  it('does not pair statements of different scopes: the review is not the plan', () => {
    const review = target('地区生产总值', '增长', '5.8', '%', '', { scope: 'review', path: ['一'] });
    const plan = target('地区生产总值', '增长', '7.5', '%', '左右');
    expect(targetChanges([review], [plan]).map((c) => [c.scope, c.before, c.after])).toEqual([
      ['summary', '', '增长7.5%左右'],
      ['review', '增长5.8%', ''],
    ]);
  });

  it('pairs a changed statement with the one in the block compare matched', () => {
    const olds = [target('城镇新增就业', '新增', '1', '万人', '', { blockId: 'x', scope: 'year' }), target('城镇新增就业', '新增', '2', '万人', '', { blockId: 'y', scope: 'year' })];
    const news = [target('城镇新增就业', '新增', '2.5', '万人', '', { blockId: 'Y', scope: 'year' }), target('城镇新增就业', '新增', '1.5', '万人', '', { blockId: 'X', scope: 'year' })];
    const matched = (o: string, n: string) => o.toUpperCase() === n;
    expect(targetChanges(olds, news, matched).map((c) => `${c.before}→${c.after}`)).toEqual(['新增2万人→新增2.5万人', '新增1万人→新增1.5万人']);
  });

  it('ignores layout inside a statement', () => {
    const spaced = { ...target('地区生产总值', '增长', '7.5', '%', '左右'), value: ' 7.5', text: '增长 7.5%左右' };
    expect(targetChanges([spaced], [target('地区生产总值', '增长', '7.5', '%', '左右')])).toEqual([]);
  });
});
