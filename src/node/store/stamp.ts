/**
 * The size and modification time of a file, recorded when it is opened and
 * each time it is saved. Before saving over it, the store compares the file
 * on disk with the recorded stamp: a difference means someone else saved it
 * meanwhile, and the save stops with a conflict instead of overwriting.
 */
import type { FileSystem } from './fileSystem.js';
import { errnoOf } from './fileSystem.js';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** The stamp of a file, or null when there is no file there. */
export async function readStamp(fs: FileSystem, path: string): Promise<FileStamp | null> {
  try {
    const s = await fs.stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && Math.abs(a.mtimeMs - b.mtimeMs) < 1;
}
