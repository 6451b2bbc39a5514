import { describe, expect, it } from 'vitest';
import { CaogaoError } from '../../../src/core/errors.js';
import { parseCaogao, serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { docToText } from '../../../src/core/plainText.js';
import { blockChanges, deleteVersion, getVersion, jsonTextLength, listVersions, renameVersion, restoreVersion, saveAsVersion, textLength } from '../../../src/core/versions.js';
import { reportSchema } from '../../../src/core/schema.js';
import { doc, p, part, section } from '../../support/builder.js';
import { fileOf, report } from './fixture.js';

const first = fileOf(report('第一稿的文字。'));
const stamp = (id: string, createdAt: string) => ({ id, createdAt, author: '王秘书' });

describe('named draft versions', () => {
  it('保存为版本 keeps the current draft under a label, with time and author', () => {
    const file = saveAsVersion(first, ' 第一稿 ', stamp('v1', '2026-03-01T09:00:00.000Z'));
    expect(file.versions).toHaveLength(1);
    expect(file.versions[0]).toMatchObject({ id: 'v1', label: '第一稿', author: '王秘书', createdAt: '2026-03-01T09:00:00.000Z' });
    expect(file.versions[0].doc).toBe(first.doc);
    expect(first.versions).toHaveLength(0);
  });

  it('lists the versions newest first, with their length', () => {
    let file = saveAsVersion(first, '第一稿', stamp('v1', '2026-03-01T09:00:00.000Z'));
    file = { ...file, doc: report('征求意见稿的文字更长一些。') };
    file = saveAsVersion(file, '征求意见稿', stamp('v2', '2026-03-08T09:00:00.000Z'));
    expect(listVersions(file).map((v) => [v.id, v.label])).toEqual([
      ['v2', '征求意见稿'],
      ['v1', '第一稿'],
    ]);
    expect(listVersions(file)[0].chars).toBeGreaterThan(listVersions(file)[1].chars);
  });

  it('restoring a version keeps the current draft as a version first', () => {
    let file = saveAsVersion(first, '第一稿', stamp('v1', '2026-03-01T09:00:00.000Z'));
    const current = report('当前正在写的稿子。');
    file = { ...file, doc: current };
    const restored = restoreVersion(file, 'v1', stamp('auto', '2026-03-09T09:00:00.000Z'));
    expect(docToText(restored.doc)).toContain('第一稿的文字');
    expect(restored.versions.map((v) => v.label)).toEqual(['第一稿', '恢复“第一稿”之前的稿子']);
    expect(restored.versions[1].doc).toBe(current);
    expect(file.doc).toBe(current);
  });

  it('deletes and renames a version; an unknown id is an error the user can read', () => {
    const file = saveAsVersion(saveAsVersion(first, '第一稿', stamp('v1', 't1')), '第二稿', stamp('v2', 't2'));
    expect(deleteVersion(file, 'v1').versions.map((v) => v.id)).toEqual(['v2']);
    expect(renameVersion(file, 'v2', '送审稿').versions[1].label).toBe('送审稿');
    expect(getVersion(file, 'v2').label).toBe('第二稿');
    const error = (() => {
      try {
        deleteVersion(file, 'nope');
      } catch (e) {
        return e as CaogaoError;
      }
    })();
    expect(error?.code).toBe('version-not-found');
    expect(error?.userMessage('zh')).toContain('找不到版本');
  });

  it('refuses an empty label', () => {
    expect(() => saveAsVersion(first, '  ', stamp('v1', 't'))).toThrow(CaogaoError);
  });

  it('versions survive saving and loading the .caogao file', () => {
    const file = saveAsVersion(first, '第一稿', stamp('v1', '2026-03-01T09:00:00.000Z'));
    const loaded = parseCaogao(serializeCaogao(file));
    expect(loaded.versions).toHaveLength(1);
    expect(loaded.versions[0].doc.eq(first.doc)).toBe(true);
    expect(listVersions(loaded)).toEqual(listVersions(file));
  });
});

describe('what changed between two drafts', () => {
  it('counts blocks changed, added and removed, matched by id', () => {
    const before = doc(part('回顾', section('经济', p('不变的段落。'), p('要修改的段落。', { id: 'edit' }), p('要删除的段落。', { id: 'gone' }))));
    // The next draft: the same blocks (same ids) with one edited, one deleted and one new.
    const json = JSON.parse(JSON.stringify(before.toJSON()));
    const paragraphs = json.content[1].content[1].content;
    paragraphs[2].content[0].text = '修改过的段落。';
    paragraphs.splice(3, 1, { type: 'paragraph', attrs: { id: 'new' }, content: [{ type: 'text', text: '新写的段落。' }] });
    const after = reportSchema.nodeFromJSON(json);
    expect(blockChanges(before, after)).toEqual({ changed: 1, added: 1, removed: 1 });
    expect(blockChanges(before, before)).toEqual({ changed: 0, added: 0, removed: 0 });
  });
});

describe('versions kept as JSON (as the page keeps them)', () => {
  it('the same functions work on the file as JSON, and count text without building the document', () => {
    const json = { doc: first.doc.toJSON(), versions: [] as { id: string; label: string; createdAt: string; author: string; doc: unknown }[] };
    const saved = saveAsVersion(json, '第一稿', stamp('v1', '2026-03-01T09:00:00.000Z'));
    expect(saved.versions[0].doc).toBe(json.doc);
    expect(listVersions(saved, jsonTextLength)).toEqual([{ id: 'v1', label: '第一稿', createdAt: '2026-03-01T09:00:00.000Z', author: '王秘书', chars: textLength(first.doc) }]);
    const restored = restoreVersion({ ...saved, doc: report('别的稿子。').toJSON() }, 'v1', stamp('v2', 't'), 'en');
    expect(restored.doc).toBe(json.doc);
    expect(restored.versions[1].label).toBe('Draft before restoring "第一稿"');
  });
});
