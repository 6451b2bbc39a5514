import { describe, expect, it } from 'vitest';
import { paginate, sourceAt, type PageBlock } from '../../../src/core/export/pagination.js';
import { blockText, printableBlocks } from '../../../src/core/export/printable.js';
import { importText } from '../../../src/core/import/text.js';

const p = (lines: number, extra: Partial<PageBlock> = {}): PageBlock => ({ lines, ...extra });
const h = (lines = 1): PageBlock => ({ lines, keepWithNext: true });

describe('paginate: where printed pages begin', () => {
  it('puts 22 lines on a page and splits a long paragraph where the lines run out', () => {
    expect(paginate([p(10), p(20)])).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 12 },
    ]);
  });

  it('fills every page of a paragraph longer than two pages', () => {
    expect(paginate([p(50)])).toEqual([
      { block: 0, line: 0 },
      { block: 0, line: 22 },
      { block: 0, line: 44 },
    ]);
  });

  it('moves a paragraph whole when only one of its lines would stay at the bottom (orphans)', () => {
    expect(paginate([p(21), p(5)])).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 0 },
    ]);
  });

  it('breaks one line earlier when only one line would go to the next page (widows)', () => {
    expect(paginate([p(10), p(13)])).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 11 },
    ]);
  });

  it('keeps a heading with the paragraph that moves to the next page, and a heading above it', () => {
    expect(paginate([p(19), h(), h(), p(4)])).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 0 },
    ]);
  });

  it('leaves a heading where it is when the paragraph after it can split', () => {
    expect(paginate([p(18), h(), p(6)])).toEqual([
      { block: 0, line: 0 },
      { block: 2, line: 3 },
    ]);
  });

  it('starts the annex on a new page, however little of the page is used', () => {
    expect(paginate([p(3), p(1, { breakBefore: true }), p(2)])).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 0 },
    ]);
  });

  it('drops a margin at the top of a page and ends a page with one that does not fit', () => {
    // 21 lines, then a block with a blank line above: the blank line ends the page.
    expect(paginate([p(21, { marginAfter: 1 }), p(2, { marginBefore: 1 }), p(20)])).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 0 },
    ]);
  });

  it('breaks a block too long for any page where the lines run out even against the rules', () => {
    expect(paginate([p(23)])).toEqual([
      { block: 0, line: 0 },
      { block: 0, line: 21 },
    ]);
  });
});

describe('sourceAt: a printed character back in the document', () => {
  const HEAD = '政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、今年工作\n';
  const doc = importText(`${HEAD}（一）扩大内需。推动消费升级，扩大有效投资。\n（二）深化改革\n优化营商环境。\n`).doc;
  const blocks = printableBlocks(doc);
  const textOf = (id: string): string => {
    let text = '';
    doc.descendants((node) => {
      if (node.isTextblock && node.attrs.id === id) text = node.textContent;
      return !text;
    });
    return text;
  };
  const charAt = (where: { textblock: string; offset: number }) => textOf(where.textblock)[where.offset];

  it('finds a body character in its paragraph, after a run-in heading printed before it', () => {
    const block = blocks.find((b) => blockText(b).startsWith('（一）'))!;
    const at = blockText(block).indexOf('消费');
    expect(charAt(sourceAt(block, at))).toBe('消');
    expect(charAt(sourceAt(block, blockText(block).indexOf('内需')))).toBe('内');
  });

  it('takes a heading number the print adds for the heading’s first character', () => {
    const block = blocks.find((b) => blockText(b) === '（二）深化改革')!;
    expect(sourceAt(block, 0)).toEqual({ textblock: block.runs[0].source!.block, offset: 0 });
    expect(charAt(sourceAt(block, 0))).toBe('深');
    expect(charAt(sourceAt(block, 5))).toBe('改');
  });
});
