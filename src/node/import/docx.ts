/**
 * Import of a Word document (.docx). mammoth reads the file into its document
 * tree (paragraphs, runs with bold, tables, images, notes, comments); we walk
 * that tree into paragraphs and give them to the same recognition as text
 * (importParagraphs): typed numbers and heading styles decide the level, a
 * bold run at the start of a paragraph is its lead sentence (段首句), and the
 * glossary and the targets summary are found as in text.
 *
 * What Caogao does not keep is listed for the user instead of failing:
 * images are left out, each table cell becomes a paragraph, footnotes and
 * comments are left out, tracked changes are taken as accepted. A file that
 * is not a .docx at all, or is damaged, raises a CaogaoError naming it.
 */
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { CaogaoError } from '../../core/errors.js';
import type { LevelHint, SourceLine } from '../../core/import/lines.js';
import { fileNotice, type ImportNotice } from '../../core/import/notices.js';
import { importParagraphs, type ImportOptions, type ImportResult } from '../../core/import/text.js';

/** The parts of mammoth's document tree this importer reads. */
interface MElement {
  type: string;
  children?: MElement[];
  value?: string;
  isBold?: boolean;
  styleName?: string | null;
  breakType?: string;
}

interface Walk {
  lines: SourceLine[];
  images: number;
  tables: number;
  notes: number;
  comments: number;
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

function walkBlocks(elements: MElement[], walk: Walk, inTable: boolean): void {
  for (const el of elements) {
    if (el.type === 'paragraph') {
      const { text, bold } = paragraphText(el, walk);
      const hint = inTable ? undefined : hintOf(el.styleName);
      const line: SourceLine = { text, line: walk.lines.length + 1, boldStart: bold };
      if (hint) line.hint = hint;
      walk.lines.push(line);
    } else if (el.type === 'table') {
      walk.tables += 1;
      walkBlocks(el.children ?? [], walk, true);
    } else if (el.children) {
      walkBlocks(el.children, walk, inTable);
    }
  }
}

const ZIP_MAGIC = [0x50, 0x4b];

async function trackedChanges(bytes: Uint8Array, file: string): Promise<boolean> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new CaogaoError('docx-not-zip', { file }, { cause });
  }
  const main = zip.file('word/document.xml');
  if (!main) throw new CaogaoError('docx-no-document', { file });
  return /<w:(?:ins|del|moveFrom|moveTo)\b/.test(await main.async('string'));
}

/** mammoth's warnings about mapping styles to HTML say nothing about the text; the rest are worth listing. */
const IRRELEVANT_WARNING = /^Unrecognised (paragraph|run|table) style/;

export async function importDocx(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) throw new CaogaoError('docx-not-zip', { file });
  const tracked = await trackedChanges(bytes, file);
  const walk: Walk = { lines: [], images: 0, tables: 0, notes: 0, comments: 0 };
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: MElement) => {
          walkBlocks(document.children ?? [], walk, false);
          // Nothing is left for mammoth to render: only the tree was wanted.
          return { ...document, children: [] };
        },
      },
    );
    messages = result.messages;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (/main document part|body element/i.test(detail)) throw new CaogaoError('docx-no-document', { file }, { cause });
    throw new CaogaoError('docx-damaged', { file, detail }, { cause });
  }
  // A document that marks no lead sentence in bold gets them guessed, as from plain text.
  if (!walk.lines.some((l) => l.boldStart?.trim())) for (const l of walk.lines) delete l.boldStart;
  const result = importParagraphs(walk.lines, options);
  return { doc: result.doc, notices: [...result.notices, ...docxNotices(walk, tracked, messages, file)] };
}

function docxNotices(walk: Walk, tracked: boolean, messages: { type: string; message: string }[], file: string): ImportNotice[] {
  const notices: ImportNotice[] = [];
  if (!walk.lines.some((l) => l.text.trim())) notices.push(fileNotice('import-empty', { file }));
  if (walk.images) notices.push(fileNotice('import-images', { count: walk.images }));
  if (walk.tables) notices.push(fileNotice('import-tables', { count: walk.tables }));
  if (walk.notes) notices.push(fileNotice('import-notes', { count: walk.notes }));
  if (walk.comments) notices.push(fileNotice('import-comments', { count: walk.comments }));
  if (tracked) notices.push(fileNotice('import-tracked-changes'));
  const seen = new Set<string>();
  for (const m of messages) {
    if (IRRELEVANT_WARNING.test(m.message) || seen.has(m.message)) continue;
    seen.add(m.message);
    notices.push(fileNotice('import-docx-warning', { excerpt: m.message.slice(0, 120) }));
  }
  return notices;
}
