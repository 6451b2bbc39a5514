import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { findMatches } from '../../../src/renderer/commands/find.js';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { findNext, findPrev, findState, replaceAllMatches, replaceCurrent, setQuery } from '../../../src/renderer/editor/findPlugin.js';
import { annex, doc, entry, p, part, section } from '../../support/builder.js';
import { body, must } from './helpers.js';

const report = () =>
  doc(part('推进产业升级', section('产业行动', p('产业加快升级。产业园区扩容。'))), annex('名词解释', entry('产业链', '指……')));

describe('findMatches', () => {
  it('finds every occurrence across headings, paragraphs and the glossary, in order', () => {
    const d = report();
    const texts = findMatches(d, '产业').map((m) => d.textBetween(m.from, m.to));
    expect(texts).toEqual(['产业', '产业', '产业', '产业', '产业']);
  });

  it('does not find derived numbers, which are not text', () => {
    expect(findMatches(report(), '（一）')).toEqual([]);
  });

  it('ignores Latin case unless asked', () => {
    const d = doc(part('安排', p('GDP增长，gdp核算。')));
    expect(findMatches(d, 'gdp')).toHaveLength(2);
    expect(findMatches(d, 'gdp', { caseSensitive: true })).toHaveLength(1);
  });
});

describe('find and replace commands', () => {
  it('Ctrl+F then Enter selects the matches one after the other from the cursor, wrapping around', () => {
    let s = must(createReportState(report()), setQuery('产业'));
    expect(findState(s).matches).toHaveLength(5);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      s = must(s, findNext);
      seen.push(findState(s).current);
      expect(s.doc.textBetween(s.selection.from, s.selection.to)).toBe('产业');
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 0]);
    s = must(s, findPrev);
    expect(findState(s).current).toBe(4);
  });

  it('replaces the current match and moves to the next', () => {
    let s = must(createReportState(report()), setQuery('产业'));
    s = must(s, replaceCurrent('工业'));
    expect(body(s.doc).split('\n')[0]).toBe('一、推进工业升级');
    expect(findState(s).matches).toHaveLength(4);
    expect(s.doc.textBetween(s.selection.from, s.selection.to)).toBe('产业');
  });

  it('replaces all in one undoable step, keeping the lead mark', () => {
    const d = doc(part('安排', section('行动', p('产业加快。产业扩容。', { lead: true }))));
    const s = must(must(createReportState(d), setQuery('产业')), replaceAllMatches('工业'));
    expect(body(s.doc)).toContain('p [工业加快。]工业扩容。');
    expect(findState(s).matches).toHaveLength(0);
    expect(must(s, undo).doc.eq(d)).toBe(true);
  });

  it('updates the matches as the document changes', () => {
    let s = must(createReportState(report()), setQuery('产业'));
    s = s.apply(s.tr.insertText('产业', 1 + 1 + 1));
    expect(findState(s).matches).toHaveLength(6);
  });
});
