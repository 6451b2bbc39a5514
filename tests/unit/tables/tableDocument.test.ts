/**
 * Tables in the report: where the schema lets them stand, how they save and
 * load in a .caogao file, their plain text and their HTML export, and how
 * the importer places a table a source gives.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/core/export/html.js';
import { parseCaogao, serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { importParagraphs } from '../../../src/core/import/text.js';
import { docToText } from '../../../src/core/plainText.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { cleanTable, columnLayout, tabSeparatedTable, tableData, tableNode } from '../../../src/core/table/tableData.js';
import { annex, doc, item, p, part, section, subitem, table } from '../../support/builder.js';
import { caogaoRefusal } from '../../support/caogaoRefusal.js';

const targets = () => table(['指标', '目标'], ['地区生产总值', '增长5%左右'], ['城镇新增就业', '18万人以上']);

describe('tables in the schema', () => {
  it('stand between paragraphs in a part, section, item, subitem and annex, and in the preamble', () => {
    const d = doc(
      p('前言。'),
      targets(),
      part('一、', p('甲。'), targets(), section('节', targets(), item('条', subitem('细', targets(), p('乙。'))))),
      annex('主要指标', targets()),
    );
    let count = 0;
    d.descendants((n) => {
      if (n.type.name === 'table') count++;
    });
    expect(count).toBe(5);
  });

  it('refuse a table inside a table cell, a heading or a glossary entry', () => {
    const cell = () => s.node('tableCell', null, [targets()]);
    expect(() => s.node('tableRow', { id: 'r' }, [cell()]).check()).toThrow();
    expect(() => s.node('sectionHeading', { id: 'h' }, [targets()]).check()).toThrow();
  });

  it('save in a .caogao file and load back equal, at the deepest level too', () => {
    const d = doc(part('一、', section('节', item('条', subitem('细', table(['甲\n乙', '丙'], ['丁', '']))))));
    const back = parseCaogao(serializeCaogao({ doc: d, versions: [], settings: {} }), '报告.caogao');
    expect(back.doc.eq(d)).toBe(true);
  });

  it('a file whose cell spans a negative number of columns is refused with a message, not loaded', () => {
    const d = doc(p('前言。'), targets());
    const json = JSON.parse(serializeCaogao({ doc: d, versions: [], settings: {} }));
    json.doc.content[2].content[0].content[0].attrs.colspan = -3;
    const error = caogaoRefusal(JSON.stringify(json));
    expect(error.code).toBe('file-doc-invalid');
  });
});

const cell = (t: string, colspan = 1, rowspan = 1) => ({ paragraphs: [t], colspan, rowspan });

describe('table data', () => {
  it('fills short rows so the grid is a rectangle, counting spans', () => {
    const rows = cleanTable([
      [{ paragraphs: ['项目'], colspan: 2, rowspan: 1 }, { paragraphs: ['目标'], colspan: 1, rowspan: 2 }],
      [{ paragraphs: ['甲'], colspan: 1, rowspan: 1 }],
    ])!;
    // Row 2 has 甲 and the rowspan from above: one cell short of three columns.
    expect(rows[1].map((c) => c.paragraphs[0])).toEqual(['甲', '']);
    const node = tableNode(rows, () => 'x')!;
    expect(tableData(node)[0][0].colspan).toBe(2);
  });

  it('clips a rowspan to the rows that remain and drops rows without cells', () => {
    const rows = cleanTable([[], [{ paragraphs: [], colspan: 1, rowspan: 9 }]])!;
    expect(rows).toEqual([[{ paragraphs: [''], colspan: 1, rowspan: 1 }]]);
    expect(cleanTable([[], []])).toBeNull();
  });

  it('gives each column the width of its longest one-column cell, and each cell its start column', () => {
    const layout = columnLayout([
      [cell('序号'), cell('民生实事'), cell('责任单位', 1, 2)],
      [cell('1'), cell('改造城镇老旧小区120个，完善配套设施')],
      [cell('合计', 2), cell('')],
    ]);
    expect(layout.weights).toEqual([2, 19, 4]);
    expect(layout.starts).toEqual([[0, 1, 2], [0, 1], [0, 2]]);
  });

  it('reads tab-separated lines of equal width as a table, and nothing else', () => {
    expect(tabSeparatedTable('指标\t目标\n地区生产总值\t增长5%左右')).toEqual([
      [
        { paragraphs: ['指标'], colspan: 1, rowspan: 1 },
        { paragraphs: ['目标'], colspan: 1, rowspan: 1 },
      ],
      [
        { paragraphs: ['地区生产总值'], colspan: 1, rowspan: 1 },
        { paragraphs: ['增长5%左右'], colspan: 1, rowspan: 1 },
      ],
    ]);
    expect(tabSeparatedTable('一行\t两格')).toBeNull();
    expect(tabSeparatedTable('甲\t乙\n丙\t丁\t戊')).toBeNull();
    expect(tabSeparatedTable('（一）推进改革\n深化改革。')).toBeNull();
  });
});

describe('tables in the exports', () => {
  it('plain text: a row a line, cells separated by tabs', () => {
    const text = docToText(doc(p('前言。'), table(['指标', '目标'], ['地区生产总值', '增长5%左右'])), { withNumbers: false });
    expect(text).toContain('前言。\n\n指标\t目标\n地区生产总值\t增长5%左右\n');
  });

  it('HTML: a table with its rows, cells, spans and collapsed borders', () => {
    const rows = [
      [{ paragraphs: ['项目'], colspan: 2, rowspan: 1, header: true }],
      [
        { paragraphs: ['甲'], colspan: 1, rowspan: 1 },
        { paragraphs: ['乙<丙'], colspan: 1, rowspan: 1 },
      ],
    ];
    const html = reportHtml(doc(annex('主要指标', tableNode(rows, () => 'i')!)));
    expect(html).toMatch(/<table class="report-table"[^>]*><tbody><tr[^>]*><th colspan="2"><p>项目<\/p><\/th><\/tr><tr[^>]*><td><p>甲<\/p><\/td><td><p>乙&lt;丙<\/p><\/td><\/tr><\/tbody><\/table>/);
    expect(html).toContain('border-collapse: collapse');
  });
});

describe('tables from an import source', () => {
  const line = (text: string, n: number) => ({ text, line: n });
  it('a table line is a block of its own between paragraphs, in the body and in the annex', () => {
    const cells = [[{ paragraphs: ['指标'], colspan: 1, rowspan: 1 }, { paragraphs: ['目标'], colspan: 1, rowspan: 1 }]];
    const { doc: d } = importParagraphs([
      line('政府工作报告', 1),
      line('各位代表：', 2),
      line('一、今年工作安排', 3),
      line('主要指标如下', 4),
      { text: '', line: 5, table: cells },
      line('全面完成各项任务。', 6),
      line('附件', 7),
      line('主要指标', 8),
      { text: '', line: 9, table: cells },
    ]);
    const partNode = d.child(2);
    expect(partNode.type.name).toBe('part');
    expect([...Array(partNode.childCount).keys()].map((i) => partNode.child(i).type.name)).toEqual(['partHeading', 'paragraph', 'table', 'paragraph']);
    const annexNode = d.lastChild!;
    expect(annexNode.type.name).toBe('annex');
    expect(annexNode.lastChild!.type.name).toBe('table');
    expect(tableData(annexNode.lastChild!)).toEqual(cells);
  });
});
