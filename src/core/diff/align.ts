/**
 * Block alignment: which block of the old draft became which block of the
 * new one. Structure is matched before any word is compared:
 *
 * 1. sure matches: by stable id when both drafts descend from one file, then
 *    by text that occurs once in each draft, then blocks edited in place
 *    between those (anchors.ts);
 * 2. edited blocks, by similarity wherever they are (similar.ts);
 * 3. the heaviest chain of matches in order in both drafts (lis.ts): matches
 *    outside it moved. A move is reported only when it is sure: a match by
 *    id, by unique text of some length, or by high similarity; other
 *    out-of-order matches are dropped, and their blocks go to step 4;
 * 4. the gaps between in-order matches, paired by similarity in order (gaps.ts);
 * 5. splits and merges grown from the pairs (splitMerge.ts).
 */
import type { FlatDoc } from './blocks.js';
import { descendFromOneFile, pairByIds, pairByUniqueText, pairEditsInPlace } from './anchors.js';
import { alignGaps } from './gaps.js';
import { heaviestChain, type WeightedPair } from './lis.js';
import { Budget, Pairs, type Link } from './pairs.js';
import { pairBySimilarity, type Similarity } from './similar.js';
import { BigramCache, dice } from './similarity.js';
import { linksWithSplitsAndMerges } from './splitMerge.js';

/** Least similarity for an edited block to count as moved. */
const MOVE_SIMILAR = 0.85;
/** Least length of a text matched out of order. */
const MOVE_MIN_LENGTH = 6;

export interface Alignment {
  links: Link[];
  matchedBy: 'id' | 'content';
  /** Whether a cap or the time budget cut the pairing short. */
  bounded: boolean;
}

export function align(a: FlatDoc, b: FlatDoc, budgetMs: number): Alignment {
  const budget = new Budget(budgetMs);
  const olds = a.units;
  const news = b.units;
  const pairs = new Pairs(olds.length, news.length);
  const matchedBy = descendFromOneFile(olds, news) ? 'id' : 'content';
  if (matchedBy === 'id') pairByIds(olds, news, pairs);
  const sure = new Set(pairs.list().map(([o]) => o));
  pairByUniqueText(olds, news, pairs);
  pairEditsInPlace(olds, news, pairs);
  const grams: Similarity = { old: new BigramCache((i) => olds[i].text), new: new BigramCache((i) => news[i].text) };
  let complete = pairBySimilarity(olds, news, pairs, grams, budget);

  const list = pairs.list();
  const weighted: WeightedPair[] = list.map(([o, n]) => {
    const known = pairs.sim[o];
    const sim = olds[o].text === news[n].text ? 1 : Number.isNaN(known) ? dice(grams.old.get(o), grams.new.get(n)) : known;
    return { old: o, new: n, weight: (olds[o].text.length + 1) * sim };
  });
  const inChain = heaviestChain(weighted, news.length);
  const moved = new Set<number>();
  const chain: [number, number][] = [];
  list.forEach(([o, n], i) => {
    if (inChain.has(i)) chain.push([o, n]);
    else if (sure.has(o) || (olds[o].text.length >= MOVE_MIN_LENGTH && weighted[i].weight >= MOVE_SIMILAR * (olds[o].text.length + 1))) moved.add(o);
    else pairs.remove(o);
  });
  chain.sort((x, y) => x[0] - y[0]);
  complete = alignGaps(olds, news, chain, pairs, grams, budget) && complete;

  const links = linksWithSplitsAndMerges(olds, news, pairs);
  for (const link of links) link.moved = link.old.some((o) => moved.has(o));
  return { links, matchedBy, bounded: !complete };
}
