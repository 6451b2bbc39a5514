/**
 * The forms in which real reports state their targets (issue 11, section 4):
 * each with an example that must be read and one that must not be read (or
 * must not be compared).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { compareWithSummary } from '../../../src/core/targets/agreement.js';
import { extractTargets, qualitativeTargets } from '../../../src/core/targets/extract.js';
import { findSummaryPassage } from '../../../src/core/targets/summary.js';
import type { Target } from '../../../src/core/targets/types.js';
import { reportSchema } from '../../../src/core/schema.js';
import { annex, doc, p, part, resetIds, summary } from '../../support/builder.js';

const YEAR = '2026年工作安排';

/** A report whose year part holds the summary paragraph and, optionally, a body paragraph. */
const report = (summaryText: string, ...body: string[]) => doc(part(YEAR, summary(summaryText), ...body.map((b) => p(b))));

const row = (t: Target): string => `${t.indicator}|${t.value}|${t.unit}|${t.qualifier}`;

/** The summary's targets as indicator|value|unit|qualifier. */
const summaryRows = (summaryText: string): string[] =>
  extractTargets(report(summaryText))
    .filter((t) => t.scope === 'summary')
    .map(row);

/** The targets of a body paragraph of the year part. */
const bodyRows = (text: string): string[] =>
  extractTargets(doc(part(YEAR, p(text))))
    .filter((t) => t.scope === 'year')
    .map(row);

/** How each body target of the year compares with the summary. */
const agreements = (summaryText: string, body: string): string[] =>
  compareWithSummary(extractTargets(report(summaryText, body)))
    .filter((a) => a.target.scope !== 'summary')
    .map((a) => `${a.target.indicatorText}${a.target.text} ${a.agreement}`);

describe('the summary passage', () => {
  beforeEach(resetIds);

  it('runs over several sentences as long as they state targets', () => {
    const text = '今年经济社会发展主要预期目标是：地区生产总值增长5%左右。规模以上工业增加值增长6%左右；居民收入增长与经济增长同步。重点做好十方面工作。';
    const m = findSummaryPassage(text)!;
    expect(text.slice(m.from, m.to)).toBe('今年经济社会发展主要预期目标是：地区生产总值增长5%左右。规模以上工业增加值增长6%左右；居民收入增长与经济增长同步。');
    expect(summaryRows(text)).toEqual(['地区生产总值|5|%|左右', '规模以上工业增加值|6|%|左右']);
  });

  it('is found whatever its wording, but not in a plan’s goals', () => {
    for (const lead of ['今年主要目标是：', '建议今年全市经济社会发展的主要预期目标为：', '预期目标：', '主要预期目标是']) {
      expect(findSummaryPassage(`${lead}地区生产总值增长5%左右。`), lead).not.toBeNull();
    }
    expect(findSummaryPassage('“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。')).toBeNull();
  });

  it('goes on over the paragraphs after one that ends with ： or ；, while they state targets', () => {
    const d = doc(
      part(
        YEAR,
        summary('今年经济社会发展的主要预期目标是：'),
        p('地区生产总值增长5%左右，城镇调查失业率5.5%左右；'),
        p('居民消费价格涨幅2%左右，居民收入增长和经济增长同步。'),
        p('完成上述目标，地区生产总值增长6%是底线。'),
      ),
    );
    expect(extractTargets(d).map((t) => `${t.scope} ${t.indicator} ${t.value}`)).toEqual([
      'summary 地区生产总值 5',
      'summary 城镇调查失业率 5.5',
      'summary 居民消费价格涨幅 2',
      'year 地区生产总值 6',
    ]);
    expect(qualitativeTargets(d).map((q) => q.text)).toEqual(['居民收入增长和经济增长同步']);
  });

  it('does not go on after a paragraph that ends with 。', () => {
    const d = doc(part(YEAR, summary('主要预期目标是：地区生产总值增长5%左右。'), p('城镇调查失业率5.5%左右。')));
    expect(extractTargets(d).map((t) => t.scope)).toEqual(['summary', 'year']);
  });

  it('keeps the clauses after the targets that say what they are for out', () => {
    const text = '主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果。';
    expect(summaryRows(text)).toEqual(['地区生产总值|5|%|左右']);
    expect(qualitativeTargets(report(text))).toEqual([]);
  });
});

