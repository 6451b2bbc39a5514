/**
 * Finding blocks by id in a draft, and finding where a block of the other
 * draft belongs in the current one (for accepting or rejecting a change,
 * resolve.ts).
 *
 * A block's place is read from its neighbours in the other draft: just after
 * the counterpart of the nearest earlier sibling that was matched in order,
 * else just before the counterpart of the nearest later one, else somewhere
 * inside the counterpart of its parent (a part, section … matched through its
 * heading). Blocks that moved are no landmarks: their counterparts are
 * somewhere else. The caller keeps the first candidate where the schema
 * allows the block.
 */
import type { Fragment, Node as PMNode } from 'prosemirror-model';
import { hasIdAttr } from '../ids.js';
import { levelOf } from '../schema.js';
import type { Match } from './types.js';

export interface Located {
  pos: number;
  node: PMNode;
}

/** Every block with an id (containers, textblocks, glossary entries and their parts), first occurrence of each id. */
export function blocksById(doc: PMNode): Map<string, Located> {
  const out = new Map<string, Located>();
  doc.descendants((node, pos) => {
    const id = hasIdAttr(node.attrs) ? (node.attrs.id as string) : '';
    if (id && !out.has(id)) out.set(id, { pos, node });
    return !node.isTextblock;
  });
  return out;
}

export const isContainer = (node: PMNode): boolean => levelOf(node.type.name) > 0 || node.type.name === 'annex';

/** The id compare matches a block by: a container by its heading (or annex label), others by their own. */
export function unitIdOf(node: PMNode): string {
  const target = isContainer(node) ? node.firstChild : node;
  return target && hasIdAttr(target.attrs) ? (target.attrs.id as string) : '';
}

/** From ids of the other draft to ids of the current one, for blocks matched in order. */
export interface Counterparts {
  /** The first current block of a match (a merge has several). */
  first: Map<string, string>;
  /** The last current block of a match. */
  last: Map<string, string>;
}

export function counterparts(matches: Match[], current: 'old' | 'new'): Counterparts {
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  for (const m of matches) {
    if (m.moved) continue;
    const [mine, theirs] = current === 'old' ? [m.old, m.new] : [m.new, m.old];
    for (const id of theirs) {
      first.set(id, mine[0]);
      last.set(id, mine[mine.length - 1]);
    }
  }
  return { first, last };
}

/** A position between two blocks, and the side it sticks to when the blocks around it change. */
export interface Candidate {
  pos: number;
  assoc: -1 | 1;
}

export interface PlacementContext {
  other: PMNode;
  current: PMNode;
  currentIds: Map<string, Located>;
  pairs: Counterparts;
  /** Unit ids that are no landmarks (the blocks being placed). */
  skip: Set<string>;
}

/** The counterpart in the current draft of a block of the other draft (the container for a container). */
function counterpartOf(ctx: PlacementContext, sibling: PMNode, which: 'first' | 'last'): Located | null {
  const unit = unitIdOf(sibling);
  if (!unit || ctx.skip.has(unit)) return null;
  const id = ctx.pairs[which].get(unit);
  const found = id ? ctx.currentIds.get(id) : undefined;
  if (!found) return null;
  if (!isContainer(sibling)) return found;
  const $pos = ctx.current.resolve(found.pos);
  if ($pos.parent.type !== sibling.type || $pos.index() !== 0) return null;
  return { pos: $pos.before(), node: $pos.parent };
}

/**
 * Candidate places in the current draft for the children [from, to) of the
 * node at `parentPos` in the other draft (-1: the document itself), best first.
 */
export function candidates(ctx: PlacementContext, parentPos: number, from: number, to: number): Candidate[] {
  const parent = parentPos < 0 ? ctx.other : ctx.other.nodeAt(parentPos)!;
  const out: Candidate[] = [];
  for (let j = from - 1; j >= 0; j--) {
    const c = counterpartOf(ctx, parent.child(j), 'last');
    if (c) {
      out.push({ pos: c.pos + c.node.nodeSize, assoc: -1 });
      break;
    }
  }
  for (let j = to; j < parent.childCount; j++) {
    const c = counterpartOf(ctx, parent.child(j), 'first');
    if (c) {
      out.push({ pos: c.pos, assoc: 1 });
      break;
    }
  }
  const home = parentPos < 0 ? { pos: -1, node: ctx.current } : counterpartOf(ctx, parent, 'first');
  if (home) {
    // Inside the parent's counterpart: near the start when the blocks open their parent, else near the end.
    const inside: number[] = [];
    let pos = home.pos + 1;
    home.node.forEach((child, _offset, index) => {
      if (index > 0 || parentPos < 0) inside.push(pos);
      pos += child.nodeSize;
    });
    inside.push(pos);
    const ordered = from === 0 ? inside : inside.reverse();
    out.push(...ordered.map((p) => ({ pos: p, assoc: (from === 0 ? 1 : -1) as -1 | 1 })));
  }
  return out;
}

/** Whether `content` may go at `pos` of `doc` (a place between two children of a block node). */
export function fits(doc: PMNode, pos: number, content: Fragment): boolean {
  if (pos < 0 || pos > doc.content.size) return false;
  const $pos = doc.resolve(pos);
  if ($pos.parent.isTextblock || $pos.textOffset !== 0) return false;
  const index = $pos.index();
  return $pos.parent.canReplace(index, index, content);
}
