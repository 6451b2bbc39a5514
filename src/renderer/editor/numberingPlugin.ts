/**
 * Live numbering. The numbers before headings (一、 （一） 1. （1）) and
 * glossary entries (1.) are derived from position by collectNumbering and
 * shown as node decorations: an attribute `data-number` on the heading (or
 * entry) that CSS prints with ::before. The number is therefore not text: it
 * cannot be edited or selected, is not searched, and never sits inside the
 * text a Chinese input method is composing.
 *
 * Under review the numbers follow the view's reading (core/review/
 * finalState.ts): the final state in 显示修订 and 最终状态, the original
 * state in 原始状态 (set with `setNumberingReading`). A part, section, item or
 * entry that goes whole in the reading (deleted whole, or inserted whole for
 * the original state) gets no number, and the class `review-gone`, which the
 * 最终状态 and 原始状态 views hide.
 *
 * Decorations are rebuilt only when a transaction can have changed the
 * structure, or which blocks go whole; typing just maps them, so the view
 * keeps every heading's DOM as it is (a rebuilt but equal decoration would
 * not redraw either, but mapping is also cheaper). Whether a block goes whole
 * can change only by an edit of a heading (or a glossary term, an annex
 * item), or inside a block whose heading is already struck whole: other
 * typing, in a document with or without suggestions, costs one look at the
 * textblock it is in.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { collectNumbering } from '../../core/numbering.js';
import { goneBlocks, isNumbered, type GoneBlocks, type Reading } from '../../core/review/finalState.js';
import { changesStructure } from './structureChange.js';

export interface NumberingState {
  set: DecorationSet;
  reading: Reading;
  /** Ids of the blocks that go whole in the reading, joined: a rebuild is needed only when it changes. */
  gone: string;
  /** Numbered blocks whose heading is struck whole (goneBlocks): while there are some, any edit may change `gone`. */
  struckHeads: number;
}

export const numberingKey = new PluginKey<NumberingState>('numbering');

/** The numbering decorations of a document, as it reads in `reading`. */
export function numberingDecorations(doc: PMNode, reading: Reading = 'final', gone = goneBlocks(doc, reading).gone): DecorationSet {
  const decos: Decoration[] = [];
  for (const n of collectNumbering(doc, reading)) {
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
  for (const g of gone) decos.push(Decoration.node(g.pos, g.pos + g.node.nodeSize, { class: 'review-gone' }));
  return DecorationSet.create(doc, decos);
}

const goneKey = (scan: GoneBlocks): string => scan.gone.map((g) => g.node.attrs.id as string).join(' ');

function build(doc: PMNode, reading: Reading, scan = goneBlocks(doc, reading)): NumberingState {
  return { set: numberingDecorations(doc, reading, scan.gone), reading, gone: goneKey(scan), struckHeads: scan.struckHeads };
}

/** Whether a textblock opens a numbered block: a heading, a glossary term, or an annex item itself. */
function opensNumbered(doc: PMNode, pos: number): boolean {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return true;
  if (isNumbered($pos.parent)) return true;
  return $pos.depth >= 2 && $pos.index($pos.depth - 1) === 0 && isNumbered($pos.node($pos.depth - 1));
}

/** Whether a transaction without structural steps edited text that opens a numbered block (only there can a block start or stop going whole). */
function touchesHeads(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const { from, to } = tr.steps[i] as unknown as { from?: number; to?: number };
    if (from === undefined || to === undefined) return true;
    const doc = tr.docs[i];
    if (opensNumbered(doc, from) || opensNumbered(doc, to)) return true;
    // A mark over several blocks (a deletion struck from a paragraph into the next heading).
    let found = false;
    if (to > from)
      doc.nodesBetween(from, to, (node, pos) => {
        if (found) return false;
        if (node.isTextblock) found = opensNumbered(doc, pos + 1);
        return !node.isTextblock;
      });
    if (found) return true;
  }
  return false;
}

function apply(tr: Transaction, value: NumberingState): NumberingState {
  const asked = tr.getMeta(numberingKey) as { reading: Reading } | undefined;
  if (asked && asked.reading !== value.reading) return build(tr.doc, asked.reading);
  if (!tr.docChanged) return value;
  if (changesStructure(tr)) return build(tr.doc, value.reading);
  if (value.struckHeads > 0 || touchesHeads(tr)) {
    // One walk over the blocks; the numbers are derived again only when another block goes whole (or comes back).
    const scan = goneBlocks(tr.doc, value.reading);
    if (goneKey(scan) !== value.gone) return build(tr.doc, value.reading, scan);
    return { ...value, struckHeads: scan.struckHeads, set: value.set.map(tr.mapping, tr.doc) };
  }
  return { ...value, set: value.set.map(tr.mapping, tr.doc) };
}

export function numberingPlugin(reading: Reading = 'final'): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => build(state.doc, reading),
      apply,
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.set,
    },
  });
}

/** Number the document as it reads in `reading` (the review views: 最终状态 and 显示修订 read the final state, 原始状态 the original). */
export function setNumberingReading(tr: Transaction, reading: Reading): Transaction {
  return tr.setMeta(numberingKey, { reading }).setMeta('addToHistory', false);
}

/** The reading the numbers follow. */
export function numberingReading(state: EditorState): Reading {
  return numberingKey.getState(state)?.reading ?? 'final';
}

/** The numbers currently shown, in document order, with the position of the numbered block (tests, outline). */
export function shownNumbers(numbering: NumberingState, doc: PMNode): { pos: number; label: string }[] {
  return numbering.set
    .find(0, doc.content.size, (spec) => typeof spec.number === 'string')
    .sort((a, b) => a.from - b.from)
    .map((d) => ({ pos: d.from, label: d.spec.number as string }));
}
