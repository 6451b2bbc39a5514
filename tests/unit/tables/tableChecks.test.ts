/**
 * What the checks and the word count make of a table. Decided: the checks do
 * not read table cells (a 主要指标 table splits an indicator from its figure
 * across cells, and its short cells are no sentences, so reading them as body
 * text would invent target mismatches and punctuation findings); the word
 * count counts the cells' text, as Word does.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checks/checker.js';
import { countWords } from '../../../src/core/wordCount.js';
import { doc, p, part, table } from '../../support/builder.js';

describe('a table and the checks', () => {
  it('its cells give no findings, while the same text in a paragraph does', () => {
    const text = '地区生产总值增长5%,城镇新增就业18万人';
    const inCell = runChecks(doc(part('今年安排', p('全面完成任务。'), table(['指标', text]))));
    const inParagraph = runChecks(doc(part('今年安排', p('全面完成任务。'), p(text))));
    expect(inParagraph.filter((f) => f.rule === 'punctuation-halfwidth')).toHaveLength(1);
    expect(inCell.filter((f) => f.rule === 'punctuation-halfwidth')).toHaveLength(0);
  });

  it('the word count counts the cells', () => {
    const without = countWords(doc(part('今年安排', p('全面完成任务。'))));
    const withTable = countWords(doc(part('今年安排', p('全面完成任务。'), table(['指标', '目标']))));
    expect(withTable - without).toBe(4);
  });
});
