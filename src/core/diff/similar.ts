/**
 * Edited blocks, matched by similarity wherever they are. Among the blocks
 * still unmatched, pairs of one type whose bigram similarity reaches SIMILAR
 * are candidates; candidates are taken best first, each block once. This
 * finds a paragraph edited in place as well as one edited and moved; which of
 * the two it is, the in-order chain decides later.
 *
 * Comparing every unmatched old block with every unmatched new one would be
 * quadratic in the number of edits, so candidates come from locality-
 * sensitive hashing: each text gets BANDS × ROWS min-hashes of its bigram
 * set, and two texts are compared only if all ROWS hashes of some band agree.
 * At the Jaccard similarity that Dice 0.8 implies (2/3) a pair is found with
 * probability 1 − (1 − (2/3)²)⁶ ≈ 0.97; unrelated paragraphs rarely meet.
 * The work is still capped, and the time budget checked, so two unrelated
 * reports cost little.
 */
import type { Unit } from './blocks.js';
import { canPair, type Budget, type Pairs } from './pairs.js';
import { dice, diceBound, type BigramCache } from './similarity.js';

export const SIMILAR = 0.8;
/** Shorter texts are too easily alike to be matched out of place. */
const MIN_LENGTH = 10;
const MAX_COMPARISONS = 100_000;
const BANDS = 6;
const ROWS = 2;
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

export interface Similarity {
  old: BigramCache;
  new: BigramCache;
}

function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The band keys of a text: its node type and ROWS min-hashes per band. */
function bandKeys(node: string, grams: Uint32Array): string[] {
  const mins = new Array<number>(SEEDS.length).fill(0xffffffff);
  for (let i = 0; i < grams.length; i++) {
    if (i > 0 && grams[i] === grams[i - 1]) continue;
    for (let s = 0; s < SEEDS.length; s++) {
      const h = mix(grams[i], SEEDS[s]);
      if (h < mins[s]) mins[s] = h;
    }
  }
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) keys.push(`${node}|${band}|${mins.slice(band * ROWS, band * ROWS + ROWS).join(',')}`);
  return keys;
}

/** Returns false when the cap or the budget cut the search short. */
export function pairBySimilarity(a: Unit[], b: Unit[], pairs: Pairs, grams: Similarity, budget: Budget): boolean {
  const buckets = new Map<string, number[]>();
  for (const n of b) {
    if (pairs.newTo[n.index] >= 0 || n.text.length < MIN_LENGTH) continue;
    for (const key of bandKeys(n.node, grams.new.get(n.index))) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(n.index);
      else buckets.set(key, [n.index]);
    }
  }
  const candidates: { o: number; n: number; sim: number }[] = [];
  let comparisons = 0;
  for (const o of a) {
    if (pairs.oldTo[o.index] >= 0 || o.text.length < MIN_LENGTH) continue;
    const tried = new Set<number>();
    for (const key of bandKeys(o.node, grams.old.get(o.index))) {
      for (const k of buckets.get(key) ?? []) {
        const n = b[k];
        if (tried.has(k) || !canPair(o, n) || diceBound(o.text.length, n.text.length) < SIMILAR) continue;
        tried.add(k);
        if (++comparisons > MAX_COMPARISONS || (comparisons % 1000 === 0 && budget.over())) return false;
        const sim = dice(grams.old.get(o.index), grams.new.get(k));
        if (sim >= SIMILAR) candidates.push({ o: o.index, n: k, sim });
      }
    }
  }
  candidates.sort((x, y) => y.sim - x.sim || x.o - y.o);
  for (const c of candidates) {
    if (pairs.oldTo[c.o] < 0 && pairs.newTo[c.n] < 0) pairs.add(c.o, c.n, c.sim);
  }
  return true;
}
