/**
 * Command-line start-up benchmark: `caogao outline` and `caogao check` of the
 * real report, each run as a user runs it (a new `node bin/caogao.mjs`
 * process), through the built command line (out/main/cli.js) against the
 * named baseline, the same command from the TypeScript sources through tsx
 * (CAOGAO_FROM_SOURCES=1), in the same run. Runs alternate between the two so
 * that a busy moment of a shared machine hits both. Builds first
 * (electron-vite build) when the build is missing or older than the sources,
 * and stops if the built command line or any chunk it loads imports electron.
 * Run: npm run bench -- cli
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { entryFor } from '../../bin/entry.mjs';
import { buildApp } from '../support/buildApp.js';
import { REAL_REPORT_PATH, repoRoot } from '../support/corpus.js';
import { percentile } from './measure.js';

const RUNS = 9;
const BIN = join(repoRoot, 'bin/caogao.mjs');

function ensureBuilt(): void {
  if (entryFor(repoRoot).kind === 'built') return;
  console.log('building (electron-vite build): the build is missing or older than the sources');
  buildApp();
  if (entryFor(repoRoot).kind !== 'built') throw new Error('electron-vite build left no current out/main/cli.js');
}

/** Every package the built command line imports, statically or on demand, through its chunks. */
function packagesOfBuild(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^import\s[^;]*?from\s*|^import\s*|\bimport\()"([^"]+)"/gm)) {
    if (spec.startsWith('.')) packagesOfBuild(resolve(dirname(file), spec), seen, packages);
    else packages.add(spec);
  }
  return packages;
}

/** One `caogao` process; its wall time in ms and its stdout (exit 0, or 1 for a check with errors). */
function run(args: string[], fromSources: boolean): { ms: number; stdout: string } {
  const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', CAOGAO_FROM_SOURCES: fromSources ? '1' : '' };
  const start = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`caogao ${args.join(' ')} → ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const median = (times: number[]): number => percentile([...times].sort((a, b) => a - b), 50);
const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;

ensureBuilt();
const packages = packagesOfBuild(join(repoRoot, 'out/main/cli.js'));
if ([...packages].some((p) => p === 'electron' || p.startsWith('electron/'))) throw new Error('out/main/cli.js loads electron');
console.log(`out/main/cli.js and its chunks import no electron (${[...packages].filter((p) => !p.startsWith('node:')).join(', ')})`);
const nodeAlone: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  nodeAlone.push(performance.now() - start);
}

console.log(`caogao start-up on the real report, median of ${RUNS} runs each (one warm-up), new process per run`);
for (const command of ['outline', 'check']) {
  const args = [command, REAL_REPORT_PATH];
  const warmBuilt = run(args, false);
  const warmSources = run(args, true);
  // The same output both ways, or the comparison means nothing.
  if (warmBuilt.stdout !== warmSources.stdout) throw new Error(`caogao ${command}: the build and the sources print different output`);
  const built: number[] = [];
  const sources: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    built.push(run(args, false).ms);
    sources.push(run(args, true).ms);
  }
  const b = median(built);
  const t = median(sources);
  console.log(`  caogao ${command.padEnd(8)} built ${s(b)} (min ${s(Math.min(...built))})  baseline tsx ${s(t)} (min ${s(Math.min(...sources))})  ratio ${(b / t).toFixed(2)}× the baseline (${(t / b).toFixed(1)}× faster)`);
}
console.log(`  node -e 0 alone        ${s(median(nodeAlone))} (the floor of any command)`);
