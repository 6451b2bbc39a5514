/**
 * Issue 12, item 9: with a `~$` lock left by a crash, several editors opening
 * the file at the same moment must not all get write access. 2–8 real
 * processes (lockRaceChild.ts, forked through tsx) open at once, over 20
 * rounds: a stale lock (its process gone), a damaged one, or none. In every
 * round exactly one gets the lock and the lock on disk names it.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../../src/node/store/lock.js';

const CHILDREN = 8;
const ROUNDS = 20;

interface Answer {
  round: number;
  pid: number;
  status: string;
}

let children: ChildProcess[] = [];
const answers: Answer[] = [];
let dir: string;

function waitFor<T>(what: () => T | undefined, ms: number): Promise<T> {
  const start = Date.now();
  return new Promise((done, fail) => {
    const look = () => {
      const value = what();
      if (value !== undefined) return done(value);
      if (Date.now() - start > ms) return fail(new Error('timed out'));
      setTimeout(look, 5);
    };
    look();
  });
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '0']).pid;
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caogao-lock-race-'));
  let ready = 0;
  children = Array.from({ length: CHILDREN }, () => {
    const child = fork(join(import.meta.dirname, 'lockRaceChild.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.on('message', (m: Answer | { ready: true }) => {
      if ('ready' in m) ready++;
      else answers.push(m);
    });
    return child;
  });
  await waitFor(() => (ready === CHILDREN ? true : undefined), 30_000);
}, 40_000);

afterAll(() => {
  for (const child of children) if (child.connected) child.send({ exit: true });
  for (const child of children) if (child.exitCode === null) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('taking over a stale lock is atomic', () => {
  it(
    'exactly one of N simultaneous openers wins, N = 2 … 8, over 20 rounds',
    async () => {
      const dead = deadPid();
      const winners: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const n = 2 + (round % 7);
        const file = join(dir, `报告${round}.caogao`);
        writeFileSync(file, '{}');
        const kind = round % 3;
        if (kind === 0) {
          const stale = { app: 'caogao', user: '崩溃的人', host: hostname(), pid: dead, since: new Date().toISOString(), refreshedAt: new Date().toISOString() };
          writeFileSync(lockPathFor(file), JSON.stringify(stale));
        } else if (kind === 1) writeFileSync(lockPathFor(file), 'garbage');
        for (const child of children.slice(0, n)) child.send({ acquire: file, round });
        const got = await waitFor(() => {
          const mine = answers.filter((a) => a.round === round);
          return mine.length === n ? mine : undefined;
        }, 15_000);
        const statuses = got.map((a) => a.status);
        expect(statuses.filter((s) => s === 'mine'), `round ${round}, ${n} openers: ${statuses.join(' ')}`).toHaveLength(1);
        expect(statuses.filter((s) => s === 'held')).toHaveLength(n - 1);
        const winner = got.find((a) => a.status === 'mine')!.pid;
        expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8')).pid).toBe(winner);
        winners.push(winner);
      }
      // Nothing but the documents and their locks is left: no claim, no temp file.
      expect(readdirSync(dir).filter((name) => !/^(~\$)?报告\d+\.caogao$/.test(name))).toEqual([]);
      expect(winners).toHaveLength(ROUNDS);
    },
    90_000,
  );
});
