import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { demote, promote, setHeading, setParagraph } from '../../../src/renderer/commands/headingLevel.js';
import { doc, item, p, part, section } from '../../support/builder.js';
import type { Node as PMNode } from 'prosemirror-model';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { deletionMark, insertionMark } from '../../../src/core/review/suggestions.js';
import { reportSchema } from '../../../src/core/schema.js';
import { blockIds, body, cursorAt, lines, must, posOf, run, stateOf } from './helpers.js';

const report = () =>
  doc(
    p('序言。'),
    part('过去一年工作回顾', p('一年来，我们……'), section('稳增长', p('经济平稳。'), p('投资增长。')), section('促改革', p('改革深化。'))),
    part(
      '今年工作安排',
      p('重点实施“三大行动”。'),
      section('实施产业行动', p('产业升级。'), p('实施创新行动'), p('创新驱动。')),
      section('实施民生行动', p('民生改善。')),
      p('各位代表！让我们团结奋斗。'),
    ),
  );

describe('setHeading (Ctrl+Alt+1/2/3)', () => {
  it('turns a paragraph in a section into a new section that takes the paragraphs after it, and later sections renumber', () => {
    const next = must(cursorAt(stateOf(report()), '实施创新行动'), setHeading(2));
    expect(body(next.doc)).toBe(
      lines(`
        p 序言。
        一、过去一年工作回顾
          p 一年来，我们……
          （一）稳增长
            p 经济平稳。
            p 投资增长。
          （二）促改革
            p 改革深化。
        二、今年工作安排
          p 重点实施“三大行动”。
          （一）实施产业行动
            p 产业升级。
          （二）实施创新行动
            p 创新驱动。
          （三）实施民生行动
            p 民生改善。
          p 各位代表！让我们团结奋斗。
      `),
    );
  });

  it('keeps the paragraph id on the heading and leaves the cursor in it', () => {
    const start = cursorAt(stateOf(report()), '实施创新行动', true);
    const id = start.selection.$head.parent.attrs.id;
    const next = must(start, setHeading(2));
    expect(next.selection.$head.parent.type.name).toBe('sectionHeading');
    expect(next.selection.$head.parent.attrs.id).toBe(id);
    expect(next.selection.$head.parentOffset).toBe('实施创新行动'.length);
  });

  it('leaves every block id unique and non-empty', () => {
    const next = must(cursorAt(stateOf(report()), '实施创新行动'), setHeading(2));
    const ids = blockIds(next.doc);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('drops the lead mark: a heading has no marks', () => {
    const d = doc(part('安排', section('行动', p('首句。其余。', { lead: true }))));
    const next = must(cursorAt(stateOf(d), '首句'), setHeading(3));
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          （一）行动
            1.首句。其余。
      `),
    );
  });

  it('turns a paragraph of a part into a section that takes the following part paragraphs', () => {
    const d = doc(part('安排', p('引言。'), p('新节'), p('节内一。'), p('节内二。'), section('旧节', p('旧。'))));
    const next = must(cursorAt(stateOf(d), '新节'), setHeading(2));
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          p 引言。
          （一）新节
            p 节内一。
            p 节内二。
          （二）旧节
            p 旧。
      `),
    );
  });

  it('turns a paragraph inside a section into a part: the rest of the old part moves to the new part', () => {
    const next = must(cursorAt(stateOf(report()), '经济平稳'), setHeading(1));
    expect(body(next.doc)).toBe(
      lines(`
        p 序言。
        一、过去一年工作回顾
          p 一年来，我们……
          （一）稳增长
        二、经济平稳。
          p 投资增长。
          （一）促改革
            p 改革深化。
        三、今年工作安排
          p 重点实施“三大行动”。
          （一）实施产业行动
            p 产业升级。
            p 实施创新行动
            p 创新驱动。
          （二）实施民生行动
            p 民生改善。
          p 各位代表！让我们团结奋斗。
      `),
    );
  });

  it('turns a preamble paragraph into the first part', () => {
    const d = doc(p('序言。'), p('总体要求'), p('要求内容。'), part('安排', p('正文。')));
    const next = must(cursorAt(stateOf(d), '总体要求'), setHeading(1));
    expect(body(next.doc)).toBe(
      lines(`
        p 序言。
        一、总体要求
          p 要求内容。
        二、安排
          p 正文。
      `),
    );
  });

  it('turns a preamble paragraph into a part even when asked for a section, since a section needs a part', () => {
    const d = doc(p('序言。'), p('标题'), part('安排', p('正文。')));
    const next = must(cursorAt(stateOf(d), '标题'), setHeading(2));
    expect(body(next.doc).split('\n')[1]).toBe('一、标题');
  });

  it('changes the level of a heading and moves its subtree with it', () => {
    const d = doc(part('安排', section('甲', p('甲文。')), section('乙', p('乙文。'), item('乙一', p('细则。')))));
    const next = must(cursorAt(stateOf(d), '乙'), setHeading(1));
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          （一）甲
            p 甲文。
        二、乙
          p 乙文。
          （一）乙一
            p 细则。
      `),
    );
  });

  it('does nothing when the heading already has that level', () => {
    expect(run(cursorAt(stateOf(report()), '稳增长'), setHeading(2))).toBeNull();
  });

  it('does not apply in the title block', () => {
    expect(run(cursorAt(stateOf(report()), '政府工作报告'), setHeading(1))).toBeNull();
  });

  it('is undone in one step', () => {
    const start = cursorAt(stateOf(report()), '实施创新行动');
    const next = must(start, setHeading(2));
    const back = must(next, undo);
    expect(back.doc.eq(start.doc)).toBe(true);
  });
});

describe('setParagraph (Ctrl+Alt+0)', () => {
  it('turns a section heading into a paragraph of the section before it; later sections renumber', () => {
    const next = must(cursorAt(stateOf(report()), '实施民生行动'), setParagraph);
    expect(body(next.doc)).toBe(
      lines(`
        p 序言。
        一、过去一年工作回顾
          p 一年来，我们……
          （一）稳增长
            p 经济平稳。
            p 投资增长。
          （二）促改革
            p 改革深化。
        二、今年工作安排
          p 重点实施“三大行动”。
          （一）实施产业行动
            p 产业升级。
            p 实施创新行动
            p 创新驱动。
            p 实施民生行动
            p 民生改善。
          p 各位代表！让我们团结奋斗。
      `),
    );
  });

  it('keeps the heading id on the paragraph', () => {
    const start = cursorAt(stateOf(report()), '促改革');
    const id = start.selection.$head.parent.attrs.id;
    const next = must(start, setParagraph);
    expect(next.selection.$head.parent.type.name).toBe('paragraph');
    expect(next.selection.$head.parent.attrs.id).toBe(id);
  });

  it('turns the first section into paragraphs of its part', () => {
    const next = must(cursorAt(stateOf(report()), '稳增长'), setParagraph);
    expect(body(next.doc).split('\n').slice(1, 8).join('\n')).toBe(
      lines(`
        一、过去一年工作回顾
          p 一年来，我们……
          p 稳增长
          p 经济平稳。
          p 投资增长。
          （一）促改革
            p 改革深化。
      `),
    );
  });

  it('raises the items of a first section to sections, since a part cannot hold items', () => {
    const d = doc(part('安排', section('甲', item('甲一', p('一。')), item('甲二', p('二。')))));
    const next = must(cursorAt(stateOf(d), '甲'), setParagraph);
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          p 甲
          （一）甲一
            p 一。
          （二）甲二
            p 二。
      `),
    );
  });

  it('does not apply to a paragraph', () => {
    expect(run(cursorAt(stateOf(report()), '经济平稳'), setParagraph)).toBeNull();
  });
});

