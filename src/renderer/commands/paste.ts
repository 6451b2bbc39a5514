/**
 * Paste of report text. Plain text (or the text of pasted HTML) runs through
 * the importer, so a pasted block such as
 *
 *   （三）实施城区品质提升行动
 *   推进城市更新。……
 *
 * becomes a section with its paragraphs, fitted into the report at the
 * cursor: the importer is given a context of placeholder headings down to the
 * cursor's level, so pasted paragraphs land in the cursor's container and a
 * pasted section opens beside the cursor's section. The pasted entries are
 * spliced into the flat body (a paragraph at the cursor splits around them)
 * and the tree is rebuilt (../structure/build.ts). Pasted glossary entries
 * join the annex. Nothing of the pasted text is dropped.
 *
 * A single line without a heading marker is not structure: the caller lets
 * ProseMirror insert it as inline text.
 *
 * Tables (from pasted HTML, or tab-separated text) arrive as placeholder
 * lines with the tables beside them (options.tables); once the text is
 * imported, each placeholder paragraph is swapped for its table, a block of
 * the container it landed in. In the annex, where the body's structure does
 * not apply, the lines and tables are inserted as paragraphs and tables at
 * the cursor. Inside a table cell a paste stays text.
 */
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { tableNode, type TableData } from '../../core/table/tableData.js';
import { tablePlaceholder } from '../editor/paste/htmlTables.js';
import { newId } from '../../core/ids.js';
import { importText } from '../../core/import/text.js';
import { findTargetSummary } from '../../core/outline.js';
import { reportSchema as s } from '../../core/schema.js';
import { flattenBody, type Entry } from '../structure/entries.js';
import { bodyCursor, type BodyCursor } from '../structure/edit.js';
import { buildBody } from '../structure/build.js';
import { replaceBody, type Focus } from '../structure/replace.js';
import { ownUndoStep } from '../editor/undoSteps.js';

const PLACEHOLDER = '草稿粘贴占位';
const CONTEXT_MARKERS = ['一、', '（一）', '1.', '（1）'];

/** The pasted text as flat entries and annex children, placed at container level `level`. */
function importAt(text: string, level: number): { entries: Entry[]; annex: PMNode[] } | null {
  const context = CONTEXT_MARKERS.slice(0, level).map((m) => `${m}${PLACEHOLDER}`);
  const source = ['政府工作报告', '各位代表：', ...context, text].join('\n');
  const { doc } = importText(source);
  const entries = flattenBody(doc).entries;
  for (let i = 0; i < level; i++) {
    const e = entries[i];
    if (e?.kind !== 'heading' || e.node.textContent !== PLACEHOLDER) return null;
  }
  const annex: PMNode[] = [];
  if (doc.lastChild?.type.name === 'annex') {
    doc.lastChild.forEach((child) => {
      if (child.type.name === 'glossaryEntry' || child.type.name === 'paragraph') annex.push(child);
    });
  }
  return { entries: entries.slice(level), annex };
}

const ANNEX_LINE = /^附件\s*\d*[：:]?$/;

/**
 * Each line its own block: the paragraphs of pasted HTML are real paragraphs,
 * so the importer's joining of lines cut by a page break must not apply.
 * Lines are imported one by one under the context the lines before them
 * opened (after a pasted section heading, the next lines go into it); from a
 * line 附件 on, the rest is the annex and imports as a whole.
 */
function importEachLine(text: string, level: number): { entries: Entry[]; annex: PMNode[] } | null {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  const annexAt = lines.findIndex((l) => ANNEX_LINE.test(l.trim()));
  const body = annexAt < 0 ? lines : lines.slice(0, annexAt);
  const entries: Entry[] = [];
  let context = level;
  for (const line of body) {
    const one = importAt(line, context);
    if (!one) return null;
    entries.push(...one.entries);
    for (const e of one.entries) if (e.kind === 'heading') context = e.level;
  }
  const annex = annexAt < 0 ? [] : (importAt(lines.slice(annexAt).join('\n'), 0)?.annex ?? []);
  return { entries, annex };
}

/** Whether pasting `text` means structure (several lines, or one heading line) rather than inline text. */
export function isStructuredPaste(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  if (lines.length > 1) return true;
  if (lines.length === 0) return false;
  // Under placeholder headings of every level, so that any heading marker is recognised.
  const one = importAt(lines[0], CONTEXT_MARKERS.length);
  return !!one && (one.entries.some((e) => e.kind === 'heading') || one.annex.length > 0);
}

/** Pasted headings forget their typed numbers (they numbered another document); one targets summary per report. */
function clean(entries: Entry[], keepSummary: boolean): Entry[] {
  return entries.map((e) => {
    if (e.kind === 'heading') {
      const attrs = { ...e.node.attrs, typed: null, marker: null };
      return { ...e, node: e.node.type.create(attrs, e.node.content) };
    }
    if (!keepSummary && e.node.attrs.role) return { ...e, node: e.node.type.create({ ...e.node.attrs, role: null }, e.node.content) };
    return e;
  });
}

