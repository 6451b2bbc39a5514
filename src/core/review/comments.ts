/**
 * 批注 comments. A comment is kept beside the document (in the .caogao file),
 * not in it, and points at a range of one block's text: the block's stable id
 * and offsets into its text, with the text it quoted.
 *
 * The anchor follows every transaction (mapCommentAnchors): the range is
 * resolved to document positions in the document before, mapped through the
 * transaction's steps, and read back as block and offsets in the document
 * after. So typing before it moves it, typing inside it extends it, and a
 * split or a merged paragraph carries it along. Two cases mapping alone does
 * not see:
 *   - the block moved with its section (a cut and a paste, which map as a
 *     deletion): the block is found again by its id, and the range by its
 *     quoted text;
 *   - its text deleted: the comment stays, collapsed on the place where the
 *     text was, marked `deleted` (原文已删除). A comment is never dropped.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { newId } from '../ids.js';
import { headingPath } from '../numbering.js';

/** A reply to a comment (回复). `date` is ISO 8601. */
export interface CommentReply {
  id: string;
  author: string;
  date: string;
  text: string;
}

/**
 * Where a comment points: `from`/`to` are offsets into the text of the block
 * whose id is `blockId`; `quote` is the text there; `deleted` says the text
 * is gone and the comment stands on the place it was (原文已删除).
 */
export interface CommentAnchor {
  blockId: string;
  from: number;
  to: number;
  quote: string;
  deleted?: boolean;
  /** When the whole block went, the id it had: an undo or a paste that brings it back brings the comment back. */
  lostBlockId?: string;
}

/** 批注: a comment with its author, date (ISO 8601), replies and 已解决 state. */
export interface ReviewComment {
  id: string;
  author: string;
  initials?: string;
  date: string;
  text: string;
  anchor: CommentAnchor;
  resolved: boolean;
  replies: CommentReply[];
}

/** A comment as the list and the command line show it: its heading path and the text it points at. */
export interface CommentInfo extends ReviewComment {
  path: string[];
  /** The commented text as it reads now, or the quote when it was deleted. */
  anchorText: string;
  /** Document position of the anchor's start, or -1 when its block is not found. */
  pos: number;
}

/** Textblocks by id, each with every position it occurs at (ids are unique, but a split copies one until the ids plugin runs). */
export function textblocksById(doc: PMNode): Map<string, number[]> {
  const out = new Map<string, number[]>();
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const id = node.attrs.id as string | undefined;
    if (id) {
      const list = out.get(id);
      if (list) list.push(pos);
      else out.set(id, [pos]);
    }
    return false;
  });
  return out;
}

const clampTo = (n: number, max: number): number => Math.max(0, Math.min(n, max));

/** Of the blocks with the anchor's id, the one whose text at the offsets is the quote (else the first). */
function pickBlock(doc: PMNode, positions: number[] | undefined, anchor: CommentAnchor): number | undefined {
  if (!positions?.length) return undefined;
  if (positions.length === 1) return positions[0];
  return positions.find((pos) => doc.nodeAt(pos)!.textContent.slice(anchor.from, anchor.to) === anchor.quote) ?? positions[0];
}

/** The document positions of an anchor, or null when its block is not in `doc`. */
export function anchorRange(doc: PMNode, anchor: CommentAnchor, index = textblocksById(doc)): { from: number; to: number } | null {
  const pos = pickBlock(doc, index.get(anchor.blockId), anchor);
  if (pos === undefined) return null;
  const size = doc.nodeAt(pos)!.content.size;
  const from = clampTo(anchor.from, size);
  return { from: pos + 1 + from, to: pos + 1 + Math.max(from, clampTo(anchor.to, size)) };
}

/** The textblock holding `pos`, or the nearest one after it (else before it): where a comment on deleted text stands. */
function textblockNear(doc: PMNode, pos: number): { node: PMNode; start: number } | null {
  const $pos = doc.resolve(clampTo(pos, doc.content.size));
  if ($pos.parent.isTextblock) return { node: $pos.parent, start: $pos.start() };
  let after: { node: PMNode; start: number } | null = null;
  let before: { node: PMNode; start: number } | null = null;
  doc.nodesBetween(pos, doc.content.size, (node, at) => {
    if (after) return false;
    if (node.isTextblock && at >= pos) after = { node, start: at + 1 };
    return !node.isTextblock;
  });
  if (after) return after;
  doc.nodesBetween(0, pos, (node, at) => {
    if (node.isTextblock) before = { node, start: at + 1 };
    return !node.isTextblock;
  });
  return before;
}

