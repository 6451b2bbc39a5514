import { beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checks/index.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { annex, doc, entry, p, part, resetIds, section, item } from '../../support/builder.js';

const check = (d: ReturnType<typeof doc>) => runChecks(d, {}, { rules: ['count-mismatch'] });
const sections = (n: number) => Array.from({ length: n }, (_, i) => section(`实施第${i + 1}项提升行动`, p('正文。')));

describe('count-mismatch', () => {
  beforeEach(resetIds);

  it('accepts “八大提升行动” followed by eight sections', () => {
    const d = doc(part('2022年工作安排', p('我们将重点实施“八大提升行动”：'), ...sections(8)));
    expect(check(d)).toEqual([]);
  });

  it('reports “八大提升行动” followed by seven sections, on the phrase', () => {
    const d = doc(part('2022年工作安排', p('我们将重点实施“八大提升行动”：', { id: 'intro' }), ...sections(7)));
    const [f, ...rest] = check(d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'count-mismatch', severity: 'error', blockId: 'intro', text: '“八大提升行动”', path: ['一'] });
    expect(f.message.zh).toContain('应有8项，其后实际有7项');
  });

  it('counts 六个方面工作 against the sections that follow', () => {
    const ok = doc(part('未来五年总体安排', p('我们将着力抓好六个方面工作：'), ...sections(6)));
    const bad = doc(part('未来五年总体安排', p('我们将着力抓好六个方面工作：'), ...sections(5)));
    expect(check(ok)).toEqual([]);
    expect(check(bad).map((f) => f.text)).toEqual(['六个方面工作']);
  });

  it('counts a phrase in a heading against its sub-headings', () => {
    const d = doc(part('工作安排', section('实施三大工程', p('正文。'), item('第一项', p('甲。')), item('第二项', p('乙。')))));
    expect(check(d).map((f) => f.text)).toEqual(['三大工程']);
  });

  it('counts 一是……二是…… markers after the phrase in the same paragraph', () => {
    const ok = p('今年重点抓好三项任务：一是稳增长；二是促改革；三是惠民生。');
    const bad = p('今年重点抓好三项任务：一是稳增长；二是促改革。');
    expect(check(doc(part('工作安排', ok)))).toEqual([]);
    expect(check(doc(part('工作安排', bad))).map((f) => f.text)).toEqual(['三项任务']);
  });

  it('says nothing about a counted phrase that introduces no structure', () => {
    const d = doc(part('过去五年工作回顾', p('完成安全生产专项整治三项任务，实施八大提升行动。'), ...sections(2)));
    expect(check(d)).toEqual([]);
  });

  it('counts only the phrase the final colon introduces', () => {
    const other = doc(part('工作安排', p('打好三大攻坚战，重点做好以下工作：'), ...sections(8)));
    expect(check(other)).toEqual([]);
    const asFollows = doc(part('工作安排', p('实施“三大工程”，具体如下：'), ...sections(2)));
    expect(check(asFollows).map((f) => f.text)).toEqual(['“三大工程”']);
  });

  it('warns when a numeric glossary coinage lists another number of items', () => {
    const ok = annex('名词解释', entry('六稳', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。'));
    const bad = annex('名词解释', entry('六稳', '稳就业、稳金融、稳外贸、稳外资、稳投资。'));
    expect(check(doc(p('落实“六稳”。'), ok))).toEqual([]);
    const [f] = check(doc(p('落实“六稳”。'), bad));
    expect(f).toMatchObject({ severity: 'warning', text: '六稳' });
    expect(f.message.zh).toContain('释义列出了5项');
  });

  it('counts sentences that all begin with the coinage word (五个率先)', () => {
    const def = '率先试点甲。率先试点乙。率先设立丙。率先建成丁。';
    const [f] = check(doc(p('实现“五个率先”。'), annex('名词解释', entry('五个率先', def))));
    expect(f.message.zh).toContain('释义列出了4项');
  });

  it('leaves alone coinages whose definition shows no clear list', () => {
    const d = doc(
      p('深化“双减”，推进一事联办。'),
      annex('名词解释', entry('双减', '减轻义务教育阶段学生作业负担、校外培训负担。'), entry('一事联办', '跨部门联办，通过减材料方便办事。')),
    );
    expect(check(d)).toEqual([]);
  });

  it('counts a phrase that ends its paragraph with a 。 when the sentence looks ahead (重点做好十个方面工作。)', () => {
    const ok = doc(part('2026年重点工作', p('主要预期目标是：地区生产总值增长5%左右。重点做好三个方面工作。'), ...sections(3)));
    const bad = doc(part('2026年重点工作', p('主要预期目标是：地区生产总值增长5%左右。重点做好三个方面工作。'), ...sections(2)));
    expect(check(ok)).toEqual([]);
    expect(check(bad).map((f) => f.text)).toEqual(['三个方面工作']);
    const report = doc(part('今后五年', p('《纲要》细化了各项任务，这里重点报告三个方面。'), ...sections(2)));
    expect(check(report).map((f) => f.text)).toEqual(['三个方面']);
    const review = doc(part('工作回顾', p('一年来，主要抓了三个方面工作。'), ...sections(2)));
    expect(check(review).map((f) => f.text)).toEqual(['三个方面工作']);
    const goals = doc(part('今后五年', p('努力实现以下3个方面主要目标。'), ...sections(2)));
    expect(check(goals).map((f) => f.text)).toEqual(['3个方面主要目标']);
  });

  it('counts N件民生实事 against the items of the list annex that names them', () => {
    const list = (n: number) =>
      s.node('annex', { id: 'a1' }, [
        s.node('annexLabel', { id: 'l1' }, [s.text('附件')]),
        s.node('annexTitle', { id: 't1' }, [s.text('2026年民生实事')]),
        ...Array.from({ length: n }, (_, i) => s.node('annexItem', { id: `i${i}`, typed: i + 1 }, [s.text(`第${i + 1}件实事，新增就业1万人。`)])),
      ]);
    const body = part('工作', p('今年办好十件民生实事，详见附件。'));
    expect(check(doc(body, list(10)))).toEqual([]);
    expect(check(doc(part('工作', p('今年办好十件民生实事，详见附件。')), list(9))).map((f) => f.text)).toEqual(['十件民生实事']);
  });

  it('does not take the clauses of a definition sentence for the items of a coinage', () => {
    const d = doc(part('工作', p('推进五社联动。')), annex('名词解释', entry('五社联动', '以社区为核心平台，联动社会工作者、社区社会组织、社区志愿者、社区公益慈善资源的基层治理模式。')));
    expect(check(d)).toEqual([]);
  });
});
