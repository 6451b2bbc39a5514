import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

describe('foreign-place', () => {
  beforeEach(resetIds);

  it('says nothing without a list', () => {
    expect(checkRule('foreign-place', doc(p('推进洪山区街道建设。')))).toEqual([]);
  });

  it('reports each place of the user list', () => {
    const settings = { checks: { foreignPlaces: ['洪山区', '珞南街道'] } };
    const findings = checkRule('foreign-place', doc(p('推进洪山区珞南街道建设，江汉区加快发展。')), settings);
    expect(texts(findings)).toEqual(['洪山区', '珞南街道']);
    expect(findings[0].severity).toBe('warning');
  });
});
