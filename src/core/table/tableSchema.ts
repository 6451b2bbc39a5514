/**
 * The table nodes of the report schema (表格: an annex of 民生实事 or 主要指标
 * is often one). They follow prosemirror-tables' node roles (`tableRole`
 * table, row, cell, header_cell; cell attributes colspan, rowspan, colwidth),
 * so its editing plugins work on them, but are written here rather than taken
 * from its tableNodes(): the core must not load prosemirror-tables (it pulls in
 * prosemirror-view, the renderer's), and the table and each row carry the
 * stable `id` that compare and findings point at (tableNodes gives rows no
 * attributes).
 *
 *   table        tableRow+
 *   tableRow     (tableCell | tableHeader)+
 *   tableCell    paragraph+        (a cell holds ordinary paragraphs)
 */
import type { NodeSpec, Node as PMNode } from 'prosemirror-model';

interface Dom {
  getAttribute(name: string): string | null;
}

function span(dom: Dom, name: string): number {
  const n = Number(dom.getAttribute(name) ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

function colwidth(dom: Dom): number[] | null {
  const raw = dom.getAttribute('data-colwidth');
  const widths = raw && /^\d+(,\d+)*$/.test(raw) ? raw.split(',').map(Number) : null;
  return widths && widths.length === span(dom, 'colspan') ? widths : null;
}

function validateSpan(value: unknown): void {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 1000) throw new RangeError('colspan and rowspan must be whole numbers from 1 to 1000');
}

function validateColwidth(value: unknown): void {
  if (value === null) return;
  if (!Array.isArray(value) || !value.every((w) => Number.isInteger(w) && w >= 0 && w <= 100_000)) throw new RangeError('colwidth must be null or a list of whole widths');
}

function cellSpec(tag: 'td' | 'th', role: 'cell' | 'header_cell'): NodeSpec {
  return {
    content: 'paragraph+',
    attrs: {
      colspan: { default: 1, validate: validateSpan },
      rowspan: { default: 1, validate: validateSpan },
      colwidth: { default: null, validate: validateColwidth },
    },
    tableRole: role,
    isolating: true,
    parseDOM: [{ tag, getAttrs: (dom) => ({ colspan: span(dom as Dom, 'colspan'), rowspan: span(dom as Dom, 'rowspan'), colwidth: colwidth(dom as Dom) }) }],
    toDOM: (node: PMNode) => {
      const attrs: Record<string, string> = {};
      if (node.attrs.colspan !== 1) attrs.colspan = String(node.attrs.colspan);
      if (node.attrs.rowspan !== 1) attrs.rowspan = String(node.attrs.rowspan);
      if (node.attrs.colwidth) attrs['data-colwidth'] = (node.attrs.colwidth as number[]).join(',');
      return [tag, attrs, 0];
    },
  };
}

/** The group a table shares with paragraphs: where one may stand, the other may. */
export const BODY_BLOCK = 'bodyBlock';

export const tableNodeSpecs: Record<string, NodeSpec> = {
  table: {
    content: 'tableRow+',
    group: BODY_BLOCK,
    attrs: { id: { default: '' } },
    tableRole: 'table',
    isolating: true,
    parseDOM: [{ tag: 'table', getAttrs: (dom) => ({ id: (dom as Dom).getAttribute('data-id') ?? '' }) }],
    toDOM: (node) => ['table', { class: 'report-table', 'data-id': node.attrs.id }, ['tbody', 0]],
  },
  tableRow: {
    content: '(tableCell | tableHeader)+',
    attrs: { id: { default: '' } },
    tableRole: 'row',
    parseDOM: [{ tag: 'tr', getAttrs: (dom) => ({ id: (dom as Dom).getAttribute('data-id') ?? '' }) }],
    toDOM: (node) => ['tr', { 'data-id': node.attrs.id }, 0],
  },
  tableCell: cellSpec('td', 'cell'),
  tableHeader: cellSpec('th', 'header_cell'),
};
