import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { importText } from '../../../src/core/import/text.js';
import { normalizeLine } from '../../../src/core/import/layout.js';
import { outlineOf } from '../../../src/core/outline.js';

const imp = (text: string) => importText(text).doc;

/** The text of every paragraph, in order. */
function paragraphs(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'paragraph') out.push(n.textContent);
    return true;
  });
  return out;
}

function headings(doc: PMNode): { type: string; text: string; typed: number | null; marker: string | null }[] {
  const out: { type: string; text: string; typed: number | null; marker: string | null }[] = [];
  doc.descendants((n) => {
    if (/Heading$/.test(n.type.name)) out.push({ type: n.type.name, text: n.textContent, typed: n.attrs.typed, marker: n.attrs.marker });
    return true;
  });
  return out;
}

describe('layout normalisation', () => {
  it('drops spaces between Chinese and figures or Latin letters', () => {
    expect(normalizeLine('新增就业 11.5 万人')).toBe('新增就业11.5万人');
    expect(normalizeLine('建成区疾控中心 P2 实验室')).toBe('建成区疾控中心P2实验室');
    expect(normalizeLine('实现 100% 政府代缴')).toBe('实现100%政府代缴');
  });

  it('collapses runs of spaces and trims, full-width ones too', () => {
    expect(normalizeLine('\u3000\u3000正文   开始 ')).toBe('正文 开始');
  });

  it('keeps spaces between two Chinese words, between Latin and figures, and leaves punctuation alone', () => {
    expect(normalizeLine('代区长 叶文静')).toBe('代区长 叶文静');
    expect(normalizeLine('GDP 51.2 亿元/平方公里')).toBe('GDP 51.2亿元/平方公里');
    expect(normalizeLine('恢复到 2019 年水平,预计')).toBe('恢复到2019年水平,预计');
    expect(normalizeLine('PM_{2.5}浓度')).toBe('PM_{2.5}浓度');
  });
});

describe('joining lines broken by page breaks', () => {
  it('joins a line that does not end a sentence with its continuation across a blank line', () => {
    const doc = imp('政府工作报告\n\n各位代表：\n\n一、工作回顾\n\n累计完成投资超过1700亿元，开\n\n工重大项目 54 个。\n');
    expect(paragraphs(doc)).toEqual(['累计完成投资超过1700亿元，开工重大项目54个。']);
  });

  it('joins after a comma and a closing quote', () => {
    const doc = imp('一、安排\n\n构建“强磁场”，打造“全域超级孵化器”，\n\n引进科创“新物种”企业。\n\n“一核”即商务区。“两纵”\n\n即长江大道。\n');
    expect(paragraphs(doc)).toEqual(['构建“强磁场”，打造“全域超级孵化器”，引进科创“新物种”企业。', '“一核”即商务区。“两纵”即长江大道。']);
  });

  it('keeps a paragraph that ends a sentence apart from the next', () => {
    const doc = imp('一、安排\n\n第一段。\n\n第二段！\n\n第三段：\n');
    expect(paragraphs(doc)).toEqual(['第一段。', '第二段！', '第三段：']);
  });

  it('does not take a figure at the start of a continuation for an item number', () => {
    const doc = imp('一、安排\n\n（一）民生\n\n新增就业\n\n1.7万人以上。\n');
    expect(paragraphs(doc)).toEqual(['新增就业1.7万人以上。']);
  });

  it('starts the next expected item even after a line without an ending', () => {
    const doc = imp('一、安排\n\n（一）民生\n\n1. 扩大就业\n\n2. 办好教育\n');
    expect(headings(doc).filter((h) => h.type === 'itemHeading').map((h) => h.text)).toEqual(['扩大就业', '办好教育']);
  });
});

