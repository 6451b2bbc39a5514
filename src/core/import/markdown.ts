/**
 * Import of a report written in Markdown. Markdown already says where a
 * paragraph ends (a blank line) and which lines are headings (#), so its
 * paragraphs go through the same recognition as a .docx file's
 * (importParagraphs): typed numbers decide the level, `#` headings without a
 * number get their level from their depth, and `**…**` at the start of a
 * paragraph is its lead sentence. Images are left out and table cells become
 * paragraphs; a notice says so.
 */
import { fileNotice, type ImportNotice } from './notices.js';
import type { LevelHint, SourceLine } from './lines.js';
import { joinBroken } from './layout.js';
import { importParagraphs, type ImportOptions, type ImportResult } from './text.js';

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
}

interface Scan {
  blocks: MdBlock[];
  images: number;
  tables: number;
}

function scanBlocks(source: string): Scan {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const scan: Scan = { blocks: [], images: 0, tables: 0 };
  let open: MdBlock | null = null;
  let inFence = false;
  let inTable = false;
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
    if (!isTableRow) inTable = false;
    if (!text.trim() || TABLE_RULE_RE.test(text)) {
      open = null;
      return;
    }
    if (heading) {
      scan.blocks.push({ text: heading[2], line, depth: heading[1].length });
      open = null;
    } else if (isTableRow) {
      if (!inTable) scan.tables += 1;
      inTable = true;
      for (const cell of text.trim().replace(/^\||\|$/g, '').split('|')) {
        if (cell.trim()) scan.blocks.push({ text: cell.trim(), line, depth: 0 });
      }
      open = null;
    } else if (BULLET_RE.test(text) || /^ {0,3}\d{1,2}[.．、)]/.test(text) || !open) {
      open = { text: text.replace(BULLET_RE, '').trim(), line, depth: 0 };
      scan.blocks.push(open);
    } else {
      open.text = joinBroken(open.text, text.trim());
    }
  });
  for (const block of scan.blocks) {
    scan.images += block.text.match(IMAGE_RE)?.length ?? 0;
    block.text = block.text.replace(IMAGE_RE, '').replace(LINK_RE, '$1').replace(/`/g, '');
  }
  return scan;
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
  if (scan.tables) notices.push(fileNotice('import-tables', { count: scan.tables }));
  return { doc: result.doc, notices };
}
