import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_COMMENTS, EXPECTED_SUGGESTIONS, reviewedDocx } from '../../support/reviewedDocx.js';
import { spawnCaogao as caogao } from '../../support/cli.js';


const tmp = mkdtempSync(join(tmpdir(), 'caogao-review-'));
const docx = join(tmp, '审阅稿.docx');
const caogaoFile = join(tmp, '审阅稿.caogao');

beforeAll(async () => {
  writeFileSync(docx, await reviewedDocx());
  expect(caogao(['import', docx, '-o', caogaoFile]).code).toBe(0);
}, 60_000);

/** The JSON the issue names, with the dates as the file wrote them. */
const iso = (d: string) => new Date(d).toISOString();

describe('caogao review', () => {
  for (const [name, file] of [
    ['.docx', docx],
    ['.caogao made by caogao import', caogaoFile],
  ] as const) {
    it(`lists the comments and suggestions of a ${name} as the issue's JSON`, () => {
      const { code, stdout } = caogao(['review', file, '--json']);
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(Object.keys(json)).toEqual(['comments', 'suggestions']);
      expect(json.comments.map((c: Record<string, unknown>) => Object.keys(c))).toEqual(EXPECTED_COMMENTS.map(() => ['id', 'author', 'date', 'text', 'anchor', 'path', 'resolved', 'replies']));
      expect(
        json.comments.map((c: { author: string; date: string; text: string; anchor: string; path: string[]; resolved: boolean; replies: { author: string; date: string; text: string }[] }) => ({
          ...c,
          id: undefined,
          date: iso(c.date),
          replies: c.replies.map((r) => ({ ...r, date: iso(r.date) })),
        })),
      ).toEqual(EXPECTED_COMMENTS.map((c) => ({ id: undefined, ...c, replies: c.replies.map(({ author, date, text }) => ({ author, date, text })) })));
      expect(json.suggestions.map((s: Record<string, unknown>) => Object.keys(s))).toEqual(EXPECTED_SUGGESTIONS.map(() => ['id', 'kind', 'author', 'date', 'text', 'path']));
      expect(json.suggestions.map((s: { id: string; date: string }) => ({ ...s, id: undefined, date: iso(s.date) }))).toEqual(EXPECTED_SUGGESTIONS.map((s) => ({ id: undefined, ...s })));
    });
  }

  it('lists them for people, in Chinese and in English', () => {
    const zh = caogao(['review', caogaoFile]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('批注（3 条）');
    expect(zh.stdout).toContain('二（一）  张三  2026-03-01 08:00  “5%左右”');
    expect(zh.stdout).toContain('↳ 李四  2026-03-02 09:30  与省里口径一致。');
    expect(zh.stdout).toContain('[已解决]');
    expect(zh.stdout).toContain('修订（4 处）');
    expect(zh.stdout).toContain('删除  乙  2026-03-02 09:30  居民收入稳步增长');
    const en = caogao(['review', caogaoFile, '--lang', 'en']);
    expect(en.stdout).toContain('Comments (3)');
    expect(en.stdout).toContain('inserted  甲');
    expect(en.stdout).toContain('[resolved]');
  });

  it('says when there is nothing, and refuses an unreadable file with one line', () => {
    const plain = join(tmp, '初稿.txt');
    writeFileSync(plain, '政府工作报告\n一、工作回顾\n正文。\n');
    expect(caogao(['review', plain])).toMatchObject({ code: 0, stdout: '没有批注和修订。\n' });
    expect(JSON.parse(caogao(['review', plain, '--json']).stdout)).toEqual({ comments: [], suggestions: [] });
    const broken = join(tmp, '坏.caogao');
    writeFileSync(broken, '{"format": "caogao", "version": 2, "doc"');
    const refused = caogao(['review', broken]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('坏.caogao');
  });

  it('outline, targets, check and diff read a reviewed file in its final state (修订 as if accepted)', () => {
    const targets = caogao(['targets', caogaoFile]);
    expect(targets.stdout).toContain('地区生产总值增长5.5%');
    expect(targets.stdout).not.toContain('6%5.5%');
    const check = caogao(['check', caogaoFile, '--json']);
    expect(JSON.parse(check.stdout).findings.map((f: { excerpt: string }) => f.excerpt).join('')).not.toContain('居民收入稳步增长');
    // Compared with its final text typed out, the reviewed draft shows no change.
    const final = join(tmp, '最终稿.txt');
    writeFileSync(final, '政府工作报告\n各位代表：\n一、过去一年工作回顾\n全年地区生产总值增长5.5%，城镇新增就业1.2万人。\n二、今年工作安排\n（一）稳增长\n经济增长5%左右，。加快建设公共停车场。\n');
    const diff = caogao(['diff', final, caogaoFile, '--json']);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).changes).toEqual([]);
    expect(JSON.parse(caogao(['diff', final, docx, '--json']).stdout).changes).toEqual([]);
  });
});
