import { describe, expect, it } from 'vitest';
import { reportSchema as s } from '../../../src/core/schema.js';
import { collectNumbering, headingPath } from '../../../src/core/numbering.js';
import { annex, doc, entry, item, p, part, section, subitem } from '../../support/builder.js';

describe('report schema', () => {
  it('accepts the skeleton of a report', () => {
    expect(() =>
      doc(part('过去一年工作回顾', p('总述。'), section('稳增长', p('正文。'), item('标题', p('内容。'), subitem('细目', p('…')))), p('各位代表！')), annex('名词解释', entry('六稳', '稳就业'))),
    ).not.toThrow();
  });

  it('rejects a section outside a part', () => {
    const sectionNode = section('孤立的小节', p('正文。'));
    expect(() => s.node('doc', null, [s.node('title'), sectionNode]).check()).toThrow();
  });

  it('rejects an item directly in a part and a part inside a section', () => {
    expect(() => s.node('part', null, [s.node('partHeading'), item('条目')]).check()).toThrow();
    expect(() => s.node('section', null, [s.node('sectionHeading'), part('部分')]).check()).toThrow();
  });

  it('rejects a second title and a heading outside its container', () => {
    expect(() => s.node('doc', null, [s.node('title'), s.node('title')]).check()).toThrow();
    expect(() => s.node('doc', null, [s.node('title'), s.node('partHeading')]).check()).toThrow();
  });

  it('gives every block an id attribute', () => {
    for (const name of ['paragraph', 'part', 'partHeading', 'section', 'glossaryEntry', 'title', 'annex']) {
      expect(s.nodes[name].spec.attrs).toHaveProperty('id');
    }
  });
});

describe('derived numbering', () => {
  const d = doc(
    part('一部分', section('甲', p('a')), section('乙', item('条', p('x')), item('条', subitem('细', p('y')), subitem('细')))),
    part('二部分', section('丙')),
    annex('名词解释', entry('术语一', '释义'), entry('术语二', '释义')),
  );

  it('numbers each level within its parent', () => {
    const labels = collectNumbering(d).map((n) => n.label);
    expect(labels).toEqual(['一、', '（一）', '（二）', '1.', '2.', '（1）', '（2）', '二、', '（一）', '1.', '2.']);
  });

  it('gives the heading path of a block', () => {
    const numbered = collectNumbering(d);
    const sub = numbered.find((n) => n.label === '（2）')!;
    expect(sub.path).toEqual(['一', '（二）', '2.', '（2）']);
    expect(headingPath(d, sub.pos + 2)).toEqual(['一', '（二）', '2.', '（2）']);
    const third = numbered.find((n) => n.path.join('') === '二（一）')!;
    expect(headingPath(d, third.pos + 2)).toEqual(['二', '（一）']);
  });

  it('renumbers when a section is removed', () => {
    const first = collectNumbering(d).find((n) => n.label === '（一）')!;
    const without = d.replace(first.pos, first.pos + first.node.nodeSize, s.nodes.doc.create().slice(0, 0));
    const labels = collectNumbering(without).filter((n) => n.level === 2).map((n) => n.label);
    expect(labels).toEqual(['（一）', '（一）']);
  });
});
