import { beforeEach, describe, expect, it } from 'vitest';
import { compareWithSummary } from '../../../src/core/targets/agreement.js';
import { extractTargets } from '../../../src/core/targets/extract.js';
import { doc, p, part, resetIds, summary } from '../../support/builder.js';

function agreements(body: string): string[] {
  const d = doc(part('2022年工作安排', summary('主要预期目标是：地区生产总值增长7.5%左右，新增就业2万人。'), p(body)));
  return compareWithSummary(extractTargets(d)).map((a) => `${a.target.indicatorText}${a.target.text} ${a.agreement}`);
}

describe('compareWithSummary', () => {
  beforeEach(resetIds);

  it('marks the summary, agreeing, differing and qualifier-only statements', () => {
    expect(agreements('GDP增长7.5%左右，新增就业1.7万人，生产总值增长7.5%以上。')).toEqual([
      '地区生产总值增长7.5%左右 summary',
      '新增就业2万人 summary',
      'GDP增长7.5%左右 agrees',
      '新增就业1.7万人 differs',
      '生产总值增长7.5%以上 qualifier',
    ]);
  });

  it('does not compare a level with a rate, nor an indicator the summary does not state', () => {
    expect(agreements('地区生产总值达到1600亿元，固定资产投资增长9%。').slice(2)).toEqual([
      '地区生产总值达到1600亿元 unrelated',
      '固定资产投资增长9% unrelated',
    ]);
  });

  it('compares normalised values: 20000人 is 2万人', () => {
    expect(agreements('新增就业20000人。').slice(2)).toEqual(['新增就业20000人 agrees']);
  });
});
