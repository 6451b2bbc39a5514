/**
 * The tables of pasted HTML (Word, WPS, a web page), read before the rest of
 * the HTML is reduced to text (htmlText.ts). Each outermost <table> becomes
 * rows of cells with their colspan and rowspan, a cell's <p>s its paragraphs
 * (Word writes `<td style='mso-…'><p class=MsoNormal><span>…</span></p></td>`,
 * WPS the same with its own classes); in the HTML it is replaced by one
 * placeholder line, which the paste swaps back for the table once the text
 * around it is imported. A table nested in a cell gives its text to the cell.
 * As for the text, nothing but text is read from the cells.
 */
import type { TableData, TableCellData } from '../../../core/table/tableData.js';
import { htmlToText } from './htmlText.js';

/** The placeholder line of the table at `index`: a paragraph nobody types, with no heading marker. */
export const tablePlaceholder = (index: number): string => `草稿粘贴表格${index}号`;
/** The placeholders in a text (global: use with replace). */
export const TABLE_PLACEHOLDERS = /草稿粘贴表格(\d+)号/g;

function cellOf(cell: HTMLTableCellElement): TableCellData {
  const paragraphs = htmlToText(cell.innerHTML).split('\n').filter(Boolean);
  return { paragraphs, colspan: cell.colSpan || 1, rowspan: cell.rowSpan || 1, ...(cell.tagName === 'TH' ? { header: true } : {}) };
}

function tableOf(table: HTMLTableElement): TableData {
  const rows: TableData = [];
  for (const row of Array.from(table.rows)) rows.push(Array.from(row.cells).map(cellOf));
  return rows;
}

/** The HTML with its outermost tables replaced by placeholder paragraphs, and those tables. */
export function extractTables(html: string): { html: string; tables: TableData[] } {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const tables: TableData[] = [];
  for (const table of Array.from(parsed.querySelectorAll('table'))) {
    if (!table.isConnected || table.parentElement?.closest('table')) continue;
    const p = parsed.createElement('p');
    p.textContent = tablePlaceholder(tables.length);
    tables.push(tableOf(table));
    table.replaceWith(p);
  }
  return { html: tables.length ? parsed.documentElement.outerHTML : html, tables };
}
