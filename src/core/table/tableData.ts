/**
 * A table as plain data (rows of cells, each cell its paragraphs' text), the
 * form every source gives and every export takes: pasted HTML, a .docx's
 * table, tab-separated text, and the .docx, HTML and plain-text exports. The
 * document holds it as table → tableRow → tableCell → paragraph
 * (tableSchema.ts).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { reportSchema as s } from '../schema.js';

export interface TableCellData {
  /** The cell's paragraphs (at least one, maybe empty). */
  paragraphs: string[];
  colspan: number;
  rowspan: number;
  /** A header cell (<th>). */
  header?: boolean;
}

export type TableData = TableCellData[][];

/** Most rows and columns a pasted or imported table may have; a larger span is clipped to this. */
export const MAX_SPAN = 1000;

function clampSpan(n: number): number {
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * Which grid slots each row fills, given colspans and rowspans (a rowspan is
 * clipped to the rows that remain). Returns the slots filled per row.
 */
function gridFill(rows: TableData, onCell: (cell: TableCellData, col: number) => void = () => undefined): number[] {
  const filled: number[] = rows.map(() => 0);
  const taken: Set<number>[] = rows.map(() => new Set());
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r].has(col)) col++;
      onCell(cell, col);
      cell.rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken[r + dr].add(col + dc);
      col += cell.colspan;
    }
  });
  taken.forEach((set, r) => (filled[r] = set.size));
  return filled;
}

/**
 * A table as the schema and prosemirror-tables want it: rows without cells
 * dropped, every cell with a paragraph, spans whole numbers within bounds and
 * rowspans within the table, and short rows filled with empty cells so the
 * grid is a rectangle (prosemirror-tables would otherwise fix it on the next
 * edit, inside the user's undo step). Null: no cell at all.
 */
export function cleanTable(rows: TableData): TableData | null {
  const kept = rows
    .filter((row) => row.length > 0)
    .map((row) =>
      row.map((c) => ({
        paragraphs: c.paragraphs.length ? c.paragraphs : [''],
        colspan: clampSpan(c.colspan),
        rowspan: clampSpan(c.rowspan),
        ...(c.header ? { header: true } : {}),
      })),
    );
  if (!kept.length) return null;
  const filled = gridFill(kept);
  const width = Math.max(...filled);
  kept.forEach((row, r) => {
    for (let k = filled[r]; k < width; k++) row.push({ paragraphs: [''], colspan: 1, rowspan: 1 });
  });
  return kept;
}

/**
 * Relative widths of a table's grid columns, from the text they hold: each
 * column as wide as its longest one-column cell, counted in characters
 * between 2 and 24 (a 序号 column stays narrow, a 民生实事 column takes the
 * room), and the start column of every cell, row by row.
 */
export function columnLayout(rows: TableData): { weights: number[]; starts: number[][] } {
  const starts: number[][] = rows.map(() => []);
  const weights: number[] = [];
  let r = 0;
  const copy = rows.map((row) => row.map((c) => ({ ...c })));
  const rowOf = new Map<TableCellData, number>();
  copy.forEach((row, i) => row.forEach((c) => rowOf.set(c, i)));
  const filled = gridFill(copy, (cell, col) => {
    r = rowOf.get(cell) ?? r;
    starts[r].push(col);
    if (cell.colspan === 1) weights[col] = Math.max(weights[col] ?? 2, Math.min(24, Math.max(2, cellText(cell).length)));
  });
  const width = filled.length ? Math.max(...filled) : 0;
  return { weights: Array.from({ length: width }, (_, i) => weights[i] ?? 2), starts };
}

/** The table node for `rows` (cleaned first), with fresh ids; null when it has no cell. */
export function tableNode(rows: TableData, id: () => string): PMNode | null {
  const clean = cleanTable(rows);
  if (!clean) return null;
  const rowNodes = clean.map((row) =>
    s.nodes.tableRow.create(
      { id: id() },
      row.map((c) =>
        (c.header ? s.nodes.tableHeader : s.nodes.tableCell).create(
          { colspan: c.colspan, rowspan: c.rowspan },
          c.paragraphs.map((p) => s.nodes.paragraph.create({ id: id() }, p ? s.text(p) : null)),
        ),
      ),
    ),
  );
  return s.nodes.table.createChecked({ id: id() }, rowNodes);
}

/** The cells of one row node. */
export function rowCells(row: PMNode): TableCellData[] {
  const cells: TableCellData[] = [];
  row.forEach((cell) => {
    const paragraphs: string[] = [];
    cell.forEach((p) => paragraphs.push(p.textContent));
    cells.push({ paragraphs, colspan: cell.attrs.colspan as number, rowspan: cell.attrs.rowspan as number, ...(cell.type.name === 'tableHeader' ? { header: true } : {}) });
  });
  return cells;
}

/** The rows of a table node as data. */
export function tableData(table: PMNode): TableData {
  const rows: TableData = [];
  table.forEach((row) => rows.push(rowCells(row)));
  return rows;
}

/** A cell's text on one line: its paragraphs joined by a space. */
export function cellText(cell: TableCellData): string {
  return cell.paragraphs.join(' ');
}

/** A row as plain text: its cells separated by tabs (the form Word and WPS put on the clipboard). */
export function rowText(row: PMNode): string {
  return rowCells(row).map(cellText).join('\t');
}

/** A table's rows as text: a row a line, cells separated by tabs. */
export function tableText(rows: TableData): string {
  return rows.map((row) => row.map(cellText).join('\t')).join('\n');
}

/**
 * Tab-separated text as a table: at least two lines, each with at least one
 * tab, all with the same number of cells (`指标\t目标` / `地区生产总值\t增长5%左右`).
 * Null when the text is not that form. A cell's text is trimmed.
 */
export function tabSeparatedTable(text: string): TableData | null {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  if (lines.length < 2) return null;
  const rows = lines.map((l) => l.replace(/\t+$/, '').split('\t'));
  const width = rows[0].length;
  if (width < 2 || rows.some((r) => r.length !== width)) return null;
  return rows.map((r) => r.map((c) => ({ paragraphs: [c.trim()], colspan: 1, rowspan: 1 })));
}
