/**
 * The frame every structural command shares: read the body of the document
 * as a flat list, find the entry the cursor is in, let the command rewrite the
 * list, then rebuild and write back the smallest change with the cursor kept
 * in its block.
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import { buildBody } from './build.js';
import { entryIndexOf, flattenBody, type Entry, type FlatBody } from './entries.js';
import { replaceBody, type Focus } from './replace.js';
import { ownUndoStep } from '../editor/undoSteps.js';

export interface BodyCursor {
  flat: FlatBody;
  /** Index of the entry holding the selection's head, or -1 outside the body. */
  index: number;
  /** The head's offset inside that entry's text. */
  offset: number;
}

export function bodyCursor(tr: Pick<Transaction, 'doc' | 'selection'>): BodyCursor {
  const flat = flattenBody(tr.doc);
  const $head = tr.selection.$head;
  const index = $head.parent.isTextblock ? entryIndexOf(flat.entries, $head.parent) : -1;
  return { flat, index, offset: $head.parentOffset };
}

/** What a structural edit returns: the new entries and where the cursor goes. Null: not applicable here. */
export type BodyEdit = (cursor: BodyCursor) => { entries: Entry[]; focus: Focus | null } | null;

/** Apply a body edit to a transaction; false when it does not apply or changes nothing. */
export function applyBodyEdit(tr: Transaction, edit: BodyEdit): boolean {
  const cursor = bodyCursor(tr);
  const result = edit(cursor);
  if (!result) return false;
  return replaceBody(tr, cursor.flat, buildBody(result.entries), result.focus);
}

/** A ProseMirror command from a body edit. */
export function bodyCommand(edit: BodyEdit) {
  return (state: EditorState, dispatch?: (tr: Transaction) => void): boolean => {
    const tr = state.tr;
    if (!applyBodyEdit(tr, edit)) return false;
    dispatch?.(ownUndoStep(tr).scrollIntoView());
    return true;
  };
}
