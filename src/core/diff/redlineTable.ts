/**
 * Table rows in the comparison exports and the comparison view. Compare
 * takes each row as one block whose text is its cells joined by ｜
 * (blocks.ts, CELL_SEPARATOR); the HTML and .docx exports print consecutive
 * rows as one table again, and the view draws each row as a row of cells,
 * each row's runs cut into cells at the separators, so a changed cell shows
 * its insertion and deletion inside its own cell.
 */
import { CELL_SEPARATOR } from './blocks.js';
import type { RedlineBlock, RedlineRun } from './exportModel.js';

/**
 * Runs of a row's text (export runs, or the view's spans), cut into its cells at the separators: a
 * separator inside an inserted or deleted run cuts too, and each piece keeps its run's other fields.
 */
export function splitCells<T extends { text: string }>(runs: readonly T[]): T[][] {
  const cells: T[][] = [[]];
  for (const run of runs) {
    const pieces = run.text.split(CELL_SEPARATOR);
    pieces.forEach((text, i) => {
      if (i > 0) cells.push([]);
      if (text) cells[cells.length - 1].push({ ...run, text });
    });
  }
  return cells;
}

/** A row's runs, cut into its cells. */
export function redlineCells(block: RedlineBlock): RedlineRun[][] {
  return splitCells(block.runs);
}

/** The blocks with each run of consecutive table rows gathered into one list (a table). */
export function groupTableRows(blocks: RedlineBlock[]): (RedlineBlock | RedlineBlock[])[] {
  const out: (RedlineBlock | RedlineBlock[])[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind !== 'table') out.push(block);
    else if (Array.isArray(last)) last.push(block);
    else out.push([block]);
  }
  return out;
}
