/**
 * The small file-system surface the document store uses, as an interface, so
 * tests can inject a failure at each step of a save (a full disk after the
 * temp write, a rename refused, a folder fsync that fails) and check that the
 * original file and the autosave journal survive. `nodeFileSystem` is the
 * real one, over node:fs/promises.
 */
import { constants } from 'node:fs';
import { open, readFile, readdir, mkdir, rename, stat, unlink, chmod, link } from 'node:fs/promises';

export interface FileStat {
  size: number;
  mtimeMs: number;
  mode: number;
  isFile: boolean;
  isDirectory: boolean;
}

/** A file opened for writing: write all, flush to disk, close. */
export interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  /** Create a new file; `exclusive` fails with EEXIST when it is there already. */
  create(path: string, options: { exclusive: boolean; mode?: number }): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  /**
   * A second name for an existing file; fails with EEXIST when `to` exists.
   * Creates a file with all its content at once (the lock, lock.ts); where it
   * is missing or the folder refuses links, an exclusive create is used instead.
   */
  link?(existing: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  chmod(path: string, mode: number): Promise<void>;
  /** Flush a folder's entries (the rename) to disk. */
  syncDir(path: string): Promise<void>;
}

/** Errors a folder fsync raises where the platform cannot do it (Windows): not a failure of the save. */
const UNSUPPORTED_DIR_SYNC = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP']);

export const nodeFileSystem: FileSystem = {
  readFile: (path) => readFile(path),
  async stat(path) {
    const s = await stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode & 0o7777, isFile: s.isFile(), isDirectory: s.isDirectory() };
  },
  async create(path, { exclusive, mode }) {
    const flags = constants.O_WRONLY | constants.O_CREAT | (exclusive ? constants.O_EXCL : constants.O_TRUNC);
    const handle = await open(path, flags, mode ?? 0o666);
    return {
      write: async (data) => {
        await handle.writeFile(data);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  link: (existing, to) => link(existing, to),
  unlink: (path) => unlink(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  readdir: (path) => readdir(path),
  chmod: (path, mode) => chmod(path, mode),
  async syncDir(path) {
    if (process.platform === 'win32') return;
    let handle;
    try {
      handle = await open(path, constants.O_RDONLY);
      await handle.sync();
    } catch (error) {
      if (!UNSUPPORTED_DIR_SYNC.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      await handle?.close();
    }
  },
};

/** The errno code of an error from the file system, or '' when it has none. */
export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? '';
}