describe('scope inside the summary', () => {
  beforeEach(resetIds);

  it('makes a 年均 target of the passage a five-year target, never compared with the year’s', () => {
    const d = report('主要预期目标是：地区生产总值增长5%左右，地区生产总值年均增长5.5%左右。', '地区生产总值增长5.5%左右。');
    const targets = extractTargets(d);
    expect(targets.map((t) => `${t.scope} ${t.value}`)).toEqual(['summary 5', 'fiveYear 5.5', 'year 5.5']);
    // The body's 5.5% is compared with the year's 5%, not with the five-year 5.5%.
    expect(compareWithSummary(targets)[2].agreement).toBe('differs');
  });

  it('makes a target with a later horizon (到2030年) a five-year target', () => {
    const targets = extractTargets(report('主要预期目标是：地区生产总值增长5%左右，到2030年地区生产总值达到6万亿元。'));
    expect(targets.map((t) => `${t.scope} ${t.indicator} ${t.value}`)).toEqual(['summary 地区生产总值 5', 'fiveYear 地区生产总值 6']);
  });

  it('makes a 年均 target in the year’s part a five-year one as well', () => {
    expect(extractTargets(doc(part(YEAR, p('地区生产总值年均增长5%以上。'))))[0].scope).toBe('fiveYear');
    expect(extractTargets(doc(part(YEAR, p('地区生产总值增长5%以上。'))))[0].scope).toBe('year');
  });
});

describe('ranges', () => {
  beforeEach(resetIds);

  it('keep both ends, with or without the unit after the first', () => {
    expect(summaryRows('主要预期目标是：地区生产总值增长5%—5.5%。')).toEqual(['地区生产总值|5—5.5|%|']);
    expect(summaryRows('主要预期目标是：地区生产总值增长4.5%－5%。')).toEqual(['地区生产总值|4.5－5|%|']);
    expect(summaryRows('主要预期目标是：地区生产总值增长6%-6.5%。')).toEqual(['地区生产总值|6-6.5|%|']);
    expect(summaryRows('主要预期目标是：地区生产总值增长4.5-5%。')).toEqual(['地区生产总值|4.5-5|%|']);
  });

  it('compare as ranges: the same range agrees, one end alone differs', () => {
    expect(agreements('主要预期目标是：地区生产总值增长5%—5.5%。', '地区生产总值增长5%-5.5%。')).toEqual(['地区生产总值增长5%-5.5% agrees']);
    expect(agreements('主要预期目标是：地区生产总值增长5%—5.5%。', '地区生产总值增长5%。')).toEqual(['地区生产总值增长5% differs']);
  });
});

describe('GDP written as 经济增长', () => {
  beforeEach(resetIds);

  it('is the GDP target in the summary', () => {
    expect(summaryRows('今年主要预期目标是：经济增长5%左右，城镇调查失业率5.5%左右。')).toEqual(['地区生产总值|5|%|左右', '城镇调查失业率|5.5|%|左右']);
  });

  it('is not GDP inside a longer name', () => {
    expect(bodyRows('数字经济增长10%。')).toEqual([]);
    expect(summaryRows('主要预期目标是：数字经济增长10%。')).toEqual(['数字经济|10|%|']);
  });
});

