/**
 * One entry for every export format: the document's bytes as .docx, .pdf,
 * .html or .txt, and writing them to a file atomically (an export never
 * leaves half a file where a good one was).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../../core/errors.js';
import { reportHtml } from '../../core/export/html.js';
import { docToText } from '../../core/plainText.js';
import { writeFileAtomic, AtomicWriteError } from '../store/atomicWrite.js';
import { nodeFileSystem, type FileSystem } from '../store/fileSystem.js';
import { exportError } from '../store/fsErrors.js';
import { exportPdf, type PdfOptions } from './pdf.js';

export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export async function exportBytes(doc: PMNode, format: ExportFormat, options: PdfOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'docx': {
      // The docx library is loaded only when Word is asked for (as playwright-core only for PDF, pdf.ts).
      const { exportDocx } = await import('./docx.js');
      return exportDocx(doc);
    }
    case 'pdf':
      return exportPdf(doc, options);
    case 'html':
      return new TextEncoder().encode(reportHtml(doc));
    case 'txt':
      return new TextEncoder().encode(docToText(doc));
    default:
      throw new CaogaoError('export-unknown-format', { format: String(format) });
  }
}

export async function exportToFile(
  path: string,
  doc: PMNode,
  format: ExportFormat,
  options: PdfOptions & { fs?: FileSystem } = {},
): Promise<void> {
  const bytes = await exportBytes(doc, format, options);
  try {
    await writeFileAtomic(options.fs ?? nodeFileSystem, path, bytes);
  } catch (error) {
    throw exportError(path, error instanceof AtomicWriteError ? error.cause : error);
  }
}
