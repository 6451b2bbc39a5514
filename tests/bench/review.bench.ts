/**
 * Review benchmark (issue 14): a 100k-character report with 200 comments (批注,
 * a third of them answered) and 500 suggestions (修订, by three reviewers)
 * must open (parse + validate, comments included) and save (serialize) in
 * under 1.5× the times of the same report without them. Baseline in the same
 * run: the same report, unmarked and without comments. The marks and comment
 * ranges are spread over the report by a seeded generator.
 *
 * Two measures each: the core alone (parseCaogao of the text, serializeCaogao
 * of the file) and what the user waits for, from and to the disk (loadDocument:
 * read and parse; saveCaogao: serialize, write a temp file, fsync, rename).
 * Run: npx tsx tests/bench/review.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCaogao, serializeCaogao, type CaogaoFile } from '../../src/core/format/caogaoFile.js';
import { importText } from '../../src/core/import/text.js';
import { listSuggestions } from '../../src/core/review/index.js';
import { loadDocument } from '../../src/node/documents.js';
import { saveCaogao } from '../../src/node/save.js';
import { longReport } from '../support/corpus.js';
import { markUp } from '../support/reviewLoad.js';
import { measure, ms } from './measure.js';

const COMMENTS = 200;
const SUGGESTIONS = 500;

const { doc } = importText(longReport(100_000).text);
const chars = doc.textContent.length;

const { doc: marked, comments } = markUp(doc, { comments: COMMENTS, suggestions: SUGGESTIONS });

const plain: CaogaoFile = { doc, versions: [], settings: {} };
const reviewed: CaogaoFile = { doc: marked, versions: [], settings: {}, comments };
const plainText = serializeCaogao(plain);
const reviewedText = serializeCaogao(reviewed);
const suggestions = listSuggestions(parseCaogao(reviewedText).doc).length;

// The two files are timed in alternating rounds, so that warming up and the machine's load weigh on both alike.
// Opening takes about a dozen runs before V8 has compiled it (140 ms the first times, 2–5 ms after): warm up well.
const warmup = 15;
const runs = 15;
const rounds = 3;
const medians = { openPlain: [] as number[], openReviewed: [] as number[], savePlain: [] as number[], saveReviewed: [] as number[] };
for (let round = 0; round < rounds; round++) {
  medians.openPlain.push(measure(() => parseCaogao(plainText, 'bench.caogao'), runs, warmup).median);
  medians.openReviewed.push(measure(() => parseCaogao(reviewedText, 'bench.caogao'), runs, warmup).median);
  medians.savePlain.push(measure(() => serializeCaogao(plain), runs, warmup).median);
  medians.saveReviewed.push(measure(() => serializeCaogao(reviewed), runs, warmup).median);
}
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const openPlain = { median: mid(medians.openPlain) };
const openReviewed = { median: mid(medians.openReviewed) };
const savePlain = { median: mid(medians.savePlain) };
const saveReviewed = { median: mid(medians.saveReviewed) };

const ratio = (a: number, b: number) => a / b;
const openRatio = ratio(openReviewed.median, openPlain.median);
const saveRatio = ratio(saveReviewed.median, savePlain.median);
console.log(
  `review: a ${chars}-character report with ${comments.length} comments and ${suggestions} suggestions (${(reviewedText.length / 1024).toFixed(0)} KiB; ${(plainText.length / 1024).toFixed(0)} KiB without), median of ${rounds} rounds of ${runs} runs each`,
);
console.log(`  core open (parseCaogao)        with review ${ms(openReviewed.median)}   without ${ms(openPlain.median)}   ratio ${openRatio.toFixed(2)}×`);
console.log(`  core save (serializeCaogao)    with review ${ms(saveReviewed.median)}   without ${ms(savePlain.median)}   ratio ${saveRatio.toFixed(2)}×`);

/** Median of `runs` timed calls of an async function after `warm` untimed ones. */
async function measureAsync(fn: () => Promise<unknown>, runs: number, warm: number): Promise<number> {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return mid(times);
}

const dir = mkdtempSync(join(tmpdir(), 'caogao-review-bench-'));
const plainPath = join(dir, 'plain.caogao');
const reviewedPath = join(dir, 'reviewed.caogao');
await saveCaogao(plainPath, plain);
await saveCaogao(reviewedPath, reviewed);
const disk = { openPlain: [] as number[], openReviewed: [] as number[], savePlain: [] as number[], saveReviewed: [] as number[] };
for (let round = 0; round < rounds; round++) {
  disk.openPlain.push(await measureAsync(() => loadDocument(plainPath), runs, warmup));
  disk.openReviewed.push(await measureAsync(() => loadDocument(reviewedPath), runs, warmup));
  disk.savePlain.push(await measureAsync(() => saveCaogao(plainPath, plain), runs, 3));
  disk.saveReviewed.push(await measureAsync(() => saveCaogao(reviewedPath, reviewed), runs, 3));
}
rmSync(dir, { recursive: true, force: true });
const diskOpen = ratio(mid(disk.openReviewed), mid(disk.openPlain));
const diskSave = ratio(mid(disk.saveReviewed), mid(disk.savePlain));
console.log(`  open from disk (loadDocument)  with ${ms(mid(disk.openReviewed))}   without ${ms(mid(disk.openPlain))}   ratio ${diskOpen.toFixed(2)}×`);
console.log(`  save to disk (saveCaogao)      with ${ms(mid(disk.saveReviewed))}   without ${ms(mid(disk.savePlain))}   ratio ${diskSave.toFixed(2)}×`);
console.log(`  goal < 1.5×: core open ${openRatio < 1.5 ? 'met' : 'NOT met'}, core save ${saveRatio < 1.5 ? 'met' : 'NOT met'}, disk open ${diskOpen < 1.5 ? 'met' : 'NOT met'}, disk save ${diskSave < 1.5 ? 'met' : 'NOT met'}`);
