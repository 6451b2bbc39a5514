/**
 * What a .caogao file may hold in its settings (issue 12): the keys the app
 * uses have a schema, everything is bounded in depth and size, and a file
 * past the bounds is refused with one Chinese line naming it — by the file
 * format, the command line and (webHostRobustness.test.ts) the browser host.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { suppressFinding } from '../../../src/core/checks/suppressions.js';
import type { Finding } from '../../../src/core/checks/types.js';
import { CaogaoError } from '../../../src/core/errors.js';
import { parseCaogao, serializeCaogao, SETTINGS_LIMITS, type CaogaoFile } from '../../../src/core/format/caogaoFile.js';
import { measureJson } from '../../../src/core/format/jsonBounds.js';
import { writeCheckLists } from '../../../src/renderer/settings/checkLists.js';
import { doc, p, part, section } from '../../support/builder.js';
import { caogaoRefusal } from '../../support/caogaoRefusal.js';

const draft = doc(part('工作安排', section('稳增长', p('全年增长6%。'))));
const deepJson = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The file's text with `settings` replaced by raw JSON text. */
function withSettings(settingsJson: string): string {
  return serializeCaogao({ doc: draft, versions: [], settings: {} }).replace('"settings": {}', `"settings": ${settingsJson}`);
}

const refusal = caogaoRefusal;

describe('settings of a .caogao file', () => {
  it('refuses settings nested 100,000 deep at once, naming the file, with no stack overflow', () => {
    const started = performance.now();
    const error = refusal(withSettings(`{"x": ${deepJson(100_000)}}`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.code).toBe('file-settings-too-deep');
    expect(error.userMessage('zh')).toBe('文件“报告.caogao”的文档设置（settings）嵌套超过 16 层，可能已损坏或被改动，未打开。');
    expect(error.userMessage('en')).toContain('"报告.caogao"');
  });

  it('takes settings up to the depth limit and refuses one level more', () => {
    const at = (depth: number) => withSettings(`{"x": ${deepJson(depth - 1)}}`);
    expect(() => parseCaogao(at(SETTINGS_LIMITS.depth))).not.toThrow();
    expect(refusal(at(SETTINGS_LIMITS.depth + 1)).code).toBe('file-settings-too-deep');
  });

  it('refuses settings larger than the limit, naming the file and the limit', () => {
    const error = refusal(withSettings(`{"notes": "${'x'.repeat(SETTINGS_LIMITS.size)}"}`));
    expect(error.code).toBe('file-settings-too-large');
    expect(error.userMessage('zh')).toContain('报告.caogao');
    expect(error.userMessage('zh')).toContain('8 MB');
  });

  it('refuses a document nested deeper than any report', () => {
    const text = serializeCaogao({ doc: draft, versions: [], settings: {} }).replace('"type": "doc"', `"type": "doc", "x": ${deepJson(100_000)}`);
    expect(refusal(text).code).toBe('file-too-deep');
  });

  it('checks the shape of the keys the app uses, naming the wrong one', () => {
    expect(refusal(withSettings('{"checks": {"foreignPlaces": ["洪山区", 3]}}')).userMessage('zh')).toContain('settings.checks.foreignPlaces.1');
    expect(refusal(withSettings('{"checks": []}')).code).toBe('file-invalid');
    expect(refusal(withSettings('{"checks": {"suppressions": [{"rule": "spacing"}]}}')).userMessage('zh')).toContain('settings.checks.suppressions.0.blockId');
    expect(refusal(withSettings('{"targets": {"indicators": [{"synonyms": []}]}}')).userMessage('zh')).toContain('settings.targets.indicators.0.name');
    expect(refusal(withSettings('{"template": {"name": "空白"}}')).userMessage('zh')).toContain('settings.template.name');
  });

  it('keeps what the app writes, and keys it does not know, unchanged through save and open', () => {
    const finding: Finding = { rule: 'spacing', severity: 'warning', message: { zh: '空格', en: 'space' }, blockId: 'b1', from: 0, to: 1, text: '  ' } as unknown as Finding;
    let settings = suppressFinding({}, finding, '审稿人', '原文如此', '2026-11-01T08:00:00.000Z');
    settings = writeCheckLists(settings, {
      outdatedTerms: [{ term: '农民人均纯收入', replacement: '农村居民人均可支配收入' }],
      foreignPlaces: ['洪山区'],
      indicators: [{ name: '地区生产总值', synonyms: ['GDP'] }],
    });
    settings = { ...settings, checks: { ...(settings.checks as object), disabledRules: ['spacing'] }, template: { name: { zh: '空白', en: 'Blank' } }, future: { a: [1, { b: null }] }, zoom: 1 };
    const file: CaogaoFile = { doc: draft, versions: [], settings };
    expect(parseCaogao(serializeCaogao(file)).settings).toEqual(settings);
  });

  it('refuses to save settings it could not open again, with a message instead of a RangeError', () => {
    const error = (() => {
      try {
        serializeCaogao({ doc: draft, versions: [], settings: { x: JSON.parse(deepJson(100_000)) } });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CaogaoError);
    expect((error as CaogaoError).code).toBe('save-settings-refused');
  });

  it('measures JSON as long as JSON.stringify writes it (ASCII text), and as deep as it nests', () => {
    // Text JSON.stringify writes as it is (no escapes), so that characters and length agree.
    const plain = fc.string({ unit: fc.constantFrom(...'ab z09-.:{}[],') });
    const ascii = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, plain, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(plain, tie('value'), { maxKeys: 4 }),
    })).value;
    const depthOf = (v: unknown): number => (v && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0);
    fc.assert(
      fc.property(ascii, (value) => {
        const text = JSON.stringify(value);
        const measured = measureJson(value, { depth: 100, size: Number.POSITIVE_INFINITY });
        expect(measured).toEqual({ ok: true, size: text.length });
        expect(measureJson(value, { depth: depthOf(value), size: Infinity }).ok).toBe(true);
        if (depthOf(value) > 0) expect(measureJson(value, { depth: depthOf(value) - 1, size: Infinity })).toMatchObject({ ok: false, exceeded: 'depth' });
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe('caogao with a file whose settings nest 100,000 deep', () => {
  it('exits 2 with one Chinese line naming the file (not a write error, not an internal error)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caogao-deep-'));
    const path = join(dir, '深层设置.caogao');
    writeFileSync(path, withSettings(`{"x": ${deepJson(100_000)}}`));
    for (const argv of [['outline', path], ['check', path], ['export', path, '--to', 'txt', '-o', join(dir, 'out.txt')], ['diff', path, path]]) {
      let err = '';
      const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: () => undefined, stderr: (t) => (err += t), tty: false });
      expect({ argv: argv[0], code }).toEqual({ argv: argv[0], code: 2 });
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain('深层设置.caogao');
      expect(err).toContain('嵌套超过');
      expect(err).not.toMatch(/写入|RangeError|内部错误/);
    }
  });
});
