import { beforeEach, describe, expect, it } from 'vitest';
import { doc, item, p, part, resetIds, section } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

describe('numbering-form', () => {
  beforeEach(resetIds);

  it('accepts the standard markers of each level', () => {
    const d = doc(part(['工作', { typed: 1, marker: '一、' }], section(['甲', { typed: 1, marker: '（一）' }], item(['乙', { typed: 1, marker: '1.' }], p('第一，稳增长。')))));
    expect(checkRule('numbering-form', d)).toEqual([]);
  });

  it('reports a wrong marker with the right one, and a fix that records it', () => {
    const d = doc(part(['工作', { typed: 1, marker: '一、' }], section(['甲', { typed: 2, marker: '（二）、' }], item(['乙', { typed: 1, marker: '1、' }], p('正文。')))));
    const findings = checkRule('numbering-form', d);
    expect(findings.map((f) => f.message.zh)).toEqual(['编号“（二）、”写法不规范，应为“（二）”。', '编号“1、”写法不规范，应为“1.”。']);
    expect(findings[1].fix?.attrs?.[0].attrs).toEqual({ marker: '1.' });
  });

  it('reports 第一、 at the start of a sentence, with a text fix', () => {
    const [f, ...rest] = checkRule('numbering-form', doc(p('第一、稳增长。第二，促改革。第一、二产业协调。')));
    expect(rest).toHaveLength(1);
    expect(texts([f])).toEqual(['第一、']);
    expect(f.fix?.edits[0]).toMatchObject({ from: 0, to: 3, insert: '第一，' });
  });
});
