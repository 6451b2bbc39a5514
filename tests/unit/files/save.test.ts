import { readFileSync, utimesSync, writeFileSync, unlinkSync, chmodSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaogaoError } from '../../../src/core/errors.js';
import { parseCaogao, serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { docToText } from '../../../src/core/plainText.js';
import { faultyFs, type FaultStep } from './faultyFs.js';
import { fileOf, report, sandbox, writeCaogao, type Sandbox } from './fixture.js';

let box: Sandbox;
let path: string;
const original = fileOf(report('原来的文字。这是第一稿的内容。'));
const edited = fileOf(report('修改后的文字。这是下午新写的内容。'));

beforeEach(() => {
  box = sandbox();
  path = writeCaogao(box, '报告.caogao', original);
});
afterEach(() => box.cleanup());

const onDisk = () => docToText(parseCaogao(readFileSync(path, 'utf8')).doc);

describe('saving', () => {
  it('writes the document and records it, so the next save is not a conflict', async () => {
    const store = box.store();
    await store.open(path);
    expect(await store.save(path, edited, { force: false })).toEqual({ status: 'saved' });
    expect(onDisk()).toContain('修改后的文字');
    expect(await store.save(path, original, { force: false })).toEqual({ status: 'saved' });
    expect(onDisk()).toContain('原来的文字');
  });

  it('deletes the journal only after the save is confirmed', async () => {
    const store = box.store();
    await store.open(path);
    await store.journal.write({ key: 'doc1', path, name: '报告.caogao', savedAt: new Date().toISOString(), file: edited });
    expect(await box.store().journal.list()).toHaveLength(1);
    await store.save(path, edited, { force: false, journalKey: 'doc1' });
    expect(await box.store().journal.list()).toHaveLength(0);
  });
});

describe('a save that fails at a step (fault injection)', () => {
  // Faults hit the document's own files only: its temp file, and its folder docs/.
  // The folder fsync that fails is the one right after the document's rename (not a lock file's).
  const afterDocRename = (writes: string[]) => basename(writes.at(-1) ?? '') === '报告.caogao';
  const cases: [string, FaultStep, RegExp][] = [
    ['after the temp write (fsync of the temp file)', 'sync', /^\.报告\.caogao\./],
    ['before the rename', 'rename', /^报告\.caogao$/],
    ['during the folder fsync', 'syncDir', /^docs$/],
  ];

  it.each(cases)('%s: the file on disk is whole, the journal holds the edits, a retry succeeds', async (_label, step, match) => {
    const fs = faultyFs([{ step, code: 'EIO', match, times: 1, ...(step === 'syncDir' ? { when: afterDocRename } : {}) }]);
    const store = box.store({ fs });
    await store.open(path);
    const error = await store.save(path, edited, { force: false, journalKey: 'doc1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaogaoError);
    expect((error as CaogaoError).code).toBe('save-failed');
    expect((error as CaogaoError).userMessage('zh')).toContain('报告.caogao');

    // The file is complete: the original, or (once renamed) the whole new version.
    const text = onDisk();
    if (step === 'syncDir') expect(text).toContain('修改后的文字');
    else expect(text).toContain('原来的文字');
    expect(box.listDocs()).toEqual(['~$报告.caogao', '报告.caogao']);

    // A crash now: a new process finds the journal, with the edits.
    const journals = await box.store().journal.list();
    expect(journals).toHaveLength(1);
    expect(docToText(journals[0].file.doc)).toContain('修改后的文字');

    // The document is still open and unsaved: saving again works and is not taken for a conflict.
    expect(await store.save(path, edited, { force: false, journalKey: 'doc1' })).toEqual({ status: 'saved' });
    expect(onDisk()).toContain('修改后的文字');
    expect(await box.store().journal.list()).toHaveLength(0);
  });

  it.each([
    ['a full disk', 'write', 'ENOSPC', 'save-no-space', '磁盘空间不足'],
    ['no permission', 'create', 'EACCES', 'save-no-permission', '没有写入权限'],
    ['a read-only folder', 'create', 'EROFS', 'save-read-only', '只读'],
  ] as const)('%s: a clear message, the original intact, the edits in the journal', async (_label, step, code, key, words) => {
    const store = box.store({ fs: faultyFs([{ step, code, match: /^\.报告/ }]) });
    await store.open(path);
    const error = (await store.save(path, edited, { force: false, journalKey: 'doc1' }).catch((e: unknown) => e)) as CaogaoError;
    expect(error.code).toBe(key);
    expect(error.userMessage('zh')).toContain(words);
    expect(error.userMessage('zh')).toContain('文档仍未保存');
    expect(onDisk()).toContain('原来的文字');
    const [journal] = await box.store().journal.list();
    expect(docToText(journal.file.doc)).toContain('修改后的文字');
  });

  it.skipIf(process.getuid?.() === 0)('a folder made read-only on disk (not as root)', async () => {
    const store = box.store();
    await store.open(path);
    chmodSync(box.docs, 0o555);
    try {
      const error = (await store.save(path, edited, { force: false }).catch((e: unknown) => e)) as CaogaoError;
      expect(error.code).toBe('save-no-permission');
      expect(onDisk()).toContain('原来的文字');
    } finally {
      chmodSync(box.docs, 0o755);
    }
  });
});

describe('a file changed by someone else', () => {
  it('is a conflict: nothing is written, and a forced save overwrites', async () => {
    const store = box.store();
    await store.open(path);
    const theirs = serializeCaogao(fileOf(report('别人保存的文字。同事在共享文件夹里改过。')));
    writeFileSync(path, theirs);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));

    const outcome = await store.save(path, edited, { force: false, journalKey: 'doc1' });
    expect(outcome.status).toBe('conflict');
    if (outcome.status === 'conflict') {
      expect(outcome.detail.zh).toContain('报告.caogao');
      expect(outcome.detail.zh).toMatch(/比较.*覆盖.*另存为/);
    }
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    // The edits are safe meanwhile.
    expect(await box.store().journal.list()).toHaveLength(1);

    expect(await store.save(path, edited, { force: true, journalKey: 'doc1' })).toEqual({ status: 'saved' });
    expect(onDisk()).toContain('修改后的文字');
  });

  it('is no conflict when only the time changed and the bytes are ours', async () => {
    const store = box.store();
    await store.open(path);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(await store.save(path, edited, { force: false })).toEqual({ status: 'saved' });
  });

  it('is a conflict when the store never read the file that is there', async () => {
    const store = box.store();
    const other = writeCaogao(box, '别人的.caogao', original);
    expect((await store.save(other, edited, { force: false })).status).toBe('conflict');
    expect(await store.save(other, edited, { force: true })).toEqual({ status: 'saved' });
  });

  it('writes again a file deleted meanwhile', async () => {
    const store = box.store();
    await store.open(path);
    unlinkSync(path);
    expect(await store.save(path, edited, { force: false })).toEqual({ status: 'saved' });
    expect(onDisk()).toContain('修改后的文字');
  });

  it('after a restore from the journal, a file saved by someone else since the crash is a conflict', async () => {
    const crashed = box.store();
    await crashed.open(path);
    await crashed.journal.write({ key: 'doc1', path, name: '报告.caogao', savedAt: new Date().toISOString(), file: edited });
    writeFileSync(path, serializeCaogao(fileOf(report('别人保存的文字。崩溃之后同事改过。'))));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));

    const next = box.store();
    const [journal] = await next.journal.list();
    expect(journal.path).toBe(path);
    expect((await next.save(path, journal.file, { force: false, journalKey: journal.key })).status).toBe('conflict');
  });
});

describe('save as', () => {
  it('writes a new file in another folder and locks it', async () => {
    const store = box.store();
    await store.open(path);
    const target = join(box.root, '送审稿.caogao');
    expect(await store.save(target, edited, { force: true })).toEqual({ status: 'saved' });
    expect(store.lockOf(target)?.status).toBe('mine');
    expect(readFileSync(join(box.root, '~$送审稿.caogao'), 'utf8')).toContain('张三');
  });
});
