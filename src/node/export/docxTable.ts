/**
 * A report table in the .docx export: a Word table as wide as the type area
 * (156 mm), columns as wide as the text they hold (columnLayout), single 0.5 pt black borders, each cell's
 * paragraphs in the body style (仿宋 3号 on the line grid) without the
 * first-line indent; header cells centred. Spans carry over (docx writes the
 * vertical-merge cells a rowspan needs).
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ParagraphChild } from 'docx';
import { MARGIN_MM, PAGE_MM, mmToTwips } from '../../core/export/layout.js';
import type { PrintBlock, PrintRow, PrintRun } from '../../core/export/printable.js';
import { columnLayout } from '../../core/table/tableData.js';
import { xmlSafe } from '../../core/text/xmlChars.js';

/** Width of the type area, where a table stands. */
export const TYPE_AREA_TWIPS = mmToTwips(PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right);

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Runs of a cell paragraph: plain, or with the report's 修订 and 批注 (docx.ts, through DocxReview). */
export type CellRuns = (runs: PrintRun[], row: PrintRow) => ParagraphChild[];

const plainRuns: CellRuns = (runs) => runs.map((r) => new TextRun({ text: xmlSafe(r.text), ...(r.bold ? { bold: true } : {}) }));

/** Characters of 3号 a line of the type area holds. */
const LINE_CHARS = 28;
/** A column needing at most this many characters keeps its width when the table is too wide. */
const SHORT = 8;

/**
 * Column widths in twips from the characters each column's text needs (plus
 * one for the cell's padding): when all fit on a line they share it in
 * proportion; when not, short columns (序号, 目标) keep what they need and the
 * long ones (the 民生实事 text) share the rest, so short cells do not wrap.
 */
export function columnWidths(weights: number[]): number[] {
  const need = weights.map((w) => w + 1);
  const total = need.reduce((a, b) => a + b, 0);
  const short = need.filter((n) => n <= SHORT).reduce((a, b) => a + b, 0);
  const long = total - short;
  const room = LINE_CHARS - short;
  const chars = total <= LINE_CHARS || !long || room < long / 4 ? need : need.map((n) => (n <= SHORT ? n : (n * room) / long));
  const sum = chars.reduce((a, b) => a + b, 0);
  return chars.map((c) => Math.floor((TYPE_AREA_TWIPS * c) / sum));
}

export function docxTable(block: PrintBlock, cellRuns: CellRuns = plainRuns): Table {
  const rows = block.rows ?? [];
  const data = rows.map((r) => r.cells.map((c) => ({ paragraphs: c.paragraphs.map((p) => p.map((run) => run.text).join('')), colspan: c.colspan, rowspan: c.rowspan })));
  const { weights, starts } = columnLayout(data);
  const widths = columnWidths(weights);
  const span = (r: number, i: number, colspan: number): number => widths.slice(starts[r][i], starts[r][i] + colspan).reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                columnSpan: cell.colspan,
                rowSpan: cell.rowspan,
                width: { size: span(r, i, cell.colspan), type: WidthType.DXA },
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
