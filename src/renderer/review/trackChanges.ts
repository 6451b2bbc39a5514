/**
 * 修订模式: turning an edit into suggestions, as Word's Track Changes does.
 *
 * The edit is made first, as usual (typing, a paste, Backspace, an input
 * method's commit), and `trackEdit` then returns one transaction, appended
 * to it (same undo step), that records it:
 *   - text the edit inserted gets an insertion mark with the author, the time
 *     and a suggestion id (the id of the author's insertion right before it
 *     when there is one, so a typed run is one suggestion);
 *   - text the edit deleted is put back where it was, with a deletion mark,
 *     except text that was the same author's own insertion, which really goes
 *     (deleting what you just suggested does not suggest deleting it); text
 *     already marked deleted is put back as it was;
 *   - an edit that moves or re-wraps text without changing it (a heading's
 *     level, a section moved, a paragraph split or two joined) changes no
 *     text: it is kept as made, and what it changed is returned to be
 *     recorded on the block (core/review/structure.ts).
 * The caret goes where Word puts it: Backspace leaves it before the struck
 * text (so the next Backspace strikes the character before), Delete after it.
 *
 * Only ReplaceSteps carry text; a ReplaceAroundStep (wrapping, lifting) is
 * structure. Positions are carried from each step's document to the document
 * after all the transactions by the mapping of the steps that came later.
 */
import type { Mark, MarkType, Node as PMNode, Slice } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping, ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';
import { newId } from '../../core/ids.js';
import { levelOf } from '../../core/schema.js';
import { inferStructureChange, type InferredChange } from '../../core/review/structure.js';

export interface TrackOptions {
  author: string;
  /** ISO 8601 time of the edit. */
  date: string;
}

export interface Tracked {
  tr: Transaction | null;
  /** A structural edit (a level, a move, a split, a join): the block its record goes on and what it records. */
  structure: InferredChange | null;
}

interface Insert {
  from: number;
  to: number;
}

interface Removal {
  pos: number;
  slice: Slice;
  /** Deleted backwards from a caret (Backspace): the caret stays before the struck text. */
  backward: boolean;
}

function sliceText(slice: Slice): string {
  return slice.content.textBetween(0, slice.content.size, '');
}

/**
 * The insertion mark by `author` on the text just before `pos`, for typing to go on in the same suggestion:
 * its id and date are kept, so the run stays one mark (one element, one entry in the list).
 */
export function continuedInsertion(doc: PMNode, pos: number, type: MarkType, author: string): Mark | null {
  const before = doc.resolve(pos).nodeBefore;
  const mark = before?.isText ? type.isInSet(before.marks) : undefined;
  return mark && mark.attrs.author === author ? mark : null;
}

/** Whether a transaction is one the user made and 修订模式 should record (not an undo, not another plugin's follow-up). */
export function isUserEdit(tr: Transaction, isHistory: (tr: Transaction) => boolean): boolean {
  return tr.docChanged && !tr.getMeta('appendedTransaction') && !isHistory(tr);
}

