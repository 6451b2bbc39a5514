/**
 * Whether a transaction can have changed the document's structure (blocks
 * added, removed, moved or retyped) rather than only text inside textblocks.
 * Typing, deleting within a line and marking a lead sentence do not; the
 * plugins that derive something from the structure (numbers, ids) skip their
 * work on such transactions, which keeps typing fast and leaves a composing
 * IME alone.
 */
import type { Transaction } from 'prosemirror-state';
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
