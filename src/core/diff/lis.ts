/**
 * Which matched pairs stay in order. Given pairs (old index, new index) with
 * weights, find the heaviest chain increasing in both indices; the pairs left
 * out of it are the ones that moved. Weighting by text length means that when
 * a short section is moved past long ones, the short section is reported as
 * moved, not everything it jumped over.
 *
 * O(n log n): pairs sorted by old index, a Fenwick tree over new indices
 * holding the best chain ending below each new index.
 */

export interface WeightedPair {
  old: number;
  new: number;
  weight: number;
}

/** Indices (into `pairs`) of the heaviest in-order chain. `newSize` bounds the new indices. */
export function heaviestChain(pairs: WeightedPair[], newSize: number): Set<number> {
  const order = pairs.map((_, i) => i).sort((a, b) => pairs[a].old - pairs[b].old);
  const treeBest = new Float64Array(newSize + 1);
  const treeAt = new Int32Array(newSize + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const prev = new Int32Array(pairs.length).fill(-1);

  const query = (k: number): number => {
    // best chain ending at a new index < k (1-based tree positions 1..k)
    let value = 0;
    let at = -1;
    for (let i = k; i > 0; i -= i & -i) {
      if (treeBest[i] > value) {
        value = treeBest[i];
        at = treeAt[i];
      }
    }
    return at;
  };
  const update = (k: number, value: number, at: number): void => {
    for (let i = k + 1; i <= newSize; i += i & -i) {
      if (value > treeBest[i]) {
        treeBest[i] = value;
        treeAt[i] = at;
      }
    }
  };

  for (const i of order) {
    const before = query(pairs[i].new);
    best[i] = pairs[i].weight + (before >= 0 ? best[before] : 0);
    prev[i] = before;
    update(pairs[i].new, best[i], i);
  }
  let end = -1;
  for (let i = 0; i < pairs.length; i++) if (end < 0 || best[i] > best[end]) end = i;
  const chain = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]) chain.add(i);
  return chain;
}