/** Splice the pasted entries into the body around the cursor; returns the new list and the focus. */
function splice(cursor: BodyCursor, pasted: Entry[]): { entries: Entry[]; focus: Focus | null } {
  const { flat, index, offset } = cursor;
  const entry = flat.entries[index];
  const before = flat.entries.slice(0, index);
  const after = flat.entries.slice(index + 1);
  const last = pasted.length ? lastTextblock(pasted[pasted.length - 1].node) : null;
  const focus = last ? { id: last.attrs.id as string, offset: last.content.size } : null;
  if (entry.kind === 'heading') {
    const atStart = offset === 0 && entry.node.content.size > 0;
    return { entries: atStart ? [...before, ...pasted, entry, ...after] : [...before, entry, ...pasted, ...after], focus };
  }
  const node = entry.node;
  const left = node.content.cut(0, offset);
  const right = node.content.cut(offset);
  const middle: Entry[] = [];
  if (left.size) middle.push({ ...entry, node: node.copy(left) });
  middle.push(...pasted);
  if (right.size) {
    const id = left.size ? newId() : (node.attrs.id as string);
    const role = left.size ? null : node.attrs.role;
    middle.push({ kind: 'block', level: entry.level, node: s.nodes.paragraph.create({ id, role }, right) });
  }
  return { entries: [...before, ...middle, ...after], focus };
}

/** Append pasted glossary entries (and annex paragraphs) to the annex, creating it when needed. */
function addToAnnex(tr: Transaction, children: PMNode[]): void {
  if (!children.length) return;
  const last = tr.doc.lastChild;
  if (last?.type.name === 'annex') {
    tr.insert(tr.doc.content.size - 1, children);
    return;
  }
  const annex = s.nodes.annex.create({ id: newId() }, [
    s.nodes.annexLabel.create({ id: newId() }, s.text('附件')),
    s.nodes.annexTitle.create({ id: newId() }, s.text('名词解释')),
    ...children,
  ]);
  tr.insert(tr.doc.content.size, annex);
}

/** The last textblock in `node` (itself when it is one): where the cursor goes after a pasted table. */
function lastTextblock(node: PMNode): PMNode {
  let n = node;
  while (!n.isTextblock && n.lastChild) n = n.lastChild;
  return n;
}

/** The table a placeholder paragraph stands for, or undefined when `node` is not one. */
function tableFor(node: PMNode, tables: TableData[]): TableData | undefined {
  if (node.type !== s.nodes.paragraph) return undefined;
  const index = tables.findIndex((_, i) => node.textContent === tablePlaceholder(i));
  return index < 0 ? undefined : tables[index];
}

/** Placeholder paragraphs (entries or annex children) swapped for their tables; a table without cells is dropped. */
function swapTables<T>(items: T[], nodeOf: (item: T) => PMNode, withNode: (item: T, node: PMNode) => T, tables: TableData[]): T[] {
  if (!tables.length) return items;
  const out: T[] = [];
  for (const item of items) {
    const data = tableFor(nodeOf(item), tables);
    if (!data) out.push(item);
    else {
      const table = tableNode(data, newId);
      if (table) out.push(withNode(item, table));
    }
  }
  return out;
}

/** Whether the selection is inside an annex and not in a table cell. */
function inAnnexOutsideTable(state: Pick<EditorState, 'selection'>): boolean {
  const $from = state.selection.$from;
  let annex = false;
  for (let d = $from.depth; d > 0; d--) {
    const role = $from.node(d).type.spec.tableRole as string | undefined;
    if (role === 'cell' || role === 'header_cell') return false;
    if ($from.node(d).type === s.nodes.annex) annex = true;
  }
  return annex;
}

/** Lines and tables inserted at the cursor in the annex: each line a paragraph. */
function insertInAnnex(tr: Transaction, text: string, tables: TableData[]): Transaction | null {
  const nodes: PMNode[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    const para = s.nodes.paragraph.create({ id: newId() }, s.text(line.trim()));
    const data = tableFor(para, tables);
    const node = data ? tableNode(data, newId) : para;
    if (node) nodes.push(node);
  }
  if (!nodes.length) return null;
  tr.replaceSelection(new Slice(Fragment.fromArray(nodes), 0, 0));
  return ownUndoStep(tr).scrollIntoView();
}

export interface PasteOptions {
  /**
   * Every line break is a paragraph break (text taken from pasted HTML).
   * Without it, a line that does not end a sentence continues on the next
   * line, as in text copied from a PDF.
   */
  hardBreaks?: boolean;
  /** The tables whose placeholder lines (tablePlaceholder) the text holds, in order. */
  tables?: TableData[];
}

/**
 * The transaction that pastes `text` as report structure at the selection,
 * or null when the cursor is outside the body (title block, annex) or the
 * text is a single plain line.
 */
export function pasteReportText(state: EditorState, text: string, options: PasteOptions = {}): Transaction | null {
  const tables = options.tables ?? [];
  if (!tables.length && !isStructuredPaste(text)) return null;
  const tr = state.tr;
  if (!state.selection.empty) tr.deleteSelection();
  const cursor = bodyCursor(tr);
  if (cursor.index < 0) return tables.length && inAnnexOutsideTable(tr) ? insertInAnnex(tr, text, tables) : null;
  const entry = cursor.flat.entries[cursor.index];
  const imported = options.hardBreaks ? importEachLine(text, entry.level) : importAt(text, entry.level);
  if (!imported) return null;
  imported.entries = swapTables(imported.entries, (e) => e.node, (e, node) => ({ kind: 'block', level: e.level, node }), tables);
  imported.annex = swapTables(imported.annex, (n) => n, (_, node) => node, tables);
  const pasted = clean(imported.entries, !findTargetSummary(tr.doc));
  const { entries, focus } = splice(cursor, pasted);
  replaceBody(tr, cursor.flat, buildBody(entries), focus);
  addToAnnex(tr, imported.annex);
  if (!pasted.length && imported.annex.length) {
    const end = tr.doc.content.size - 1;
    tr.setSelection(TextSelection.near(tr.doc.resolve(end), -1));
  }
  return ownUndoStep(tr).scrollIntoView();
}
