/**
 * Live numbering. The numbers before headings (一、 （一） 1. （1）) and
 * glossary entries (1.) are derived from position by collectNumbering and
 * shown as node decorations: an attribute `data-number` on the heading (or
 * entry) that CSS prints with ::before. The number is therefore not text: it
 * cannot be edited or selected, is not searched, and never sits inside the
 * text a Chinese input method is composing.
 *
 * Decorations are rebuilt only when a transaction can have changed the
 * structure; typing just maps them, so the view keeps every heading's DOM as
 * it is (a rebuilt but equal decoration would not redraw either, but mapping
 * is also cheaper).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { PluginKey, type Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { collectNumbering } from '../../core/numbering.js';
import { structureDecorationsPlugin } from './structureChange.js';

export const numberingKey = new PluginKey<DecorationSet>('numbering');

/** The numbering decorations of a document. */
export function numberingDecorations(doc: PMNode): DecorationSet {
  const decos: Decoration[] = [];
  for (const n of collectNumbering(doc)) {
    if (n.node.type.name === 'annexItem') {
      // An item of a list annex (民生实事): its number before it.
      decos.push(Decoration.node(n.pos, n.pos + n.node.nodeSize, { 'data-number': n.label }, { number: n.label }));
      continue;
    }
    if (n.level === 0) {
      // A glossary entry: the number before the entry, the separator after the term.
      decos.push(Decoration.node(n.pos, n.pos + n.node.nodeSize, { 'data-number': n.label }, { number: n.label }));
      const term = n.node.firstChild!;
      decos.push(Decoration.node(n.pos + 1, n.pos + 1 + term.nodeSize, { 'data-sep': (n.node.attrs.sep as string) || '：' }));
      continue;
    }
    const heading = n.node.firstChild!;
    decos.push(Decoration.node(n.pos + 1, n.pos + 1 + heading.nodeSize, { 'data-number': n.label }, { number: n.label }));
  }
  return DecorationSet.create(doc, decos);
}

export function numberingPlugin(): Plugin<DecorationSet> {
  return structureDecorationsPlugin(numberingKey, numberingDecorations);
}

/** The numbers currently shown, in document order, with the position of the numbered block (tests, outline). */
export function shownNumbers(set: DecorationSet, doc: PMNode): { pos: number; label: string }[] {
  return set
    .find(0, doc.content.size, (spec) => typeof spec.number === 'string')
    .sort((a, b) => a.from - b.from)
    .map((d) => ({ pos: d.from, label: d.spec.number as string }));
}
