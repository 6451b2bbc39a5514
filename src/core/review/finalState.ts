/**
 * The final state (最终状态) for readers that walk the whole document on
 * every change, such as the checks: the document with deleted text left
 * out, built block by block and remembered per node, so a document that
 * differs from the last one in one paragraph costs one paragraph, and the
 * blocks that did not change keep their identity (the incremental checker
 * reads that as "not changed").
 *
 * It differs from finalDoc (suggestions.ts, every suggestion accepted as a
 * transaction: about 40 ms on a 100,000-character report with 500
 * suggestions) only in keeping a paragraph whose whole text was deleted, as
 * an empty paragraph. A part, section, item or glossary entry deleted whole
 * (goesWhole) is left out, as accepting removes it: the checks count the
 * sections that remain.
 */
import { Fragment, type Node as PMNode } from 'prosemirror-model';
import { levelOf } from '../schema.js';

const remembered = new WeakMap<PMNode, PMNode>();

/** The state a reader follows: 最终状态 (every suggestion accepted) or 原始状态 (every suggestion rejected). */
export type Reading = 'final' | 'original';

/** The mark whose text a reading leaves out: deleted text in the final state, inserted text in the original one. */
const LEFT_OUT: Record<Reading, string> = { final: 'deletion', original: 'insertion' };

function carries(node: PMNode, markName: string): boolean {
  return node.isText && node.marks.some((m) => m.type.name === markName);
}

function isDeleted(node: PMNode): boolean {
  return carries(node, 'deletion');
}

/** A textblock with text, every piece of it left out by `markName`. */
function wholeTextblock(block: PMNode, markName: string): boolean {
  if (!block.childCount) return false;
  for (let i = 0; i < block.childCount; i++) if (!carries(block.child(i), markName)) return false;
  return true;
}

/** A block numbered by position: a part, section, item or subitem, a glossary entry, an annex item. */
export function isNumbered(node: PMNode): boolean {
  return levelOf(node.type.name) > 0 || node.type.name === 'glossaryEntry' || node.type.name === 'annexItem';
}

/**
 * Whether a numbered block goes whole in a reading: a part, section, item or
 * subitem whose heading and every text it holds are deleted (final) or
 * inserted (original), e.g. a section struck from its heading to its last
 * paragraph; likewise a glossary entry or an annex item. Such a block is not
 * numbered or listed in that reading, and accepting the deletion (rejecting
 * the insertion) removes it (decideSuggestions).
 *
 * A heading alone struck while its body keeps text does not take its
 * container away: the body still has to stand under a number, so the
 * container stays numbered, with an empty title, as Word keeps the numbered
 * paragraph when only its text (not its paragraph mark) is deleted.
 *
 * The heading (the first textblock) is looked at first, so a block whose
 * heading is not struck whole costs a look at the heading's pieces.
 */
export function goesWhole(node: PMNode, reading: Reading): boolean {
  const markName = LEFT_OUT[reading];
  const first = node.isTextblock ? node : node.firstChild;
  if (!first?.isTextblock || !wholeTextblock(first, markName)) return false;
  let whole = true;
  node.descendants((child) => {
    if (!whole) return false;
    if (child.isText && !carries(child, markName)) whole = false;
    else if (child.isLeaf && !child.isText) whole = false;
    return whole;
  });
  return whole;
}

function finalNode(node: PMNode): PMNode {
  const known = remembered.get(node);
  if (known) return known;
  let out = node;
  if (node.isTextblock) {
    let deleted = false;
    node.forEach((child) => {
      if (isDeleted(child)) deleted = true;
    });
    if (deleted) {
      const kept: PMNode[] = [];
      node.forEach((child) => {
        if (!isDeleted(child)) kept.push(child);
      });
      out = node.copy(Fragment.fromArray(kept));
    }
  } else if (!node.isLeaf) {
    let changed = false;
    let dropped = false;
    const children: PMNode[] = [];
    node.forEach((child) => {
      // A part, section, item or entry struck whole is not there to read (its number goes to the next one).
      if (isNumbered(child) && goesWhole(child, 'final')) {
        changed = dropped = true;
        return;
      }
      const next = finalNode(child);
      if (next !== child) changed = true;
      children.push(next);
    });
    // As after accepting (typedNumbersPlugin): once a sibling goes, the numbers the others were typed with no longer stand.
    if (dropped) for (let i = 0; i < children.length; i++) if (isNumbered(children[i])) children[i] = withoutTypedNumber(children[i]);
    if (changed) out = node.copy(Fragment.fromArray(children));
  }
  remembered.set(node, out);
  return out;
}

