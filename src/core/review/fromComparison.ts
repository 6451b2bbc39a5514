/**
 * A comparison (比对) turned into 修订 suggestions in the current draft.
 *
 * Direction: the reviewer holds the current draft and another one (say the
 * copy a department sent back). After the conversion the current draft holds
 * both texts, and
 *   - accepting every suggestion gives the OTHER draft's text;
 *   - rejecting every suggestion gives the current draft's text as it was.
 * So text only the other draft has is inserted as an insertion suggestion,
 * and text only the current draft has is marked as a deletion suggestion,
 * both attributed to the other draft's author (its date too).
 *
 * The structure-aware compare (core/diff) decides what differs, with the
 * other draft as old and the current one as new:
 *   - a block or a whole part/section only the current draft has: its text is
 *     marked deleted (accepting removes its paragraphs);
 *   - one only the other draft has: a copy (fresh ids) is inserted where its
 *     neighbours say (diff/placement.ts), its text marked inserted;
 *   - a block edited in place: the word diff of its raw text, figures as one
 *     token, each run of kept, deleted and inserted words;
 *   - a moved block (or run of blocks, or whole part/section): struck where
 *     it stands, the other draft's copy inserted where that draft has it; a
 *     run compare moved across a container's edge (the last paragraph of
 *     （二） with the heading of （三）) is placed run by run (placeMove), and
 *     a run that finds no place stays where it stands, unmarked, counted in
 *     `unmoved` (the notice says so: nothing is lost, it is not moved);
 *   - a split or merge, or a block whose type changed: the
 *     current blocks marked deleted and the other draft's copies inserted at
 *     their place (a heading whose type changed keeps its type: the schema
 *     cannot hold a second heading there, so only its text is suggested).
 * A glossary entry's term and definition are diffed apart; a changed
 * separator is not carried. Layout differences that compare ignores (spaces
 * beside Chinese text) are not suggestions.
 */
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { compareDocs } from '../diff/index.js';
import { blocksById, candidates, counterparts, fits, isContainer, unitIdOf, type Counterparts, type Located } from '../diff/placement.js';
import { wordDiff } from '../diff/wordDiff.js';
import { hasIdAttr, newId } from '../ids.js';
import { deletionMark, insertionMark } from './suggestions.js';

/** Who wrote the other draft, and when (ISO 8601). */
export interface ComparisonAuthor {
  author: string;
  date: string;
}

interface Range {
  from: number;
  to: number;
}

interface Ctx {
  tr: Transform;
  /** Index of the first step this conversion adds (positions are read in the doc before it). */
  start: number;
  cur: PMNode;
  other: PMNode;
  curIds: Map<string, Located>;
  otherIds: Map<string, Located>;
  pairs: Counterparts;
  taken: Set<string>;
  by: ComparisonAuthor;
  /** Ranges already handled whole, in the current draft and in the other one. */
  doneCur: Range[];
  doneOther: Range[];
  count: number;
  /** Blocks of the other draft the schema allowed nowhere (not expected; reported, never thrown). */
  unplaced: number;
  /** Moved blocks left where they stand in the current draft (ConversionResult.unmoved). */
  unmoved: number;
  /** Ids of the other draft's blocks copied in, to the ids of their copies. */
  copies: Map<string, string>;
}

const inside = (ranges: Range[], pos: number): boolean => ranges.some((r) => r.from <= pos && pos < r.to);

/** A position of the current draft as it is now; `assoc` -1 for the end of a range, so text inserted there stays out. */
const map = (ctx: Ctx, pos: number, assoc: -1 | 1 = 1): number => ctx.tr.mapping.slice(ctx.start).map(pos, assoc);

function attrs(ctx: Ctx): { id: string; author: string; date: string } {
  ctx.count += 1;
  return { id: newId(), author: ctx.by.author, date: ctx.by.date };
}

