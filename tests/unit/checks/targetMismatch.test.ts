import { Transform } from 'prosemirror-transform';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyFix, fixesOf, runChecks } from '../../../src/core/checks/index.js';
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

  describe('offers both fixes', () => {
    const fixed = (d: ReturnType<typeof doc>, which: number) => {
      const [f] = check(d);
      return applyFix(new Transform(d), fixesOf(f)[which]).doc;
    };
    const textOf = (d: ReturnType<typeof doc>, id: string) => {
      let out = '';
      d.descendants((n) => {
        if (n.attrs.id === id) out = n.textContent;
        return !out;
      });
      return out;
    };
    const summaryText = (d: ReturnType<typeof doc>) => {
      let out = '';
      d.descendants((n) => {
        if (n.attrs.role === 'targetSummary') out = n.textContent;
        return !out;
      });
      return out;
    };

    it('labels each fix with the figure it writes, the body first', () => {
      const [f] = check(report('新增就业1.7万人。'));
      expect(fixesOf(f).map((x) => x.label.zh)).toEqual(['此处改为与主要预期目标一致：2万人', '主要预期目标改为与此处一致：1.7万人']);
      expect(fixesOf(f).map((x) => x.label.en)).toEqual(['Make this agree with the targets summary: 2万人', 'Make the targets summary agree with this: 1.7万人']);
    });

    it('the body takes the summary’s figure, keeping its own indicator and verb, and the finding goes', () => {
      const d = fixed(report('城镇新增就业达到1.7万人，抓好就业。'), 0);
      expect(textOf(d, 'body')).toBe('城镇新增就业达到2万人，抓好就业。');
      expect(summaryText(d)).toBe('全年主要预期目标是：地区生产总值增长7.5%左右，新增就业2万人。');
      expect(check(d)).toEqual([]);
    });

    it('the summary takes the body’s figure, and the finding goes', () => {
      const d = fixed(report('新增就业1.7万人。'), 1);
      expect(summaryText(d)).toBe('全年主要预期目标是：地区生产总值增长7.5%左右，新增就业1.7万人。');
      expect(textOf(d, 'body')).toBe('新增就业1.7万人。');
      expect(check(d)).toEqual([]);
    });

    it('settles another qualifier either way', () => {
      const body = fixed(report('地区生产总值增长7.5%以上。'), 0);
      expect(textOf(body, 'body')).toBe('地区生产总值增长7.5%左右。');
      const stated = fixed(report('地区生产总值增长7.5%以上。'), 1);
      expect(summaryText(stated)).toBe('全年主要预期目标是：地区生产总值增长7.5%以上，新增就业2万人。');
      expect(check(body)).toEqual([]);
      expect(check(stated)).toEqual([]);
    });
  });
});
