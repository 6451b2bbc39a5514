/**
 * Numbering and outline follow the state a review view shows: the final state
 * (显示修订, 最终状态) leaves out a section deleted whole and reads titles
 * without deleted text; the original state (原始状态) leaves out a section
 * inserted whole and reads titles without inserted text. The numbers drawn in
 * the editor, the outline panel, `caogao outline` and the export of the final
 * state all agree.
 */
import { describe, expect, it } from 'vitest';
import { Transform } from 'prosemirror-transform';
import { collectNumbering, headingPath } from '../../../src/core/numbering.js';
import { outlineOf } from '../../../src/core/outline.js';
import { finalStateForReading, goesWhole, goneBlocks } from '../../../src/core/review/finalState.js';
import { finalDoc, originalDoc } from '../../../src/core/review/suggestions.js';
import { outlineLines } from '../../../src/renderer/panels/outlinePanel.js';
import { annex, del, doc, entry, p, part, pm, resetIds, section } from '../../support/builder.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { readFileSync } from 'node:fs';
import { runChecks } from '../../../src/core/checks/checker.js';
import { importText } from '../../../src/core/import/text.js';
import { deletionMark } from '../../../src/core/review/index.js';
import { newP, newSection, sectionWithStruck, struckP, struckPart, struckSection } from './support/marked.js';

const labels = (d: Parameters<typeof collectNumbering>[0], reading: 'final' | 'original') => collectNumbering(d, reading).map((n) => n.label);

const report = () => {
  resetIds();
  return doc(
    part('回顾', section('甲', p('甲文。'))),
    part(
      '安排',
      section('稳增长', p('稳增长文。')),
      struckSection('旧举措', struckP('旧举措文。')),
      newSection('新举措', newP('新举措文。')),
      sectionWithStruck('惠民生', '行动', p('惠民生文。')),
    ),
  );
};

describe('numbering under review', () => {
  it('in the final state does not count a section deleted whole, and counts one inserted whole', () => {
    expect(labels(report(), 'final')).toEqual(['一、', '（一）', '二、', '（一）', '（二）', '（三）']);
    const sections = collectNumbering(report(), 'final').filter((n) => n.level === 2).map((n) => n.node.firstChild!.textContent);
    expect(sections).toEqual(['甲', '稳增长', '新举措', '惠民生行动']);
  });

  it('in the original state does not count a section inserted whole, and counts one deleted whole', () => {
    const sections = collectNumbering(report(), 'original').filter((n) => n.level === 2).map((n) => [n.label, n.node.firstChild!.textContent]);
    expect(sections).toEqual([
      ['（一）', '甲'],
      ['（一）', '稳增长'],
      ['（二）', '旧举措'],
      ['（三）', '惠民生行动'],
    ]);
  });

  it('keeps numbering a section whose heading alone is deleted while its body stays', () => {
    resetIds();
    const d = doc(part('安排', struckSection('旧举措', p('仍然保留的正文。')), section('稳增长', p('文。'))));
    expect(goesWhole(d.child(1).child(1), 'final')).toBe(false);
    expect(labels(d, 'final')).toEqual(['一、', '（一）', '（二）']);
    // Its title reads empty: what accepting leaves.
    expect(outlineOf(d).parts[0].sections!.map((x) => [x.number, x.title])).toEqual([
      ['（一）', ''],
      ['（二）', '稳增长'],
    ]);
  });

  it('leaves out a part deleted whole with its sections, and a glossary entry deleted whole', () => {
    resetIds();
    const struckEntry = s.node('glossaryEntry', { id: 'g' }, [s.node('glossaryTerm', { id: 'gt' }, [del('六保')]), s.node('glossaryDefinition', { id: 'gd' }, [del('保居民就业。')])]);
    const d = doc(struckPart('回顾', struckSection('甲', struckP('甲文。'))), part('安排', section('乙')), annex('名词解释', entry('六稳', '稳就业。'), struckEntry, entry('双减', '减轻负担。')));
    expect(labels(d, 'final')).toEqual(['一、', '（一）', '1.', '2.']);
    expect(labels(d, 'original')).toEqual(['一、', '（一）', '二、', '（一）', '1.', '2.', '3.']);
    expect(goneBlocks(d, 'final').gone.map((g) => g.node.type.name)).toEqual(['part', 'glossaryEntry']);
    expect(outlineOf(d).glossary.map((g) => g.term)).toEqual(['六稳', '双减']);
    expect(outlineOf(d).annexes[0].entries).toBe(2);
  });

  it('gives a place after a section deleted whole the path it has in the final state', () => {
    const d = report();
    let pos = -1;
    d.descendants((node, at) => {
      if (node.isTextblock && node.textContent === '惠民生文。') pos = at + 1;
      return pos < 0;
    });
    expect(headingPath(d, pos)).toEqual(['二', '（三）']);
  });
});

