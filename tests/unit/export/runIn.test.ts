/**
 * Run-in headings (标题接排正文) print as the report printed them: the numbered
 * heading and its 。 in the heading's face, then the body, in one paragraph;
 * and compare takes run in against separate as layout, not as a change.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/core/diff/index.js';
import { reportHtml } from '../../../src/core/export/html.js';
import { printableBlocks } from '../../../src/core/export/printable.js';
import { importText } from '../../../src/core/import/text.js';
import { exportDocx } from '../../../src/node/export/docx.js';

const HEAD = '政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、今年工作\n';
const runIn = importText(`${HEAD}（一）扩大内需。推动消费升级，扩大有效投资。\n（二）深化改革。优化营商环境。\n`).doc;
const separate = importText(`${HEAD}（一）扩大内需\n推动消费升级，扩大有效投资。\n（二）深化改革\n优化营商环境。\n`).doc;

describe('run-in headings in print', () => {
  it('print as one body paragraph that opens with the heading run in its face', () => {
    const block = printableBlocks(runIn).find((b) => b.runs.some((r) => r.heading))!;
    expect(block.kind).toBe('body');
    expect(block.runs.map(({ source: _, ...run }) => run)).toEqual([{ text: '（一）扩大内需。', heading: 2 }, { text: '推动消费升级，扩大有效投资。' }]);
    // Each run knows where its text stands: the heading's text after its derived number, the body from its start.
    expect(block.runs.map((r) => r.source?.offset)).toEqual([-3, 0]);
    expect(printableBlocks(separate).filter((b) => b.kind === 'heading2')).toHaveLength(2);
  });

  it('print in HTML (and so PDF) with the heading in a span of its level', () => {
    expect(reportHtml(runIn)).toContain('<p class="body" data-id="');
    expect(reportHtml(runIn)).toMatch(/<span class="run-in level2">（一）扩大内需。<\/span>推动消费升级/);
  });

  it('print in .docx as one paragraph whose first run is in 楷体', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(runIn));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraph = /<w:p>(?:(?!<\/w:p>).)*（一）扩大内需。(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(paragraph).toContain('推动消费升级，扩大有效投资。');
    expect(paragraph).toMatch(/楷体/);
  });

  it('compare run in against separate as the same draft', () => {
    expect(compareDocs(separate, runIn).changes).toEqual([]);
    expect(compareDocs(runIn, separate).changes).toEqual([]);
  });
});
