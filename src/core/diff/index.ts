/**
 * Compare two drafts (比对): `compareDocs(oldDoc, newDoc)` aligns their
 * structure (align.ts), diffs the words inside matched blocks (wordDiff.ts),
 * gathers the changes a reviewer reads (changes.ts, moves.ts) and the
 * targets that changed (targetChanges.ts).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { align } from './align.js';
import { flatten } from './blocks.js';
import { compareTargets } from './changedTargets.js';
import { describeChanges } from './changes.js';
import { buildRows } from './rows.js';
import type { Change, ChangeKind, Comparison, CompareOptions } from './types.js';

export type { Change, ChangeKind, Comparison, CompareOptions, Match, Row, RowKind, RowSide, Span, TargetChange } from './types.js';
export { pathLabel } from './pathLabel.js';
export { CHANGE_KINDS } from './types.js';
export { normalizeLayout } from './normalize.js';
export { tokenize } from './tokenize.js';
export { wordDiff } from './wordDiff.js';
export { editsDraft, resolveChange, type CurrentSide, type Decision, type ResolveInput, type Resolution } from './resolve.js';

/** Default time budget for the similarity search (two unrelated reports must finish within 1 s). */
const BUDGET_MS = 600;

function countKinds(changes: Change[], showRenumber: boolean): Partial<Record<ChangeKind, number>> {
  const stats: Partial<Record<ChangeKind, number>> = { insert: 0, delete: 0, modify: 0, move: 0, ...(showRenumber ? { renumber: 0 } : {}) };
  for (const c of changes) stats[c.kind] = (stats[c.kind] ?? 0) + 1;
  return stats;
}

export function compareDocs(oldDoc: PMNode, newDoc: PMNode, options: CompareOptions = {}): Comparison {
  const showRenumber = options.showRenumber ?? false;
  const a = flatten(oldDoc);
  const b = flatten(newDoc);
  const alignment = align(a, b, options.budgetMs ?? BUDGET_MS);
  const changes = describeChanges(a, b, alignment.links, showRenumber);
  return {
    changes,
    targets: compareTargets(oldDoc, newDoc, a, b, alignment.links, options.lexicon),
    stats: countKinds(changes, showRenumber),
    matchedBy: alignment.matchedBy,
    bounded: alignment.bounded,
    ...(options.rows ? { rows: buildRows(a, b, alignment.links, changes) } : {}),
    ...(options.matches
      ? { matches: alignment.links.map((l) => ({ old: l.old.map((i) => a.units[i].id), new: l.new.map((i) => b.units[i].id), moved: l.moved })) }
      : {}),
  };
}
