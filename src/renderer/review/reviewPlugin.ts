/**
 * Review (审阅) in the editor's state: the 批注 comments of the document
 * (mapped through every transaction, so they follow the text), 修订模式 and
 * who is writing, and the highlights of the commented ranges.
 *
 * While 修订模式 is on, appendTransaction records each edit the user makes
 * as suggestions (trackChanges.ts), in the same undo step: text as marks, a
 * structural edit as the `change` attribute of its block (structure.ts). While an input
 * method composes nothing is added (a change under the composition would
 * break it): the composed ranges are kept, and marked as insertions when
 * the composition ends (`markComposed`).
 *
 * The highlights are inline decorations built when the comments change as a
 * set (added, deleted, loaded, resolved) and otherwise mapped through each
 * transaction, which costs nothing per keystroke.
 */
import { isHistoryTransaction } from 'prosemirror-history';
import type { Node as PMNode, Slice } from 'prosemirror-model';
import { ReplaceStep } from 'prosemirror-transform';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { anchorRange, textblocksById, type ReviewComment } from '../../core/review/index.js';
import { mapComments } from './mapComments.js';
import { newId } from '../../core/ids.js';
import { continuedInsertion, isUserEdit, markDeleted, trackEdit } from './trackChanges.js';
import { blockLevel, canHoldChange, changeOf, mergeStructureChange, placeOfHeading, type InferredChange } from '../../core/review/structure.js';
import { findBlockById } from '../structure/replace.js';
import { changedRanges } from '../editor/changedRanges.js';

interface Struck {
  pos: number;
  slice: Slice;
}

export interface ReviewState {
  comments: readonly ReviewComment[];
  tracking: boolean;
  /** Ranges an input method composed while tracking: marked when it ends. */
  composed: readonly { from: number; to: number }[];
  /** Text a composition took away that was not its own (a selection it replaced), and where: put back, struck, when it ends. */
  struck: readonly Struck[];
  highlights: DecorationSet;
  /** The comment the user is on (its card and range stand out). */
  active: string | null;
}

type Meta =
  | { comments: readonly ReviewComment[] }
  | { tracking: boolean }
  | { active: string | null }
  | { composedDone: true }
  /** An edit that is not the user's writing (accepting or rejecting a suggestion): never recorded as one. */
  | { untracked: true };

export const reviewKey = new PluginKey<ReviewState>('review');

export function reviewState(state: EditorState): ReviewState {
  return reviewKey.getState(state)!;
}

/** A transaction that changes review state only (never the text, never an undo step). */
export function setReview(tr: Transaction, meta: Meta): Transaction {
  return tr.setMeta(reviewKey, meta).setMeta('addToHistory', false);
}

function highlights(doc: PMNode, comments: readonly ReviewComment[], active: string | null): DecorationSet {
  if (!comments.length) return DecorationSet.empty;
  const index = textblocksById(doc);
  const decos: Decoration[] = [];
  for (const c of comments) {
    const range = anchorRange(doc, c.anchor, index);
    if (!range || c.anchor.deleted) continue;
    const cls = `comment-range${c.resolved ? ' resolved' : ''}${c.id === active ? ' active' : ''}`;
    if (range.to > range.from) decos.push(Decoration.inline(range.from, range.to, { class: cls, 'data-comment': c.id }, { comment: c.id }));
  }
  return DecorationSet.create(doc, decos);
}

export interface ReviewPluginOptions {
  /** Who is writing (the user's settings). */
  author(): string;
  /** After every state update of the view (the margin and the list follow). */
  onUpdate?(view: EditorView, previous: EditorState): void;
  now?(): string;
}

export function reviewPlugin(options: ReviewPluginOptions): Plugin<ReviewState> {
  const now = options.now ?? (() => new Date().toISOString());
  let view: EditorView | null = null;
  const composing = () => !!view?.composing;
  return new Plugin<ReviewState>({
    key: reviewKey,
    state: {
      init: () => ({ comments: [], tracking: false, composed: [], struck: [], highlights: DecorationSet.empty, active: null }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(reviewKey) as Meta | undefined;
        let next = value;
        if (tr.docChanged) {
          const comments = mapComments(value.comments, tr);
          next = {
            ...value,
            comments,
            highlights: value.highlights.map(tr.mapping, tr.doc),
            composed: value.composed.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) })).filter((r) => r.to > r.from),
            struck: value.struck.map((r) => ({ pos: tr.mapping.map(r.pos, -1), slice: r.slice })),
          };
          // Text typed inside an input method's composition while tracking: kept to be marked when it ends.
          if (value.tracking && (composing() || value.composed.length) && !tr.getMeta(reviewKey) && !tr.getMeta('appendedTransaction') && !isHistoryTransaction(tr)) {
            const added = changedRanges(tr).filter((r) => r.to > r.from);
            next = { ...next, composed: [...next.composed, ...added], struck: [...next.struck, ...removedNotComposed(tr, value.composed)] };
          }
        }
        if (!meta) return next;
        if ('comments' in meta) return { ...next, comments: meta.comments, highlights: highlights(state.doc, meta.comments, next.active) };
        if ('active' in meta) return { ...next, active: meta.active, highlights: highlights(state.doc, next.comments, meta.active) };
        if ('composedDone' in meta) return { ...next, composed: [], struck: [] };
        if ('untracked' in meta) return next;
        return { ...next, ...meta };
      },
    },
    props: {
      decorations: (state) => reviewKey.getState(state)?.highlights,
    },
    view(v) {
      view = v;
      return {
        update: (updated, previous) => options.onUpdate?.(updated, previous),
        destroy() {
          view = null;
        },
      };
    },
    appendTransaction(trs, oldState, newState) {
      const review = reviewKey.getState(newState);
      // While composing, and until the composed text is marked, the input method's edits are its own: not tracked.
      if (!review?.tracking || composing() || review.composed.length) return null;
      const wanted = (tr: Transaction) => isUserEdit(tr, isHistoryTransaction) && !tr.getMeta(reviewKey);
      if (!trs.some(wanted)) return null;
      const date = now();
      const author = options.author();
      const { tr, structure } = trackEdit(trs, oldState, newState, { author, date }, wanted);
      if (!structure) return tr;
      const out = tr ?? newState.tr;
      return recordStructure(out, oldState.doc, structure, { id: newId(), author, date }) || tr ? out : null;
    },
  });
}

