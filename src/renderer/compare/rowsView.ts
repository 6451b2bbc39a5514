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
import { pathLabel, type Row } from '../../core/diff/index.js';
import { lang, t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { blockElement, spanNodes, type SpanFilter } from './blockText.js';

export type Layout = 'side' | 'inline';

function plain(text: string, wrap?: 'ins' | 'del'): Node[] {
  return [wrap ? h(wrap, {}, text) : document.createTextNode(text)];
}

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

/** The content of one side (or of the inline cell) of a row. */
function cell(row: Row, filter: SpanFilter): Node[] {
  switch (row.kind) {
    case 'same':
      return plain((filter === 'old' ? row.old : row.new)!.text);
    case 'insert':
      return plain(row.new!.text, 'ins');
    case 'delete':
      return plain(row.old!.text, 'del');
    case 'moveFrom':
      return plain(row.old!.text, filter === 'both' ? 'del' : undefined);
    case 'moveTo':
      return row.spans ? spanNodes(row.spans, 'both') : plain(row.new!.text);
    default:
      return spanNodes(row.spans ?? [], filter);
  }
}

function sideCell(row: Row, rows: Row[], which: 'old' | 'new', goTo: (row: number) => void): HTMLElement {
  const side = row[which];
  const shows = side && !(which === 'old' && row.kind === 'moveTo') && !(which === 'new' && row.kind === 'moveFrom');
  if (!shows) return h('div', { class: `cmp-cell cmp-${which} cmp-empty` });
  return h('div', { class: `cmp-cell cmp-${which}` }, blockElement(side, cell(row, which)), moveMark(row, rows, goTo));
}

export function renderRows(rows: Row[], layout: Layout, goTo: (row: number) => void): HTMLElement[] {
  return rows.map((row, i) => {
    const attrs = { class: `cmp-row cmp-${row.kind}`, 'data-row': i, 'data-kind': row.kind };
    if (layout === 'side') return h('div', attrs, sideCell(row, rows, 'old', goTo), sideCell(row, rows, 'new', goTo));
    const side = (row.kind === 'delete' || row.kind === 'moveFrom' ? row.old : row.new)!;
    return h('div', attrs, h('div', { class: 'cmp-cell cmp-inline' }, blockElement(side, cell(row, 'both')), moveMark(row, rows, goTo)));
  });
}
