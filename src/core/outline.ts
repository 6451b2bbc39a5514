/**
 * The outline of a report: title, parts with their sections and items, the
 * glossary terms and the targets summary. `caogao outline --json` prints it,
 * and the editor's outline panel is built from the same walk.
 *
 * Under review it reads the final state by default (review/finalState.ts): a
 * part or section deleted whole is not listed, and titles read without
 * deleted text; the original state leaves out inserted ones instead.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { numberText } from './numbering.js';
import { goesWhole, isNumbered, type Reading } from './review/finalState.js';
import { finalText, originalText } from './review/suggestions.js';
import { levelOf } from './schema.js';
import { findSummaryPassage } from './targets/summary.js';

export interface OutlineNode {
  number: string;
  title: string;
  id: string;
  sections?: OutlineNode[];
  items?: OutlineNode[];
  subitems?: OutlineNode[];
}

/** An annex (附件): its label and title, what it holds, and how many numbered entries. */
export interface OutlineAnnex {
  /** 附件, 附件2, or '' for a glossary that stands without one (注释). */
  label: string;
  title: string;
  /** 'glossary' (名词解释), 'list' (numbered items such as 民生实事) or 'other'. */
  kind: 'glossary' | 'list' | 'other';
  entries: number;
}

export interface Outline {
  title: string;
  parts: OutlineNode[];
  glossary: { number: number; term: string }[];
  annexes: OutlineAnnex[];
  targetSummary: string | null;
}

/** The text of a node as it reads in `reading`. */
export function textIn(node: PMNode, reading: Reading): string {
  return reading === 'final' ? finalText(node) : originalText(node);
}

/** The children of a node that stand in `reading` (those numbered and gone whole left out). */
function standing(node: PMNode, reading: Reading): PMNode[] {
  const out: PMNode[] = [];
  node.forEach((child) => {
    if (!isNumbered(child) || !goesWhole(child, reading)) out.push(child);
  });
  return out;
}

function annexOutline(annex: PMNode, reading: Reading): OutlineAnnex {
  let label = '';
  let title = '';
  let glossary = 0;
  let items = 0;
  for (const child of standing(annex, reading)) {
    const name = child.type.name;
    if (name === 'annexLabel') label = textIn(child, reading);
    else if (name === 'annexTitle') title = textIn(child, reading);
    else if (name === 'glossaryEntry') glossary += 1;
    else if (name === 'annexItem') items += 1;
  }
  return { label, title, kind: glossary ? 'glossary' : items ? 'list' : 'other', entries: glossary + items };
}

const CHILD_KEY: Record<number, 'sections' | 'items' | 'subitems' | undefined> = {
  1: 'sections',
  2: 'items',
  3: 'subitems',
};

function containers(node: PMNode, reading: Reading): OutlineNode[] {
  const out: OutlineNode[] = [];
  let n = 0;
  for (const child of standing(node, reading)) {
    const level = levelOf(child.type.name);
    if (level === 0) continue;
    n += 1;
    const entry: OutlineNode = { number: numberText(level, n), title: textIn(child.firstChild!, reading), id: child.attrs.id };
    const key = CHILD_KEY[level];
    if (key) entry[key] = containers(child, reading);
    out.push(entry);
  }
  return out;
}

/**
 * The passage that states the year's main targets: from the clause that
 * names them over the sentences that still state targets (targets/summary.ts).
 * The whole text when the paragraph holds no such passage (a paragraph the
 * user marked by hand).
 */
export function targetSummarySentence(text: string): string {
  const match = findSummaryPassage(text);
  return match ? text.slice(match.from, match.to) : text;
}

/** The paragraph with the targetSummary role, if any. */
export function findTargetSummary(doc: PMNode): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'paragraph' && node.attrs.role === 'targetSummary') found = { node, pos };
    return !node.isTextblock;
  });
  return found;
}

export function outlineOf(doc: PMNode, reading: Reading = 'final'): Outline {
  const title = doc.firstChild?.type.name === 'title' ? textIn(doc.firstChild, reading) : '';
  const glossary: Outline['glossary'] = [];
  const annexes: OutlineAnnex[] = [];
  doc.forEach((child) => {
    if (child.type.name !== 'annex') return;
    annexes.push(annexOutline(child, reading));
    for (const entry of standing(child, reading)) {
      if (entry.type.name === 'glossaryEntry') glossary.push({ number: glossary.length + 1, term: textIn(entry.firstChild!, reading) });
    }
  });
  const summary = findTargetSummary(doc);
  return {
    title,
    parts: containers(doc, reading),
    glossary,
    annexes,
    targetSummary: summary ? targetSummarySentence(textIn(summary.node, reading)) : null,
  };
}