/** The anchor of a range of document positions inside one textblock (the end is cut at the block's end). */
export function anchorFromRange(doc: PMNode, from: number, to: number): CommentAnchor | null {
  const $from = doc.resolve(clampTo(from, doc.content.size));
  if (!$from.parent.isTextblock) return null;
  const start = $from.start();
  const end = Math.max(from, Math.min(to, $from.end()));
  return { blockId: $from.parent.attrs.id as string, from: from - start, to: end - start, quote: doc.textBetween(from, end) };
}

function sameAnchor(a: CommentAnchor, b: CommentAnchor): boolean {
  return a.blockId === b.blockId && a.from === b.from && a.to === b.to && a.quote === b.quote && !!a.deleted === !!b.deleted && a.lostBlockId === b.lostBlockId;
}

/** Where a moved block's anchor is: its quote found again in it (at the old offsets, else the first place), or null. */
function refind(block: PMNode, anchor: CommentAnchor): { from: number; to: number } | null {
  if (!anchor.quote) return null;
  const text = block.textContent;
  if (text.slice(anchor.from, anchor.to) === anchor.quote) return { from: anchor.from, to: anchor.to };
  const at = text.indexOf(anchor.quote);
  return at >= 0 ? { from: at, to: at + anchor.quote.length } : null;
}

/** Whether the block holding `pos` in the document before was removed whole by the transaction (cut, or moved away). */
function blockRemoved(tr: Transform, pos: number): boolean {
  const $pos = tr.before.resolve(pos);
  const start = $pos.before();
  return tr.mapping.map(start, 1) >= tr.mapping.map(start + $pos.parent.nodeSize, -1);
}

/**
 * A comment on deleted text whose text comes back (an undo, a paste of the
 * block) anchors on it again: the place is widened over what the
 * transaction inserted there, and the quote looked for in it; or its lost
 * block is back under its id.
 */
function restored(tr: Transform, anchor: CommentAnchor, range: { from: number; to: number } | null, after: () => Map<string, number[]>): CommentAnchor | null {
  const doc = tr.doc;
  if (anchor.lostBlockId) {
    const pos = after().get(anchor.lostBlockId)?.[0];
    if (pos === undefined) return null;
    const block = doc.nodeAt(pos)!;
    const at = block.textContent.indexOf(anchor.quote);
    return at >= 0 && anchor.quote ? { blockId: anchor.lostBlockId, from: at, to: at + anchor.quote.length, quote: anchor.quote } : null;
  }
  if (!range || !anchor.quote) return null;
  const from = tr.mapping.map(range.from, -1);
  const to = tr.mapping.map(range.to, 1);
  if (to - from < anchor.quote.length) return null;
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock || to > $from.end()) return null;
  const at = doc.textBetween(from, to).indexOf(anchor.quote);
  return at >= 0 ? anchorFromRange(doc, from + at, from + at + anchor.quote.length) : null;
}

