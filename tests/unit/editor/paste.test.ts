import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { isStructuredPaste, pasteReportText } from '../../../src/renderer/commands/paste.js';
import { annex, doc, entry, p, part, section, summary } from '../../support/builder.js';
import { blockIds, body, cursorAt, lines, must, shape, stateOf } from './helpers.js';

const report = () =>
  doc(
    part('过去一年', p('回顾。')),
    part('今年安排', p('重点实施“三大行动”。'), section('实施产业行动', p('产业升级。'), p('加快园区建设。')), section('实施民生行动', p('民生改善。'))),
  );

function paste(state: EditorState, text: string): EditorState {
  const tr = pasteReportText(state, text);
  if (!tr) throw new Error('not pasted as structure');
  return state.apply(tr);
}

describe('pasting report text', () => {
  it('a block with a section heading becomes a section beside the cursor’s, and later sections renumber', () => {
    const next = paste(cursorAt(stateOf(report()), '加快园区建设。', true), '（二）实施创新行动\n创新驱动。\n建设科创走廊。');
    expect(body(next.doc)).toBe(
      lines(`
        一、过去一年
          p 回顾。
        二、今年安排
          p 重点实施“三大行动”。
          （一）实施产业行动
            p 产业升级。
            p 加快园区建设。
          （二）实施创新行动
            p 创新驱动。
            p 建设科创走廊。
          （三）实施民生行动
            p 民生改善。
      `),
    );
  });

  it('joins lines broken by a page break, as the importer does', () => {
    const next = paste(cursorAt(stateOf(report()), '民生改善。', true), '推进城市更\n\n新，打造宜居城区。');
    expect(body(next.doc)).toContain('    p 民生改善。\n    p 推进城市更新，打造宜居城区。');
  });

  it('splits the paragraph at the cursor around the pasted blocks', () => {
    const next = paste(cursorAt(stateOf(report()), '升级。'), '甲段。\n乙段。');
    expect(body(next.doc)).toContain('    p 产业\n    p 甲段。\n    p 乙段。\n    p 升级。\n    p 加快园区建设。');
  });

  it('a pasted part opens a new part; the paragraphs after the cursor follow into it', () => {
    const next = paste(cursorAt(stateOf(report()), '回顾。', true), '二、未来五年安排\n（一）致力能级跃升\n打造新标杆。');
    expect(body(next.doc).split('\n').slice(0, 7).join('\n')).toBe(
      lines(`
        一、过去一年
          p 回顾。
        二、未来五年安排
          （一）致力能级跃升
            p 打造新标杆。
        三、今年安排
          p 重点实施“三大行动”。
      `),
    );
  });

  it('pasted at the end of a heading, paragraphs go into that heading', () => {
    const next = paste(cursorAt(stateOf(report()), '实施民生行动', true), '第一段。\n第二段。');
    expect(body(next.doc)).toContain('  （二）实施民生行动\n    p 第一段。\n    p 第二段。\n    p 民生改善。');
  });

  it('pasted glossary lines join the annex', () => {
    const d = doc(part('安排', p('正文。')), annex('名词解释', entry('六稳', '稳就业。')));
    const next = paste(cursorAt(stateOf(d), '正文。', true), '新段落。\n附件\n名词解释\n1. **六保**：保居民就业。');
    expect(shape(next.doc).split('\n').slice(-2).join('\n')).toBe('1.六稳：稳就业。\n2.六保：保居民就业。');
    expect(body(next.doc)).toContain('  p 正文。\n  p 新段落。');
  });

  it('keeps every character of the pasted text', () => {
    const text = '（二）实施创新行动\n创新驱动，“双百亿”工程。\n1. 建设走廊\n（1）细则。';
    const next = paste(cursorAt(stateOf(report()), '加快园区建设。', true), text);
    const all = next.doc.textContent;
    for (const piece of ['实施创新行动', '创新驱动，“双百亿”工程。', '建设走廊', '细则。']) expect(all).toContain(piece);
  });

  it('gives pasted blocks fresh, unique ids and forgets typed numbers', () => {
    const next = paste(cursorAt(stateOf(report()), '加快园区建设。', true), '（五）实施创新行动\n创新驱动。');
    const ids = blockIds(next.doc);
    expect(new Set(ids).size).toBe(ids.length);
    let typed: unknown = 'unset';
    next.doc.descendants((node) => {
      if (node.type.name === 'sectionHeading' && node.textContent === '实施创新行动') typed = node.attrs.typed;
      return true;
    });
    expect(typed).toBeNull();
  });

  it('does not make a second targets summary', () => {
    const d = doc(part('要求', summary('主要预期目标是：增长7%。')));
    const next = paste(cursorAt(stateOf(d), '增长7%。', true), '全年主要预期目标是：增长8%。\n其他。');
    expect(body(next.doc).match(/主要预期目标\)/g)).toHaveLength(1);
  });

  it('is undone in one step and leaves the cursor at the end of the pasted text', () => {
    const start = cursorAt(stateOf(report()), '加快园区建设。', true);
    const next = paste(start, '（二）实施创新行动\n创新驱动。');
    expect(next.selection.$head.parent.textContent).toBe('创新驱动。');
    expect(next.selection.$head.parentOffset).toBe(5);
    expect(must(next, undo).doc.eq(start.doc)).toBe(true);
  });

  it('leaves a single plain line to ordinary text insertion', () => {
    expect(isStructuredPaste('一句话而已，没有标题。')).toBe(false);
    expect(isStructuredPaste('（三）实施城区品质提升行动')).toBe(true);
    expect(pasteReportText(cursorAt(stateOf(report()), '回顾'), '一句话')).toBeNull();
  });
});

describe('pasting the text of HTML (hard line breaks)', () => {
  it('keeps every line a paragraph of its own, yet recognises headings', () => {
    const s = cursorAt(stateOf(report()), '加快园区建设。', true);
    const tr = pasteReportText(s, '没有句号的一行\n（二）实施创新行动\n第一段没有句号\n第二段。', { hardBreaks: true })!;
    expect(body(s.apply(tr).doc)).toBe(
      lines(`
        一、过去一年
          p 回顾。
        二、今年安排
          p 重点实施“三大行动”。
          （一）实施产业行动
            p 产业升级。
            p 加快园区建设。
            p 没有句号的一行
          （二）实施创新行动
            p 第一段没有句号
            p 第二段。
          （三）实施民生行动
            p 民生改善。
      `),
    );
  });
});
