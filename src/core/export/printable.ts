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
  | 'annexItem'
  | 'table';

/** 修订 on a run: text suggested for insertion or deletion, by whom and when. */
export interface PrintChange {
  kind: 'insert' | 'delete';
  id: string;
  author: string;
  date: string;
}

export interface PrintRun {
  text: string;
  bold?: boolean;
  /** The level of the heading this run is the text of (run in at the start of a body paragraph): its face. */
  heading?: number;
  /** The run is a suggestion (修订). Text both inserted and deleted prints as deleted. */
  change?: PrintChange;
  /**
   * Where the run's text stands in the document: the textblock's id and the
   * offset of the run's first character in its text, negative when a derived
   * number is printed before it (`（一）` before a heading). Comments anchor
   * by these (the .docx export's comment ranges).
   */
  source?: { block: string; offset: number };
}

export interface PrintBlock {
  kind: PrintKind;
  runs: PrintRun[];
  /** The block's id in the document. */
  id: string;
  /** Starts a new page (the annex). */
  pageBreakBefore?: boolean;
  /** A table's rows (kind 'table'; its `runs` are empty). */
  rows?: PrintRow[];
}

/** A cell of a printed table: its paragraphs as runs, and its spans. */
export interface PrintCell {
  paragraphs: PrintRun[][];
  colspan: number;
  rowspan: number;
  header: boolean;
}

export interface PrintRow {
  id: string;
  cells: PrintCell[];
}

/** A table node's rows for printing. */
export function printRows(table: PMNode): PrintRow[] {
  const rows: PrintRow[] = [];
  table.forEach((row) => {
    const cells: PrintCell[] = [];
    row.forEach((cell) => {
      const paragraphs: PrintRun[][] = [];
      cell.forEach((p) => paragraphs.push(textRuns(p)));
      cells.push({ paragraphs, colspan: cell.attrs.colspan as number, rowspan: cell.attrs.rowspan as number, header: cell.type.name === 'tableHeader' });
    });
    rows.push({ id: row.attrs.id as string, cells });
  });
  return rows;
}

const SIMPLE: Record<string, PrintKind> = {
  title: 'title',
  occasion: 'occasion',
  speaker: 'speaker',
  salutation: 'salutation',
  annexTitle: 'annexTitle',
};

function changeOf(text: PMNode): PrintChange | undefined {
  const mark = text.marks.find((m) => m.type.name === 'deletion') ?? text.marks.find((m) => m.type.name === 'insertion');
  if (!mark) return undefined;
  const { id, author, date } = mark.attrs as { id: string; author: string; date: string };
  return { kind: mark.type.name === 'deletion' ? 'delete' : 'insert', id, author, date };
}

const sameChange = (a: PrintChange | undefined, b: PrintChange | undefined): boolean => a?.kind === b?.kind && a?.id === b?.id;

/** The runs of a textblock's text: a new run where the lead mark or a suggestion starts or ends. */
function textRuns(node: PMNode, extra: { bold?: boolean; heading?: number } = {}): PrintRun[] {
  const runs: PrintRun[] = [];
  const block = node.attrs.id as string;
  node.forEach((text, offset) => {
    const bold = extra.bold || text.marks.some((m) => m.type.name === 'lead');
    const change = changeOf(text);
    const last = runs.at(-1);
    if (last && !!last.bold === bold && sameChange(last.change, change)) last.text += text.text ?? '';
    else
      runs.push({
        text: text.text ?? '',
        ...(bold ? { bold } : {}),
        ...(extra.heading ? { heading: extra.heading } : {}),
        ...(change ? { change } : {}),
        source: { block, offset },
      });
  });
  return runs;
}

/**
 * Runs with a derived number before them and punctuation after (a run-in
 * heading's 。): joined to the first and last run when those are plain text,
 * else runs of their own, so a suggestion never takes in a derived number.
 */
function affixed(node: PMNode, runs: PrintRun[], prefix: string, suffix = '', extra: { heading?: number } = {}): PrintRun[] {
  const block = node.attrs.id as string;
  const out = runs.map((r) => ({ ...r, source: { ...r.source! } }));
  if (!out.length) return [{ text: prefix + suffix, ...extra, source: { block, offset: -prefix.length } }];
  const first = out[0];
  if (prefix && !first.change && !first.bold) {
    first.text = prefix + first.text;
    first.source!.offset -= prefix.length;
  } else if (prefix) out.unshift({ text: prefix, ...extra, source: { block, offset: -prefix.length } });
  const last = out.at(-1)!;
  if (suffix && !last.change && !last.bold) last.text += suffix;
  else if (suffix) out.push({ text: suffix, ...extra, source: { block, offset: node.content.size } });
  return out;
}

export function printableBlocks(doc: PMNode): PrintBlock[] {
  const labels = new Map<PMNode, string>();
  for (const n of collectNumbering(doc)) labels.set(n.node, n.label);
  const out: PrintBlock[] = [];

  const walk = (node: PMNode, parent: PMNode | null): void => {
    const name = node.type.name;
    if (name === 'glossaryEntry') {
      const [term, definition] = [node.child(0), node.child(1)];
      out.push({
        kind: 'glossaryEntry',
        id: node.attrs.id,
        runs: [{ text: labels.get(node) ?? '' }, ...textRuns(term, { bold: true }), ...affixed(definition, textRuns(definition), node.attrs.sep as string)].filter((r) => r.text),
      });
      return;
    }
    if (name === 'annexItem') {
      out.push({ kind: 'annexItem', id: node.attrs.id, runs: [{ text: labels.get(node) ?? '' }, ...textRuns(node)].filter((r) => r.text) });
      return;
    }
    if (name === 'annexLabel') {
      out.push({ kind: 'annexLabel', id: node.attrs.id, runs: affixed(node, textRuns(node), ''), pageBreakBefore: true });
      return;
    }
    if (name in SIMPLE) {
      out.push({ kind: SIMPLE[name], id: node.attrs.id, runs: affixed(node, textRuns(node), '') });
      return;
    }
    if (name === 'table') {
      out.push({ kind: 'table', id: node.attrs.id, runs: [], rows: printRows(node) });
      return;
    }
    if (name === 'paragraph') {
      out.push({ kind: 'body', id: node.attrs.id, runs: textRuns(node) });
      return;
    }
    if (node.isTextblock && parent) {
      const level = levelOf(parent.type.name);
      const label = labels.get(parent) ?? '';
      out.push({ kind: `heading${level}` as PrintKind, id: node.attrs.id, runs: affixed(node, textRuns(node), label) });
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
      const level = levelOf(node.type.name);
      const heading = affixed(child, textRuns(child, { heading: level }), labels.get(node) ?? '', '。', { heading: level });
      out.push({ kind: 'body', id: child.attrs.id, runs: [...heading, ...(body ? textRuns(body) : [])] });
      if (body) i += 1;
    }
  };
  walk(doc, null);
  return out;
}

/** The plain text of a block. */
export const blockText = (block: PrintBlock): string => block.runs.map((r) => r.text).join('');
