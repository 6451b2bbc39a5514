/**
 * Issue 12, item 9, in one process: the takeover of a stale lock under the
 * claim `~$name.claim`, a claim left by a crash, openers interleaved on a
 * file system without links, and what the services do with locks on
 * reportState and 另存为.
 */
import { existsSync, readFileSync, rmSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../../src/node/store/fileSystem.js';
import { acquireLock, claimPathFor, lockPathFor, type LockInfo, type LockOwner } from '../../../src/node/store/lock.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import { makeFixture } from '../shell/fixtures.js';
import { useReportSandbox } from './fixture.js';

let path: string;
useReportSandbox((_box, p) => (path = p));

const HOST = 'office-pc-1';
const owner = (pid: number): LockOwner => ({ user: `用户${pid}`, host: HOST, pid });
const staleLock = (pid: number): LockInfo => ({ app: 'caogao', ...owner(pid), since: new Date().toISOString(), refreshedAt: new Date().toISOString() });
const lockOnDisk = () => JSON.parse(readFileSync(lockPathFor(path), 'utf8')) as LockInfo;

/** The real file system without link(): the exclusive-create fallback of a share that refuses links. */
const noLinks: FileSystem = { ...nodeFileSystem, link: undefined };

describe('taking over a stale lock', () => {
  for (const [label, fs] of [
    ['with links', nodeFileSystem],
    ['without links', noLinks],
  ] as const) {
    it(`exactly one of 8 interleaved openers wins, ${label}`, async () => {
      for (let round = 0; round < 10; round++) {
        writeFileSync(lockPathFor(path), JSON.stringify(staleLock(9000)));
        const running = new Set<number>();
        const openers = Array.from({ length: 8 }, (_, i) => 100 + round * 10 + i);
        const states = await Promise.all(
          openers.map((pid) => {
            running.add(pid);
            return acquireLock(fs, path, { owner: owner(pid), now: new Date(), staleAfterMs: 3_600_000, alive: (p) => running.has(p) });
          }),
        );
        const winners = states.flatMap((s, i) => (s.status === 'mine' ? [openers[i]] : []));
        expect(winners).toHaveLength(1);
        expect(states.filter((s) => s.status === 'held')).toHaveLength(7);
        expect(lockOnDisk().pid).toBe(winners[0]);
        expect(existsSync(claimPathFor(lockPathFor(path)))).toBe(false);
      }
    });
  }

  it('a claim left by a crashed opener does not block the takeover', async () => {
    writeFileSync(lockPathFor(path), JSON.stringify(staleLock(9000)));
    writeFileSync(claimPathFor(lockPathFor(path)), JSON.stringify(staleLock(9001)));
    const state = await acquireLock(nodeFileSystem, path, { owner: owner(42), now: new Date(), staleAfterMs: 3_600_000, alive: (p) => p === 42 });
    expect(state).toMatchObject({ status: 'mine', previous: { pid: 9000 } });
    expect(existsSync(claimPathFor(lockPathFor(path)))).toBe(false);
  });

  it('a claim of another machine is removed once it is older than ten seconds', async () => {
    writeFileSync(lockPathFor(path), JSON.stringify(staleLock(9000)));
    const claim = claimPathFor(lockPathFor(path));
    writeFileSync(claim, JSON.stringify({ ...staleLock(9001), host: 'elsewhere' }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(claim, old, old);
    const state = await acquireLock(nodeFileSystem, path, { owner: owner(42), now: new Date(), staleAfterMs: 3_600_000, alive: (p) => p === 42 });
    expect(state.status).toBe('mine');
  });

  it('a fresh lock of a live process is never taken, claim or not', async () => {
    writeFileSync(lockPathFor(path), JSON.stringify(staleLock(7)));
    const state = await acquireLock(nodeFileSystem, path, { owner: owner(42), now: new Date(), staleAfterMs: 3_600_000, alive: () => true });
    expect(state).toMatchObject({ status: 'held', by: { pid: 7 } });
    expect(lockOnDisk().pid).toBe(7);
  });
});

describe('the services and the lock', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const storeDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'caogao-store-'));
    dirs.push(d);
    return d;
  };

  it('reportState({handle: null}) does not drop the lock of the document being edited', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir() }) });
    const lock = join(f.docsDir, '~$报告.caogao');
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    await f.services.reportState({ handle: opened.handle, dirty: true });
    await f.services.reportState({ handle: null, dirty: true });
    expect(existsSync(lock)).toBe(true);
    await f.services.closeWindow();
    expect(existsSync(lock)).toBe(false);
  });

  it('另存为 releases the lock of the name it leaves and locks the new name; closing releases that', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir() }) });
    const oldLock = join(f.docsDir, '~$报告.caogao');
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    await f.services.reportState({ handle: opened.handle, dirty: false });
    expect(existsSync(oldLock)).toBe(true);
    f.answers.push(join(f.docsDir, '报告（二稿）.caogao'));
    const saved = await f.services.saveAs({ handle: opened.handle, file: opened.file });
    expect(saved.status).toBe('saved');
    expect(existsSync(oldLock)).toBe(false);
    const newLock = join(f.docsDir, '~$报告（二稿）.caogao');
    expect(existsSync(newLock)).toBe(true);
    // Another 另存为 from the new name, without any reportState in between.
    f.answers.push(join(f.docsDir, '报告（三稿）.caogao'));
    await f.services.saveAs({ handle: opened.handle, file: opened.file });
    expect(existsSync(newLock)).toBe(false);
    expect(existsSync(join(f.docsDir, '~$报告（三稿）.caogao'))).toBe(true);
    await f.services.closeWindow();
    expect(existsSync(join(f.docsDir, '~$报告（三稿）.caogao'))).toBe(false);
  });
});

