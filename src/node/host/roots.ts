/**
 * The folders the browser host may read and write (issue 13 item 6): the
 * folder of the file it was started with and every `--root DIR`. The page
 * names a folder as a root's index and the names of the folders below it
 * ({root: 0, path: ['2026', '定稿']}), never as a path, and every name and
 * folder it sends is checked here:
 *
 *   - each name is one plain file name: not empty, no / \ or NUL, no control
 *     character, not . or .., none of < > : " | ? * nor a trailing space or dot,
 *     and not a device name Windows reserves (CON, NUL, COM1, LPT1, … with or
 *     without an extension), so a folder written here can be copied to Windows;
 *   - the folder and the file are resolved through their symbolic links and
 *     must still lie inside the root's own real path (a link out is refused).
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import { displayName } from '../../core/format/displayText.js';
import type { MessageKey } from '../../core/messages/index.js';
import type { DialogEntry, FolderListing, FolderRef } from '../../shared/api.js';

/** Devices Windows reserves as file names, with or without an extension (CON, con.txt, COM1.caogao). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Why `name` cannot be a file or folder name, or null when it can. */
export function nameProblem(name: string): { reason: MessageKey; word?: string } | null {
  if (!name.trim()) return { reason: 'dialog-name-empty' };
  if (/[/\\]/.test(name)) return { reason: 'dialog-name-separator' };
  if (CONTROL.test(name)) return { reason: 'dialog-name-control' };
  if (name === '.' || name === '..') return { reason: 'dialog-name-dots' };
  if (/[<>:"|?*]/.test(name)) return { reason: 'dialog-name-reserved-char' };
  if (/[ .]$/.test(name)) return { reason: 'dialog-name-trailing' };
  const reserved = RESERVED.exec(name);
  if (reserved) return { reason: 'dialog-name-reserved', word: reserved[1] };
  if (Buffer.byteLength(name, 'utf8') > 255) return { reason: 'dialog-name-long' };
  return null;
}

/** Throws the user's message when `name` cannot be a file or folder name. */
export function checkName(name: string): void {
  const problem = nameProblem(name);
  if (!problem) return;
  throw new CaogaoError(problem.reason, { name: displayName(name), ...(problem.word ? { word: problem.word } : {}) });
}

/** `inner` is `outer` or below it (both real, absolute paths). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

async function realOrNull(path: string): Promise<string | null> {
  return realpath(path).catch(() => null);
}

export interface ResolvedTarget {
  /** The path to write or read (the folder's real path and the name). */
  path: string;
  exists: boolean;
}

export class AllowedRoots {
  private constructor(private readonly dirs: readonly string[]) {}

  /** The real paths of `dirs` (each must be an existing folder), without repeats, in the order given. */
  static async of(dirs: string[]): Promise<AllowedRoots> {
    const real: string[] = [];
    for (const dir of dirs) {
      const path = await realOrNull(resolve(dir));
      if (!path || !(await stat(path)).isDirectory()) throw new CaogaoError('web-bad-root', { dir });
      if (!real.includes(path)) real.push(path);
    }
    return new AllowedRoots(real);
  }

  get paths(): readonly string[] {
    return this.dirs;
  }

  private root(index: number): string {
    const dir = this.dirs[index];
    if (dir === undefined) throw new CaogaoError('dialog-no-roots');
    return dir;
  }

  /** The real path of a folder the page named; refused when a name is bad, it is no folder, or a link leads out of its root. */
  async folder(ref: FolderRef): Promise<string> {
    const root = this.root(ref.root);
    for (const name of ref.path) checkName(name);
    const shown = displayName(join(root, ...ref.path));
    const real = await realOrNull(join(root, ...ref.path));
    if (!real) throw new CaogaoError('dialog-not-folder', { path: shown });
    if (!isWithin(root, real)) throw new CaogaoError('dialog-outside-roots', { path: shown });
    if (!(await stat(real)).isDirectory()) throw new CaogaoError('dialog-not-folder', { path: shown });
    return real;
  }

  /** The file `name` in the folder `ref`: whether it exists; a link that leads out of the root is refused. */
  async file(ref: FolderRef, name: string): Promise<ResolvedTarget> {
    checkName(name);
    const folder = await this.folder(ref);
    const path = join(folder, name);
    const link = await lstat(path).catch(() => null);
    if (!link) return { path, exists: false };
    const real = await realOrNull(path);
    // A dangling link, or one that leads out: never written through, never read.
    if (!real || !isWithin(this.root(ref.root), real)) throw new CaogaoError('dialog-outside-roots', { path: displayName(path) });
    if ((await stat(real)).isDirectory()) throw new CaogaoError('dialog-not-file', { path: displayName(path) });
    return { path, exists: true };
  }

  /** Where an absolute path lies as the page names it (the first root holding it), or null outside every root. */
  async locate(path: string): Promise<FolderRef | null> {
    if (!isAbsolute(path)) return null;
    const real = await realOrNull(path);
    if (!real) return null;
    for (const [index, root] of this.dirs.entries()) {
      if (isWithin(root, real)) return { root: index, path: relative(root, real).split(sep).filter(Boolean) };
    }
    return null;
  }

  /** An existing file given by its absolute path (a reloaded page's address): its real path, inside a root. */
  async existingFile(path: string): Promise<string> {
    const shown = displayName(path);
    if (!isAbsolute(path) || path.includes('\0')) throw new CaogaoError('dialog-outside-roots', { path: shown });
    const where = await this.locate(path);
    if (!where || where.path.length === 0) throw new CaogaoError('dialog-outside-roots', { path: shown });
    const name = where.path[where.path.length - 1];
    const target = await this.file({ root: where.root, path: where.path.slice(0, -1) }, name);
    if (!target.exists) throw new CaogaoError('dialog-not-file', { path: shown });
    return target.path;
  }

  /**
   * What the folder `ref` holds, for the page's dialog: its folders, and its files
   * with one of `extensions` (hidden files, lock files and names that cannot be
   * shown as they are left out; a link is listed only if it stays inside the root).
   */
  async list(ref: FolderRef, extensions: readonly string[]): Promise<FolderListing> {
    const folder = await this.folder(ref);
    const root = this.root(ref.root);
    const entries: DialogEntry[] = [];
    for (const dirent of await readdir(folder, { withFileTypes: true })) {
      const name = dirent.name;
      if (name.startsWith('.') || name.startsWith('~$') || nameProblem(name) || displayName(name) !== name) continue;
      const path = join(folder, name);
      const real = dirent.isSymbolicLink() ? await realOrNull(path) : path;
      if (!real || !isWithin(root, real)) continue;
      const info = await stat(real).catch(() => null);
      if (!info) continue;
      if (info.isDirectory()) entries.push({ name, kind: 'folder', size: 0, modified: info.mtime.toISOString() });
      else if (info.isFile() && extensions.includes(extname(name).toLowerCase())) entries.push({ name, kind: 'file', size: info.size, modified: info.mtime.toISOString() });
    }
    entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'zh-CN') : a.kind === 'folder' ? -1 : 1));
    return {
      roots: this.dirs.map((dir) => ({ name: displayName(basename(dir) || dir), location: displayName(dir) })),
      folder: ref,
      location: displayName(folder),
      entries,
    };
  }
}
