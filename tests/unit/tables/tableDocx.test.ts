/**
 * Tables through .docx: a table a .docx gives arrives as a table, and the
 * exported table is a Word table within the type area that reads back with
 * the same cells.
 */
import JSZip from 'jszip';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { tableData, tableNode, type TableData } from '../../../src/core/table/tableData.js';
import { importDocx } from '../../../src/node/import/docx.js';
import { exportDocx } from '../../../src/node/export/docx.js';
import { TYPE_AREA_TWIPS, columnWidths } from '../../../src/node/export/docxTable.js';
import { annex, doc, p, part, section } from '../../support/builder.js';

function tablesOf(d: PMNode): TableData[] {
  const out: TableData[] = [];
  d.descendants((n) => {
    if (n.type.name === 'table') out.push(tableData(n));
    return n.type.name !== 'table';
  });
  return out;
}

const cell = (text: string, colspan = 1, rowspan = 1) => ({ paragraphs: [text], colspan, rowspan });

describe('a .docx table', () => {
  it('imports as a table with merged cells, between the paragraphs around it', async () => {
    const para = (t: string) => new Paragraph(t);
    const word = new Document({
      sections: [
        {
          children: [
            para('政府工作报告'),
            para('各位代表：'),
            para('一、今年工作安排'),
            para('主要指标如下。'),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [para('指标')], rowSpan: 2 }), new TableCell({ children: [para('目标')], columnSpan: 2 })] }),
                new TableRow({ children: [new TableCell({ children: [para('2025年')] }), new TableCell({ children: [para('2026年'), para('（预期）')] })] }),
              ],
            }),
            para('确保完成全年目标。'),
          ],
        },
      ],
    });
    const { doc: d } = await importDocx(new Uint8Array(await Packer.toBuffer(word)), '表格.docx');
    const partNode = d.child(2);
    const kinds: string[] = [];
    partNode.forEach((c) => kinds.push(c.type.name));
    expect(kinds).toEqual(['partHeading', 'paragraph', 'table', 'paragraph']);
    expect(tablesOf(d)).toEqual([
      [
        [cell('指标', 1, 2), cell('目标', 2)],
        [cell('2025年'), { paragraphs: ['2026年', '（预期）'], colspan: 1, rowspan: 1 }],
      ],
    ]);
  });
});

describe('the exported table', () => {
  const rows: TableData = [
    [cell('序号'), cell('民生实事'), cell('责任单位')],
    [cell('1'), cell('新增城镇就业18万人以上'), cell('人社局')],
    [cell('2'), cell('改造老旧小区120个', 2)],
  ];
  let n = 0;
  const report = () =>
    doc(p('前言。'), part('今年工作安排', section('民生', p('办好十件民生实事。'))), annex('2026年民生实事', tableNode(rows, () => `t${++n}`)!));

  it('is a Word table with borders, as wide as the type area', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(report()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/s);
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(TYPE_AREA_TWIPS);
    expect(total).toBeGreaterThan(TYPE_AREA_TWIPS - 3);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
  });

  it('gives short columns what they need and the long text column the rest', () => {
    const twipsPerChar = TYPE_AREA_TWIPS / 28;
    // 序号 (2), a 24-character text, 目标 (6), 责任单位 (4): 40 characters with padding, too wide for 28.
    const widths = columnWidths([2, 24, 6, 4]);
    expect(widths[0]).toBeGreaterThanOrEqual(Math.floor(3 * twipsPerChar));
    expect(widths[2]).toBeGreaterThanOrEqual(Math.floor(7 * twipsPerChar));
    expect(widths[3]).toBeGreaterThanOrEqual(Math.floor(5 * twipsPerChar));
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TYPE_AREA_TWIPS);
    // All fitting on one line: shared in proportion.
    const fit = columnWidths([3, 9]);
    expect(fit[1] / fit[0]).toBeCloseTo(10 / 4, 1);
  });

  it('reads back with the same cells', async () => {
    const back = await importDocx(await exportDocx(report()), '导出.docx');
    expect(tablesOf(back.doc)).toEqual([rows]);
  });
});
