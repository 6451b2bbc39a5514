/**
 * Between two consecutive in-order matches lies a gap: some old blocks and
 * some new blocks, none matched yet. Inside a gap blocks are paired in order
 * by similarity with a small dynamic programme (the alignment that maximises
 * the total of similarity × length over the pairs it makes), which catches
 * the rewritten paragraphs the sure steps left over. A gap of one old and one
 * new block of the same type is a block rewritten in place, paired on weaker
 * evidence.
 *
 * A gap too big for the programme (two unrelated reports are one big gap) is
 * left unpaired: its blocks are reported deleted and inserted whole.
 */
import type { Unit } from './blocks.js';
import { canPair, type Budget, type Pairs } from './pairs.js';
import { dice, diceBound } from './similarity.js';
import type { Similarity } from './similar.js';

/** Least similarity for a pair inside a gap. */
const IN_GAP = 0.4;
/** Least similarity for the single old and new block of a gap (headings pair regardless). */
const ALONE_IN_GAP = 0.15;
const MAX_CELLS = 40_000;

function alignOne(olds: Unit[], news: Unit[], grams: Similarity, pairs: Pairs): void {
  const m = olds.length;
  const n = news.length;
  const score = (i: number, k: number): number => {
    const a = olds[i];
    const b = news[k];
    if (!canPair(a, b) || diceBound(a.text.length, b.text.length) < IN_GAP) return -1;
    const sim = dice(grams.old.get(a.index), grams.new.get(b.index));
    return sim >= IN_GAP ? sim * (a.text.length + b.text.length) : -1;
  };
  const width = n + 1;
  const best = new Float64Array((m + 1) * width);
  const step = new Uint8Array((m + 1) * width); // 1 skip old, 2 skip new, 3 pair
  for (let i = 1; i <= m; i++) step[i * width] = 1;
  for (let k = 1; k <= n; k++) step[k] = 2;
  for (let i = 1; i <= m; i++) {
    for (let k = 1; k <= n; k++) {
      const at = i * width + k;
      let value = best[at - width];
      let how = 1;
      if (best[at - 1] > value) {
        value = best[at - 1];
        how = 2;
      }
      const s = score(i - 1, k - 1);
      if (s >= 0 && best[at - width - 1] + s > value) {
        value = best[at - width - 1] + s;
        how = 3;
      }
      best[at] = value;
      step[at] = how;
    }
  }
  for (let i = m, k = n; i > 0 || k > 0; ) {
    const how = step[i * width + k];
    if (how === 3) pairs.add(olds[--i].index, news[--k].index);
    else if (how === 1) i--;
    else k--;
  }
}

function alignAlone(a: Unit, b: Unit, grams: Similarity, pairs: Pairs): void {
  if (!canPair(a, b)) return;
  if (a.heads >= 0 || dice(grams.old.get(a.index), grams.new.get(b.index)) >= ALONE_IN_GAP) pairs.add(a.index, b.index);
}

/**
 * Pair blocks inside every gap between the in-order matches `chain` (sorted,
 * as [old, new]). Returns false when a gap was too big or the budget ran out.
 */
export function alignGaps(a: Unit[], b: Unit[], chain: [number, number][], pairs: Pairs, grams: Similarity, budget: Budget): boolean {
  let complete = true;
  const bounds: [number, number][] = [[-1, -1], ...chain, [a.length, b.length]];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const [o0, n0] = bounds[g];
    const [o1, n1] = bounds[g + 1];
    if (o1 - o0 < 2 || n1 - n0 < 2) continue;
    const olds = a.slice(o0 + 1, o1).filter((u) => pairs.oldTo[u.index] < 0);
    const news = b.slice(n0 + 1, n1).filter((u) => pairs.newTo[u.index] < 0);
    if (!olds.length || !news.length) continue;
    if (olds.length === 1 && news.length === 1) alignAlone(olds[0], news[0], grams, pairs);
    else if (olds.length * news.length > MAX_CELLS || budget.over()) complete = false;
    else alignOne(olds, news, grams, pairs);
  }
  return complete;
}
