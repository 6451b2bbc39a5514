import { beforeEach, describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/core/targets/extract.js';
import { buildLexicon } from '../../../src/core/targets/lexicon.js';
import { doc, p, part, resetIds, section, summary } from '../../support/builder.js';

/** Targets of one paragraph in a year part, as [indicator, verb, value, unit, qualifier, kind]. */
function parse(text: string): [string, string, string, string, string, string][] {
  return extractTargets(doc(part('2022年工作安排', p(text)))).map((t) => [t.indicator, t.verb, t.value, t.unit, t.qualifier, t.kind]);
}

describe('extractTargets', () => {
  beforeEach(resetIds);

  it('reads indicator, verb, value, unit and qualifier', () => {
    expect(parse('地区生产总值增长7.5%左右。')).toEqual([['地区生产总值', '增长', '7.5', '%', '左右', 'rate']]);
    expect(parse('城镇登记失业率控制在5%以内。')).toEqual([['城镇登记失业率', '控制在', '5', '%', '以内', 'level']]);
  });

  it('maps synonyms to the canonical indicator', () => {
    expect(parse('GDP增长6%，生产总值增长6%，规上工业增加值增长8%。').map((t) => t[0])).toEqual(['地区生产总值', '地区生产总值', '规模以上工业增加值']);
  });

  it('normalises scaled units: 2万人 is 20000 人', () => {
    const [t] = extractTargets(doc(part('2022年工作安排', p('新增就业2万人。'))));
    expect(t).toMatchObject({ indicator: '城镇新增就业', verb: '新增', value: '2', unit: '万人', normalizedValue: 20000, baseUnit: '人' });
    const [u] = extractTargets(doc(part('2022年工作安排', p('新增就业2.3万人。'))));
    expect(u.normalizedValue).toBe(23000);
  });

  it('tells a growth rate from a level', () => {
    expect(parse('地区生产总值突破2000亿元。')[0][5]).toBe('level');
    expect(parse('地区生产总值年均增长5.8%。')[0][5]).toBe('rate');
  });

  it('reads a verb written before the indicator', () => {
    expect(parse('累计完成地区生产总值约6650亿元。')).toEqual([['地区生产总值', '完成', '6650', '亿元', '左右', 'level']]);
  });

  it('shares one value among listed indicators (均), and splits values after 分别', () => {
    expect(parse('地区生产总值、服务业增加值均突破2000亿元。').map((t) => [t[0], t[2]])).toEqual([
      ['地区生产总值', '2000'],
      ['服务业增加值', '2000'],
    ]);
    expect(parse('城镇居民人均可支配收入、农村居民人均可支配收入分别增长5%、7%。').map((t) => [t[0], t[2]])).toEqual([
      ['城镇居民人均可支配收入', '5'],
      ['农村居民人均可支配收入', '7'],
    ]);
  });

  it('ignores figures that are not targets', () => {
    expect(parse('GDP 51.2亿元/平方公里，占GDP比重提升至94%，居民收入增长快于经济增长。')).toEqual([]);
  });

  it('keeps a range as written', () => {
    const lexicon = buildLexicon([{ name: '金融机构', synonyms: [] }]);
    const [t] = extractTargets(doc(part('2022年工作安排', p('新增金融机构5—6家。'))), lexicon);
    expect(t).toMatchObject({ indicator: '金融机构', verb: '新增', value: '5—6', unit: '家', normalizedValue: 5 });
  });

  it('takes indicators the user added to the lexicon', () => {
    const lexicon = buildLexicon([{ name: '人民币存贷款余额', synonyms: ['存贷款余额'] }]);
    expect(extractTargets(doc(part('2022年工作安排', p('存贷款余额增长9%以上。'))), lexicon)[0]).toMatchObject({
      indicator: '人民币存贷款余额',
      qualifier: '以上',
    });
  });

  it('gives each target its scope, path and place', () => {
    const d = doc(
      part('过去五年工作回顾', section('经济', p('新增就业11.5万人。'))),
      part('未来五年总体安排', p('新增就业7.5万人以上。')),
      part('2022年工作安排', summary('全年主要预期目标是：新增就业2万人。', ), section('民生', p('新增就业1.7万人。', { id: 'body' }))),
    );
    const targets = extractTargets(d);
    expect(targets.map((t) => [t.scope, t.path.join(''), t.value])).toEqual([
      ['review', '一（一）', '11.5'],
      ['fiveYear', '二', '7.5'],
      ['summary', '三', '2'],
      ['year', '三（一）', '1.7'],
    ]);
    const last = targets[3];
    expect(last).toMatchObject({ blockId: 'body', from: 0, to: '新增就业1.7万人'.length, text: '1.7万人' });
  });
});
