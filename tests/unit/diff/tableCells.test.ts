/**
 * A changed table row in the comparison: compare reads the row as one block
 * (cells joined by ｜); the view and the exports cut its spans back into
 * cells, so each change stands in its own cell.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/core/diff/index.js';
import { splitCells } from '../../../src/core/diff/redlineTable.js';
import { annex, doc, p, part, section, table } from '../../support/builder.js';

const report = (target: string, unit: string) =>
  doc(part('今年工作安排', section('主要目标', p('主要预期目标如下。'))), annex('主要指标', table(['指标', '目标', '单位'], ['地区生产总值', target, unit])));

describe('a changed table row in the comparison', () => {
  it('is one row whose spans cut into its cells, each change in its cell', () => {
    const rows = compareDocs(report('增长5%左右', '%'), report('增长5.5%左右', '%'), { rows: true }).rows!;
    const changed = rows.filter((r) => r.kind !== 'same');
    expect(changed).toHaveLength(1);
    expect(changed[0].new!.node).toBe('tableRow');
    const cells = splitCells(changed[0].spans!);
    // A figure with its qualifier is one token (5%左右), so it is deleted and inserted whole.
    expect(cells.map((c) => c.map((s) => s.text).join(''))).toEqual(['地区生产总值', '增长5%左右5.5%左右', '%']);
    expect(cells[0].every((s) => s.op === 'equal')).toBe(true);
    expect(cells[1].filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '5%左右' },
      { op: 'insert', text: '5.5%左右' },
    ]);
  });

  it('keeps a cell emptied by the change as an empty cell, so the columns stay in place', () => {
    const rows = compareDocs(report('增长5%左右', '%'), report('增长5%左右', ''), { rows: true }).rows!;
    const changed = rows.find((r) => r.kind !== 'same')!;
    const shownInNew = changed.spans!.filter((s) => s.op !== 'delete');
    expect(splitCells(shownInNew).map((c) => c.map((s) => s.text).join(''))).toEqual(['地区生产总值', '增长5%左右', '']);
  });
});
