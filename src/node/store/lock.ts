/**
 * Advisory lock beside an open file, as Word writes `~$name.docx`: the file
 * `~$报告.caogao` says who has `报告.caogao` open, on which machine, since
 * when. It locks nothing; a second person opening the file on a shared
 * folder is told who is editing it, and saves are still guarded by the
 * size-and-mtime conflict check.
 *
 * A lock is stale when its owner cannot be editing any more: on this machine
 * its process is gone, or (on any machine) it has not been refreshed for
 * `staleAfterMs`. The app refreshes its locks on every save and journal write
 * and on a timer, so an idle but open document keeps its lock fresh. A stale
 * lock is taken over.
 */
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { errnoOf, type FileSystem } from './fileSystem.js';
import { writeFileAtomic } from './atomicWrite.js';

export const DEFAULT_STALE_AFTER_MS = 60 * 60 * 1000;

const lockSchema = z.object({
  app: z.literal('caogao'),
  user: z.string(),
  host: z.string(),
  pid: z.number().int(),
  since: z.string(),
  refreshedAt: z.string(),
});

/** 编辑标记: who holds a file open. */
export type LockInfo = z.infer<typeof lockSchema>;

export interface LockOwner {
  user: string;
  host: string;
  pid: number;
}

/**
 * mine: the lock is ours (new, or taken over from a stale one: `previous`);
 * held: someone else is editing; unavailable: the folder refused the lock
 * file (read-only share), which does not stop editing.
 */
export type LockState =
  | { status: 'mine'; path: string; previous?: LockInfo }
  | { status: 'held'; path: string; by: LockInfo }
  | { status: 'unavailable'; path: string; code: string };

export function lockPathFor(file: string): string {
  return join(dirname(file), `~$${basename(file)}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

export interface StaleCheck {
  owner: LockOwner;
  now: Date;
  staleAfterMs: number;
  /** Whether a process of this machine is running; replaced in tests. */
  alive?: (pid: number) => boolean;
}

export function isStale(lock: LockInfo, check: StaleCheck): boolean {
  const alive = check.alive ?? processAlive;
  if (lock.host === check.owner.host && !alive(lock.pid)) return true;
  const refreshed = Date.parse(lock.refreshedAt);
  return !Number.isFinite(refreshed) || check.now.getTime() - refreshed > check.staleAfterMs;
}

const isOurs = (lock: LockInfo, owner: LockOwner): boolean => lock.host === owner.host && lock.pid === owner.pid;

export async function readLock(fs: FileSystem, lockPath: string): Promise<LockInfo | null | 'damaged'> {
  let text: string;
  try {
    text = new TextDecoder().decode(await fs.readFile(lockPath));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    return lockSchema.parse(JSON.parse(text));
  } catch {
    return 'damaged';
  }
}

function lockBody(owner: LockOwner, since: string, now: Date): string {
  const info: LockInfo = { app: 'caogao', ...owner, since, refreshedAt: now.toISOString() };
  return JSON.stringify(info);
}

/** Take the lock of `file` unless someone else holds a fresh one. */
export async function acquireLock(fs: FileSystem, file: string, check: StaleCheck): Promise<LockState> {
  const path = lockPathFor(file);
  const body = lockBody(check.owner, check.now.toISOString(), check.now);
  try {
    const handle = await fs.create(path, { exclusive: true });
    try {
      await handle.write(new TextEncoder().encode(body));
    } finally {
      await handle.close();
    }
    return { status: 'mine', path };
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') return { status: 'unavailable', path, code: errnoOf(error) || 'EUNKNOWN' };
  }
  try {
    const existing = await readLock(fs, path);
    if (existing && existing !== 'damaged' && !isOurs(existing, check.owner) && !isStale(existing, check)) {
      return { status: 'held', path, by: existing };
    }
    await writeFileAtomic(fs, path, body);
    const previous = existing && existing !== 'damaged' && !isOurs(existing, check.owner) ? existing : undefined;
    return previous ? { status: 'mine', path, previous } : { status: 'mine', path };
  } catch (error) {
    return { status: 'unavailable', path, code: errnoOf(error) || 'EUNKNOWN' };
  }
}

/**
 * Someone else's fresh lock on `file`, if there is one: writing the file now
 * would overwrite the work of the person editing it. A lock that cannot be
 * read or is damaged does not count (it must never stop a save by itself).
 */
export async function lockHeldByOther(fs: FileSystem, file: string, check: StaleCheck): Promise<LockInfo | null> {
  const existing = await readLock(fs, lockPathFor(file)).catch(() => null);
  if (!existing || existing === 'damaged' || isOurs(existing, check.owner) || isStale(existing, check)) return null;
  return existing;
}

/** Refresh our lock's time (keeps it from looking stale). Quietly does nothing if it is no longer ours. */
export async function refreshLock(fs: FileSystem, file: string, owner: LockOwner, now: Date): Promise<void> {
  const path = lockPathFor(file);
  const existing = await readLock(fs, path).catch(() => null);
  if (!existing || existing === 'damaged' || !isOurs(existing, owner)) return;
  await writeFileAtomic(fs, path, lockBody(owner, existing.since, now)).catch(() => undefined);
}

/** Remove our lock; someone else's is left alone. */
export async function releaseLock(fs: FileSystem, file: string, owner: LockOwner): Promise<void> {
  const path = lockPathFor(file);
  const existing = await readLock(fs, path).catch(() => null);
  if (!existing || existing === 'damaged' || !isOurs(existing, owner)) return;
  await fs.unlink(path).catch(() => undefined);
}
