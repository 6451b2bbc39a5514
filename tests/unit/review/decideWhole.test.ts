/**
 * Deciding suggestions that cover a whole part, section or entry: accepting
 * a section struck whole removes the section (not an empty heading), and
 * rejecting a section inserted whole removes it; a heading whose text alone
 * is struck while its body stays is left empty in place. Each decision is one
 * transaction.
 */
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { acceptAll, acceptByAuthor, acceptSuggestion, rejectAll, rejectSuggestion } from '../../../src/core/review/index.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { annex, del, doc, entry, ins, p, part, pm, resetIds, section } from '../../support/builder.js';
import { newP, newSection, struckP, struckPart, struckSection } from './support/marked.js';

const trOf = (d: ReturnType<typeof doc>) => EditorState.create({ doc: d }).tr;
const headings = (d: ReturnType<typeof doc>, type: string) => {
  const out: string[] = [];
  d.descendants((node) => {
    if (node.type.name === type) out.push(node.firstChild!.textContent);
    return !node.isTextblock;
  });
  return out;
};

describe('deciding a whole part, section or entry', () => {
  it('accepting a section struck from its heading to its last paragraph removes the section', () => {
    resetIds();
    const d = doc(part('安排', section('稳增长', p('文。')), struckSection('旧举措', struckP('旧举措文。'), struckP('其二。')), section('惠民生')));
    const tr = acceptSuggestion(trOf(d), 'd1');
    tr.doc.check();
    expect(headings(tr.doc, 'section')).toEqual(['稳增长', '惠民生']);
    // One transaction: its steps undo together.
    expect(tr.steps.length).toBeGreaterThan(0);
    let back = tr.doc;
    for (let i = tr.steps.length - 1; i >= 0; i--) back = tr.steps[i].invert(tr.docs[i]).apply(back).doc!;
    expect(back.eq(d)).toBe(true);
  });

  it('rejecting a section inserted whole removes it, and accepting it keeps it unmarked', () => {
    resetIds();
    const d = doc(part('安排', section('稳增长'), newSection('新举措', newP('新举措文。'))));
    const rejected = rejectSuggestion(trOf(d), 'i1').doc;
    rejected.check();
    expect(headings(rejected, 'section')).toEqual(['稳增长']);
    const accepted = acceptSuggestion(trOf(d), 'i1').doc;
    expect(headings(accepted, 'section')).toEqual(['稳增长', '新举措']);
    expect(accepted.textContent).toContain('新举措文。');
  });

  it('removes a part struck whole as one block, its sections with it', () => {
    resetIds();
    const d = doc(p('前言。'), struckPart('回顾', struckSection('甲', struckP('甲文。'))), part('安排', section('乙')));
    const tr = acceptAll(trOf(d));
    tr.doc.check();
    expect(headings(tr.doc, 'part')).toEqual(['安排']);
    expect(tr.doc.textContent).toBe('政府工作报告前言。安排乙');
  });

  it('leaves a heading whose text alone is struck empty in place, with its body', () => {
    resetIds();
    const d = doc(part('安排', struckSection('旧举措', p('仍然保留的正文。')), section('惠民生')));
    const tr = acceptAll(trOf(d));
    expect(headings(tr.doc, 'section')).toEqual(['', '惠民生']);
    expect(tr.doc.textContent).toContain('仍然保留的正文。');
  });

  it('keeps a section when only one reviewer’s deletion is accepted and another’s text in it stays', () => {
    resetIds();
    const mixed = s.node('section', { id: 'x' }, [s.node('sectionHeading', { id: 'xh' }, [del('旧举措', '甲', 'd1')]), pm(del('旧文', '甲', 'd1'), ins('新文', '乙', 'i9'))]);
    const d = doc(part('安排', mixed, section('惠民生')));
    const tr = acceptByAuthor(trOf(d), '甲');
    expect(headings(tr.doc, 'section')).toEqual(['', '惠民生']);
    expect(tr.doc.textContent).toContain('新文');
    // Accepting all keeps 乙's insertion, so the section stays; rejecting all brings the heading back.
    const both = acceptAll(trOf(d));
    expect(headings(both.doc, 'section')).toEqual(['', '惠民生']);
    const none = rejectAll(trOf(d));
    expect(headings(none.doc, 'section')).toEqual(['旧举措', '惠民生']);
  });

  it('removes a glossary entry struck whole, and keeps the annex valid', () => {
    resetIds();
    const struck = s.node('glossaryEntry', { id: 'g' }, [s.node('glossaryTerm', { id: 'gt' }, [del('六保')]), s.node('glossaryDefinition', { id: 'gd' }, [del('保居民就业。')])]);
    const d = doc(part('安排'), annex('名词解释', entry('六稳', '稳就业。'), struck));
    const tr = acceptAll(trOf(d));
    tr.doc.check();
    expect(tr.doc.textContent).not.toContain('六保');
    let entries = 0;
    tr.doc.descendants((node) => {
      if (node.type.name === 'glossaryEntry') entries += 1;
      return true;
    });
    expect(entries).toBe(1);
  });
});
