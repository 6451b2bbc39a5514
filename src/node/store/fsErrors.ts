/**
 * File-system errors turned into messages a drafter can act on: a full disk,
 * no permission, a read-only folder. The errno code stays in the cause for
 * the developer.
 */
import { basename } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import { errnoOf } from './fileSystem.js';

/** A save that failed: the document stays unsaved, the journal keeps the edits. */
export function saveError(path: string, error: unknown): CaogaoError {
  const file = basename(path);
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new CaogaoError('save-no-space', { file }, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new CaogaoError('save-no-permission', { file }, { cause: error });
    case 'EROFS':
      return new CaogaoError('save-read-only', { file }, { cause: error });
    case 'ENOENT':
    case 'ENOTDIR':
      return new CaogaoError('save-folder-missing', { file }, { cause: error });
    default:
      return new CaogaoError('save-failed', { file, detail: errnoOf(error) || String((error as Error)?.message ?? error) }, { cause: error });
  }
}

/** A file that could not be read: nothing is opened. */
export function openError(path: string, error: unknown): CaogaoError {
  const file = basename(path);
  switch (errnoOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CaogaoError('open-missing', { file }, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new CaogaoError('open-no-permission', { file }, { cause: error });
    case 'EISDIR':
      return new CaogaoError('open-is-folder', { file }, { cause: error });
    default:
      return new CaogaoError('open-failed', { file, detail: errnoOf(error) || String((error as Error)?.message ?? error) }, { cause: error });
  }
}

/** An export that could not be written: nothing was left half-written. */
export function exportError(path: string, error: unknown): CaogaoError {
  const file = basename(path);
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new CaogaoError('export-no-space', { file }, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new CaogaoError('export-no-permission', { file }, { cause: error });
    case 'EROFS':
      return new CaogaoError('export-read-only', { file }, { cause: error });
    default:
      return new CaogaoError('export-failed', { file, detail: errnoOf(error) || String((error as Error)?.message ?? error) }, { cause: error });
  }
}