/** A copy of `node` with ids the current draft does not use yet. */
function copyFresh(node: PMNode, ctx: Ctx): PMNode {
  if (node.isText) return node;
  let nodeAttrs = node.attrs;
  if (hasIdAttr(node.attrs)) {
    const id = node.attrs.id as string;
    const free = id && !ctx.taken.has(id) ? id : newId();
    ctx.taken.add(free);
    if (id) ctx.copies.set(id, free);
    nodeAttrs = { ...node.attrs, id: free };
  }
  if (node.isTextblock) return node.type.create(nodeAttrs, node.content, node.marks);
  const children: PMNode[] = [];
  node.forEach((child) => children.push(copyFresh(child, ctx)));
  return node.type.create(nodeAttrs, children, node.marks);
}

/** Mark the current blocks deleted as one suggestion. */
function markDeleted(ctx: Ctx, blocks: Located[]): void {
  const mark = deletionMark(attrs(ctx));
  for (const b of blocks) {
    ctx.tr.addMark(map(ctx, b.pos), map(ctx, b.pos + b.node.nodeSize, -1), mark);
    ctx.doneCur.push({ from: b.pos, to: b.pos + b.node.nodeSize });
  }
}

/**
 * Places between blocks that read just before the block at `pos`: before it,
 * before the containers it opens (a heading opens its section, which may open
 * its part), and at the end of each container that closes just there.
 */
function placesBefore(doc: PMNode, pos: number): number[] {
  const out: number[] = [];
  let p = pos;
  let $p = doc.resolve(p);
  out.push(p);
  while ($p.depth > 0 && $p.index() === 0 && isContainer($p.parent)) {
    p = $p.before();
    out.push(p);
    $p = doc.resolve(p);
  }
  for (let q = p, before = $p.nodeBefore; before && !before.isTextblock && before.childCount; before = doc.resolve(q).nodeBefore) {
    q -= 1;
    out.push(q);
  }
  return out;
}

/** Insert copies of the other draft's blocks (siblings, in order) where their neighbours say, as one insertion suggestion. */
function insertCopies(ctx: Ctx, theirs: Located[], after: Located | null): boolean {
  const $first = ctx.other.resolve(theirs[0].pos);
  const $last = ctx.other.resolve(theirs[theirs.length - 1].pos);
  const parentPos = $first.depth === 0 ? -1 : $first.before();
  const to = $last.parent === $first.parent ? $last.index() + 1 : $first.index() + 1;
  const skip = new Set(theirs.map((o) => unitIdOf(o.node)));
  const places = candidates({ other: ctx.other, current: ctx.cur, currentIds: ctx.curIds, pairs: ctx.pairs, skip }, parentPos, $first.index(), to).map((c) => c.pos);
  // Best where the blocks read in the other draft: just before the next block matched in order.
  const last = theirs[theirs.length - 1];
  const next = nextMatched(ctx, last.pos + last.node.nodeSize);
  places.unshift(...placesBefore(ctx.cur, next ? next.pos : ctx.cur.content.size));
  // A split, merge or retyped block goes right after the blocks it replaces.
  if (after) places.unshift(after.pos + after.node.nodeSize);
  const content = Fragment.from(theirs.map((o) => copyFresh(o.node, ctx)));
  // Before all: right before the copy of the block after them, when that block was moved and is copied in already.
  const copied = after ? null : placedCopy(ctx, last.pos + last.node.nodeSize);
  const built = copied === null ? [] : placesBefore(ctx.tr.doc, copied);
  for (const [i, place] of [...built, ...places].entries()) {
    const pos = i < built.length ? place : map(ctx, place);
    if (!fits(ctx.tr.doc, pos, content)) continue;
    ctx.tr.insert(pos, content);
    ctx.tr.addMark(pos, pos + content.size, insertionMark(attrs(ctx)));
    for (const o of theirs) ctx.doneOther.push({ from: o.pos, to: o.pos + o.node.nodeSize });
    return true;
  }
  return false;
}

/** Suggest the word diff of one textblock of each draft, in the current one at `curPos`. */
function diffTextblock(ctx: Ctx, curPos: number, curNode: PMNode, otherNode: PMNode): void {
  const { spans } = wordDiff(otherNode.textContent, curNode.textContent);
  let offset = 0;
  for (const span of spans) {
    const at = curPos + 1 + offset;
    if (span.op === 'equal') offset += span.text.length;
    else if (span.op === 'insert') {
      // Only in the current draft: a deletion suggestion over it.
      ctx.tr.addMark(map(ctx, at), map(ctx, at + span.text.length, -1), deletionMark(attrs(ctx)));
      offset += span.text.length;
    } else {
      // Only in the other draft: inserted here.
      const pos = map(ctx, at);
      ctx.tr.insert(pos, ctx.tr.doc.type.schema.text(span.text, [insertionMark(attrs(ctx))]));
    }
  }
}

