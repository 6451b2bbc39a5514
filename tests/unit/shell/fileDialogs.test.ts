/**
 * The browser host's file dialog (issue 13 item 6): the allowed folders and
 * the checks on every name and folder the page sends (src/node/host/roots.ts),
 * and the dialog a save, an export or an open asks the page for
 * (src/node/host/webDialogs.ts), through the services as the page calls them.
 */
import { mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { AllowedRoots, isWithin, nameProblem } from '../../../src/node/host/roots.js';
import { PageDialogs } from '../../../src/node/host/webDialogs.js';
import { createServices, type HostServices } from '../../../src/node/services.js';
import { fileToJson } from '../../../src/shared/caogaoJson.js';
import type { DialogRequest, HostEvent } from '../../../src/shared/api.js';
import { smallReport } from './fixtures.js';

describe('file names from the page', () => {
  it('accepts a plain name, Chinese, spaces inside, and dots inside', () => {
    for (const name of ['报告.caogao', '2026 政府工作报告（征求意见稿）.docx', 'a.b.c.txt', '..报告', 'console.txt', 'com10.caogao']) expect(nameProblem(name), name).toBeNull();
  });

  it('refuses separators, NUL and control characters, . and .., Windows reserved characters and device names', () => {
    const cases: [string, string][] = [
      ['', 'dialog-name-empty'],
      ['   ', 'dialog-name-empty'],
      ['../报告.caogao', 'dialog-name-separator'],
      ['a/b.caogao', 'dialog-name-separator'],
      ['a\\b.caogao', 'dialog-name-separator'],
      ['/etc/passwd', 'dialog-name-separator'],
      ['报告\0.caogao', 'dialog-name-control'],
      ['报告\n.caogao', 'dialog-name-control'],
      ['报告\u202Eoagoac.exe', 'dialog-name-control'],
      ['.', 'dialog-name-dots'],
      ['..', 'dialog-name-dots'],
      ['报告?.caogao', 'dialog-name-reserved-char'],
      ['C:报告.caogao', 'dialog-name-reserved-char'],
      ['报告.', 'dialog-name-trailing'],
      ['报告 ', 'dialog-name-trailing'],
      ['CON', 'dialog-name-reserved'],
      ['nul.caogao', 'dialog-name-reserved'],
      ['COM1.txt', 'dialog-name-reserved'],
      ['lpt9', 'dialog-name-reserved'],
      ['字'.repeat(86), 'dialog-name-long'],
    ];
    for (const [name, reason] of cases) expect(nameProblem(name)?.reason, JSON.stringify(name)).toBe(reason);
  });

  it('isWithin: the folder itself and below, never beside or above', () => {
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b/c/d')).toBe(true);
    expect(isWithin('/a/b', '/a/bc')).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(false);
    expect(isWithin('/a/b', '/a/b/../c')).toBe(false);
    expect(isWithin('/a/b', '/a/b/..报告')).toBe(true);
  });
});

interface Tree {
  base: string;
  root: string;
  other: string;
  outside: string;
}

/** root/ (报告.caogao, 旧稿.txt, notes.md, 图.png, .hidden.caogao, ~$报告.caogao, 2026/, 2026/定稿/, link-out → outside/, link-in → 2026/, escape.caogao → outside/secret.caogao), other/, outside/ (secret.caogao). */
async function makeTree(): Promise<Tree> {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'caogao-roots-')));
  const root = join(base, 'root');
  const other = join(base, 'other');
  const outside = join(base, 'outside');
  await mkdir(join(root, '2026', '定稿'), { recursive: true });
  await mkdir(other);
  await mkdir(outside);
  const report = serializeCaogao({ doc: smallReport(), versions: [], settings: {} });
  for (const name of ['报告.caogao', '.hidden.caogao', '~$报告.caogao']) await writeFile(join(root, name), report);
  for (const name of ['旧稿.txt', 'notes.md', '图.png']) await writeFile(join(root, name), '政府工作报告');
  await writeFile(join(outside, 'secret.caogao'), report);
  await symlink(outside, join(root, 'link-out'));
  await symlink(join(root, '2026'), join(root, 'link-in'));
  await symlink(join(outside, 'secret.caogao'), join(root, 'escape.caogao'));
  return { base, root, other, outside };
}

