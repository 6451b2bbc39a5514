/**
 * Heights estimated for blocks Chromium skips while off screen: the width of
 * Chinese text and figures, lines on the GB/T 9704 page, one decoration per
 * part, section, item and annex, rebuilt when the structure changes and
 * mapped while typing.
 */
import { describe, expect, it } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { splitBlock } from 'prosemirror-commands';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { textWidth } from '../../../src/core/export/layout.js';
import { CHARS_PER_LINE, LINE_MM, caretDecorations, estimatedLines, linesOf, offscreenKey } from '../../../src/renderer/editor/offscreenPlugin.js';
import { annex, doc, entry, item, p, part, section } from '../../support/builder.js';
import { cursorAt, posOf, run } from './helpers.js';

/** A line of `n` Chinese characters. */
const han = (n: number) => '政'.repeat(n);

/** The decorated blocks: node type, its position, and the estimated height in mm from the style. */
function estimates(state: EditorState): { type: string; pos: number; mm: number }[] {
  const set = offscreenKey.getState(state)!;
  return set
    .find(0, state.doc.content.size)
    .sort((a, b) => a.from - b.from)
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return { type: state.doc.nodeAt(d.from)!.type.name, pos: d.from, mm: parseFloat(/^([\d.]+)mm$/.exec(attrs['data-estimated-height'])![1]) };
    });
}

describe('text width and lines on the page', () => {
  it('counts Chinese characters and full-width punctuation as one, figures and Latin letters as half', () => {
    expect(textWidth('江汉区')).toBe(3);
    expect(textWidth('，。（）“”')).toBe(6);
    expect(textWidth('GDP 7.5%')).toBe(4);
    expect(textWidth('增长7.5%左右')).toBe(6);
    expect(textWidth('𠀀')).toBe(1);
  });

  it('puts 27.6 characters on a 156 mm line of 16 pt, after a two-character indent', () => {
    expect(CHARS_PER_LINE).toBeCloseTo(27.64, 2);
    expect(linesOf(0)).toBe(1);
    expect(linesOf(25)).toBe(1);
    expect(linesOf(26)).toBe(2);
    expect(linesOf(53)).toBe(2);
    expect(linesOf(54)).toBe(3);
    expect(linesOf(27, 0)).toBe(1);
  });
});

describe('estimated heights of blocks', () => {
  it('adds up a section from its heading (with its number) and paragraphs, and a part from its sections', () => {
    const s1 = section(han(20), p(han(25)), p(han(60)));
    const s2 = section(han(24), item(han(5), p(han(10))));
    const whole = part(han(4), p(han(30)), s1, s2);
    doc(whole);
    expect(estimatedLines(s1)).toBe(1 + 1 + 3);
    // A 24-character heading with its （二） and indent takes two lines.
    expect(estimatedLines(s2)).toBe(2 + 1 + 1);
    expect(estimatedLines(whole)).toBe(1 + 2 + 5 + 4);
  });

  it('gives the annex its space above and around its title', () => {
    const a = annex('名词解释', entry('六稳', han(10)), entry('六保', han(40)));
    // label + title + entries (1, 2) + the space of five lines
    expect(estimatedLines(a)).toBe(1 + 1 + 1 + 2 + 5);
  });
});

describe('the off-screen plugin', () => {
  const report = () =>
    cursorAt(
      createReportState(doc(part('回顾', section('甲', p(han(30))), section('乙', item('子', p('子文。')))), annex('名词解释', entry('六稳', '甲。')))),
      han(30),
      true,
    );

  it('decorates every part, section, item and the annex, with its height in mm', () => {
    const got = estimates(report());
    expect(got.map((e) => e.type)).toEqual(['part', 'section', 'section', 'item', 'annex']);
    expect(got[1].mm).toBeCloseTo((1 + 2) * LINE_MM, 1);
    expect(got[0].mm).toBeCloseTo((1 + 3 + 3) * LINE_MM, 1);
  });

  it('re-estimates when the structure changes: a paragraph split in two adds a line', () => {
    const state = report();
    const split = run(state, splitBlock)!;
    const before = estimates(state);
    const after = estimates(split);
    expect(after[1].mm).toBeCloseTo(before[1].mm + LINE_MM, 1);
    expect(after[0].mm).toBeCloseTo(before[0].mm + LINE_MM, 1);
    expect(after[2].mm).toBe(before[2].mm);
  });

  it('only maps while typing: same estimates, positions moved by the typed text', () => {
    const state = report();
    const typed = state.apply(state.tr.insertText('新增'));
    const before = estimates(state);
    const after = estimates(typed);
    expect(after.map((e) => e.mm)).toEqual(before.map((e) => e.mm));
    expect(after[0].pos).toBe(before[0].pos);
    expect(after[2].pos).toBe(before[2].pos + 2);
    expect(offscreenKey.getState(typed)).not.toBe(offscreenKey.getState(state));
  });
});

describe('the blocks around the selection', () => {
  const state = createReportState(
    doc(part('回顾', section('甲', p('甲文。')), section('乙', item('子', p('子文。')))), part('安排', p('安排文。')), annex('名词解释', entry('六稳', '甲。'))),
  );
  const marked = (s: EditorState) =>
    caretDecorations(s)
      .find()
      .map((d) => `${s.doc.nodeAt(d.from)!.type.name} ${s.doc.nodeAt(d.from)!.firstChild!.textContent}`)
      .sort();

  it('are always rendered: the part, section and item holding the cursor', () => {
    expect(marked(cursorAt(state, '子文'))).toEqual(['item 子', 'part 回顾', 'section 乙']);
    expect(marked(cursorAt(state, '安排文'))).toEqual(['part 安排']);
    expect(marked(cursorAt(state, '政府工作报告'))).toEqual([]);
  });

  it('and every one a selection starts or ends in', () => {
    const range = state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, '甲文'), posOf(state.doc, '甲。'))));
    expect(marked(range)).toEqual(['annex 附件', 'part 回顾', 'section 甲']);
  });
});
