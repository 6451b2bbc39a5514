/**
 * Compare benchmark: `npx tsx tests/bench/diff.bench.ts`.
 *
 * 1. Two ~100k-character reports with ~100 edits (wording and figures,
 *    paragraphs inserted, deleted, moved, split and merged, sections moved),
 *    imported from text separately (the by-content path): compareDocs'
 *    median over several runs once V8 has optimised it (and the cold first
 *    run), against jsdiff `diffChars` on the two plain texts in the same run
 *    (the baseline; seconds, so run once).
 * 2. The same at ~1M characters with ~1000 edits: the cost per character
 *    should not grow.
 * 3. Two unrelated ~100k reports: must finish within 1 s (whole-block fallback).
 *
 * Reports are synthetic (tests/unit/diff/support/synthetic.ts): a Markov
 * chain trained on the real report, so every paragraph is different.
 *
 * Besides wall time it prints the process's CPU time per run, which other
 * processes on a shared machine disturb less, and the load average.
 */
import { loadavg } from 'node:os';
import { diffChars } from 'diff';
import type { Node as PMNode } from 'prosemirror-model';
import { compareDocs, type Comparison } from '../../src/core/diff/index.js';
import { importText } from '../../src/core/import/text.js';
import { docToText } from '../../src/core/plainText.js';
import { render, revise, synthesize } from '../unit/diff/support/synthetic.js';

function time<T>(run: () => T): { ms: number; cpu: number; result: T } {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpu: (cpu.user + cpu.system) / 1000, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Timing {
  median: number;
  min: number;
  cpu: number;
  first: number;
  /** Median of the warm-up runs, while V8 still optimises the code. */
  warming: number;
  result: Comparison;
}

/**
 * compareDocs timed `runs` times, after a cold first run and `warmup` runs
 * (recorded apart) that let V8's optimising compiler settle: the first ten
 * or so runs are two to four times slower than the steady state.
 */
function engine(a: PMNode, b: PMNode, runs: number, warmup: number): Timing {
  const first = time(() => compareDocs(a, b));
  const warm: number[] = [];
  for (let i = 0; i < warmup; i++) warm.push(time(() => compareDocs(a, b)).ms);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = time(() => compareDocs(a, b));
    wall.push(t.ms);
    cpu.push(t.cpu);
  }
  return { median: median(wall), min: Math.min(...wall), cpu: median(cpu), first: first.ms, warming: warm.length ? median(warm) : NaN, result: first.result };
}

function pair(chars: number, edits: number): { a: PMNode; b: PMNode; made: Record<string, number> } {
  const report = synthesize(chars, 1);
  const revised = revise(report, edits, 7);
  return { a: importText(render(report)).doc, b: importText(render(revised.report)).doc, made: revised.made };
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
const describe = (t: Timing, runs: number, warmup: number): string =>
  `median ${fmt(t.median)} wall, ${fmt(t.cpu)} CPU (min ${fmt(t.min)}) over ${runs} runs after ${warmup} warm-up runs; first cold run ${fmt(t.first)}` +
  (warmup ? `, warm-up median ${fmt(t.warming)}` : '');
const stats = (c: Comparison): string => Object.entries(c.stats).map(([k, v]) => `${k} ${v}`).join(', ');

function main(): void {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine`);
  const small = pair(100_000, 100);
  const smallChars = small.a.textContent.length;
  const e100 = engine(small.a, small.b, 15, 10);
  console.log(`100k pair: ${smallChars} / ${small.b.textContent.length} characters, edits made: ${JSON.stringify(small.made)}`);
  console.log(`  compareDocs: ${describe(e100, 15, 10)}`);
  console.log(`  changes found: ${stats(e100.result)}; bounded: ${e100.result.bounded}`);

  const texts = [docToText(small.a), docToText(small.b)];
  const base = time(() => diffChars(texts[0], texts[1]));
  console.log(
    `  jsdiff diffChars on the same pair (plain text, 1 run): ${fmt(base.ms)}; ${(base.ms / e100.median).toFixed(0)}× the engine's median, ${(base.ms / e100.first).toFixed(0)}× its cold run`,
  );

  const big = pair(1_000_000, 1000);
  const bigChars = big.a.textContent.length;
  const e1m = engine(big.a, big.b, 5, 3);
  console.log(`1M pair: ${bigChars} characters, ${Object.values(big.made).reduce((x, y) => x + y, 0)} edits`);
  console.log(`  compareDocs: ${describe(e1m, 5, 3)}; changes: ${stats(e1m.result)}`);
  const perChar100 = e100.median / smallChars;
  const perChar1m = e1m.median / bigChars;
  console.log(
    `  cost per character, 1M vs 100k: ${(perChar1m / perChar100).toFixed(2)} wall, ${(e1m.cpu / bigChars / (e100.cpu / smallChars)).toFixed(2)} CPU (1.00 = linear; size ratio ${(bigChars / smallChars).toFixed(1)})`,
  );

  const other = importText(render(synthesize(100_000, 2))).doc;
  const unrelated = engine(small.a, other, 5, 0);
  console.log(`unrelated 100k reports: ${describe(unrelated, 5, 0)}; changes: ${stats(unrelated.result)}; bounded: ${unrelated.result.bounded}`);
  const otherBig = importText(render(synthesize(1_000_000, 2))).doc;
  const unrelatedBig = engine(big.a, otherBig, 3, 0);
  console.log(`unrelated 1M reports: ${describe(unrelatedBig, 3, 0)}; bounded: ${unrelatedBig.result.bounded}`);
}

main();
