import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

describe('outdated-term', () => {
  beforeEach(resetIds);

  it('accepts current terms', () => {
    expect(checkRule('outdated-term', doc(p('农村居民人均可支配收入增长8%。')))).toEqual([]);
  });

  it('reports a default outdated term with its replacement as a fix', () => {
    const [f] = checkRule('outdated-term', doc(p('农民人均纯收入增长8%。')));
    expect(f).toMatchObject({ severity: 'warning', text: '农民人均纯收入' });
    expect(f.message.zh).toBe('“农民人均纯收入”已停用，应改为“农村居民人均可支配收入”。');
    expect(f.fix?.edits[0]).toMatchObject({ from: 0, to: 7, insert: '农村居民人均可支配收入' });
  });

  it('reads the list from the settings, which replaces the defaults', () => {
    const settings = { checks: { outdatedTerms: [{ term: '计生委', replacement: '卫健委' }] } };
    expect(texts(checkRule('outdated-term', doc(p('计生委和农民人均纯收入。')), settings))).toEqual(['计生委']);
  });
});