/**
 * A block the structure allows once (the title) that compare found too
 * different to pair: its text goes, inserted, at the end of the current
 * block of its type that this conversion marked deleted.
 */
function intoDeletedTwin(ctx: Ctx, theirs: Located[]): boolean {
  if (theirs.length !== 1 || !theirs[0].node.isTextblock) return false;
  const type = theirs[0].node.type;
  let twin: Located | null = null;
  ctx.cur.descendants((node, pos) => {
    if (!twin && node.type === type && inside(ctx.doneCur, pos)) twin = { pos, node };
    return !twin && !node.isTextblock;
  });
  if (!twin) return false;
  const { pos, node } = twin as Located;
  const at = map(ctx, pos + node.nodeSize - 1, -1);
  ctx.tr.insert(at, ctx.tr.doc.type.schema.text(theirs[0].node.textContent, [insertionMark(attrs(ctx))]));
  return true;
}

/** The current counterpart of the first unit (textblock or glossary entry) after `from` in the other draft that was matched in order. */
function nextMatched(ctx: Ctx, from: number): Located | null {
  let found: Located | null = null;
  ctx.other.nodesBetween(from, ctx.other.content.size, (node) => {
    if (found) return false;
    // Compare's units: textblocks, and a glossary entry or a table row as one.
    if (!node.isTextblock && node.type.name !== 'glossaryEntry' && node.type.name !== 'tableRow') return true;
    const id = ctx.pairs.first.get(node.attrs.id as string);
    found = (id && ctx.curIds.get(id)) || null;
    return false;
  });
  return found;
}

/**
 * Where the first unit after `from` in the other draft stands in the draft
 * being built, when this conversion already inserted a copy of it (a moved
 * paragraph placed before the heading that opens its container there).
 */
function placedCopy(ctx: Ctx, from: number): number | null {
  let id: string | undefined;
  ctx.other.nodesBetween(from, ctx.other.content.size, (node) => {
    if (id !== undefined) return false;
    if (!node.isTextblock && node.type.name !== 'glossaryEntry' && node.type.name !== 'tableRow') return true;
    id = ctx.copies.get(node.attrs.id as string) ?? '';
    return false;
  });
  return id ? (blocksById(ctx.tr.doc).get(id)?.pos ?? null) : null;
}

/**
 * A heading only the other draft has, whose part/section compare did not
 * find missing whole (some of its blocks are matched elsewhere): a container
 * holding only the heading goes where the heading reads in the other draft,
 * before the counterpart of the next block matched in order. Between two
 * paragraphs that splits the current container, as typing a heading there
 * does; the blocks after it then sit under the new heading.
 */
