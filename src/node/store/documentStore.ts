/**
 * The document store: opening, saving, exporting and backing up documents
 * on disk, so that a draft is never lost. It is the DocumentBackend the
 * services use (src/node/host/backend.ts); paths reach it only from there.
 *
 * Opening reads and validates the whole file before anything else happens:
 * a damaged, truncated or newer file raises a CaogaoError, and nothing is
 * recorded, locked or written. A .caogao file that opens is then recorded
 * (size, mtime and a hash of its bytes) and locked (`~$name`, advisory).
 *
 * Saving writes the journal first when the caller names it, so the edits
 * are on disk even if the save fails; then it checks the file on disk
 * against what was recorded (a different size or mtime with different bytes
 * is someone else's save: a conflict, nothing written, unless `force`); then
 * replaces the file atomically; and only then deletes the journal.
 *
 * Opening and saving also sweep the temp files a crash left beside the file
 * and in the journal folder (tempFiles.ts).
 */
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { osUserName } from '../host/osUser.js';
import { basename, dirname } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import type { CaogaoFile } from '../../core/format/caogaoFile.js';
import { serializeCaogao } from '../../core/format/caogaoFile.js';
import { message, type MessageKey } from '../../core/messages/index.js';
import { fileNotice, type ImportNotice } from '../../core/import/notices.js';
import { checkSize, documentFromBytes, fileOf, kindOf } from '../documents.js';
import { exportComparisonToFile, type ComparisonFormat, type ComparisonSource } from '../export/comparison.js';
import { exportToFile, type ExportFormat } from '../export/exportDocument.js';
import type { PdfOptions } from '../export/pdf.js';
import type { DocumentBackend, LoadedFile, WriteOutcome } from '../host/backend.js';
import { AtomicWriteError, writeFileAtomic } from './atomicWrite.js';
import { nodeFileSystem, type FileSystem } from './fileSystem.js';
import { openError, saveError } from './fsErrors.js';
import { StoreJournal } from './storeJournal.js';
import { acquireLock, DEFAULT_STALE_AFTER_MS, lockHeldByOther, processAlive, refreshLock, releaseLock, type LockInfo, type LockOwner, type LockState } from './lock.js';
import { journalDir } from './journal.js';
import { sweepTempFiles } from './tempFiles.js';
import { readStamp, sameStamp, type FileStamp } from './stamp.js';

export interface StoreOptions {
  /** The user-data folder: journals live in its journal/ folder. */
  userDataDir: string;
  fs?: FileSystem;
  /** Who this process is, for locks and journals. */
  owner?: LockOwner;
  now?: () => Date;
  staleAfterMs?: number;
  /** How PDFs are printed: headless Chromium by default; the Electron app passes printToPDF. */
  pdf?: PdfOptions;
  /** Whether a process of this machine is running (lock and journal staleness); replaced in tests. */
  alive?: (pid: number) => boolean;
}

/** What the store knows about a file it read or wrote. */
interface Known {
  stamp: FileStamp | null;
  /** SHA-256 of the bytes read or written; null when only the stamp is known (after a restore). */
  hash: string | null;
  lock?: LockState;
}

export interface SaveOptions {
  force: boolean;
  /** The document's journal: written before the save, deleted after it is confirmed. */
  journalKey?: string;
  /** Display name for the journal. */
  name?: string;
}

/** How often held locks are refreshed; well inside DEFAULT_STALE_AFTER_MS. */
const LOCK_REFRESH_MS = 10 * 60 * 1000;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function defaultOwner(): LockOwner {
  return { user: osUserName(), host: hostname(), pid: process.pid };
}

/** Local time as a person reads it in a message: 2026-03-05 14:07. */
export function localTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function bilingual(key: MessageKey, params: Record<string, string | number>): { zh: string; en: string } {
  return { zh: message(key, 'zh', params), en: message(key, 'en', params) };
}

