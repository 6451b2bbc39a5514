/**
 * Several files in one run (issue 11, item 7): `caogao outline|check|targets
 * FILE…`. In process through runCli, on small reports written to a temp
 * folder, and once on two real reports.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table } from '../../../src/cli/batch.js';
import { displayWidth } from '../../../src/core/format/displayText.js';
import { REAL_REPORT_PATH, repoRoot } from '../../support/corpus.js';
import { runCaogao as caogao } from '../../support/cli.js';


const CLEAN = ['政府工作报告', '一、过去一年工作回顾', '（一）经济运行稳中有进', '经济运行总体平稳。', '二、今年工作安排', '（一）扩大内需', '（二）深化改革', '做好各项工作。'].join('\n');
/** An unclosed quotation mark: an error finding (punctuation-pair). */
const BROKEN = ['政府工作报告', '一、今年工作安排', '（一）深化改革', '推进“放管服改革。'].join('\n');

function reports(): { dir: string; clean: string; broken: string; missing: string } {
  const dir = mkdtempSync(join(tmpdir(), 'caogao-cli-batch-'));
  const clean = join(dir, '甲区.txt');
  const broken = join(dir, '乙区.txt');
  writeFileSync(clean, CLEAN);
  writeFileSync(broken, BROKEN);
  return { dir, clean, broken, missing: join(dir, '丙区.txt') };
}

describe('one file: the output is what it always was', () => {
  it('check --json keeps {"findings": [...]}, outline --json the outline, targets --json {"targets": [...]}', async () => {
    const { clean } = reports();
    expect(Object.keys(JSON.parse((await caogao('check', clean, '--json')).stdout))).toEqual(['findings']);
    expect(JSON.parse((await caogao('outline', clean, '--json')).stdout)).toMatchObject({ title: '政府工作报告', parts: [{ number: '一' }, { number: '二' }] });
    expect(Object.keys(JSON.parse((await caogao('targets', clean, '--json')).stdout))).toEqual(['targets']);
    const text = await caogao('outline', clean);
    expect(text.stdout).not.toContain('==');
    expect(text.stdout).not.toContain('名词解释  ');
  });

  it('an unreadable file alone is still exit 2 with one line', async () => {
    const { missing } = reports();
    const { code, stdout, stderr } = await caogao('check', missing, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('several files', () => {
  it('check --json: one entry per file, in order, with the single-file fields, and an error entry for an unreadable one', async () => {
    const { clean, broken, missing } = reports();
    const { code, stdout, stderr } = await caogao('check', clean, missing, broken, '--json');
    expect(code).toBe(1);
    const { files } = JSON.parse(stdout);
    expect(files.map((f: { file: string }) => f.file)).toEqual([clean, missing, broken]);
    expect(Object.keys(files[0])).toEqual(['file', 'findings']);
    expect(files[1]).toEqual({ file: missing, error: `无法读取文件“${missing}”：文件不存在` });
    expect(files[2].findings.some((f: { severity: string; rule: string }) => f.severity === 'error' && f.rule === 'punctuation-pair')).toBe(true);
    expect(files[0].findings.some((f: { severity: string }) => f.severity === 'error')).toBe(false);
    expect(stderr).toBe(`caogao: 无法读取文件“${missing}”：文件不存在\n`);
  });

  it('the exit code: 0 when no file has an error finding, even with an unreadable one; 2 only when every file failed', async () => {
    const { dir, clean, missing } = reports();
    expect((await caogao('check', clean, missing)).code).toBe(0);
    expect((await caogao('outline', clean, missing, '--json')).code).toBe(0);
    const none = await caogao('check', missing, join(dir, '丁区.txt'), '--json');
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).files.map((f: { error?: string }) => typeof f.error)).toEqual(['string', 'string']);
    expect((await caogao('targets', missing, join(dir, '丁区.docx'))).code).toBe(2);
  });

  it('outline and targets --json hold the single-file shape under "file"', async () => {
    const { clean, broken } = reports();
    const outline = JSON.parse((await caogao('outline', clean, broken, '--json')).stdout);
    expect(outline.files[1]).toMatchObject({ file: broken, title: '政府工作报告', parts: [{ number: '一', title: '今年工作安排' }] });
    expect(outline.files[0]).toEqual({ file: clean, ...JSON.parse((await caogao('outline', clean, '--json')).stdout) });
    const targets = JSON.parse((await caogao('targets', clean, broken, '--json')).stdout);
    expect(targets.files.map((f: object) => Object.keys(f))).toEqual([
      ['file', 'targets'],
      ['file', 'targets'],
    ]);
  });

  it('people get each file under its name, then a summary table with the counts', async () => {
    const { clean, broken, missing } = reports();
    const { stdout } = await caogao('check', clean, broken, missing);
    expect(stdout).toContain(`== ${clean} ==\n`);
    expect(stdout).toContain(`== ${broken} ==\n`);
    expect(stdout).not.toContain(`== ${missing} ==`);
    const tail = stdout.slice(stdout.lastIndexOf('文件  '));
    const rows = tail.trim().split('\n');
    expect(rows[0].split(/\s+/)).toEqual(['文件', '部分', '小节', '名词解释', '错误', '警告', '提示']);
    expect(rows[2].split(/\s+/).slice(0, 5)).toEqual([clean, '2', '3', '0', '0']);
    expect(rows[3].split(/\s+/).slice(0, 5)).toEqual([broken, '1', '1', '0', '1']);
    expect(rows[4].split(/\s+/)).toEqual([missing, '无法读取']);
    expect(rows[5]).toBe('共3个文件，1个无法读取。');
    const targets = await caogao('targets', clean, broken, '--lang', 'en');
    expect(targets.stdout).toMatch(/File\s+Parts\s+Sections\s+Glossary\s+Targets\n/);
    expect(targets.stdout).toContain('2 files, 0 unreadable.');
  });

  it('--rules applies to every file; an unknown rule is refused before any file is read', async () => {
    const { clean, broken } = reports();
    const only = JSON.parse((await caogao('check', clean, broken, '--json', '--rules', 'numbering-sequence')).stdout);
    expect(only.files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule)).every((r: string) => r === 'numbering-sequence')).toBe(true);
    const bad = await caogao('check', clean, broken, '--rules', 'no-such-rule');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('two real reports in one run', async () => {
    const shanghai = resolve(repoRoot, '../shared/corpus/provincial-2026/上海市.txt');
    const { code, stdout } = await caogao('outline', REAL_REPORT_PATH, shanghai, '--json');
    expect(code).toBe(0);
    const { files } = JSON.parse(stdout);
    expect(files.map((f: { file: string }) => f.file)).toEqual([REAL_REPORT_PATH, shanghai]);
    expect(files[0].parts.map((p: { sections: unknown[] }) => p.sections.length)).toEqual([5, 6, 8]);
    expect(files[0].glossary).toHaveLength(22);
    expect(files[1].parts.length).toBeGreaterThanOrEqual(3);
    const check = await caogao('check', REAL_REPORT_PATH, shanghai);
    expect(check.stdout).toMatch(/共2个文件，0个无法读取。\n$/);
    expect([0, 1]).toContain(check.code);
  });
});

describe('the summary table', () => {
  it('aligns Han text by its display width (two columns a character) and numbers to the right', () => {
    expect(displayWidth('上海市.txt')).toBe(10);
    expect(displayWidth('ab')).toBe(2);
    const out = table(['文件', '部分'], [
      ['上海市.txt', 4],
      ['a.txt', 12],
    ]).split('\n');
    expect(out).toEqual(['文件        部分', '----------  ----', '上海市.txt     4', 'a.txt         12']);
  });
});
