/**
 * The two drafts as rows (core/diff/rows.ts), in one of two layouts:
 *
 * - side by side: the old draft left, the new right, one row per block, so
 *   the two columns scroll together as one (no scroll syncing to go wrong);
 *   a deleted block leaves an empty cell on the right, an inserted one on the left;
 * - inline redline: one column, insertions underlined, deletions struck through.
 *
 * A moved block shows at both ends, each end marked with where the other is,
 * and a click on the mark goes there.
 */
import { pathLabel, type Row, type RowSide, type Span } from '../../core/diff/index.js';
import { lang, t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { blockElement, sideContent, type SpanFilter } from './blockText.js';

export type Layout = 'side' | 'inline';

/** The mark at one end of a move, naming the place of the other end. */
function moveMark(row: Row, rows: Row[], goTo: (row: number) => void): HTMLElement | null {
  if (row.partner === undefined) return null;
  // Once per move: a section's paragraphs that moved with it are not marked again.
  const previous = rows[rows.indexOf(row) - 1];
  if (previous?.kind === row.kind && previous.changes.some((c) => row.changes.includes(c))) return null;
  const here = row.kind === 'moveTo';
  const other = rows[row.partner];
  const path = pathLabel((here ? other.old : other.new)?.path ?? [], lang());
  const mark = h('button', { type: 'button', class: 'cmp-move-mark' }, t(here ? 'compare-moved-here' : 'compare-moved-to', { path }));
  mark.addEventListener('click', () => goTo(row.partner!));
  return mark;
}

/** The spans of one side (or of the inline cell) of a row: a block shown whole is one span. */
function cellSpans(row: Row, filter: SpanFilter): Span[] {
  const whole = (text: string, op: Span['op'] = 'equal'): Span[] => [{ op, text }];
  switch (row.kind) {
    case 'same':
      return whole((filter === 'old' ? row.old : row.new)!.text);
    case 'insert':
      return whole(row.new!.text, 'insert');
    case 'delete':
      return whole(row.old!.text, 'delete');
    case 'moveFrom':
      return whole(row.old!.text, filter === 'both' ? 'delete' : 'equal');
    case 'moveTo':
      return row.spans ?? whole(row.new!.text);
    default:
      return row.spans ?? [];
  }
}

/** The content of one side (or of the inline cell) of a row; a moved block's edits show on both sides. */
function cell(row: Row, side: RowSide, filter: SpanFilter): Node[] {
  return sideContent(side, cellSpans(row, filter), row.kind === 'moveTo' ? 'both' : filter);
}

function sideCell(row: Row, rows: Row[], which: 'old' | 'new', goTo: (row: number) => void): HTMLElement {
  const side = row[which];
  const shows = side && !(which === 'old' && row.kind === 'moveTo') && !(which === 'new' && row.kind === 'moveFrom');
  if (!shows) return h('div', { class: `cmp-cell cmp-${which} cmp-empty` });
  return h('div', { class: `cmp-cell cmp-${which}` }, blockElement(side, cell(row, side, which)), moveMark(row, rows, goTo));
}

export function renderRows(rows: Row[], layout: Layout, goTo: (row: number) => void): HTMLElement[] {
  return rows.map((row, i) => {
    const attrs = { class: `cmp-row cmp-${row.kind}`, 'data-row': i, 'data-kind': row.kind };
    if (layout === 'side') return h('div', attrs, sideCell(row, rows, 'old', goTo), sideCell(row, rows, 'new', goTo));
    const side = (row.kind === 'delete' || row.kind === 'moveFrom' ? row.old : row.new)!;
    return h('div', attrs, h('div', { class: 'cmp-cell cmp-inline' }, blockElement(side, cell(row, side, 'both')), moveMark(row, rows, goTo)));
  });
}
