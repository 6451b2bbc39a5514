/**
 * Stable block ids: after every structural change (a split paragraph, a
 * paste, a drop) each block's `id` must still be non-empty and unique, since
 * findings, compare and comments point at it. Splitting copies the id to both
 * halves and pasting a copy brings ids that already exist; this plugin gives
 * the newcomer a fresh id and lets the block that was there before keep its
 * own (the one at the mapped position of the old block). A structural
 * suggestion copied along (the block's `change`) stays with the block that
 * kept the id: the newcomer's copy of it is cleared.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { newId, hasIdAttr } from '../../core/ids.js';
import { changesStructure } from './structureChange.js';

export const idsKey = new PluginKey('ids');

function positionsById(doc: PMNode, wanted?: Set<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  doc.descendants((node, pos) => {
    if (hasIdAttr(node.attrs)) {
      const id = node.attrs.id as string;
      if (!wanted || wanted.has(id)) {
        const list = out.get(id);
        if (list) list.push(pos);
        else out.set(id, [pos]);
      }
    }
    return !node.isTextblock;
  });
  return out;
}

/** The fixes for one document: positions that need a fresh id. */
export function positionsNeedingIds(doc: PMNode, oldDoc: PMNode | null, map: (pos: number) => number): number[] {
  const fix: number[] = [];
  const duplicated = new Set<string>();
  for (const [id, list] of positionsById(doc)) {
    if (id === '') fix.push(...list);
    else if (list.length > 1) duplicated.add(id);
  }
  if (!duplicated.size) return fix;
  const before = oldDoc ? positionsById(oldDoc, duplicated) : new Map<string, number[]>();
  for (const [id, list] of positionsById(doc, duplicated)) {
    const old = before.get(id)?.[0];
    const keeper = old === undefined ? list[0] : (list.find((p) => p === map(old)) ?? list[0]);
    fix.push(...list.filter((p) => p !== keeper));
  }
  return fix;
}

/** The ids of the structural records held by blocks other than those at `newcomers`. */
function changeIdsOutside(doc: PMNode, newcomers: Set<number>): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node, pos) => {
    const change = node.attrs.change as { id?: string } | null | undefined;
    if (change?.id && !newcomers.has(pos)) ids.add(change.id);
    return !node.isTextblock;
  });
  return ids;
}

export function idsPlugin(): Plugin {
  return new Plugin({
    key: idsKey,
    appendTransaction(trs: readonly Transaction[], oldState: EditorState, newState: EditorState) {
      if (!trs.some(changesStructure)) return null;
      const mapping = (pos: number): number => trs.reduce((p, tr) => tr.mapping.map(p, 1), pos);
      const fix = positionsNeedingIds(newState.doc, oldState.doc, mapping);
      if (!fix.length) return null;
      const tr = newState.tr;
      const recordsKept = changeIdsOutside(newState.doc, new Set(fix));
      for (const pos of fix) {
        tr.setNodeAttribute(pos, 'id', newId());
        // A structural suggestion (review/structure.ts) stays with the block it was made for, not with its copy.
        const change = newState.doc.nodeAt(pos)?.attrs.change as { id?: string } | null | undefined;
        if (change?.id && recordsKept.has(change.id)) tr.setNodeAttribute(pos, 'change', null);
      }
      // Part of the same undo step as the change that needed it, so redo restores the same ids.
      return tr;
    },
  });
}
