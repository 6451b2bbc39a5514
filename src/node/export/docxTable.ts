/**
 * A report table in the .docx export: a Word table as wide as the type area
 * (156 mm), columns of equal width, single 0.5 pt black borders, each cell's
 * paragraphs in the body style (仿宋 3号 on the line grid) without the
 * first-line indent; header cells centred. Spans carry over (docx writes the
 * vertical-merge cells a rowspan needs).
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { MARGIN_MM, PAGE_MM, mmToTwips } from '../../core/export/layout.js';
import type { PrintBlock, PrintRow, PrintRun } from '../../core/export/printable.js';
import { columnCount } from '../../core/table/tableData.js';
import { xmlSafe } from '../../core/text/xmlChars.js';

/** Width of the type area, where a table stands. */
export const TYPE_AREA_TWIPS = mmToTwips(PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right);

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Runs of a cell paragraph; `extra` lets the comparison export mark inserted or deleted text. */
export type CellRuns = (runs: PrintRun[], row: PrintRow) => TextRun[];

const plainRuns: CellRuns = (runs) => runs.map((r) => new TextRun({ text: xmlSafe(r.text), ...(r.bold ? { bold: true } : {}) }));

export function docxTable(block: PrintBlock, cellRuns: CellRuns = plainRuns): Table {
  const rows = block.rows ?? [];
  const columns = Math.max(1, columnCount(rows.map((r) => r.cells.map((c) => ({ paragraphs: [], colspan: c.colspan, rowspan: c.rowspan })))));
  const column = Math.floor(TYPE_AREA_TWIPS / columns);
  return new Table({
    width: { size: column * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => column),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colspan,
                rowSpan: cell.rowspan,
                width: { size: column * cell.colspan, type: WidthType.DXA },
                verticalAlign: VerticalAlign.CENTER,
                children: cell.paragraphs.map(
                  (runs) =>
                    new Paragraph({
                      style: 'BodyText',
                      indent: { firstLine: 0, firstLineChars: 0 },
                      alignment: cell.header ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
                      children: cellRuns(runs, row),
                    }),
                ),
              }),
          ),
        }),
    ),
  });
}
