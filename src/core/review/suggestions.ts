/**
 * 修订 suggestions: text marked `insertion` or `deletion` (schema.ts), each
 * with the id of its suggestion, its author and its date.
 *
 * Both kinds stay in the document until someone decides: the 显示修订 view
 * shows inserted text underlined and deleted text struck; the final state
 * (最终状态) is the document with every suggestion accepted (insertions kept,
 * deletions gone) and the original state (原始状态) the document with every
 * suggestion rejected. Accepting or rejecting works on a transaction the
 * caller passes in, so each decision, however many pieces it touches, is one
 * transaction and one undo step.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { headingPath } from '../numbering.js';
import { isNumbered } from './finalState.js';
import { reportSchema } from '../schema.js';
import { blockLevel, changeOf, clearStructureChanges, type StructureKind } from './structure.js';

/** The attributes of a suggestion mark. `date` is ISO 8601. */
export interface SuggestionAttrs {
  id: string;
  author: string;
  date: string;
}

export type SuggestionKind = 'insert' | 'delete' | 'structure';

/** One suggestion as the list, the command line and the .docx export see it. */
export interface SuggestionInfo {
  id: string;
  kind: SuggestionKind;
  author: string;
  date: string;
  /** The text inserted or deleted, the pieces joined. */
  text: string;
  /** Heading path of where it starts, e.g. ["三", "（二）"]. */
  path: string[];
  /** Document position of its first piece (of the block, for a structural one). */
  pos: number;
  /** A level change: the former level and the level now (0 a paragraph, 1 part … 4 subitem), e.g. [2, 3] for （二） made item 1. */
  levels?: [number, number];
  /** A structural suggestion's kind (structure.ts): level, move, split or join. */
  change?: StructureKind;
}

export type Decision = 'accept' | 'reject';

const INSERT = 'insertion';
const DELETE = 'deletion';

export function isSuggestionMark(mark: Mark): boolean {
  return mark.type.name === INSERT || mark.type.name === DELETE;
}

/** The insertion or deletion mark of a text node, if any (a text may carry both: deleted by one reviewer after another inserted it). */
export function suggestionMarks(marks: readonly Mark[]): Mark[] {
  return marks.filter(isSuggestionMark);
}

/** A new insertion (or deletion) mark with these attributes. */
export function insertionMark(attrs: SuggestionAttrs): Mark {
  return reportSchema.marks[INSERT].create(attrs);
}

export function deletionMark(attrs: SuggestionAttrs): Mark {
  return reportSchema.marks[DELETE].create(attrs);
}

const hasMark = (node: PMNode, name: string): boolean => node.marks.some((m) => m.type.name === name);

/** The text of a node as it reads with every suggestion accepted: deleted text left out. */
export function finalText(node: PMNode): string {
  if (node.isText) return hasMark(node, DELETE) ? '' : (node.text ?? '');
  let out = '';
  node.descendants((child) => {
    if (child.isText && !hasMark(child, DELETE)) out += child.text;
    return true;
  });
  return out;
}

/** The text of a node as it read before the suggestions: inserted text left out. */
export function originalText(node: PMNode): string {
  if (node.isText) return hasMark(node, INSERT) ? '' : (node.text ?? '');
  let out = '';
  node.descendants((child) => {
    if (child.isText && !hasMark(child, INSERT)) out += child.text;
    return true;
  });
  return out;
}

/** Whether a document holds any suggestion: a mark or a structural record (a cheap walk that stops at the first). */
export function hasSuggestions(doc: PMNode): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.isText && node.marks.some(isSuggestionMark)) found = true;
    else if (node.isTextblock && changeOf(node)) found = true;
    return !found;
  });
  return found;
}

