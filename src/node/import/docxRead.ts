/**
 * Reading the paragraphs of a Word document (.docx): the part of the import
 * that touches the untrusted file, run in a worker (docxIsolated.ts). mammoth
 * reads the verified parts (docxZip.ts) into its document tree (paragraphs,
 * runs with bold, tables, images, notes, comments); we walk that tree into
 * source lines: the text, the bold run it starts with (a lead sentence,
 * 段首句) and the level a heading style gives. Characters XML 1.0 forbids
 * are dropped and counted. The result is plain data, so it crosses from the
 * worker; the recognition itself runs in docx.ts.
 */
import mammoth from 'mammoth';
import { CaogaoError } from '../../core/errors.js';
import type { LevelHint, SourceLine } from '../../core/import/lines.js';
import { stripNonXmlChars } from '../../core/text/xmlChars.js';
import { scanDocxReview, type DocxReviewScan } from './docxReviewScan.js';
import type { TableCellData, TableData } from '../../core/table/tableData.js';
import { verifiedDocx } from './docxZip.js';

/** The parts of mammoth's document tree this importer reads. */
interface MElement {
  type: string;
  children?: MElement[];
  value?: string;
  isBold?: boolean;
  styleName?: string | null;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
  isHeader?: boolean;
}

interface Walk {
  lines: SourceLine[];
  images: number;
  tables: number;
  notes: number;
  comments: number;
  dropped: number;
  /** Paragraphs inside table cells, counted against MAX_PARAGRAPHS with the lines. */
  cellParagraphs: number;
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-4])$/i;
const TITLE_STYLE = /^(?:title|标题)$/i;
const LEVEL_HINTS: LevelHint[] = ['part', 'section', 'item', 'subitem'];

function hintOf(styleName: string | null | undefined): LevelHint | undefined {
  if (!styleName) return undefined;
  const name = styleName.trim();
  if (TITLE_STYLE.test(name)) return 'title';
  const m = HEADING_STYLE.exec(name);
  return m ? LEVEL_HINTS[Number(m[1]) - 1] : undefined;
}

/** Text of the runs of a paragraph, with the bold text it starts with. */
function paragraphText(paragraph: MElement, walk: Walk): { text: string; bold: string } {
  let text = '';
  let bold = '';
  let boldOpen = true;
  const visit = (el: MElement, inBold: boolean): void => {
    switch (el.type) {
      case 'text':
        text += el.value ?? '';
        if (boldOpen && inBold) bold += el.value ?? '';
        else if ((el.value ?? '').trim()) boldOpen = false;
        return;
      case 'tab':
        text += ' ';
        return;
      case 'image':
        walk.images += 1;
        return;
      case 'noteReference':
        walk.notes += 1;
        return;
      case 'commentReference':
        walk.comments += 1;
        return;
      case 'run':
        for (const child of el.children ?? []) visit(child, !!el.isBold);
        return;
      default:
        for (const child of el.children ?? []) visit(child, inBold);
    }
  };
  for (const child of paragraph.children ?? []) visit(child, false);
  return { text, bold };
}

/** The texts of the paragraphs under `el` (a cell): a table nested in a cell gives its paragraphs too. */
function cellParagraphs(el: MElement, walk: Walk, out: string[]): void {
  for (const child of el.children ?? []) {
    if (child.type === 'paragraph') {
      const text = stripNonXmlChars(paragraphText(child, walk).text);
      walk.dropped += text.removed;
      out.push(text.text.trim());
      walk.cellParagraphs += 1;
    } else cellParagraphs(child, walk, out);
  }
}

/** A table of mammoth's tree as rows of cells (mammoth has already turned vertical merges into rowSpan). */
function tableOf(el: MElement, walk: Walk): TableData {
  const rows: TableData = [];
  const visitRows = (node: MElement): void => {
    for (const child of node.children ?? []) {
      if (child.type !== 'tableRow') {
        visitRows(child);
        continue;
      }
      const cells: TableCellData[] = [];
      for (const cell of child.children ?? []) {
        if (cell.type !== 'tableCell') continue;
        const paragraphs: string[] = [];
        cellParagraphs(cell, walk, paragraphs);
        cells.push({ paragraphs, colspan: cell.colSpan ?? 1, rowspan: cell.rowSpan ?? 1, ...(child.isHeader ? { header: true } : {}) });
      }
      rows.push(cells);
    }
  };
  visitRows(el);
  return rows;
}

function walkBlocks(elements: MElement[], walk: Walk): void {
  for (const el of elements) {
    // Past the cap the walk stops; readDocx refuses the file.
    if (walk.lines.length + walk.cellParagraphs > MAX_PARAGRAPHS) return;
    if (el.type === 'paragraph') {
      const raw = paragraphText(el, walk);
      const text = stripNonXmlChars(raw.text);
      walk.dropped += text.removed;
      const hint = hintOf(el.styleName);
      const line: SourceLine = { text: text.text, line: walk.lines.length + 1, boldStart: stripNonXmlChars(raw.bold).text };
      if (hint) line.hint = hint;
      walk.lines.push(line);
    } else if (el.type === 'table') {
      // A table stays a table: one source line that carries its cells.
      walk.tables += 1;
      walk.lines.push({ text: '', line: walk.lines.length + 1, table: tableOf(el, walk) });
    } else if (el.children) {
      walkBlocks(el.children, walk);
    }
  }
}

