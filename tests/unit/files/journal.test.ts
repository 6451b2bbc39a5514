import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../src/core/plainText.js';
import { parseJournal } from '../../../src/node/store/journal.js';
import { ALICE, fileOf, report, sandbox, writeCaogao, type Sandbox } from './fixture.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const draft = fileOf(report('下午写的新段落。还没有保存。'));
const item = (key: string, path: string | null, savedAt = '2026-03-05T15:00:00.000Z') => ({ key, path, name: path ? '报告.caogao' : '未命名', savedAt, file: draft });

describe('the autosave journal', () => {
  it('lives in the user-data folder, not beside the document', async () => {
    const path = writeCaogao(box, '报告.caogao', fileOf(report()));
    await box.store().journal.write(item('k1', path));
    expect(readdirSync(join(box.data, 'journal'))).toEqual(['k1.caogao-journal']);
    expect(box.listDocs()).toEqual(['报告.caogao']);
  });

  it('found at start means a crash: it is offered with the file, the time and the edits', async () => {
    const path = writeCaogao(box, '报告.caogao', fileOf(report()));
    const crashed = box.store();
    await crashed.open(path);
    await crashed.journal.write(item('k1', path));
    box.running.delete(ALICE.pid);

    const [found, ...rest] = await box.store({ owner: { ...ALICE, pid: 7000 } }).journal.list();
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ key: 'k1', path, name: '报告.caogao', savedAt: '2026-03-05T15:00:00.000Z' });
    expect(docToText(found.file.doc)).toContain('下午写的新段落');
    // What restoring would bring back, compared with the file on disk (here a different draft altogether).
    expect(found.changes!.added).toBeGreaterThan(0);
  });

  it('tells how the journal differs from the saved file', async () => {
    const saved = fileOf(report('保存过的段落。'));
    const path = writeCaogao(box, '报告.caogao', saved);
    const json = JSON.parse(JSON.stringify(saved.doc.toJSON()));
    json.content[1].content[1].content[1].content[0].text = '保存之后又改过。';
    const { reportSchema } = await import('../../../src/core/schema.js');
    await box.store().journal.write({ ...item('k1', path), file: fileOf(reportSchema.nodeFromJSON(json)) });
    box.running.delete(ALICE.pid);
    const [found] = await box.store({ owner: { ...ALICE, pid: 7001 } }).journal.list();
    expect(found.changes).toEqual({ changed: 1, added: 0, removed: 0 });
  });

  it('keeps the journal of an untitled document too', async () => {
    await box.store().journal.write(item('k2', null));
    const [found] = await box.store().journal.list();
    expect(found.path).toBeNull();
    expect(found.name).toBe('未命名');
  });

  it('lists the newest first', async () => {
    const store = box.store();
    await store.journal.write(item('old', null, '2026-03-05T09:00:00.000Z'));
    await store.journal.write(item('new', null, '2026-03-05T17:00:00.000Z'));
    expect((await store.journal.list()).map((j) => j.key)).toEqual(['new', 'old']);
  });

  it('does not offer the journal of another Caogao still running on this machine', async () => {
    await box.store({ owner: { ...ALICE, pid: 8000 } }).journal.write(item('theirs', null));
    box.running.add(8000);
    expect(await box.store().journal.list()).toEqual([]);
    box.running.delete(8000);
    expect(await box.store().journal.list()).toHaveLength(1);
  });

  it('leaves a damaged journal on disk and does not offer it', async () => {
    const store = box.store();
    await store.journal.write(item('good', null));
    writeFileSync(join(box.data, 'journal', 'bad.caogao-journal'), '{"format":"caogao-journal"');
    expect((await store.journal.list()).map((j) => j.key)).toEqual(['good']);
    expect(readdirSync(join(box.data, 'journal')).sort()).toEqual(['bad.caogao-journal', 'good.caogao-journal']);
    expect(parseJournal('no newline')).toBeNull();
  });

  it('is removed by clear (the user discarded the draft), and clearing twice is harmless', async () => {
    const store = box.store();
    await store.journal.write(item('k1', null));
    await store.journal.clear('k1');
    await store.journal.clear('k1');
    expect(await store.journal.list()).toEqual([]);
  });

  it('an empty or missing journal folder means no crash', async () => {
    expect(await box.store().journal.list()).toEqual([]);
  });
});
