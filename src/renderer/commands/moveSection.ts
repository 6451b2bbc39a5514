/**
 * Move a numbered container (a section with everything in it, or a part, an
 * item) to another place: before or after a sibling of the same kind, or to
 * the end of a container one level up (a section dropped on a part in the
 * outline). The outline panel's drag and drop and the 上移/下移 commands use
 * it. One transaction, so one undo puts it back; numbers follow by
 * themselves since they are derived.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { levelOf } from '../../core/schema.js';
import { setFocus, type Focus } from '../structure/replace.js';
import { ownUndoStep } from '../editor/undoSteps.js';

export type MoveTarget = { id: string; where: 'before' | 'after' } | { id: string; where: 'into' };

interface Located {
  node: PMNode;
  pos: number;
}

/** The container (part, section, item, subitem) with this id. */
export function findContainer(doc: PMNode, id: string): Located | null {
  let found: Located | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.isTextblock) return false;
    if (levelOf(node.type.name) > 0 && node.attrs.id === id) {
      found = { node, pos };
      return false;
    }
    return true;
  });
  return found;
}

/** Position at the end of `parent`'s child containers: after the last one, else after all its paragraphs. */
function endOfChildren(parent: Located): number {
  let at = parent.pos + parent.node.nodeSize - 1;
  let lastChildEnd = -1;
  parent.node.forEach((child, offset) => {
    if (levelOf(child.type.name) > 0) lastChildEnd = parent.pos + 1 + offset + child.nodeSize;
  });
  if (lastChildEnd >= 0) at = lastChildEnd;
  return at;
}

function focusOf(state: EditorState, source: Located): Focus | null {
  const { $head } = state.selection;
  if ($head.pos < source.pos || $head.pos > source.pos + source.node.nodeSize) return null;
  return { id: $head.parent.attrs.id as string, offset: $head.parentOffset };
}

/** Where `source` would be inserted for `target`, in the current document; null when the move is not allowed. */
function insertionPoint(state: EditorState, source: Located, target: MoveTarget): number | null {
  const dest = findContainer(state.doc, target.id);
  if (!dest || dest.node === source.node) return null;
  // Not into itself.
  if (dest.pos > source.pos && dest.pos < source.pos + source.node.nodeSize) return null;
  const level = levelOf(source.node.type.name);
  const destLevel = levelOf(dest.node.type.name);
  if (target.where === 'into') return destLevel === level - 1 ? endOfChildren(dest) : null;
  if (destLevel !== level) return null;
  return target.where === 'before' ? dest.pos : dest.pos + dest.node.nodeSize;
}

export function moveContainer(sourceId: string, target: MoveTarget): Command {
  return (state, dispatch) => {
    const source = findContainer(state.doc, sourceId);
    if (!source) return false;
    const at = insertionPoint(state, source, target);
    if (at === null) return false;
    // Dropping right before or after itself changes nothing.
    if (at === source.pos || at === source.pos + source.node.nodeSize) return false;
    if (dispatch) {
      const focus = focusOf(state, source);
      const tr = state.tr;
      tr.delete(source.pos, source.pos + source.node.nodeSize);
      tr.insert(tr.mapping.map(at), source.node);
      if (focus) setFocus(tr, focus);
      dispatch(ownUndoStep(tr).scrollIntoView());
    }
    return true;
  };
}

/** The innermost container around the cursor, and its previous and next sibling of the same kind. */
function siblingsAtCursor(state: EditorState): { self: PMNode; prev: PMNode | null; next: PMNode | null } | null {
  const { $head } = state.selection;
  for (let d = $head.depth; d > 0; d--) {
    const node = $head.node(d);
    if (levelOf(node.type.name) === 0) continue;
    const parent = $head.node(d - 1);
    const index = $head.index(d - 1);
    const prev = index > 0 ? parent.child(index - 1) : null;
    const next = index + 1 < parent.childCount ? parent.child(index + 1) : null;
    return {
      self: node,
      prev: prev && prev.type === node.type ? prev : null,
      next: next && next.type === node.type ? next : null,
    };
  }
  return null;
}

/** 上移: swap the container at the cursor with the one before it. */
export const moveUp: Command = (state, dispatch) => {
  const s = siblingsAtCursor(state);
  if (!s?.prev) return false;
  return moveContainer(s.self.attrs.id as string, { id: s.prev.attrs.id as string, where: 'before' })(state, dispatch);
};

/** 下移: swap the container at the cursor with the one after it. */
export const moveDown: Command = (state, dispatch) => {
  const s = siblingsAtCursor(state);
  if (!s?.next) return false;
  return moveContainer(s.self.attrs.id as string, { id: s.next.attrs.id as string, where: 'after' })(state, dispatch);
};
