/**
 * The autosave journal: a backup of an unsaved draft, written outside the
 * document in the user-data folder (journal/<id>.caogao-journal), about a
 * second after typing stops and again just before every save. It is deleted
 * only after a save is confirmed (or when the user discards the draft), so a
 * journal found at start means Caogao ended without saving: a crash.
 *
 * A journal file is one line of JSON metadata (which file, when, by which
 * process) followed by the draft exactly as a .caogao file holds it, so
 * restoring runs the same validation as opening a file.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { parseCaogao, serializeCaogao, type CaogaoFile } from '../../core/format/caogaoFile.js';
import { writeFileAtomic } from './atomicWrite.js';
import { errnoOf, type FileSystem } from './fileSystem.js';
import type { FileStamp } from './stamp.js';

const MAGIC = 'caogao-journal';
const EXT = '.caogao-journal';

const metaSchema = z.object({
  format: z.literal(MAGIC),
  version: z.literal(1),
  id: z.string().regex(/^[\w-]{1,64}$/),
  path: z.string().nullable(),
  name: z.string(),
  baseStamp: z.object({ size: z.number(), mtimeMs: z.number() }).nullable(),
  savedAt: z.string(),
  pid: z.number().int(),
  host: z.string(),
});

export type JournalMeta = z.infer<typeof metaSchema>;

export interface JournalRecord extends JournalMeta {
  file: CaogaoFile;
}

export function journalDir(userDataDir: string): string {
  return join(userDataDir, 'journal');
}

function journalFile(dir: string, id: string): string {
  return join(dir, `${id}${EXT}`);
}

export interface JournalInput {
  id: string;
  path: string | null;
  name: string;
  baseStamp: FileStamp | null;
  pid: number;
  host: string;
  savedAt: string;
  file: CaogaoFile;
}

export async function writeJournal(fs: FileSystem, dir: string, input: JournalInput): Promise<void> {
  const { file, ...rest } = input;
  const meta: JournalMeta = { format: MAGIC, version: 1, ...rest };
  await fs.mkdir(dir);
  await writeFileAtomic(fs, journalFile(dir, input.id), `${JSON.stringify(meta)}\n${serializeCaogao(file)}`);
}

export async function deleteJournal(fs: FileSystem, dir: string, id: string): Promise<void> {
  try {
    await fs.unlink(journalFile(dir, id));
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
}

/** Parse one journal file; null when it is damaged (it is then left alone, never deleted). */
export function parseJournal(text: string): JournalRecord | null {
  const newline = text.indexOf('\n');
  if (newline < 0) return null;
  try {
    const meta = metaSchema.parse(JSON.parse(text.slice(0, newline)));
    return { ...meta, file: parseCaogao(text.slice(newline + 1), meta.name) };
  } catch {
    return null;
  }
}

export interface JournalScan {
  records: JournalRecord[];
  /** Journal files that could not be read; kept on disk for a person to look at. */
  damaged: string[];
}

/** Every journal in the folder, newest first. */
export async function readJournals(fs: FileSystem, dir: string): Promise<JournalScan> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith(EXT));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { records: [], damaged: [] };
    throw error;
  }
  const records: JournalRecord[] = [];
  const damaged: string[] = [];
  for (const name of names) {
    const record = parseJournal(new TextDecoder().decode(await fs.readFile(join(dir, name))));
    if (record && `${record.id}${EXT}` === name) records.push(record);
    else damaged.push(name);
  }
  records.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { records, damaged };
}
