/**
 * Pasting tables (the HTML and tab-separated forms are read in the browser,
 * tests/e2e/table.spec.ts; here the paste of their result): a placeholder line
 * with its table becomes a table block of the container the cursor is in,
 * between the pasted paragraphs, or in the annex at the cursor; inside a cell
 * a paste stays text.
 */
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { pasteReportText } from '../../../src/renderer/commands/paste.js';
import { tablePlaceholder } from '../../../src/renderer/editor/paste/htmlTables.js';
import { tableData, type TableData } from '../../../src/core/table/tableData.js';
import { annex, doc, p, part, section, table } from '../../support/builder.js';
import { cursorAt, stateOf } from '../editor/helpers.js';

const cell = (t: string, colspan = 1) => ({ paragraphs: [t], colspan, rowspan: 1 });
const rows: TableData = [
  [cell('序号'), cell('事项')],
  [cell('1'), cell('新增就业18万人')],
];

const names = (node: PMNode): string[] => {
  const out: string[] = [];
  node.forEach((c) => out.push(c.type.name));
  return out;
};

describe('pasting a table', () => {
  it('lands as a table between the pasted paragraphs, in the cursor’s section', () => {
    const state = cursorAt(stateOf(doc(part('今年安排', section('民生', p('办好民生实事。'))))), '办好民生实事。', true);
    const tr = pasteReportText(state, ['清单如下：', tablePlaceholder(0), '逐项落实。'].join('\n'), { hardBreaks: true, tables: [rows] })!;
    const next = state.apply(tr);
    const sectionNode = next.doc.child(1).child(1);
    expect(names(sectionNode)).toEqual(['sectionHeading', 'paragraph', 'paragraph', 'table', 'paragraph']);
    expect(tableData(sectionNode.child(3))).toEqual(rows);
    // The cursor ends in the pasted text, after the table.
    expect(next.selection.$head.parent.textContent).toBe('逐项落实。');
  });

  it('a table alone pasted in a paragraph splits it around the table', () => {
    const state = cursorAt(stateOf(doc(part('今年安排', p('前半句后半句。')))), '后半句');
    const next = state.apply(pasteReportText(state, tablePlaceholder(0), { hardBreaks: true, tables: [rows] })!);
    expect(names(next.doc.child(1))).toEqual(['partHeading', 'paragraph', 'table', 'paragraph']);
    expect(next.doc.child(1).child(1).textContent).toBe('前半句');
  });

  it('in the annex, goes in at the cursor', () => {
    const state = cursorAt(stateOf(doc(part('今年安排', p('正文。')), annex('2026年民生实事', p('说明。')))), '说明。', true);
    const next = state.apply(pasteReportText(state, tablePlaceholder(0), { hardBreaks: true, tables: [rows] })!);
    expect(names(next.doc.lastChild!)).toEqual(['annexLabel', 'annexTitle', 'paragraph', 'table']);
  });

  it('inside a table cell, is not pasted as a table', () => {
    const state = cursorAt(stateOf(doc(part('今年安排', table(['甲', '乙'])))), '甲', true);
    expect(pasteReportText(state, tablePlaceholder(0), { hardBreaks: true, tables: [rows] })).toBeNull();
  });
});
