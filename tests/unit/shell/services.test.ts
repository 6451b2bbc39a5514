import { userInfo } from 'node:os';
import { readFile, writeFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../src/core/outline.js';
import { fileFromJson } from '../../../src/shared/caogaoJson.js';
import { openedDocSchema } from '../../../src/shared/api.js';
import { makeFixture, reportText } from './fixtures.js';

describe('Node services', () => {
  it('opens a .caogao file by the handle the host issued for its path, and remembers it as recent', async () => {
    const f = await makeFixture();
    const handle = f.services.handleForPath(f.caogaoPath);
    const opened = await f.services.openHandle({ handle });
    expect(openedDocSchema.parse(opened)).toBeTruthy();
    expect(opened).toMatchObject({ handle, name: '报告.caogao', location: f.docsDir, savable: true, kind: 'caogao', notices: [] });
    expect(outlineOf(fileFromJson(opened.file).doc).parts[0].title).toBe('过去一年工作回顾');
    const recent = await f.services.recentList();
    expect(recent).toHaveLength(1);
    expect(recent[0]).toMatchObject({ handle, name: '报告.caogao', location: f.docsDir });
  });

  it('imports a .txt file: its content, not savable in place', async () => {
    const f = await makeFixture();
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.txtPath) });
    expect(opened).toMatchObject({ kind: 'text', savable: false, name: '报告.txt' });
    expect(outlineOf(fileFromJson(opened.file).doc).parts[0].sections?.[0]?.title).toBe('经济运行稳中有进');
  });

  it('refuses paths of a kind it cannot open, and handles it never issued', async () => {
    const f = await makeFixture();
    expect(() => f.services.handleForPath('/etc/passwd')).toThrow(/Unsupported/);
    await expect(f.services.openHandle({ handle: 'h0000000000000000' })).rejects.toMatchObject({ code: 'api-unknown-handle' });
  });

  it('saves back in place, and reports a conflict instead of overwriting a file changed by someone else', async () => {
    const f = await makeFixture();
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    const saved = await f.services.save({ handle: opened.handle, file: opened.file });
    expect(saved).toMatchObject({ status: 'saved', doc: { name: '报告.caogao' } });

    await writeFile(f.caogaoPath, `${await readFile(f.caogaoPath, 'utf8')}\n`);
    await utimes(f.caogaoPath, new Date(), new Date(Date.now() + 5000));
    const before = await readFile(f.caogaoPath, 'utf8');
    const conflict = await f.services.save({ handle: opened.handle, file: opened.file });
    expect(conflict.status).toBe('conflict');
    expect(await readFile(f.caogaoPath, 'utf8')).toBe(before);
    expect((await f.services.save({ handle: opened.handle, file: opened.file, force: true })).status).toBe('saved');
  });

  it('asks where to save an imported document, then saves there under the same handle', async () => {
    const f = await makeFixture();
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.txtPath) });
    f.answers.push(null);
    expect(await f.services.save({ handle: opened.handle, file: opened.file })).toEqual({ status: 'cancelled' });
    expect(f.dialogCalls[0]).toEqual({ purpose: 'save', format: 'caogao', suggestedName: '报告.caogao', defaultDir: f.docsDir });

    const target = join(f.docsDir, '新报告.caogao');
    f.answers.push(target);
    const saved = await f.services.save({ handle: opened.handle, file: opened.file });
    expect(saved).toMatchObject({ status: 'saved', doc: { handle: opened.handle, name: '新报告.caogao', savable: true } });
    expect(outlineOf(fileFromJson(JSON.parse(await readFile(target, 'utf8'))).doc).parts).toHaveLength(1);
    expect(await readFile(f.txtPath, 'utf8')).toBe(reportText);
  });

  it('keeps an autosave backup until a confirmed save, and offers it under a handle bound to the file', async () => {
    const f = await makeFixture();
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    await f.services.journalWrite({ handle: opened.handle, file: opened.file });
    const found = await f.services.journalRead();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '报告.caogao', location: f.docsDir });
    // Saving under the restored handle writes the original file and drops the backup.
    expect((await f.services.save({ handle: found[0].handle, file: found[0].file, force: true })).status).toBe('saved');
    expect(await f.services.journalRead()).toEqual([]);

    await f.services.journalWrite({ handle: opened.handle, file: opened.file });
    await f.services.journalClear({ handle: opened.handle });
    expect(await f.services.journalRead()).toEqual([]);
  });

  it('lists templates (the blank one first) and makes untitled documents from them', async () => {
    const f = await makeFixture();
    const templates = await f.services.listTemplates();
    expect(templates.map((t) => t.id)).toEqual(['blank', 'sample']);
    expect(templates[0].name).toEqual({ zh: '空白报告', en: 'Blank report' });
    const created = await f.services.newFromTemplate({ templateId: 'blank' });
    expect(created).toMatchObject({ kind: 'template', name: '未命名', savable: false, location: '' });
    expect(created.file.settings).toEqual({});
    await expect(f.services.newFromTemplate({ templateId: 'missing' })).rejects.toMatchObject({ code: 'api-unknown-template' });
  });

  it('opens a file the user handed to the page, without a path', async () => {
    const f = await makeFixture();
    const opened = await f.services.openUpload({ name: 'C:\\Users\\x\\上传.txt', dataBase64: Buffer.from(reportText).toString('base64') });
    expect(opened).toMatchObject({ name: '上传.txt', kind: 'text', savable: false, location: '' });
    await expect(f.services.openUpload({ name: 'a.exe', dataBase64: '' })).rejects.toMatchObject({ code: 'cli-unsupported-type' });
  });

  it('exports plain text where the dialog says, and refuses a format its backend lacks', async () => {
    const f = await makeFixture();
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    const out = join(f.docsDir, '报告.txt.out');
    f.answers.push(out);
    expect(await f.services.exportDocument({ file: opened.file, format: 'txt', suggestedName: '报告' })).toEqual({ status: 'saved', name: '报告.txt.out', location: f.docsDir });
    expect(await readFile(out, 'utf8')).toContain('（一）经济运行稳中有进');
    f.answers.push(null);
    expect(await f.services.exportDocument({ file: opened.file, format: 'txt', handle: opened.handle })).toEqual({ status: 'cancelled' });
    expect(f.dialogCalls.at(-1)).toEqual({ purpose: 'export', format: 'txt', suggestedName: '报告.txt', defaultDir: f.docsDir });
    f.answers.push(join(f.docsDir, 'x.zip'));
    await expect(f.services.exportDocument({ file: opened.file, format: 'html' })).rejects.toMatchObject({ code: 'api-export-unavailable' });
  });

  it('keeps settings, starting from the system language, and tells the host when they change', async () => {
    const changes: string[] = [];
    const f = await makeFixture({ systemLang: 'en', onSettingsChanged: (s) => changes.push(s.lang) });
    expect((await f.services.settingsGet()).lang).toBe('en');
    await f.services.settingsSet({ lang: 'zh', author: '起草组' });
    expect(await f.services.settingsGet()).toMatchObject({ lang: 'zh', author: '起草组', zoom: 1 });
    expect((await f.services.appInfo()).lang).toBe('zh');
    expect(changes).toEqual(['zh']);
  });

  it('keeps who is writing (姓名, 单位) in the user settings, and offers the OS account as the name', async () => {
    const f = await makeFixture();
    expect(await f.services.settingsGet()).toMatchObject({ author: '', unit: '' });
    expect((await f.services.appInfo()).userName).toBe(userInfo().username);
    await f.services.settingsSet({ author: '王起草', unit: '区政府研究室' });
    expect(await f.services.settingsGet()).toMatchObject({ author: '王起草', unit: '区政府研究室' });
    await expect(f.services.settingsSet({ unit: 'x'.repeat(101) })).rejects.toThrow();
  });

  it('reports the document state to the window and closes it on request', async () => {
    const states: unknown[] = [];
    let closed = 0;
    const f = await makeFixture({ window: { showState: (s) => states.push(s), close: () => closed++ } });
    const handle = f.services.handleForPath(f.caogaoPath);
    await f.services.reportState({ handle, dirty: true });
    await f.services.closeWindow();
    expect(states).toEqual([{ name: '报告.caogao', path: f.caogaoPath, dirty: true }]);
    expect(closed).toBe(1);
  });
});
