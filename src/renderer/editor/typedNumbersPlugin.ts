/**
 * Typed numbers stand only while their siblings stand. A heading, glossary
 * entry or annex item keeps the number it was typed with (`typed`, `marker`)
 * so that numbering-sequence can report the skips and repeats of the draft as
 * it was imported. Once the editor moves, adds, removes or re-levels one of
 * them (move up or down, outline drag, Enter, Tab, paste, a quick fix), the
 * numbers of that parent's numbered children are derived from position and the
 * typed ones no longer mean anything: this plugin drops them, in the same undo
 * step, so the checks never report a numbering error the editor made itself.
 *
 * It compares, for every parent that still holds a typed number, the ids of
 * its numbered children before and after the change; ordinary typing does not
 * change the structure and is skipped at once, and so are undo and redo.
 */
import { isHistoryTransaction } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { levelOf } from '../../core/schema.js';
import { changesStructure } from './structureChange.js';

export const typedNumbersKey = new PluginKey('typedNumbers');

/** A numbered child of a parent: its id (the order key) and the node that holds `typed`, with its position. */
interface Numbered {
  id: string;
  holder: PMNode;
  holderPos: number;
}

/** The key of a parent: its id, or "doc" for the document itself. */
function parentKey(node: PMNode): string {
  return node.type.name === 'doc' ? 'doc' : `${node.type.name}:${(node.attrs.id as string | undefined) ?? ''}`;
}

/** The numbered children of every parent that has any, in order. */
function numberedChildren(doc: PMNode): Map<string, Numbered[]> {
  const out = new Map<string, Numbered[]>();
  const walk = (parent: PMNode, start: number): void => {
    const list: Numbered[] = [];
    parent.forEach((child, offset) => {
      const pos = start + offset;
      const name = child.type.name;
      if (levelOf(name) > 0) {
        // A container: the number is held by its heading, its first child.
        list.push({ id: child.attrs.id as string, holder: child.firstChild!, holderPos: pos + 1 });
        walk(child, pos + 1);
      } else if (name === 'glossaryEntry' || name === 'annexItem') {
        list.push({ id: child.attrs.id as string, holder: child, holderPos: pos });
      } else if (name === 'annex') {
        walk(child, pos + 1);
      }
    });
    if (list.length) out.set(parentKey(parent), list);
  };
  walk(doc, 0);
  return out;
}

const hasTyped = (n: Numbered): boolean => n.holder.attrs.typed != null || (n.holder.attrs.marker ?? null) != null;

/** Positions of the nodes whose typed number must go: every child of a parent whose numbered children changed. */
export function staleTypedNumbers(oldDoc: PMNode, doc: PMNode): number[] {
  const after = numberedChildren(doc);
  let before: Map<string, Numbered[]> | null = null;
  const out: number[] = [];
  for (const [key, list] of after) {
    if (!list.some(hasTyped)) continue;
    before ??= numberedChildren(oldDoc);
    const old = before.get(key);
    const same = old !== undefined && old.length === list.length && old.every((n, i) => n.id === list[i].id);
    if (same) continue;
    for (const n of list) if (hasTyped(n)) out.push(n.holderPos);
  }
  return out;
}

export function typedNumbersPlugin(): Plugin {
  return new Plugin({
    key: typedNumbersKey,
    appendTransaction(trs: readonly Transaction[], oldState: EditorState, newState: EditorState) {
      // Undo and redo bring back the typed numbers of their step as they were: leave them.
      if (!trs.some((tr) => changesStructure(tr) && !isHistoryTransaction(tr))) return null;
      const stale = staleTypedNumbers(oldState.doc, newState.doc);
      if (!stale.length) return null;
      const tr = newState.tr;
      for (const pos of stale) {
        const node = tr.doc.nodeAt(pos)!;
        const attrs: Record<string, unknown> = { ...node.attrs, typed: null };
        if ('marker' in node.attrs) attrs.marker = null;
        tr.setNodeMarkup(pos, undefined, attrs);
      }
      // An appended transaction: history keeps it in the same undo step as the move.
      return tr;
    },
  });
}