function mapAnchor(tr: Transform, anchor: CommentAnchor, before: Map<string, number[]>, after: () => Map<string, number[]>): CommentAnchor {
  const range = anchorRange(tr.before, anchor, before);
  const doc = tr.doc;
  if (anchor.deleted) {
    const back = restored(tr, anchor, range, after);
    if (back) return back;
  }
  if (!range) {
    // Its block was not in the document before (an anchor read from a file that no longer fits): look again after.
    const again = anchorRange(doc, anchor, after());
    return again ? { ...anchor, ...(anchorFromRange(doc, again.from, again.to) ?? {}) } : anchor;
  }
  const collapsedBefore = range.from === range.to;
  const start = tr.mapping.mapResult(range.from, 1);
  const end = tr.mapping.mapResult(range.to, collapsedBefore ? 1 : -1);
  const from = start.pos;
  const to = Math.max(from, end.pos);
  const lost = !collapsedBefore && from === to;
  if (lost) {
    // Gone from here: the block may have moved with its section (found by its id), else the text was deleted.
    const moved = blockRemoved(tr, range.from) ? pickBlock(doc, after().get(anchor.blockId), anchor) : undefined;
    const at = moved === undefined ? null : refind(doc.nodeAt(moved)!, anchor);
    if (at) return { blockId: anchor.blockId, ...at, quote: anchor.quote };
    const place = textblockNear(doc, from);
    if (!place) return { ...anchor, deleted: true };
    const offset = clampTo(from - place.start, place.node.content.size);
    const blockId = place.node.attrs.id as string;
    const lost = blockId === anchor.blockId || after().has(anchor.blockId) ? {} : { lostBlockId: anchor.blockId };
    return { blockId, from: offset, to: offset, quote: anchor.quote, deleted: true, ...lost };
  }
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock) {
    const place = textblockNear(doc, from);
    if (!place) return anchor;
    const offset = clampTo(from - place.start, place.node.content.size);
    return { ...anchor, blockId: place.node.attrs.id as string, from: offset, to: offset };
  }
  const next = anchorFromRange(doc, from, to)!;
  // A collapsed anchor (on deleted text) keeps the quote of what was there, and the id of its lost block.
  if (anchor.deleted || collapsedBefore) {
    return { ...next, quote: anchor.quote, ...(anchor.deleted ? { deleted: true } : {}), ...(anchor.lostBlockId ? { lostBlockId: anchor.lostBlockId } : {}) };
  }
  return next;
}

/**
 * The comments with their anchors mapped through a transaction (any
 * Transform: `tr.before`, `tr.mapping` and `tr.doc` are read). Comments whose
 * anchor did not change are returned as they were, and the same array when
 * none changed, so a plugin can compare by identity.
 */
export function mapCommentAnchors(comments: readonly ReviewComment[], tr: Transform): readonly ReviewComment[] {
  if (!comments.length || !tr.docChanged) return comments;
  const before = textblocksById(tr.before);
  let afterIndex: Map<string, number[]> | null = null;
  const after = (): Map<string, number[]> => (afterIndex ??= textblocksById(tr.doc));
  let changed = false;
  const out = comments.map((comment) => {
    const anchor = mapAnchor(tr, comment.anchor, before, after);
    if (sameAnchor(anchor, comment.anchor)) return comment;
    changed = true;
    return { ...comment, anchor };
  });
  return changed ? out : comments;
}

/** Comments in document order, each with its heading path and the text it points at. */
export function listComments(comments: readonly ReviewComment[], doc: PMNode): CommentInfo[] {
  const index = textblocksById(doc);
  return comments
    .map((comment) => {
      const range = anchorRange(doc, comment.anchor, index);
      const anchorText = !range || comment.anchor.deleted ? comment.anchor.quote : doc.textBetween(range.from, range.to);
      return { ...comment, path: range ? headingPath(doc, range.from) : [], anchorText, pos: range ? range.from : -1 };
    })
    .sort((a, b) => (a.pos < 0 ? Infinity : a.pos) - (b.pos < 0 ? Infinity : b.pos));
}

/** What a new comment or reply needs from the user: who writes it and what. `date` defaults to now. */
export interface CommentDraft {
  author: string;
  initials?: string;
  text: string;
  date?: string;
}

/** A new comment on the document range from…to (one block: the end is cut at the block's end), or null outside a textblock. */
export function createComment(doc: PMNode, from: number, to: number, draft: CommentDraft): ReviewComment | null {
  const anchor = anchorFromRange(doc, from, to);
  if (!anchor) return null;
  return {
    id: newId(),
    author: draft.author,
    ...(draft.initials ? { initials: draft.initials } : {}),
    date: draft.date ?? new Date().toISOString(),
    text: draft.text,
    anchor,
    resolved: false,
    replies: [],
  };
}

/** The comment with a reply added at the end. */
export function addReply(comment: ReviewComment, draft: CommentDraft): ReviewComment {
  const reply: CommentReply = { id: newId(), author: draft.author, date: draft.date ?? new Date().toISOString(), text: draft.text };
  return { ...comment, replies: [...comment.replies, reply] };
}

/** 已解决 / reopen. */
export function setResolved(comment: ReviewComment, resolved: boolean): ReviewComment {
  return comment.resolved === resolved ? comment : { ...comment, resolved };
}
