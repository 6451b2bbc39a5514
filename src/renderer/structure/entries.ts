/**
 * The report body as a flat list, the way a drafter reads it: a sequence of
 * headings (with their level) and paragraphs (with the level of the container
 * they sit in). Structural commands (make a heading, demote, paste a block of
 * report text) edit this list and rebuild the tree from it (build.ts), which
 * is much simpler than editing nested containers in place.
 *
 * The body is everything between the title block (title, occasion, speaker,
 * salutation) and the annex: the preamble paragraphs and the parts.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { levelOf } from '../../core/schema.js';

/** A heading of a part (1), section (2), item (3) or subitem (4), with its container's id. */
export interface HeadingEntry {
  kind: 'heading';
  level: number;
  /** The heading textblock (partHeading … subitemHeading). */
  node: PMNode;
  containerId: string;
}

/** A paragraph, with the level of the container that holds it (0 = preamble). */
export interface BlockEntry {
  kind: 'block';
  level: number;
  node: PMNode;
}

export type Entry = HeadingEntry | BlockEntry;

export interface FlatBody {
  /** Index (among the doc's children) of the first body child. */
  startIndex: number;
  /** Index just past the last body child (the annex, if any, stays outside). */
  endIndex: number;
  /** Document position where the body starts and ends. */
  from: number;
  to: number;
  entries: Entry[];
}

const TITLE_BLOCK = new Set(['title', 'occasion', 'speaker', 'salutation']);

function flattenContainer(container: PMNode, level: number, out: Entry[]): void {
  container.forEach((child, _offset, index) => {
    if (index === 0) {
      out.push({ kind: 'heading', level, node: child, containerId: container.attrs.id as string });
      return;
    }
    const childLevel = levelOf(child.type.name);
    if (childLevel > 0) flattenContainer(child, childLevel, out);
    else out.push({ kind: 'block', level, node: child });
  });
}

export function flattenBody(doc: PMNode): FlatBody {
  const entries: Entry[] = [];
  let startIndex = -1;
  let endIndex = doc.childCount;
  let from = 0;
  let to = doc.content.size;
  doc.forEach((child, offset, index) => {
    if (TITLE_BLOCK.has(child.type.name)) return;
    if (child.type.name === 'annex') {
      if (endIndex === doc.childCount) {
        endIndex = index;
        to = offset;
      }
      return;
    }
    if (startIndex < 0) {
      startIndex = index;
      from = offset;
    }
    const level = levelOf(child.type.name);
    if (level > 0) flattenContainer(child, level, entries);
    else entries.push({ kind: 'block', level: 0, node: child });
  });
  if (startIndex < 0) {
    // No body yet: it starts where the annex (or the end of the document) is.
    startIndex = endIndex;
    from = to;
  }
  return { startIndex, endIndex, from, to, entries };
}

/** Index of the entry whose textblock is `node` (by identity), or -1. */
export function entryIndexOf(entries: Entry[], node: PMNode): number {
  return entries.findIndex((e) => e.node === node);
}

/**
 * The end (exclusive) of a heading's subtree: its paragraphs and the headings
 * below it, up to the next heading of its level or above, or a paragraph that
 * belongs to an enclosing container.
 */
export function subtreeEnd(entries: Entry[], index: number): number {
  const level = entries[index].level;
  let j = index + 1;
  while (j < entries.length) {
    const e = entries[j];
    if (e.kind === 'heading' ? e.level <= level : e.level < level) break;
    j++;
  }
  return j;
}
