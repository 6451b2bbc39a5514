/** `caogao diff`: the documented JSON, the terminal redline, and versions inside a .caogao file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { importText } from '../../../src/core/import/text.js';
import { replaceText } from './support/edits.js';

const REAL = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'caogao-diff-'));
const oldTxt = join(dir, 'old.txt');
const newTxt = join(dir, 'new.txt');
writeFileSync(oldTxt, REAL);
writeFileSync(newTxt, REAL.replace('地区生产总值增长 7.5%左右', '地区生产总值增长 7%左右').replace('（八）实施政府效能提升行动', '（八）实施政府效能全面提升行动'));

async function run(argv: string[], tty = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (out += t), stderr: (t) => (err += t), tty });
  return { code, out, err };
}

describe('caogao diff', () => {
  it('prints changes, targets and stats in the documented JSON shape', async () => {
    const { code, out } = await run(['diff', oldTxt, newTxt, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['changes', 'targets', 'stats']);
    expect(json.changes).toHaveLength(2);
    expect(json.changes[0]).toEqual({ kind: 'modify', path: ['三'], before: expect.stringContaining('增长7.5%左右'), after: expect.stringContaining('增长7%左右') });
    expect(json.changes[1]).toEqual({ kind: 'modify', path: ['三', '（八）'], before: '实施政府效能提升行动', after: '实施政府效能全面提升行动' });
    expect(json.stats).toEqual({ insert: 0, delete: 0, modify: 2, move: 0 });
    expect(json.targets).toEqual([{ indicator: '地区生产总值', before: '增长7.5%左右', after: '增长7%左右', path: ['三'] }]);
  });

  it('prints a redline with plain markers when the output is not a terminal', async () => {
    const { code, out } = await run(['diff', oldTxt, newTxt]);
    expect(code).toBe(0);
    expect(out).toContain('改动 2 处');
    expect(out).toContain('[修改] 三、');
    expect(out).toContain('地区生产总值增长[-7.5%左右-]{+7%左右+}');
    expect(out).toContain('[修改] 三（八）');
    expect(out).toContain('指标变化（1项）\n  三、  地区生产总值：[-增长7.5%左右-] → {+增长7%左右+}');
    expect(out.indexOf('指标变化')).toBeLessThan(out.indexOf('改动'));
    expect(out).not.toContain('\x1b[');
  });

  it('colours the redline on a terminal', async () => {
    const { out } = await run(['diff', oldTxt, newTxt], true);
    expect(out).toContain('\x1b[31;9m7.5%左右\x1b[0m');
    expect(out).toContain('\x1b[32;4m7%左右\x1b[0m');
  });

  it('says so when the drafts differ only in layout', async () => {
    const spaced = join(dir, 'spaced.txt');
    writeFileSync(spaced, REAL.replace('建成投用甲级写字楼 14 栋', '建成投用甲级写字楼14栋').replace('\n经济质效显著提升。', '\n\u3000\u3000经济质效显著提升。'));
    const { out } = await run(['diff', oldTxt, spaced]);
    expect(out).toContain('两稿内容相同');
  });

  describe('with versions inside a .caogao file', () => {
    const first = importText(REAL).doc;
    const second = replaceText(first, '地区生产总值增长7.5%左右', '地区生产总值增长7%左右');
    const current = replaceText(second, '实施政府效能提升行动', '实施政府效能全面提升行动');
    const file = join(dir, 'report.caogao');
    const version = (id: string, label: string, doc: typeof first) => ({ id, label, createdAt: '2022-01-01T00:00:00Z', author: '起草组', doc });
    writeFileSync(file, serializeCaogao({ doc: current, versions: [version('v1', '第一稿', first), version('v2', '第二稿', second)], settings: {} }));

    it('compares two named versions', async () => {
      const { code, out } = await run(['diff', file, '--from-version', '第一稿', '--to-version', '第二稿', '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(out).changes.map((c: { path: string[] }) => c.path)).toEqual([['三']]);
    });

    it('compares a version with the current draft when --to-version is left out', async () => {
      const { out } = await run(['diff', file, '--from-version', '第二稿']);
      expect(out).toContain('report.caogao「第二稿」 → report.caogao「当前稿」');
      expect(out).toContain('实施政府效能{+全面+}提升行动');
    });

    it('names the versions there are when a label is wrong', async () => {
      const { code, err } = await run(['diff', file, '--from-version', '第三稿']);
      expect(code).toBe(2);
      expect(err).toContain('没有名为“第三稿”的版本');
      expect(err).toContain('第一稿、第二稿');
    });
  });

  it('asks for two files', async () => {
    const { code, err } = await run(['diff', oldTxt]);
    expect(code).toBe(2);
    expect(err).toContain('需要两个文件');
  });
});
