/**
 * Applying quick fixes in the editor: one fix (修正, from the panel or the box
 * in the text) or a group's fixes (全部修正) become one transaction, its own
 * undo step, so one Ctrl+Z brings all of it back. The view then scrolls to
 * what changed and marks it for a moment (a fading highlight, fix-flash in
 * checks.css): a changed run of text is highlighted, a change that is not
 * text (a heading's number, a new glossary entry) highlights its block.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { applyFixes } from '../../core/checks/applyFix.js';
import type { QuickFix } from '../../core/checks/types.js';
import { changedRanges, type Range } from '../editor/changedRanges.js';
import { ownUndoStep } from '../editor/undoSteps.js';
import { quickFixTransaction } from './applyQuickFix.js';

/** How long the mark stays, in milliseconds (the CSS animation fades it over the same time). */
export const FLASH_MS = 1600;

type FlashMeta = { ranges: Range[] } | { done: true };

const flashKey = new PluginKey<DecorationSet>('fixFlash');

function flashDecorations(doc: PMNode, ranges: readonly Range[]): DecorationSet {
  const decorations: Decoration[] = [];
  const blocks = new Set<number>();
  for (const { from, to } of ranges) {
    const $from = doc.resolve(from);
    if ($from.parent.isTextblock && to > from && to <= $from.end()) {
      decorations.push(Decoration.inline(from, to, { class: 'fix-flash' }));
      continue;
    }
    // Not text inside one block: the block it is in, or the node it starts.
    const pos = $from.parent.isTextblock ? $from.before() : $from.nodeAfter ? from : -1;
    if (pos < 0 || blocks.has(pos)) continue;
    blocks.add(pos);
    decorations.push(Decoration.node(pos, pos + doc.nodeAt(pos)!.nodeSize, { class: 'fix-flash-block' }));
  }
  return DecorationSet.create(doc, decorations);
}

export function fixFlashPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: flashKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, prev) {
        const meta = tr.getMeta(flashKey) as FlashMeta | undefined;
        if (meta && 'ranges' in meta) return flashDecorations(tr.doc, meta.ranges);
        if (meta) return DecorationSet.empty;
        return tr.docChanged && prev !== DecorationSet.empty ? prev.map(tr.mapping, tr.doc) : prev;
      },
    },
    props: { decorations: (state) => flashKey.getState(state) },
  });
}

/**
 * The transaction of a fix, or of a group's fixes: one undo step, what it
 * changed marked. One fix goes through quickFixTransaction, which also makes
 * the structure edit a fix may ask for (a paragraph made a heading).
 */
export function fixTransaction(state: EditorState, fixes: readonly QuickFix[]): Transaction {
  const tr = fixes.length === 1 ? quickFixTransaction(state, fixes[0]) : ownUndoStep(applyFixes(state.tr, fixes));
  return tr.setMeta(flashKey, { ranges: changedRanges(tr) } satisfies FlashMeta);
}

/** Dispatch a fix's transaction, bring the first change into view, and let its mark fade. */
export function dispatchFix(view: EditorView, tr: Transaction): void {
  const first = (tr.getMeta(flashKey) as { ranges: Range[] } | undefined)?.ranges[0];
  view.dispatch(tr);
  view.focus();
  if (first) {
    const { node } = view.domAtPos(Math.min(first.from, view.state.doc.content.size));
    const el = node instanceof Element ? node : node.parentElement;
    el?.scrollIntoView({ block: 'center' });
  }
  window.setTimeout(() => {
    if (flashKey.getState(view.state) !== DecorationSet.empty) view.dispatch(view.state.tr.setMeta(flashKey, { done: true } satisfies FlashMeta).setMeta('addToHistory', false));
  }, FLASH_MS);
}
