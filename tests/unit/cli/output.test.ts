/**
 * `-o OUT` of import, export and diff (issue 12, item 6): nothing is replaced
 * without --force, the output is never the input, and its extension names
 * what is written. Run in process through runCli (the same code as the bin).
 */
import { linkSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaogao, serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { importText } from '../../../src/core/import/text.js';
import { toChineseNumeral } from '../../../src/core/numerals.js';
import { formatFromExtension } from '../../../src/cli/output.js';
import { runCaogao as caogao } from '../../support/cli.js';


const REPORT = ['政府工作报告', '一、过去一年工作回顾', '（一）经济运行稳中有进', '地区生产总值增长5%。', '二、今年工作安排', '（一）扩大内需', '做好各项工作。'].join('\n');

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'caogao-cli-output-'));
}

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('caogao import -o', () => {
  it('refuses to replace an existing report, which keeps its versions', async () => {
    const dir = folder();
    const input = join(dir, '初稿.txt');
    writeFileSync(input, REPORT);
    const out = join(dir, '报告.caogao');
    const { doc } = importText(REPORT);
    const existing = serializeCaogao({ doc, versions: [{ id: 'v1', label: '第一稿', createdAt: '2026-01-01T00:00:00.000Z', author: '', doc }], settings: {} });
    writeFileSync(out, existing);
    const { code, stderr } = await caogao('import', input, '-o', out);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe(`caogao: 输出文件“${out}”已存在，未覆盖：如确要替换，请加 --force。`);
    expect(readFileSync(out, 'utf8')).toBe(existing);
    expect(readdirSync(dir).sort()).toEqual(['初稿.txt', '报告.caogao']);
  });

  it('replaces it with --force, atomically and leaving no temp file', async () => {
    const dir = folder();
    const input = join(dir, '初稿.txt');
    writeFileSync(input, REPORT);
    const out = join(dir, '报告.caogao');
    writeFileSync(out, 'old');
    const { code } = await caogao('import', input, '-o', out, '--force');
    expect(code).toBe(0);
    expect(parseCaogao(readFileSync(out, 'utf8')).doc.childCount).toBeGreaterThan(1);
    expect(readdirSync(dir).sort()).toEqual(['初稿.txt', '报告.caogao']);
  });

  it('refuses an output that is the input, even with --force, and by another name (links)', async () => {
    const dir = folder();
    const input = join(dir, '报告.caogao');
    const { doc } = importText(REPORT);
    writeFileSync(input, serializeCaogao({ doc, versions: [], settings: {} }));
    const before = readFileSync(input, 'utf8');
    symlinkSync(input, join(dir, '链接.caogao'));
    linkSync(input, join(dir, '硬链接.caogao'));
    for (const out of [input, join(dir, '.', '报告.caogao'), join(dir, '链接.caogao'), join(dir, '硬链接.caogao')]) {
      const { code, stderr } = await caogao('import', input, '-o', out, '--force');
      expect(code).toBe(2);
      expect(oneLine(stderr)).toContain('就是输入文件');
    }
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('a draft imported onto itself stays text (the .txt output is refused by its extension)', async () => {
    const dir = folder();
    const input = join(dir, '初稿.txt');
    writeFileSync(input, REPORT);
    const { code, stderr } = await caogao('import', input, '-o', input, '--force');
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe(`caogao: 输出文件“${input}”的扩展名与内容不符：caogao 应写入 .caogao 文件。`);
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
  });

  it('says it in English with --lang en', async () => {
    const dir = folder();
    const input = join(dir, 'draft.txt');
    writeFileSync(input, REPORT);
    writeFileSync(join(dir, 'out.caogao'), 'x');
    const { code, stderr } = await caogao('import', input, '-o', join(dir, 'out.caogao'), '--lang', 'en');
    expect(code).toBe(2);
    expect(oneLine(stderr)).toContain('already exists and was not replaced; add --force');
  });

  it('refuses a folder as output', async () => {
    const dir = folder();
    const input = join(dir, '初稿.txt');
    writeFileSync(input, REPORT);
    mkdirSync(join(dir, '目录.caogao'));
    const { code, stderr } = await caogao('import', input, '-o', join(dir, '目录.caogao'), '--force');
    expect(code).toBe(2);
    expect(oneLine(stderr)).toContain('是一个文件夹');
  });

  it('writes nothing when the input cannot be read', async () => {
    const dir = folder();
    const out = join(dir, '报告.caogao');
    const { code } = await caogao('import', join(dir, '没有.txt'), '-o', out);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('caogao export -o', () => {
  function source(dir: string): string {
    const input = join(dir, '报告.caogao');
    writeFileSync(input, serializeCaogao({ doc: importText(REPORT).doc, versions: [], settings: {} }));
    return input;
  }

  it('refuses a PDF into a name ending .docx, and any extension that does not match --to', async () => {
    const dir = folder();
    const input = source(dir);
    for (const [to, out, ext] of [
      ['pdf', '报告.docx', '.pdf'],
      ['docx', '报告.pdf', '.docx'],
      ['html', '报告', '.html、.htm'],
      ['txt', '报告.caogao', '.txt'],
    ]) {
      const { code, stderr } = await caogao('export', input, '--to', to, '-o', join(dir, out));
      expect(code).toBe(2);
      expect(oneLine(stderr)).toBe(`caogao: 输出文件“${join(dir, out)}”的扩展名与内容不符：${to} 应写入 ${ext} 文件。`);
    }
    expect(readdirSync(dir)).toEqual(['报告.caogao']);
  });

  it('takes the format from the extension when --to is absent (.HTM is html)', async () => {
    const dir = folder();
    const input = source(dir);
    expect((await caogao('export', input, '-o', join(dir, '报告.txt'))).code).toBe(0);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toContain('一、过去一年工作回顾');
    expect((await caogao('export', input, '-o', join(dir, '报告.HTM'))).code).toBe(0);
    expect(readFileSync(join(dir, '报告.HTM'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const unknown = await caogao('export', input, '-o', join(dir, '报告.xyz'));
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toContain('xyz');
  });

  it('never overwrites its own source, and replaces another file only with --force', async () => {
    const dir = folder();
    const input = join(dir, '报告.txt');
    writeFileSync(input, REPORT);
    const self = await caogao('export', input, '--to', 'txt', '-o', input, '--force');
    expect(self.code).toBe(2);
    expect(oneLine(self.stderr)).toContain('就是输入文件');
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
    writeFileSync(join(dir, '旧.txt'), '旧的导出');
    const refused = await caogao('export', input, '-o', join(dir, '旧.txt'));
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, '旧.txt'), 'utf8')).toBe('旧的导出');
    expect((await caogao('export', input, '-o', join(dir, '旧.txt'), '--force')).code).toBe(0);
    expect(readFileSync(join(dir, '旧.txt'), 'utf8')).toContain('扩大内需');
  });
});

describe('caogao diff -o', () => {
  it('refuses to write over either draft, over an existing file, or into a name of another format', async () => {
    const dir = folder();
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '<p>x</p>');
    writeFileSync(b, REPORT);
    const old = join(dir, '一稿.txt');
    writeFileSync(old, REPORT.replace('5%', '6%'));
    expect((await caogao('diff', old, b, '--to', 'html', '-o', b, '--force')).stderr).toContain('扩展名');
    const txt = await caogao('diff', old, b, '-o', old, '--force');
    expect(txt.code).toBe(2);
    expect(oneLine(txt.stderr)).toContain('比对结果可导出为 html、pdf 或 docx');
    expect(readFileSync(b, 'utf8')).toBe(REPORT);
    const existing = await caogao('diff', old, b, '-o', a);
    expect(existing.code).toBe(2);
    expect(oneLine(existing.stderr)).toContain('已存在');
    expect(readFileSync(a, 'utf8')).toBe('<p>x</p>');
    expect((await caogao('diff', old, b, '-o', a, '--force')).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toContain('6%');
  });
});

describe('formatFromExtension', () => {
  it('names the format of each extension written, in any case, and none for others', () => {
    expect(['a.caogao', 'a.DOCX', 'a.pdf', 'a.html', 'a.htm', 'a.txt', 'a.md', 'a'].map(formatFromExtension)).toEqual([
      'caogao',
      'docx',
      'pdf',
      'html',
      'html',
      'txt',
      '',
      '',
    ]);
  });
});

describe('numbering past 99 through the command line (issue 12, item 4)', () => {
  function bigReport(dir: string, kind: 'parts' | 'sections'): string {
    const lines = ['政府工作报告', '各位代表：'];
    if (kind === 'parts') for (let p = 1; p <= 101; p++) lines.push(`${toChineseNumeral(p)}、第${p}部分`, `第${p}部分的正文。`);
    else {
      lines.push('一、全部工作');
      for (let s = 1; s <= 102; s++) lines.push(`（${toChineseNumeral(s)}）第${s}小节`, `第${s}小节的正文。`);
    }
    const file = join(dir, `${kind}.txt`);
    writeFileSync(file, lines.join('\n'));
    return file;
  }

  it('100 parts, or 100 sections in one part, import, outline, check and export (never exit 3)', async () => {
    const dir = folder();
    for (const kind of ['parts', 'sections'] as const) {
      const input = bigReport(dir, kind);
      const out = join(dir, `${kind}.caogao`);
      const imported = await caogao('import', input, '-o', out);
      expect(imported.code, imported.stderr).toBe(0);
      const outline = await caogao('outline', out, '--json');
      expect(outline.code).toBe(0);
      const parts = JSON.parse(outline.stdout).parts;
      if (kind === 'parts') {
        expect(parts).toHaveLength(101);
        expect(parts.slice(98).map((p: { number: string }) => p.number)).toEqual(['九十九', '一百', '一百零一']);
      } else {
        expect(parts[0].sections).toHaveLength(102);
        expect(parts[0].sections[101].number).toBe('（一百零二）');
      }
      expect([0, 1]).toContain((await caogao('check', out)).code);
      expect((await caogao('targets', out)).code).toBe(0);
      for (const format of ['txt', 'html', 'docx']) {
        const exported = await caogao('export', out, '-o', join(dir, `${kind}-out.${format}`));
        expect(exported.code, exported.stderr).toBe(0);
      }
      expect(readFileSync(join(dir, `${kind}-out.txt`), 'utf8')).toContain(kind === 'parts' ? '一百零一、第101部分' : '（一百零二）第102小节');
    }
  });
});
