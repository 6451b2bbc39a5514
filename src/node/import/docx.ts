/**
 * Import of a Word document (.docx). docxRead.ts reads its paragraphs (in a
 * worker when the file is untrusted: docxIsolated.ts); here they get the same
 * recognition as text (importParagraphs): typed numbers and heading styles
 * decide the level, a bold run at the start of a paragraph is its lead
 * sentence (段首句), and the glossary and the targets summary are found as in
 * text.
 *
 * What Caogao does not keep is listed for the user instead of failing:
 * images are left out (tables are kept as tables), footnotes are
 * left out, tracked changes and comments become 修订 and 批注 (docxReview.ts), characters
 * XML forbids are dropped, and mammoth's warnings become Chinese notices. A
 * file that is not a .docx at all, is damaged or hostile, raises a
 * CaogaoError naming it.
 */
import { fileNotice, type ImportNotice } from '../../core/import/notices.js';
import { importParagraphs, type ImportOptions, type ImportResult } from '../../core/import/text.js';
import { readDocx, type DocxContent } from './docxRead.js';
import { applyDocxReview } from './docxReview.js';
import { warningNotices } from './docxWarnings.js';

export { MAX_PARAGRAPHS, readDocx, type DocxContent } from './docxRead.js';

/** The report from what readDocx found: the same recognition as text, and the notices of what was left out. */
export function docxImport(content: DocxContent, file: string, options: ImportOptions = {}): ImportResult {
  const lines = content.lines;
  // A document that marks no lead sentence in bold gets them guessed, as from plain text.
  if (!lines.some((l) => l.boldStart?.trim())) for (const l of lines) delete l.boldStart;
  const result = importParagraphs(lines, options);
  if (!content.review) return { doc: result.doc, notices: [...result.notices, ...docxNotices(content, file)] };
  // Tracked changes and comments come in as suggestions and comments: their notices replace those that said they were left out.
  const review = applyDocxReview(result.doc, content.review, options.newId);
  const rest = docxNotices({ ...content, tracked: false, comments: 0 }, file);
  return { doc: review.doc, comments: review.comments, notices: [...result.notices, ...rest, ...review.notices] };
}

/** Read and import in this thread: for tests and trusted files. Untrusted files go through importDocxIsolated. */
export async function importDocx(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  return docxImport(await readDocx(bytes, file), file, options);
}

function docxNotices(content: DocxContent, file: string): ImportNotice[] {
  const notices: ImportNotice[] = [];
  if (!content.lines.some((l) => l.text.trim())) notices.push(fileNotice('import-empty', { file }));
  if (content.dropped) notices.push(fileNotice('import-dropped-chars', { count: content.dropped }));
  if (content.images) notices.push(fileNotice('import-images', { count: content.images }));
  if (content.notes) notices.push(fileNotice('import-notes', { count: content.notes }));
  if (content.comments) notices.push(fileNotice('import-comments', { count: content.comments }));
  if (content.tracked) notices.push(fileNotice('import-tracked-changes'));
  return [...notices, ...warningNotices(content.warnings)];
}
