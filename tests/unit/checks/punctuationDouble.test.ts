import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

const check = (text: string) => checkRule('punctuation-double', doc(p(text)));

describe('punctuation-double', () => {
  beforeEach(resetIds);

  it('accepts single marks, the ellipsis and the dash', () => {
    expect(check('推进改革……打造“签约——落地”速度。“十四五”开局。')).toEqual([]);
  });

  it('reports doubled marks, with a fix that keeps one when they are the same', () => {
    const findings = check('推进改革。。加强监管，，提升效能，。');
    expect(texts(findings)).toEqual(['。。', '，，', '，。']);
    expect(findings[0].fix?.edits).toEqual([{ blockId: expect.any(String), from: 5, to: 6, insert: '' }]);
    expect(findings[2].fix).toBeUndefined();
  });
});
