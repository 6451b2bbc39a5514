/**
 * The forms real reports take (issue "Real reports as they are"), each as a
 * general form with a small made-up example: run-in headings, every kind of
 * annex and glossary, title blocks, the targets summary, and the two layouts
 * of plain text.
 */
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { importText } from '../../../src/core/import/text.js';
import { isWrappedText } from '../../../src/core/import/wrap.js';
import { outlineOf } from '../../../src/core/outline.js';
import { docToText } from '../../../src/core/plainText.js';

const imp = (text: string): PMNode => importText(text).doc;
const HEAD = '2026年某某省政府工作报告\n——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n';

/** Every block as `type:text`, in order (containers left out). */
function blocks(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.isTextblock) out.push(`${n.type.name}:${n.textContent}`);
    return !n.isTextblock;
  });
  return out;
}

function find(doc: PMNode, type: string): PMNode[] {
  const out: PMNode[] = [];
  doc.descendants((n) => {
    if (n.type.name === type) out.push(n);
    return true;
  });
  return out;
}

describe('run-in headings (标题接排正文)', () => {
  it('splits a section line into a heading that remembers it was run in, and the paragraph after it', () => {
    const doc = imp(`${HEAD}一、今年工作\n（一）因地制宜加快发展新质生产力。抓住共建机遇，推动产业升级。\n`);
    const [heading] = find(doc, 'sectionHeading');
    expect(heading.textContent).toBe('因地制宜加快发展新质生产力');
    expect(heading.attrs.runIn).toBe(true);
    expect(blocks(doc).slice(-2)).toEqual(['sectionHeading:因地制宜加快发展新质生产力', 'paragraph:抓住共建机遇，推动产业升级。']);
  });

  it('splits items and parts the same way', () => {
    const doc = imp(`${HEAD}一、今年工作。总的要求是稳中求进。\n（一）扩大内需\n1.稳定大宗消费。推动汽车以旧换新。\n`);
    expect(find(doc, 'partHeading')[0].textContent).toBe('今年工作');
    expect(find(doc, 'itemHeading')[0]).toMatchObject({ textContent: '稳定大宗消费', attrs: expect.objectContaining({ runIn: true }) });
    expect(blocks(doc)).toContain('paragraph:推动汽车以旧换新。');
    expect(blocks(doc)).toContain('paragraph:总的要求是稳中求进。');
  });

  it('keeps a long heading line without 。 a heading, not run in', () => {
    const line = '（一）坚持生态优先、绿色发展，全面推进美丽家园建设，筑牢我国北方重要生态安全屏障和绿色发展高地';
    const [heading] = find(imp(`${HEAD}一、今年工作\n${line}\n正文。\n`), 'sectionHeading');
    expect(heading.textContent).toBe(line.slice(3));
    expect(heading.attrs.runIn).toBe(false);
  });

  it('does not split a numbered sentence whose first 。 follows a ；', () => {
    const doc = imp(`${HEAD}一、今年工作\n（一）民生\n1.通过以工代赈发放劳务报酬20亿元以上；扩大失业保险覆盖面。\n`);
    expect(find(doc, 'itemHeading')[0].textContent).toBe('通过以工代赈发放劳务报酬20亿元以上；扩大失业保险覆盖面。');
  });

  it('runs in a heading that stands alone with its 。 when the report runs in that level elsewhere', () => {
    const doc = imp(`${HEAD}一、今年工作\n（一）壮大实体经济。\n一要稳工业。\n（二）推进创新驱动。一要加大投入。\n`);
    expect(find(doc, 'sectionHeading').map((h) => [h.textContent, h.attrs.runIn])).toEqual([
      ['壮大实体经济', true],
      ['推进创新驱动', true],
    ]);
  });

  it('runs in headings of one level that all stand alone with their 。, and keeps the 。 of one that stands out', () => {
    const all = imp(`${HEAD}一、今后五年\n（一）打造生态文明高地。\n全面保护。\n（二）推动高质量发展。\n优化产业。\n`);
    expect(find(all, 'sectionHeading').map((h) => [h.textContent, h.attrs.runIn])).toEqual([
      ['打造生态文明高地', true],
      ['推动高质量发展', true],
    ]);
    const odd = imp(`${HEAD}一、今后五年\n（一）打造生态文明高地。\n全面保护。\n（二）推动高质量发展\n优化产业。\n`);
    expect(find(odd, 'sectionHeading').map((h) => h.textContent)).toEqual(['打造生态文明高地。', '推动高质量发展']);
  });

  it('prints a run-in heading run in again as plain text, so the text imports to the same structure', () => {
    const doc = imp(`${HEAD}一、今年工作\n（一）扩大内需。推动消费升级。\n（二）深化改革。优化营商环境。\n`);
    expect(docToText(doc)).toContain('（一）扩大内需。推动消费升级。');
    expect(blocks(imp(docToText(doc)))).toEqual(blocks(doc));
  });
});

