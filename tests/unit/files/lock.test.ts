import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isStale, lockPathFor, type LockInfo } from '../../../src/node/store/lock.js';
import { faultyFs } from './faultyFs.js';
import { ALICE, BOB, type Sandbox, useReportSandbox } from './fixture.js';

let box: Sandbox;
let path: string;
useReportSandbox((b, p) => ((box = b), (path = p)));

const lockFile = () => JSON.parse(readFileSync(lockPathFor(path), 'utf8')) as LockInfo;

describe('the advisory lock ~$name', () => {
  it('is written beside the file with who, where, which process and since when', async () => {
    await box.store().open(path);
    expect(lockPathFor(path)).toBe(join(box.docs, '~$报告.caogao'));
    expect(lockFile()).toMatchObject({ app: 'caogao', user: '张三', host: 'office-pc-1', pid: 4101 });
    expect(Date.parse(lockFile().since)).not.toBeNaN();
  });

  it('tells a second person who is editing, and does not take the lock from them', async () => {
    await box.store({ owner: ALICE }).open(path);
    const bob = box.store({ owner: BOB });
    const loaded = await bob.open(path);
    expect(bob.lockOf(path)?.status).toBe('held');
    expect(loaded.notices.map((n) => n.code)).toEqual(['lock-held']);
    expect(loaded.notices[0].zh).toContain('张三');
    expect(loaded.notices[0].zh).toContain('office-pc-1');
    expect(lockFile().user).toBe('张三');
  });

  it('is stale when its process on this machine is gone, and is then taken over', async () => {
    await box.store({ owner: ALICE }).open(path);
    box.running.delete(ALICE.pid);
    const again = box.store({ owner: { ...ALICE, pid: 4999 } });
    const loaded = await again.open(path);
    expect(again.lockOf(path)?.status).toBe('mine');
    expect(loaded.notices.map((n) => n.code)).toEqual(['lock-stale']);
    expect(lockFile().pid).toBe(4999);
  });

  it('is stale when another machine has not refreshed it for an hour', async () => {
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await box.store({ owner: BOB, now: () => longAgo }).open(path);
    const alice = box.store({ owner: ALICE });
    await alice.open(path);
    expect(alice.lockOf(path)?.status).toBe('mine');
    expect(lockFile().user).toBe('张三');
  });

  it('judges staleness by process on the same host and by age on any host', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    const lock: LockInfo = { app: 'caogao', ...BOB, since: '2026-03-05T09:30:00Z', refreshedAt: '2026-03-05T09:50:00Z' };
    const check = { owner: ALICE, now, staleAfterMs: 60 * 60 * 1000 };
    expect(isStale(lock, { ...check, alive: () => false })).toBe(false);
    expect(isStale(lock, { ...check, owner: { ...ALICE, host: BOB.host }, alive: () => false })).toBe(true);
    expect(isStale({ ...lock, refreshedAt: '2026-03-05T08:00:00Z' }, { ...check, alive: () => true })).toBe(true);
    expect(isStale({ ...lock, refreshedAt: 'garbage' }, { ...check, alive: () => true })).toBe(true);
  });

  it('is removed on release, but only when it is ours', async () => {
    const alice = box.store({ owner: ALICE });
    await alice.open(path);
    const bob = box.store({ owner: BOB });
    await bob.open(path);
    await bob.release(path);
    expect(existsSync(lockPathFor(path))).toBe(true);
    await alice.release(path);
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('is refreshed on request, keeping its start time', async () => {
    let now = new Date('2026-03-05T09:00:00Z');
    const alice = box.store({ owner: ALICE, now: () => now });
    await alice.open(path);
    now = new Date('2026-03-05T09:45:00Z');
    await alice.refreshLocks();
    expect(lockFile()).toMatchObject({ since: '2026-03-05T09:00:00.000Z', refreshedAt: '2026-03-05T09:45:00.000Z' });
  });

  it('is kept fresh every ten minutes while the document is open', async () => {
    let now = new Date('2026-03-05T09:00:00Z');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const alice = box.store({ owner: ALICE, now: () => now });
      await alice.open(path);
      now = new Date('2026-03-05T09:10:00Z');
      vi.advanceTimersByTime(10 * 60 * 1000);
      await vi.waitFor(() => expect(lockFile().refreshedAt).toBe('2026-03-05T09:10:00.000Z'));
      await alice.release(path);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a damaged lock file is taken over', async () => {
    writeFileSync(lockPathFor(path), 'garbage');
    const alice = box.store();
    await alice.open(path);
    expect(alice.lockOf(path)?.status).toBe('mine');
    expect(lockFile().user).toBe('张三');
  });

  it('a folder that refuses the lock file does not stop opening', async () => {
    const store = box.store({ fs: faultyFs([{ step: 'create', code: 'EROFS', match: /^~\$/ }]) });
    const loaded = await store.open(path);
    expect(loaded.kind).toBe('caogao');
    expect(store.lockOf(path)).toMatchObject({ status: 'unavailable', code: 'EROFS' });
  });
});
