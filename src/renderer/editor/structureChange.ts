/**
 * Whether a transaction can have changed the document's structure (blocks
 * added, removed, moved or retyped) rather than only text inside textblocks.
 * Typing, deleting within a line and marking a lead sentence do not; the
 * plugins that derive something from the structure (numbers, ids) skip their
 * work on such transactions, which keeps typing fast and leaves a composing
 * IME alone.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, type PluginKey, type Transaction } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from 'prosemirror-transform';

function inlineOnly(step: ReplaceStep): boolean {
  const { slice } = step;
  if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
  let inline = true;
  slice.content.forEach((node) => {
    if (!node.isInline) inline = false;
  });
  return inline;
}

export function changesStructure(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i];
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) continue;
    if (!(step instanceof ReplaceStep) || !inlineOnly(step)) return true;
    const $from = tr.docs[i].resolve(step.from);
    if (!$from.parent.isTextblock || step.to > $from.end()) return true;
  }
  return false;
}

/**
 * A plugin showing decorations derived from the document's structure (the
 * numbers before headings, the heights of blocks off screen): built from the
 * document when the structure changes, only mapped through typing.
 */
export function structureDecorationsPlugin(key: PluginKey<DecorationSet>, build: (doc: PMNode) => DecorationSet): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state) => build(state.doc),
      apply: (tr, set) => (!tr.docChanged ? set : changesStructure(tr) ? build(tr.doc) : set.map(tr.mapping, tr.doc)),
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}
