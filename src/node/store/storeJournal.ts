/**
 * The autosave journal as the services see it (the Journal interface of
 * src/node/host/journal.ts), over the journal files of journal.ts and the
 * FileSystem adapter. It adds what the store knows: the stamp of the file
 * the edits started from (so a save after a restore still detects someone
 * else's save), which process wrote each journal (a journal of another
 * Caogao still running on this machine is its own, not a crash), and, when
 * listing, how each journal differs from its file on disk: what restoring
 * it would bring back.
 */
import { parseCaogao, type CaogaoFile } from '../../core/format/caogaoFile.js';
import { blockChanges } from '../../core/versions.js';
import type { FileSystem } from './fileSystem.js';
import type { Journal, JournalItem } from '../host/journal.js';
import { deleteJournal, journalDir, readJournals, writeJournal } from './journal.js';
import type { LockOwner } from './lock.js';
import type { FileStamp } from './stamp.js';

export interface StoreJournalOptions {
  fs: FileSystem;
  userDataDir: string;
  owner: LockOwner;
  alive?: (pid: number) => boolean;
  /** The stamp the store recorded for a file (the base of the edits). */
  stampOf: (path: string) => FileStamp | null;
  /** A journal listed at start: the store takes its base stamp as what it knows of the file. */
  restoredFrom: (path: string, stamp: FileStamp | null) => void;
  /** A journal was written for this file (the store refreshes its lock). */
  touched: (path: string | null) => Promise<void>;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class StoreJournal implements Journal {
  readonly dir: string;

  constructor(private readonly options: StoreJournalOptions) {
    this.dir = journalDir(options.userDataDir);
  }

  async write(item: JournalItem): Promise<void> {
    const { fs, owner } = this.options;
    await writeJournal(fs, this.dir, {
      id: item.key,
      path: item.path,
      name: item.name,
      baseStamp: item.path ? this.options.stampOf(item.path) : null,
      pid: owner.pid,
      host: owner.host,
      savedAt: item.savedAt,
      file: item.file,
    });
    await this.options.touched(item.path);
  }

  /** Journals left behind by a Caogao that is no longer running (a crash), newest first. */
  async list(): Promise<JournalItem[]> {
    const { fs, owner } = this.options;
    const alive = this.options.alive ?? processAlive;
    const { records } = await readJournals(fs, this.dir);
    const items: JournalItem[] = [];
    for (const r of records) {
      const otherRunning = r.host === owner.host && r.pid !== owner.pid && alive(r.pid);
      if (otherRunning) continue;
      if (r.path) this.options.restoredFrom(r.path, r.baseStamp);
      const saved = r.path ? await this.readSaved(r.path) : null;
      const item: JournalItem = { key: r.id, path: r.path, name: r.name, savedAt: r.savedAt, file: r.file };
      if (saved) item.changes = blockChanges(saved.doc, r.file.doc);
      items.push(item);
    }
    return items;
  }

  /** The file a journal belongs to, as saved on disk, to tell what the journal would restore; null if unreadable. */
  private async readSaved(path: string): Promise<CaogaoFile | null> {
    try {
      return parseCaogao(new TextDecoder().decode(await this.options.fs.readFile(path)), path);
    } catch {
      return null;
    }
  }

  async clear(key: string): Promise<void> {
    await deleteJournal(this.options.fs, this.dir, key);
  }
}
