import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';
import { outlineOf } from '../../../src/core/outline.js';
import { docToText } from '../../../src/core/plainText.js';
import { readRealReport } from '../../support/corpus.js';

const source = readRealReport();
const { doc, notices } = importText(source);
const outline = outlineOf(doc);

describe('the real report (jianghan-2022-report.txt)', () => {
  it('imports as 3 parts with 5, 6 and 8 sections', () => {
    expect(outline.title).toBe('政府工作报告');
    expect(outline.parts.map((p) => p.number)).toEqual(['一', '二', '三']);
    expect(outline.parts.map((p) => p.sections!.length)).toEqual([5, 6, 8]);
    expect(outline.parts[0].title).toBe('过去五年工作回顾');
    expect(outline.parts[2].title).toBe('2022年工作安排');
    expect(outline.parts[0].sections![0]).toMatchObject({ number: '（一）', title: '坚持发展第一要务，经济增长更有质量', items: [] });
    expect(outline.parts[2].sections![7].title).toBe('实施政府效能提升行动');
  });

  it('finds the title block and the salutation', () => {
    expect(doc.child(1).type.name).toBe('occasion');
    expect(doc.child(1).textContent).toBe('——2021年12月15日在江汉区第十六届人民代表大会第一次会议上');
    expect(doc.child(2).textContent).toBe('武汉市江汉区人民政府代区长 叶文静');
    expect(doc.child(3).textContent).toBe('各位代表：');
  });

  it('finds the targets summary in part 三', () => {
    expect(outline.targetSummary).toMatch(/^全年经济社会发展主要预期目标是：地区生产总值增长7\.5%左右，/);
    expect(outline.targetSummary).toMatch(/居民收入增长快于经济增长。$/);
    const part3 = doc.child(doc.childCount - 2);
    let inPart3 = false;
    part3.descendants((n) => {
      if (n.attrs.role === 'targetSummary') inPart3 = true;
      return true;
    });
    expect(inPart3).toBe(true);
  });

  it('reads 22 glossary entries in order, without emphasis markers', () => {
    expect(outline.glossary).toHaveLength(22);
    expect(outline.glossary.map((g) => g.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(outline.glossary[0].term).toBe('五个率先');
    expect(outline.glossary[2].term).toBe('“1+1+12”紧密型医联体');
    expect(outline.glossary[9].term).toBe('城区大脑');
    expect(outline.glossary[21].term).toBe('AED急救设施');
    expect(docToText(doc)).not.toContain('**');
  });

  it('joins the paragraphs that page breaks cut', () => {
    const text = docToText(doc);
    expect(text).toContain('投资超过1700亿元，开工重大项目54个。');
    expect(text).toContain('打造“全域超级孵化器”，引进科创“新物种”企业');
    expect(text).toContain('“两纵”即长江大道江汉段');
    expect(text).toContain('三个门类和卫生行业大类；（2）年营业收入1000万元');
  });

  it('keeps punctuation as written', () => {
    expect(docToText(doc)).toContain('恢复到2019年水平,预计地区生产总值完成1450亿元以上, GDP 51.2亿元/平方公里');
  });

  it('has nothing to report about nesting', () => {
    expect(notices).toEqual([]);
  });

  /**
   * Nothing is lost: every character of the source other than layout
   * whitespace, the numbering markers at the start of heading and entry lines,
   * and the ** emphasis markers ends up in the document, in the same order.
   */
  it('loses no text', () => {
    const marker = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.(?!\d))/;
    const expected = source
      .split('\n')
      .map((line) => line.trim().replace(marker, ''))
      .join('')
      .replace(/\*\*/g, '')
      .replace(/\s+/g, '');
    const actual = docToText(doc, { withNumbers: false }).replace(/\s+/g, '');
    expect(actual.length).toBe(expected.length);
    expect(actual).toBe(expected);
  });
});
