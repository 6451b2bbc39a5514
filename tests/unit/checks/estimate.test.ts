import { beforeEach, describe, expect, it } from 'vitest';
import { annex, doc, entry, p, part, resetIds } from '../../support/builder.js';
import { checkRule } from './helpers.js';

describe('estimate', () => {
  beforeEach(resetIds);

  it('says nothing of forecasts in the plans or the glossary, or of 预计 without figures', () => {
    const d = doc(
      part('过去一年工作回顾', p('预计全年目标顺利完成。')),
      part('2022年工作安排', p('预计新增就业1.7万人。')),
      annex('名词解释', entry('ETF基金', '基金规模预计近百亿。')),
    );
    expect(checkRule('estimate', d)).toEqual([]);
  });

  it('lists each estimated figure in the review, up to the end of its clause', () => {
    const d = doc(part('过去一年工作回顾', p('主要指标恢复到2019年水平，预计地区生产总值完成1450亿元以上，经济密度全省第一。')));
    const [f] = checkRule('estimate', d);
    expect(f).toMatchObject({ severity: 'info', text: '预计地区生产总值完成1450亿元以上' });
  });
});
