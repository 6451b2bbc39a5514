/**
 * Precision on a published report (../shared/corpus/jianghan-2022-report.txt):
 * the rules that must stay silent on it stay silent, the real faults are found,
 * and each fault planted in a variant is found at its place with nothing else new.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding } from '../../../src/core/checks/index.js';
import { importText } from '../../../src/core/import/text.js';

const REPORT = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');

function check(source: string): Finding[] {
  let n = 0;
  return runChecks(importText(source, { newId: () => `r${++n}` }).doc);
}

/** A finding as a reader locates it: rule, heading path, text, message. */
const sig = (f: Finding) => `${f.rule} ${f.path.join('')} ${f.text} ${f.message.zh}`;

/** Findings of `variant` that the original report does not have (as a multiset). */
function newFindings(variant: string): Finding[] {
  const base = new Map<string, number>();
  for (const f of check(REPORT)) base.set(sig(f), (base.get(sig(f)) ?? 0) + 1);
  return check(variant).filter((f) => {
    const left = base.get(sig(f)) ?? 0;
    base.set(sig(f), left - 1);
    return left <= 0;
  });
}

/** Replace exactly one occurrence of `from`. */
function edit(source: string, from: string, to: string): string {
  expect(source.split(from)).toHaveLength(2);
  return source.replace(from, to);
}

describe('the published Jianghan 2022 report', () => {
  const findings = check(REPORT);
  const of = (rule: string) => findings.filter((f) => f.rule === rule);

  it.each(['target-mismatch', 'count-mismatch', 'numbering-sequence', 'glossary-unused', 'glossary-order', 'punctuation-pair'])(
    'has no %s finding',
    (rule) => {
      expect(of(rule)).toEqual([]);
    },
  );

  it('has its half-width punctuation found, all of it in the review part', () => {
    const halfwidth = of('punctuation-halfwidth');
    expect(halfwidth.find((f) => f.excerpt.includes('2019年水平,预计'))).toMatchObject({ text: ',', path: ['一', '（五）'] });
    expect(halfwidth.filter((f) => f.text === ',').length).toBeGreaterThanOrEqual(25);
    expect(new Set(halfwidth.map((f) => f.path[0]))).toEqual(new Set(['一']));
  });

  it('has, besides that, only the stray space, the estimate and a few suggestions', () => {
    const rest = findings.filter((f) => f.rule !== 'punctuation-halfwidth').map((f) => `${f.rule} ${f.path.join('')} ${f.text}`);
    expect(rest).toEqual([
      'spacing 一（四）  ',
      'estimate 一（五） 预计地区生产总值完成1450亿元以上',
      'glossary-candidate 二 “一主引领”',
      'glossary-candidate 三（一） “一街一城”',
      'glossary-candidate 三（一） “一楼一策”',
      'glossary-candidate 三（二） “一窗通办”',
      'glossary-candidate 三（三） “一湖一策”',
    ]);
    expect(findings.find((f) => f.rule === 'spacing')?.excerpt).toContain('改 革');
  });
});

describe('faulty variants of the published report', () => {
  // The summary does not state 新增就业; a variant that adds it to the summary
  // agrees with the body, and changing the body then breaks the agreement.
  const withJobsTarget = edit(REPORT, '居民收入增长快于经济增长。', '城镇新增就业1.7万人，居民收入增长快于经济增长。');

  it('a summary that states a body target as the body does: nothing new', () => {
    expect(newFindings(withJobsTarget)).toEqual([]);
  });

  it('a body target changed: target-mismatch at the body statement', () => {
    const variant = edit(withJobsTarget, '多渠道开发就业岗位，新增就业1.7万人', '多渠道开发就业岗位，新增就业2万人');
    expect(newFindings(variant).map(sig)).toEqual([
      'target-mismatch 三（六） 新增就业2万人 城镇新增就业在主要预期目标中为“城镇新增就业1.7万人”，此处为“新增就业2万人”，数值不一致。',
    ]);
  });

  it('a section dropped under 八大提升行动: count-mismatch on the phrase', () => {
    const start = REPORT.indexOf('（八）实施政府效能提升行动');
    const end = REPORT.indexOf('各位代表！百舸争流');
    const variant = REPORT.slice(0, start) + REPORT.slice(end);
    expect(newFindings(variant).map(sig)).toEqual(['count-mismatch 三 “八大提升行动” “八大提升行动”应有8项，其后实际有7项。']);
  });

  it('a number repeated: numbering-sequence at the repeated heading', () => {
    const variant = edit(REPORT, '（四）实施治理水平提升行动', '（三）实施治理水平提升行动');
    expect(newFindings(variant).map(sig)).toEqual(['numbering-sequence 三（四） 实施治理水平提升行动 编号重复：“（三）”出现了两次。']);
  });

  it("a glossary term's only use removed: glossary-unused on its entry", () => {
    let variant = edit(REPORT, '打造“江汉管家”新名片。', '');
    variant = edit(variant, '5. **江汉管家**', '5. **江汉管家**');
    expect(newFindings(variant).map(sig)).toEqual(['glossary-unused 附件5. 江汉管家 名词解释“江汉管家”在正文中没有出现。']);
  });

  it('two glossary entries swapped: glossary-order on both', () => {
    const line = (n: number, term: string) => REPORT.split('\n').find((l) => l.startsWith(`${n}. **${term}**`))!;
    const park = line(16, '口袋公园');
    const double = line(20, '双减');
    const variant = REPORT.replace(park, '\u0000').replace(double, park.replace('16.', '20.')).replace('\u0000', double.replace('20.', '16.'));
    expect(newFindings(variant).map((f) => `${f.rule} ${f.path.join('')} ${f.text}`)).toEqual([
      'glossary-order 附件16. 双减',
      'glossary-order 附件20. 口袋公园',
    ]);
  });

  it('a closing quote dropped: punctuation-pair at the opening quote', () => {
    const variant = edit(REPORT, '打造“全域超级孵化器”，', '打造“全域超级孵化器，');
    const found = newFindings(variant);
    expect(found.map(sig)).toEqual(['punctuation-pair 二（二） “ 标点 “ 没有配对的 ”。']);
    expect(found[0].excerpt).toContain('打造“全域超级孵化器，');
  });
});
