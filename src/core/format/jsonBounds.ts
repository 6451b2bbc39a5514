/**
 * How deep and how large a parsed JSON value is, measured without recursion.
 *
 * JSON.parse builds a value nested 100,000 deep without complaint, but
 * everything after it that recurses (JSON.stringify, structuredClone, zod,
 * ProseMirror's nodeFromJSON) overflows the stack on it. So a value read from
 * a file is measured first, with an explicit stack, and the walk stops as
 * soon as a limit is passed: measuring costs at most the limits, never the
 * whole hostile value.
 */

export interface JsonLimits {
  /** Deepest nesting of objects and arrays; the value itself, if an object or array, is depth 1. */
  depth: number;
  /** Largest size, in characters of its JSON text (close to bytes for ASCII; a Chinese character counts 1). */
  size: number;
}

export type JsonBoundsResult = { ok: true; size: number } | { ok: false; exceeded: 'depth' | 'size'; size: number };

function primitiveSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  return 4; // null (undefined does not occur in parsed JSON)
}

/** Walk `value` (as JSON.parse returns it) and stop at the first limit passed. */
export function measureJson(value: unknown, limits: JsonLimits): JsonBoundsResult {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let size = 0;
  while (stack.length) {
    const [item, parentDepth] = stack.pop()!;
    if (item === null || typeof item !== 'object') {
      size += primitiveSize(item);
    } else {
      const depth = parentDepth + 1;
      if (depth > limits.depth) return { ok: false, exceeded: 'depth', size };
      if (Array.isArray(item)) {
        size += 2 + Math.max(0, item.length - 1);
        // Commas alone past the limit: refuse before stacking the children.
        if (size > limits.size) return { ok: false, exceeded: 'size', size };
        for (const child of item) stack.push([child, depth]);
      } else {
        const keys = Object.keys(item);
        size += 2 + Math.max(0, keys.length - 1);
        if (size > limits.size) return { ok: false, exceeded: 'size', size };
        for (const key of keys) {
          size += key.length + 3;
          stack.push([(item as Record<string, unknown>)[key], depth]);
        }
      }
    }
    if (size > limits.size) return { ok: false, exceeded: 'size', size };
  }
  return { ok: true, size };
}
