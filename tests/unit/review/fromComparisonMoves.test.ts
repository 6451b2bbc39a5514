/**
 * Moves of a comparison turned into suggestions (review/fromComparison.ts):
 * a moved block is struck where it stands and inserted where the other
 * draft has it, by the other draft's author; blocks that compare moved
 * together across a container's edge are placed run by run.
 */
import { readFileSync } from 'node:fs';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDocs, normalizeLayout } from '../../../src/core/diff/index.js';
import { importText } from '../../../src/core/import/text.js';
import { acceptAll, listSuggestions, rejectAll, suggestionsFromComparison } from '../../../src/core/review/index.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { findText, moveBlock, viaText } from '../diff/support/edits.js';

const SOURCE = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
const report = importText(SOURCE).doc;
const BY = { author: '区发改局', date: '2026-03-01T08:00:00.000Z' };

/** Each section of a part as its heading and the starts of its paragraphs, e.g. "致力宜居宜业…: 坚持全域…". */
function sections(doc: PMNode, part: number): string[] {
  const out: string[] = [];
  doc.child(part).forEach((sec) => {
    if (sec.type.name !== 'section') return;
    const texts: string[] = [];
    sec.forEach((b) => texts.push(normalizeLayout(b.textContent).slice(0, 6)));
    out.push(texts.join(' '));
  });
  return out;
}

/** The index of the part whose heading holds `text`. */
function partIndex(doc: PMNode, text: string): number {
  let at = -1;
  doc.forEach((node, _, i) => {
    if (node.type.name === 'part' && node.firstChild!.textContent.includes(text)) at = i;
  });
  return at;
}

describe('moves turned into suggestions', () => {
  // The other draft moved the paragraph of （三） up into （二）, before its paragraph: compare reads that as
  // the paragraph of （二） and the heading of （三） moved together, two blocks of two containers.
  const other = moveBlock(report, '坚持全域中央活动区建设理念', '构建创新全要素');

  it('compare moves a run that spans two containers here', () => {
    const move = compareDocs(other, report, { matches: true }).changes.filter((c) => c.kind === 'move');
    expect(move).toHaveLength(1);
    expect(move[0].oldIds).toHaveLength(2);
  });

  for (const [name, theirs] of [['by id', other], ['by content', viaText(other)]] as const) {
    it(`places each run of the move as struck here and inserted there, nothing left out (${name})`, () => {
      const { tr, unplaced, unmoved } = suggestionsFromComparison(new Transform(report), theirs, BY);
      expect([unplaced, unmoved]).toEqual([0, 0]);
      const list = listSuggestions(tr.doc);
      expect(list.every((s) => s.author === BY.author)).toBe(true);
      expect(list.map((s) => s.kind)).toContain('delete');
      expect(list.map((s) => s.kind)).toContain('insert');
      const part = partIndex(report, '未来五年总体安排');
      // Rejecting gives the current draft back, block for block.
      expect(sections(rejectAll(new Transform(tr.doc)).doc, part)).toEqual(sections(report, part));
      // Accepting keeps every text of the other draft's part (before: the two moved blocks were struck and never inserted).
      const accepted = acceptAll(new Transform(tr.doc)).doc;
      const words = (d: PMNode) => sections(d, part).join(' ').split(' ').filter(Boolean).sort();
      expect(words(accepted)).toEqual(words(theirs));
    });
  }
});

/** Each non-empty textblock as its type and text, in order: `partHeading:致力宜居宜业…`. */
function typedTexts(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock && node.textContent) out.push(`${node.type.name}:${normalizeLayout(node.textContent)}`);
    return !node.isTextblock;
  });
  return out;
}

/** The section whose heading holds `text` made a part of its own, right after the part that held it (its heading re-levelled, its paragraphs with it). */
function promoted(doc: PMNode, text: string): PMNode {
  const $h = doc.resolve(findText(doc, text).pos);
  const section = $h.parent;
  const body: PMNode[] = [];
  section.forEach((child, _, i) => {
    if (i > 0) body.push(child);
  });
  const heading = section.firstChild!;
  const part = s.node('part', { id: section.attrs.id }, [s.node('partHeading', { id: heading.attrs.id }, heading.content), ...body]);
  const from = $h.before();
  return new Transform(doc).insert($h.after($h.depth - 1), part).delete(from, from + section.nodeSize).doc;
}

describe('a section made a part', () => {
  const other = promoted(report, '致力宜居宜业');

  for (const [name, theirs] of [['by id', other], ['by content', viaText(other)]] as const) {
    it(`accepting gives the other draft block for block, its new part holding the paragraph that moved with it (${name})`, () => {
      const { tr, unplaced, unmoved } = suggestionsFromComparison(new Transform(report), theirs, BY);
      expect([unplaced, unmoved]).toEqual([0, 0]);
      expect(typedTexts(acceptAll(new Transform(tr.doc)).doc)).toEqual(typedTexts(theirs));
      expect(typedTexts(rejectAll(new Transform(tr.doc)).doc)).toEqual(typedTexts(report));
    });
  }
});

/** The non-empty textblocks' texts, in order. */
function texts(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock && normalizeLayout(node.textContent)) out.push(normalizeLayout(node.textContent));
    return !node.isTextblock;
  });
  return out;
}

function paragraphs(doc: PMNode): { pos: number; node: PMNode }[] {
  const out: { pos: number; node: PMNode }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph' && node.textContent) out.push({ pos, node });
    return !node.isTextblock;
  });
  return out;
}

describe('any paragraph moved anywhere', () => {
  it('accepting everything keeps each text of the other draft once (a move left in place counts in unmoved), rejecting gives the current draft', () => {
    const all = paragraphs(report);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.boolean(), (a, b, byContent) => {
        const [moving, before] = [all[a % all.length], all[b % all.length]];
        if (moving.pos === before.pos) return;
        const tr0 = new Transform(report).delete(moving.pos, moving.pos + moving.node.nodeSize);
        const moved = tr0.insert(tr0.mapping.map(before.pos), moving.node).doc;
        const theirs = byContent ? viaText(moved) : moved;
        const { tr, unplaced } = suggestionsFromComparison(new Transform(report), theirs, BY);
        expect(unplaced).toBe(0);
        expect([...texts(acceptAll(new Transform(tr.doc)).doc)].sort()).toEqual([...texts(theirs)].sort());
        expect(texts(rejectAll(new Transform(tr.doc)).doc)).toEqual(texts(report));
      }),
      { numRuns: Number(process.env.RUNS ?? 300), seed: process.env.RUNS ? undefined : 7 },
    );
  });
});
