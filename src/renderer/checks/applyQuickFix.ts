/**
 * A quick fix as the editor applies it: the fix's text, attribute and
 * glossary edits (core/checks/applyFix.ts), then, for a fix that asks for a
 * heading (typed-marker), the paragraph made a heading of that level as
 * Ctrl+Alt+1…4 makes it (commands/headingLevel.ts), all as one undo step.
 */
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { applyFix } from '../../core/checks/applyFix.js';
import type { QuickFix } from '../../core/checks/types.js';
import { headingEdit } from '../commands/headingLevel.js';
import { ownUndoStep } from '../editor/undoSteps.js';
import { applyBodyEdit } from '../structure/edit.js';

function positionOf(tr: Transaction, id: string): number | null {
  let found: number | null = null;
  tr.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.attrs.id === id && node.isTextblock) found = pos;
    return !node.isTextblock;
  });
  return found;
}

export function quickFixTransaction(state: EditorState, fix: QuickFix): Transaction {
  const tr = applyFix(state.tr, fix);
  const pos = fix.heading ? positionOf(tr, fix.heading.blockId) : null;
  if (fix.heading && pos !== null) {
    tr.setSelection(TextSelection.create(tr.doc, pos + 1));
    applyBodyEdit(tr, headingEdit(fix.heading.level));
  }
  return ownUndoStep(tr);
}
