/**
 * The document walked once for all rules: every textblock with its text, its
 * heading path and the scope of the part it is in; the parts; the glossary;
 * the targets summary. Rules read this instead of walking the document again,
 * which keeps a full check of a long report within a few milliseconds.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { annexName, entryLabel, numberText } from '../numbering.js';
import { targetSummarySentence } from '../outline.js';
import { levelOf } from '../schema.js';
import { partScopes } from '../targets/scope.js';
import type { TargetScope } from '../targets/types.js';

/** The number a heading or glossary entry has, and the one it was typed with. */
export interface BlockNumber {
  /** 1–4 for headings, 0 for glossary entries. */
  level: number;
  /** 1-based position among its siblings (the derived number). */
  index: number;
  typed: number | null;
  marker: string | null;
  /** Id of the node whose attributes hold typed/marker (the heading, or the glossary entry). */
  attrsId: string;
  /** The node whose children are numbered together (a heading's container's parent, or the annex). */
  group: PMNode;
}

export interface BlockInfo {
  id: string;
  node: PMNode;
  /** Node type name: paragraph, sectionHeading, glossaryTerm … */
  type: string;
  /** Position before the textblock in the document. */
  pos: number;
  text: string;
  path: string[];
  /** 0-based index of the part (一、二、…) holding the block, or -1. */
  part: number;
  scope: TargetScope;
  inAnnex: boolean;
  /** The node holding this textblock (a part, section …, the doc, the annex or a glossary entry). */
  parent: PMNode;
  /** Index of this textblock (or of its glossary entry) among the parent's children. */
  indexInParent: number;
  /** Level of the enclosing container: 0 outside parts, 1 part … 4 subitem. */
  level: number;
  /** For headings and glossary terms: the numbering. */
  number?: BlockNumber;
  /** For glossary terms and definitions: the glossary entry. */
  entry?: PMNode;
  /** Position of the block in `blocks`. */
  order: number;
}

export interface GlossaryInfo {
  entry: PMNode;
  term: BlockInfo;
  definition: BlockInfo;
  /** 1-based derived number. */
  index: number;
}

export interface PartInfo {
  heading: BlockInfo;
  node: PMNode;
  scope: TargetScope;
}

export interface DocIndex {
  doc: PMNode;
  blocks: BlockInfo[];
  byId: Map<string, BlockInfo>;
  parts: PartInfo[];
  glossary: GlossaryInfo[];
  /** The targets summary paragraph and the range of the summary sentence in it. */
  summary: { block: BlockInfo; from: number; to: number } | null;
}

interface WalkState {
  blocks: BlockInfo[];
  parts: PartInfo[];
  glossary: GlossaryInfo[];
}

/** The text of a textblock (its children are text nodes): faster than textContent. */
function textOf(node: PMNode): string {
  const n = node.childCount;
  if (n === 0) return '';
  if (n === 1) return node.firstChild!.text ?? '';
  let text = '';
  for (let i = 0; i < n; i++) text += node.child(i).text ?? '';
  return text;
}

function pushBlock(state: WalkState, info: Omit<BlockInfo, 'order' | 'scope' | 'id' | 'text' | 'type'>): BlockInfo {
  const node = info.node;
  const block: BlockInfo = {
    id: node.attrs.id as string,
    node,
    type: node.type.name,
    pos: info.pos,
    text: textOf(node),
    path: info.path,
    part: info.part,
    scope: 'other',
    inAnnex: info.inAnnex,
    parent: info.parent,
    indexInParent: info.indexInParent,
    level: info.level,
    order: state.blocks.length,
  };
  if (info.number) block.number = info.number;
  if (info.entry) block.entry = info.entry;
  state.blocks.push(block);
  return block;
}

function walkGlossaryEntry(state: WalkState, entry: PMNode, pos: number, parent: PMNode, indexInParent: number, n: number, annexPath: string[]): void {
  const path = [...annexPath, entryLabel(entry, n)];
  const common = { parent, indexInParent, level: 0, part: -1, inAnnex: true, path, entry };
  const termNode = entry.child(0);
  const term = pushBlock(state, {
    ...common,
    node: termNode,
    pos: pos + 1,
    number: { level: 0, index: n, typed: (entry.attrs.typed as number | null) ?? null, marker: null, attrsId: entry.attrs.id, group: parent },
  });
  const definition = pushBlock(state, { ...common, node: entry.child(1), pos: pos + 1 + termNode.nodeSize });
  state.glossary.push({ entry, term, definition, index: n });
}

function walk(state: WalkState, parent: PMNode, start: number, path: string[], part: number, inAnnex: boolean): void {
  const counters = [0, 0, 0, 0, 0];
  let entries = 0;
  const parentLevel = levelOf(parent.type.name);
  parent.forEach((child, offset, index) => {
    const pos = start + offset;
    const level = levelOf(child.type.name);
    if (level > 0) {
      counters[level] += 1;
      const childPath = [...path, numberText(level, counters[level])];
      const childPart = level === 1 ? state.parts.length : part;
      const heading = child.firstChild!;
      const before = state.blocks.length;
      walk(state, child, pos + 1, childPath, childPart, inAnnex);
      const headingBlock = state.blocks[before];
      headingBlock.number = {
        level,
        index: counters[level],
        typed: (heading.attrs.typed as number | null) ?? null,
        marker: (heading.attrs.marker as string | null) ?? null,
        attrsId: heading.attrs.id,
        group: parent,
      };
      if (level === 1) state.parts.push({ heading: headingBlock, node: child, scope: 'other' });
    } else if (child.type.name === 'annex') {
      walk(state, child, pos + 1, [annexName(child)], -1, true);
    } else if (child.type.name === 'glossaryEntry') {
      entries += 1;
      walkGlossaryEntry(state, child, pos, parent, index, entries, path);
    } else if (child.type.name === 'annexItem') {
      // An item of a list annex (民生实事): numbered among its siblings like a glossary entry.
      entries += 1;
      pushBlock(state, {
        node: child,
        pos,
        path: [...path, entryLabel(child, entries)],
        part,
        inAnnex,
        parent,
        indexInParent: index,
        level: 0,
        number: { level: 0, index: entries, typed: (child.attrs.typed as number | null) ?? null, marker: null, attrsId: child.attrs.id, group: parent },
      });
    } else if (child.isTextblock) {
      pushBlock(state, { node: child, pos, path, part, inAnnex, parent, indexInParent: index, level: parentLevel });
    }
  });
}

/** Walk the document once. */
export function buildIndex(doc: PMNode): DocIndex {
  const state: WalkState = { blocks: [], parts: [], glossary: [] };
  walk(state, doc, 0, [], -1, false);
  const byId = new Map<string, BlockInfo>();
  for (const b of state.blocks) byId.set(b.id, b);

  const summaryBlock = state.blocks.find((b) => b.type === 'paragraph' && b.node.attrs.role === 'targetSummary') ?? null;
  const scopes = partScopes(
    state.parts.map((p) => p.heading.text),
    summaryBlock ? summaryBlock.part : -1,
  );
  state.parts.forEach((p, i) => (p.scope = scopes[i]));
  for (const b of state.blocks) b.scope = b.part >= 0 ? scopes[b.part] : 'other';

  let summary: DocIndex['summary'] = null;
  if (summaryBlock) {
    const sentence = targetSummarySentence(summaryBlock.text);
    const from = Math.max(0, summaryBlock.text.indexOf(sentence));
    summary = { block: summaryBlock, from, to: from + sentence.length };
  }
  return { doc, blocks: state.blocks, byId, parts: state.parts, glossary: state.glossary, summary };
}
