/**
 * Write a rebuilt body back into a transaction as the smallest replace step
 * that does it, and put the cursor back in the block it was in.
 *
 * The rebuilt nodes are compared with the old ones from both ends; where one
 * old node and one new node remain and they are the same kind of container
 * with the same id, the comparison descends into them. A structural command in
 * part 三 so replaces only the sections it touched, which keeps undo steps,
 * position mapping and the view's redraw small.
 */
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { TextSelection, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import type { FlatBody } from './entries.js';

/** Where to put the cursor afterwards: a block id and an offset in its text. */
export interface Focus {
  id: string;
  offset: number;
}

function sameContainer(a: PMNode, b: PMNode): boolean {
  return a.type === b.type && !a.isTextblock && a.attrs.id === b.attrs.id && a.attrs.id !== '';
}

/** Replace old[…] (starting at document position `pos`) by next[…], narrowing as far as it can. */
function replaceChildren(tr: Transaction, old: PMNode[], next: PMNode[], pos: number): boolean {
  let a = 0;
  while (a < old.length && a < next.length && old[a].eq(next[a])) a++;
  let b = 0;
  while (b < old.length - a && b < next.length - a && old[old.length - 1 - b].eq(next[next.length - 1 - b])) b++;
  if (a === old.length && a === next.length) return false;
  let from = pos;
  for (let i = 0; i < a; i++) from += old[i].nodeSize;
  const oldMid = old.slice(a, old.length - b);
  const newMid = next.slice(a, next.length - b);
  if (oldMid.length === 1 && newMid.length === 1 && sameContainer(oldMid[0], newMid[0])) {
    const kids = (n: PMNode): PMNode[] => {
      const out: PMNode[] = [];
      n.forEach((c) => out.push(c));
      return out;
    };
    return replaceChildren(tr, kids(oldMid[0]), kids(newMid[0]), from + 1);
  }
  let to = from;
  for (const n of oldMid) to += n.nodeSize;
  tr.step(new ReplaceStep(from, to, new Slice(Fragment.fromArray(newMid), 0, 0)));
  return true;
}

/** Position of the textblock with this id, or -1. */
export function findBlockById(doc: PMNode, id: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isTextblock) {
      if (node.attrs.id === id) found = pos;
      return false;
    }
    return true;
  });
  return found;
}

/** Put a cursor into the block `focus.id` at `focus.offset` (clamped), if the block exists. */
export function setFocus(tr: Transaction, focus: Focus): void {
  const pos = findBlockById(tr.doc, focus.id);
  if (pos < 0) return;
  const node = tr.doc.nodeAt(pos)!;
  const offset = Math.max(0, Math.min(focus.offset, node.content.size));
  tr.setSelection(TextSelection.create(tr.doc, pos + 1 + offset));
}

/**
 * Replace the body `flat` (read from tr.doc) by `nodes`. Returns false when
 * nothing changed. Throws (a RangeError from prosemirror-transform) only if the
 * nodes do not fit the schema, which build.ts rules out.
 */
export function replaceBody(tr: Transaction, flat: FlatBody, nodes: PMNode[], focus: Focus | null): boolean {
  const old: PMNode[] = [];
  for (let i = flat.startIndex; i < flat.endIndex; i++) old.push(tr.doc.child(i));
  const changed = replaceChildren(tr, old, nodes, flat.from);
  if (changed && focus) setFocus(tr, focus);
  return changed;
}
