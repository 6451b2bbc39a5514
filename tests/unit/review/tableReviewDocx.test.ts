/**
 * 修订 and 批注 inside table cells in the .docx export: a cell's inserted and
 * deleted text is written as w:ins / w:del with author and date, as in a body
 * paragraph, and a comment on a cell's text is a Word comment on that text.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { reportSchema as s } from '../../../src/core/schema.js';
import { createComment } from '../../../src/core/review/comments.js';
import { exportDocx } from '../../../src/node/export/docx.js';
import { importDocx } from '../../../src/node/import/docx.js';
import { listSuggestions } from '../../../src/core/review/index.js';
import { annex, del, doc, ins, p, part, pm, section } from '../../support/builder.js';

const D1 = '2026-01-02T03:04:05Z';
const D2 = '2026-02-03T04:05:06Z';

/** A cell of one paragraph made of plain strings and marked text (ins, del). */
const cell = (...pieces: (string | PMNode)[]) => s.node('tableCell', null, [pm(...pieces)]);
const row = (...cells: PMNode[]) => s.node('tableRow', { id: `r${cells.length}-${Math.random().toString(36).slice(2, 8)}` }, cells);

function report(): PMNode {
  const table = s.node('table', { id: 'tbl1' }, [
    row(cell('指标'), cell('目标')),
    row(cell('地区生产总值'), cell('增长', del('5%', '甲', 'd1', D1), ins('5.5%', '乙', 'i1', D2), '左右')),
  ]);
  return doc(p('前言。'), part('今年工作安排', section('主要目标', p('主要预期目标如下。'))), annex('主要指标', table));
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

describe('修订 in a table cell, exported to .docx', () => {
  it('are w:ins and w:del with their authors and dates inside the Word table', async () => {
    const xml = await documentXml(await exportDocx(report()));
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const ins = table.match(/<w:ins [^>]*>.*?<\/w:ins>/s)?.[0] ?? '';
    const del = table.match(/<w:del [^>]*>.*?<\/w:del>/s)?.[0] ?? '';
    expect(ins).toMatch(/w:author="乙"/);
    expect(ins).toMatch(/w:date="2026-02-03T04:05:06/);
    expect(ins).toContain('<w:t xml:space="preserve">5.5%</w:t>');
    expect(del).toMatch(/w:author="甲"/);
    expect(del).toMatch(/w:date="2026-01-02T03:04:05/);
    expect(del).toContain('5%</w:delText>');
    // The rest of the cell is plain text around them, in order.
    const texts = [...table.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');
    expect(texts).toBe('指标目标地区生产总值增长5%5.5%左右');
  });

  it('come back as the same suggestions when the .docx is imported', async () => {
    const again = await importDocx(await exportDocx(report()), '表格修订.docx');
    const found = listSuggestions(again.doc).map((x) => ({ kind: x.kind, author: x.author, text: x.text }));
    expect(found).toEqual([
      { kind: 'delete', author: '甲', text: '5%' },
      { kind: 'insert', author: '乙', text: '5.5%' },
    ]);
  });

  it('a comment on a cell’s text is a Word comment on that text', async () => {
    const d = report();
    let at = -1;
    d.descendants((node, pos) => {
      if (at < 0 && node.isTextblock && node.textContent === '地区生产总值') at = pos + 1;
      return at < 0;
    });
    const comment = createComment(d, at, at + 6, { author: '丙', text: '请注明口径。', date: D2 })!;
    const xml = await documentXml(await exportDocx(d, [comment]));
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table).toMatch(/<w:commentRangeStart w:id="0"\/><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">地区生产总值<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/s);
    const before = xml.slice(0, xml.indexOf('<w:tbl>'));
    expect(before).not.toContain('commentRangeStart');
  });
});
