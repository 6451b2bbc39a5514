import { describe, expect, it } from 'vitest';
import { paginate, type PageBlock } from '../../../src/core/export/pagination.js';

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
