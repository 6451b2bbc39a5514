import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFileAtomic } from '../../../src/node/store/atomicWrite.js';
import { nodeFileSystem } from '../../../src/node/store/fileSystem.js';
import { faultyFs, type FaultStep } from './faultyFs.js';

let dir: string;
let target: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caogao-atomic-'));
  target = join(dir, '报告.caogao');
  writeFileSync(target, 'the original');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic write', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    await writeFileAtomic(nodeFileSystem, target, 'the new text');
    expect(readFileSync(target, 'utf8')).toBe('the new text');
    expect(readdirSync(dir)).toEqual(['报告.caogao']);
  });

  it('creates a file that did not exist', async () => {
    const fresh = join(dir, '新.caogao');
    await writeFileAtomic(nodeFileSystem, fresh, new TextEncoder().encode('字节'));
    expect(readFileSync(fresh, 'utf8')).toBe('字节');
  });

  it('keeps the permissions of the file it replaces', async () => {
    chmodSync(target, 0o640);
    await writeFileAtomic(nodeFileSystem, target, 'x');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it.each<[FaultStep, string]>([
    ['create', 'EACCES'],
    ['write', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EPERM'],
  ])('leaves the original intact and removes the temp file when %s fails (%s)', async (step, code) => {
    const fs = faultyFs([{ step, code }]);
    const error = await writeFileAtomic(fs, target, 'the new text').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect((error as AtomicWriteError).step).toBe(step);
    expect((error as AtomicWriteError).code).toBe(code);
    expect(readFileSync(target, 'utf8')).toBe('the original');
    expect(readdirSync(dir)).toEqual(['报告.caogao']);
  });

  it('reports a failed folder fsync although the complete new file is in place', async () => {
    const fs = faultyFs([{ step: 'syncDir', code: 'EIO' }]);
    const error = await writeFileAtomic(fs, target, 'the new text').catch((e: unknown) => e);
    expect((error as AtomicWriteError).step).toBe('syncDir');
    expect(readFileSync(target, 'utf8')).toBe('the new text');
    expect(readdirSync(dir)).toEqual(['报告.caogao']);
  });

  it('writes the temp file in the same folder as the target', async () => {
    const fs = faultyFs();
    await writeFileAtomic(fs, target, 'x');
    expect(fs.writes[0].startsWith(join(dir, '.报告.caogao.'))).toBe(true);
    expect(fs.writes.at(-1)).toBe(target);
  });
});
