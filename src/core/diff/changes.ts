/**
 * From aligned blocks to the changes a reviewer reads, in the order of the
 * new draft:
 *
 * - a matched pair whose texts differ is a modify, with word-level spans;
 * - a whole part, section, item, subitem or annex present in only one draft
 *   is one insert or delete (the outermost such container), not one per block;
 *   other unmatched blocks are an insert or delete each;
 * - moves are gathered in moves.ts;
 * - a heading or glossary entry matched in order whose derived number changed
 *   is a renumber: the number follows from position, so it is not an edit.
 */
import type { FlatDoc, Unit } from './blocks.js';
import { moveChanges, type Placed } from './moves.js';
import { linkIndex, type Link } from './pairs.js';
import type { Change } from './types.js';
import { wordDiff } from './wordDiff.js';

const texts = (units: Unit[], indices: number[]): string => indices.map((i) => units[i].text).join('\n');

function modifyChange(a: FlatDoc, b: FlatDoc, link: Link): Change | null {
  const before = texts(a.units, link.old);
  const after = texts(b.units, link.new);
  if (before === after) return null;
  const { spans, whole } = wordDiff(before, after);
  const first = b.units[link.new[0]];
  return {
    kind: 'modify',
    path: first.path,
    oldPath: a.units[link.old[0]].path,
    node: first.node,
    oldIds: link.old.map((i) => a.units[i].id),
    newIds: link.new.map((i) => b.units[i].id),
    before,
    after,
    spans,
    whole,
    ...(link.new.length > 1 ? { detail: 'split' as const } : link.old.length > 1 ? { detail: 'merge' as const } : {}),
  };
}

/**
 * Inserts (side "new") or deletes (side "old"): whole containers first, then
 * single blocks. `at` places a unit of this draft in the new draft's order.
 */
function unmatched(doc: FlatDoc, linkOf: Int32Array, side: 'old' | 'new', at: (unit: number) => number): Placed[] {
  const out: Placed[] = [];
  const linkedBefore = new Int32Array(doc.units.length + 1);
  for (let i = 0; i < doc.units.length; i++) linkedBefore[i + 1] = linkedBefore[i] + (linkOf[i] >= 0 ? 1 : 0);
  const covered = new Uint8Array(doc.units.length);
  const kind = side === 'new' ? 'insert' : 'delete';
  const make = (node: string, path: string[], ids: string[], text: string): Change => ({
    kind,
    path,
    oldPath: side === 'old' ? path : null,
    node,
    oldIds: side === 'old' ? ids : [],
    newIds: side === 'new' ? ids : [],
    before: side === 'old' ? text : '',
    after: side === 'new' ? text : '',
  });
  for (const c of doc.containers) {
    if (covered[c.start] || linkedBefore[c.end] - linkedBefore[c.start] > 0) continue;
    covered.fill(1, c.start, c.end);
    const range = Array.from({ length: c.end - c.start }, (_, k) => c.start + k);
    out.push({ change: make(c.node, c.path, [c.id], texts(doc.units, range)), at: at(c.start) });
  }
  for (const u of doc.units) {
    if (linkOf[u.index] >= 0 || covered[u.index]) continue;
    out.push({ change: make(u.node, u.path, [u.id], u.text), at: at(u.index) });
  }
  return out;
}

/**
 * Where each old block would sit in the new draft's order: just after the
 * last block before it that stayed in order (x.5 between new blocks x and x+1).
 */
export function oldPositions(links: Link[], oldLink: Int32Array): Float64Array {
  const oldAt = new Float64Array(oldLink.length);
  let lastNew = -1;
  for (let o = 0; o < oldLink.length; o++) {
    const link = oldLink[o] >= 0 ? links[oldLink[o]] : null;
    if (link && !link.moved) lastNew = Math.max(lastNew, link.new[link.new.length - 1]);
    oldAt[o] = lastNew + 0.5;
  }
  return oldAt;
}

function renumberChange(a: Unit, b: Unit): Change | null {
  if (a.number === null || b.number === null || a.number === b.number) return null;
  return { kind: 'renumber', path: b.path, oldPath: a.path, node: b.node, oldIds: [a.id], newIds: [b.id], before: a.number, after: b.number };
}

export function describeChanges(a: FlatDoc, b: FlatDoc, links: Link[], showRenumber: boolean): Change[] {
  const { oldLink, newLink } = linkIndex(a.units.length, b.units.length, links);
  const oldAt = oldPositions(links, oldLink);

  const placed: Placed[] = [];
  for (const link of links) {
    const modify = modifyChange(a, b, link);
    if (modify) placed.push({ change: modify, at: link.new[0] });
    if (showRenumber && !link.moved && link.old.length === 1 && link.new.length === 1) {
      const renumber = renumberChange(a.units[link.old[0]], b.units[link.new[0]]);
      if (renumber) placed.push({ change: renumber, at: link.new[0] });
    }
  }
  placed.push(...moveChanges(a, b, links, oldLink, newLink));
  placed.push(...unmatched(b, newLink, 'new', (i) => i));
  placed.push(...unmatched(a, oldLink, 'old', (i) => oldAt[i]));
  const order: Record<Change['kind'], number> = { delete: 0, move: 1, insert: 2, modify: 3, renumber: 4 };
  placed.sort((x, y) => x.at - y.at || order[x.change.kind] - order[y.change.kind]);
  return placed.map((p) => p.change);
}
