import { beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checks/index.js';
import { doc, p, part, resetIds, section, summary } from '../../support/builder.js';

const check = (d: ReturnType<typeof doc>, settings = {}) => runChecks(d, settings, { rules: ['target-mismatch'] });

const report = (bodyText: string, summaryText = '全年主要预期目标是：地区生产总值增长7.5%左右，新增就业2万人。') =>
  doc(
    part('过去一年工作回顾', p('新增就业1.7万人，地区生产总值增长6%。')),
    part('未来五年总体安排', p('新增就业7.5万人以上。')),
    part('2022年工作安排', summary(summaryText), section('民生', p(bodyText, { id: 'body' }))),
  );

describe('target-mismatch', () => {
  beforeEach(resetIds);

  it('accepts a body that restates the summary, synonyms and units included', () => {
    expect(check(report('城镇新增就业20000人，GDP增长7.5%左右。'))).toEqual([]);
  });

  it('reports another value as an error at the body statement', () => {
    const [f, ...rest] = check(report('新增就业1.7万人。'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'target-mismatch', severity: 'error', blockId: 'body', from: 0, text: '新增就业1.7万人', path: ['三', '（一）'] });
    expect(f.message.zh).toBe('城镇新增就业在主要预期目标中为“新增就业2万人”，此处为“新增就业1.7万人”，数值不一致。');
  });

  it('reports the same value with another qualifier as a warning', () => {
    const [f] = check(report('地区生产总值增长7.5%以上。'));
    expect(f).toMatchObject({ severity: 'warning', text: '地区生产总值增长7.5%以上' });
  });

  it('never compares the review or five-year parts with the summary', () => {
    expect(check(report('推进改革。'))).toEqual([]);
  });

  it('never compares a growth rate with a level', () => {
    expect(check(report('地区生产总值达到1600亿元。'))).toEqual([]);
  });

  it('skips statements about another horizon, and only warns about a stretch aim', () => {
    expect(check(report('到2025年，新增就业达到10万人，新增就业累计3万人以上。')).map((f) => f.text)).toEqual([]);
    const [f] = check(report('力争新增就业2.5万人。'));
    expect(f).toMatchObject({ severity: 'warning', text: '新增就业2.5万人' });
  });

  it('uses indicators the user added in the settings', () => {
    const settings = { targets: { indicators: [{ name: '新增市场主体', synonyms: ['市场主体净增'] }] } };
    const d = report('市场主体净增2.5万户。', '全年主要预期目标是：新增市场主体3万户。');
    expect(check(d, settings).map((f) => f.text)).toEqual(['市场主体净增2.5万户']);
    expect(check(d)).toEqual([]);
  });
});
