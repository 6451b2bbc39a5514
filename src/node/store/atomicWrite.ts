/**
 * Atomic replacement of a file, step by step over the FileSystem adapter:
 *
 *   1. create a temp file beside the target (same folder, so the rename
 *      cannot cross file systems), with the target's permissions;
 *   2. write the bytes and fsync them, then close;
 *   3. rename the temp file over the target (atomic on POSIX and NTFS);
 *   4. fsync the folder, so the rename itself survives a power cut.
 *
 * If anything fails before step 3 the target is untouched and the temp file
 * is removed. If step 4 fails the target holds the complete new file, but
 * the write is reported as failed because its durability is not confirmed.
 * write-file-atomic does the same steps, but cannot be driven through an
 * adapter, which the fault-injection tests need. The temp file's name says
 * which process wrote it, so one left by a crash is swept (tempFiles.ts).
 */
import { dirname } from 'node:path';
import { errnoOf, type FileSystem } from './fileSystem.js';
import { tempPathFor } from './tempFiles.js';

/** Step names, for error reports and fault injection. */
export type WriteStep = 'create' | 'write' | 'sync' | 'close' | 'rename' | 'syncDir';

/** A failed atomic write: which step, and the file-system error (with its errno code). */
export class AtomicWriteError extends Error {
  constructor(
    readonly step: WriteStep,
    readonly target: string,
    cause: unknown,
  ) {
    super(`atomic write of ${target} failed at ${step}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'AtomicWriteError';
  }

  get code(): string {
    return errnoOf(this.cause);
  }
}

async function existingMode(fs: FileSystem, target: string): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode;
  } catch {
    return undefined;
  }
}

export async function writeFileAtomic(fs: FileSystem, target: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = tempPathFor(target);
  const mode = await existingMode(fs, target);
  let step: WriteStep = 'create';
  let renamed = false;
  try {
    const file = await fs.create(temp, { exclusive: true, mode });
    try {
      step = 'write';
      await file.write(bytes);
      step = 'sync';
      await file.sync();
    } catch (error) {
      await file.close().catch(() => undefined);
      throw error;
    }
    step = 'close';
    await file.close();
    if (mode !== undefined) await fs.chmod(temp, mode).catch(() => undefined);
    step = 'rename';
    await fs.rename(temp, target);
    renamed = true;
    step = 'syncDir';
    await fs.syncDir(dirname(target));
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw new AtomicWriteError(step, target, error);
  }
}
