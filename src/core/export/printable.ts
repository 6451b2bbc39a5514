/**
 * A report flattened into the blocks a printed page shows, in order: each
 * with its kind (which decides its type and spacing), its text as runs
 * (bold for a lead sentence or a glossary term), and the numbers derived
 * from position (numbering.ts) written in front of headings and glossary
 * entries, as they must appear on paper. The .docx and the HTML/PDF exports
 * both render this list, so they cannot disagree about content.
 *
 * A run-in heading (标题接排正文) prints as the report printed it: one body
 * paragraph that opens with the numbered heading and its 。 in the heading's
 * face (a run with `heading`), then the text of the paragraph after it.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { collectNumbering } from '../numbering.js';
import { levelOf } from '../schema.js';

export type PrintKind =
  | 'title'
  | 'occasion'
  | 'speaker'
  | 'salutation'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'body'
  | 'annexLabel'
  | 'annexTitle'
  | 'glossaryEntry'
  | 'annexItem';

export interface PrintRun {
  text: string;
  bold?: boolean;
  /** The level of the heading this run is the text of (run in at the start of a body paragraph): its face. */
  heading?: number;
}

export interface PrintBlock {
  kind: PrintKind;
  runs: PrintRun[];
  /** The block's id in the document. */
  id: string;
  /** Starts a new page (the annex). */
  pageBreakBefore?: boolean;
}

const SIMPLE: Record<string, PrintKind> = {
  title: 'title',
  occasion: 'occasion',
  speaker: 'speaker',
  salutation: 'salutation',
  annexTitle: 'annexTitle',
};

function paragraphRuns(node: PMNode): PrintRun[] {
  const runs: PrintRun[] = [];
  node.forEach((text) => {
    const bold = text.marks.some((m) => m.type.name === 'lead');
    const last = runs.at(-1);
    if (last && !!last.bold === bold) last.text += text.text ?? '';
    else runs.push(bold ? { text: text.text ?? '', bold } : { text: text.text ?? '' });
  });
  return runs;
}

export function printableBlocks(doc: PMNode): PrintBlock[] {
  const labels = new Map<PMNode, string>();
  for (const n of collectNumbering(doc)) labels.set(n.node, n.label);
  const out: PrintBlock[] = [];

  const walk = (node: PMNode, parent: PMNode | null): void => {
    const name = node.type.name;
    if (name === 'glossaryEntry') {
      const [term, definition] = [node.child(0).textContent, node.child(1).textContent];
      out.push({
        kind: 'glossaryEntry',
        id: node.attrs.id,
        runs: [{ text: labels.get(node) ?? '' }, { text: term, bold: true }, { text: `${node.attrs.sep}${definition}` }].filter((r) => r.text),
      });
      return;
    }
    if (name === 'annexItem') {
      out.push({ kind: 'annexItem', id: node.attrs.id, runs: [{ text: labels.get(node) ?? '' }, ...paragraphRuns(node)].filter((r) => r.text) });
      return;
    }
    if (name === 'annexLabel') {
      out.push({ kind: 'annexLabel', id: node.attrs.id, runs: [{ text: node.textContent }], pageBreakBefore: true });
      return;
    }
    if (name in SIMPLE) {
      out.push({ kind: SIMPLE[name], id: node.attrs.id, runs: [{ text: node.textContent }] });
      return;
    }
    if (name === 'paragraph') {
      out.push({ kind: 'body', id: node.attrs.id, runs: paragraphRuns(node) });
      return;
    }
    if (node.isTextblock && parent) {
      const level = levelOf(parent.type.name);
      const label = labels.get(parent) ?? '';
      out.push({ kind: `heading${level}` as PrintKind, id: node.attrs.id, runs: [{ text: `${label}${node.textContent}` }] });
      return;
    }
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (!child.attrs.runIn) {
        walk(child, node);
        continue;
      }
      const next = i + 1 < node.childCount ? node.child(i + 1) : null;
      const body = next?.type.name === 'paragraph' ? next : null;
      const heading: PrintRun = { text: `${labels.get(node) ?? ''}${child.textContent}。`, heading: levelOf(node.type.name) };
      out.push({ kind: 'body', id: child.attrs.id, runs: [heading, ...(body ? paragraphRuns(body) : [])] });
      if (body) i += 1;
    }
  };
  walk(doc, null);
  return out;
}

/** The plain text of a block. */
export const blockText = (block: PrintBlock): string => block.runs.map((r) => r.text).join('');
