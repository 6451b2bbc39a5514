import { beforeEach, describe, expect, it } from 'vitest';
import { annex, doc, entry, p, resetIds } from '../../support/builder.js';
import { checkRule } from './helpers.js';

describe('glossary-duplicate', () => {
  beforeEach(resetIds);

  it('accepts distinct terms', () => {
    expect(checkRule('glossary-duplicate', doc(p('六稳六保。'), annex('名词解释', entry('六稳', '…'), entry('六保', '…'))))).toEqual([]);
  });

  it('reports the second definition of a term, quotes aside', () => {
    const d = doc(p('“四上”企业。'), annex('名词解释', entry('“四上”企业', '…'), entry('六稳', '…'), entry('四上企业', '…')));
    const [f, ...rest] = checkRule('glossary-duplicate', d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', text: '四上企业', path: ['附件', '3.'] });
    expect(f.message.zh).toContain('第1条已有解释');
  });
});