describe('annexes and glossaries', () => {
  it('reads 附件1 and 附件2 as two annexes, a list of 民生实事 and a glossary', () => {
    const doc = imp(
      `${HEAD}一、今年工作\n正文。\n附件1\n2026年民生实事\n1.实现城镇新增就业18万人以上，发布就业岗位50万个。\n2.新建养老服务站200个，为新生儿提供免费筛查。\n附件2\n名词解释\n1.“两新”：大规模设备更新和消费品以旧换新。\n2.“两重”：国家重大战略实施和重点领域安全能力建设。\n`,
    );
    const annexes = find(doc, 'annex');
    expect(annexes.map((a) => a.firstChild!.textContent)).toEqual(['附件1', '附件2']);
    expect(find(annexes[0], 'annexItem').map((i) => i.textContent)).toEqual([
      '实现城镇新增就业18万人以上，发布就业岗位50万个。',
      '新建养老服务站200个，为新生儿提供免费筛查。',
    ]);
    expect(find(annexes[0], 'glossaryEntry')).toEqual([]);
    expect(outlineOf(doc).glossary.map((g) => g.term)).toEqual(['“两新”', '“两重”']);
  });

  it('never takes the 一、 items of a list annex for parts of the report', () => {
    const doc = imp(`${HEAD}一、今年工作\n正文。\n附件\n2026年民生实事项目\n一、就业增收。新增城镇就业50万人。\n二、养老服务。新建社区食堂100个。\n`);
    expect(outlineOf(doc).parts.map((p) => p.title)).toEqual(['今年工作']);
    expect(find(doc, 'annexItem').map((i) => i.attrs.numeral)).toEqual(['han', 'han']);
  });

  it('reads a glossary under any title, with or without 附件 above it', () => {
    for (const title of ['名词解释', '《政府工作报告》有关内容名词注释', '注释']) {
      const doc = imp(`${HEAD}一、今年工作\n推进“两新”工作。\n${title}\n1.“两新”：大规模设备更新和消费品以旧换新。\n`);
      expect(outlineOf(doc).glossary.map((g) => g.term)).toEqual(['“两新”']);
      expect(find(doc, 'annexTitle')[0].textContent).toBe(title);
    }
  });

  it('takes a definition from the next line, and an entry number before a figure when it is the one expected', () => {
    const doc = imp(
      `${HEAD}一、今年工作\n推进“两新”和2026年10件民生实事。\n附件\n名词解释\n1.“两新”：\n大规模设备更新和消费品以旧换新。\n2.2026年10件民生实事：加大重点群体就业支持力度。\n`,
    );
    const entries = find(doc, 'glossaryEntry');
    expect(entries.map((e) => [e.child(0).textContent, e.child(1).textContent])).toEqual([
      ['“两新”', '大规模设备更新和消费品以旧换新。'],
      ['2026年10件民生实事', '加大重点群体就业支持力度。'],
    ]);
  });

  it('reads endnote glossaries: ［2］ entries answering markers in the body', () => {
    const doc = imp(`${HEAD}一、今年工作\n培育四大主导产业［1］，推进五互一共［2］。\n注释\n［1］四大主导产业：\n旅游业、现代服务业。\n［2］五互一共：\n中外互鉴、文理互通。\n`);
    const entries = find(doc, 'glossaryEntry');
    expect(entries.map((e) => [e.attrs.form, e.child(0).textContent])).toEqual([
      ['endnote', '四大主导产业'],
      ['endnote', '五互一共'],
    ]);
    expect(docToText(doc)).toContain('［2］五互一共：中外互鉴、文理互通。');
  });
});