export function trackEdit(trs: readonly Transaction[], oldState: EditorState, newState: EditorState, options: TrackOptions, wanted: (tr: Transaction) => boolean): Tracked {
  const schema = newState.schema;
  const insertion = schema.marks.insertion;
  const deletion = schema.marks.deletion;
  // Every step of every transaction in order, so a step's positions can be carried to the document after all of them.
  const all = new Mapping();
  const steps: { tr: Transaction; index: number; global: number }[] = [];
  for (const tr of trs) {
    tr.steps.forEach((_, index) => steps.push({ tr, index, global: all.maps.length + index }));
    all.appendMapping(tr.mapping);
  }
  const inserts: Insert[] = [];
  const removals: Removal[] = [];
  let structural = false;
  let deletedText = '';
  let insertedText = '';
  // Containers a step put in whole (a moved section): tells the moved one of two swapped.
  const inserted = new Set<string>();
  // Whether a step put in whole blocks (the rest of a heading moved into a new paragraph by Enter).
  let blocksIn = false;
  for (const { tr, index, global } of steps) {
    if (!wanted(tr)) continue;
    const step = tr.steps[index];
    const later = all.slice(global + 1);
    if (step instanceof ReplaceAroundStep) {
      structural = true;
      continue;
    }
    if (!(step instanceof ReplaceStep)) continue;
    const before = tr.docs[index];
    const removed = before.slice(step.from, step.to);
    const removedText = sliceText(removed);
    const added = sliceText(step.slice);
    deletedText += removedText;
    insertedText += added;
    step.slice.content.forEach((node) => {
      if (levelOf(node.type.name) > 0) inserted.add(node.attrs.id as string);
      if (!node.isInline) blocksIn = true;
    });
    // A split or a join: block boundaries only, no text either way.
    if (!removedText && !added) {
      if (removed.size || step.slice.size) structural = true;
      continue;
    }
    if (step.slice.size) inserts.push({ from: later.map(step.from, -1), to: later.map(step.from + step.slice.size, 1) });
    const sel = oldState.selection;
    const backward = before === oldState.doc && (!sel.empty || sel.head === step.to);
    if (removedText) removals.push({ pos: later.map(step.from, -1), slice: removed, backward });
  }
  // Text taken away and put back unchanged (a heading's level, a section moved): structure, not text.
  const moved = !!deletedText && deletedText === insertedText && (structural || blocksIn || removals.some((r) => r.slice.openStart > 0 || r.slice.content.childCount > 1 || !r.slice.content.firstChild?.isInline));
  if (moved || (structural && !inserts.length && !removals.length)) {
    const inferred = inferStructureChange(oldState.doc, newState.doc, inserted);
    // Text moved that is none of the four (paragraphs dragged elsewhere): tracked as its deletion and insertion.
    if (inferred || !moved) return { tr: null, structure: inferred };
  }

  const out = newState.tr;
  const attrs = (id: string) => ({ id, author: options.author, date: options.date });
  // Insertions: marked as the author's, with the id of the author's insertion just before, if any.
  for (const ins of inserts) {
    if (ins.to <= ins.from) continue;
    const mark = continuedInsertion(out.doc, ins.from, insertion, options.author) ?? insertion.create(attrs(newId()));
    out.removeMark(ins.from, ins.to, deletion);
    out.addMark(ins.from, ins.to, mark);
  }
  // Deletions: put back, from the last so earlier positions hold, then marked.
  let caret: number | null = null;
  const deletionId = newId();
  for (const removal of [...removals].sort((a, b) => b.pos - a.pos)) {
    const at = out.mapping.map(removal.pos, -1);
    const size = out.doc.content.size;
    out.replace(at, at, removal.slice);
    const end = at + (out.doc.content.size - size);
    const marked = out.mapping.maps.length;
    // Backspace after Backspace: the author's deletion right beside it goes on (one mark, one suggestion).
    const beside = [out.doc.resolve(end).nodeAfter, out.doc.resolve(at).nodeBefore].map((n) => (n?.isText ? deletion.isInSet(n.marks) : undefined)).find((m) => m && m.attrs.author === options.author);
    markDeleted(out, at, end, deletion, insertion, options.author, beside ? (beside.attrs as Record<string, string>) : attrs(deletionId));
    // Only a deletion moves the caret; after typing over a selection it stays after the typed text.
    if (!inserts.length) caret = removal.backward ? at : out.mapping.slice(marked).map(end);
  }
  if (caret !== null) {
    const pos = Math.max(0, Math.min(caret, out.doc.content.size));
    const $pos = out.doc.resolve(pos);
    if ($pos.parent.isTextblock) out.setSelection(TextSelection.create(out.doc, pos));
  }
  // A split or a join that also took text (Enter over a selection): the text is put back, so the blocks read as before.
  return { tr: out.docChanged ? out : null, structure: structural ? inferStructureChange(oldState.doc, out.doc, inserted) : null };
}

/**
 * Mark the put-back text [from, to) deleted: text that was the author's own
 * insertion goes for good, text already deleted keeps its mark, and the rest
 * gets a deletion mark with `attrs`.
 */
export function markDeleted(tr: Transaction, from: number, to: number, deletion: MarkType, insertion: MarkType, author: string, attrs: Record<string, string>): void {
  const own: { from: number; to: number }[] = [];
  const mark: Mark = deletion.create(attrs);
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    const ins = insertion.isInSet(node.marks);
    if (ins && ins.attrs.author === author) own.push({ from: start, to: end });
    else if (!deletion.isInSet(node.marks)) tr.addMark(start, end, mark);
    return false;
  });
  for (const range of own.reverse()) tr.delete(range.from, range.to);
}
