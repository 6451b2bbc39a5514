import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';
import { countText, countWords, countWordsJson } from '../../../src/core/wordCount.js';
import { jsonTextLength, listVersions } from '../../../src/core/versions.js';
import { annex, doc, entry, p, part } from '../../support/builder.js';
import { readRealReport } from '../../support/corpus.js';

describe('one 字数 rule (status bar, versions list, restore prompt)', () => {
  it('counts a document as JSON exactly as the status bar counts the document', () => {
    const d = doc(part('工作', p('GDP增长7.5%，突破2000亿元。'), p('推进 AI 应用')), annex('名词解释', entry('六稳', '稳就业。')));
    expect(countWords(d)).toBe(countText('政府工作报告') + countText('工作') + countText('GDP增长7.5%，突破2000亿元。') + countText('推进 AI 应用') + countText('附件名词解释六稳稳就业。'));
    expect(countWordsJson(d.toJSON())).toBe(countWords(d));
  });

  it('gives the versions list the status bar’s figure for the real report, not the raw character count', () => {
    const report = importText(readRealReport()).doc;
    const json = report.toJSON();
    const words = countWords(report);
    expect(countWordsJson(json)).toBe(words);
    // Figures and Latin words count one each, so the raw length is larger.
    expect(jsonTextLength(json)).toBeGreaterThan(words);
    const file = { doc: json, versions: [{ id: 'v1', label: '初稿', createdAt: '2026-03-01T09:00:00.000Z', author: '王秘书', doc: json }] };
    expect(listVersions(file as never, countWordsJson)[0].chars).toBe(words);
  });

  it('reads nothing from what is not a document', () => {
    expect(countWordsJson(null)).toBe(0);
    expect(countWordsJson({ type: 'doc' })).toBe(0);
  });
});
