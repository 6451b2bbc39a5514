/**
 * Export a comparison (比对) of two drafts as HTML, PDF or Word, with the
 * report export's means: its page setup and styles (docx.ts, core/export),
 * PDF printing through headless Chromium or the app's printToPDF (pdf.ts),
 * and atomic writing (an export never leaves half a file where a good one
 * was). What is printed is laid out in src/core/diff/export*.ts.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { comparisonHtml } from '../../core/diff/exportHtml.js';
import { comparisonReport, type ComparisonReport } from '../../core/diff/exportModel.js';
import type { Lang } from '../../core/messages/index.js';
import type { Lexicon } from '../../core/targets/lexicon.js';
import { AtomicWriteError, writeFileAtomic } from '../store/atomicWrite.js';
import { nodeFileSystem, type FileSystem } from '../store/fileSystem.js';
import { exportError } from '../store/fsErrors.js';
import { htmlToPdf, type PdfOptions } from './pdf.js';

export const COMPARISON_FORMATS = ['html', 'pdf', 'docx'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

export function isComparisonFormat(value: unknown): value is ComparisonFormat {
  return typeof value === 'string' && (COMPARISON_FORMATS as readonly string[]).includes(value);
}

export interface ComparisonSource {
  oldDoc: PMNode;
  newDoc: PMNode;
  oldName: string;
  newName: string;
  showRenumber?: boolean;
  lexicon?: Lexicon;
  lang?: Lang;
  /** Who compared (the user's 署名): the author of Word's tracked changes; 草稿比对 when empty. */
  author?: string;
  /** When the comparison was made (the time of Word's tracked changes); now by default. */
  date?: Date;
}

/** The comparison as Word with tracked changes; the docx library and the report's Word layout are loaded only for this. */
async function comparisonWord(report: ComparisonReport, lang: Lang, date: Date, author?: string): Promise<Uint8Array> {
  const [{ Packer }, { comparisonDocx }, { documentOnReportPages, STYLE_OF }] = await Promise.all([
    import('docx'),
    import('../../core/diff/exportDocx.js'),
    import('./docx.js'),
  ]);
  const content = comparisonDocx(report, { lang, styleOf: STYLE_OF, date: date.toISOString(), author });
  return new Uint8Array(await Packer.toBuffer(documentOnReportPages(content)));
}

export async function comparisonBytes(source: ComparisonSource, format: ComparisonFormat, options: PdfOptions = {}): Promise<Uint8Array> {
  const lang = source.lang ?? 'zh';
  const report = comparisonReport(source.oldDoc, source.newDoc, { old: source.oldName, new: source.newName }, { lang, showRenumber: source.showRenumber, lexicon: source.lexicon });
  if (format === 'docx') return comparisonWord(report, lang, source.date ?? new Date(), source.author);
  const html = comparisonHtml(report, lang);
  if (format === 'html') return new TextEncoder().encode(html);
  return options.print ? options.print(html) : htmlToPdf(html, options);
}

export async function exportComparisonToFile(
  path: string,
  source: ComparisonSource,
  format: ComparisonFormat,
  options: PdfOptions & { fs?: FileSystem } = {},
): Promise<void> {
  const bytes = await comparisonBytes(source, format, options);
  try {
    await writeFileAtomic(options.fs ?? nodeFileSystem, path, bytes);
  } catch (error) {
    throw exportError(path, error instanceof AtomicWriteError ? error.cause : error);
  }
}
