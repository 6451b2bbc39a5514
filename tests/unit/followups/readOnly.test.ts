/**
 * A file someone else is editing (their advisory lock `~$name`) opens
 * read-only: the store says who holds it, the API carries that to the page,
 * the store refuses to write over it (even forced), 另存为 works and ends
 * read-only, and in the page the editing commands and every change to the
 * document are refused while the banner names who is editing since when.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/core/schema.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import { lockPathFor } from '../../../src/node/store/lock.js';
import { buildCommands, type CommandHost } from '../../../src/renderer/app/commands.js';
import { bannerText, localTime } from '../../../src/renderer/readonly/lockBanner.js';
import { guardDispatch } from '../../../src/renderer/readonly/guard.js';
import { applyReadOnly, isEditingCommand } from '../../../src/renderer/readonly/readOnlyCommands.js';
import { holderAfter } from '../../../src/renderer/readonly/readOnlyState.js';
import { openedDocSchema } from '../../../src/shared/api.js';
import { fileToJson } from '../../../src/shared/caogaoJson.js';
import { ALICE, BOB, fileOf, report, type Sandbox, useReportSandbox } from '../files/fixture.js';
import { makeFixture } from '../shell/fixtures.js';

let box: Sandbox;
let path: string;
useReportSandbox((b, p) => ((box = b), (path = p)));

describe('the store: who holds a file', () => {
  it('opening a file someone else holds says who, where and since when', async () => {
    await box.store({ owner: ALICE, now: () => new Date('2026-03-05T06:07:00Z') }).open(path);
    const loaded = await box.store({ owner: BOB, now: () => new Date('2026-03-05T06:30:00Z') }).open(path);
    expect(loaded.lockedBy).toEqual({ user: '张三', host: 'office-pc-1', since: '2026-03-05T06:07:00.000Z' });
  });

  it('a file nobody else holds, or a stale mark, opens editable', async () => {
    expect((await box.store({ owner: ALICE }).open(path)).lockedBy).toBeUndefined();
    box.running.delete(ALICE.pid);
    expect((await box.store({ owner: { ...ALICE, pid: 4999 } }).open(path)).lockedBy).toBeUndefined();
  });

  it('refuses to write over it, even forced; the file is untouched and the edits are in the journal', async () => {
    await box.store({ owner: ALICE }).open(path);
    const bob = box.store({ owner: BOB });
    await bob.open(path);
    const before = readFileSync(path, 'utf8');
    const edited = fileOf(report('李四改过的一句。'));
    for (const force of [false, true]) {
      await expect(bob.save(path, edited, { force, journalKey: 'bob-1', name: '报告.caogao' })).rejects.toMatchObject({
        code: 'save-locked',
        params: expect.objectContaining({ user: '张三', host: 'office-pc-1' }),
      });
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
    const [backup] = await bob.journal.list();
    expect(backup.file.doc.textContent).toContain('李四改过的一句。');
  });

  it('saves once the holder has closed the file, and a copy elsewhere at any time', async () => {
    const alice = box.store({ owner: ALICE });
    await alice.open(path);
    const bob = box.store({ owner: BOB });
    await bob.open(path);
    const copy = join(box.docs, '报告（李四）.caogao');
    expect(await bob.save(copy, fileOf(report('副本。')), { force: true })).toEqual({ status: 'saved' });
    await alice.release(path);
    expect(await bob.save(path, fileOf(report('现在可以保存。')), { force: false })).toEqual({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toContain('现在可以保存。');
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).user).toBe('李四');
  });

  it('a save by the holder itself is not refused', async () => {
    const alice = box.store({ owner: ALICE });
    await alice.open(path);
    expect(await alice.save(path, fileOf(report('张三自己保存。')), { force: false })).toEqual({ status: 'saved' });
  });
});

describe('the services: the page is told, 保存 is refused, 另存为 works', () => {
  it('carries lockedBy through the API contract', async () => {
    const alice = await makeFixture({ backend: new DocumentStore({ userDataDir: box.data, owner: ALICE }) });
    await alice.services.openHandle({ handle: alice.services.handleForPath(alice.caogaoPath) });
    const bob = await makeFixture({ backend: new DocumentStore({ userDataDir: box.data, owner: BOB }) });
    const opened = await bob.services.openHandle({ handle: bob.services.handleForPath(alice.caogaoPath) });
    expect(openedDocSchema.parse(opened).lockedBy).toMatchObject({ user: '张三', host: 'office-pc-1' });
    expect(opened.notices.map((n) => n.zh).join('')).toContain('只读');

    await expect(bob.services.save({ handle: opened.handle, file: opened.file })).rejects.toMatchObject({ code: 'save-locked' });
    const copy = join(bob.docsDir, '报告副本.caogao');
    bob.answers.push(copy);
    const saved = await bob.services.saveAs({ handle: opened.handle, file: opened.file });
    expect(saved).toMatchObject({ status: 'saved', doc: { name: '报告副本.caogao' } });
    // Saving the copy again goes to the copy, which is Bob's own.
    expect(await bob.services.save({ handle: opened.handle, file: opened.file })).toMatchObject({ status: 'saved' });
  });

  it('a document opened without a holder has no lockedBy', async () => {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: box.data, owner: ALICE }) });
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(f.caogaoPath) });
    expect('lockedBy' in opened).toBe(false);
  });
});

describe('the page: when it is read-only', () => {
  const holder = { user: '张三', host: 'office-pc-1', since: '2026-03-05T06:07:00.000Z' };
  const file = fileToJson(fileOf(report()));

  it('from opening a held file until a save or another document', () => {
    expect(holderAfter({ type: 'adopted', opened: { file, lockedBy: holder } })).toEqual(holder);
    expect(holderAfter({ type: 'adopted', opened: { file } })).toBeNull();
    expect(holderAfter({ type: 'saved' })).toBeNull();
  });

  it('the banner names who, where and since when (local time), in Chinese and in English', () => {
    const zh = bannerText('报告.caogao', holder, 'zh');
    expect(zh).toContain('只读');
    expect(zh).toContain('“报告.caogao”正由 张三（office-pc-1）编辑');
    expect(zh).toContain(`自 ${localTime(holder.since)} 起`);
    expect(zh).toContain('另存为');
    expect(localTime(holder.since)).toMatch(/^2026-03-0[45] \d\d:07$/);
    const en = bannerText('报告.caogao', holder, 'en');
    expect(en).toContain('Read-only');
    expect(en).toContain('being edited by 张三 (office-pc-1)');
    expect(bannerText('报告.caogao', { ...holder, user: ' ' }, 'zh')).toContain('正由 未知（');
  });
});

/** The window's commands over a host that records what they did. */
function commandsWithHost() {
  const calls: string[] = [];
  let state = EditorState.create({ schema: reportSchema, doc: report() });
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 12)));
  const host = new Proxy({} as CommandHost, {
    get: (_, name: string) =>
      name === 'state'
        ? () => state
        : name === 'outlineVisible' || name === 'checksVisible'
          ? () => true
          : (...args: unknown[]) => {
              calls.push(name);
              return name === 'edit' ? (args[0] as (s: EditorState) => boolean)(state) : undefined;
            },
  });
  return { commands: buildCommands(host), calls };
}

