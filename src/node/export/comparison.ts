/**
 * Export a comparison (比对) of two drafts as HTML, PDF or Word, with the
 * report export's means: its page setup and styles (docx.ts, core/export),
 * PDF printing through headless Chromium or the app's printToPDF (pdf.ts),
 * and atomic writing (an export never leaves half a file where a good one
 * was). What is printed is laid out in src/core/diff/export*.ts.
 */
import { Packer } from 'docx';
import type { Node as PMNode } from 'prosemirror-model';
import { comparisonDocx } from '../../core/diff/exportDocx.js';
import { comparisonHtml } from '../../core/diff/exportHtml.js';
import { comparisonReport } from '../../core/diff/exportModel.js';
import type { Lang } from '../../core/messages/index.js';
import type { Lexicon } from '../../core/targets/lexicon.js';
import { AtomicWriteError, writeFileAtomic } from '../store/atomicWrite.js';
import { nodeFileSystem, type FileSystem } from '../store/fileSystem.js';
import { exportError } from '../store/fsErrors.js';
import { documentOnReportPages, STYLE_OF } from './docx.js';
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
  /** When the comparison was made (the time of Word's tracked changes); now by default. */
  date?: Date;
}

export async function comparisonBytes(source: ComparisonSource, format: ComparisonFormat, options: PdfOptions = {}): Promise<Uint8Array> {
  const lang = source.lang ?? 'zh';
  const report = comparisonReport(source.oldDoc, source.newDoc, { old: source.oldName, new: source.newName }, { lang, showRenumber: source.showRenumber, lexicon: source.lexicon });
  if (format === 'docx') {
    const content = comparisonDocx(report, { lang, styleOf: STYLE_OF, date: (source.date ?? new Date()).toISOString() });
    return new Uint8Array(await Packer.toBuffer(documentOnReportPages(content)));
  }
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