describe('grain', () => {
  beforeEach(resetIds);

  it('keeps 万亿斤, 亿斤 or 万吨 with the qualifier', () => {
    expect(summaryRows('主要预期目标是：粮食产量1.4万亿斤左右。')).toEqual(['粮食产量|1.4|万亿斤|左右']);
    expect(summaryRows('主要预期目标是：粮食产量保持在1.3万亿斤以上。')).toEqual(['粮食产量|1.3|万亿斤|以上']);
    expect(summaryRows('主要预期目标是：粮食产量730亿斤以上。')).toEqual(['粮食产量|730|亿斤|以上']);
    expect(summaryRows('主要预期目标是：粮食总产量稳定在507万吨以上。')).toEqual(['粮食产量|507|万吨|以上']);
  });

  it('compares 斤 with 斤 across scales, never 斤 with 吨', () => {
    expect(agreements('主要预期目标是：粮食产量1.3万亿斤以上。', '确保粮食产量13000亿斤以上。')).toEqual(['粮食产量13000亿斤以上 agrees']);
    expect(agreements('主要预期目标是：粮食产量730亿斤以上。', '粮食产量稳定在500万吨以上。')).toEqual(['粮食产量稳定在500万吨以上 unrelated']);
  });
});

describe('energy and carbon intensity', () => {
  beforeEach(resetIds);

  it('are their own indicators, whatever the name of GDP inside them', () => {
    expect(summaryRows('主要预期目标是：单位地区生产总值能耗降低3%左右，单位国内生产总值能耗降低2.5%左右，单位生产总值二氧化碳排放下降3.8%。')).toEqual([
      '单位地区生产总值能耗|3|%|左右',
      '单位地区生产总值能耗|2.5|%|左右',
      '单位地区生产总值二氧化碳排放|3.8|%|',
    ]);
  });

  it('are never GDP', () => {
    expect(bodyRows('单位GDP二氧化碳排放下降3%左右。').map((r) => r.split('|')[0])).toEqual(['单位地区生产总值二氧化碳排放']);
    expect(agreements('主要预期目标是：地区生产总值增长5%左右。', '单位国内生产总值能耗降低2.5%左右。')).toEqual(['单位国内生产总值能耗降低2.5%左右 unrelated']);
  });
});

describe('other indicators', () => {
  beforeEach(resetIds);

  it('reads 一产/二产/三产增加值, 研发投入强度, 进出口总额, 外贸进出口总值 and 城镇新增就业人数', () => {
    expect(summaryRows('主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。')).toEqual([
      '地区生产总值|5|%|左右',
      '第一产业增加值|3.5|%|左右',
      '第二产业增加值|6|%|左右',
      '服务业增加值|5|%|左右',
    ]);
    expect(summaryRows('主要预期目标是：一产、二产、三产增加值分别增长3%、6%、5%。').map((r) => r.split('|')[0])).toEqual([
      '第一产业增加值',
      '第二产业增加值',
      '服务业增加值',
    ]);
    expect(summaryRows('主要预期目标是：全社会研发投入强度3.42%左右，进出口总额增长3%，外贸进出口总值增长5%，城镇新增就业人数45万人。')).toEqual([
      '研发投入强度|3.42|%|左右',
      '进出口总额|3|%|',
      '进出口总额|5|%|',
      '城镇新增就业|45|万人|',
    ]);
  });

  it('takes a name whole even where its last word is also a filler or a verb', () => {
    // 总额 and 涨幅 could begin the tail; the subject keeps them when that makes a known name.
    expect(summaryRows('主要预期目标是：社会消费品零售总额增长4%左右，居民消费价格涨幅2%左右。')).toEqual([
      '社会消费品零售总额|4|%|左右',
      '居民消费价格涨幅|2|%|左右',
    ]);
    expect(extractTargets(report('主要预期目标是：社会消费品零售总额增长4%左右。'))[0].indicatorText).toBe('社会消费品零售总额');
  });

  it('states nothing when 分别 pairs three names with two values', () => {
    expect(summaryRows('主要预期目标是：一二三产增加值分别增长3%、6%。')).toEqual([]);
    expect(summaryRows('主要预期目标是：一二三产增加值分别增长3%、6%、5%。')).toHaveLength(3);
  });

  it('takes no period for an indicator', () => {
    expect(extractTargets(report('主要预期目标是：“十五五”时期年均增长5%以上，粮食产量1.4万亿斤左右。')).map(row)).toEqual(['粮食产量|1.4|万亿斤|左右']);
  });
});

