/**
 * Pasted HTML headings (issue 13, item 9): <h2>（十）测试</h2> becomes a
 * section by its marker; a heading tag without a marker gets the marker of
 * its level counted from where it is pasted (editor/paste/htmlHeadings.ts),
 * then goes through the same paste as text, one line a block. The DOM walk
 * itself (DOMParser) is covered by tests/e2e/typedMarker.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { pasteReportText } from '../../../src/renderer/commands/paste.js';
import { headingMarker, pasteLevel } from '../../../src/renderer/editor/paste/htmlHeadings.js';
import { doc, p, part, section, title, salutation } from '../../support/builder.js';
import { body, cursorAt, lines, stateOf } from './helpers.js';

const report = () =>
  doc(title('政府工作报告'), salutation(), p('现在报告工作。'), part('重点工作', p('开局。'), section('稳增长', p('扩大内需。')), section('促改革', p('深化改革。'))));

/** Paste the text lines of HTML headings (tag depths below the shallowest) at the caret, as handlePaste does. */
function pasteHeadings(state: EditorState, headings: [string, number][]): EditorState {
  const level = pasteLevel(state);
  const text = headings.map(([t, below]) => headingMarker(t, below, level) + t).join('\n');
  const tr = pasteReportText(state, text, { hardBreaks: true });
  if (!tr) throw new Error('not pasted as structure');
  return state.apply(tr);
}

describe('pasted HTML headings', () => {
  it('<h2>（十）测试</h2> in a section becomes a section beside it, numbered by its place', () => {
    const next = pasteHeadings(cursorAt(stateOf(report()), '扩大内需。', true), [['（十）测试', 0]]);
    expect(body(next.doc)).toBe(
      lines(`
        p 现在报告工作。
        一、重点工作
          p 开局。
          （一）稳增长
            p 扩大内需。
          （二）测试
          （三）促改革
            p 深化改革。
      `),
    );
  });

  it('a heading without a marker takes the level of where it is pasted: a section in a section, a part in the opening text', () => {
    const inSection = pasteHeadings(cursorAt(stateOf(report()), '扩大内需。', true), [['扩大开放', 0]]);
    expect(body(inSection.doc)).toContain('  （二）扩大开放\n  （三）促改革');
    const inOpening = pasteHeadings(cursorAt(stateOf(report()), '现在报告工作。', true), [['总体要求', 0]]);
    expect(body(inOpening.doc)).toMatch(/^p 现在报告工作。\n一、总体要求\n二、重点工作/);
  });

  it('deeper tags go one level down each (h2 then h3: a section and its item), and a marked one keeps its marker’s level', () => {
    const next = pasteHeadings(cursorAt(stateOf(report()), '扩大内需。', true), [
      ['扩大开放', 0],
      ['稳外贸', 1],
      ['（1）稳外资', 2],
    ]);
    expect(body(next.doc)).toContain(lines(`
      （二）扩大开放
        1.稳外贸
          （1）稳外资
      （三）促改革
    `).replace(/^/gm, '  '));
  });

  it('a heading text that opens with a marker is left alone; one without gets the marker of its level', () => {
    expect(headingMarker('（十）测试', 0, 2)).toBe('');
    expect(headingMarker('一、总体要求', 0, 2)).toBe('');
    expect(headingMarker('1.7万人就业', 0, 2)).toBe('（一）');
    expect(headingMarker('测试', 0, 0)).toBe('一、');
    expect(headingMarker('测试', 5, 2)).toBe('（1）');
  });
});
