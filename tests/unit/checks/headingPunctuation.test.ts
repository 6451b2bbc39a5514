import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, part, resetIds, section } from '../../support/builder.js';
import { checkRule } from './helpers.js';
import { importText } from '../../../src/core/import/text.js';

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

  it('passes over headings of one level that all end with 。, a style of the report, but not the odd one out', () => {
    const styled = doc(part('工作', section('打造生态文明高地。', p('正文。')), section('推动高质量发展。', p('正文。'))));
    expect(checkRule('heading-punctuation', styled)).toEqual([]);
    const odd = doc(part('工作', section('打造生态文明高地。', p('正文。')), section('推动高质量发展', p('正文。'))));
    expect(checkRule('heading-punctuation', odd).map((f) => f.path)).toEqual([['一', '（一）']]);
  });

  it('never reports a run-in heading: the importer keeps its 。 out of the heading', () => {
    const imported = importText('一、工作\n（一）打造生态文明高地。全面实施保护法。\n（二）推动高质量发展\n坚持智能化。\n').doc;
    expect(checkRule('heading-punctuation', imported)).toEqual([]);
  });
});