export class DocumentStore implements DocumentBackend {
  readonly fs: FileSystem;
  readonly owner: LockOwner;
  readonly journal: StoreJournal;
  private readonly now: () => Date;
  private readonly staleAfterMs: number;
  private readonly known = new Map<string, Known>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: StoreOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.owner = options.owner ?? defaultOwner();
    this.now = options.now ?? (() => new Date());
    this.staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.journal = new StoreJournal({
      fs: this.fs,
      userDataDir: options.userDataDir,
      owner: this.owner,
      alive: options.alive,
      stampOf: (path) => this.known.get(path)?.stamp ?? null,
      restoredFrom: (path, stamp) => {
        if (!this.known.has(path)) this.known.set(path, { stamp, hash: null });
      },
      touched: (path) => this.touchLock(path),
    });
  }

  /** Read bytes and the stamp they belong to; a file changed while being read is read again. */
  private async readStable(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
    const kind = kindOf(path);
    for (let attempt = 0; ; attempt++) {
      let before: FileStamp | null;
      let bytes: Uint8Array;
      let after: FileStamp | null;
      try {
        const info = await this.fs.stat(path);
        if (info.isDirectory) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        checkSize(path, kind, info.size);
        before = { size: info.size, mtimeMs: info.mtimeMs };
        bytes = await this.fs.readFile(path);
        after = await readStamp(this.fs, path);
      } catch (error) {
        if (error instanceof CaogaoError) throw error;
        throw openError(path, error);
      }
      if ((after && sameStamp(before, after)) || attempt >= 2) return { bytes, stamp: after ?? before };
    }
  }

  async open(path: string): Promise<LoadedFile> {
    const { bytes, stamp } = await this.readStable(path);
    const loaded = await documentFromBytes(path, bytes);
    const notices: ImportNotice[] = [...loaded.notices];
    const entry: Known = { stamp, hash: sha256(bytes) };
    if (loaded.kind === 'caogao') {
      entry.lock = await acquireLock(this.fs, path, this.staleCheck());
      this.keepLocksFresh();
      const notice = lockNotice(basename(path), entry.lock);
      if (notice) notices.push(notice);
    }
    // Only a .caogao file is ever saved back; an imported source is remembered for nothing.
    if (loaded.kind === 'caogao') this.known.set(path, entry);
    await this.sweep(path);
    const file = fileOf(loaded);
    // Someone else is editing it: the page opens it read-only (src/renderer/readonly).
    if (entry.lock?.status === 'held') {
      const { user, host, since } = entry.lock.by;
      return { kind: loaded.kind, file, notices, lockedBy: { user, host, since } };
    }
    return { kind: loaded.kind, file, notices };
  }

  async read(path: string): Promise<LoadedFile> {
    const { bytes } = await this.readStable(path);
    const loaded = await documentFromBytes(path, bytes);
    return { kind: loaded.kind, file: fileOf(loaded), notices: loaded.notices };
  }

  async openBytes(name: string, bytes: Uint8Array): Promise<LoadedFile> {
    const loaded = await documentFromBytes(name, bytes);
    return { kind: loaded.kind, file: fileOf(loaded), notices: loaded.notices };
  }

  /** Whether the file on disk is no longer what was read or last saved. */
  private async changedOnDisk(path: string): Promise<FileStamp | null> {
    const disk = await readStamp(this.fs, path).catch(() => null);
    if (!disk) return null;
    const known = this.known.get(path);
    if (known && sameStamp(known.stamp, disk)) return null;
    if (known?.hash) {
      const bytes = await this.fs.readFile(path).catch(() => null);
      if (bytes && sha256(bytes) === known.hash) return null;
    }
    return disk;
  }

  async save(path: string, file: CaogaoFile, options: SaveOptions): Promise<WriteOutcome> {
    const bytes = new TextEncoder().encode(serializeCaogao(file));
    const name = options.name ?? basename(path);
    if (options.journalKey) {
      // Best effort: a journal that cannot be written must not stop the save itself.
      await this.journal
        .write({ key: options.journalKey, path, name, savedAt: this.now().toISOString(), file })
        .catch(() => undefined);
    }
    // Someone else is editing the file (their ~$name lock is fresh): never write over it, even when forced.
    const holder = await lockHeldByOther(this.fs, path, this.staleCheck());
    if (holder) throw new CaogaoError('save-locked', { file: basename(path), user: holder.user, host: holder.host, since: localTime(Date.parse(holder.since)) });
    if (!options.force) {
      const changed = await this.changedOnDisk(path);
      if (changed) return { status: 'conflict', detail: bilingual('save-conflict', { file: basename(path), when: localTime(changed.mtimeMs) }) };
    }
    const previous = this.known.get(path);
    const record = async (): Promise<void> => {
      this.known.set(path, { stamp: await readStamp(this.fs, path).catch(() => null), hash: sha256(bytes), lock: previous?.lock });
    };
    try {
      await writeFileAtomic(this.fs, path, bytes);
    } catch (error) {
      // After the rename the file on disk is ours even though the save is not confirmed:
      // remember it, so that saving again is not taken for someone else's change.
      if (error instanceof AtomicWriteError && error.step === 'syncDir') await record();
      throw saveError(path, error);
    }
    await record();
    if (options.journalKey) await this.journal.clear(options.journalKey).catch(() => undefined);
    await this.sweep(path);
    if (previous?.lock?.status === 'mine') await this.touchLock(path);
    else await this.lockAfterSave(path);
    return { status: 'saved' };
  }

  async exportTo(path: string, file: CaogaoFile, format: ExportFormat, review: { commentNotes?: boolean } = {}): Promise<void> {
    await exportToFile(path, file.doc, format, { ...this.options.pdf, fs: this.fs, comments: file.comments ?? [], commentNotes: review.commentNotes ?? false });
  }

  async exportComparisonTo(path: string, source: ComparisonSource, format: ComparisonFormat): Promise<void> {
    await exportComparisonToFile(path, source, format, { ...this.options.pdf, fs: this.fs });
  }

  /** The lock state of an open file, if the store opened or saved it. */
  lockOf(path: string): LockState | undefined {
    return this.known.get(path)?.lock;
  }

  /** Forget a file and remove our lock beside it (the window closed). */
  async release(path: string): Promise<void> {
    const known = this.known.get(path);
    this.known.delete(path);
    if (known?.lock?.status === 'mine') await releaseLock(this.fs, path, this.owner);
    if (![...this.known.values()].some((k) => k.lock?.status === 'mine') && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /**
   * While a lock is held, refresh it every ten minutes, so that an open but idle
   * document does not look stale (an hour) to a colleague on another machine.
   * The timer does not keep the process alive.
   */
  private keepLocksFresh(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => void this.refreshLocks().catch(() => undefined), LOCK_REFRESH_MS);
    this.heartbeat.unref?.();
  }

  /** Refresh every lock we hold, so none looks stale while its document is open (the app calls this on a timer). */
  async refreshLocks(): Promise<void> {
    for (const [path, known] of this.known) if (known.lock?.status === 'mine') await refreshLock(this.fs, path, this.owner, this.now());
  }

  /**
   * Remove the temp files a crash left beside `path` and in the journal folder
   * (tempFiles.ts says which): on open and after each save. Best effort.
   */
  private async sweep(path: string): Promise<void> {
    const options = { now: this.now().getTime(), alive: this.options.alive ?? processAlive };
    for (const dir of [dirname(path), journalDir(this.options.userDataDir)]) await sweepTempFiles(this.fs, dir, options).catch(() => []);
  }

  private staleCheck() {
    return { owner: this.owner, now: this.now(), staleAfterMs: this.staleAfterMs, alive: this.options.alive };
  }

  private lastTouch = new Map<string, number>();

  private async touchLock(path: string | null): Promise<void> {
    if (!path || this.known.get(path)?.lock?.status !== 'mine') return;
    const now = this.now().getTime();
    // A lock refresh is a small write: at most one a minute per file.
    if (now - (this.lastTouch.get(path) ?? 0) < 60_000) return;
    this.lastTouch.set(path, now);
    await refreshLock(this.fs, path, this.owner, this.now()).catch(() => undefined);
  }

  /** A file saved for the first time (save as) gets our lock, unless someone holds it. */
  private async lockAfterSave(path: string): Promise<void> {
    const known = this.known.get(path);
    if (!known) return;
    known.lock = await acquireLock(this.fs, path, this.staleCheck());
    if (known.lock.status === 'mine') this.keepLocksFresh();
  }
}

/** What the user is told about a lock when opening: someone else is editing, or a stale mark was taken over. */
function lockNotice(file: string, lock: LockState): ImportNotice | null {
  const describe = (by: LockInfo) => ({ file, user: by.user, host: by.host, since: localTime(Date.parse(by.since)) });
  if (lock.status === 'held') return fileNotice('lock-held', describe(lock.by));
  if (lock.status === 'mine' && lock.previous) return fileNotice('lock-stale', describe(lock.previous));
  return null;
}
