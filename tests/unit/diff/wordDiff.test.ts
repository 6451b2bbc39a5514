import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/core/diff/types.js';
import { wordDiff } from '../../../src/core/diff/wordDiff.js';

/** The spans as a git-style word diff: [-deleted-]{+inserted+}. */
const show = (spans: Span[]): string =>
  spans.map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');

describe('wordDiff', () => {
  it('replaces a whole figure, not the digits that differ', () => {
    expect(show(wordDiff('地区生产总值增长7.5%左右，固定资产投资增长9%。', '地区生产总值增长7%左右，固定资产投资增长10%。').spans)).toBe(
      '地区生产总值增长[-7.5%左右-]{+7%左右+}，固定资产投资增长[-9%-]{+10%+}。',
    );
  });

  it('replaces whole Chinese words', () => {
    expect(show(wordDiff('城镇登记失业率控制在4%以内', '城镇调查失业率控制在4%以内').spans)).toBe('城镇[-登记-]{+调查+}失业率控制在4%以内');
  });

  it('folds a short kept piece between two edits into one replacement', () => {
    const { spans } = wordDiff('实施产业质效提升行动', '实施产业提质增效行动');
    expect(show(spans)).toBe('实施产业[-质效提升-]{+提质增效+}行动');
  });

  it('shows a mostly rewritten text whole', () => {
    const before = '推进数字经济引强育新。制定数字经济产业创新发展政策。';
    const after = '大力发展数字经济，引进培育一批龙头企业，完善产业政策体系。';
    expect(wordDiff(before, after)).toEqual({
      spans: [
        { op: 'delete', text: before },
        { op: 'insert', text: after },
      ],
      whole: true,
    });
  });

  it('keeps old and new texts recoverable from the spans', () => {
    const before = '新增城镇就业1.7万人，城镇登记失业率控制在4%以内，居民收入增长与经济增长同步。';
    const after = '新增城镇就业2万人以上，城镇调查失业率控制在5.5%以内，居民收入增长与经济增长基本同步。';
    const { spans } = wordDiff(before, after);
    expect(spans.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(before);
    expect(spans.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(after);
  });

  it('gives one kept span for equal texts', () => {
    expect(wordDiff('六稳', '六稳')).toEqual({ spans: [{ op: 'equal', text: '六稳' }], whole: false });
  });
});
