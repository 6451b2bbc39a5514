import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BASE_FORMAT_VERSION,
  FORMAT_VERSION,
  parseCaogao,
  refuseNewer,
  serializeCaogao,
  type CaogaoFile,
} from '../../../src/core/format/caogaoFile.js';
import { COMMENT_LIMITS } from '../../../src/core/format/reviewJson.js';
import { CaogaoError } from '../../../src/core/errors.js';
import { message } from '../../../src/core/messages/index.js';
import { createComment, addReply, listComments, listSuggestions, type ReviewComment } from '../../../src/core/review/index.js';
import { restoreVersion, saveAsVersion } from '../../../src/core/versions.js';
import { caogaoJsonSchema } from '../../../src/shared/api.js';
import { fileFromJson, fileToJson } from '../../../src/shared/caogaoJson.js';
import { doc, part, section, p, pm, ins, del, resetIds } from '../../support/builder.js';
import { caogaoRefusal } from '../../support/caogaoRefusal.js';

function reviewed(): CaogaoFile {
  resetIds();
  const d = doc(p('前言。'), part('今年工作安排', section('稳增长', pm('经济增长', del('6%', '甲', 'd1'), ins('5%左右', '乙', 'i1'), '。'))));
  let pos = -1;
  d.descendants((n, at) => {
    if (n.type.name === 'paragraph' && n.textContent.startsWith('经济')) pos = at;
    return pos < 0;
  });
  const comment = addReply(createComment(d, pos + 1, pos + 5, { author: '张三', initials: 'ZS', text: '口径？', date: '2026-03-01T08:00:00Z' })!, {
    author: '李四',
    text: '按统计局口径。',
    date: '2026-03-02T08:00:00Z',
  });
  return { doc: d, versions: [], settings: {}, comments: [comment] };
}

describe('review data in the .caogao file', () => {
  it('keeps comments, replies and suggestions through save and load', () => {
    const file = reviewed();
    const back = parseCaogao(serializeCaogao(file), '报告.caogao');
    expect(back.doc.eq(file.doc)).toBe(true);
    expect(back.comments).toEqual(file.comments);
    expect(listSuggestions(back.doc).map((s) => [s.kind, s.author, s.text])).toEqual([
      ['delete', '甲', '6%'],
      ['insert', '乙', '5%左右'],
    ]);
    expect(listComments(back.comments!, back.doc)[0]).toMatchObject({ anchorText: '经济增长', path: ['一', '（一）'], replies: [{ author: '李四' }] });
  });

  it('keeps them across the API (zod contract and back)', () => {
    const file = reviewed();
    const json = caogaoJsonSchema.parse(JSON.parse(JSON.stringify(fileToJson(file))));
    expect(json.version).toBe(FORMAT_VERSION);
    const back = fileFromJson(json, '报告');
    expect(back.comments).toEqual(file.comments);
    expect(back.doc.eq(file.doc)).toBe(true);
  });

  it('writes version 2 only for a file with comments or suggestions', () => {
    const file = reviewed();
    expect(JSON.parse(serializeCaogao(file)).version).toBe(2);
    expect(JSON.parse(serializeCaogao({ ...file, comments: [] })).version).toBe(2); // the marks alone
    resetIds();
    const plain = { doc: doc(p('前言。')), versions: [], settings: {} };
    expect(JSON.parse(serializeCaogao(plain)).version).toBe(BASE_FORMAT_VERSION);
    expect(JSON.parse(serializeCaogao({ ...plain, comments: file.comments })).version).toBe(2);
    expect(Object.keys(JSON.parse(serializeCaogao(plain)))).toEqual(['format', 'version', 'doc', 'versions', 'settings']);
  });

  it('opens a version 1 file unchanged, and saves it again as version 1', () => {
    const text = readFileSync('templates/sample.caogao', 'utf8');
    expect(JSON.parse(text).version).toBe(1);
    const file = parseCaogao(text, 'sample.caogao');
    expect(file.comments).toEqual([]);
    expect(file.doc.toJSON()).toEqual(parseCaogao(text).doc.toJSON());
    const again = JSON.parse(serializeCaogao(file));
    expect(again.version).toBe(1);
    expect('comments' in again).toBe(false);
    expect(parseCaogao(JSON.stringify(again)).doc.eq(file.doc)).toBe(true);
  });

  it('is refused by the check of a version 1 Caogao with its 由更新版本保存 message', () => {
    const raw = JSON.parse(serializeCaogao(reviewed()));
    // The check a version 1 Caogao runs first: the newest format it reads is 1.
    let refusal: unknown;
    try {
      refuseNewer(raw, '报告.caogao', 1);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(CaogaoError);
    expect((refusal as CaogaoError).code).toBe('file-newer-version');
    expect(message('file-newer-version', 'zh', { file: '报告.caogao', version: 2 })).toContain('由更新版本');
    // This Caogao reads it, and refuses the next one.
    expect(() => refuseNewer(raw, '报告.caogao')).not.toThrow();
    expect(caogaoRefusal(JSON.stringify({ ...raw, version: FORMAT_VERSION + 1 })).code).toBe('file-newer-version');
  });

  it('keeps the comments a version was saved with, and restoring brings them back', () => {
    const file = reviewed();
    const withVersion = saveAsVersion(file, '第一稿', { author: '起草组', createdAt: '2026-03-03T00:00:00Z', id: 'v1' });
    const back = parseCaogao(serializeCaogao({ ...withVersion, comments: [] }));
    expect(back.versions[0].comments).toEqual(file.comments);
    expect(back.comments).toEqual([]);
    const restored = restoreVersion(back, 'v1', { author: '起草组' });
    expect(restored.comments).toEqual(file.comments);
  });

  it('refuses comments past their bounds or of the wrong shape, naming the file', () => {
    const raw = JSON.parse(serializeCaogao(reviewed()));
    const one: ReviewComment = raw.comments[0];
    const tooMany = { ...raw, comments: Array.from({ length: COMMENT_LIMITS.comments + 1 }, (_, i) => ({ ...one, id: `c${i}` })) };
    expect(caogaoRefusal(JSON.stringify(tooMany)).code).toBe('file-invalid');
    const tooLong = { ...raw, comments: [{ ...one, text: '字'.repeat(COMMENT_LIMITS.text + 1) }] };
    expect(caogaoRefusal(JSON.stringify(tooLong)).code).toBe('file-invalid');
    const badAnchor = { ...raw, comments: [{ ...one, anchor: { blockId: 'x', from: -1, to: 2, quote: '' } }] };
    const refusal = caogaoRefusal(JSON.stringify(badAnchor));
    expect(refusal.code).toBe('file-invalid');
    expect(refusal.userMessage('zh')).toContain('报告.caogao');
    expect(refusal.userMessage('zh')).toContain('comments.0.anchor.from');
  });
});
