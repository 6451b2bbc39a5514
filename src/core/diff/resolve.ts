/**
 * Accepting or rejecting one change (接受 / 拒绝) into the draft being edited.
 *
 * The draft being edited is one side of the comparison; the other side is a
 * reviewer's copy or a version. Accepting a change the other draft made, or
 * rejecting one the draft being edited made, makes that part of the current
 * draft like the other draft; the other two decisions leave it as it is. So
 * there is one edit to build — take the other draft's side of one change —
 * as one transaction over the current draft's EditorState, which the editor
 * dispatches as one undo step:
 *
 * - a modify: the current block gets the other's text and attributes and
 *   keeps its id (a split or merge replaces the paragraphs involved);
 * - blocks only the current draft has are removed;
 * - blocks only the other draft has are copied where their neighbours say
 *   (placement.ts), with ids the current draft does not use yet;
 * - a move: the current blocks go where the other draft has them.
 *
 * A renumber follows from position and is never edited. When the schema does
 * not allow the result (a heading taken out of its section, say) nothing is
 * changed: that change must be made by hand.
 */
import { Fragment, type Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import { hasIdAttr, newId } from '../ids.js';
import { blocksById, candidates, counterparts, fits, isContainer, unitIdOf, type Candidate, type Counterparts, type Located } from './placement.js';
import type { Change, Comparison } from './types.js';

export type Decision = 'accept' | 'reject';
/** Which side of the comparison the draft being edited is. */
export type CurrentSide = 'old' | 'new';

export interface ResolveInput {
  /** The draft being edited. */
  state: EditorState;
  /** The other draft. */
  other: PMNode;
  current: CurrentSide;
  /** compareDocs(old, new, { matches: true }) of the two drafts, the current one as it is in `state`. */
  comparison: Comparison;
}

export type Resolution =
  | { status: 'applied'; tr: Transaction }
  /** The decision leaves the current draft as it is. */
  | { status: 'kept' }
  /** stale: the comparison is not of this draft; structure: the schema does not allow the edit. */
  | { status: 'failed'; reason: 'stale' | 'structure' };

/** Whether a decision edits the current draft (otherwise it keeps it as it is). */
export function editsDraft(current: CurrentSide, decision: Decision): boolean {
  return (current === 'old') === (decision === 'accept');
}

interface Context {
  other: PMNode;
  currentIds: Map<string, Located>;
  otherIds: Map<string, Located>;
  pairs: Counterparts;
  /** Ids in use in the current draft (and given out by this edit). */
  taken: Set<string>;
}

/** `id` if the current draft does not use it yet, else a fresh one. */
function freeId(id: string, ctx: Context): string {
  const free = id && !ctx.taken.has(id) ? id : newId();
  ctx.taken.add(free);
  return free;
}

/**
 * A copy of the other draft's `node` for the current draft: its content and
 * attributes, with the ids of `keep` (a current block of the same type, and
 * its children by position) or else ids the current draft does not use.
 */
function carry(node: PMNode, keep: PMNode | null, ctx: Context): PMNode {
  if (node.isText) return node;
  const same = keep && keep.type === node.type ? keep : null;
  const attrs = hasIdAttr(node.attrs) ? { ...node.attrs, id: same ? same.attrs.id : freeId(node.attrs.id as string, ctx) } : node.attrs;
  if (node.isTextblock) return node.type.create(attrs, node.content, node.marks);
  const children: PMNode[] = [];
  node.forEach((child, _offset, i) => children.push(carry(child, same && i < same.childCount ? same.child(i) : null, ctx)));
  return node.type.create(attrs, children, node.marks);
}

/** Whether the located blocks are consecutive children of one parent, in order (empty paragraphs between them aside). */
function siblings(doc: PMNode, blocks: Located[]): boolean {
  const $first = doc.resolve(blocks[0].pos);
  for (let k = 1; k < blocks.length; k++) {
    const $pos = doc.resolve(blocks[k].pos);
    if ($pos.parent !== $first.parent || blocks[k].pos < blocks[k - 1].pos) return false;
  }
  return true;
}

function replaceBlocks(tr: Transaction, ctx: Context, mine: Located[], theirs: Located[]): boolean {
  if (!siblings(tr.doc, mine)) return false;
  const copies = theirs.map((o, k) => carry(o.node, mine[k]?.node ?? null, ctx));
  const from = mine[0].pos;
  const last = mine[mine.length - 1];
  const to = last.pos + last.node.nodeSize;
  const $from = tr.doc.resolve(from);
  if (!$from.parent.canReplace($from.index(), tr.doc.resolve(to).index(), Fragment.from(copies))) return false;
  tr.replaceWith(from, to, copies);
  return true;
}

/** Delete blocks (last first, so earlier positions stay put); false if the schema needs one of them. */
function removeBlocks(tr: Transaction, mine: Located[]): boolean {
  for (const block of [...mine].sort((x, y) => y.pos - x.pos)) {
    const $pos = tr.doc.resolve(block.pos);
    if (!$pos.parent.canReplace($pos.index(), $pos.index() + 1)) return false;
    tr.delete(block.pos, block.pos + block.node.nodeSize);
  }
  return true;
}

/** Insert `content` at the first candidate place (mapped through the edits so far) that the schema allows. */
function insertAtFirstFit(tr: Transaction, places: Candidate[], content: Fragment): boolean {
  for (const place of places) {
    const mapped = tr.mapping.mapResult(place.pos, place.assoc);
    if (mapped.deleted || !fits(tr.doc, mapped.pos, content)) continue;
    tr.insert(mapped.pos, content);
    return true;
  }
  return false;
}

/** Where the other draft's blocks `theirs` (first to last) belong in the current draft. */
function placesOf(ctx: Context, current: PMNode, theirs: Located[]): Candidate[] {
  const $first = ctx.other.resolve(theirs[0].pos);
  const $last = ctx.other.resolve(theirs[theirs.length - 1].pos);
  const parentPos = $first.depth === 0 ? -1 : $first.before();
  const to = $last.parent === $first.parent ? $last.index() + 1 : $first.index() + 1;
  const skip = new Set(theirs.map((o) => unitIdOf(o.node)));
  return candidates({ other: ctx.other, current, currentIds: ctx.currentIds, pairs: ctx.pairs, skip }, parentPos, $first.index(), to);
}

function insertBlocks(tr: Transaction, ctx: Context, theirs: Located[]): boolean {
  for (const o of theirs) {
    const places = placesOf(ctx, tr.before, [o]);
    if (!insertAtFirstFit(tr, places, Fragment.from(carry(o.node, null, ctx)))) return false;
  }
  return true;
}

/** A moved container, or a run of moved paragraphs or glossary entries, goes where the other draft has it. */
function moveBlocks(tr: Transaction, ctx: Context, mine: Located[], theirs: Located[]): boolean {
  const wholeContainer = mine.length === 1 && isContainer(mine[0].node);
  const movable = (n: PMNode) => n.type.name === 'paragraph' || n.type.name === 'glossaryEntry';
  if (!wholeContainer && !mine.every((m) => movable(m.node))) return false;
  const places = placesOf(ctx, tr.doc, theirs);
  const ordered = [...mine].sort((x, y) => x.pos - y.pos);
  if (!removeBlocks(tr, ordered)) return false;
  return insertAtFirstFit(tr, places, Fragment.from(ordered.map((m) => m.node)));
}

function locate(ids: string[], index: Map<string, Located>): Located[] | null {
  const out: Located[] = [];
  for (const id of ids) {
    const found = index.get(id);
    if (!found) return null;
    out.push(found);
  }
  return out;
}

/** Accept or reject `change` (one of `input.comparison.changes`) into the current draft. */
export function resolveChange(input: ResolveInput, change: Change, decision: Decision): Resolution {
  if (change.kind === 'renumber' || !editsDraft(input.current, decision)) return { status: 'kept' };
  const { state, other, current, comparison } = input;
  if (!comparison.matches) throw new TypeError('resolveChange needs a comparison made with { matches: true }');
  const currentIds = blocksById(state.doc);
  const ctx: Context = { other, currentIds, otherIds: blocksById(other), pairs: counterparts(comparison.matches, current), taken: new Set(currentIds.keys()) };
  const mine = locate(current === 'old' ? change.oldIds : change.newIds, ctx.currentIds);
  const theirs = locate(current === 'old' ? change.newIds : change.oldIds, ctx.otherIds);
  if (!mine || !theirs) return { status: 'failed', reason: 'stale' };
  const tr = state.tr;
  let done: boolean;
  try {
    if (change.kind === 'modify') done = replaceBlocks(tr, ctx, mine, theirs);
    else if (change.kind === 'move') done = moveBlocks(tr, ctx, mine, theirs);
    else if (mine.length) done = removeBlocks(tr, mine);
    else done = insertBlocks(tr, ctx, theirs);
  } catch {
    // A step the schema refuses (ReplaceError): leave the draft as it is.
    done = false;
  }
  // Its own undo step, never merged with typing just before it.
  return done && tr.docChanged ? { status: 'applied', tr: closeHistory(tr) } : { status: 'failed', reason: 'structure' };
}
