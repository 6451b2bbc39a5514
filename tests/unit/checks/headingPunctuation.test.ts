import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, part, resetIds, section } from '../../support/builder.js';
import { checkRule } from './helpers.js';

describe('heading-punctuation', () => {
  beforeEach(resetIds);

  it('accepts headings with inner commas and no final mark', () => {
    expect(checkRule('heading-punctuation', doc(part('工作', section('坚持发展第一要务，经济增长更有质量', p('正文。')))))).toEqual([]);
  });

  it('reports a heading that ends with 。 and offers to remove it', () => {
    const [f] = checkRule('heading-punctuation', doc(part('工作', section('实施创新动能提升行动。', p('正文。')))));
    expect(f).toMatchObject({ severity: 'warning', text: '。', path: ['一', '（一）'] });
    expect(f.fix?.edits[0]).toMatchObject({ from: 10, to: 11, insert: '' });
  });
});
