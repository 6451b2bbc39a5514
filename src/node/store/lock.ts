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
 * lock is taken over, by exactly one of several openers at once (takeOver).
 */
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { errnoOf, type FileSystem } from './fileSystem.js';
import { writeFileAtomic } from './atomicWrite.js';
import { tempPathFor } from './tempFiles.js';

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

export function processAlive(pid: number): boolean {
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

/** A claim older than this was left by a crash in the middle of a takeover. */
const CLAIM_STALE_MS = 10_000;
/** An empty lock younger than this is being written (by an exclusive create, where links are refused). */
const EMPTY_LOCK_GRACE_MS = 2_000;
/** Bounds of the wait while another opener takes over (about a second in all). */
const TAKEOVER_ATTEMPTS = 60;

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function claimPathFor(lockPath: string): string {
  return `${lockPath}.claim`;
}

/**
 * Create `path` holding `body`, or return false when it exists. Where links
 * work the body is written to a temp file first and linked into place, so
 * no one ever reads the lock half-written; elsewhere an exclusive create.
 */
async function createWhole(fs: FileSystem, path: string, body: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(body);
  if (fs.link) {
    const temp = tempPathFor(path);
    const handle = await fs.create(temp, { exclusive: true });
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temp, path);
      return true;
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') return false;
      // A folder that refuses links (some network shares): the exclusive create below.
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
  }
  let handle;
  try {
    handle = await fs.create(path, { exclusive: true });
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.write(bytes);
  } finally {
    await handle.close();
  }
  return true;
}

async function ageOf(fs: FileSystem, path: string, now: Date): Promise<{ age: number; size: number } | null> {
  try {
    const s = await fs.stat(path);
    return { age: now.getTime() - s.mtimeMs, size: s.size };
  } catch {
    return null;
  }
}

type Step = LockState | 'again';

/**
 * Take over a stale or damaged lock, one opener at a time: create the claim
 * `~$name.claim` exclusively (only one opener can), look at the lock again
 * under the claim (another opener may have taken it over and let go of its
 * claim since we judged it stale), replace it only if it is still stale, and
 * let go of the claim. An opener that finds the claim taken waits and looks
 * again. A claim left by a crash (its process gone, or older than ten
 * seconds) is removed.
 */
async function takeOver(fs: FileSystem, path: string, body: string, check: StaleCheck): Promise<Step> {
  const claim = claimPathFor(path);
  if (!(await createWhole(fs, claim, body))) {
    const holder = await readLock(fs, claim).catch(() => null);
    const age = await ageOf(fs, claim, check.now);
    if (!age) return 'again';
    const alive = check.alive ?? processAlive;
    const crashed = holder && holder !== 'damaged' && holder.host === check.owner.host && !alive(holder.pid);
    if (crashed || age.age > CLAIM_STALE_MS) await fs.unlink(claim).catch(() => undefined);
    return 'again';
  }
  try {
    const existing = await readLock(fs, path);
    if (existing === null) return (await createWhole(fs, path, body)) ? { status: 'mine', path } : 'again';
    if (existing !== 'damaged' && !isOurs(existing, check.owner) && !isStale(existing, check)) return { status: 'held', path, by: existing };
    await writeFileAtomic(fs, path, body);
    const previous = existing !== 'damaged' && !isOurs(existing, check.owner) ? existing : undefined;
    return previous ? { status: 'mine', path, previous } : { status: 'mine', path };
  } finally {
    await fs.unlink(claim).catch(() => undefined);
  }
}

/** One look at the lock: ours now, someone else's, or look again (it is being written or taken over). */
async function tryAcquire(fs: FileSystem, path: string, body: string, check: StaleCheck): Promise<Step> {
  if (await createWhole(fs, path, body)) return { status: 'mine', path };
  const existing = await readLock(fs, path);
  if (existing === null) return 'again';
  if (existing === 'damaged') {
    const age = await ageOf(fs, path, check.now);
    if (age && age.size === 0 && age.age < EMPTY_LOCK_GRACE_MS) return 'again';
  } else if (!isOurs(existing, check.owner) && !isStale(existing, check)) {
    return { status: 'held', path, by: existing };
  }
  return takeOver(fs, path, body, check);
}

/**
 * Take the lock of `file` unless someone else holds a fresh one. Of several
 * openers at the same moment exactly one gets it, whether there was no lock
 * (exclusive creation) or a stale one (the claim of takeOver).
 */
export async function acquireLock(fs: FileSystem, file: string, check: StaleCheck): Promise<LockState> {
  const path = lockPathFor(file);
  const body = lockBody(check.owner, check.now.toISOString(), check.now);
  try {
    for (let attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
      const step = await tryAcquire(fs, path, body, check);
      if (step !== 'again') return step;
      await delay(5 + Math.floor(Math.random() * 20));
    }
    // Still being taken over by someone else after a second: they are editing it.
    const by = (await readLock(fs, claimPathFor(path)).catch(() => null)) ?? (await readLock(fs, path).catch(() => null));
    if (by && by !== 'damaged') return { status: 'held', path, by };
    return { status: 'unavailable', path, code: 'EBUSY' };
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
