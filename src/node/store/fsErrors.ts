/**
 * File-system errors turned into messages a drafter can act on: a full disk,
 * no permission, a read-only folder. The errno code stays in the cause for
 * the developer.
 */
import { basename } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import { errnoOf } from './fileSystem.js';

/** The errno codes with a reason in words (src/core/messages/osReasons.ts), by what was being done. */
const READ_REASONS: Record<string, string> = {
  ENOENT: 'reason-missing-file',
  EACCES: 'reason-no-read-permission',
  EPERM: 'reason-no-read-permission',
  EISDIR: 'reason-is-folder',
  ENOTDIR: 'reason-not-folder',
  EMFILE: 'reason-too-many-files',
  ENFILE: 'reason-too-many-files',
  EBUSY: 'reason-busy',
  EIO: 'reason-io',
};
const WRITE_REASONS: Record<string, string> = {
  ...READ_REASONS,
  ENOENT: 'reason-missing-folder',
  EACCES: 'reason-no-write-permission',
  EPERM: 'reason-no-write-permission',
  ENOSPC: 'reason-disk-full',
  EDQUOT: 'reason-disk-full',
  EROFS: 'reason-read-only',
};

/**
 * Why the system refused a read or a write, as a message parameter: a
 * reason key that message() shows in the user's language (ENOENT on a read:
 * 文件不存在 / the file does not exist), else the errno code, else the
 * error's own text.
 */
export function osReason(error: unknown, doing: 'read' | 'write'): string {
  const code = errnoOf(error);
  return (doing === 'read' ? READ_REASONS : WRITE_REASONS)[code] ?? (code || String((error as Error)?.message ?? error));
}

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
      return new CaogaoError('save-failed', { file, detail: osReason(error, 'write') }, { cause: error });
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
      return new CaogaoError('open-failed', { file, detail: osReason(error, 'read') }, { cause: error });
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
      return new CaogaoError('export-failed', { file, detail: osReason(error, 'write') }, { cause: error });
  }
}
