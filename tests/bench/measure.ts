/**
 * Small helpers for benchmarks: run a function several times after a warm-up
 * and report the median, so one noisy run on a shared machine does not decide.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Time `fn` `runs` times after `warmup` untimed calls; milliseconds. */
export function measure(fn: () => unknown, runs = 15, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), min: times[0], max: times[times.length - 1], runs };
}

export const ms = (n: number): string => `${n.toFixed(2)} ms`;