function insertHeading(ctx: Ctx, o: Located): boolean {
  const $o = ctx.other.resolve(o.pos);
  if ($o.depth === 0 || $o.index() !== 0 || !isContainer($o.parent)) return false;
  const copy = copyFresh($o.parent.type.create($o.parent.attrs, [o.node]), ctx);
  const heading = copy.firstChild!;
  const next = nextMatched(ctx, o.pos + o.node.nodeSize);
  // Positions in the current draft, or (`built`) in the draft being built.
  const places: { pos: number; open: 0 | 1; built?: boolean }[] = [];
  // The block after it in the other draft was moved and is already copied in: the heading goes right before that copy.
  const copied = placedCopy(ctx, o.pos + o.node.nodeSize);
  if (copied !== null) places.push({ pos: copied, open: 1, built: true });
  if (next) {
    const $next = ctx.cur.resolve(next.pos);
    if ($next.depth > 0 && $next.index() === 0 && isContainer($next.parent)) places.push({ pos: $next.before(), open: 0 });
    else places.push({ pos: next.pos, open: 1 });
  } else places.push({ pos: ctx.cur.content.size, open: 0 });
  for (const place of places) {
    const pos = place.built ? place.pos : map(ctx, place.pos);
    if (place.open === 0 && !fits(ctx.tr.doc, pos, Fragment.from(copy))) continue;
    // Tried apart first: fitting an open container may join it with a neighbour instead.
    const trial = new Transform(ctx.tr.doc).replace(pos, pos, new Slice(Fragment.from(copy), 0, place.open));
    const at = blocksById(trial.doc).get(heading.attrs.id as string);
    if (!at || at.node.textContent !== heading.textContent) continue;
    for (const step of trial.steps) ctx.tr.step(step);
    ctx.tr.addMark(at.pos, at.pos + at.node.nodeSize, insertionMark(attrs(ctx)));
    ctx.doneOther.push({ from: o.pos, to: o.pos + o.node.nodeSize });
    return true;
  }
  // Else the container holding only its heading, where its neighbours say.
  return insertCopies(ctx, [{ pos: $o.before(), node: $o.parent.type.create($o.parent.attrs, [o.node]) }], null);
}

function locate(ids: string[], index: Map<string, Located>): Located[] {
  return ids.map((id) => index.get(id)).filter((l): l is Located => !!l);
}


/** Blocks edited in place: their texts diffed; otherwise replaced whole (deleted and inserted). */
function modify(ctx: Ctx, mine: Located[], theirs: Located[]): void {
  if (mine.length === 1 && theirs.length === 1) {
    const [m, o] = [mine[0], theirs[0]];
    if (m.node.isTextblock && o.node.isTextblock && (m.node.type === o.node.type || m.node.type.name !== 'paragraph')) {
      diffTextblock(ctx, m.pos, m.node, o.node);
      return;
    }
    if (m.node.type.name === 'glossaryEntry' && o.node.type === m.node.type) {
      const termSize = m.node.child(0).nodeSize;
      diffTextblock(ctx, m.pos + 1, m.node.child(0), o.node.child(0));
      diffTextblock(ctx, m.pos + 1 + termSize, m.node.child(1), o.node.child(1));
      return;
    }
  }
  const last = [...mine].sort((x, y) => x.pos - y.pos)[mine.length - 1];
  if (insertCopies(ctx, theirs, last)) markDeleted(ctx, mine);
  else if (mine.length === 1 && theirs.length === 1 && mine[0].node.isTextblock && theirs[0].node.isTextblock) diffTextblock(ctx, mine[0].pos, mine[0].node, theirs[0].node);
  else ctx.unplaced += theirs.length;
}

export interface ConversionResult<T> {
  tr: T;
  /** Number of suggestions made (0: the drafts read the same). */
  suggestions: number;
  /** Blocks of the other draft that found no place the schema allows, left out. */
  unplaced: number;
  /**
   * Blocks the other draft has elsewhere (a move) that found no place there:
   * left where they stand in the current draft, unmarked, so nothing is lost
   * but accepting everything does not put them in the other draft's order.
   */
  unmoved: number;
}

/** A block of a move with its index in the change's list (block i of the other draft is block i of the current one). */
interface Paired {
  index: number;
  at: Located;
}

/**
 * The blocks of a move as runs the schema can take whole: blocks of one
 * parent in a row, a heading that opens its container on its own (the
 * container is not moved whole, only where it begins). E.g. the last
 * paragraph of （二） and the heading of （三） moved together become two
 * runs: the paragraph, and the heading.
 */
function moveRuns(other: PMNode, theirs: Paired[]): { heading: boolean; blocks: Paired[] }[] {
  const runs: { heading: boolean; blocks: Paired[] }[] = [];
  let parent: PMNode | null = null;
  for (const block of theirs) {
    const $pos = other.resolve(block.at.pos);
    const heading = $pos.depth > 0 && $pos.index() === 0 && isContainer($pos.parent);
    const last = runs[runs.length - 1];
    if (!heading && last && !last.heading && $pos.parent === parent) last.blocks.push(block);
    else runs.push({ heading, blocks: [block] });
    parent = $pos.parent;
  }
  return runs;
}

