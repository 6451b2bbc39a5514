/**
 * Import benchmark: a 100k-character report (the real report repeated) through
 * the text importer, against opening the same document from its .caogao JSON
 * without validation (JSON.parse) in the same run. Goal: import under 100 ms.
 * Run: npx tsx tests/bench/import.bench.ts
 */
import { importText } from '../../src/core/import/text.js';
import { serializeCaogao } from '../../src/core/format/caogaoFile.js';
import { readRealReport } from '../support/corpus.js';
import { measure, ms } from './measure.js';

const real = readRealReport();
const repeats = Math.ceil(100_000 / real.length);
const source = Array.from({ length: repeats }, () => real).join('\n');
const chars = source.replace(/\s/g, '').length;

const imported = measure(() => importText(source), 21);
const json = serializeCaogao({ doc: importText(source).doc, versions: [], settings: {} });
const baseline = measure(() => JSON.parse(json), 21);

console.log(`import: ${chars} characters (the real report ×${repeats}), median of ${imported.runs} runs`);
console.log(`  importText             ${ms(imported.median)}  (min ${ms(imported.min)}, max ${ms(imported.max)})`);
console.log(`  baseline JSON.parse    ${ms(baseline.median)}  of the same document as .caogao (${(json.length / 1024).toFixed(0)} KiB)`);
console.log(`  ratio                  ${(imported.median / baseline.median).toFixed(2)}× the baseline; goal < 100 ms: ${imported.median < 100 ? 'met' : 'NOT met'}`);
