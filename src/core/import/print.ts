/**
 * A print read back as text (pdftotext of a PDF), whose lines end wherever
 * the page's width ran out. Two cues tell a wrap from a paragraph's end:
 *
 * - Indentation. Read back with its layout (pdftotext -layout), a paragraph's
 *   first line keeps its two-character indent and its other lines start flush
 *   left. A flush line then continues the block before it, unless that block
 *   ended a sentence on a short line or the line is one that always starts a
 *   block (一、 heading, 各位代表：, 附件, 名词解释).
 * - Width. Lines of a print are of one width but for a paragraph's last line.
 *   A full line that ends a sentence (…目标任务。) most often goes on, since a
 *   paragraph rarely ends exactly at the margin; a shorter one ends its block.
 *
 * A text of whole paragraphs cut only by page breaks (an older PDF-to-text)
 * has no regular width, and is joined where a line stops mid-sentence alone.
 */
import { endsSentence, joinBroken, normalizeLine } from './layout.js';
import { startsBlock } from './markers.js';
import type { NumberedLine } from './wrap.js';

/** Width in characters of the page's grid: a Han character or full-width mark is 1, a Latin letter or digit ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** How far short of the full width a line may end and still count as full (justified lines vary by a character). */
const FULL_SLACK = 1.5;

/**
 * The width of a full line, or null when the lines show none: most lines of
 * at least 8 characters are within two characters of the 90th percentile.
 */
export function fullLineWidth(lines: readonly string[]): number | null {
  const widths = lines
    .map((l) => displayWidth(normalizeLine(l)))
    .filter((w) => w >= 8)
    .sort((a, b) => a - b);
  if (widths.length < 10) return null;
  const p90 = widths[Math.floor(widths.length * 0.9)];
  const near = widths.filter((w) => w >= p90 - 2 && w <= p90 + 0.5).length;
  return near / widths.length >= 0.5 ? p90 : null;
}

/**
 * Whether a raw line reaches the margin. A paragraph's first line starts two
 * characters in: read back with its indent, the indent counts; without it, a
 * line that opens a block (`first`) is taken to have had one.
 */
export function isFullLine(raw: string, fullWidth: number | null, first = false): boolean {
  if (fullWidth === null) return false;
  const indent = indentOf(raw) >= 2 || first ? 2 : 0;
  return indent + displayWidth(normalizeLine(raw)) >= fullWidth - FULL_SLACK;
}

/** Leading spaces of a raw line (an ideographic space counts two). */
function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** Whether the lines keep a print's indentation: some paragraph starts are indented, most lines are flush. */
export function keepsIndentation(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim());
  if (filled.length < 10) return false;
  const indented = filled.filter((l) => indentOf(l) >= 2).length / filled.length;
  return indented >= 0.05 && indented <= 0.6;
}

/** Join the wrapped lines of a print read back with its indentation into one line per block. */
export function reflowIndented(lines: readonly NumberedLine[], fullWidth: number | null): NumberedLine[] {
  // Each block's lines, joined once at the end (a block is never copied whole for each of its lines).
  const out: { line: number; pieces: string[] }[] = [];
  let lastFull = false;
  for (const l of lines) {
    const text = normalizeLine(l.text);
    if (!text) continue;
    const last = out.at(-1);
    const lastLine = last?.pieces.at(-1) ?? '';
    const flush = indentOf(l.text) < 2;
    if (last && flush && !startsBlock(text) && (!endsSentence(lastLine) || lastFull)) last.pieces.push(joinBroken(lastLine, text).slice(lastLine.length));
    else out.push({ line: l.line, pieces: [text] });
    lastFull = isFullLine(l.text, fullWidth);
  }
  return out.map((b) => ({ text: b.pieces.join(''), line: b.line }));
}
