/**
 * A heading marker typed by hand at the start of a body paragraph (issue 13,
 * item 9): `（九）`, `一、`, `1.` or `（1）`. Numbers are derived from the
 * structure, so the paragraph becomes a heading of the marker's level
 * (一、 part, （九） section, 1. item, （1） subitem) and the typed marker goes.
 *
 * A marker is read as the importer reads a line (core/import/lines.ts
 * matchNumbered), so what counts as one when typed is what counts as one in
 * an imported draft. It is taken when it ends at the caret:
 *
 * - 一、 （九） （1） as soon as their last character is typed;
 * - 1. only once the character after it is typed, or when text follows the
 *   caret, since 1.7万人 opens with 1. too (the importer never reads a
 *   decimal as an item; the character typed after 1. stays, as the title's
 *   first character).
 *
 * The conversion is one undo step of its own (ownUndoStep), after the typed
 * text: Ctrl+Z, or Backspace right after it, gives the paragraph back with
 * the marker as typed.
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import { matchNumbered, type Numbered } from '../../core/import/lines.js';
import { reportSchema as s } from '../../core/schema.js';
import { ownUndoStep } from '../editor/undoSteps.js';
import { applyBodyEdit, bodyCursor } from '../structure/edit.js';
import { headingEdit } from './headingLevel.js';

const LEVEL: Partial<Record<Numbered['kind'], number>> = { part: 1, section: 2, item: 3, subitem: 4 };

/** The longest text before the caret that may still be a marker being typed: （九十九）、 and a character. */
export const MARKER_REACH = 16;

/** A stand-in title, so that a marker typed into an empty paragraph reads as a heading line. */
const TITLE = '标';

/**
 * The marker that the text before the caret completes, with the heading
 * level it asks for and the length of the typed prefix it takes (the marker
 * and the spaces after it); null for none.
 */
export function typedMarkerAt(before: string, after: string): { marker: string; level: number; cut: number } | null {
  if (!before || before.length > MARKER_REACH || /^\s/.test(before)) return null;
  const line = matchNumbered(before + (after || TITLE));
  const level = line && LEVEL[line.kind];
  if (!line || !level || !before.startsWith(line.marker)) return null;
  const rest = before.slice(line.marker.length);
  const cut = before.length - rest.trimStart().length;
  if (!rest) return line.kind !== 'item' || after ? { marker: line.marker, level, cut } : null;
  // An item once the title's first character is typed after the marker (and a space, if any).
  return line.kind === 'item' && !after && rest.trimStart().length === 1 ? { marker: line.marker, level, cut } : null;
}

/**
 * The transaction that turns the paragraph at the caret into a heading of
 * its typed marker's level without the marker; null when the caret is not
 * just after a marker at the start of a body paragraph.
 */
export function headingFromTypedMarker(state: EditorState): Transaction | null {
  const { $head, empty } = state.selection;
  const para = $head.parent;
  if (!empty || para.type !== s.nodes.paragraph || para.attrs.role || $head.parentOffset > MARKER_REACH) return null;
  const before = para.textBetween(0, $head.parentOffset);
  const found = typedMarkerAt(before, para.textBetween($head.parentOffset, para.content.size).trimEnd());
  if (!found) return null;
  const cursor = bodyCursor(state.tr);
  if (cursor.index < 0 || cursor.flat.entries[cursor.index].kind !== 'block') return null;
  // The marker goes, and the spaces after it, typed or already there.
  const text = para.textContent;
  let end = found.cut;
  while (end < text.length && /\s/.test(text.charAt(end))) end++;
  const start = $head.start();
  const tr = state.tr.delete(start, start + end);
  if (!applyBodyEdit(tr, headingEdit(found.level))) return null;
  return ownUndoStep(tr).scrollIntoView();
}
