/**
 * Issue 12, item 5: 131,000 short lines under the 8 MB limit once hit
 * "Maximum call stack size exceeded" from array spreads in the importer. The
 * importer never builds a call's arguments from a document-sized array: each
 * shape of short line imports whole. (How long it takes is printed, not
 * asserted: speed belongs to the benchmarks.)
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';

const LINES = 131_000;

const shapes: [string, (i: number) => string][] = [
  ['a sentence a line', (i) => `第${i}行。`],
  ['a fragment a line (joined as a print)', (i) => `片段${i}`],
  ['a section heading a line', (i) => `（${['一', '二', '三'][i % 3]}）标题${i}`],
  ['a print read back with its indent (one paragraph of 131,000 lines)', (i) => (i === 0 ? '  开头' : `续行${i}`) + (i % 50 === 0 ? '\n\n  — 1 —' : '')],
  ['blocks separated by blank lines', (i) => `片段${i}\n`],
  ['an item a line under one part', (i) => (i === 0 ? '一、部分' : `${(i % 99) + 1}.条目${i}。正文。`)],
];

describe('131,000 short lines', () => {
  for (const [name, line] of shapes) {
    it(`import whole: ${name}`, { timeout: 60_000 }, () => {
      const text = Array.from({ length: LINES }, (_, i) => line(i)).join('\n');
      expect(new TextEncoder().encode(text).length).toBeLessThan(8 * 1024 * 1024);
      const start = performance.now();
      const { doc } = importText(text);
      const took = performance.now() - start;
      console.log(`${name}: ${(text.length / 1e6).toFixed(1)} M characters imported in ${took.toFixed(0)} ms`);
      // Nothing is lost: every character that is not a line break or a marker is in the document.
      expect(doc.textContent.length).toBeGreaterThan(text.length * 0.5);
    });
  }
});
