/**
 * Two unrelated reports: nothing is worth matching, so blocks are reported
 * deleted and inserted whole (whole parts at once), never as moves or as
 * word soup. How long it takes is measured in tests/bench/diff.bench.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/core/diff/index.js';
import { importText } from '../../../src/core/import/text.js';
import { render, revise, synthesize } from './support/synthetic.js';

const REAL = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');

describe('compare: unrelated reports', () => {
  it('reports the real report against an unrelated one as blocks replaced, with no moves', () => {
    const result = compareDocs(importText(REAL).doc, importText(render(synthesize(16_000, 3))).doc);
    expect(result.stats.move).toBe(0);
    expect(result.stats.modify).toBe(0);
    // Whole parts go at once: a handful of changes, not one per paragraph.
    expect(result.changes.filter((c) => c.node === 'part').length).toBeGreaterThan(0);
  });

  it('falls back to whole-block replacement for two large unrelated reports', () => {
    const result = compareDocs(importText(render(synthesize(100_000, 1))).doc, importText(render(synthesize(100_000, 2))).doc);
    expect(result.bounded).toBe(true);
    expect(result.stats.move).toBe(0);
    expect(result.changes.every((c) => c.kind === 'insert' || c.kind === 'delete' || c.whole || c.node.endsWith('Heading'))).toBe(true);
  });

  it('cuts only the similarity search when the time budget is spent at once', () => {
    const report = synthesize(30_000, 5);
    const { report: revised } = revise(report, 10, 9);
    const spent = compareDocs(importText(render(report)).doc, importText(render(revised)).doc, { budgetMs: -1 });
    // Unchanged blocks still match by text: a few changes, not one per block.
    expect(spent.changes.length).toBeLessThan(30);
    const unrelated = compareDocs(importText(REAL).doc, importText(render(synthesize(16_000, 3))).doc, { budgetMs: -1 });
    expect(unrelated.bounded).toBe(true);
  });
});