describe('the outline under review', () => {
  it('reads titles without deleted text in the final state and without inserted text in the original one', () => {
    const final = outlineOf(report(), 'final').parts[1].sections!.map((x) => `${x.number}${x.title}`);
    expect(final).toEqual(['（一）稳增长', '（二）新举措', '（三）惠民生']);
    const original = outlineOf(report(), 'original').parts[1].sections!.map((x) => `${x.number}${x.title}`);
    expect(original).toEqual(['（一）稳增长', '（二）旧举措', '（三）惠民生行动']);
  });

  it('the panel lists the same lines as the numbers, in each reading', () => {
    const d = report();
    for (const reading of ['final', 'original'] as const) {
      const lines = outlineLines(d, reading).filter((l) => l.kind === 'heading');
      const numbers = collectNumbering(d, reading).filter((n) => n.level <= 3);
      expect(lines.map((l) => [l.id, l.label])).toEqual(numbers.map((n) => [n.node.attrs.id, n.label]));
    }
    expect(outlineLines(report(), 'final').map((l) => l.title)).not.toContain('旧举措');
    expect(outlineLines(report(), 'original').map((l) => l.title)).not.toContain('新举措');
  });
});

describe('every reader of the final state agrees', () => {
  /** Heading id → number. */
  const byId = (d: Parameters<typeof collectNumbering>[0], reading: 'final' | 'original' = 'final') => new Map(collectNumbering(d, reading).map((n) => [n.node.attrs.id as string, n.label]));

  it('the numbers drawn in the text are those of the exported final state and of the checks’ reading', () => {
    const d = report();
    const shown = byId(d);
    expect([...byId(finalDoc(d))]).toEqual([...shown]);
    expect([...byId(finalStateForReading(d))]).toEqual([...shown]);
    // And the original state's numbers are those of the document with every suggestion rejected.
    expect([...byId(originalDoc(d))]).toEqual([...byId(d, 'original')]);
  });

  it('caogao outline of the final state lists what the panel lists', () => {
    const d = report();
    const cli = outlineOf(finalDoc(d));
    const panel = outlineLines(d).filter((l) => l.level === 2);
    expect(cli.parts.flatMap((x) => x.sections!.map((y) => `${y.number}${y.title}`))).toEqual(panel.map((l) => `${l.label}${l.title}`));
  });

  it('a document without suggestions numbers as it always did', () => {
    resetIds();
    const d = doc(part('安排', section('甲', pm('正文。')), section('乙')));
    expect(finalStateForReading(d)).toBe(d);
    expect(labels(d, 'final')).toEqual(labels(d, 'original'));
    expect(goneBlocks(d, 'final')).toEqual({ gone: [], struckHeads: 0 });
    expect(new Transform(d).doc).toBe(d);
  });
});

describe('the checks of the final state', () => {
  const SOURCE = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');

  /** The real report (headings with the numbers typed at import) with the section whose title holds `title` struck whole. */
  function struckReport(title: string) {
    const d = importText(SOURCE).doc;
    let range: { from: number; to: number } | null = null;
    d.descendants((node, pos) => {
      if (range) return false;
      if (node.type.name === 'section' && node.firstChild!.textContent.includes(title)) range = { from: pos, to: pos + node.nodeSize };
      return !range;
    });
    const { from, to } = range!;
    return new Transform(d).addMark(from, to, deletionMark({ id: 'd1', author: '审稿人', date: '2026-12-04T10:00:00Z' })).doc;
  }

  it('count the sections that remain, and do not report the typed numbers after a struck section as skipped', () => {
    const before = runChecks(importText(SOURCE).doc).map((f) => f.rule);
    const findings = runChecks(finalStateForReading(struckReport('致力宜居宜业')));
    // The part announces 六个方面 and five sections remain: the final state's count is what the check reads.
    expect(findings.filter((f) => f.rule === 'count-mismatch').length).toBeGreaterThan(before.filter((r) => r === 'count-mismatch').length);
    // Accepting would renumber the sections after it (the editor drops their typed numbers): no skip to report.
    expect(findings.filter((f) => f.rule === 'numbering-sequence')).toEqual([]);
    expect(before.filter((r) => r === 'numbering-sequence')).toEqual([]);
  });
});
