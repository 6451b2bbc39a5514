/**
 * 导出比对 through the API the page calls (exportComparison): the host asks
 * where, compares the two drafts again and writes the redline atomically; a
 * cancelled dialog writes nothing, and a failed write leaves the file that
 * was there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { fileToJson } from '../../../src/shared/caogaoJson.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import { replaceText } from '../diff/support/edits.js';
import { faultyFs } from '../files/faultyFs.js';
import { makeFixture, smallReport } from '../shell/fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caogao-cmp-export-'));
  dirs.push(dir);
  return dir;
}

function drafts() {
  const first = smallReport();
  const text = first.textContent;
  const match = /增长[\d.]+%/.exec(text);
  if (!match) throw new Error('the small report states no growth figure');
  const second = replaceText(first, match[0], '增长99%');
  const json = (doc: typeof first) => fileToJson({ doc, versions: [], settings: {} });
  return { old: { file: json(first), name: '第一稿' }, new: { file: json(second), name: '当前稿' }, figure: match[0] };
}

describe('exportComparison', () => {
  it('writes the HTML redline where the dialog says, named after the two drafts by default', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: dataDir() }) });
    const d = drafts();
    const target = join(f.docsDir, '比对.html');
    f.answers.push(target);
    const result = await f.services.exportComparison({ old: d.old, new: d.new, format: 'html' });
    expect(result).toEqual({ status: 'saved', name: '比对.html', location: f.docsDir });
    expect(f.dialogCalls.at(-1)).toMatchObject({ purpose: 'export', format: 'html', suggestedName: '第一稿-当前稿.html' });
    const html = readFileSync(target, 'utf8');
    expect(html).toContain('原稿：第一稿');
    expect(html).toContain('<del>7.5%左右</del><ins>99%左右</ins>');
  });

  it('signs the tracked changes with the user name of the settings (署名), and the unit stays out of the file', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: dataDir() }) });
    await f.services.settingsSet({ author: '王起草', unit: '区政府研究室' });
    const d = drafts();
    const target = join(f.docsDir, '比对.docx');
    f.answers.push(target);
    await f.services.exportComparison({ old: d.old, new: d.new, format: 'docx', suggestedName: '比对' });
    const xml = await (await JSZip.loadAsync(readFileSync(target))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="王起草"[^>]*><w:r><w:t xml:space="preserve">99%左右<\/w:t>/);
    expect(xml).not.toContain('草稿比对');
    expect(xml).not.toContain('区政府研究室');
  });

  it('writes Word with tracked changes (by 草稿比对 while the user has no name)', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: dataDir() }) });
    const d = drafts();
    const target = join(f.docsDir, '比对.docx');
    f.answers.push(target);
    await f.services.exportComparison({ old: d.old, new: d.new, format: 'docx', suggestedName: '比对' });
    const xml = await (await JSZip.loadAsync(readFileSync(target))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="草稿比对"[^>]*><w:r><w:t xml:space="preserve">99%左右<\/w:t>/);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: dataDir() }) });
    f.answers.push(null);
    expect(await f.services.exportComparison({ ...drafts(), format: 'html' })).toEqual({ status: 'cancelled' });
  });

  it('leaves the file that was there when the write fails', async () => {
    const fs = faultyFs([{ step: 'rename', code: 'ENOSPC' }]);
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: dataDir(), fs }) });
    const target = join(f.docsDir, '比对.html');
    writeFileSync(target, 'the earlier export');
    f.answers.push(target);
    await expect(f.services.exportComparison({ ...drafts(), format: 'html' })).rejects.toMatchObject({ code: expect.stringMatching(/^export-/) });
    expect(readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(existsSync(target)).toBe(true);
  });

  it('says a host without the document store cannot export a comparison', async () => {
    const f = await makeFixture();
    await expect(f.services.exportComparison({ ...drafts(), format: 'pdf' })).rejects.toMatchObject({ code: 'api-export-unavailable' });
  });
});
