/**
 * A comparison as the exports print it (exportHtml.ts for HTML and PDF,
 * exportDocx.ts for Word): a summary — the two drafts' names, the counts of
 * changes by kind, the 指标变化 table — and then the whole new draft as a
 * redline, each block with its text in runs kept, inserted or deleted, in
 * the order of the comparison's rows (rows.ts): deleted blocks where they
 * were, a moved block at both ends, each end naming the other.
 *
 * A split or merged paragraph is several printed paragraphs; the paragraph
 * mark between two of them is itself inserted (a split) or deleted (a
 * merge), which Word's tracked changes can say exactly. Heading numbers are
 * printed as they stand in each draft; a number changed only by renumbering
 * is flagged, so the HTML shows it as a change only when renumbering is
 * shown, while Word tracks it (rejecting every change there must give the
 * old draft back, numbers included).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { PrintKind } from '../export/printable.js';
import { message, type Lang } from '../messages/index.js';
import { compareDocs } from './index.js';
import { pathLabel } from './pathLabel.js';
import { CHANGE_KINDS, type ChangeKind, type CompareOptions, type Row, type RowSide, type Span, type TargetChange } from './types.js';

export type RunOp = Span['op'];

export interface RedlineRun {
  op: RunOp;
  text: string;
  /** A heading's number that changed only by renumbering (shown as a change only when asked for). */
  renumber?: true;
}

export interface RedlineBlock {
  kind: PrintKind;
  runs: RedlineRun[];
  /** The paragraph mark at its end: inserted (the block is new, or a split) or deleted. */
  markOp: RunOp;
  /** Part of a move: the place it left (`from`) or where it went (`to`). */
  moved?: 'from' | 'to';
  /** On the first block of each end of a move: where the other end is, e.g. 三（二）. */
  movedPath?: string;
}

export interface ComparisonReport {
  oldName: string;
  newName: string;
  /** Counts by kind, the kinds present or always listed (insert, delete, modify, move). */
  counts: { kind: ChangeKind; count: number }[];
  total: number;
  targets: TargetChange[];
  /** The comparison was cut short by its time budget (some blocks replaced whole). */
  bounded: boolean;
  /** Whether renumbered headings are shown as changes. */
  showRenumber: boolean;
  blocks: RedlineBlock[];
}

const KIND_OF: Record<string, PrintKind> = {
  title: 'title',
  occasion: 'occasion',
  speaker: 'speaker',
  salutation: 'salutation',
  partHeading: 'heading1',
  sectionHeading: 'heading2',
  itemHeading: 'heading3',
  subitemHeading: 'heading4',
  paragraph: 'body',
  annexLabel: 'annexLabel',
  annexTitle: 'annexTitle',
  glossaryEntry: 'glossaryEntry',
  // A table row (its cells joined by ｜): printed as a row of a table again (redlineTable.ts).
  tableRow: 'table',
};

/** A block's number as printed: 一、 for a part, （二） 1. （3） for the others, 5. for a glossary entry. */
export function numberLabel(side: RowSide): string {
  if (!side.number) return '';
  return side.node === 'partHeading' ? `${side.number}、` : side.number;
}

/** Cut runs into paragraphs at "\n": each paragraph's runs, and the op of the mark that ended it. */
function paragraphs(runs: RedlineRun[], lastMark: RunOp): { runs: RedlineRun[]; markOp: RunOp }[] {
  const out: { runs: RedlineRun[]; markOp: RunOp }[] = [{ runs: [], markOp: lastMark }];
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((text, i) => {
      if (i > 0) {
        out[out.length - 1].markOp = run.op;
        out.push({ runs: [], markOp: lastMark });
      }
      if (text) out[out.length - 1].runs.push({ ...run, text });
    });
  }
  return out;
}

/** Adjacent runs of one op as one run (a renumbered number stays apart). */
function merged(runs: RedlineRun[]): RedlineRun[] {
  const out: RedlineRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.op === run.op && !last.renumber && !run.renumber) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/**
 * The number in front of a heading or glossary entry: deleted or inserted
 * with its block; at each end of a move as it stands there; on a block
 * matched in place, the old number deleted and the new inserted when they
 * differ, flagged as renumbering.
 */
