import { undo } from 'prosemirror-history';
import { beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checks/index.js';
import { quickFixTransaction } from '../../../src/renderer/checks/applyQuickFix.js';
import { reportPlugins } from '../../../src/renderer/editor/createState.js';
import { annex, doc, entry, p, part, resetIds, section, summary } from '../../support/builder.js';
import { body, lines, stateOf } from '../editor/helpers.js';

const check = (d: ReturnType<typeof doc>) => runChecks(d, {}, { rules: ['typed-marker'] });

const report = (text: string) =>
  doc(part('重点工作', summary('主要预期目标是：地区生产总值增长5%。'), section('稳增长', p('扩大内需。'), p(text, { id: 'typed' }))), annex('名词解释', entry('六稳', '稳就业。')));

describe('typed-marker', () => {
  beforeEach(resetIds);

  it('reports a body paragraph that opens with a heading marker, at the marker', () => {
    for (const [text, marker] of [
      ['（九）推进改革。深化改革。', '（九）'],
      ['一、总体要求', '一、'],
      ['1.新增就业2万人。', '1.'],
      ['（1）稳外贸。', '（1）'],
    ]) {
      const [f, ...rest] = check(report(text));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ rule: 'typed-marker', severity: 'warning', blockId: 'typed', from: 0, to: marker.length, text: marker });
    }
  });

  it('never reports a decimal, a marker inside the text, a heading, the summary or the annex', () => {
    expect(check(report('1.7万人实现就业。'))).toEqual([]);
    expect(check(report('全年（九）项任务。'))).toEqual([]);
    expect(check(report('第一、坚持改革。'))).toEqual([]);
    const d = doc(part('（一）重点', summary('（一）主要预期目标是：地区生产总值增长5%。'), p('正文。')), annex('名词解释', entry('1.六稳', '（1）稳就业。')));
    expect(check(d)).toEqual([]);
  });

  it('its fix makes the paragraph a heading of the marker’s level without the marker, numbered by its place, in one undo step', () => {
    const d = report('（九）推进改革。');
    const [f] = check(d);
    expect(f.fix!.label.zh).toBe('设为二级标题，删去“（九）”');
    const state = stateOf(d, reportPlugins());
    const fixed = state.apply(quickFixTransaction(state, f.fix!));
    expect(body(fixed.doc)).toContain(
      lines(`
        一、重点工作
          p 主要预期目标是：地区生产总值增长5%。 (主要预期目标)
          （一）稳增长
            p 扩大内需。
          （二）推进改革。
        annexLabel 附件
      `),
    );
    expect(check(fixed.doc)).toEqual([]);
    let back = fixed;
    undo(fixed, (tr) => (back = fixed.apply(tr)));
    expect(back.doc.eq(d)).toBe(true);
  });

  it('an item’s fix takes the spaces after the marker too', () => {
    const d = report('1. 新增就业');
    const state = stateOf(d, reportPlugins());
    const fixed = state.apply(quickFixTransaction(state, check(d)[0].fix!));
    expect(body(fixed.doc)).toContain('    1.新增就业\n');
  });
});
