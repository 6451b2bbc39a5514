import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, resetIds, speaker, title, occasion } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

describe('spacing', () => {
  beforeEach(resetIds);

  it('accepts text without stray spaces, Latin word spaces and the speaker line', () => {
    const d = doc(title('政府工作报告'), occasion('——2021年12月15日'), speaker('代区长 叶文静'), p('新增就业1.7万人，GDP 51.2亿元。'));
    expect(checkRule('spacing', d)).toEqual([]);
  });

  it('reports spaces between Chinese and figures, and between Chinese characters', () => {
    const findings = checkRule('spacing', doc(p('新增就业 1.7 万人，完成街道管理体制改 革。')));
    expect(findings.map((f) => [f.from, f.to])).toEqual([
      [4, 5],
      [8, 9],
      [21, 22],
    ]);
    expect(findings[2].message.zh).toBe('汉字之间有多余的空格。');
  });

  it('leaves the spaces after a half-width mark to punctuation-halfwidth', () => {
    expect(texts(checkRule('spacing', doc(p('水平, 预计增长。'))))).toEqual([]);
  });
});
