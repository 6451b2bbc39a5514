/**
 * A comparison turned into suggestions (review/fromComparison.ts): accepting
 * them all gives the other draft, rejecting them all gives the current one.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { normalizeLayout } from '../../../src/core/diff/index.js';
import { importText } from '../../../src/core/import/text.js';
import { acceptAll, listSuggestions, rejectAll, suggestionsFromComparison } from '../../../src/core/review/index.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { deleteBlock, insertParagraphAfter, moveBlock, replaceText, splitParagraph, viaText } from '../diff/support/edits.js';

const SOURCE = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
const report = importText(SOURCE).doc;
const BY = { author: '区发改局', date: '2026-03-01T08:00:00.000Z' };

/** The texts of the non-empty textblocks in order (an emptied heading or glossary term left behind reads as nothing). */
function blockTexts(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      const text = normalizeLayout(node.textContent);
      if (text) out.push(text);
    }
    return !node.isTextblock;
  });
  return out;
}

function convert(cur: PMNode, other: PMNode) {
  return suggestionsFromComparison(new Transform(cur), other, BY);
}

/** Textblock positions of a doc. */
function textblocks(doc: PMNode): { pos: number; node: PMNode }[] {
  const out: { pos: number; node: PMNode }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent) out.push({ pos, node });
    return !node.isTextblock;
  });
  return out;
}

type Edit = { kind: 'replace' | 'delete' | 'insert' | 'move' | 'split'; a: number; b: number; c: number; text: string };

/** One random edit as a reviewer makes it: text replaced, a paragraph (or a heading's section) deleted, inserted, moved or split. */
function applyEdit(doc: PMNode, e: Edit): PMNode {
  const blocks = textblocks(doc);
  const target = blocks[e.a % blocks.length];
  const text = target.node.textContent;
  const probe = text.slice(0, Math.min(text.length, 12));
  try {
    switch (e.kind) {
      case 'replace': {
        const from = e.b % text.length;
        const to = Math.min(text.length, from + (e.c % 8));
        return new Transform(doc).replaceWith(target.pos + 1 + from, target.pos + 1 + to, e.text ? s.text(e.text) : []).doc;
      }
      case 'delete':
        return blocks.length > 20 ? deleteBlock(doc, probe) : doc;
      case 'insert':
        return target.node.type.name === 'paragraph' ? insertParagraphAfter(doc, probe, `${e.text}新增段落${e.b}。`) : doc;
      case 'move': {
        // A paragraph before another paragraph, or a heading's part/section before another of its kind.
        const before = blocks[e.b % blocks.length];
        if (target.node.type !== before.node.type || target.pos === before.pos) return doc;
        const whole = (b: { pos: number; node: PMNode }) => {
          if (b.node.type.name === 'paragraph') return { pos: b.pos, size: b.node.nodeSize };
          const $pos = doc.resolve(b.pos);
          return { pos: $pos.before(), size: $pos.parent.nodeSize };
        };
        const from = whole(target);
        const to = whole(before);
        if (to.pos > from.pos && to.pos < from.pos + from.size) return doc;
        const moving = doc.slice(from.pos, from.pos + from.size).content;
        const tr = new Transform(doc).delete(from.pos, from.pos + from.size);
        return tr.insert(tr.mapping.map(to.pos), moving).doc;
      }
      case 'split':
        return text.length > 4 && target.node.type.name === 'paragraph' ? splitParagraph(doc, text.slice(2 + (e.b % (text.length - 3)), 3 + (e.b % (text.length - 3)))) : doc;
    }
  } catch {
    // An edit the schema refuses (a section's heading moved among paragraphs): skip it.
    return doc;
  }
}

const edit = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'insert', 'move', 'split'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.constantFrom('', '增长7%左右', '稳步', '持续深化', '，'),
}) as fc.Arbitrary<Edit>;

describe('a comparison turned into suggestions', () => {
  it('marks text only the other draft has as inserted and text only the current draft has as deleted, by the other draft’s author', () => {
    const other = replaceText(report, '地区生产总值增长7.5%左右', '地区生产总值增长7%左右');
    const { tr, suggestions, unplaced } = convert(report, other);
    expect(unplaced).toBe(0);
    const list = listSuggestions(tr.doc);
    expect(suggestions).toBe(list.length);
    // The other draft's figure first, inserted; the current one after it, struck.
    expect(list.map((x) => [x.kind, x.text, x.author, x.date])).toEqual([
      ['insert', '7%左右', BY.author, BY.date],
      ['delete', '7.5%左右', BY.author, BY.date],
    ]);
  });

  it('makes nothing when the drafts read the same', () => {
    const { tr, suggestions } = convert(report, viaText(report));
    expect(suggestions).toBe(0);
    expect(tr.docChanged).toBe(false);
  });

  it('inserts a paragraph and a section only the other draft has where they stand there, and marks deleted ones', () => {
    let other = insertParagraphAfter(report, '构建碧水蓝天生态空间', '构建安全韧性城市空间。完善城市防洪排涝体系。');
    other = deleteBlock(other, '基层治理与时俱进。');
    other = moveBlock(other, '实施民生福祉提升行动', '实施产业质效提升行动');
    const { tr, unplaced } = convert(report, other);
    expect(unplaced).toBe(0);
    const kinds = listSuggestions(tr.doc).map((x) => x.kind);
    expect(kinds).toContain('insert');
    expect(kinds).toContain('delete');
    expect(blockTexts(acceptAll(new Transform(tr.doc)).doc)).toEqual(blockTexts(other));
    expect(blockTexts(rejectAll(new Transform(tr.doc)).doc)).toEqual(blockTexts(report));
  });

  it('accepting all gives the other draft and rejecting all the current one, over random edits of a real report (by id and by content)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), (edits, byContent, otherIsEdited) => {
        const edited = edits.reduce(applyEdit, report);
        const [cur, other0] = otherIsEdited ? [report, edited] : [edited, report];
        const other = byContent ? viaText(other0) : other0;
        const { tr, unplaced } = convert(cur, other);
        expect(unplaced).toBe(0);
        expect(blockTexts(acceptAll(new Transform(tr.doc)).doc)).toEqual(blockTexts(other));
        expect(blockTexts(rejectAll(new Transform(tr.doc)).doc)).toEqual(blockTexts(cur));
      }),
      { numRuns: Number(process.env.RUNS ?? 100), seed: process.env.RUNS ? undefined : 14 },
    );
  });
});