describe('the allowed folders', () => {
  let tree: Tree;
  let roots: AllowedRoots;
  beforeEach(async () => {
    tree = await makeTree();
    roots = await AllowedRoots.of([tree.root, tree.other, tree.root]);
  });

  it('are the real folders given, without repeats; a missing one is refused', async () => {
    expect(roots.paths).toEqual([tree.root, tree.other]);
    await expect(AllowedRoots.of([join(tree.base, 'nope')])).rejects.toMatchObject({ code: 'web-bad-root' });
    await expect(AllowedRoots.of([join(tree.root, '报告.caogao')])).rejects.toMatchObject({ code: 'web-bad-root' });
  });

  it('list a folder: folders first, then the files of the kinds asked (in pinyin order, as Chinese Windows does); hidden files, locks and links out are left out', async () => {
    const listing = await roots.list({ root: 0, path: [] }, ['.caogao', '.txt']);
    expect(listing.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['folder:2026', 'folder:link-in', 'file:报告.caogao', 'file:旧稿.txt']);
    expect(listing.location).toBe(tree.root);
    expect(listing.roots.map((r) => r.location)).toEqual([tree.root, tree.other]);
    const below = await roots.list({ root: 0, path: ['2026'] }, ['.caogao']);
    expect(below.entries.map((e) => e.name)).toEqual(['定稿']);
    expect(below.location).toBe(join(tree.root, '2026'));
  });

  it('refuse .., separators and absolute paths in a folder, links that lead out, and roots that do not exist', async () => {
    await expect(roots.folder({ root: 0, path: ['..'] })).rejects.toMatchObject({ code: 'dialog-name-dots' });
    await expect(roots.folder({ root: 0, path: ['2026', '..', '..'] })).rejects.toMatchObject({ code: 'dialog-name-dots' });
    await expect(roots.folder({ root: 0, path: ['../outside'] })).rejects.toMatchObject({ code: 'dialog-name-separator' });
    await expect(roots.folder({ root: 0, path: [tree.outside] })).rejects.toMatchObject({ code: 'dialog-name-separator' });
    await expect(roots.folder({ root: 0, path: ['link-out'] })).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(roots.folder({ root: 0, path: ['nope'] })).rejects.toMatchObject({ code: 'dialog-not-folder' });
    await expect(roots.folder({ root: 0, path: ['报告.caogao'] })).rejects.toMatchObject({ code: 'dialog-not-folder' });
    await expect(roots.folder({ root: 5, path: [] })).rejects.toMatchObject({ code: 'dialog-no-roots' });
    // A link that stays inside its root is a folder like any other.
    expect(await roots.folder({ root: 0, path: ['link-in'] })).toBe(join(tree.root, '2026'));
  });

  it('refuse a file that is a link out of the root, or a folder; a new name does not exist yet', async () => {
    await expect(roots.file({ root: 0, path: [] }, 'escape.caogao')).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(roots.file({ root: 0, path: [] }, '2026')).rejects.toMatchObject({ code: 'dialog-not-file' });
    await expect(roots.file({ root: 0, path: [] }, 'NUL')).rejects.toMatchObject({ code: 'dialog-name-reserved' });
    expect(await roots.file({ root: 0, path: ['2026'] }, '新.caogao')).toEqual({ path: join(tree.root, '2026', '新.caogao'), exists: false });
    expect(await roots.file({ root: 0, path: [] }, '报告.caogao')).toEqual({ path: join(tree.root, '报告.caogao'), exists: true });
  });

  it('locate an absolute path in the first root holding it; a file by its path only inside a root', async () => {
    expect(await roots.locate(join(tree.root, '2026', '定稿'))).toEqual({ root: 0, path: ['2026', '定稿'] });
    expect(await roots.locate(tree.other)).toEqual({ root: 1, path: [] });
    expect(await roots.locate(tree.outside)).toBeNull();
    expect(await roots.locate('2026')).toBeNull();
    expect(await roots.existingFile(join(tree.root, '报告.caogao'))).toBe(join(tree.root, '报告.caogao'));
    await expect(roots.existingFile(join(tree.outside, 'secret.caogao'))).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(roots.existingFile(join(tree.root, 'link-out', 'secret.caogao'))).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(roots.existingFile(join(tree.root, '2026', '..', '..', 'outside', 'secret.caogao'))).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(roots.existingFile('报告.caogao')).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(roots.existingFile(join(tree.root, '没有.caogao'))).rejects.toMatchObject({ code: 'dialog-outside-roots' });
  });
});

