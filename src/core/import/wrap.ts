/**
 * Two layouts of plain text, told apart from the text itself.
 *
 * - One paragraph per line: text copied from a web page, Word or WPS. Most
 *   lines of any length end a sentence (。！？：；).
 * - Lines wrapped inside paragraphs: a PDF print read back as text
 *   (pdftotext), where a line ends wherever the page's width ran out. Most
 *   long lines end in the middle of a sentence.
 *
 * Only wrapped text has its lines joined (lines.ts), across blank lines too
 * (a page break). Text whose blocks are separated by blank lines (as Caogao's
 * own plain-text export writes them) is a third case: a single line break
 * inside a block is a wrap, so adjacent lines that do not end a sentence are
 * joined there, and nowhere else. Page numbers of a print
 * (`— 24 —`, `-24-`, `第24页`, `第24页 共30页`) are removed in both layouts, and
 * in wrapped text a line holding a bare number too.
 */
import { endsSentence, joinBroken, normalizeLine } from './layout.js';

export interface NumberedLine {
  text: string;
  line: number;
}

/** Lines at least this long say how the text is laid out; shorter ones are headings and labels. */
const LONG_LINE = 15;
/**
 * Share of long lines that stop mid-sentence above which the text is wrapped. Measured: web copies
 * 0.02–0.18 (a heading line, a list ending in a colon); a PDF-to-text report with whole paragraphs
 * between its page breaks 0.31; pdftotext of a GB/T 9704 print 0.9 and more.
 */
const WRAPPED_SHARE = 0.25;

const PAGE_NUMBER_RE = /^[—–\-－―─]{1,2}\s*\d{1,4}\s*[—–\-－―─]{1,2}$|^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/;
const BARE_NUMBER_RE = /^\d{1,4}$/;

/** Whether the lines are wrapped inside paragraphs (a print) rather than one paragraph each; a text of short lines only counts as wrapped. */
export function isWrappedText(lines: readonly string[]): boolean {
  let long = 0;
  let open = 0;
  for (const raw of lines) {
    const text = normalizeLine(raw);
    if (text.length < LONG_LINE) continue;
    long += 1;
    if (!endsSentence(text)) open += 1;
  }
  // Without a long line there is no evidence either way: join, as a print's short lines need.
  return long === 0 || open / long > WRAPPED_SHARE;
}

/** The lines with page numbers blanked (kept as empty lines, so line numbers stay true). */
export function stripPageNumbers(lines: NumberedLine[]): NumberedLine[] {
  const wrapped = isWrappedText(lines.map((l) => l.text));
  return lines.map((l) => {
    const text = normalizeLine(l.text);
    return PAGE_NUMBER_RE.test(text) || (wrapped && BARE_NUMBER_RE.test(text)) ? { ...l, text: '' } : l;
  });
}

/** Whether most lines are followed by a blank line: the blocks are separated by blank lines. */
export function isBlankSeparated(lines: readonly string[]): boolean {
  let filled = 0;
  let followed = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    filled += 1;
    if (i + 1 >= lines.length || !lines[i + 1].trim()) followed += 1;
  });
  return filled > 0 && followed / filled >= 0.6;
}

/** Join each line that does not end a sentence with the line right after it (no blank line between). */
export function joinAdjacentLines(lines: NumberedLine[]): NumberedLine[] {
  const out: { line: number; pieces: string[] }[] = [];
  let prevText = '';
  for (const l of lines) {
    const text = l.text.trim();
    const last = out.at(-1);
    if (last && text && prevText && !endsSentence(normalizeLine(prevText))) {
      const lastLine = normalizeLine(prevText);
      if (last.pieces.length === 1) last.pieces[0] = normalizeLine(last.pieces[0]);
      last.pieces.push(joinBroken(lastLine, normalizeLine(l.text)).slice(lastLine.length));
    } else out.push({ line: l.line, pieces: [l.text] });
    prevText = text;
  }
  return out.map((b) => ({ text: b.pieces.join(''), line: b.line }));
}
