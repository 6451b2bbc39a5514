/**
 * Edits on a copy of a document, made the way the editor makes them (with
 * ProseMirror transforms), so every block keeps its id: comparing the result
 * with the original takes compare's by-id path. `viaText` prints a document
 * and imports it again, which gives every block a new id: comparing two such
 * re-imports takes the by-content path.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { importText } from '../../../../src/core/import/text.js';
import { docToText } from '../../../../src/core/plainText.js';
import { reportSchema as s } from '../../../../src/core/schema.js';

let fresh = 0;
const newId = (): string => `new${++fresh}`;

/** Position and node of the first textblock containing `text`. */
export function findText(doc: PMNode, text: string): { pos: number; node: PMNode } {
  let found: { pos: number; node: PMNode } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.isTextblock && node.textContent.includes(text)) found = { pos, node };
    return !node.isTextblock;
  });
  if (!found) throw new Error(`no block contains ${text}`);
  return found;
}

/** The block to move or delete: the paragraph itself, or the whole container of a heading. */
function blockOf(doc: PMNode, text: string): { pos: number; node: PMNode } {
  const { pos, node } = findText(doc, text);
  if (node.type.name === 'paragraph') return { pos, node };
  const $pos = doc.resolve(pos);
  return { pos: $pos.before(), node: $pos.parent };
}

export function replaceText(doc: PMNode, find: string, replacement: string): PMNode {
  const { pos, node } = findText(doc, find);
  const from = pos + 1 + node.textContent.indexOf(find);
  const tr = new Transform(doc);
  return (replacement ? tr.replaceWith(from, from + find.length, s.text(replacement)) : tr.delete(from, from + find.length)).doc;
}

/** Delete the paragraph containing `text`, or the part/section/item a heading with `text` starts. */
export function deleteBlock(doc: PMNode, text: string): PMNode {
  const { pos, node } = blockOf(doc, text);
  return new Transform(doc).delete(pos, pos + node.nodeSize).doc;
}

export function insertParagraphAfter(doc: PMNode, text: string, newText: string): PMNode {
  const { pos, node } = findText(doc, text);
  const paragraph = s.node('paragraph', { id: newId() }, newText ? [s.text(newText)] : []);
  return new Transform(doc).insert(pos + node.nodeSize, paragraph).doc;
}

/** Move the block of `text` (a paragraph, or a heading's container) before the block of `beforeText`. */
export function moveBlock(doc: PMNode, text: string, beforeText: string): PMNode {
  const moving = blockOf(doc, text);
  const tr = new Transform(doc).delete(moving.pos, moving.pos + moving.node.nodeSize);
  const target = blockOf(tr.doc, beforeText);
  return tr.insert(target.pos, moving.node).doc;
}

/** Split the paragraph containing `at` just before it; the second half gets a new id, as in the editor. */
export function splitParagraph(doc: PMNode, at: string): PMNode {
  const { pos, node } = findText(doc, at);
  const cut = pos + 1 + node.textContent.indexOf(at);
  const tr = new Transform(doc).split(cut);
  const second = tr.doc.resolve(cut + 2).before();
  return tr.setNodeMarkup(second, null, { ...tr.doc.nodeAt(second)!.attrs, id: newId() }).doc;
}

/** Join the paragraph containing `text` with the one after it. */
export function joinWithNext(doc: PMNode, text: string): PMNode {
  const { pos, node } = findText(doc, text);
  return new Transform(doc).join(pos + node.nodeSize).doc;
}

/** Print and import again: same content, new ids. */
export function viaText(doc: PMNode): PMNode {
  return importText(docToText(doc)).doc;
}