/** Services over the tree with the page's dialogs; `requests` are the dialogs the page was asked to show. */
async function pageHost(tree: Tree, listening = true) {
  const dialogs = new PageDialogs(await AllowedRoots.of([tree.root, tree.other]));
  const requests: DialogRequest[] = [];
  dialogs.connect((event: HostEvent) => {
    if (event.type === 'dialog') requests.push(event.request);
    return listening;
  });
  const templatesDir = join(tree.base, 'templates');
  await mkdir(templatesDir, { recursive: true });
  await writeFile(join(templatesDir, 'blank.caogao'), serializeCaogao({ doc: smallReport(), versions: [], settings: {} }));
  const services: HostServices = createServices({
    host: 'web',
    version: '0.1.0',
    platform: 'linux',
    systemLang: 'zh',
    dataDir: join(tree.base, 'data'),
    templatesDir,
    dialogs,
    pageDialogs: dialogs,
  });
  /** The dialog the page was asked for, once it has been. */
  const asked = async (): Promise<DialogRequest> => {
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    return requests.shift()!;
  };
  return { services, asked };
}

const fileJson = () => fileToJson({ doc: smallReport(), versions: [], settings: {} });

describe('the page’s file dialog', () => {
  let tree: Tree;
  beforeEach(async () => {
    tree = await makeTree();
  });

  it('另存为 asks the page for a name and a folder, and writes there; the proposed name has the extension', async () => {
    const { services, asked } = await pageHost(tree);
    const opened = await services.newFromTemplate({ templateId: 'blank' });
    const saving = services.saveAs({ handle: opened.handle, file: fileJson(), suggestedName: '二〇二六年报告' });
    const request = await asked();
    expect(request).toMatchObject({ mode: 'save', purpose: 'save', suggestedName: '二〇二六年报告.caogao', extensions: ['.caogao'] });
    const first = await services.dialogList({ id: request.id });
    expect(first.folder).toEqual({ root: 0, path: [] });
    const sub = await services.dialogList({ id: request.id, folder: { root: 0, path: ['2026', '定稿'] } });
    expect(sub.location).toBe(join(tree.root, '2026', '定稿'));
    // Without the extension, the name gets it.
    await services.dialogAnswer({ id: request.id, choice: { folder: sub.folder, name: '定稿' } });
    const result = await saving;
    expect(result).toMatchObject({ status: 'saved', doc: { name: '定稿.caogao', path: join(tree.root, '2026', '定稿', '定稿.caogao'), savable: true } });
    expect(JSON.parse(await readFile(join(tree.root, '2026', '定稿', '定稿.caogao'), 'utf8')).format).toBe('caogao');
    // The dialog is closed: its id no longer lists anything.
    await expect(services.dialogList({ id: request.id })).rejects.toMatchObject({ code: 'dialog-gone' });
  });

  it('never replaces a file on its own nor picks another name: the page must say overwrite', async () => {
    const { services, asked } = await pageHost(tree);
    const opened = await services.openLocation({ path: join(tree.root, '报告.caogao') });
    const saving = services.saveAs({ handle: opened.handle, file: fileJson() });
    const request = await asked();
    expect(request.suggestedName).toBe('报告.caogao');
    const choice = { folder: { root: 0, path: [] }, name: '旧稿.txt' };
    // 旧稿.txt becomes 旧稿.txt.caogao (new); 报告.caogao exists and needs overwrite.
    await expect(services.dialogAnswer({ id: request.id, choice: { ...choice, name: '报告.caogao' } })).rejects.toMatchObject({ code: 'dialog-exists' });
    await expect(services.dialogAnswer({ id: request.id, choice: { ...choice, name: '../outside/x' } })).rejects.toMatchObject({ code: 'dialog-name-separator' });
    await expect(services.dialogAnswer({ id: request.id, choice: { ...choice, name: 'escape.caogao', overwrite: true } })).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await expect(services.dialogAnswer({ id: request.id, choice: { folder: { root: 0, path: ['link-out'] }, name: 'x' } })).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await services.dialogAnswer({ id: request.id, choice: { ...choice, name: '报告.caogao', overwrite: true } });
    expect(await saving).toMatchObject({ status: 'saved', doc: { path: join(tree.root, '报告.caogao') } });
    expect(JSON.parse(await readFile(join(tree.outside, 'secret.caogao'), 'utf8')).format).toBe('caogao');
  });

  it('cancelled, or no page listening: nothing is written', async () => {
    const { services, asked } = await pageHost(tree);
    const opened = await services.newFromTemplate({ templateId: 'blank' });
    const saving = services.saveAs({ handle: opened.handle, file: fileJson() });
    const request = await asked();
    await services.dialogAnswer({ id: request.id, choice: null });
    expect(await saving).toEqual({ status: 'cancelled' });

    const deaf = await pageHost(tree, false);
    const other = await deaf.services.newFromTemplate({ templateId: 'blank' });
    expect(await deaf.services.saveAs({ handle: other.handle, file: fileJson() })).toEqual({ status: 'cancelled' });
  });

  it('a second dialog cancels the first', async () => {
    const { services, asked } = await pageHost(tree);
    const opened = await services.newFromTemplate({ templateId: 'blank' });
    const first = services.exportDocument({ file: fileJson(), format: 'txt', handle: opened.handle });
    const one = await asked();
    expect(one).toMatchObject({ mode: 'save', purpose: 'export', extensions: ['.txt'] });
    const second = services.exportDocument({ file: fileJson(), format: 'txt', handle: opened.handle });
    const two = await asked();
    expect(await first).toEqual({ status: 'cancelled' });
    await expect(services.dialogAnswer({ id: one.id, choice: null })).rejects.toMatchObject({ code: 'dialog-gone' });
    await services.dialogAnswer({ id: two.id, choice: { folder: { root: 1, path: [] }, name: '导出稿' } });
    expect(await second).toMatchObject({ status: 'saved', name: '导出稿.txt', location: tree.other });
    expect(await readFile(join(tree.other, '导出稿.txt'), 'utf8')).toContain('地区生产总值增长7.5%左右。');
  });

  it('打开 browses the allowed folders and opens the file chosen; only the kinds it can open, never through a link out', async () => {
    const { services, asked } = await pageHost(tree);
    const opening = services.openWithDialog();
    const request = await asked();
    expect(request).toMatchObject({ mode: 'open', purpose: 'open' });
    const listing = await services.dialogList({ id: request.id });
    expect(listing.entries.filter((e) => e.kind === 'file').map((e) => e.name)).toEqual(['报告.caogao', '旧稿.txt', 'notes.md']);
    const here = { root: 0, path: [] };
    await expect(services.dialogAnswer({ id: request.id, choice: { folder: here, name: '图.png' } })).rejects.toMatchObject({ code: 'dialog-wrong-type' });
    await expect(services.dialogAnswer({ id: request.id, choice: { folder: here, name: '没有.caogao' } })).rejects.toMatchObject({ code: 'dialog-not-file' });
    await expect(services.dialogAnswer({ id: request.id, choice: { folder: here, name: 'escape.caogao' } })).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    await services.dialogAnswer({ id: request.id, choice: { folder: here, name: '报告.caogao' } });
    const opened = await opening;
    expect(opened).toMatchObject({ name: '报告.caogao', path: join(tree.root, '报告.caogao'), savable: true, kind: 'caogao' });
  });

  it('比对 asks for a draft of any kind it can read, and reads the one chosen', async () => {
    const { services, asked } = await pageHost(tree);
    const reading = services.readDraftWithDialog();
    const request = await asked();
    expect(request).toMatchObject({ mode: 'open', purpose: 'compare', extensions: ['.caogao', '.txt', '.docx', '.md'] });
    await services.dialogAnswer({ id: request.id, choice: { folder: { root: 0, path: [] }, name: '旧稿.txt' } });
    expect(await reading).toMatchObject({ name: '旧稿.txt', kind: 'text' });
  });

  it('Electron (no page dialog) refuses the page’s dialog methods and opening by path', async () => {
    const { services } = await pageHost(tree);
    const electron = createServices({
      host: 'electron',
      version: '0.1.0',
      platform: 'linux',
      systemLang: 'zh',
      dataDir: join(tree.base, 'data2'),
      templatesDir: join(tree.base, 'templates'),
      dialogs: { chooseOpen: async () => null, chooseSave: async () => null },
    });
    await expect(electron.openLocation({ path: join(tree.root, '报告.caogao') })).rejects.toMatchObject({ code: 'dialog-no-page-dialog' });
    await expect(electron.dialogList({ id: 'd0123456789abcdef' })).rejects.toMatchObject({ code: 'dialog-no-page-dialog' });
    await expect(services.dialogList({ id: 'd0123456789abcdef' })).rejects.toMatchObject({ code: 'dialog-gone' });
  });
});
