/**
 * Heading commands, as Word's outline levels work:
 *
 * - setHeading(n) (Ctrl+Alt+1/2/3): the paragraph at the cursor becomes a
 *   heading of level n (一级 part, 二级 section, 三级 item); its text becomes the
 *   heading's title and the paragraphs that follow it at its level move under
 *   it. On a heading it changes the level, and the heading's subtree moves
 *   with it.
 * - setParagraph (Ctrl+Alt+0): a heading becomes a paragraph again; its text
 *   and paragraphs join the container before it.
 * - demote / promote (Tab / Shift+Tab): a heading and its subtree go one level
 *   down or up.
 *
 * Numbers are derived, so every later heading renumbers by itself. Each
 * command is one transaction, so one undo reverts it.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { newId } from '../../core/ids.js';
import { reportSchema as s } from '../../core/schema.js';
import { headingNodeFor, textFor } from '../structure/build.js';
import { subtreeEnd, type Entry } from '../structure/entries.js';
import { bodyCommand, type BodyEdit } from '../structure/edit.js';

const MAX_LEVEL = 4;

/** Shift the levels of the heading at `index` and its subtree by `delta`; null when a level leaves 1–4. */
export function shiftSubtree(entries: Entry[], index: number, delta: number): Entry[] | null {
  const end = subtreeEnd(entries, index);
  const out = entries.slice();
  for (let i = index; i < end; i++) {
    const e = entries[i];
    const level = e.level + delta;
    if (e.kind === 'heading') {
      if (level < 1 || level > MAX_LEVEL) return null;
      out[i] = { ...e, level, node: headingNodeFor(e.node, level) };
    } else {
      out[i] = { ...e, level: Math.max(0, level) };
    }
  }
  return out;
}

/** A heading node of `level` with the text and id of `block` (its 修订 marks kept, a lead sentence's mark not). */
function headingFrom(block: PMNode, level: number): PMNode {
  const part = s.nodes.partHeading;
  return headingNodeFor(part.create({ id: block.attrs.id || newId() }, textFor(block, part)), level);
}

/** A paragraph with the text and id of `heading`, its 修订 marks kept. */
function paragraphFrom(heading: PMNode): PMNode {
  return s.nodes.paragraph.create({ id: heading.attrs.id || newId(), role: null }, textFor(heading, s.nodes.paragraph));
}

function paragraphToHeading(entries: Entry[], index: number, level: number): Entry[] {
  const para = entries[index];
  const out = entries.slice();
  out[index] = { kind: 'heading', level, node: headingFrom(para.node, level), containerId: newId() };
  // The paragraphs after it, at its old level, are now its content.
  for (let i = index + 1; i < out.length; i++) {
    const e = out[i];
    if (e.kind === 'heading' || e.level !== para.level) break;
    out[i] = { ...e, level };
  }
  return out;
}

/** Turn the block at the cursor into a heading of `level` (1 part … 4 subitem). */
export function setHeading(level: number) {
  return bodyCommand(headingEdit(level));
}

/** The body edit of setHeading, for commands that do more in the same step (a typed marker). */
export function headingEdit(level: number): BodyEdit {
  return ({ flat, index, offset }) => {
    if (index < 0) return null;
    const entry = flat.entries[index];
    const focus = { id: entry.node.attrs.id as string, offset };
    if (entry.kind === 'heading') {
      if (entry.level === level) return null;
      const entries = shiftSubtree(flat.entries, index, level - entry.level);
      return entries && { entries, focus };
    }
    if (entry.node.type !== s.nodes.paragraph) return null;
    return { entries: paragraphToHeading(flat.entries, index, level), focus };
  };
}

/** Turn the heading at the cursor back into a paragraph (正文). */
export const setParagraph = bodyCommand(({ flat, index, offset }) => {
  const entry = flat.entries[index];
  if (!entry || entry.kind !== 'heading') return null;
  const entries = flat.entries.slice();
  entries[index] = { kind: 'block', level: entry.level, node: paragraphFrom(entry.node) };
  return { entries, focus: { id: entry.node.attrs.id as string, offset } };
});

function shiftCommand(delta: number) {
  return bodyCommand(({ flat, index, offset }) => {
    const entry = flat.entries[index];
    if (!entry || entry.kind !== 'heading') return null;
    const entries = shiftSubtree(flat.entries, index, delta);
    return entries && { entries, focus: { id: entry.node.attrs.id as string, offset } };
  });
}

/** Tab: the heading and its subtree one level down (（二） becomes item 1. under （一）). */
export const demote = shiftCommand(1);
/** Shift+Tab: the heading and its subtree one level up. */
export const promote = shiftCommand(-1);