/** Every suggestion of a document in order, its pieces joined, with its heading path. */
export function listSuggestions(doc: PMNode): SuggestionInfo[] {
  const byKey = new Map<string, SuggestionInfo>();
  doc.descendants((node, pos) => {
    const change = node.isTextblock ? changeOf(node) : null;
    // A structural record: listed with the block's text (its first characters), at the block's start.
    if (change) {
      const levels: [number, number] | undefined = change.kind === 'level' ? [change.level ?? 0, blockLevel(node.type.name)] : undefined;
      byKey.set(`structure:${change.id}`, { id: change.id, kind: 'structure', author: change.author, date: change.date, text: node.textContent.slice(0, 30), path: headingPath(doc, pos + 1), pos: pos + 1, change: change.kind, ...(levels ? { levels } : {}) });
    }
    if (!node.isText) return true;
    for (const mark of suggestionMarks(node.marks)) {
      const kind: SuggestionKind = mark.type.name === INSERT ? 'insert' : 'delete';
      const attrs = mark.attrs as SuggestionAttrs;
      const key = `${kind}:${attrs.id}`;
      const known = byKey.get(key);
      if (known) known.text += node.text;
      else byKey.set(key, { id: attrs.id, kind, author: attrs.author, date: attrs.date, text: node.text ?? '', path: headingPath(doc, pos), pos });
    }
    return false;
  });
  return [...byKey.values()].sort((a, b) => a.pos - b.pos);
}

interface Piece {
  from: number;
  to: number;
  /** Remove the text (true) or only the mark (false). */
  remove: boolean;
  mark: Mark;
}

/**
 * What deciding the suggestions that `wanted` picks does to each marked
 * piece: accepting an insertion or rejecting a deletion keeps the text and
 * drops the mark; accepting a deletion or rejecting an insertion removes the
 * text.
 */
function piecesOf(doc: PMNode, decision: Decision, wanted: (attrs: SuggestionAttrs, kind: SuggestionKind) => boolean): Piece[] {
  const pieces: Piece[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of suggestionMarks(node.marks)) {
      const kind: SuggestionKind = mark.type.name === INSERT ? 'insert' : 'delete';
      if (!wanted(mark.attrs as SuggestionAttrs, kind)) continue;
      const remove = (kind === 'insert') === (decision === 'reject');
      pieces.push({ from: pos, to: pos + node.nodeSize, remove, mark });
    }
    return false;
  });
  return pieces;
}

/**
 * A paragraph whose whole text goes is removed with it, as Word removes a
 * paragraph inserted (or deleted) whole: rejecting a suggested new paragraph
 * leaves no empty one behind. Other blocks (headings, glossary terms) keep
 * their place, since the structure needs them.
 */
