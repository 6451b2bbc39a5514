/** `caogao check` and `caogao targets`: the documented JSON shapes and exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { importText } from '../../../src/core/import/text.js';
import { REAL_REPORT_PATH, readRealReport } from '../../support/corpus.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (out += t), stderr: (t) => (err += t), tty: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'caogao-check-'));

describe('caogao check', () => {
  it('prints findings in the documented JSON shape and exits 1 on errors', async () => {
    const { code, out } = await run(['check', REAL_REPORT_PATH, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['findings']);
    const halfwidth = json.findings.find((f: { rule: string }) => f.rule === 'punctuation-halfwidth');
    expect(halfwidth).toEqual({
      rule: 'punctuation-halfwidth',
      severity: 'error',
      message: '中文中使用了半角“,”，应为全角“，”。',
      path: ['一', '（五）'],
      excerpt: expect.stringContaining('2019年水平,预计'),
    });
  });

  it('runs only the rules asked for, and exits 0 when none is an error', async () => {
    const { code, out } = await run(['check', REAL_REPORT_PATH, '--json', '--rules', 'count-mismatch,target-mismatch,estimate']);
    expect(code).toBe(0);
    expect(JSON.parse(out).findings.map((f: { rule: string }) => f.rule)).toEqual(['estimate']);
  });

  it('prints the findings for people grouped by rule with the count, one finding per line, then the counts', async () => {
    const { out } = await run(['check', REAL_REPORT_PATH, '--rules', 'spacing']);
    expect(out).toBe('警告  多余的空格（1处）  [spacing]\n  一（四）  汉字之间有多余的空格。\n      …验区。完成街道管理体制改 革，优化社区资源配置，健…\n\n共0个错误，1个警告，0个提示。\n');
  });

  it('lists the groups by what matters, not by severity: a warning on spacing before a hint, each rule once with all its findings', async () => {
    const { out } = await run(['check', REAL_REPORT_PATH]);
    const heads = out.split('\n').filter((line) => /^\S.*\[[a-z-]+\]$/.test(line));
    const rules = heads.map((line) => /\[([a-z-]+)\]$/.exec(line)![1]);
    expect(new Set(rules).size).toBe(rules.length);
    const json = JSON.parse((await run(['check', REAL_REPORT_PATH, '--json'])).out) as { findings: { rule: string }[] };
    expect(new Set(rules)).toEqual(new Set(json.findings.map((f) => f.rule)));
    // Each head's count is the number of that rule's findings.
    for (const head of heads) {
      const [, count, rule] = /（(\d+)处）\s+\[([a-z-]+)\]$/.exec(head)!;
      expect(Number(count)).toBe(json.findings.filter((f) => f.rule === rule).length);
    }
    expect(rules.indexOf('spacing')).toBeGreaterThan(rules.indexOf('punctuation-halfwidth'));
    expect(rules.indexOf('estimate')).toBeGreaterThan(rules.indexOf('spacing'));
  });

  it('--min-severity leaves out what is less severe, in text and JSON, and refuses an unknown level', async () => {
    const all = JSON.parse((await run(['check', REAL_REPORT_PATH, '--json'])).out).findings as { severity: string }[];
    const bySeverity = (min: string) => run(['check', REAL_REPORT_PATH, '--json', '--min-severity', min]).then((r) => JSON.parse(r.out).findings as { severity: string }[]);
    const errors = await bySeverity('error');
    const warnings = await bySeverity('warning');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toEqual(all.filter((f) => f.severity === 'error'));
    expect(warnings).toEqual(all.filter((f) => f.severity !== 'info'));
    expect(warnings.length).toBeGreaterThan(errors.length);
    expect(await bySeverity('hint')).toEqual(all);
    const text = await run(['check', REAL_REPORT_PATH, '--min-severity', 'error']);
    expect(text.code).toBe(1);
    expect(text.out).not.toContain('[spacing]');
    expect(text.out).toContain('[punctuation-halfwidth]');
    const bad = await run(['check', REAL_REPORT_PATH, '--min-severity', 'fatal']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('未知的严重程度“fatal”');
  });

  it('exits 0 when the errors are left out by --min-severity and the rules asked for', async () => {
    const { code, out } = await run(['check', REAL_REPORT_PATH, '--rules', 'spacing,estimate', '--min-severity', 'warning']);
    expect(code).toBe(0);
    expect(out).toContain('[spacing]');
    expect(out).not.toContain('[estimate]');
  });

  it('applies the settings of a .caogao file: suppressions and lists', async () => {
    const { doc } = importText(readRealReport());
    const file = join(dir, 'report.caogao');
    writeFileSync(file, serializeCaogao({ doc, versions: [], settings: { checks: { disabledRules: ['punctuation-halfwidth'], foreignPlaces: ['江汉路'] } } }));
    const { code, out } = await run(['check', file, '--json', '--rules', 'punctuation-halfwidth,foreign-place']);
    expect(code).toBe(0);
    expect(new Set(JSON.parse(out).findings.map((f: { rule: string }) => f.rule))).toEqual(new Set(['foreign-place']));
  });

  it('refuses an unknown rule with exit code 2', async () => {
    const { code, err } = await run(['check', REAL_REPORT_PATH, '--rules', 'no-such-rule']);
    expect(code).toBe(2);
    expect(err).toContain('未知的检查规则“no-such-rule”');
  });
});

describe('caogao targets', () => {
  it('prints the targets with indicator, value, unit, qualifier, scope and path', async () => {
    const { code, out } = await run(['targets', REAL_REPORT_PATH, '--json']);
    expect(code).toBe(0);
    const { targets } = JSON.parse(out);
    expect(targets).toContainEqual({ indicator: '地区生产总值', value: '7.5', unit: '%', qualifier: '左右', scope: 'summary', path: ['三'] });
    expect(targets).toContainEqual({ indicator: '城镇新增就业', value: '1.7', unit: '万人', qualifier: '', scope: 'year', path: ['三', '（六）'] });
    expect(targets).toContainEqual({ indicator: '城镇新增就业', value: '7.5', unit: '万人', qualifier: '以上', scope: 'fiveYear', path: ['二', '（六）'] });
  });

  it('lists them by indicator for people', async () => {
    const { out } = await run(['targets', REAL_REPORT_PATH]);
    expect(out).toMatch(/^城镇新增就业\n( {2}.*\n){4}/m);
    expect(out).toContain('主要预期目标');
  });
});
