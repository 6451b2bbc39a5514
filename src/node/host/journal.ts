/**
 * A plain autosave journal: one JSON file per document in journal/ under the
 * user-data folder, holding which file it belongs to, when it was written, by
 * which process, and the draft as .caogao JSON. The Files issue's store
 * (src/node/store/journal.ts) can replace it through the Journal interface.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { CaogaoFile } from '../../core/format/caogaoFile.js';
import { caogaoJsonSchema } from '../../shared/api.js';
import { fileFromJson, fileToJson } from '../../shared/caogaoJson.js';
import { writeJsonFile } from './jsonFile.js';

/** An autosave backup as the backend keeps it. */
export interface JournalItem {
  /** The document's backup key (stable across save as). */
  key: string;
  /** The file it belongs to, or null for an untitled document. */
  path: string | null;
  name: string;
  /** ISO 8601. */
  savedAt: string;
  file: CaogaoFile;
  /** How the backup differs from the file on disk, in blocks (when the backend can tell). */
  changes?: { changed: number; added: number; removed: number };
}

export interface Journal {
  write(item: JournalItem): Promise<void>;
  /** Backups left behind (not those of another running Caogao), newest first. */
  list(): Promise<JournalItem[]>;
  clear(key: string): Promise<void>;
}

const KEY = /^[0-9a-z]{16}$/;

const entrySchema = z.object({
  key: z.string().regex(KEY),
  path: z.string().nullable(),
  name: z.string(),
  savedAt: z.string(),
  pid: z.number().int(),
  file: caogaoJsonSchema,
});

/** Whether another process with this id is running (its backups are its own, not a crash). */
function otherProcessAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class JsonJournal implements Journal {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'journal');
  }

  private fileOf(key: string): string {
    if (!KEY.test(key)) throw new RangeError(`bad journal key ${key}`);
    return join(this.dir, `${key}.json`);
  }

  async write(item: JournalItem): Promise<void> {
    const { file, ...meta } = item;
    await writeJsonFile(this.fileOf(item.key), { ...meta, pid: process.pid, file: fileToJson(file) });
  }

  async list(): Promise<JournalItem[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const items: JournalItem[] = [];
    for (const name of names) {
      try {
        const entry = entrySchema.parse(JSON.parse(await readFile(join(this.dir, name), 'utf8')));
        if (otherProcessAlive(entry.pid)) continue;
        items.push({ key: entry.key, path: entry.path, name: entry.name, savedAt: entry.savedAt, file: fileFromJson(entry.file, entry.name) });
      } catch {
        // A damaged backup is left on disk for a person to look at, and not offered.
      }
    }
    return items.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async clear(key: string): Promise<void> {
    await unlink(this.fileOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
