/**
 * Showing a document can fail after the host opened it without complaint: a
 * structure the editor cannot lay out (issue 12 saw 100 parts throw from the
 * numbering). The page must then say why instead of staying empty or half
 * drawn: the document shown before is put back, and the caller gets an error
 * with a message for the user (view-render-failed) naming the file.
 */
import { CaogaoError } from '../../core/errors.js';

/** The developer's part of the message: the first line of what was thrown, kept short. */
export function failureDetail(cause: unknown): string {
  const text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  const line = text.split('\n')[0].trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

/**
 * Run `show`; if it throws, run `rollback` (which puts back what the page
 * showed before; its own failure is not reported over the first) and throw a
 * CaogaoError whose message names `file` and the cause.
 */
export function showOrExplain<T>(file: string, show: () => T, rollback: () => void): T {
  try {
    return show();
  } catch (cause) {
    try {
      rollback();
    } catch {
      // The first failure is the one the user must read about.
    }
    throw new CaogaoError('view-render-failed', { file, detail: failureDetail(cause) }, { cause });
  }
}
