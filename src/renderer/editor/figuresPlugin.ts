/**
 * Figures are never split across lines (issue 13, item 2): each figure the
 * browser could break inside (`2000亿元`, `7.5%左右`; core/text/figures.ts)
 * is wrapped in a `span.figure` with `white-space: nowrap`, so the line
 * breaks before it and the figure moves whole to the next line.
 *
 * Kept cheap for typing: the spans of the whole document are found once, and
 * after a change only the text blocks it touched are searched again; the
 * rest are mapped. While an input method composes, spans are only mapped, so
 * that the composed text is not redrawn under the IME.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { nowrapFigures } from '../../core/text/figures.js';
import { changedRanges } from './changedRanges.js';

export const figuresKey = new PluginKey<DecorationSet>('figures');
const SPEC = { class: 'figure' };

function blockDecorations(block: PMNode, start: number, out: Decoration[]): void {
  for (const [from, to] of nowrapFigures(block.textContent)) {
    out.push(Decoration.inline(start + from, start + to, SPEC));
  }
}

/** Decorations of every text block in [from, to) of doc, appended to out; returns the blocks' extent. */
function decorateBlocks(doc: PMNode, from: number, to: number, out: Decoration[]): [number, number] {
  let lo = to;
  let hi = from;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    // Only blocks of plain text: textContent offsets are positions inside the block.
    if (node.childCount && node.content.size === node.textContent.length) blockDecorations(node, pos + 1, out);
    lo = Math.min(lo, pos);
    hi = Math.max(hi, pos + node.nodeSize);
    return false;
  });
  return [lo, hi];
}

export function figuresPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: figuresKey,
    state: {
      init(_config, state) {
        const found: Decoration[] = [];
        decorateBlocks(state.doc, 0, state.doc.content.size, found);
        return DecorationSet.create(state.doc, found);
      },
      apply(tr, prev) {
        if (!tr.docChanged) return prev;
        let set = prev.map(tr.mapping, tr.doc);
        if (tr.getMeta('composition') !== undefined) return set;
        const size = tr.doc.content.size;
        for (const { from: a, to: b } of changedRanges(tr)) {
          const found: Decoration[] = [];
          // One position either side, so that a deletion at a block's edge still finds its block.
          const [lo, hi] = decorateBlocks(tr.doc, Math.max(0, Math.min(a - 1, size)), Math.min(size, Math.max(a, b) + 1), found);
          if (hi <= lo) continue;
          set = set.remove(set.find(lo, hi)).add(tr.doc, found);
        }
        return set;
      },
    },
    props: {
      decorations: (state) => figuresKey.getState(state),
    },
  });
}
