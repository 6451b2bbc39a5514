/**
 * One side of a comparison row drawn as text: a heading or glossary entry
 * with its number, insertions underlined (<ins>), deletions struck through
 * (<del>). Text is always set as text, never parsed as HTML.
 */
import type { RowSide, Span } from '../../core/diff/index.js';
import { h } from '../util/dom.js';

/** Which spans a side shows: the old side keeps deletions, the new side insertions, inline both. */
export type SpanFilter = 'old' | 'new' | 'both';

export function spanNodes(spans: Span[], filter: SpanFilter): Node[] {
  const out: Node[] = [];
  for (const s of spans) {
    if (s.op === 'equal') out.push(document.createTextNode(s.text));
    else if (s.op === 'delete' && filter !== 'new') out.push(h('del', {}, s.text));
    else if (s.op === 'insert' && filter !== 'old') out.push(h('ins', {}, s.text));
  }
  return out;
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