/**
 * Put a structural record on its block in `tr` (merged with the record the
 * block had before the edit, structure.ts). False when nothing changed.
 */
function recordStructure(tr: Transaction, oldDoc: PMNode, inferred: InferredChange, now: { id: string; author: string; date: string }): boolean {
  const record = inferred.record;
  const pos = record ? findBlockById(tr.doc, inferred.blockId) : -1;
  const node = pos >= 0 ? tr.doc.nodeAt(pos) : null;
  if (!record || !node || !canHoldChange(node)) return false;
  const oldPos = findBlockById(oldDoc, inferred.blockId);
  const previous = oldPos >= 0 ? changeOf(oldDoc.nodeAt(oldPos)!) : null;
  const current = { level: blockLevel(node.type.name), place: placeOfHeading(tr.doc, inferred.blockId) };
  const change = mergeStructureChange(previous ?? changeOf(node), record, now, current);
  if (JSON.stringify(change) === JSON.stringify(node.attrs.change)) return false;
  tr.setNodeAttribute(pos, 'change', change);
  return true;
}

/**
 * The text each step of `tr` took away that an input method had not composed
 * (`composed`, in the positions before `tr`): the selection a composition
 * replaced, not the pinyin it rewrites as it goes. Positions are in `tr.doc`.
 */
function removedNotComposed(tr: Transaction, composed: readonly { from: number; to: number }[]): Struck[] {
  const out: Struck[] = [];
  let own = composed.slice();
  tr.steps.forEach((step, i) => {
    if (step instanceof ReplaceStep && step.to > step.from) {
      const before = tr.docs[i];
      const later = tr.mapping.slice(i);
      let cursor = step.from;
      const pieces: [number, number][] = [];
      for (const r of own.filter((x) => x.to > step.from && x.from < step.to).sort((a, b) => a.from - b.from)) {
        if (r.from > cursor) pieces.push([cursor, r.from]);
        cursor = Math.max(cursor, r.to);
      }
      if (cursor < step.to) pieces.push([cursor, step.to]);
      for (const [from, to] of pieces) {
        const slice = before.slice(from, to);
        if (slice.content.textBetween(0, slice.content.size, '')) out.push({ pos: later.map(from, -1), slice });
      }
    }
    const map = step.getMap();
    own = own.map((r) => ({ from: map.map(r.from, -1), to: map.map(r.to, 1) })).filter((r) => r.to > r.from);
    map.forEach((_a, _b, from, to) => {
      if (to > from) own.push({ from, to });
    });
  });
  return out;
}

/** After a composition in 修订模式: mark what it typed as the author's insertion (one transaction, joined to the typing's undo step). */
export function markComposed(view: EditorView, author: string): void {
  const review = reviewKey.getState(view.state);
  if (!review?.composed.length && !review?.struck.length) return;
  const { insertion, deletion } = view.state.schema.marks;
  const tr = view.state.tr;
  const date = new Date().toISOString();
  for (const r of review.composed) {
    const to = Math.min(r.to, tr.doc.content.size);
    if (to <= r.from) continue;
    const mark = continuedInsertion(tr.doc, r.from, insertion, author) ?? insertion.create({ id: newId(), author, date });
    tr.removeMark(r.from, to, deletion);
    tr.addMark(r.from, to, mark);
  }
  // What the composition replaced: back before the composed text, from the last so earlier positions hold, struck.
  const struckAttrs = { id: newId(), author, date };
  for (const r of [...review.struck].sort((a, b) => b.pos - a.pos)) {
    const at = Math.min(tr.mapping.map(r.pos, -1), tr.doc.content.size);
    const size = tr.doc.content.size;
    tr.replace(at, at, r.slice);
    markDeleted(tr, at, at + (tr.doc.content.size - size), deletion, insertion, author, struckAttrs);
  }
  tr.setMeta(reviewKey, { composedDone: true });
  view.dispatch(tr);
}
