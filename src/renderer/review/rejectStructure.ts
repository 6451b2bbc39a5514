/**
 * Rejecting a structural suggestion (core/review/structure.ts) puts the
 * structure back as it was, with the same commands a drafter would use, as
 * steps on the caller's transaction (so a decision is one undo step):
 *   - level: the block at its former level again (setHeading / setParagraph,
 *     a heading's subtree going with it, as Tab and Shift+Tab do);
 *   - move: the container back after (or before, or into) where it stood;
 *   - split: the block split off joined to the one it came from again;
 *   - join: the block split again where the joined one began, with that
 *     block's type and attributes (its id, so comments on it find it).
 * When the place is gone (the neighbour it stood after was deleted, the text
 * where a join began was rewritten) nothing is changed and the record stays:
 * the caller says why. No text is ever removed.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { canJoin, canSplit } from 'prosemirror-transform';
import { blockLevel, changeOf, placeOfHeading, structureChanges, type StructureChange } from '../../core/review/structure.js';
import { setHeading, setParagraph } from '../commands/headingLevel.js';
import { findContainer, moveContainer, type MoveTarget } from '../commands/moveSection.js';
import { findBlockById } from '../structure/replace.js';

/** done: put back (or already so) and the record cleared; blocked: the former structure cannot be made again, nothing changed. */
export type RejectOutcome = 'done' | 'blocked';

/** Run an editor command on the document of `tr` with the caret in the block at `pos`, its steps added to `tr`. */
function runAt(tr: Transaction, pos: number, command: Command): boolean {
  const state = EditorState.create({ doc: tr.doc, selection: TextSelection.create(tr.doc, pos + 1) });
  let made: Transaction | null = null;
  if (!command(state, (t) => (made = t))) return false;
  for (const step of (made as Transaction | null)?.steps ?? []) tr.step(step);
  return true;
}

function rejectLevel(tr: Transaction, pos: number, node: PMNode, change: StructureChange): boolean {
  const former = change.level ?? 0;
  if (blockLevel(node.type.name) === former) return true;
  return runAt(tr, pos, former === 0 ? setParagraph : setHeading(former));
}

function rejectMove(tr: Transaction, headingId: string, change: StructureChange): boolean {
  const place = placeOfHeading(tr.doc, headingId);
  if (!place) return false;
  if (place.parent === (change.parent ?? '') && (place.after === change.after || place.before === change.before)) return true;
  const pos = findBlockById(tr.doc, headingId);
  const container = tr.doc.resolve(pos).parent;
  const targets: MoveTarget[] = [];
  if (change.after && findContainer(tr.doc, change.after)) targets.push({ id: change.after, where: 'after' });
  if (change.before && findContainer(tr.doc, change.before)) targets.push({ id: change.before, where: 'before' });
  if (change.parent && findContainer(tr.doc, change.parent)) targets.push({ id: change.parent, where: 'into' });
  return targets.some((target) => runAt(tr, pos, moveContainer(container.attrs.id as string, target)));
}

/** The split-off block joined to the block it came from, which must stand right beside it in the same container. */
function rejectSplit(tr: Transaction, pos: number, node: PMNode, change: StructureChange): boolean {
  const otherPos = change.from ? findBlockById(tr.doc, change.from) : -1;
  if (otherPos < 0) return false;
  const other = tr.doc.nodeAt(otherPos)!;
  if (otherPos + other.nodeSize === pos) {
    // It followed the block it came from: its text goes back onto that block's end.
    if (canJoin(tr.doc, pos)) tr.join(pos);
    else tr.delete(pos - 1, pos + 1);
    return true;
  }
  if (pos + node.nodeSize === otherPos && node.content.size === 0) {
    // An empty paragraph opened above (Enter at a block's start): it goes.
    tr.delete(pos, otherPos);
    return true;
  }
  return false;
}

/** Where in `text` the joined block began: at `at` if its first characters are there, else the nearest place they are. */
function joinPoint(text: string, at: number, head: string): number {
  if (at <= text.length && text.startsWith(head, at)) return at;
  if (!head) return at <= text.length ? at : -1;
  let best = -1;
  for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  return best;
}

function rejectJoin(tr: Transaction, pos: number, node: PMNode, change: StructureChange): boolean {
  const type = change.type ? tr.doc.type.schema.nodes[change.type] : undefined;
  const offset = joinPoint(node.textContent, change.at ?? -1, change.head ?? '');
  if (!type || offset < 0) return false;
  const at = pos + 1 + offset;
  // Its attributes as they were, its own record (a level change made before the join) included.
  const attrs: Record<string, unknown> = { ...(change.attrs ?? {}) };
  // The joined block's id comes back unless another block took it meanwhile.
  if (typeof attrs.id === 'string' && findBlockById(tr.doc, attrs.id) >= 0) attrs.id = '';
  const after = [{ type, attrs }];
  if (!canSplit(tr.doc, at, 1, after)) return false;
  tr.split(at, 1, after);
  return true;
}

/** Reject the structural suggestion `id` on `tr`: the former structure made again and the record cleared, or nothing at all. */
export function rejectStructureChange(tr: Transaction, id: string): RejectOutcome {
  const found = structureChanges(tr.doc).find((r) => r.change.id === id);
  if (!found) return 'done';
  const { pos, node, change } = found;
  const blockId = node.attrs.id as string;
  // Tried on a copy first, so a failure leaves `tr` as it was.
  const scratch = EditorState.create({ doc: tr.doc }).tr;
  let ok: boolean;
  try {
    if (change.kind === 'level') ok = rejectLevel(scratch, pos, node, change);
    else if (change.kind === 'move') ok = rejectMove(scratch, blockId, change);
    else if (change.kind === 'split') ok = rejectSplit(scratch, pos, node, change);
    else ok = rejectJoin(scratch, pos, node, change);
  } catch {
    // A step that does not fit the schema: the structure cannot be made again here.
    ok = false;
  }
  if (!ok) return 'blocked';
  for (const step of scratch.steps) tr.step(step);
  // The record goes with the edit (the block may have been rebuilt without it, or kept it).
  const at = blockId ? findBlockById(tr.doc, blockId) : -1;
  const still = at >= 0 ? changeOf(tr.doc.nodeAt(at)!) : null;
  if (still?.id === id) tr.setNodeAttribute(at, 'change', null);
  return 'done';
}

/** Reject every structural suggestion `wanted` picks, from the last in the document; those that cannot be are kept and counted. */
export function rejectStructureChanges(tr: Transaction, wanted: (c: StructureChange) => boolean): number {
  let blocked = 0;
  for (const { change } of structureChanges(tr.doc).reverse()) if (wanted(change) && rejectStructureChange(tr, change.id) === 'blocked') blocked++;
  return blocked;
}
