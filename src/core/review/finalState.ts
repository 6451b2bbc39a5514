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
 * an empty paragraph.
 */
import { Fragment, type Node as PMNode } from 'prosemirror-model';

const remembered = new WeakMap<PMNode, PMNode>();

function isDeleted(node: PMNode): boolean {
  return node.isText && node.marks.some((m) => m.type.name === 'deletion');
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
    const children: PMNode[] = [];
    node.forEach((child) => {
      const next = finalNode(child);
      if (next !== child) changed = true;
      children.push(next);
    });
    if (changed) out = node.copy(Fragment.fromArray(children));
  }
  remembered.set(node, out);
  return out;
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
