/**
 * A reviewer's marks from a .docx put on the imported report: tracked
 * changes become 修订 suggestions with their authors and dates (never
 * accepted silently), comments become 批注 anchored to the same text, with
 * their replies and 已解决 state.
 *
 * The scan (docxReviewScan.ts) gives offsets into the text of the Word
 * paragraphs; the report holds the same text, less what the importer takes
 * out (typed numbers such as 一、 and （一）, empty lines) and split where a
 * run-in heading is. So each textblock of the report is found again in the
 * scanned text, in order, within a window after the last one found; a block
 * not found whole (a character the importer changed) is matched character by
 * character. Every scanned character then knows its document position, or
 * that it has none, and a mark covers exactly the characters that came from
 * its range.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { newId as randomId } from '../../core/ids.js';
import type { ImportNotice } from '../../core/import/notices.js';
import { message, type Lang, type MessageKey } from '../../core/messages/index.js';
import type { CommentAnchor, ReviewComment } from '../../core/review/comments.js';
import { blockLevel, canHoldChange, changeOf, type StructureChange } from '../../core/review/structure.js';
import { deletionMark, insertionMark } from '../../core/review/suggestions.js';
import type { DocxReviewScan, ReviewProblems, ScannedParagraphChange } from './docxReviewScan.js';

/** How far past the last block found the next one is looked for (characters of dropped text: numbers, empty paragraphs). */
const WINDOW = 4000;
/** How far one character is looked for when a block is matched character by character. */
const CHAR_WINDOW = 64;

/** For each character of `text`, its position in `doc`, or -1. */
export function alignText(doc: PMNode, text: string): Int32Array {
  const at = new Int32Array(text.length).fill(-1);
  let p = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const own = node.textContent;
    if (!own) return false;
    const k = text.slice(p, p + WINDOW + own.length).indexOf(own);
    if (k >= 0) {
      for (let i = 0; i < own.length; i++) at[p + k + i] = pos + 1 + i;
      p += k + own.length;
      return false;
    }
    for (let i = 0; i < own.length; i++) {
      const j = text.slice(p, p + CHAR_WINDOW).indexOf(own[i]);
      if (j < 0) continue;
      at[p + j] = pos + 1 + i;
      p += j + 1;
    }
    return false;
  });
  return at;
}

/** Runs of consecutive document positions among the characters from…to. */
function segments(at: Int32Array, from: number, to: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = from; i < to && i < at.length; i++) {
    const pos = at[i];
    if (pos < 0) continue;
    const last = out.at(-1);
    if (last && last.to === pos) last.to = pos + 1;
    else out.push({ from: pos, to: pos + 1 });
  }
  return out;
}

/** The first character at or after `i` with a position (else before it). */
function nearestPlaced(at: Int32Array, i: number): number {
  for (let j = Math.max(0, i); j < at.length; j++) if (at[j] >= 0) return at[j];
  for (let j = Math.min(i, at.length) - 1; j >= 0; j--) if (at[j] >= 0) return at[j] + 1;
  return -1;
}

function anchorOf(doc: PMNode, at: Int32Array, from: number, to: number): CommentAnchor | null {
  const pieces = segments(at, from, to);
  if (pieces.length) {
    const $from = doc.resolve(pieces[0].from);
    const start = $from.start();
    const end = Math.min($from.end(), Math.max(...pieces.filter((s) => s.from <= $from.end()).map((s) => s.to)));
    return { blockId: $from.parent.attrs.id as string, from: pieces[0].from - start, to: end - start, quote: doc.textBetween(pieces[0].from, end) };
  }
  // A range of no text (a point comment, or on text the importer took out): a point where it stood.
  let pos = nearestPlaced(at, from);
  if (pos < 0) {
    doc.descendants((node, p) => {
      if (pos < 0 && node.isTextblock) pos = p + 1;
      return pos < 0;
    });
  }
  if (pos < 0) return null;
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  const offset = pos - $pos.start();
  return { blockId: $pos.parent.attrs.id as string, from: offset, to: offset, quote: '' };
}

export interface AppliedReview {
  doc: PMNode;
  comments: ReviewComment[];
  notices: ImportNotice[];
}

const PROBLEM_KEYS: [keyof ReviewProblems, MessageKey][] = [
  ['unclosed', 'import-review-unclosed'],
  ['missingComment', 'import-review-missing'],
  ['delInIns', 'import-review-del-in-ins'],
  ['noAuthor', 'import-review-no-author'],
  ['badParent', 'import-review-bad-parent'],
  ['unplaced', 'import-review-unplaced'],
  ['overLimit', 'import-review-over-limit'],
];

/** One notice for all the faults of the markup, in each language; none when there are none. */
function problemNotice(problems: ReviewProblems): ImportNotice[] {
  const found = PROBLEM_KEYS.filter(([kind]) => problems[kind] > 0);
  if (!found.length) return [];
  const items = (lang: Lang) => found.map(([kind, key]) => message(key, lang, { count: problems[kind] })).join(lang === 'zh' ? '；' : '; ');
  return [
    {
      code: 'import-review-problems',
      line: 0,
      excerpt: '',
      zh: message('import-review-problems', 'zh', { items: items('zh') }),
      en: message('import-review-problems', 'en', { items: items('en') }),
    },
  ];
}

/**
 * The level a paragraph style id stands for, for the styles whose meaning is
 * sure: Word's built-in headings and Caogao's own export (Heading1 … Heading4,
 * BodyText). Any other style (Normal, a house style, a localized id) says
 * nothing about the level: undefined.
 */
