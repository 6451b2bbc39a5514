/** `caogao diff OLD NEW --as-suggestions -o OUT.caogao`: OLD with NEW's differences as suggestions. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { parseCaogao } from '../../../src/core/format/caogaoFile.js';
import { importText } from '../../../src/core/import/text.js';
import { docToText } from '../../../src/core/plainText.js';
import { acceptAll, listSuggestions, rejectAll } from '../../../src/core/review/index.js';

const REAL = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'caogao-suggest-'));
const oldTxt = join(dir, '本稿.txt');
const newTxt = join(dir, '反馈稿.txt');
writeFileSync(oldTxt, REAL);
writeFileSync(newTxt, REAL.replace('地区生产总值增长 7.5%左右', '地区生产总值增长 7%左右'));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (out += t), stderr: (t) => (err += t), tty: false });
  return { code, out, err };
}

describe('caogao diff --as-suggestions', () => {
  it('writes OLD with suggestions by --author that accepted give NEW and rejected give OLD', async () => {
    const output = join(dir, '带修订.caogao');
    const { code, out } = await run(['diff', oldTxt, newTxt, '--as-suggestions', '--author', '区统计局', '-o', output]);
    expect(code).toBe(0);
    expect(out).toContain('2 处修订，署名 区统计局');
    const doc = parseCaogao(readFileSync(output, 'utf8')).doc;
    expect(listSuggestions(doc).map((s) => [s.kind, s.text, s.author])).toEqual([
      ['insert', '7%左右', '区统计局'],
      ['delete', '7.5%左右', '区统计局'],
    ]);
    expect(docToText(acceptAll(new Transform(doc)).doc)).toBe(docToText(importText(readFileSync(newTxt, 'utf8')).doc));
    expect(docToText(rejectAll(new Transform(doc)).doc)).toBe(docToText(importText(REAL).doc));
  });

  it('signs with NEW’s file name without --author, and asks for -o in the user’s language', async () => {
    const output = join(dir, '无署名.caogao');
    expect((await run(['diff', oldTxt, newTxt, '--as-suggestions', '-o', output])).out).toContain('署名 反馈稿.txt');
    const missing = await run(['diff', oldTxt, newTxt, '--as-suggestions']);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('请用 -o 指定写出的 .caogao 文件');
  });

  it('refuses an OLD that already holds suggestions', async () => {
    const marked = join(dir, '带修订.caogao');
    const again = await run(['diff', marked, newTxt, '--as-suggestions', '-o', join(dir, '再次.caogao')]);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('已有修订');
  });
});
