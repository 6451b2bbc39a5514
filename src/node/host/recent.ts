/**
 * 最近打开: the files opened or saved lately, most recent first, kept in
 * recent.json in the user-data folder. Files that have disappeared are left
 * out of the list shown.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './jsonFile.js';

const MAX_ENTRIES = 12;

const recentSchema = z.array(z.object({ path: z.string(), openedAt: z.string() }));
export type RecentFile = z.infer<typeof recentSchema>[number];

export class RecentFiles {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent.json');
  }

  private read(): Promise<RecentFile[]> {
    return readJsonFile(this.file, recentSchema, []);
  }

  async add(path: string, at: Date): Promise<void> {
    const rest = (await this.read()).filter((entry) => entry.path !== path);
    await writeJsonFile(this.file, [{ path, openedAt: at.toISOString() }, ...rest].slice(0, MAX_ENTRIES));
  }

  /** The entries whose file still exists. */
  async list(): Promise<RecentFile[]> {
    const entries = await this.read();
    const present = await Promise.all(entries.map((entry) => stat(entry.path).then((s) => s.isFile(), () => false)));
    return entries.filter((_, i) => present[i]);
  }

  async clear(): Promise<void> {
    await writeJsonFile(this.file, []);
  }
}
