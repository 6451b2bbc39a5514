/**
 * The document store behind the services (what the Electron app and the
 * browser host run): imports, exports, a failed save and a crash, through
 * the API methods the page calls.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { outlineOf } from '../../../src/core/outline.js';
import { fileFromJson } from '../../../src/shared/caogaoJson.js';
import { exportDocx } from '../../../src/node/export/docx.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import { lockPathFor } from '../../../src/node/store/lock.js';
import { makeFixture, smallReport } from '../shell/fixtures.js';
import { faultyFs } from './faultyFs.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function storeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caogao-store-'));
  dirs.push(dir);
  return dir;
}

describe('the services over the document store', () => {
  it('import a .docx with the dialog; 保存 then asks where', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir() }) });
    const docx = join(f.docsDir, '征求意见稿.docx');
    writeFileSync(docx, await exportDocx(smallReport()));
    f.answers.push(docx);
    const opened = (await f.services.importWithDialog())!;
    expect(opened).toMatchObject({ kind: 'docx', name: '征求意见稿.docx', savable: false });
    expect(outlineOf(fileFromJson(opened.file).doc).parts.map((p) => p.title)).toEqual(['过去一年工作回顾']);
  });

  it('比对 › 磁盘上的文件 reads the draft where it is: its content, but no lock, no handle, not in the recent list (打开 takes a lock)', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir() }) });
    const lock = lockPathFor(f.caogaoPath);
    f.answers.push(f.caogaoPath);
    const read = (await f.services.readDraftWithDialog())!;
    expect(read).toMatchObject({ name: '报告.caogao', kind: 'caogao' });
    expect(outlineOf(fileFromJson(read.file).doc).parts.map((p) => p.title)).toEqual(outlineOf(smallReport()).parts.map((p) => p.title));
    expect(read).not.toHaveProperty('handle');
    expect(existsSync(lock)).toBe(false);
    expect(await f.services.recentList()).toEqual([]);
    f.answers.push(null);
    expect(await f.services.readDraftWithDialog()).toBeNull();
    // The same file opened for editing is locked: the difference the comparison must not make.
    await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    expect(existsSync(lock)).toBe(true);
  });

  it('export .docx and .html where the dialog says', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir() }) });
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    const target = join(f.docsDir, '报告.docx');
    f.answers.push(target);
    expect(await f.services.exportDocument({ file: opened.file, format: 'docx' })).toMatchObject({ status: 'saved', name: '报告.docx' });
    const zip = await JSZip.loadAsync(readFileSync(target));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('一、过去一年工作回顾');
    f.answers.push(join(f.docsDir, '报告.html'));
    await f.services.exportDocument({ file: opened.file, format: 'html' });
    expect(readFileSync(join(f.docsDir, '报告.html'), 'utf8')).toContain('@page { size: A4;');
  });

  it('a save that fails keeps the edits in the journal, which a restart offers', async () => {
    const data = storeDir();
    const fs = faultyFs([{ step: 'rename', code: 'ENOSPC', match: /^报告\.caogao$/ }]);
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: data, fs }) });
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    const before = readFileSync(f.caogaoPath, 'utf8');
    await expect(f.services.save({ handle: opened.handle, file: opened.file })).rejects.toMatchObject({ code: 'save-no-space' });
    expect(readFileSync(f.caogaoPath, 'utf8')).toBe(before);

    // Caogao is killed; the next start finds the journal under a new process id.
    const next = await makeFixture({ backend: new DocumentStore({ userDataDir: data, owner: { user: 'x', host: 'other-host', pid: 1 } }) });
    const found = await next.services.journalRead();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '报告.caogao', location: f.docsDir });
  });

  it('the lock beside a file goes when the window shows another document or closes', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir() }) });
    const lock = join(f.docsDir, '~$报告.caogao');
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    await f.services.reportState({ handle: opened.handle, dirty: false });
    expect(existsSync(lock)).toBe(true);
    const other = await f.services.newFromTemplate({ templateId: 'blank' });
    await f.services.reportState({ handle: other.handle, dirty: false });
    expect(existsSync(lock)).toBe(false);

    await f.services.openHandle({ handle: opened.handle });
    await f.services.reportState({ handle: opened.handle, dirty: false });
    expect(existsSync(lock)).toBe(true);
    await f.services.closeWindow();
    expect(existsSync(lock)).toBe(false);
  });

  it('a second Caogao opening the same file is told who is editing it', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir(), owner: { user: '张三', host: 'pc-1', pid: process.pid } }) });
    await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    const other = await makeFixture({ backend: new DocumentStore({ userDataDir: storeDir(), owner: { user: '李四', host: 'pc-2', pid: 2 } }) });
    const handle = other.services.handleForPath(f.caogaoPath);
    const opened = await other.services.openHandle({ handle });
    expect(opened.notices.map((n) => n.code)).toEqual(['lock-held']);
    expect(opened.notices[0].zh).toContain('张三');
  });
});
