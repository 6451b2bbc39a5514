/**
 * Stable block ids. Every block of a report carries one; compare, findings and
 * comments point at it, so it must survive editing, saving and loading.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random 10-character id (about 51 bits), from Web Crypto, available in Node and browsers. */
export function newId(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % 36];
  return id;
}

/** Node types that carry an `id` attribute. */
export function hasIdAttr(attrs: Record<string, unknown> | null | undefined): boolean {
  return !!attrs && Object.prototype.hasOwnProperty.call(attrs, 'id');
}