function levelOfStyle(style: string): number | undefined {
  const heading = /^heading\s?([1-4])$/i.exec(style);
  if (heading) return Number(heading[1]);
  return /^bodytext$/i.test(style) ? 0 : undefined;
}

/** The textblock a scanned paragraph became (found by its first placed character), with its position. */
function blockOf(doc: PMNode, at: Int32Array, from: number, to: number): { pos: number; node: PMNode } | null {
  const first = segments(at, from, to)[0];
  if (!first) return null;
  const $pos = doc.resolve(first.from);
  return $pos.parent.isTextblock ? { pos: $pos.before(), node: $pos.parent } : null;
}

/**
 * A paragraph's own tracked change as a structural suggestion
 * (core/review/structure.ts), where it surely says one:
 *   - its mark inserted (the reviewer split a paragraph): the block after it
 *     holds a split from it, when the two stand side by side, so rejecting
 *     joins them again;
 *   - its style changed from a heading or body style to one of another level
 *     (标题 2 made 标题 3): a level change with the former level;
 *   - its mark deleted (the reviewer joined two paragraphs): the two body
 *     paragraphs side by side are joined, as Word shows them, the block
 *     holding a join that says where the second began (rejecting splits it
 *     again there, with that block's id).
 * Returns the block to mark and the record without id, or null.
 */
function structureOf(doc: PMNode, at: Int32Array, change: ScannedParagraphChange): { pos: number; record: Omit<StructureChange, 'id' | 'author' | 'date'> } | null {
  const block = blockOf(doc, at, change.from, change.to);
  if (!block || !canHoldChange(block.node)) return null;
  if (change.kind === 'style') {
    const former = levelOfStyle(change.formerStyle ?? '');
    return former !== undefined && former !== blockLevel(block.node.type.name) ? { pos: block.pos, record: { kind: 'level', level: former } } : null;
  }
  // The next paragraph of the file must be the next block, beside this one in the same container.
  const nextPos = block.pos + block.node.nodeSize;
  const next = doc.nodeAt(nextPos);
  const following = blockOf(doc, at, change.to + 1, at.length);
  if (!next || !canHoldChange(next) || following?.pos !== nextPos) return null;
  if (change.kind === 'split') return { pos: nextPos, record: { kind: 'split', from: block.node.attrs.id as string } };
  const paragraph = doc.type.schema.nodes.paragraph;
  if (block.node.type !== paragraph || next.type !== paragraph || changeOf(next)) return null;
  const text = next.textContent;
  return { pos: block.pos, record: { kind: 'join', at: block.node.textContent.length, head: text.slice(0, 8), type: next.type.name, attrs: { ...next.attrs } } };
}

/** Put the scanned review marks on the imported report. `newId` makes suggestion and comment ids (tests pass a counter). */
export function applyDocxReview(doc: PMNode, scan: DocxReviewScan, newId: () => string = randomId): AppliedReview {
  const at = alignText(doc, scan.text);
  const tr = new Transform(doc);
  let changes = 0;
  for (const change of scan.changes) {
    const pieces = segments(at, change.from, change.to);
    if (!pieces.length) continue;
    const attrs = { id: newId(), author: change.author, date: change.date };
    const mark = change.kind === 'insert' ? insertionMark(attrs) : deletionMark(attrs);
    for (const piece of pieces) tr.addMark(piece.from, piece.to, mark);
    changes += 1;
  }
  const joins: number[] = [];
  for (const change of scan.paragraphChanges) {
    const found = structureOf(tr.doc, at, change);
    if (!found || tr.doc.nodeAt(found.pos)?.attrs.change) continue;
    tr.setNodeAttribute(found.pos, 'change', { id: newId(), author: change.author, date: change.date, ...found.record });
    if (found.record.kind === 'join') joins.push(found.pos + tr.doc.nodeAt(found.pos)!.nodeSize);
    changes += 1;
  }
  // The joins last, from the end (earlier positions hold); then every character's position follows them.
  for (const pos of joins.sort((a, b) => b - a)) tr.join(pos);
  if (joins.length) for (let i = 0; i < at.length; i++) if (at[i] >= 0) at[i] = tr.mapping.map(at[i]);
  const marked = tr.doc;
  const comments: ReviewComment[] = [];
  // Each comment of the file by its w:id, or for a reply the comment its thread hangs on.
  const threadOf = new Map<string, ReviewComment>();
  for (const c of scan.comments) {
    const root = c.parent !== undefined ? threadOf.get(c.parent) : undefined;
    if (root) {
      root.replies.push({ id: newId(), author: c.author, date: c.date, text: c.text });
      threadOf.set(c.id, root);
      continue;
    }
    const anchor = anchorOf(marked, at, c.from, c.to);
    if (!anchor) continue;
    const comment: ReviewComment = {
      id: newId(),
      author: c.author,
      ...(c.initials ? { initials: c.initials } : {}),
      date: c.date,
      text: c.text,
      anchor,
      resolved: c.resolved,
      replies: [],
    };
    threadOf.set(c.id, comment);
    comments.push(comment);
  }
  const replies = comments.reduce((n, c) => n + c.replies.length, 0);
  const kept: ImportNotice[] =
    changes || comments.length
      ? [
          {
            code: 'import-review-kept',
            line: 0,
            excerpt: '',
            zh: message('import-review-kept', 'zh', { changes, comments: comments.length, replies }),
            en: message('import-review-kept', 'en', { changes, comments: comments.length, replies }),
          },
        ]
      : [];
  return { doc: marked, comments, notices: [...kept, ...problemNotice(scan.problems)] };
}
