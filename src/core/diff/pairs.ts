/**
 * The one-to-one matching of old units to new units that the alignment
 * steps build up, and the small rules every step shares.
 */
import type { Unit } from './blocks.js';

export class Pairs {
  readonly oldTo: Int32Array;
  readonly newTo: Int32Array;
  /** Similarity of each old unit's pair when the step that made it knew it (NaN otherwise). */
  readonly sim: Float64Array;

  constructor(oldSize: number, newSize: number) {
    this.oldTo = new Int32Array(oldSize).fill(-1);
    this.newTo = new Int32Array(newSize).fill(-1);
    this.sim = new Float64Array(oldSize).fill(NaN);
  }

  add(oldIndex: number, newIndex: number, sim = NaN): void {
    this.oldTo[oldIndex] = newIndex;
    this.newTo[newIndex] = oldIndex;
    this.sim[oldIndex] = sim;
  }

  remove(oldIndex: number): void {
    const n = this.oldTo[oldIndex];
    if (n >= 0) this.newTo[n] = -1;
    this.oldTo[oldIndex] = -1;
  }

  /** Every pair as [old, new], by old index. */
  list(): [number, number][] {
    const out: [number, number][] = [];
    this.oldTo.forEach((n, o) => {
      if (n >= 0) out.push([o, n]);
    });
    return out;
  }
}

/** Old blocks matched with new ones: one to one, or one to several (split), or several to one (merge). */
export interface Link {
  old: number[];
  new: number[];
  /** Out of order: the blocks moved. */
  moved: boolean;
}

/** For every old and new unit, the index of its link in `links`, or -1. */
export function linkIndex(oldSize: number, newSize: number, links: Link[]): { oldLink: Int32Array; newLink: Int32Array } {
  const oldLink = new Int32Array(oldSize).fill(-1);
  const newLink = new Int32Array(newSize).fill(-1);
  links.forEach((link, i) => {
    for (const o of link.old) oldLink[o] = i;
    for (const n of link.new) newLink[n] = i;
  });
  return { oldLink, newLink };
}

/** Only blocks of one type match: a paragraph never pairs with a heading. */
export function canPair(a: Unit, b: Unit): boolean {
  return a.node === b.node;
}

/** A clock that says when the time budget is spent; `spent` stays true once it is. */
export class Budget {
  spent = false;
  private readonly deadline: number;

  constructor(ms: number) {
    this.deadline = Date.now() + ms;
  }

  over(): boolean {
    if (!this.spent && Date.now() > this.deadline) this.spent = true;
    return this.spent;
  }
}
