/**
 * 结构修订: structural edits made in 修订模式 (a heading's level, a section
 * moved, a paragraph split or two joined) kept in the document as the
 * `change` attribute of the block they happened to (a heading or a
 * paragraph, schema.ts), so undo, save, versions, the command line and the
 * .docx export see them as they see the text's insertion and deletion marks.
 *
 * A record says who and when, and what rejecting needs to put the structure
 * back:
 *   - level: on the block whose level changed, its former level (0 a
 *     paragraph, 1 part … 4 subitem), e.g. （二） demoted to item 1.;
 *   - move: on the heading of the moved container, its former place: the
 *     parent container, and the siblings of its kind it stood after and before;
 *   - split: on the block split off, the block it was split from;
 *   - join: on the block another was joined into, where in its text the
 *     joined block began, that block's first characters (to find the place
 *     again after later typing), its type and its attributes.
 *
 * `inferStructureChange` reads what happened from the documents before and
 * after an edit, by block id, whichever command made it (Tab, Ctrl+Alt+2, the
 * outline's drag, Enter, Backspace). Accepting clears a record (the edit
 * stays); rejecting needs the structure commands and is the renderer's
 * (review/rejectStructure.ts).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { isHeadingName, levelOf } from '../schema.js';

export type StructureKind = 'level' | 'move' | 'split' | 'join';

/** The `change` attribute of a heading or paragraph: one structural suggestion. `date` is ISO 8601. */
export interface StructureChange {
  id: string;
  author: string;
  date: string;
  kind: StructureKind;
  /** level: the former level, 0 for a paragraph. */
  level?: number;
  /** move: the former parent container's id ('' the body), and the siblings of its kind it stood after and before ('' none). */
  parent?: string;
  after?: string;
  before?: string;
  /** split: the id of the block this one was split from. */
  from?: string;
  /** join: the offset in this block's text where the joined block began, its first characters, its type and attributes. */
  at?: number;
  head?: string;
  type?: string;
  attrs?: Record<string, unknown>;
}

/** What a structural edit changed, without who and when. */
export type StructureRecord = Omit<StructureChange, 'id' | 'author' | 'date'>;

/** Whether a node type can hold a record. */
export function canHoldChange(node: PMNode): boolean {
  return node.type.name === 'paragraph' || isHeadingName(node.type.name);
}

const KINDS: ReadonlySet<string> = new Set<StructureKind>(['level', 'move', 'split', 'join']);

/** The record a block holds, if it is one (a file may hold anything in the attribute: what is not a record is none). */
export function changeOf(node: PMNode): StructureChange | null {
  const c = node.attrs.change as StructureChange | null | undefined;
  return c && typeof c === 'object' && typeof c.id === 'string' && KINDS.has(c.kind) ? c : null;
}

/** The level a block stands at as a heading: 1 part … 4 subitem, 0 a paragraph. */
export function blockLevel(typeName: string): number {
  return isHeadingName(typeName) ? levelOf(typeName.replace('Heading', '')) : 0;
}

/** Every record of a document, in order, with the position of its block. */
export function structureChanges(doc: PMNode): { pos: number; node: PMNode; change: StructureChange }[] {
  const out: { pos: number; node: PMNode; change: StructureChange }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      const change = changeOf(node);
      if (change) out.push({ pos, node, change });
      return false;
    }
    return true;
  });
  return out;
}

/** Clear the records `wanted` picks (accepting them: the edit stays). */
export function clearStructureChanges<T extends Transform>(tr: T, wanted: (c: StructureChange) => boolean): T {
  for (const { pos, change } of structureChanges(tr.doc)) if (wanted(change)) tr.setNodeAttribute(pos, 'change', null);
  return tr;
}

interface BlockInfo {
  id: string;
  type: string;
  text: string;
  index: number;
  node: PMNode;
}

interface Place {
  parent: string;
  after: string;
  before: string;
  /** The id of the container's heading. */
  heading: string;
}

interface Blocks {
  list: BlockInfo[];
  byId: Map<string, BlockInfo>;
  places: Map<string, Place>;
}

/** The textblocks of a document by id, and the place of each numbered container (part, section, item, subitem). */
function blocksOf(doc: PMNode): Blocks {
  const list: BlockInfo[] = [];
  const byId = new Map<string, BlockInfo>();
  const places = new Map<string, Place>();
  doc.descendants((node, _pos, parent, index) => {
    if (node.isTextblock) {
      const id = node.attrs.id as string;
      const info = { id, type: node.type.name, text: node.textContent, index: list.length, node };
      list.push(info);
      if (id && !byId.has(id)) byId.set(id, info);
      return false;
    }
    if (levelOf(node.type.name) > 0 && parent) {
      const prev = index > 0 ? parent.child(index - 1) : null;
      const next = index + 1 < parent.childCount ? parent.child(index + 1) : null;
      places.set(node.attrs.id as string, {
        parent: parent.type.name === 'doc' ? '' : (parent.attrs.id as string),
        after: prev && prev.type === node.type ? (prev.attrs.id as string) : '',
        before: next && next.type === node.type ? (next.attrs.id as string) : '',
        heading: (node.firstChild?.attrs.id as string) ?? '',
      });
    }
    return true;
  });
  return { list, byId, places };
}

