/** `caogao targets` lists the summary's targets without a figure after the others, as such. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';

async function caogao(...argv: string[]) {
  let stdout = '';
  const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (stdout += t), stderr: () => undefined, tty: false });
  return { code, stdout };
}

function report(summary: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'caogao-targets-')), '甲区.txt');
  writeFileSync(file, ['政府工作报告', '一、过去一年工作回顾', '经济运行总体平稳。', '二、今年工作安排', summary, '做好各项工作。'].join('\n'));
  return file;
}

describe('caogao targets', () => {
  it('lists a target without a figure as qualitative, after the targets with one', async () => {
    const file = report('今年主要预期目标是：地区生产总值增长5%左右，居民收入增长和经济增长同步。');
    const { code, stdout } = await caogao('targets', file, '--json');
    expect(code).toBe(0);
    const { targets } = JSON.parse(stdout);
    expect(targets).toEqual([
      { indicator: '地区生产总值', value: '5', unit: '%', qualifier: '左右', scope: 'summary', path: ['二'] },
      { kind: 'qualitative', text: '居民收入增长和经济增长同步', scope: 'summary', path: ['二'] },
    ]);
    const text = (await caogao('targets', file)).stdout;
    expect(text).toContain('无数值的目标');
    expect(text.indexOf('居民收入增长和经济增长同步')).toBeGreaterThan(text.indexOf('地区生产总值增长5%左右'));
  });

  it('lists none when the summary states only figures', async () => {
    const { stdout } = await caogao('targets', report('今年主要预期目标是：地区生产总值增长5%左右。'));
    expect(stdout).not.toContain('无数值的目标');
  });
});
