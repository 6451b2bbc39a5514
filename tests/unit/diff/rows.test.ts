/** The comparison laid out in rows, as the compare view draws it. */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/core/diff/index.js';
import { draft } from './support/draft.js';
import { deleteBlock, insertParagraphAfter, moveBlock, replaceText, splitParagraph, viaText } from './support/edits.js';

function rowsOf(edit: (d: ReturnType<typeof draft>) => ReturnType<typeof draft>) {
  const old = draft();
  const result = compareDocs(old, edit(old), { rows: true });
  return { result, rows: result.rows! };
}

describe('comparison rows', () => {
  it('has one row per block, all the same, for a draft and itself', () => {
    const { rows } = rowsOf((d) => d);
    expect(rows.every((r) => r.kind === 'same' && r.old!.text === r.new!.text && r.changes.length === 0)).toBe(true);
    expect(rows.map((r) => r.new!.text).slice(0, 4)).toEqual(['政府工作报告', '各位代表：', '现在，我代表区人民政府，向大会报告工作，请予审议。', '过去一年工作回顾']);
  });

  it('puts a deleted block where it was and an inserted one where it is', () => {
    const { rows, result } = rowsOf((d) => insertParagraphAfter(deleteBlock(d, '国资国企改革深入推进'), '教育事业优质均衡发展', '新增的段落，介绍学前教育普惠发展。'));
    const kinds = rows.map((r) => `${r.kind}:${(r.new ?? r.old)!.text.slice(0, 6)}`);
    expect(kinds.slice(7, 12)).toEqual(['same:改革开放持续', 'same:营商环境持续', 'delete:国资国企改革', 'same:民生保障更加', 'same:教育事业优质']);
    expect(kinds[12]).toBe('insert:新增的段落，');
    expect(rows[9].changes.map((i) => result.changes[i].kind)).toEqual(['delete']);
    expect(rows[12].changes.map((i) => result.changes[i].kind)).toEqual(['insert']);
  });

  it('shows a modified block with its spans', () => {
    const { rows } = rowsOf((d) => replaceText(d, '增长6.5%', '增长7%'));
    const modified = rows.filter((r) => r.kind === 'modify');
    expect(modified).toHaveLength(1);
    expect(modified[0].spans!.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '6.5%' },
      { op: 'insert', text: '7%' },
    ]);
  });

  it('marks a move at both ends, each naming the other', () => {
    const { rows, result } = rowsOf((d) => moveBlock(d, '营商环境持续优化', '综合实力不断增强'));
    const to = rows.findIndex((r) => r.kind === 'moveTo');
    const from = rows.findIndex((r) => r.kind === 'moveFrom');
    expect(to).toBeGreaterThan(0);
    expect(from).toBeGreaterThan(to);
    expect(rows[to].partner).toBe(from);
    expect(rows[from].partner).toBe(to);
    expect(rows[to].new!.path).toEqual(['一', '（一）']);
    expect(rows[from].old!.path).toEqual(['一', '（二）']);
    expect(rows[from].changes).toEqual(rows[to].changes);
    expect(result.changes[rows[to].changes[0]].kind).toBe('move');
  });

  it('gives a split paragraph one row with both new paragraphs', () => {
    const old = draft();
    const result = compareDocs(viaText(old), viaText(splitParagraph(old, '社会消费品零售总额突破500亿元')), { rows: true });
    const split = result.rows!.filter((r) => r.kind === 'modify');
    expect(split).toHaveLength(1);
    expect(split[0].new!.ids).toHaveLength(2);
    expect(split[0].new!.text).toContain('\n');
  });

  it('lays out a moved section as rows for its heading and paragraphs, at both ends', () => {
    const { rows } = rowsOf((d) => moveBlock(d, '实施城区品质提升行动', '实施产业质效提升行动'));
    expect(rows.filter((r) => r.kind === 'moveTo').map((r) => r.new!.node)).toEqual(['sectionHeading', 'paragraph']);
    expect(rows.filter((r) => r.kind === 'moveFrom').map((r) => r.old!.node)).toEqual(['sectionHeading', 'paragraph']);
  });
});