describe('the page: commands while read-only', () => {
  it('editing commands are disabled and do nothing; 保存 becomes 另存为; others still run', () => {
    let readOnly = true;
    const { commands, calls } = commandsWithHost();
    const saveAs: string[] = [];
    applyReadOnly(commands, () => readOnly, () => saveAs.push('saveAs'));

    for (const id of ['format.part', 'format.paragraph', 'format.lead', 'edit.undo', 'edit.replace', 'edit.moveUp', 'insert.glossaryEntry']) {
      const c = commands.get(id)!;
      expect(c.enabled?.(), id).toBe(false);
      c.run();
    }
    expect(calls).toEqual([]);
    commands.get('file.save')!.run();
    expect(saveAs).toEqual(['saveAs']);
    commands.get('view.checks')!.run();
    commands.get('edit.find')!.run();
    expect(calls).toEqual(['toggleChecks', 'find']);

    readOnly = false;
    expect(commands.get('format.part')!.enabled?.()).toBe(true);
    commands.get('format.part')!.run();
    commands.get('file.save')!.run();
    expect(calls).toEqual(['toggleChecks', 'find', 'edit', 'save']);
  });

  it('knows which commands edit the text', () => {
    expect(['format.section', 'insert.glossaryEntry', 'edit.redo', 'edit.moveDown'].every(isEditingCommand)).toBe(true);
    expect(['edit.find', 'file.saveAs', 'view.outline', 'file.exportPdf', 'compare.open'].some(isEditingCommand)).toBe(false);
  });
});

describe('the page: the guard before the editor', () => {
  it('drops a change to the document while read-only, and lets the selection move', () => {
    let readOnly = true;
    let state = EditorState.create({ schema: reportSchema, doc: report() });
    const original = state.doc;
    const applied: string[] = [];
    let refusals = 0;
    const dispatch = guardDispatch(
      () => readOnly,
      (tr) => {
        state = state.apply(tr);
        applied.push(tr.docChanged ? 'change' : 'select');
      },
      () => refusals++,
    );
    dispatch(state.tr.insertText('键入', 12));
    dispatch(state.tr.delete(12, 14));
    dispatch(state.tr.setSelection(TextSelection.create(state.doc, 14)));
    expect(applied).toEqual(['select']);
    expect(refusals).toBe(2);
    expect(state.doc).toBe(original);

    readOnly = false;
    dispatch(state.tr.insertText('键入', 12));
    expect(applied).toEqual(['select', 'change']);
    expect(state.doc.textContent).toContain('键入');
  });
});