describe('CPI', () => {
  beforeEach(resetIds);

  it('is read in each of its forms as 居民消费价格涨幅', () => {
    for (const [text, value, qualifier] of [
      ['居民消费价格指数涨幅2%以内', '2', '以内'],
      ['居民消费价格上涨2%左右', '2', '左右'],
      ['居民消费价格涨幅控制在3.5%以内', '3.5', '以内'],
      ['居民消费价格总水平上涨幅度控制在2%左右', '2', '左右'],
      ['居民消费价格指数上涨2%左右', '2', '左右'],
      ['CPI涨幅2%左右', '2', '左右'],
    ]) {
      expect(summaryRows(`主要预期目标是：${text}。`), text).toEqual([`居民消费价格涨幅|${value}|%|${qualifier}`]);
    }
  });

  it('compares as a rate whatever its verb', () => {
    expect(agreements('主要预期目标是：居民消费价格涨幅2%左右。', '居民消费价格上涨2%左右。')).toEqual(['居民消费价格上涨2%左右 agrees']);
    expect(agreements('主要预期目标是：居民消费价格涨幅2%左右。', '居民消费价格涨幅控制在3%左右。')).toEqual(['居民消费价格涨幅控制在3%左右 differs']);
  });
});

describe('a shared subject', () => {
  beforeEach(resetIds);

  it('gives each name the value: 城镇调查失业率和登记失业率', () => {
    expect(summaryRows('主要预期目标是：城镇调查失业率和登记失业率稳定在4.3%左右。')).toEqual(['城镇调查失业率|4.3|%|左右', '城镇登记失业率|4.3|%|左右']);
  });

  it('does not split a name that holds 和 or 与 itself', () => {
    expect(summaryRows('主要预期目标是：研究与试验发展经费投入增长10%。')).toEqual(['研发经费投入|10|%|']);
  });
});

describe('分别 lists', () => {
  beforeEach(resetIds);

  it('pair names and values, the short names taking the rest of the last', () => {
    expect(summaryRows('主要预期目标是：城镇居民、农村居民人均可支配收入分别增长7%、7.5%。')).toEqual([
      '城镇居民人均可支配收入|7|%|',
      '农村居民人均可支配收入|7.5|%|',
    ]);
    expect(summaryRows('主要预期目标是：城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。')).toEqual([
      '城镇居民人均可支配收入|4.5|%|',
      '农村居民人均可支配收入|5.5|%|左右',
    ]);
  });

  it('take values joined by 和', () => {
    expect(summaryRows('主要预期目标是：城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右。')).toEqual([
      '城镇居民人均可支配收入|4|%|左右',
      '农村居民人均可支配收入|6|%|左右',
    ]);
    expect(summaryRows('主要预期目标是：城乡居民人均可支配收入分别增长4%和6%。')).toEqual(['城镇居民人均可支配收入|4|%|', '农村居民人均可支配收入|6|%|']);
  });

  it('in the body, need as many names as values', () => {
    expect(bodyRows('城镇居民人均可支配收入、农村居民人均可支配收入分别增长5%、7%、8%。')).toEqual([]);
  });
});

describe('verbs', () => {
  beforeEach(resetIds);

  it('reads 按增长5%安排, 同口径增长9%, 稳定在 and 保持在', () => {
    expect(summaryRows('主要预期目标是：地区生产总值按增长5%安排，一般公共预算收入同口径增长9%，城镇调查失业率稳定在5.5%左右，粮食产量保持在1.3万亿斤以上。')).toEqual([
      '地区生产总值|5|%|',
      '一般公共预算收入|9|%|',
      '城镇调查失业率|5.5|%|左右',
      '粮食产量|1.3|万亿斤|以上',
    ]);
    expect(bodyRows('一般公共预算收入同口径增长9%。')).toEqual(['一般公共预算收入|9|%|']);
  });

  it('reads a level reached (提高到, 提升至) as a level, not a rate', () => {
    const kinds = (text: string) => extractTargets(doc(part(YEAR, p(text)))).map((t) => `${t.value} ${t.kind}`);
    expect(kinds('常住人口城镇化率提高到58.09%，研发投入强度提升至1.8%。')).toEqual(['58.09 level', '1.8 level']);
    expect(kinds('研发经费投入提高8%。')).toEqual(['8 rate']);
  });

  it('needs a verb in the body where the name does not carry one', () => {
    expect(bodyRows('一般公共预算收入9%。')).toEqual([]);
  });
});

