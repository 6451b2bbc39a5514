/**
 * Compare with tables: each row is a block, aligned and diffed like a
 * paragraph, so a changed cell shows as a modify of its row, an added row as
 * an insert, and accepting the change takes the other draft's row.
 */
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { compareDocs } from '../../../src/core/diff/index.js';
import { resolveChange } from '../../../src/core/diff/resolve.js';
import { reportSchema } from '../../../src/core/schema.js';
import { tableData } from '../../../src/core/table/tableData.js';
import { annex, doc, p, part, resetIds, table } from '../../support/builder.js';

const draft = (rows: string[][]) => {
  resetIds();
  return doc(part('今年安排', p('办好民生实事。')), annex('2026年民生实事', table(...rows)));
};

const base = [
  ['序号', '事项', '目标'],
  ['1', '城镇新增就业', '18万人以上'],
  ['2', '改造老旧小区', '120个'],
];

describe('comparing drafts with a table', () => {
  it('a changed cell is a modify of its row, with the figure as the changed span', () => {
    const edited = base.map((r) => [...r]);
    edited[1][2] = '20万人以上';
    const result = compareDocs(draft(base), draft(edited));
    const changes = result.changes.filter((c) => c.kind !== 'renumber');
    expect(changes).toHaveLength(1);
    expect(changes[0].kind).toBe('modify');
    expect(changes[0].node).toBe('tableRow');
    expect(changes[0].before).toBe('1｜城镇新增就业｜18万人以上');
    expect(changes[0].after).toBe('1｜城镇新增就业｜20万人以上');
    expect(changes[0].spans!.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['18万人以上', '20万人以上']);
  });

  it('an added row is one insert, and the rows around it are unchanged', () => {
    const added = [...base, ['3', '新建幼儿园', '30所']];
    const changes = compareDocs(draft(base), draft(added)).changes.filter((c) => c.kind !== 'renumber');
    expect(changes.map((c) => [c.kind, c.node, c.after])).toEqual([['insert', 'tableRow', '3｜新建幼儿园｜30所']]);
  });

  it('accepting a changed row takes the other draft’s cells into the current draft', () => {
    const edited = base.map((r) => [...r]);
    edited[2][1] = '改造城镇老旧小区';
    const old = draft(base);
    const neu = draft(edited);
    const comparison = compareDocs(old, neu, { matches: true });
    const change = comparison.changes.find((c) => c.kind === 'modify')!;
    const state = EditorState.create({ schema: reportSchema, doc: old });
    const resolution = resolveChange({ state, other: neu, current: 'old', comparison }, change, 'accept');
    expect(resolution.status).toBe('applied');
    if (resolution.status !== 'applied') return;
    const after = state.apply(resolution.tr).doc;
    const rows = tableData(after.lastChild!.lastChild!).map((r) => r.map((c) => c.paragraphs.join('')));
    expect(rows).toEqual(edited);
  });
});
