/**
 * Applying a quick fix to a document as one transform, so the editor can
 * dispatch it as one undoable step:
 *
 *   view.dispatch(applyFix(view.state.tr, finding.fix) as Transaction)
 *
 * Text edits are given in block-text offsets; they are applied from the last
 * to the first, so that earlier offsets stay valid. A new glossary entry goes
 * to the given place in the annex's glossary (an annex 附件 / 名词解释 is
 * created when the report has none).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { newId } from '../ids.js';
import { reportSchema as s } from '../schema.js';
import type { QuickFix } from './types.js';

function positionsById(doc: PMNode): Map<string, number> {
  const out = new Map<string, number>();
  doc.descendants((node, pos) => {
    const id = node.attrs.id as string | undefined;
    if (id) out.set(id, pos);
    return !node.isTextblock;
  });
  return out;
}

type TextEdit = QuickFix['edits'][number];

/**
 * The text edits of several fixes, in one transform. Each edit's place is
 * found in the document as it was before any of them (its block's position
 * plus the offset) and mapped through the steps already added, so the
 * edits may come in any order and in the same block. An edit that overlaps
 * one already taken is left out: two fixes of the same text would otherwise
 * write over each other.
 */
function applyTextEdits(tr: Transform, edits: readonly TextEdit[]): void {
  const where = positionsById(tr.doc);
  const placed = edits
    .map((e) => ({ ...e, at: where.get(e.blockId) }))
    .filter((e): e is typeof e & { at: number } => e.at !== undefined)
    .map((e) => ({ from: e.at + 1 + e.from, to: e.at + 1 + e.to, insert: e.insert }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const start = tr.steps.length;
  let end = -1;
  let lastInsert = -1;
  for (const e of placed) {
    if (e.from < end || (e.from === e.to && e.from === lastInsert)) continue;
    end = e.to;
    if (e.from === e.to) lastInsert = e.from;
    const map = tr.mapping.slice(start);
    const from = map.map(e.from, 1);
    const to = Math.max(from, map.map(e.to, -1));
    if (e.insert) tr.replaceWith(from, to, s.text(e.insert, tr.doc.resolve(from).marksAcross(tr.doc.resolve(to)) ?? []));
    else tr.delete(from, to);
  }
}

function applyAttrs(tr: Transform, attrs: NonNullable<QuickFix['attrs']>): void {
  const where = positionsById(tr.doc);
  for (const a of attrs) {
    const pos = where.get(a.blockId);
    if (pos === undefined) continue;
    const node = tr.doc.nodeAt(pos)!;
    tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...a.attrs });
  }
}

function glossaryEntryNode(term: string, definition: string): PMNode {
  const text = (t: string) => (t ? [s.text(t)] : []);
  return s.node('glossaryEntry', { id: newId() }, [
    s.node('glossaryTerm', { id: newId() }, text(term)),
    s.node('glossaryDefinition', { id: newId() }, text(definition)),
  ]);
}

function addGlossaryEntry(tr: Transform, entry: NonNullable<QuickFix['glossaryEntry']>): void {
  const node = glossaryEntryNode(entry.term, entry.definition);
  const last = tr.doc.lastChild;
  if (!last || last.type.name !== 'annex') {
    const annex = s.node('annex', { id: newId() }, [
      s.node('annexLabel', { id: newId() }, [s.text('附件')]),
      s.node('annexTitle', { id: newId() }, [s.text('名词解释')]),
      node,
    ]);
    tr.insert(tr.doc.content.size, annex);
    return;
  }
  const annexPos = tr.doc.content.size - last.nodeSize;
  let insertAt: number | null = null;
  let seen = 0;
  let afterHead = annexPos + 1;
  let afterEntries = -1;
  last.forEach((child, offset) => {
    const pos = annexPos + 1 + offset;
    if (child.type.name === 'annexLabel' || child.type.name === 'annexTitle') afterHead = pos + child.nodeSize;
    if (child.type.name !== 'glossaryEntry') return;
    if (seen === entry.index && insertAt === null) insertAt = pos;
    afterEntries = pos + child.nodeSize;
    seen += 1;
  });
  insertAt ??= afterEntries >= 0 ? afterEntries : afterHead;
  tr.insert(insertAt, node);
}

/** Add the fix's steps to `tr` and return it. */
export function applyFix<T extends Transform>(tr: T, fix: QuickFix): T {
  return applyFixes(tr, [fix]);
}

/**
 * Add the steps of several fixes (全部修正 of a group) to `tr`, as one
 * transform, so the editor dispatches them as one undoable step. New
 * glossary entries go in from the last place to the first, so that each
 * entry's index still counts the entries that were there.
 */
export function applyFixes<T extends Transform>(tr: T, fixes: readonly QuickFix[]): T {
  applyTextEdits(tr, fixes.flatMap((f) => f.edits));
  applyAttrs(tr, fixes.flatMap((f) => f.attrs ?? []));
  const entries = fixes.flatMap((f) => (f.glossaryEntry ? [f.glossaryEntry] : [])).sort((a, b) => b.index - a.index);
  for (const entry of entries) addGlossaryEntry(tr, entry);
  return tr;
}
