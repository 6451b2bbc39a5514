import { beforeEach, describe, expect, it } from 'vitest';
import { Transform } from 'prosemirror-transform';
import { applyFix } from '../../../src/core/checks/index.js';
import { doc, p, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

const check = (text: string) => checkRule('punctuation-halfwidth', doc(p(text, { id: 'x' })));

describe('punctuation-halfwidth', () => {
  beforeEach(resetIds);

  it('accepts full-width marks, and half-width ones between figures or Latin words', () => {
    expect(check('增长5%，城镇居民收入1,000元，时间10:30（上午），Hello, world!')).toEqual([]);
  });

  it('reports each half-width mark next to Chinese text', () => {
    const findings = check('增长5%,城镇;农村: 提高(预计)! 为何?');
    expect(texts(findings)).toEqual([',', ';', ':', '(', ')', '!', '?']);
    expect(findings[0]).toMatchObject({ severity: 'error', from: 4, to: 5 });
  });

  it('fixes to the full-width mark and drops the spaces around it', () => {
    const d = doc(p('水平,预计1450亿元以上, GDP 51.2亿元', { id: 'x' }));
    const findings = checkRule('punctuation-halfwidth', d);
    expect(findings).toHaveLength(2);
    let tr = new Transform(d);
    for (const f of [...findings].reverse()) tr = applyFix(tr, f.fix!);
    expect(tr.doc.child(1).textContent).toBe('水平，预计1450亿元以上，GDP 51.2亿元');
  });
});
