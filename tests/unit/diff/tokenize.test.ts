import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/diff/tokenize.js';

describe('tokenize', () => {
  it('keeps a figure with its unit and qualifier as one token', () => {
    expect(tokenize('地区生产总值增长7.5%左右')).toContain('7.5%左右');
    expect(tokenize('新增城镇就业1.7万人')).toContain('1.7万人');
    expect(tokenize('人民币存贷款余额增速9%以上')).toContain('9%以上');
    expect(tokenize('金融业增加值突破400亿元')).toContain('400亿元');
    expect(tokenize('城镇调查失业率控制在5.5%以内')).toContain('5.5%以内');
    expect(tokenize('提高0.5个百分点')).toContain('0.5个百分点');
  });

  it('keeps a range of figures as one token', () => {
    expect(tokenize('新增金融机构5—6家')).toContain('5—6家');
    expect(tokenize('增长5%-6%')).toContain('5%-6%');
  });

  it('cuts Chinese text into words, not characters', () => {
    const tokens = tokenize('全年经济社会发展主要预期目标是');
    expect(tokens).toEqual(expect.arrayContaining(['经济', '社会', '发展', '主要', '预期', '目标']));
    expect(tokens.every((t) => t.length <= 4)).toBe(true);
  });

  it('keeps Latin words whole', () => {
    expect(tokenize('占GDP比重提升至94%')).toEqual(expect.arrayContaining(['GDP', '94%']));
  });

  it('gives the text back when the tokens are joined', () => {
    const text = '2022年，地区生产总值增长7.5%左右，新增城镇就业1.7万人以上，“1+5”区域急救分中心。';
    expect(tokenize(text).join('')).toBe(text);
  });

  it('does not join figures across a Chinese comma', () => {
    expect(tokenize('分别为12，15')).toEqual(expect.arrayContaining(['12', '15']));
  });
});