describe('title block and headings', () => {
  const source = [
    '政府工作报告',
    '——2026年12月20日在云溪区第三届人民代表大会第一次会议上',
    '云溪区人民政府区长 王某某',
    '各位代表：',
    '现在，我代表区人民政府，向大会报告工作，请予审议。',
    '一、过去一年工作回顾',
    '（一）经济稳中有进',
    '综合实力不断增强。全年地区生产总值增长6%。',
    '1. 工业',
    '（1）制造业',
    '制造业增加值增长8%。',
    '二、2027年工作安排',
    '附件',
    '名词解释',
    '1. **六稳**：稳就业、稳金融。',
  ].join('\n');
  const doc = imp(source);

  it('recognises the title block and the salutation', () => {
    const names = [] as string[];
    doc.forEach((n) => names.push(n.type.name));
    expect(names).toEqual(['title', 'occasion', 'speaker', 'salutation', 'paragraph', 'part', 'part', 'annex']);
    expect(doc.child(0).textContent).toBe('政府工作报告');
    expect(doc.child(2).textContent).toBe('云溪区人民政府区长 王某某');
  });

  it('removes typed numbers from headings but remembers them', () => {
    expect(headings(doc)).toEqual([
      { type: 'partHeading', text: '过去一年工作回顾', typed: 1, marker: '一、' },
      { type: 'sectionHeading', text: '经济稳中有进', typed: 1, marker: '（一）' },
      { type: 'itemHeading', text: '工业', typed: 1, marker: '1.' },
      { type: 'subitemHeading', text: '制造业', typed: 1, marker: '（1）' },
      { type: 'partHeading', text: '2027年工作安排', typed: 2, marker: '二、' },
    ]);
  });

  it('marks a short first sentence in a section as the lead sentence', () => {
    let lead = '';
    doc.descendants((n) => {
      if (n.isText && n.marks.some((m) => m.type.name === 'lead')) lead += n.text;
      return true;
    });
    expect(lead).toBe('综合实力不断增强。');
  });

  it('reads glossary entries with emphasis markers removed', () => {
    expect(outlineOf(doc).glossary).toEqual([{ number: 1, term: '六稳' }]);
    const entry = doc.lastChild!.lastChild!;
    expect(entry.type.name).toBe('glossaryEntry');
    expect(entry.child(1).textContent).toBe('稳就业、稳金融。');
  });
});

describe('typed numbering kept for the checks', () => {
  it('keeps a skip and a repeat as typed', () => {
    const doc = imp('一、安排\n\n（一）甲\n\n正文。\n\n（三）乙\n\n正文。\n\n（三）丙\n\n正文。\n');
    expect(headings(doc).filter((h) => h.type === 'sectionHeading').map((h) => h.typed)).toEqual([1, 3, 3]);
    expect(outlineOf(doc).parts[0].sections!.map((s) => s.number)).toEqual(['（一）', '（二）', '（三）']);
  });

  it('remembers a wrong marker form', () => {
    const doc = imp('一、安排\n\n（一）、甲\n\n1、乙\n');
    expect(headings(doc).map((h) => h.marker)).toEqual(['一、', '（一）、', '1、']);
  });
});

describe('targets summary', () => {
  it('gives the paragraph stating the main targets its role and finds the sentence', () => {
    const doc = imp('一、总体要求\n\n我们将坚持稳中求进，全年主要预期目标是：地区生产总值增长 6% 左右，新增就业 2 万人。其他内容。\n');
    expect(outlineOf(doc).targetSummary).toBe('全年主要预期目标是：地区生产总值增长6%左右，新增就业2万人。');
    let role = null;
    doc.descendants((n) => {
      if (n.type.name === 'paragraph') role = n.attrs.role;
      return true;
    });
    expect(role).toBe('targetSummary');
  });

  it('has no summary when no paragraph states one', () => {
    expect(outlineOf(imp('一、回顾\n\n正文。\n')).targetSummary).toBeNull();
  });
});

describe('what cannot nest where it stands', () => {
  it('keeps a section before any part as a paragraph with its marker, and says so', () => {
    const { doc, notices } = importText('标题\n\n各位代表：\n\n（一）无处安放\n\n一、部分\n');
    expect(paragraphs(doc)).toEqual(['（一）无处安放']);
    expect(notices).toHaveLength(1);
    expect(notices[0].code).toBe('heading-outside-parent');
    expect(notices[0].line).toBe(5);
    expect(notices[0].zh).toContain('第5行');
  });

  it('gives a closing address to the delegates to the part, not the last section', () => {
    const doc = imp('一、安排\n\n（一）甲\n\n正文。\n\n各位代表！让我们团结奋斗。\n');
    const part = doc.child(1);
    expect(part.lastChild!.type.name).toBe('paragraph');
    expect(part.lastChild!.textContent).toBe('各位代表！让我们团结奋斗。');
  });

  it('imports empty text as an empty report', () => {
    const doc = imp('');
    expect(doc.childCount).toBe(1);
    expect(doc.child(0).type.name).toBe('title');
  });
});