/** A numbered block without the number it was typed with at import (held by its heading, or by the entry itself). */
function withoutTypedNumber(node: PMNode): PMNode {
  const holder = node.isTextblock || node.type.name === 'glossaryEntry' ? node : node.firstChild!;
  if (holder.attrs.typed == null && holder.attrs.marker == null) return node;
  const bare = holder.type.create({ ...holder.attrs, typed: null, marker: null }, holder.content, holder.marks);
  return holder === node ? bare : node.copy(node.content.replaceChild(0, bare));
}

/** The document with deleted text left out; the same node when nothing in it is deleted. */
export function finalStateForReading(doc: PMNode): PMNode {
  return finalNode(doc);
}

/**
 * Where an offset into a text block's final state (deleted text left out)
 * stands in the block as shown, deleted text included: a finding of the
 * checks, which read the final state, is marked on the text the user sees.
 * An offset at the edge of deleted text stays before it.
 */
export function shownOffset(block: PMNode, finalOffset: number): number {
  let final = 0;
  let shown = 0;
  for (let i = 0; i < block.childCount; i++) {
    const child = block.child(i);
    if (isDeleted(child)) {
      shown += child.nodeSize;
      continue;
    }
    if (final + child.nodeSize >= finalOffset) return shown + (finalOffset - final);
    final += child.nodeSize;
    shown += child.nodeSize;
  }
  return shown;
}

/** Whether a text block holds deleted text (its final state differs from what is shown). */
export function hasDeletion(block: PMNode): boolean {
  let found = false;
  block.forEach((child) => {
    if (isDeleted(child)) found = true;
  });
  return found;
}

/**
 * A mover of ranges found in the final state (by block id and offsets in the
 * block's text) onto the document as shown, deleted text included: a finding
 * of the checks is marked, and its fix applied, on the text the user sees.
 * A range in a block without deleted text is returned as it is (the same
 * object); the document is walked once, when the mover is made.
 */
export function rangesOnShown(shown: PMNode): <T extends { blockId: string; from: number; to: number }>(range: T) => T {
  const withDeletion = new Map<string, PMNode>();
  shown.descendants((node) => {
    if (!node.isTextblock) return true;
    if (hasDeletion(node)) withDeletion.set(node.attrs.id as string, node);
    return false;
  });
  return (range) => {
    const block = withDeletion.get(range.blockId);
    return block ? { ...range, from: shownOffset(block, range.from), to: shownOffset(block, range.to) } : range;
  };
}

/** The numbered blocks that go whole in a reading, and how many numbered blocks have their first textblock left out whole. */
export interface GoneBlocks {
  /** Outermost blocks that go whole (a section inside a part that goes is not listed apart), in document order. */
  gone: { pos: number; node: PMNode }[];
  /**
   * Numbered blocks whose heading (or term) is left out whole, gone or not: only
   * for those can an edit of the body change whether they go.
   */
  struckHeads: number;
}

/**
 * One walk over the blocks of a document (never into a textblock's text but
 * the first of each numbered block): which numbered blocks go whole in
 * `reading`. A document without suggestions costs a look at each heading.
 */
export function goneBlocks(doc: PMNode, reading: Reading): GoneBlocks {
  const out: GoneBlocks = { gone: [], struckHeads: 0 };
  const markName = LEFT_OUT[reading];
  const walk = (parent: PMNode, start: number): void => {
    parent.forEach((child, offset) => {
      if (child.isTextblock && !isNumbered(child)) return;
      const pos = start + offset;
      if (isNumbered(child)) {
        const first = child.isTextblock ? child : child.firstChild;
        if (first?.isTextblock && wholeTextblock(first, markName)) {
          out.struckHeads += 1;
          if (goesWhole(child, reading)) {
            out.gone.push({ pos, node: child });
            return;
          }
        }
      }
      if (!child.isTextblock && !child.isLeaf) walk(child, pos + 1);
    });
  };
  walk(doc, 0);
  return out;
}