describe('title block', () => {
  it('reads occasion lines that open with ――, （ or nothing, and dates in Chinese numerals', () => {
    for (const occasion of [
      '――2026年1月27日在某某省第十四届人民代表大会第四次会议上',
      '（2026年1月27日在某某省第十四届人民代表大会第四次会议上）',
      '2026年1月31日在某某省第十四届人民代表大会第四次会议上',
      '——二〇二六年一月二十七日在某某省第十四届人民代表大会第四次会议上',
      // A draft not yet dated, as a blank template writes it.
      '——××××年××月××日在××区第×届人民代表大会第×次会议上',
      '——XXXX年XX月XX日在XX市第X届人民代表大会第X次会议上',
    ]) {
      const doc = imp(`政府工作报告\n${occasion}\n某某某\n各位代表：\n一、工作回顾\n正文。\n`);
      expect(blocks(doc).slice(0, 4)).toEqual(['title:政府工作报告', `occasion:${occasion}`, 'speaker:某某某', 'salutation:各位代表：']);
    }
  });

  it('keeps web-page lines (来源：, a photo caption) out of the title block, as paragraphs with a notice', () => {
    const { doc, notices } = importText(`2026年某某省政府工作报告\n来源：某某日报\n——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n一、工作回顾\n正文。\n`);
    expect(blocks(doc).slice(0, 5)).toEqual([
      'title:2026年某某省政府工作报告',
      'occasion:——2026年1月27日在某某省第十四届人民代表大会第四次会议上',
      'speaker:省长 某某',
      'salutation:各位代表：',
      'paragraph:来源：某某日报',
    ]);
    expect(notices.map((n) => n.code)).toEqual(['web-noise-kept']);
  });
});

describe('the targets summary', () => {
  const summaryOf = (text: string): string | null => outlineOf(imp(`${HEAD}一、今年工作\n${text}\n`)).targetSummary;

  it('is found whatever its wording, and runs over the sentences that still state targets', () => {
    expect(summaryOf('今年主要目标是：地区生产总值增长5%左右。城镇新增就业50万人。重点做好以下工作。')).toBe('今年主要目标是：地区生产总值增长5%左右。城镇新增就业50万人。');
    expect(summaryOf('综合考虑，建议今年全市经济社会发展的主要预期目标为：经济增长5%—5.5%。')).toBe('建议今年全市经济社会发展的主要预期目标为：经济增长5%—5.5%。');
    expect(summaryOf('预期目标：地区生产总值增长5%左右。')).toBe('预期目标：地区生产总值增长5%左右。');
  });

  it('is not a plan’s five-year targets', () => {
    const doc = imp(`${HEAD}一、“十五五”时期主要目标\n“十五五”时期主要目标是：地区生产总值年均增长5%以上。\n二、今年工作\n今年经济社会发展主要预期目标是：地区生产总值增长5%左右。\n`);
    expect(outlineOf(doc).targetSummary).toBe('今年经济社会发展主要预期目标是：地区生产总值增长5%左右。');
  });
});

describe('the layout of plain text', () => {
  it('tells one paragraph per line from lines wrapped inside paragraphs', () => {
    const web = ['一、今年工作', '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。', '扩大有效投资，推进重大项目建设，全年完成投资1万亿元以上。'];
    const print = ['坚持稳中求进工作总基调，完整准确全面贯彻新发展', '理念，推动高质量发展。扩大有效投资，推进重大项', '目建设，全年完成投资1万亿元以上。'];
    expect(isWrappedText(web)).toBe(false);
    expect(isWrappedText(print)).toBe(true);
  });

  it('does not join a heading without numbers to the next line in a web copy', () => {
    const body = '推动高质量发展，扩大内需，深化改革开放，保障和改善民生。\n'.repeat(4);
    const text = `${HEAD}“十四五”时期发展成就和2025年工作回顾\n过去五年，我们砥砺奋进，经济总量迈上新台阶。\n一、今年工作\n${body}`;
    expect(blocks(imp(text))).toContain('paragraph:“十四五”时期发展成就和2025年工作回顾');
  });

  it('drops page numbers of a print and joins a figure broken over two lines', () => {
    const text = `${HEAD}一、今年工作\n全年完成地区生产总值676\n— 24 —\n\f65亿元，同比增长5.2%，比上年提高0.8个百分点，\n-25-\n第26页\n居全省第一。\n`;
    expect(blocks(imp(text))).toContain('paragraph:全年完成地区生产总值67665亿元，同比增长5.2%，比上年提高0.8个百分点，居全省第一。');
  });
});