const ZIP_MAGIC = [0x50, 0x4b];

/**
 * Most paragraphs a .docx may have. A long report has about 2,000; a
 * document.xml of empty paragraphs within the part cap could hold millions,
 * each a DOM node and then a line for the importer.
 */
export const MAX_PARAGRAPHS = 100_000;

/** What the untrusted part of the import yields: plain data, so it can cross from the worker. */
export interface DocxContent {
  lines: SourceLine[];
  images: number;
  tables: number;
  notes: number;
  comments: number;
  tracked: boolean;
  /** mammoth's warnings, as it wrote them. */
  warnings: string[];
  /** Characters XML 1.0 forbids, dropped from the text. */
  dropped: number;
  /** The reviewers' tracked changes and comments (docxReviewScan.ts), when the file has any. */
  review?: DocxReviewScan;
}

/** Paragraph starts in a part: `<w:p>`, `<w:p …>` or `<w:p/>`, never `<w:pPr>`. */
function paragraphCount(xml: Uint8Array, stopAt: number): number {
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let count = 0;
  for (let at = buffer.indexOf('<w:p'); at >= 0 && count <= stopAt; at = buffer.indexOf('<w:p', at + 4)) {
    const next = buffer[at + 4];
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count += 1;
  }
  return count;
}

const TRACKED = /<w:(?:ins|del|moveFrom|moveTo|pPrChange)\b/;
const DELETIONS = /<w:(?:del|moveFrom)\b/;

/**
 * document.xml as mammoth should read it when it holds tracked changes:
 * mammoth leaves deleted text out, but a deletion is a suggestion the user
 * decides on, so its text must be in the report. The deletion wrappers go
 * (`<w:del …>`, `</w:del>`, also self-closing on a paragraph mark, and the
 * same for w:moveFrom) and `w:delText` becomes `w:t`; the scan of the original
 * part (docxReviewScan.ts) says which text was deleted, by whom.
 */
export function showDeletedText(xml: string): string {
  return xml
    .replace(/<\/?w:(?:del|moveFrom)\b[^>]*>/g, '')
    .replace(/<(\/?)w:delText\b/g, '<$1w:t')
    .replace(/<(\/?)w:delInstrText\b/g, '<$1w:instrText');
}

const utf8 = (part: Uint8Array | undefined): string => (part ? new TextDecoder('utf-8').decode(part) : '');

/**
 * Read the paragraphs of a .docx: the part of the import that touches the
 * untrusted file (zip, XML), run in a worker by importDocxIsolated. Parts are
 * inflated under caps (docxZip.ts); the paragraphs are counted before mammoth
 * builds its tree, and again as they are walked.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxContent> {
  if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) throw new CaogaoError('docx-not-zip', { file });
  const showDeletions = (name: string, part: Uint8Array): Uint8Array => {
    if (name !== 'word/document.xml') return part;
    const xml = utf8(part);
    return DELETIONS.test(xml) ? new TextEncoder().encode(showDeletedText(xml)) : part;
  };
  const { parts, zip } = await verifiedDocx(bytes, file, undefined, showDeletions);
  const main = parts.get('word/document.xml');
  if (main && paragraphCount(main, MAX_PARAGRAPHS) > MAX_PARAGRAPHS) throw new CaogaoError('docx-too-many-paragraphs', { file, limit: MAX_PARAGRAPHS });
  const mainXml = utf8(main);
  const tracked = TRACKED.test(mainXml);
  const commentsXml = utf8(parts.get('word/comments.xml'));
  const review = tracked || commentsXml || /<w:comment(?:Range|Reference)/.test(mainXml) ? scanDocxReview(mainXml, commentsXml, utf8(parts.get('word/commentsExtended.xml'))) : undefined;
  const walk: Walk = { lines: [], images: 0, tables: 0, notes: 0, comments: 0, dropped: 0, cellParagraphs: 0 };
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) },
      {
        transformDocument: (document: MElement) => {
          walkBlocks(document.children ?? [], walk);
          // Nothing is left for mammoth to render: only the tree was wanted.
          return { ...document, children: [] };
        },
      },
    );
    messages = result.messages;
  } catch (cause) {
    if (cause instanceof CaogaoError) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (/main document part|body element/i.test(detail)) throw new CaogaoError('docx-no-document', { file }, { cause });
    throw new CaogaoError('docx-damaged', { file, detail: detail.slice(0, 200) }, { cause });
  }
  if (walk.lines.length + walk.cellParagraphs > MAX_PARAGRAPHS) throw new CaogaoError('docx-too-many-paragraphs', { file, limit: MAX_PARAGRAPHS });
  const { lines, images, tables, notes, comments, dropped } = walk;
  return { lines, images, tables, notes, comments, dropped, tracked, warnings: messages.map((m) => m.message), ...(review ? { review } : {}) };
}
