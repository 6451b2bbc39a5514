/**
 * Work kept off the typing path: it runs a while after the last change, not
 * while an input method composes, and with a longest wait it runs during long
 * typing without a pause too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/renderer/util/schedule.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Call `d` every `every` ms for `total` ms; returns the times (ms from the start) at which the task ran. */
function typeFor(total: number, every: number, make: (task: () => void) => () => void): number[] {
  const start = Date.now();
  const runs: number[] = [];
  const d = make(() => runs.push(Date.now() - start));
  for (let t = 0; t < total; t += every) {
    d();
    vi.advanceTimersByTime(every);
  }
  return runs;
}

describe('debounce', () => {
  it('runs once, a while after the last call', () => {
    const runs = typeFor(3000, 100, (task) => debounce(task, 1000));
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1000);
    // The last call was at 2,900 ms.
    expect(runs).toEqual([3900]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('with a longest wait, runs during calls that never pause, every maxWait', () => {
    const runs = typeFor(25_000, 100, (task) => debounce(task, 1000, () => false, 10_000));
    expect(runs).toEqual([10_000, 20_000]);
  });

  it('never runs while busy, and runs once the business is over', () => {
    let composing = true;
    const task = vi.fn();
    const d = debounce(task, 1000, () => composing, 2000);
    for (let i = 0; i < 50; i++) {
      d();
      vi.advanceTimersByTime(100);
    }
    expect(task).not.toHaveBeenCalled();
    composing = false;
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending task now, cancel drops it', () => {
    const task = vi.fn();
    const d = debounce(task, 1000);
    d();
    d.flush();
    expect(task).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
