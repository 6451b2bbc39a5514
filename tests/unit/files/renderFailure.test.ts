import { describe, expect, it } from 'vitest';
import { CaogaoError } from '../../../src/core/errors.js';
import { importText } from '../../../src/core/import/text.js';
import { toChineseNumeral } from '../../../src/core/numerals.js';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { failureDetail, showOrExplain } from '../../../src/renderer/app/renderFailure.js';

describe('a view that cannot render a file says why', () => {
  it('puts back what was shown and throws a message naming the file and the cause', () => {
    const shown: string[] = ['旧报告'];
    let error: unknown;
    try {
      showOrExplain(
        '一百个部分.caogao',
        () => {
          shown.push('新报告（画了一半）');
          throw new RangeError('numeral out of range: 100');
        },
        () => shown.splice(1),
      );
    } catch (e) {
      error = e;
    }
    expect(shown).toEqual(['旧报告']);
    expect(error).toBeInstanceOf(CaogaoError);
    const failure = error as CaogaoError;
    expect(failure.code).toBe('view-render-failed');
    expect(failure.userMessage('zh')).toBe(
      '无法显示“一百个部分.caogao”：排版时出错（RangeError: numeral out of range: 100）。文件没有改动，原先的内容仍在编辑器中。',
    );
    expect(failure.userMessage('en')).toContain('Cannot show "一百个部分.caogao"');
    expect(failure.cause).toBeInstanceOf(RangeError);
  });

  it('reports the first failure when putting back fails too', () => {
    const run = () =>
      showOrExplain(
        'a.caogao',
        () => {
          throw new Error('first');
        },
        () => {
          throw new Error('second');
        },
      );
    expect(run).toThrow(/first/);
  });

  it('returns what showing returned when nothing fails, and does not roll back', () => {
    let rolledBack = false;
    expect(showOrExplain('a.caogao', () => 42, () => (rolledBack = true))).toBe(42);
    expect(rolledBack).toBe(false);
  });

  it('keeps the detail to one short line', () => {
    const detail = failureDetail(new Error(`${'长'.repeat(300)}\n    at somewhere (file.js:1:1)`));
    expect(detail.split('\n')).toHaveLength(1);
    expect(detail.length).toBeLessThanOrEqual(121);
    expect(failureDetail('plain')).toBe('plain');
  });

  it('the editor state of a report with 101 parts is created (what failed in issue 12)', () => {
    const lines = ['政府工作报告'];
    for (let p = 1; p <= 101; p++) lines.push(`${toChineseNumeral(p)}、第${p}部分`, `正文${p}。`);
    const { doc } = importText(lines.join('\n'));
    expect(() => createReportState(doc)).not.toThrow();
  });
});
