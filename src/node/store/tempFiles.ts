/**
 * Our temporary files, and sweeping the ones a crash left behind (issue 12,
 * item 8: 200 kills during saves left 89 hidden .tmp files, 587 MB, beside
 * the document and in the journal folder).
 *
 * An atomic write (atomicWrite.ts) first writes `.<name>.~<pid>-<host>-<random>.tmp`
 * beside its target: the writing process's id, a tag of the machine's name
 * (4 hex digits of its hash: a document folder may be shared) and random
 * bytes. A temp file may be removed when the process that wrote it cannot be
 * writing any more: on this machine its process is gone, and it is older than
 * a minute (a pid is reused, a clock may be coarse); from another machine,
 * when it is older than a day. Temp files of the naming before this one
 * (`.<name>.<base-36 tag>.tmp`, which gave no pid) of the kinds of file Caogao
 * writes are removed after a day.
 * Nothing else in the folder is touched.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './fileSystem.js';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/** 4 hex digits naming a machine in temp file names. */
export function hostTag(host: string = hostname()): string {
  return createHash('sha256').update(host).digest('hex').slice(0, 4);
}

const OWN_HOST = hostTag();

export function tempPathFor(target: string, pid: number = process.pid, host: string = OWN_HOST): string {
  return join(dirname(target), `.${basename(target)}.~${pid}-${host}-${randomBytes(4).toString('hex')}.tmp`);
}

/** `.<name>.~<pid>-<host>-<random>.tmp`: what tempPathFor writes. */
const TEMP_RE = /^\..+\.~(\d{1,10})-([0-9a-f]{4})-[0-9a-f]{8}\.tmp$/;
/**
 * The naming before (pid, time and a counter run together in base 36), for
 * the kinds of file Caogao writes only, so that no one else's hidden .tmp is taken.
 */
const OLD_TEMP_RE = /^\..+\.(caogao|caogao-journal|docx|pdf|html?|txt)\.[0-9a-z]{10,20}\.tmp$/i;

export interface TempFileInfo {
  pid: number | null;
  host: string | null;
}

/** The writer of a temp file of ours, from its name; null for any other file. */
export function parseTempName(name: string): TempFileInfo | null {
  const m = TEMP_RE.exec(name);
  if (m) return { pid: Number(m[1]), host: m[2] };
  return OLD_TEMP_RE.test(name) ? { pid: null, host: null } : null;
}

export interface SweepOptions {
  now: number;
  /** Whether a process of this machine is running. */
  alive: (pid: number) => boolean;
  /** This machine's tag (hostTag()). */
  host?: string;
}

/** Whether a temp file of ours, written by `info`'s process and last changed at `mtimeMs`, is left over. */
export function isLeftOver(info: TempFileInfo, mtimeMs: number, options: SweepOptions): boolean {
  const age = options.now - mtimeMs;
  if (info.pid === null || info.host !== (options.host ?? OWN_HOST)) return age > DAY;
  return age > MINUTE && info.pid !== process.pid && !options.alive(info.pid);
}

/**
 * Remove the left-over temp files of ours in `dir`; returns the names
 * removed. Best effort: a file that cannot be read or removed is skipped.
 */
export async function sweepTempFiles(fs: FileSystem, dir: string, options: SweepOptions): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const info = parseTempName(name);
    if (!info) continue;
    try {
      const s = await fs.stat(join(dir, name));
      if (!s.isFile || !isLeftOver(info, s.mtimeMs, options)) continue;
      await fs.unlink(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
