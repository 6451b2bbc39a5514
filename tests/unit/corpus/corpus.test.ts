/**
 * The real reports read as a careful reader annotated them
 * (tests/fixtures/corpus): structure, and no false alarm of a strict rule.
 * The year's summary targets are scored in targets.test.ts. `npm run corpus`
 * prints the same figures in full.
 */
import { describe, expect, it } from 'vitest';
import { corpusFigures, KNOWN_TRUE_FINDINGS } from '../../support/corpusFigures.js';

const figures = corpusFigures();

describe('the real reports', () => {
  it('are all annotated: the seed and the twenty provincial reports', () => {
    expect(figures.reports.length).toBe(21);
  });

  for (const r of figures.reports) {
    it(`${r.report.name}: structure exactly as annotated`, () => {
      expect(r.differences).toEqual([]);
    });
  }

  it('raise no finding of a strict rule that is not known to be true', () => {
    const alarms = figures.reports.flatMap((r) => r.falseFindings.map((f) => `${r.report.name} ${f.rule} ${f.path.join('')}: ${f.message.zh}`));
    expect(alarms).toEqual([]);
  });

  it('still have each finding known to be true', () => {
    for (const known of KNOWN_TRUE_FINDINGS) {
      const r = figures.reports.find((x) => x.report.name === known.report)!;
      expect(r.strict.some((f) => f.rule === known.rule && f.path.join('') === known.path), `${known.report} ${known.rule} ${known.path}`).toBe(true);
    }
  });

  it('the seed keeps its 3 parts of 5, 6 and 8 sections and 22 glossary entries', () => {
    const seed = figures.reports.find((r) => r.report.name.startsWith('jianghan'))!;
    expect(seed.report.annotation.parts.map((p) => p.sections.length)).toEqual([5, 6, 8]);
    expect(seed.report.annotation.glossary.terms).toHaveLength(22);
    expect(seed.differences).toEqual([]);
  });
});
