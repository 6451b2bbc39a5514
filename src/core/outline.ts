/**
 * The outline of a report: title, parts with their sections and items, the
 * glossary terms and the targets summary. `caogao outline --json` prints it,
 * and the editor's outline panel is built from the same walk.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { numberText } from './numbering.js';
import { levelOf } from './schema.js';

export interface OutlineNode {
  number: string;
  title: string;
  id: string;
  sections?: OutlineNode[];
  items?: OutlineNode[];
  subitems?: OutlineNode[];
}

export interface Outline {
  title: string;
  parts: OutlineNode[];
  glossary: { number: number; term: string }[];
  targetSummary: string | null;
}

const CHILD_KEY: Record<number, 'sections' | 'items' | 'subitems' | undefined> = {
  1: 'sections',
  2: 'items',
  3: 'subitems',
};

function containers(node: PMNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  let n = 0;
  node.forEach((child) => {
    const level = levelOf(child.type.name);
    if (level === 0) return;
    n += 1;
    const entry: OutlineNode = { number: numberText(level, n), title: child.firstChild!.textContent, id: child.attrs.id };
    const key = CHILD_KEY[level];
    if (key) entry[key] = containers(child);
    out.push(entry);
  });
  return out;
}

/**
 * The sentence that states the year's main targets: from the clause that
 * names 预期目标 to the end of its sentence.
 */
export function targetSummarySentence(text: string): string {
  const at = text.search(/(主要)?预期目标/);
  if (at < 0) return text;
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('，'), before.lastIndexOf('；')) + 1;
  const endAt = text.indexOf('。', at);
  return text.slice(start, endAt < 0 ? text.length : endAt + 1);
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

export function outlineOf(doc: PMNode): Outline {
  const title = doc.firstChild?.type.name === 'title' ? doc.firstChild.textContent : '';
  const glossary: Outline['glossary'] = [];
  doc.forEach((child) => {
    if (child.type.name !== 'annex') return;
    child.forEach((entry) => {
      if (entry.type.name === 'glossaryEntry') glossary.push({ number: glossary.length + 1, term: entry.firstChild!.textContent });
    });
  });
  const summary = findTargetSummary(doc);
  return {
    title,
    parts: containers(doc),
    glossary,
    targetSummary: summary ? targetSummarySentence(summary.node.textContent) : null,
  };
}
