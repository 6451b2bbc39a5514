import { beforeEach, describe, expect, it } from 'vitest';
import { doc, occasion, p, part, resetIds, title } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

const report = (date: string, heading: string, yearText: string, reviewText = '即将过去的2021年，是收官之年。') =>
  doc(title('政府工作报告'), occasion(`——${date}在区人民代表大会上`), part('过去五年工作回顾', p(reviewText)), part(heading, p(yearText)));

describe('year-consistency', () => {
  beforeEach(resetIds);

  it('accepts a December meeting planning the next year', () => {
    expect(checkRule('year-consistency', report('2021年12月15日', '2022年工作安排', '2022年，是开局之年。'))).toEqual([]);
  });

  it('accepts a January meeting planning the same year', () => {
    expect(checkRule('year-consistency', report('2022年1月6日', '2022年工作安排', '2022年是开局之年。'))).toEqual([]);
  });

  it('reports a year part that says another year', () => {
    const [f] = checkRule('year-consistency', report('2021年12月15日', '2022年工作安排', '推进改革。2023年，是开局之年。'));
    expect(f).toMatchObject({ severity: 'error', text: '2023年，是', path: ['二'] });
  });

  it('reports a heading year that does not fit the meeting date, as a warning', () => {
    const findings = checkRule('year-consistency', report('2021年12月15日', '2021年工作安排', '2021年，是开局之年。', '即将过去的2020年。'));
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['warning', '2021年']]);
  });

  it('reports a closing year in the review that is not the year before the plan', () => {
    expect(texts(checkRule('year-consistency', report('2021年12月15日', '2022年工作安排', '推进改革。', '即将过去的2020年，是收官之年。')))).toEqual([
      '即将过去的2020年',
    ]);
  });

  it('reports impossible dates', () => {
    expect(texts(checkRule('year-consistency', report('2021年12月15日', '2022年工作安排', '2022年2月30日前完成。')))).toEqual(['2022年2月30日']);
  });
});
