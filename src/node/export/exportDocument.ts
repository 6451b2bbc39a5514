/**
 * One entry for every export format: the document's bytes as .docx, .pdf,
 * .html or .txt, and writing them to a file atomically (an export never
 * leaves half a file where a good one was).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../../core/errors.js';
import { reportHtml } from '../../core/export/html.js';
import { docToText } from '../../core/plainText.js';
import type { ReviewComment } from '../../core/review/comments.js';
import { finalDoc } from '../../core/review/suggestions.js';
import { writeFileAtomic, AtomicWriteError } from '../store/atomicWrite.js';
import { nodeFileSystem, type FileSystem } from '../store/fileSystem.js';
import { exportError } from '../store/fsErrors.js';
import { exportPdf, type PdfOptions } from './pdf.js';

export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What an export carries besides the document: its 批注 (written into .docx as Word comments). */
export interface ExportReview {
  comments?: readonly ReviewComment[];
  /** Print the comments in .pdf and .html too, as notes after their paragraphs (caogao export --comments). */
  commentNotes?: boolean;
}

/**
 * .docx keeps review as Word does: 修订 as tracked changes, 批注 as comments.
 * The other formats print the final state (最终状态): every suggestion as if
 * accepted, as Word prints with 修订 shown as 最终状态.
 */
export async function exportBytes(doc: PMNode, format: ExportFormat, options: PdfOptions & ExportReview = {}): Promise<Uint8Array> {
  const notes = options.commentNotes ? (options.comments ?? []) : [];
  switch (format) {
    case 'docx': {
      // The docx library is loaded only when Word is asked for (as playwright-core only for PDF, pdf.ts).
      const { exportDocx } = await import('./docx.js');
      return exportDocx(doc, options.comments ?? []);
    }
    case 'pdf':
      return exportPdf(finalDoc(doc), { ...options, comments: notes });
    case 'html':
      return new TextEncoder().encode(reportHtml(finalDoc(doc), { comments: notes }));
    case 'txt':
      return new TextEncoder().encode(docToText(finalDoc(doc)));
    default:
      throw new CaogaoError('export-unknown-format', { format: String(format) });
  }
}

export async function exportToFile(
  path: string,
  doc: PMNode,
  format: ExportFormat,
  options: PdfOptions & ExportReview & { fs?: FileSystem } = {},
): Promise<void> {
  const bytes = await exportBytes(doc, format, options);
  try {
    await writeFileAtomic(options.fs ?? nodeFileSystem, path, bytes);
  } catch (error) {
    throw exportError(path, error instanceof AtomicWriteError ? error.cause : error);
  }
}
