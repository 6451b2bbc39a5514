/**
 * Enter, block by block, as a drafter expects it in a report:
 *
 * - in a heading: the text after the cursor goes into a new paragraph that
 *   starts the heading's content (Enter at the end of 实施产业质效提升行动
 *   starts its first paragraph); at the start of a non-empty heading, an empty
 *   paragraph opens above the heading instead;
 * - in a paragraph: the paragraph splits; the first half keeps its id and
 *   role (主要预期目标), the second gets a new id; at the very start an empty
 *   paragraph opens above, so the text keeps its id;
 * - in the title block: the cursor moves on to the next line, or a preamble
 *   paragraph opens after the block;
 * - in the glossary: from the term to its definition, and from a definition
 *   to a new entry.
 */
import type { Node as PMNode, ResolvedPos } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { newId } from '../../core/ids.js';
import { isHeadingName, reportSchema as s } from '../../core/schema.js';
import { applyBodyEdit } from '../structure/edit.js';

const TITLE_BLOCK = new Set(['title', 'occasion', 'speaker', 'salutation']);

const emptyParagraph = (): PMNode => s.nodes.paragraph.create({ id: newId(), role: null });

function afterDelete(state: EditorState): { tr: Transaction; $from: ResolvedPos } {
  const tr = state.tr;
  if (!state.selection.empty) tr.deleteSelection();
  return { tr, $from: tr.selection.$from };
}

function headingEnter(tr: Transaction, $from: ResolvedPos): boolean {
  const heading = $from.parent;
  if ($from.parentOffset === 0 && heading.content.size > 0) {
    // An empty paragraph above the heading: where the schema allows one (see build.ts).
    const para = emptyParagraph();
    return applyBodyEdit(tr, ({ flat, index }) => {
      if (index < 0) return null;
      const entries = flat.entries.slice();
      entries.splice(index, 0, { kind: 'block', level: flat.entries[index].level, node: para });
      return { entries, focus: { id: para.attrs.id as string, offset: 0 } };
    });
  }
  const rest = heading.content.cut($from.parentOffset);
  const end = $from.end();
  const para = s.nodes.paragraph.create({ id: newId(), role: null }, rest);
  tr.delete($from.pos, end);
  const at = tr.mapping.map(end) + 1;
  tr.insert(at, para);
  tr.setSelection(TextSelection.create(tr.doc, at + 1));
  return true;
}

function paragraphEnter(tr: Transaction, $from: ResolvedPos): boolean {
  if ($from.parentOffset === 0 && $from.parent.content.size > 0) {
    tr.insert($from.before(), emptyParagraph());
    return true;
  }
  tr.split($from.pos, 1, [{ type: s.nodes.paragraph, attrs: { id: newId(), role: null } }]);
  return true;
}

/** Move the cursor to the start of the textblock after `$from`'s, if there is one. */
function moveToNext(tr: Transaction, $from: ResolvedPos): boolean {
  const next = TextSelection.findFrom(tr.doc.resolve($from.after()), 1, true);
  if (!next || !(next instanceof TextSelection)) return false;
  tr.setSelection(TextSelection.create(tr.doc, next.$from.start()));
  return true;
}

function titleBlockEnter(tr: Transaction, $from: ResolvedPos): boolean {
  const after = $from.after(1);
  const next = tr.doc.nodeAt(after);
  if (next && (TITLE_BLOCK.has(next.type.name) || next.type.name === 'paragraph')) return moveToNext(tr, $from);
  tr.insert(after, emptyParagraph());
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  return true;
}

function glossaryEnter(tr: Transaction, $from: ResolvedPos): boolean {
  if ($from.parent.type.name === 'glossaryTerm') return moveToNext(tr, $from);
  const entry = $from.node($from.depth - 1);
  const rest = $from.parent.content.cut($from.parentOffset);
  const end = $from.end();
  const created = s.nodes.glossaryEntry.create({ id: newId(), typed: null, sep: entry.attrs.sep || '：' }, [
    s.nodes.glossaryTerm.create({ id: newId() }),
    s.nodes.glossaryDefinition.create({ id: newId() }, rest),
  ]);
  tr.delete($from.pos, end);
  const at = tr.mapping.map($from.after($from.depth - 1));
  tr.insert(at, created);
  tr.setSelection(TextSelection.create(tr.doc, at + 2));
  return true;
}

export const enter: Command = (state, dispatch) => {
  const { tr, $from } = afterDelete(state);
  const name = $from.parent.type.name;
  let done = false;
  if (isHeadingName(name)) done = headingEnter(tr, $from);
  else if (name === 'paragraph') done = paragraphEnter(tr, $from);
  else if (TITLE_BLOCK.has(name) || name === 'annexLabel' || name === 'annexTitle') {
    done = name.startsWith('annex') ? moveToNext(tr, $from) : titleBlockEnter(tr, $from);
  } else if (name === 'glossaryTerm' || name === 'glossaryDefinition') done = glossaryEnter(tr, $from);
  if (!done) return false;
  dispatch?.(tr.scrollIntoView());
  return true;
};
