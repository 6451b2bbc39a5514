/**
 * Where the pages of the printed report begin, from the number of lines each
 * printed block takes (measured where the blocks are laid out, in the same
 * type area as the PDF export: see src/renderer/pages/printCopy.ts).
 *
 * Chromium prints the export's HTML (html.ts) with a fixed line pitch, so a
 * page holds LINES_PER_PAGE lines of the grid, and it breaks pages by the
 * rules the export's CSS sets, which this follows:
 *
 *   - a block with `breakBefore` (附件, the annex) starts a new page;
 *   - a paragraph is split between pages only with at least two lines on
 *     each side (orphans: 2, widows: 2), otherwise it moves whole;
 *   - a heading (`keepWithNext`, break-after: avoid) never ends a page: when
 *     the block after it moves to the next page, the heading goes with it,
 *     and so does a heading before that heading;
 *   - a margin (the blank line after the speaker or around the annex title)
 *     is dropped at the top of a page, and a margin that reaches past the
 *     page's end only ends the page.
 *
 * When a rule cannot be kept (a block too long for any page, headings that
 * fill a page) the page breaks where the lines run out, as Chromium does.
 */
import { LINES_PER_PAGE } from './layout.js';
import type { PrintBlock } from './printable.js';

export interface PageBlock {
  /** Lines of text the block takes (its margins not included). */
  lines: number;
  /** Blank lines above and below (CSS margins, in lines). */
  marginBefore?: number;
  marginAfter?: number;
  /** Starts a new page (break-before: page). */
  breakBefore?: boolean;
  /** Never the last block of a page (break-after: avoid): headings. */
  keepWithNext?: boolean;
}

/** A page begins at line `line` (0: its first) of block `block`. */
export interface PageStart {
  block: number;
  line: number;
}

const ORPHANS = 2;
const WIDOWS = 2;

export function paginate(blocks: readonly PageBlock[], linesPerPage: number = LINES_PER_PAGE): PageStart[] {
  const pages: PageStart[] = [{ block: 0, line: 0 }];
  let used = 0; // lines used on the current page
  let i = 0;
  let from = 0; // first line of block i still to place
  const newPage = (block: number, line: number): void => {
    pages.push({ block, line });
    used = 0;
    i = block;
    from = line;
  };
  while (i < blocks.length) {
    const block = blocks[i];
    const pageStart = pages[pages.length - 1];
    const atTop = used === 0 && pageStart.block === i && pageStart.line === from;
    if (block.breakBefore && from === 0 && !(pageStart.block === i && pageStart.line === 0)) {
      newPage(i, 0);
      continue;
    }
    const before = atTop ? 0 : (block.marginBefore ?? 0);
    const rest = block.lines - from;
    if (used + before + rest <= linesPerPage) {
      used = Math.min(linesPerPage, used + before + rest + (block.marginAfter ?? 0));
      i += 1;
      from = 0;
      continue;
    }
    const fit = linesPerPage - used - before;
    const take = Math.min(fit, rest - WIDOWS);
    if (take >= ORPHANS) {
      newPage(i, from + take);
      continue;
    }
    if (atTop) {
      // Nothing else on the page to move: break where the lines run out.
      newPage(i, from + Math.max(1, fit));
      continue;
    }
    // Move the block whole (it is not at the top, so it starts here), with the headings that
    // must stay with it, but never the page's first block: that would leave the page empty.
    let j = i;
    while (j - 1 > pageStart.block && blocks[j - 1].keepWithNext) j -= 1;
    newPage(j, 0);
  }
  return pages;
}

/**
 * Where character `at` of a printed block's text stands in the document, as
 * a textblock's id and an offset in its text: the run holding it says (its
 * `source`). A character the print adds stands for the first character of
 * the document after it: `（一）` before a heading for the heading's first.
 */
export function sourceAt(block: PrintBlock, at: number): { textblock: string; offset: number } {
  let start = 0;
  let last = { textblock: block.id, offset: 0 };
  for (const run of block.runs) {
    const end = start + run.text.length;
    if (run.source) {
      last = { textblock: run.source.block, offset: Math.max(0, run.source.offset + Math.min(at, end) - start) };
      if (at < end) return last;
    }
    start = end;
  }
  return last;
}
