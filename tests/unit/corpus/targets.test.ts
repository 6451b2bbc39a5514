/**
 * The year's summary targets of the real reports against their hand
 * annotations (tests/fixtures/corpus): each report imported as a user would,
 * its targets extracted, and those of the summary scored by
 * scoreSummaryTargets. Issue 11 asks recall ≥ 0.95 and precision ≥ 0.98.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';
import { extractTargets, qualitativeTargets } from '../../../src/core/targets/extract.js';
import { corpusReports, scoreSummaryTargets, type TargetScore } from '../../support/annotations.js';

const reports = corpusReports().map((report) => {
  const { doc } = importText(report.text);
  return { report, score: scoreSummaryTargets(report, extractTargets(doc)), qualitative: qualitativeTargets(doc).map((q) => q.text) };
});

const total = (f: (s: TargetScore) => number): number => reports.reduce((n, r) => n + f(r.score), 0);
const found = total((s) => s.found);
const recall = found / Math.max(1, total((s) => s.annotated));
const precision = found / Math.max(1, total((s) => s.extracted));

describe('summary targets of the real reports', () => {
  it('are found with recall ≥ 0.95 and precision ≥ 0.98', () => {
    const misses = reports.flatMap((r) => [
      ...r.score.missed.map((m) => `${r.report.name} missed ${m.indicator}${m.verb}${m.value}${m.unit}${m.qualifier}`),
      ...r.score.extra.map((e) => `${r.report.name} extra ${e.indicatorText}${e.text}`),
    ]);
    console.log(
      `summary targets: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} (${found} found of ${total((s) => s.annotated)} annotated, ${total((s) => s.extracted)} extracted, ${reports.length} reports)`,
    );
    for (const m of misses) console.log(`  ${m}`);
    expect(reports.length).toBeGreaterThan(0);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('list every annotated target without a figure as qualitative, never as a number', () => {
    const qualitative = reports.reduce((n, r) => n + r.report.annotation.summary.qualitative.length, 0);
    const listed = reports.reduce((n, r) => n + r.report.annotation.summary.qualitative.filter((q) => r.qualitative.includes(q)).length, 0);
    console.log(`qualitative summary targets: ${listed} of ${qualitative} listed`);
    expect(listed / Math.max(1, qualitative)).toBeGreaterThanOrEqual(0.9);
  });
});
