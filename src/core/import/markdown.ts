/**
 * Import of a report written in Markdown. Markdown already says where a
 * paragraph ends (a blank line) and which lines are headings (#), so its
 * paragraphs go through the same recognition as a .docx file's
 * (importParagraphs): typed numbers decide the level, `#` headings without a
 * number get their level from their depth, and `**…**` at the start of a
 * paragraph is its lead sentence. Images are left out, and a notice says so.
 * A pipe table (`| 指标 | 目标 |` rows, the row above the `|---|---|` rule
 * being its header) becomes a table, its cells split at every `|` that is
 * not escaped (`\|` stays a character of the cell).
 */
import { fileNotice, type ImportNotice } from './notices.js';
import type { LevelHint, SourceLine } from './lines.js';
import { joinBroken } from './layout.js';
import { importParagraphs, type ImportOptions, type ImportResult } from './text.js';
import type { TableData } from '../table/tableData.js';

const HEADING_RE = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE_RE = /^ {0,3}(```|~~~)/;
const TABLE_RULE_RE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BULLET_RE = /^ {0,3}[-*+]\s+/;
const QUOTE_RE = /^ {0,3}>\s?/;
const IMAGE_RE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK_RE = /\[([^\]]*)\]\([^)]*\)/g;

interface MdBlock {
  text: string;
  line: number;
  depth: number;
  /** A pipe table's rows, growing while its rows follow one another. */
  table?: TableData;
}

interface Scan {
  blocks: MdBlock[];
  images: number;
}

/** The cells of a pipe-table row: `| 生产总值 | 6% |` → ["生产总值", "6%"]; `a \| b` stays one cell. */
function tableCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function scanBlocks(source: string): Scan {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const scan: Scan = { blocks: [], images: 0 };
  let open: MdBlock | null = null;
  let inFence = false;
  let table: MdBlock | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (FENCE_RE.test(raw)) {
      inFence = !inFence;
      open = null;
      return;
    }
    const text = raw.replace(QUOTE_RE, '');
    const heading = inFence ? null : HEADING_RE.exec(text);
    const isTableRow = !inFence && /^\s*\|.*\|\s*$/.test(text);
    if (!isTableRow && !(table && TABLE_RULE_RE.test(text))) table = null;
    if (table && TABLE_RULE_RE.test(text)) {
      // The rule under the first row: that row is the table's header (a rule further down is only a rule).
      if (table.table!.length === 1) for (const cell of table.table![0]) cell.header = true;
      return;
    }
    if (!text.trim() || TABLE_RULE_RE.test(text)) {
      open = null;
      return;
    }
    if (heading) {
      scan.blocks.push({ text: heading[2], line, depth: heading[1].length });
      open = null;
    } else if (isTableRow) {
      if (!table) {
        table = { text: '', line, depth: 0, table: [] };
        scan.blocks.push(table);
      }
      table.table!.push(tableCells(text).map((cell) => ({ paragraphs: [cleanInline(cell, scan)], colspan: 1, rowspan: 1 })));
      open = null;
    } else if (BULLET_RE.test(text) || /^ {0,3}\d{1,2}[.．、)]/.test(text) || !open) {
      open = { text: text.replace(BULLET_RE, '').trim(), line, depth: 0 };
      scan.blocks.push(open);
    } else {
      open.text = joinBroken(open.text, text.trim());
    }
  });
  for (const block of scan.blocks) block.text = cleanInline(block.text, scan);
  return scan;
}

/** Inline Markdown a report has no use for: images left out (and counted), links reduced to their text, code ticks dropped. */
function cleanInline(text: string, scan: Scan): string {
  scan.images += text.match(IMAGE_RE)?.length ?? 0;
  return text.replace(IMAGE_RE, '').replace(LINK_RE, '$1').replace(/`/g, '');
}

/** The first heading is the title; the others take their level from their depth among the headings. */
function hintsByDepth(blocks: MdBlock[]): Map<MdBlock, LevelHint> {
  const hints = new Map<MdBlock, LevelHint>();
  const headings = blocks.filter((b) => b.depth > 0);
  const first = headings[0];
  if (first && blocks[0] === first) hints.set(first, 'title');
  const levels: LevelHint[] = ['part', 'section', 'item', 'subitem'];
  const depths = [...new Set(headings.filter((h) => !hints.has(h)).map((h) => h.depth))].sort((a, b) => a - b);
  for (const h of headings) if (!hints.has(h)) hints.set(h, levels[Math.min(depths.indexOf(h.depth), 3)]);
  return hints;
}

/** A paragraph that starts with **bold** gives its lead sentence; the markers are removed. */
function toSourceLine(block: MdBlock, hint: LevelHint | undefined): SourceLine {
  const bold = /^(\*\*|__)(.+?)\1/.exec(block.text);
  const text = block.text.replace(/(\*\*|__)(.+?)\1/g, '$2');
  if (block.table) return { text: '', line: block.line, table: block.table };
  const line: SourceLine = { text, line: block.line, boldStart: bold ? bold[2] : '' };
  if (hint) line.hint = hint;
  return line;
}

export function importMarkdown(source: string, options: ImportOptions = {}): ImportResult {
  const scan = scanBlocks(source);
  const hints = hintsByDepth(scan.blocks);
  const lines = scan.blocks.map((b) => toSourceLine(b, hints.get(b)));
  // A report that marks no lead sentence in bold gets them guessed, as from plain text.
  if (!lines.some((l) => l.boldStart)) for (const l of lines) delete l.boldStart;
  const result = importParagraphs(lines, options);
  const notices: ImportNotice[] = [...result.notices];
  if (scan.images) notices.push(fileNotice('import-images', { count: scan.images }));
  return { doc: result.doc, notices };
}
