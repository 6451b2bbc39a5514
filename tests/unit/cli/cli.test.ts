import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaogao } from '../../../src/core/format/caogaoFile.js';
import { REAL_REPORT_PATH } from '../../support/corpus.js';
import { spawnCaogao as caogao } from '../../support/cli.js';


const tmp = mkdtempSync(join(tmpdir(), 'caogao-cli-'));

describe('caogao outline', () => {
  it('prints the structure of the real report as JSON', () => {
    const { code, stdout } = caogao(['outline', REAL_REPORT_PATH, '--json']);
    expect(code).toBe(0);
    const outline = JSON.parse(stdout);
    expect(outline.title).toBe('政府工作报告');
    expect(outline.parts[0]).toMatchObject({ number: '一', title: '过去五年工作回顾' });
    expect(outline.parts[0].sections[0]).toEqual({ number: '（一）', title: '坚持发展第一要务，经济增长更有质量', items: [] });
    expect(outline.parts.map((p: { sections: unknown[] }) => p.sections.length)).toEqual([5, 6, 8]);
    expect(outline.glossary[0]).toEqual({ number: 1, term: '五个率先' });
    expect(outline.glossary).toHaveLength(22);
    expect(outline.targetSummary).toContain('地区生产总值增长7.5%左右');
  });

  it('prints an indented outline for people', () => {
    const { code, stdout } = caogao(['outline', REAL_REPORT_PATH]);
    expect(code).toBe(0);
    expect(stdout).toContain('  一、过去五年工作回顾\n    （一）坚持发展第一要务');
    expect(stdout).toContain('  22. AED急救设施');
  });
});

describe('caogao import', () => {
  it('writes a .caogao file that opens with the same outline', () => {
    const out = join(tmp, '江汉.caogao');
    const { code, stdout } = caogao(['import', REAL_REPORT_PATH, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('3个部分，19个小节，22条名词解释');
    const file = parseCaogao(readFileSync(out, 'utf8'));
    expect(file.versions).toEqual([]);
    const again = caogao(['outline', out, '--json']);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(caogao(['outline', REAL_REPORT_PATH, '--json']).stdout));
  });

  it('refuses to run without -o', () => {
    const { code, stderr } = caogao(['import', REAL_REPORT_PATH]);
    expect(code).toBe(2);
    expect(stderr).toContain('-o');
  });

  it('reports a folder it cannot write to and leaves nothing behind', () => {
    const out = join(tmp, 'no-such-folder', 'x.caogao');
    const { code, stderr } = caogao(['import', REAL_REPORT_PATH, '-o', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('无法写入文件');
    expect(existsSync(out)).toBe(false);
  });
});

describe('mistakes get one line in the user language and exit code 2', () => {
  it('a missing file', () => {
    const { code, stderr } = caogao(['outline', join(tmp, 'missing.txt')]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('文件不存在');
    expect(stderr).not.toMatch(/\bat \w+ \(/);
  });

  it('a damaged .caogao file, and nothing written', () => {
    const bad = join(tmp, '坏.caogao');
    writeFileSync(bad, '{"format": "caogao", "version": 1, "doc": {');
    const { code, stderr } = caogao(['outline', bad]);
    expect(code).toBe(2);
    expect(stderr).toContain('已损坏或不完整');
    expect(readFileSync(bad, 'utf8')).toBe('{"format": "caogao", "version": 1, "doc": {');
  });

  it('an unknown command, in English when asked', () => {
    expect(caogao(['frobnicate', '--lang', 'en'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "frobnicate"') });
    expect(caogao(['frobnicate'], { LANG: 'en_US.UTF-8' }).stderr).toContain('Unknown command');
    expect(caogao(['frobnicate']).stderr).toContain('未知命令');
  });

  it('an unknown option and an unsupported file type', () => {
    expect(caogao(['outline', REAL_REPORT_PATH, '--bogus'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--bogus') });
    expect(caogao(['outline', join(tmp, 'a.pdf')])).toMatchObject({ code: 2, stderr: expect.stringContaining('不支持的文件类型') });
  });

  it('no command prints the help on stderr; --help on stdout', () => {
    expect(caogao([])).toMatchObject({ code: 2, stderr: expect.stringContaining('caogao outline FILE') });
    expect(caogao(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('caogao import FILE -o OUT.caogao') });
  });
});
