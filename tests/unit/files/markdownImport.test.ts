import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../src/core/import/markdown.js';
import { outlineOf } from '../../../src/core/outline.js';
import { docToText } from '../../../src/core/plainText.js';

const leadsOf = (source: string): string[] => {
  const out: string[] = [];
  importMarkdown(source).doc.descendants((node) => {
    if (node.type.name === 'paragraph' && node.firstChild?.marks.length) out.push(node.firstChild.text!);
    return node.type.name !== 'paragraph';
  });
  return out;
};

describe('importing Markdown', () => {
  it('reads typed numbers in # headings, bold leads and the glossary', () => {
    const source = [
      '# 政府工作报告',
      '',
      '各位代表：',
      '',
      '## 一、过去一年工作回顾',
      '',
      '### （一）经济运行稳中向好',
      '',
      '**综合实力持续增强。**地区生产总值增长6%，',
      '总量突破千亿元。',
      '',
      '附件',
      '',
      '名词解释',
      '',
      '1. **六稳**：稳就业、稳金融。',
    ].join('\n');
    const { doc, notices } = importMarkdown(source);
    const outline = outlineOf(doc);
    expect(outline.title).toBe('政府工作报告');
    expect(outline.parts.map((p) => p.title)).toEqual(['过去一年工作回顾']);
    expect(outline.parts[0].sections!.map((s) => s.title)).toEqual(['经济运行稳中向好']);
    expect(outline.glossary.map((g) => g.term)).toEqual(['六稳']);
    expect(docToText(doc)).toContain('综合实力持续增强。地区生产总值增长6%，总量突破千亿元。');
    expect(leadsOf(source)).toEqual(['综合实力持续增强。']);
    expect(notices).toEqual([]);
  });

  it('gives unnumbered headings their level by depth', () => {
    const outline = outlineOf(importMarkdown('# 报告\n\n## 回顾\n\n### 经济\n\n正文。\n\n## 安排\n').doc);
    expect(outline.parts.map((p) => [p.title, p.sections!.map((s) => s.title)])).toEqual([
      ['回顾', ['经济']],
      ['安排', []],
    ]);
  });

  it('imports a pipe table as a table, its first row the header, and leaves images out, saying so', () => {
    const { doc, notices } = importMarkdown('# 报告\n\n| 指标 | 目标 |\n|---|---|\n| 生产总值 | 6% |\n| 口径 a \\| b | ![图](b.png) |\n\n![图](a.png)说明文字。\n');
    const tables: PMNode[] = [];
    doc.descendants((node) => {
      if (node.type.name === 'table') tables.push(node);
      return node.type.name !== 'table';
    });
    expect(tables).toHaveLength(1);
    const rows: string[][] = [];
    const headers: boolean[] = [];
    tables[0].forEach((row) => {
      const cells: string[] = [];
      row.forEach((cell) => {
        cells.push(cell.textContent);
        headers.push(cell.type.name === 'tableHeader');
      });
      rows.push(cells);
    });
    expect(rows).toEqual([
      ['指标', '目标'],
      ['生产总值', '6%'],
      ['口径 a | b', ''],
    ]);
    expect(headers).toEqual([true, true, false, false, false, false]);
    const text = docToText(doc);
    expect(text).toContain('说明文字。');
    expect(text).not.toContain('a.png');
    expect(notices.map((n) => n.code)).toEqual(['import-images']);
    expect(notices[0].zh).toContain('2 张图片');
  });
});
