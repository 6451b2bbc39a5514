/**
 * A paragraph split in two, or two merged into one, must not read as one
 * paragraph deleted and two inserted. After pairing, a matched old paragraph
 * takes in the unmatched new paragraphs right next to its partner (a split)
 * as long as the joined text is clearly more like it; and the other way round
 * for a merge. The result is one link from one old block to several new ones,
 * or from several old blocks to one new one.
 */
import type { Unit } from './blocks.js';
import type { Link, Pairs } from './pairs.js';
import { bigrams, dice } from './similarity.js';

/** Least similarity of the joined text, and how much better than the single partner it must be. */
const JOINED = 0.7;
const BETTER_BY = 0.05;

const joined = (units: Unit[], indices: number[]): string => indices.map((i) => units[i].text).join('');

/**
 * Grow one side of a link with free neighbours while that makes the two sides
 * more alike. `side` is the list to grow, `units` its draft, `free` whether a
 * unit of it is still unmatched, `other` the fixed side's text.
 */
function grow(side: number[], units: Unit[], free: (i: number) => boolean, other: string): void {
  const hasFreeNeighbour = (side[0] > 0 && free(side[0] - 1)) || (side[side.length - 1] + 1 < units.length && free(side[side.length - 1] + 1));
  if (!hasFreeNeighbour) return;
  const target = bigrams(other);
  let sim = dice(bigrams(joined(units, side)), target);
  for (let changed = true; changed; ) {
    changed = false;
    const first = side[0];
    const last = side[side.length - 1];
    const tries: number[][] = [];
    if (last + 1 < units.length && free(last + 1)) tries.push([...side, last + 1]);
    if (first > 0 && free(first - 1)) tries.push([first - 1, ...side]);
    for (const t of tries) {
      if (units[t[0]].node !== 'paragraph' || units[t[t.length - 1]].node !== 'paragraph') continue;
      const s = dice(bigrams(joined(units, t)), target);
      if (s >= JOINED && s > sim + BETTER_BY) {
        side.splice(0, side.length, ...t);
        sim = s;
        changed = true;
        break;
      }
    }
  }
}

/** Links for every pair; paragraphs that differ grow into splits or merges. */
export function linksWithSplitsAndMerges(a: Unit[], b: Unit[], pairs: Pairs): Link[] {
  const links: Link[] = [];
  const oldTaken = new Uint8Array(a.length);
  const newTaken = new Uint8Array(b.length);
  for (const [o, n] of pairs.list()) {
    oldTaken[o] = 1;
    newTaken[n] = 1;
  }
  for (const [o, n] of pairs.list()) {
    const link: Link = { old: [o], new: [n], moved: false };
    if (a[o].node === 'paragraph' && a[o].text !== b[n].text) {
      grow(link.new, b, (i) => !newTaken[i], a[o].text);
      if (link.new.length === 1) grow(link.old, a, (i) => !oldTaken[i], b[n].text);
      for (const i of link.new) newTaken[i] = 1;
      for (const i of link.old) oldTaken[i] = 1;
    }
    links.push(link);
  }
  return links;
}
