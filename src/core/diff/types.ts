/**
 * The result of comparing two drafts (比对). A change (改动) is one of:
 *
 *   insert    新增   a block or a whole part/section that only the new draft has
 *   delete    删除   a block or a whole part/section that only the old draft has
 *   modify    修改   the same block with different text (word-level spans inside);
 *                    a split or merged paragraph is one modify with detail split/merge
 *   move      移动   a block, a run of blocks or a whole part/section that moved
 *                    (plus a separate modify when it was also edited)
 *   renumber  重新编号 a heading or glossary entry whose derived number changed
 *                    only because something before it was inserted, deleted or
 *                    moved; hidden unless asked for
 *
 * Texts are compared after layout normalisation (normalize.ts), so `before`
 * and `after` are the normalised texts, which differ from the drafts only in
 * spaces.
 */
import type { Lexicon } from '../targets/lexicon.js';
import type { TargetScope } from '../targets/types.js';

export type ChangeKind = 'insert' | 'delete' | 'modify' | 'move' | 'renumber';

export const CHANGE_KINDS: readonly ChangeKind[] = ['insert', 'delete', 'modify', 'move', 'renumber'];

/** A piece of a modified text: kept, inserted or deleted. */
export interface Span {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Change {
  kind: ChangeKind;
  /** Heading path in the new draft (the old one for a delete), e.g. ["三", "（二）"]. */
  path: string[];
  /** Heading path in the old draft; null for an insert. */
  oldPath: string[] | null;
  /**
   * What changed: a block type (paragraph, sectionHeading, glossaryEntry, title …)
   * or, for a whole part/section/item/subitem/annex, the container's type.
   */
  node: string;
  /** Ids of the old and new blocks (the container's id for a whole container). */
  oldIds: string[];
  newIds: string[];
  /** Old and new text; a split's or merge's several paragraphs are joined by "\n". */
  before: string;
  after: string;
  /** modify: word-level spans over before → after. */
  spans?: Span[];
  /** modify: most of the text changed, so the spans show old and new whole. */
  whole?: boolean;
  /** modify: one paragraph split in two (or more), or several merged into one. */
  detail?: 'split' | 'merge';
}

/** 指标变化: a target added, removed, or with another value or qualifier. */
export interface TargetChange {
  indicator: string;
  /** The statement as written in the old draft, e.g. 增长7.5%左右; "" when added. */
  before: string;
  /** The statement in the new draft; "" when removed. */
  after: string;
  /** Heading path in the new draft (the old one when removed). */
  path: string[];
  scope: TargetScope;
}

/** A row of the comparison as the compare view draws it (rows.ts). */
export type RowKind = 'same' | 'modify' | 'insert' | 'delete' | 'moveFrom' | 'moveTo';

export interface RowSide {
  /** Ids of the blocks shown (several for a split or merge). */
  ids: string[];
  node: string;
  /** The blocks' texts, joined by "\n". */
  text: string;
  path: string[];
  /** Number of a heading or glossary entry, e.g. （二）, 5. */
  number: string | null;
}

export interface Row {
  kind: RowKind;
  old: RowSide | null;
  new: RowSide | null;
  /** Word-level spans when the texts differ (modify, or an edited moveTo). */
  spans?: Span[];
  whole?: boolean;
  /** Indices in `changes` of the changes this row shows. */
  changes: number[];
  /** For a move: the index of the row at the other end. */
  partner?: number;
}

export interface CompareOptions {
  /** List renumber changes too (hidden by default). */
  showRenumber?: boolean;
  /**
   * Time budget in milliseconds for the similarity search; past it the
   * remaining unmatched blocks are reported as deleted and inserted whole.
   */
  budgetMs?: number;
  /** Indicator lexicon for target changes (the document's settings may extend the default). */
  lexicon?: Lexicon;
  /** Also lay the comparison out in rows for a view (rows.ts). */
  rows?: boolean;
  /** Also list which blocks matched which (for accepting or rejecting a change, resolve.ts). */
  matches?: boolean;
}

/** Blocks of the old draft matched with blocks of the new one, by id (several for a split or merge). */
export interface Match {
  old: string[];
  new: string[];
  /** Out of order: the blocks moved. */
  moved: boolean;
}

export interface Comparison {
  /** Changes in the order of the new draft (deletions where they were). */
  changes: Change[];
  /** Target changes, in the order of the new draft. */
  targets: TargetChange[];
  /** Count of listed changes by kind (renumber only when shown). */
  stats: Partial<Record<ChangeKind, number>>;
  /** How blocks were matched: by their stable ids (one file's versions) or by content. */
  matchedBy: 'id' | 'content';
  /** Whether the time budget cut the similarity search short. */
  bounded: boolean;
  /** With `rows: true`: the comparison laid out for a view. */
  rows?: Row[];
  /** With `matches: true`: every matched block, by id, in the old draft's order. */
  matches?: Match[];
}
