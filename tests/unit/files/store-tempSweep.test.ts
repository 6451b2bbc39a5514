/**
 * Issue 12, item 8: temp files a crash left during a save (beside the
 * document, and in the journal folder) are swept on open and on save; those
 * of a process still running, those younger than a minute and anyone else's
 * files are left alone.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/node/store/atomicWrite.js';
import { nodeFileSystem } from '../../../src/node/store/fileSystem.js';
import { journalDir } from '../../../src/node/store/journal.js';
import { hostTag, isLeftOver, parseTempName, sweepTempFiles, tempPathFor } from '../../../src/node/store/tempFiles.js';
import { ALICE, type Sandbox, useReportSandbox } from './fixture.js';

const DEAD = 777_001;
const HOST = hostTag();
const MINUTES = 60 * 1000;

let box: Sandbox;
let path: string;
useReportSandbox((b, p) => ((box = b), (path = p)));

/** A temp file as tempPathFor names it, written `ageMs` ago. */
let serial = 0;
function leftover(dir: string, target: string, pid: number, ageMs: number, host = HOST): string {
  const name = `.${target}.~${pid}-${host}-${(0x10000000 + serial++).toString(16)}.tmp`;
  const file = join(dir, name);
  writeFileSync(file, 'x'.repeat(1000));
  const when = new Date(Date.now() - ageMs);
  utimesSync(file, when, when);
  return name;
}

describe('our temp file names', () => {
  it('carry the writing process, a tag of the machine and random bytes', () => {
    const temp = tempPathFor(path);
    expect(temp.startsWith(join(box.docs, '.报告.caogao.~'))).toBe(true);
    const name = temp.slice(box.docs.length + 1);
    expect(parseTempName(name)).toEqual({ pid: process.pid, host: HOST });
    expect(tempPathFor(path)).not.toBe(temp);
  });

  it('are told from anyone else’s files', () => {
    expect(parseTempName('报告.caogao')).toBeNull();
    expect(parseTempName('.报告.tmp')).toBeNull();
    expect(parseTempName('~WRL0001.tmp')).toBeNull();
    expect(parseTempName('.notes.backup.tmp')).toBeNull();
    // the naming before: pid, time and counter in base 36
    expect(parseTempName('.报告.caogao.2x1lmf3k9q01.tmp')).toEqual({ pid: null, host: null });
  });

  it('are left over when the process is gone and a minute has passed, or a day for another machine or the old naming', () => {
    const now = Date.now();
    const alive = (pid: number) => pid === ALICE.pid;
    const opts = { now, alive, host: 'abcd' };
    expect(isLeftOver({ pid: DEAD, host: 'abcd' }, now - 2 * MINUTES, opts)).toBe(true);
    expect(isLeftOver({ pid: DEAD, host: 'abcd' }, now - 30_000, opts)).toBe(false);
    expect(isLeftOver({ pid: ALICE.pid, host: 'abcd' }, now - 600 * MINUTES, opts)).toBe(false);
    expect(isLeftOver({ pid: process.pid, host: 'abcd' }, now - 600 * MINUTES, { ...opts, alive: () => false })).toBe(false);
    expect(isLeftOver({ pid: DEAD, host: 'ffff' }, now - 600 * MINUTES, opts)).toBe(false);
    expect(isLeftOver({ pid: DEAD, host: 'ffff' }, now - 25 * 60 * MINUTES, opts)).toBe(true);
    expect(isLeftOver({ pid: null, host: null }, now - 25 * 60 * MINUTES, opts)).toBe(true);
  });
});

describe('sweeping', () => {
  it('on open: a dead process’s old temp files go, beside the file and in the journal folder; the rest stay', async () => {
    const journal = journalDir(box.data);
    mkdirSync(journal, { recursive: true });
    const dead = leftover(box.docs, '报告.caogao', DEAD, 5 * MINUTES);
    const deadLock = leftover(box.docs, '~$报告.caogao', DEAD, 5 * MINUTES);
    const deadJournal = leftover(journal, 'k1.caogao-journal', DEAD, 5 * MINUTES);
    const young = leftover(box.docs, '报告.caogao', DEAD, 10_000);
    const live = leftover(box.docs, '报告.caogao', ALICE.pid, 5 * MINUTES);
    const mine = leftover(box.docs, '报告.caogao', process.pid, 5 * MINUTES);
    const otherMachine = leftover(box.docs, '报告.caogao', DEAD, 5 * MINUTES, 'ffff');
    writeFileSync(join(box.docs, '.别人的.tmp'), 'keep');
    await box.store().open(path);
    const docs = readdirSync(box.docs);
    expect(docs).not.toContain(dead);
    expect(docs).not.toContain(deadLock);
    expect(readdirSync(journal)).not.toContain(deadJournal);
    for (const kept of [young, live, mine, otherMachine, '.别人的.tmp', '报告.caogao', '~$报告.caogao']) expect(docs).toContain(kept);
  });

  it('on save, too', async () => {
    const store = box.store();
    const loaded = await store.open(path);
    const dead = leftover(box.docs, '报告.caogao', DEAD, 5 * MINUTES);
    const live = leftover(box.docs, '报告.caogao', ALICE.pid, 5 * MINUTES);
    await store.save(path, loaded.file, { force: false });
    expect(existsSync(join(box.docs, dead))).toBe(false);
    expect(existsSync(join(box.docs, live))).toBe(true);
  });

  it('a file that is not ours, or a folder, is never removed; a missing folder is no error', async () => {
    mkdirSync(join(box.docs, `.x.caogao.~${DEAD}-${HOST}-0123abcd.tmp`));
    const removed = await sweepTempFiles(nodeFileSystem, box.docs, { now: Date.now() + 10 * MINUTES, alive: () => false });
    expect(removed).toEqual([]);
    expect(await sweepTempFiles(nodeFileSystem, join(box.docs, 'nope'), { now: Date.now(), alive: () => false })).toEqual([]);
  });

  it('an atomic write leaves nothing but its target', async () => {
    await writeFileAtomic(nodeFileSystem, join(box.docs, 'a.caogao'), 'x');
    expect(box.listDocs()).toEqual(['a.caogao', '报告.caogao']);
  });
});