describe('whole names', () => {
  beforeEach(resetIds);

  it('match only as a whole name, never inside a longer one', () => {
    expect(bodyRows('海洋生产总值增长6%左右。')).toEqual([]);
    expect(bodyRows('人均地区生产总值达到14万元。')).toEqual([]);
    expect(bodyRows('软件和信息服务业增加值增长9.7%。')).toEqual([]);
    expect(summaryRows('主要预期目标是：海洋生产总值增长6%左右。')).toEqual(['海洋生产总值|6|%|左右']);
  });

  it('accept a place or a verb before the name', () => {
    expect(bodyRows('全省地区生产总值增长5%左右。')).toEqual(['地区生产总值|5|%|左右']);
    expect(bodyRows('力争规上工业增加值增长6%以上。')).toEqual(['规模以上工业增加值|6|%|以上']);
    expect(agreements('主要预期目标是：地区生产总值增长5%左右。', '海洋生产总值增长6%左右。')).toEqual([]);
  });
});

describe('targets without a figure', () => {
  beforeEach(resetIds);

  it('are listed as such', () => {
    const d = report('主要预期目标是：地区生产总值增长5%左右，居民收入增长和经济增长同步，能源、水资源、碳排放等指标达到国家要求，碳排放双控完成国家下达任务。');
    expect(qualitativeTargets(d).map((q) => `${q.kind} ${q.scope} ${q.text}`)).toEqual([
      'qualitative summary 居民收入增长和经济增长同步',
      'qualitative summary 能源、水资源、碳排放等指标达到国家要求',
      'qualitative summary 碳排放双控完成国家下达任务',
    ]);
  });

  it('are never compared as numbers', () => {
    const targets = extractTargets(report('主要预期目标是：居民收入增长和经济增长同步。', '居民收入增长6%。'));
    expect(targets.filter((t) => t.scope === 'summary')).toEqual([]);
    expect(compareWithSummary(targets).map((a) => a.agreement)).toEqual(['unrelated']);
  });
});

describe('subjects the lexicon does not know', () => {
  beforeEach(resetIds);

  it('make summary targets, named as written', () => {
    expect(summaryRows('主要预期目标是：装备制造业增加值增长10%左右，细颗粒物年均浓度控制在29微克/立方米左右、争取更优水平。')).toEqual([
      '装备制造业增加值|10|%|左右',
      '细颗粒物年均浓度|29|微克/立方米|左右',
    ]);
  });

  it('are not read in the body', () => {
    expect(bodyRows('装备制造业增加值增长10%左右，细颗粒物年均浓度控制在29微克/立方米左右。')).toEqual([]);
  });
});

describe('a list annex of the year’s 民生实事', () => {
  beforeEach(resetIds);

  const item = (text: string) => reportSchema.node('annexItem', { id: `item-${text.length}` }, [reportSchema.text(text)]);
  const withList = (title: string, text: string) =>
    doc(part(YEAR, summary('主要预期目标是：城镇新增就业18万人以上。')), annex(title, item(text)));

  it('is compared with the summary like the year’s part', () => {
    const agreementsOf = (text: string) => compareWithSummary(extractTargets(withList('2026年民生实事', text))).map((a) => `${a.target.scope} ${a.agreement}`);
    expect(agreementsOf('实现城镇新增就业18万人以上。')).toEqual(['summary summary', 'year agrees']);
    expect(agreementsOf('实现城镇新增就业20万人以上。')).toEqual(['summary summary', 'year differs']);
  });

  it('is not when it records what was done, nor is any other annex', () => {
    expect(extractTargets(withList('2025年民生实事完成情况', '实现城镇新增就业20万人以上。'))[1].scope).toBe('other');
    expect(extractTargets(withList('主要指标', '实现城镇新增就业20万人以上。'))[1].scope).toBe('other');
  });
});