describe('demote and promote (Tab, Shift+Tab)', () => {
  it('demotes a section with its items under the section before it', () => {
    const d = doc(part('安排', section('甲', p('甲文。')), section('乙', p('乙文。'), item('乙一', p('细则。'))), section('丙')));
    const next = must(cursorAt(stateOf(d), '乙'), demote);
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          （一）甲
            p 甲文。
            1.乙
              p 乙文。
              （1）乙一
                p 细则。
          （二）丙
      `),
    );
  });

  it('does not demote the first section: there is no section to hold it', () => {
    expect(run(cursorAt(stateOf(report()), '稳增长'), demote)).toBeNull();
  });

  it('does not demote below the fourth level', () => {
    const d = doc(part('安排', section('甲', item('一', p('x')), item('二', p('y')))));
    const once = must(cursorAt(stateOf(d), '二'), demote);
    expect(body(once.doc)).toContain('    （1）二');
    expect(run(once, demote)).toBeNull();
  });

  it('promotes an item to a section; the items after it follow into the new section', () => {
    const d = doc(part('安排', section('甲', item('一', p('x')), item('二', p('y')), item('三', p('z')))));
    const next = must(cursorAt(stateOf(d), '二'), promote);
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          （一）甲
            1.一
              p x
          （二）二
            p y
            1.三
              p z
      `),
    );
  });

  it('does not promote a part', () => {
    expect(run(cursorAt(stateOf(report()), '今年工作安排'), promote)).toBeNull();
  });

  it('does not apply to a paragraph', () => {
    expect(run(cursorAt(stateOf(report()), '经济平稳'), demote)).toBeNull();
  });

  it('demote then promote gives the same document back', () => {
    const start = cursorAt(stateOf(report()), '促改革');
    const there = must(start, demote);
    const back = must(there, promote);
    expect(body(back.doc)).toBe(body(start.doc));
  });
});

