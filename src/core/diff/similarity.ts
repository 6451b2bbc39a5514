/**
 * How alike two block texts are: the Dice coefficient over their character
 * bigrams (2·shared / total). Bigrams suit Chinese, where most words are two
 * characters, and need no segmentation, so they are cheap enough to compare
 * many candidate pairs. A text's bigrams are kept as a sorted array of
 * numbers, so two texts compare in one merge pass.
 */

export function bigrams(text: string): Uint32Array {
  if (text.length < 2) {
    const single = new Uint32Array(text.length);
    if (text.length) single[0] = text.charCodeAt(0);
    return single;
  }
  const out = new Uint32Array(text.length - 1);
  for (let i = 0; i < out.length; i++) out[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  return out.sort();
}

/** Dice coefficient of two sorted bigram arrays, 0 (nothing shared) to 1 (the same multiset). */
export function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / total;
}

/** The highest Dice two texts of these lengths could reach: a cheap filter before `dice`. */
export function diceBound(lengthA: number, lengthB: number): number {
  const a = Math.max(lengthA - 1, 1);
  const b = Math.max(lengthB - 1, 1);
  return (2 * Math.min(a, b)) / (a + b);
}

/** Bigram arrays of a list of texts, computed on first use. */
export class BigramCache {
  private readonly cache = new Map<number, Uint32Array>();

  constructor(private readonly texts: (index: number) => string) {}

  get(index: number): Uint32Array {
    let grams = this.cache.get(index);
    if (!grams) {
      grams = bigrams(this.texts(index));
      this.cache.set(index, grams);
    }
    return grams;
  }
}
