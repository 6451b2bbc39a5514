/**
 * The comparison exports print table rows as a table again: in the HTML a
 * <table> whose changed cell carries <del> and <ins>, in the .docx a Word
 * table whose cell carries the tracked deletion and insertion.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { comparisonHtml } from '../../../src/core/diff/exportHtml.js';
import { comparisonReport } from '../../../src/core/diff/exportModel.js';
import { comparisonBytes } from '../../../src/node/export/comparison.js';
import { annex, doc, p, part, resetIds, table } from '../../support/builder.js';

const rows = [
  ['序号', '事项', '目标'],
  ['1', '城镇新增就业', '18万人以上'],
];
const draft = (r: string[][]) => {
  resetIds();
  return doc(part('今年安排', p('办好民生实事。')), annex('2026年民生实事', table(...r)));
};
const edited = [rows[0], ['1', '城镇新增就业', '20万人以上'], ['2', '新建幼儿园', '30所']];

describe('the comparison exports with a table', () => {
  it('HTML: one table, the changed figure marked inside its cell, the new row inserted', () => {
    const html = comparisonHtml(comparisonReport(draft(rows), draft(edited), { old: '第一稿', new: '第二稿' }));
    const tables = html.match(/<table class="report-table">.*?<\/table>/gs) ?? [];
    expect(tables).toHaveLength(1);
    expect(tables[0]).toContain('<tr><td><p>序号</p></td><td><p>事项</p></td><td><p>目标</p></td></tr>');
    expect(tables[0]).toContain('<td><p><del>18万人以上</del><ins>20万人以上</ins></p></td>');
    expect(tables[0]).toContain('<tr class="row-insert"><td><p><ins>2</ins></p></td><td><p><ins>新建幼儿园</ins></p></td><td><p><ins>30所</ins></p></td></tr>');
  });

  it('.docx: a Word table whose cell holds the tracked deletion and insertion', async () => {
    const bytes = await comparisonBytes({ oldDoc: draft(rows), newDoc: draft(edited), oldName: '第一稿', newName: '第二稿', date: new Date('2026-01-06T09:00:00Z') }, 'docx');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    // The summary's 指标变化 table (none here) aside, the redline's table is the last.
    const redline = tables.at(-1)!;
    expect(redline).toMatch(/<w:tc>(?:(?!<\/w:tc>).)*<w:del [^>]*>(?:(?!<\/w:tc>).)*18万人以上(?:(?!<\/w:tc>).)*<w:ins [^>]*>(?:(?!<\/w:tc>).)*20万人以上/s);
    expect((redline.match(/<w:tr>/g) ?? []).length + (redline.match(/<w:tr /g) ?? []).length).toBe(3);
  });
});