/**
 * A move (比对's 移动): the current blocks marked deleted where they stand,
 * the other draft's copies inserted where it has them. When the blocks do not
 * go in as one run (they span two containers, or take a heading away from
 * its body), each run of moveRuns is placed apart, a heading as insertHeading
 * places a heading; a run that finds no place is left where it stands,
 * unmarked, and counted in `unmoved`.
 */
function placeMove(ctx: Ctx, change: { oldIds: string[]; newIds: string[] }): void {
  const fresh = (ids: string[], index: Map<string, Located>, done: Range[]): Paired[] =>
    ids.map((id) => index.get(id)).flatMap((at, i) => (at && !inside(done, at.pos) ? [{ index: i, at }] : []));
  const mine = fresh(change.newIds, ctx.curIds, ctx.doneCur);
  const theirs = fresh(change.oldIds, ctx.otherIds, ctx.doneOther);
  if (!theirs.length) {
    if (mine.length) markDeleted(ctx, mine.map((m) => m.at));
    return;
  }
  const whole = theirs.map((o) => o.at);
  if ((whole.length === 1 && insertHeading(ctx, whole[0])) || insertCopies(ctx, whole, null)) {
    markDeleted(ctx, mine.map((m) => m.at));
    return;
  }
  // Block i of the other draft is block i of the current one (a move pairs the same blocks in order); otherwise all or none.
  if (change.oldIds.length !== change.newIds.length) {
    ctx.unmoved += theirs.length;
    return;
  }
  const placed = new Set<number>();
  for (const run of moveRuns(ctx.other, theirs)) {
    const blocks = run.blocks.map((r) => r.at);
    if (run.heading ? insertHeading(ctx, blocks[0]) : insertCopies(ctx, blocks, null)) for (const r of run.blocks) placed.add(r.index);
    else ctx.unmoved += blocks.length;
  }
  const gone = mine.filter((m) => placed.has(m.index)).map((m) => m.at);
  if (gone.length) markDeleted(ctx, gone);
}

/**
 * Add to `tr` (over the current draft, `tr.doc`) the suggestions that turn it
 * into `other` when accepted. The caller dispatches `tr` as one undo step.
 */
export function suggestionsFromComparison<T extends Transform>(tr: T, other: PMNode, by: ComparisonAuthor): ConversionResult<T> {
  const cur = tr.doc;
  const comparison = compareDocs(other, cur, { matches: true });
  const curIds = blocksById(cur);
  const ctx: Ctx = {
    tr, start: tr.steps.length, cur, other, curIds, otherIds: blocksById(other), pairs: counterparts(comparison.matches ?? [], 'new'),
    taken: new Set(curIds.keys()), by, doneCur: [], doneOther: [], count: 0, unplaced: 0, unmoved: 0, copies: new Map(),
  };
  // Moves first: their blocks are replaced whole, and changes inside them are then part of the copy.
  // Then blocks only the current draft has, so a block of the other draft may go into its deleted twin (intoDeletedTwin).
  const order = { move: 0, insert: 1, modify: 2, delete: 2, renumber: 3 };
  const changes = [...comparison.changes].sort((x, y) => order[x.kind] - order[y.kind]);
  for (const change of changes) {
    if (change.kind === 'renumber') continue;
    if (change.kind === 'move') {
      placeMove(ctx, change);
      continue;
    }
    const mine = locate(change.newIds, ctx.curIds).filter((l) => !inside(ctx.doneCur, l.pos));
    const theirs = locate(change.oldIds, ctx.otherIds).filter((l) => !inside(ctx.doneOther, l.pos));
    if (change.kind === 'modify') {
      if (mine.length && theirs.length) modify(ctx, mine, theirs);
      continue;
    }
    if (mine.length) markDeleted(ctx, mine);
    if (theirs.length === 1 && insertHeading(ctx, theirs[0])) continue;
    if (theirs.length && !insertCopies(ctx, theirs, null) && !intoDeletedTwin(ctx, theirs)) ctx.unplaced += theirs.length;
  }
  return { tr, suggestions: ctx.count, unplaced: ctx.unplaced, unmoved: ctx.unmoved };
}
