/**
 * Figures kept on one line (issue 13, item 2): which figures need a nowrap
 * span, the editor's spans as the text changes, and the HTML export's spans.
 */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { reportHtml } from '../../../src/core/export/html.js';
import { nowrapFigures } from '../../../src/core/text/figures.js';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { figuresKey } from '../../../src/renderer/editor/figuresPlugin.js';
import { doc, p, part, section } from '../../support/builder.js';
import { posOf } from './helpers.js';

const spans = (text: string): string[] => nowrapFigures(text).map(([a, b]) => text.slice(a, b));

/** The texts the editor holds in figure spans, in document order. */
function figureSpans(state: EditorState): string[] {
  const set = figuresKey.getState(state);
  if (!set) throw new Error('no figures plugin');
  return set
    .find()
    .sort((x, y) => x.from - y.from)
    .map((d) => state.doc.textBetween(d.from, d.to));
}

describe('nowrapFigures', () => {
  it('spans a figure with its Chinese multiplier, unit, qualifier or range, and leaves ASCII-only figures alone', () => {
    expect(spans('突破2000亿元，增长7.5%左右，新增101个，5—6家企业，GDP增长22.3%，完成2000。')).toEqual([
      '2000亿元',
      '7.5%左右',
      '101个',
      '5—6家',
    ]);
  });

  it('spans full-width digits, which a browser may break between', () => {
    expect(spans('增长１２３亿元')).toEqual(['１２３亿元']);
  });
});

describe('the editor keeps figure spans in step with the text', () => {
  const report = () => doc(part('发展目标', section('经济增长', p('地区生产总值突破2000亿元。'), p('居民收入增长7%左右。'))));

  it('finds the figures of the document when it opens', () => {
    expect(figureSpans(createReportState(report()))).toEqual(['2000亿元', '7%左右']);
  });

  it('spans a figure as it is typed, widens it when its unit is typed, and drops it when deleted', () => {
    let s = createReportState(report());
    const at = posOf(s.doc, '。', false);
    s = s.apply(s.tr.insertText('，新增150', at));
    expect(figureSpans(s)).toEqual(['2000亿元', '7%左右']);
    s = s.apply(s.tr.insertText('个', posOf(s.doc, '150', true)));
    expect(figureSpans(s)).toEqual(['2000亿元', '150个', '7%左右']);
    const from = posOf(s.doc, '2000亿元');
    s = s.apply(s.tr.delete(from, from + '2000亿元'.length));
    expect(figureSpans(s)).toEqual(['150个', '7%左右']);
  });

  it('maps the spans of blocks an edit did not touch', () => {
    let s = createReportState(report());
    s = s.apply(s.tr.insertText('全年', posOf(s.doc, '地区')));
    expect(figureSpans(s)).toEqual(['2000亿元', '7%左右']);
  });
});

describe('the HTML export (and so the PDF) holds the same figures in one line', () => {
  it('wraps each figure a line could break inside in a nowrap span', () => {
    const html = reportHtml(doc(part('发展目标', p('地区生产总值突破2000亿元，增长22.3%。'))));
    expect(html).toContain('<span class="figure">2000亿元</span>');
    expect(html).not.toContain('<span class="figure">22.3%</span>');
    expect(html).toMatch(/\.report \.figure \{ white-space: nowrap; \}/);
  });
});
