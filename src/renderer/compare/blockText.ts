/**
 * One side of a comparison row drawn as text: a heading or glossary entry
 * with its number, insertions underlined (<ins>), deletions struck through
 * (<del>); a table row as a row of ruled cells, each with its own marks (cut
 * at the cells as the exports cut them, core/diff/redlineTable.ts). Text is
 * always set as text, never parsed as HTML.
 */
import type { RowSide, Span } from '../../core/diff/index.js';
import { splitCells } from '../../core/diff/redlineTable.js';
import { h } from '../util/dom.js';

/** Which spans a side shows: the old side keeps deletions, the new side insertions, inline both. */
export type SpanFilter = 'old' | 'new' | 'both';

/** The spans a side shows. */
function shownSpans(spans: Span[], filter: SpanFilter): Span[] {
  return spans.filter((s) => s.op === 'equal' || (s.op === 'delete' ? filter !== 'new' : filter !== 'old'));
}

export function spanNodes(spans: Span[], filter: SpanFilter): Node[] {
  return shownSpans(spans, filter).map((s) => (s.op === 'equal' ? document.createTextNode(s.text) : h(s.op === 'delete' ? 'del' : 'ins', {}, s.text)));
}

/** What a side shows of a block: its marked text, or for a table row (tableRow) its cells in a ruled row. */
export function sideContent(side: RowSide, spans: Span[], filter: SpanFilter): Node[] {
  if (side.node !== 'tableRow') return spanNodes(spans, filter);
  const cells = splitCells(shownSpans(spans, filter)).map((cell) => h('td', {}, ...spanNodes(cell, filter)));
  return [h('table', { class: 'cmp-table-row' }, h('tbody', {}, h('tr', {}, ...cells)))];
}

/** A block's number as printed: 一、 for a part, （二） 1. （3） 5. otherwise. */
function numberLabel(side: RowSide): string {
  if (!side.number) return '';
  return side.node === 'partHeading' ? `${side.number}、` : /\.$/.test(side.number) ? `${side.number} ` : side.number;
}

export function blockElement(side: RowSide, content: Node[]): HTMLElement {
  const heading = /Heading$/.test(side.node) || side.node === 'title' || side.node === 'annexTitle';
  return h(
    'div',
    { class: `cmp-block ${heading ? 'cmp-heading' : ''} cmp-node-${side.node}`, 'data-id': side.ids[0] },
    side.number ? h('span', { class: 'cmp-number' }, numberLabel(side)) : null,
    ...content,
  );
}
