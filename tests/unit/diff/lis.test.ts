import { describe, expect, it } from 'vitest';
import { heaviestChain } from '../../../src/core/diff/lis.js';

const pairs = (list: [number, number, number][]) => list.map(([o, n, weight]) => ({ old: o, new: n, weight }));

describe('heaviestChain', () => {
  it('keeps every pair of an unchanged order', () => {
    expect([...heaviestChain(pairs([[0, 0, 1], [1, 1, 1], [2, 2, 1]]), 3)].sort()).toEqual([0, 1, 2]);
  });

  it('leaves out the light block that jumped over heavy ones', () => {
    // old A(10) B(10) C(1) → new C A B: C moved, not A and B.
    const chain = heaviestChain(pairs([[0, 1, 10], [1, 2, 10], [2, 0, 1]]), 3);
    expect([...chain].sort()).toEqual([0, 1]);
  });

  it('prefers weight over count', () => {
    // old A(1) B(1) C(50) → new C A B: the two light blocks are the ones that moved.
    const chain = heaviestChain(pairs([[0, 1, 1], [1, 2, 1], [2, 0, 50]]), 3);
    expect([...chain]).toEqual([2]);
  });
});