/** The block an edit's record goes on (by id, in the document after the edit) and the record (null: the edit took an earlier one back, nothing to add). */
export interface InferredChange {
  blockId: string;
  record: StructureRecord | null;
}

function levelChange(before: Blocks, after: Blocks): InferredChange | null {
  for (const b of after.list) {
    const o = b.id ? before.byId.get(b.id) : undefined;
    if (!o || o.type === b.type) continue;
    const wasLevel = o.type === 'paragraph' || isHeadingName(o.type);
    const isLevel = b.type === 'paragraph' || isHeadingName(b.type);
    if (wasLevel && isLevel) return { blockId: b.id, record: { kind: 'level', level: blockLevel(o.type) } };
  }
  return null;
}

function joinChange(before: Blocks, after: Blocks): InferredChange | null {
  for (let i = 1; i < before.list.length; i++) {
    const gone = before.list[i];
    if (!gone.id || after.byId.has(gone.id)) continue;
    const into = before.list[i - 1];
    const now = into.id ? after.byId.get(into.id) : undefined;
    if (!now || now.text !== into.text + gone.text || !canHoldChange(now.node)) continue;
    // Joining away a block that was split off in 修订模式 (Enter, then Backspace) takes the split back: nothing to suggest.
    if (changeOf(gone.node)?.kind === 'split') return { blockId: into.id, record: null };
    // The joined block's attributes keep its own record (a level change made before), which rejecting the join brings back.
    return { blockId: into.id, record: { kind: 'join', at: into.text.length, head: gone.text.slice(0, 8), type: gone.type, attrs: { ...gone.node.attrs } } };
  }
  return null;
}

function splitChange(before: Blocks, after: Blocks): InferredChange | null {
  for (let j = 0; j < after.list.length; j++) {
    const made = after.list[j];
    if (!made.id || before.byId.has(made.id) || !canHoldChange(made.node)) continue;
    for (const [k, madeFirst] of [[j - 1, false], [j + 1, true]] as const) {
      const other = after.list[k];
      const was = other?.id ? before.byId.get(other.id) : undefined;
      if (!was) continue;
      if (was.text === (madeFirst ? made.text + other.text : other.text + made.text)) return { blockId: made.id, record: { kind: 'split', from: other.id } };
    }
  }
  return null;
}

function moveChange(before: Blocks, after: Blocks, inserted: ReadonlySet<string>): InferredChange | null {
  let first: InferredChange | null = null;
  for (const [id, place] of after.places) {
    const was = before.places.get(id);
    if (!was || (was.parent === place.parent && was.after === place.after && was.before === place.before)) continue;
    // A swap changes two containers' neighbours; the one the edit took out and put back in is the one that moved.
    const change: InferredChange = { blockId: place.heading, record: { kind: 'move', parent: was.parent, after: was.after, before: was.before } };
    if (inserted.has(id)) return change;
    first ??= change;
  }
  return first;
}

/**
 * The structural edit between two documents that have the same text (the
 * edit took no text away and put none in), as one record: a level change
 * first (a demoted section moves its items too: that is still the one edit),
 * then a join, a split, and a move. `inserted` holds the ids of containers
 * the edit's steps put in whole, which tells the moved one of two swapped.
 */
export function inferStructureChange(oldDoc: PMNode, newDoc: PMNode, inserted: ReadonlySet<string> = new Set()): InferredChange | null {
  const before = blocksOf(oldDoc);
  const after = blocksOf(newDoc);
  return levelChange(before, after) ?? joinChange(before, after) ?? splitChange(before, after) ?? moveChange(before, after, inserted);
}

/**
 * The record a block should carry after a new edit `record`, given the one it
 * had before (`previous`): the same kind keeps the first record (the
 * original level, the original place), and is dropped when the edit went
 * back to it (a heading demoted and promoted again is no suggestion); another
 * kind replaces it.
 */
export function mergeStructureChange(previous: StructureChange | null, record: StructureRecord, now: Pick<StructureChange, 'id' | 'author' | 'date'>, current: { level: number; place?: Omit<Place, 'heading'> }): StructureChange | null {
  if (previous && previous.kind === record.kind && (record.kind === 'level' || record.kind === 'move')) {
    if (record.kind === 'level' && previous.level === current.level) return null;
    const place = current.place;
    if (record.kind === 'move' && place && previous.parent === place.parent && previous.after === place.after && previous.before === place.before) return null;
    return previous;
  }
  return { ...now, ...record };
}

/** The place of the container whose heading has this id, in `doc`. */
export function placeOfHeading(doc: PMNode, headingId: string): Omit<Place, 'heading'> | undefined {
  for (const place of blocksOf(doc).places.values()) if (place.heading === headingId) return place;
  return undefined;
}