describe('a level change keeps the 修订 marks of the text', () => {
  const marksOf = (node: PMNode) => {
    const out: string[] = [];
    node.forEach((t) => out.push(`${t.text}:${t.marks.map((m) => m.type.name).join('+')}`));
    return out;
  };
  const blockWith = (doc: PMNode, text: string): PMNode => {
    let found: PMNode | null = null;
    doc.descendants((node) => {
      if (node.isTextblock && node.textContent.includes(text)) found = node;
      return !found;
    });
    return found!;
  };

  /** The caret at the start of the block holding `text` (its runs are split by the marks, so posOf cannot find it). */
  const caretIn = (state: EditorState, text: string): EditorState => {
    let at = -1;
    state.doc.descendants((node, pos) => {
      if (at < 0 && node.isTextblock && node.textContent.includes(text)) at = pos + 1;
      return at < 0;
    });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
  };

  it('a paragraph with an insertion, a deletion and a lead sentence made a section and back: the suggestions stay, the lead mark goes', () => {
    let state = stateOf(report());
    const at = posOf(state.doc, '实施创新行动');
    const sugg = (id: string) => ({ id, author: '张三', date: '2026-03-01T08:00:00Z' });
    state = state.apply(
      state.tr
        .addMark(at, at + 2, insertionMark(sugg('a')))
        .addMark(at + 2, at + 4, deletionMark(sugg('b')))
        .addMark(at + 4, at + 6, reportSchema.marks.lead.create()),
    );
    const heading = must(caretIn(state, '实施创新行动'), setHeading(2));
    expect(blockWith(heading.doc, '实施创新行动').type.name).toBe('sectionHeading');
    expect(marksOf(blockWith(heading.doc, '实施创新行动'))).toEqual(['实施:insertion', '创新:deletion', '行动:']);
    const demoted = must(caretIn(heading, '实施创新行动'), demote);
    expect(marksOf(blockWith(demoted.doc, '实施创新行动'))).toEqual(['实施:insertion', '创新:deletion', '行动:']);
    const back = must(caretIn(demoted, '实施创新行动'), setParagraph);
    expect(blockWith(back.doc, '实施创新行动').type.name).toBe('paragraph');
    expect(marksOf(blockWith(back.doc, '实施创新行动'))).toEqual(['实施:insertion', '创新:deletion', '行动:']);
  });
});
