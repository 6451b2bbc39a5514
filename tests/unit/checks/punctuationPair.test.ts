import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

const check = (text: string) => checkRule('punctuation-pair', doc(p(text)));

describe('punctuation-pair', () => {
  beforeEach(resetIds);

  it('accepts balanced and nested pairs of different kinds', () => {
    expect(check('打造“全域超级孵化器”，加大新《安全生产法》的宣传，常青中心（东区）建成，“学习‘两个确立’”。')).toEqual([]);
  });

  it('reports an opening mark left open, where it opens', () => {
    const [f, ...rest] = check('打造“全域超级孵化器，引进科创“新物种”企业。');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ from: 2, text: '“', severity: 'error' });
    expect(f.message.zh).toBe('标点 “ 没有配对的 ”。');
  });

  it('takes 1） 2） as item numbers, not broken pairs', () => {
    expect(check('包括：1）交通运输业；2）信息服务业。')).toEqual([]);
  });

  it('reports a closing mark with nothing open', () => {
    expect(texts(check('常青中心东区）建成，《条例》》。'))).toEqual(['）', '》']);
  });
});
