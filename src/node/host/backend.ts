/**
 * The seam between the services and the document store. The services decide
 * what the user may reach (handles, dialogs, recent list); a DocumentBackend
 * reads, writes, exports and backs up documents. `basicBackend` is the one
 * built on the Foundation (src/node/documents.ts, src/node/save.ts): it reads
 * what documents.ts reads, exports .txt, and checks size and mtime before
 * overwriting. The Files issue's store replaces it with one that also
 * exports .docx, .pdf and .html, and keeps locks: pass it as
 * `createServices({ backend })`.
 */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import type { CaogaoFile } from '../../core/format/caogaoFile.js';
import { message } from '../../core/messages/index.js';
import type { ImportNotice } from '../../core/import/notices.js';
import { docToText } from '../../core/plainText.js';
import type { ExportFormat, LockHolder, OpenedDoc } from '../../shared/api.js';
import { documentFromBytes, fileOf, loadDocument } from '../documents.js';
import type { ComparisonFormat, ComparisonSource } from '../export/comparison.js';
import { saveCaogao } from '../save.js';
import { AtomicWriteError, writeFileAtomic } from '../store/atomicWrite.js';
import { nodeFileSystem } from '../store/fileSystem.js';
import { exportError } from '../store/fsErrors.js';
import { JsonJournal, type Journal } from './journal.js';

export interface LoadedFile {
  kind: OpenedDoc['kind'];
  file: CaogaoFile;
  notices: ImportNotice[];
  /** Someone else is editing the file (their advisory lock): the page opens it read-only. */
  lockedBy?: LockHolder;
}

export type WriteOutcome = { status: 'saved' } | { status: 'conflict'; detail: { zh: string; en: string } };

export interface DocumentBackend {
  /** Read a file by its kind (extension); the backend remembers what it needs to detect a conflict at save. */
  open(path: string): Promise<LoadedFile>;
  /** Read a file without taking it for editing (no lock, nothing remembered for a later save): a draft to compare with. */
  read(path: string): Promise<LoadedFile>;
  /** Read a file the user handed to the page (no path on disk). */
  openBytes(name: string, bytes: Uint8Array): Promise<LoadedFile>;
  /**
   * Write a .caogao file; unless `force`, refuse with a conflict if it changed on disk since open or the last save.
   * `journalKey`: the document's autosave journal, which the store writes first, so a failed save loses nothing.
   */
  save(path: string, file: CaogaoFile, options: { force: boolean; journalKey?: string; name?: string }): Promise<WriteOutcome>;
  /** Write the document as .docx, .pdf, .html or .txt. */
  exportTo(path: string, file: CaogaoFile, format: ExportFormat, review?: { commentNotes?: boolean }): Promise<void>;
  /** Write a comparison of two drafts as .html, .pdf or .docx (optional: a backend without it cannot). */
  exportComparisonTo?(path: string, source: ComparisonSource, format: ComparisonFormat): Promise<void>;
  journal: Journal;
  /** The document of this file was closed: drop what the backend keeps for it (its lock). */
  release?(path: string): Promise<void>;
}

/** The extensions a user can open or import. */
export const OPENABLE = ['.caogao', '.txt', '.docx', '.md'];
export const IMPORTABLE = ['.txt', '.docx', '.md'];

/** A file handed over as bytes: the same kinds as from disk (src/node/documents.ts). */
async function readBytes(name: string, bytes: Uint8Array): Promise<LoadedFile> {
  if (!OPENABLE.includes(extname(name).toLowerCase())) throw new CaogaoError('cli-unsupported-type', { file: name });
  const loaded = await documentFromBytes(name, bytes);
  return { kind: loaded.kind, file: fileOf(loaded), notices: loaded.notices };
}

interface Stamp {
  size: number;
  mtimeMs: number;
}

async function stampOf(path: string): Promise<Stamp | null> {
  try {
    const s = await stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

export function basicBackend(dataDir: string): DocumentBackend {
  const stamps = new Map<string, Stamp | null>();
  return {
    async open(path) {
      const loaded = await loadDocument(path);
      stamps.set(path, await stampOf(path));
      return { kind: loaded.kind, file: fileOf(loaded), notices: loaded.notices };
    },
    async read(path) {
      const loaded = await loadDocument(path);
      return { kind: loaded.kind, file: fileOf(loaded), notices: loaded.notices };
    },
    openBytes(name, bytes) {
      return readBytes(name, bytes);
    },
    async save(path, file, { force }) {
      const now = await stampOf(path);
      const known = stamps.has(path) ? stamps.get(path)! : null;
      const changed = now !== null && (known === null ? stamps.has(path) : now.size !== known.size || Math.abs(now.mtimeMs - known.mtimeMs) >= 1);
      if (changed && !force) {
        const params = { file: basename(path), when: new Date(now.mtimeMs).toISOString() };
        return { status: 'conflict', detail: { zh: message('save-conflict', 'zh', params), en: message('save-conflict', 'en', params) } };
      }
      await saveCaogao(path, file);
      stamps.set(path, await stampOf(path));
      return { status: 'saved' };
    },
    async exportTo(path, file, format) {
      if (format !== 'txt') throw new CaogaoError('api-export-unavailable', { format });
      // Atomic like every other export, and the reason in the user's language (磁盘已满, not ENOSPC).
      try {
        await writeFileAtomic(nodeFileSystem, path, docToText(file.doc));
      } catch (cause) {
        throw exportError(path, cause instanceof AtomicWriteError ? cause.cause : cause);
      }
    },
    journal: new JsonJournal(dataDir),
  };
}