function numberRuns(row: Row): RedlineRun[] {
  const oldLabel = row.old ? numberLabel(row.old) : '';
  const newLabel = row.new ? numberLabel(row.new) : '';
  const run = (op: RunOp, text: string, renumber = false): RedlineRun[] => (text ? [{ op, text, ...(renumber ? { renumber: true as const } : {}) }] : []);
  switch (row.kind) {
    case 'insert':
      return run('insert', newLabel);
    case 'delete':
    case 'moveFrom':
      return run('delete', oldLabel);
    case 'moveTo':
      return run('equal', newLabel);
    default:
      return oldLabel === newLabel ? run('equal', newLabel) : [...run('delete', oldLabel, true), ...run('insert', newLabel, true)];
  }
}

/** The text of a row as runs, and the op of its last paragraph mark. */
function bodyRuns(row: Row): { runs: RedlineRun[]; markOp: RunOp } {
  switch (row.kind) {
    case 'insert':
      return { runs: [{ op: 'insert', text: row.new!.text }], markOp: 'insert' };
    case 'delete':
    case 'moveFrom':
      return { runs: [{ op: 'delete', text: row.old!.text }], markOp: 'delete' };
    case 'moveTo':
      return { runs: row.spans ? row.spans.map((s) => ({ op: s.op, text: s.text })) : [{ op: 'equal', text: row.new!.text }], markOp: 'insert' };
    case 'modify':
      return { runs: (row.spans ?? []).map((s) => ({ op: s.op, text: s.text })), markOp: 'equal' };
    default:
      return { runs: [{ op: 'equal', text: row.new!.text }], markOp: 'equal' };
  }
}

/** One row of the comparison as printed blocks. */
function rowBlocks(row: Row, index: number, rows: Row[], lang: Lang): RedlineBlock[] {
  const side = (row.new ?? row.old)!;
  const kind = KIND_OF[side.node] ?? 'body';
  const body = bodyRuns(row);
  const blocks: RedlineBlock[] = paragraphs([...numberRuns(row), ...body.runs], body.markOp).map((p) => ({ kind, runs: merged(p.runs), markOp: p.markOp }));
  if (row.kind === 'moveFrom' || row.kind === 'moveTo') {
    const moved = row.kind === 'moveFrom' ? 'from' : 'to';
    for (const b of blocks) b.moved = moved;
    // Named once per move: a section's paragraphs that moved with it follow its heading.
    const previous = rows[index - 1];
    const continues = previous?.kind === row.kind && previous.changes.some((c) => row.changes.includes(c));
    const partner = row.partner === undefined ? null : rows[row.partner];
    if (!continues && partner) blocks[0].movedPath = pathLabel((moved === 'from' ? partner.new?.path : partner.old?.path) ?? [], lang);
  }
  return blocks;
}

export interface ReportOptions extends Pick<CompareOptions, 'showRenumber' | 'lexicon' | 'budgetMs'> {
  lang?: Lang;
}

/** Compare two drafts and lay the result out for printing. */
export function comparisonReport(oldDoc: PMNode, newDoc: PMNode, names: { old: string; new: string }, options: ReportOptions = {}): ComparisonReport {
  const lang = options.lang ?? 'zh';
  const showRenumber = options.showRenumber ?? false;
  const result = compareDocs(oldDoc, newDoc, { showRenumber, lexicon: options.lexicon, budgetMs: options.budgetMs, rows: true });
  const rows = result.rows!;
  const counts = CHANGE_KINDS.filter((k) => result.stats[k] !== undefined).map((kind) => ({ kind, count: result.stats[kind] ?? 0 }));
  return {
    oldName: names.old,
    newName: names.new,
    counts,
    total: result.changes.length,
    targets: result.targets,
    bounded: result.bounded,
    showRenumber,
    blocks: rows.flatMap((row, i) => rowBlocks(row, i, rows, lang)),
  };
}

/** The counts as one line: 改动 12 处：新增 2，删除 1，修改 8，移动 1. */
export function countsLine(report: ComparisonReport, lang: Lang): string {
  const n = (kind: ChangeKind) => report.counts.find((c) => c.kind === kind)?.count ?? 0;
  if (!report.total) return message('compare-none', lang);
  let line = message('compare-changes', lang, { total: report.total, insert: n('insert'), delete: n('delete'), modify: n('modify'), move: n('move') });
  if (report.counts.some((c) => c.kind === 'renumber')) line += message('compare-renumbered', lang, { renumber: n('renumber') });
  return line;
}