function emptiedParagraphs(doc: PMNode, removed: Piece[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const seen = new Set<number>();
  for (const piece of removed) {
    const $from = doc.resolve(piece.from);
    const block = $from.parent;
    const start = $from.before();
    if (block.type.name !== 'paragraph' || seen.has(start)) continue;
    seen.add(start);
    let kept = 0;
    const inner = start + 1;
    block.forEach((child, offset) => {
      const at = inner + offset;
      if (!removed.some((p) => p.from <= at && at + child.nodeSize <= p.to)) kept += child.nodeSize;
    });
    if (kept === 0) out.push({ from: start, to: start + block.nodeSize });
  }
  return out;
}

/** Whether every text of `node` (at `pos`) is in `removedAt` (the start positions of the text nodes that go), its first textblock holding some. */
function allRemoved(node: PMNode, pos: number, removedAt: Set<number>): boolean {
  const first = node.isTextblock ? node : node.firstChild;
  if (!first?.isTextblock || !first.childCount) return false;
  let whole = true;
  node.descendants((child, at) => {
    if (!whole) return false;
    if (child.isText) whole = removedAt.has(pos + 1 + at);
    else if (child.isLeaf) whole = false;
    return whole;
  });
  return whole;
}

/**
 * A part, section, item or subitem (or a glossary entry, an annex item) whose
 * heading and every text it holds go is removed whole, as the final state
 * reads it (finalState.ts goesWhole): accepting a section struck from its
 * heading to its last paragraph removes the section, and the sections after
 * it renumber; rejecting a section inserted whole removes it too. A heading
 * whose text alone goes while its body keeps text is left empty, its
 * container in place: the body still needs its number.
 */
function removedNumbered(doc: PMNode, removed: Piece[]): { from: number; to: number }[] {
  const removedAt = new Set(removed.map((p) => p.from));
  const out: { from: number; to: number }[] = [];
  const walk = (parent: PMNode, start: number): void => {
    parent.forEach((child, offset) => {
      const pos = start + offset;
      if (isNumbered(child) && allRemoved(child, pos, removedAt)) out.push({ from: pos, to: pos + child.nodeSize });
      else if (!child.isTextblock && !child.isLeaf) walk(child, pos + 1);
    });
  };
  walk(doc, 0);
  return out;
}

/**
 * Apply a decision to the suggestions `wanted` picks, as steps on `tr`. Returns `tr`.
 * Accepting a structural record clears it (the edit stays); rejecting one
 * needs the structure commands, which are the editor's (review/rejectStructure.ts): here it is left alone.
 */
export function decideSuggestions<T extends Transform>(tr: T, decision: Decision, wanted: (attrs: SuggestionAttrs, kind: SuggestionKind) => boolean): T {
  if (decision === 'accept') clearStructureChanges(tr, (c) => wanted(c, 'structure'));
  const doc = tr.doc;
  const pieces = piecesOf(doc, decision, wanted);
  if (!pieces.length) return tr;
  // A text both inserted and deleted (two reviewers) may be removed twice over: once is enough.
  const removed = [...new Map(pieces.filter((p) => p.remove).map((p) => [p.from, p])).values()];
  const numbered = removed.length ? removedNumbered(doc, removed) : [];
  const within = (r: { from: number; to: number }, outer: { from: number; to: number }[]) => outer.some((b) => b.from <= r.from && r.to <= b.to && b !== r);
  const blocks = [...numbered, ...emptiedParagraphs(doc, removed).filter((b) => !within(b, numbered))];
  // Marks first (positions unchanged), then deletions from the end, so earlier positions hold.
  for (const p of pieces) if (!p.remove) tr.removeMark(p.from, p.to, p.mark);
  const deletions = [
    ...blocks,
    ...removed.filter((p) => !blocks.some((b) => b.from < p.from && p.to < b.to)),
  ].sort((a, b) => b.from - a.from);
  for (const d of deletions) tr.delete(d.from, d.to);
  return tr;
}

/** Accept one suggestion (all its pieces) in `tr`. */
export function acceptSuggestion<T extends Transform>(tr: T, id: string): T {
  return decideSuggestions(tr, 'accept', (a) => a.id === id);
}

/** Reject one suggestion (all its pieces) in `tr`. */
export function rejectSuggestion<T extends Transform>(tr: T, id: string): T {
  return decideSuggestions(tr, 'reject', (a) => a.id === id);
}

export function acceptAll<T extends Transform>(tr: T): T {
  return decideSuggestions(tr, 'accept', () => true);
}

export function rejectAll<T extends Transform>(tr: T): T {
  return decideSuggestions(tr, 'reject', () => true);
}

/** Accept every suggestion by one author (审阅者). */
export function acceptByAuthor<T extends Transform>(tr: T, author: string): T {
  return decideSuggestions(tr, 'accept', (a) => a.author === author);
}

export function rejectByAuthor<T extends Transform>(tr: T, author: string): T {
  return decideSuggestions(tr, 'reject', (a) => a.author === author);
}

/** The document as it reads with every suggestion accepted (最终状态); the same node when it has none. */
export function finalDoc(doc: PMNode): PMNode {
  return hasSuggestions(doc) ? acceptAll(new Transform(doc)).doc : doc;
}

/** The document as it read before the suggestions (原始状态). */
export function originalDoc(doc: PMNode): PMNode {
  return hasSuggestions(doc) ? rejectAll(new Transform(doc)).doc : doc;
}
