/**
 * Corpus benchmark: import, check and outline of all 21 real reports (the seed
 * and the twenty provincial reports) in one process, as `caogao check` of the
 * whole corpus does, against importText alone of the same reports in the same
 * run. Goal: the whole corpus under 1 s.
 * Run: npm run bench -- corpus
 */
import { runChecks } from '../../src/core/checks/index.js';
import { importText } from '../../src/core/import/text.js';
import { outlineOf } from '../../src/core/outline.js';
import { corpusReports } from '../support/annotations.js';
import { measure, ms } from './measure.js';

const texts = corpusReports().map((r) => r.text);
const chars = texts.reduce((n, t) => n + t.replace(/\s/g, '').length, 0);

const whole = measure(() => {
  for (const text of texts) {
    const { doc } = importText(text);
    runChecks(doc);
    outlineOf(doc);
  }
}, 7, 1);
const baseline = measure(() => {
  for (const text of texts) importText(text);
}, 7, 1);

console.log(`corpus: ${texts.length} reports, ${chars.toLocaleString('en')} characters, median of ${whole.runs} runs`);
console.log(`  import + check + outline   ${ms(whole.median)}  (min ${ms(whole.min)}, max ${ms(whole.max)})`);
console.log(`  baseline importText alone  ${ms(baseline.median)}`);
console.log(`  ratio                      ${(whole.median / baseline.median).toFixed(2)}× the baseline; goal < 1 s: ${whole.median < 1000 ? 'met' : 'NOT met'}`);
