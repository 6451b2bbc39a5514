/**
 * Reading a .docx (a zip archive) that may have been built to hurt: a part
 * that inflates to hundreds of megabytes from a few hundred kilobytes (a zip
 * bomb), parts that overlap so one stream is counted many times, thousands of
 * entries, a DTD that asks for external files or nested entities.
 *
 * We read the central directory ourselves and inflate only the XML parts
 * (pictures and embedded files are never needed: Caogao keeps text), each
 * with node:zlib under a byte cap that stops the inflation as soon as it is
 * passed (maxOutputLength), and the parts together under a total cap. The
 * sizes the archive declares are never trusted. What passes is written again
 * as a small uncompressed zip, which mammoth then reads: mammoth (through
 * JSZip) would otherwise inflate whatever the archive holds, without limit.
 */
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { CaogaoError } from '../../core/errors.js';

const MB = 1024 * 1024;

/**
 * A long report is ~100 KB of text, and its document.xml with Word's markup a
 * few megabytes; 32 MB for one part and 64 MB for all leaves room for a
 * heavily formatted document while keeping what mammoth parses far below the
 * worker's heap limit.
 */
export const ZIP_LIMITS = { partBytes: 32 * MB, totalBytes: 64 * MB, entries: 5000 };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

const damaged = (file: string, detail: string): CaogaoError => new CaogaoError('docx-damaged', { file, detail }, { cause: new Error(detail) });

class Reader {
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, length: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + length > this.bytes.byteLength) throw damaged(this.file, `zip record out of bounds at ${at}`);
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.check(at, 8);
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged(this.file, 'zip64 value too large');
    return Number(value);
  }
  slice(at: number, length: number): Uint8Array {
    this.check(at, length);
    return this.bytes.subarray(at, at + length);
  }
}

/** Where the central directory is and how many entries it has, from the end-of-central-directory record (zip64 too). */
function centralDirectory(r: Reader, file: string): { offset: number; count: number } {
  const end = r.bytes.byteLength;
  // The record is 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let at = end - 22; at >= Math.max(0, end - 22 - 0xffff); at--) {
    if (r.bytes[at] === 0x50 && r.bytes[at + 1] === 0x4b && r.u32(at) === SIG_EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new CaogaoError('docx-not-zip', { file });
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if ((count === 0xffff || offset === U32_MAX) && eocd >= 20 && r.u32(eocd - 20) === SIG_EOCD64_LOCATOR) {
    const record = r.u64(eocd - 20 + 8);
    if (r.u32(record) !== SIG_EOCD64) throw damaged(file, 'bad zip64 end record');
    count = r.u64(record + 32);
    offset = r.u64(record + 48);
  }
  return { offset, count };
}

/** The entries of the archive's central directory: names and where their data is. Nothing is inflated. */
export function zipEntries(bytes: Uint8Array, file: string, maxEntries = ZIP_LIMITS.entries): ZipEntry[] {
  const r = new Reader(bytes, file);
  const { offset, count } = centralDirectory(r, file);
  if (count > maxEntries) throw new CaogaoError('docx-too-many-parts', { file, limit: maxEntries });
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== SIG_CENTRAL) throw damaged(file, `bad central directory entry ${i}`);
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    let compressedSize = r.u32(at + 20);
    const uncompressedSize = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    const name = names.decode(r.slice(at + 46, nameLength));
    // zip64: the 64-bit values stand in the extra field (id 1), in this order, for the fields that are all ones.
    if (compressedSize === U32_MAX || localOffset === U32_MAX || uncompressedSize === U32_MAX) {
      let x = at + 46 + nameLength;
      const stop = x + extraLength;
      while (x + 4 <= stop) {
        const id = r.u16(x);
        const size = r.u16(x + 2);
        if (id === 1) {
          let field = x + 4;
          if (uncompressedSize === U32_MAX) field += 8;
          if (compressedSize === U32_MAX) {
            compressedSize = r.u64(field);
            field += 8;
          }
          if (localOffset === U32_MAX) localOffset = r.u64(field);
          break;
        }
        x += 4 + size;
      }
    }
    entries.push({ name, method, flags, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The inflated bytes of one entry, refused as soon as they pass `cap`. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number, file: string, limit = `${Math.round(cap / MB)} MB`): Uint8Array {
  const r = new Reader(bytes, file);
  if (entry.flags & 1) throw damaged(file, `encrypted entry ${entry.name}`);
  if (r.u32(entry.localOffset) !== SIG_LOCAL) throw damaged(file, `bad local header of ${entry.name}`);
  const start = entry.localOffset + 30 + r.u16(entry.localOffset + 26) + r.u16(entry.localOffset + 28);
  const data = r.slice(start, entry.compressedSize);
  const tooLarge = () => new CaogaoError('docx-inflated-too-large', { file, part: entry.name, limit });
  if (entry.method === 0) {
    if (data.byteLength > cap) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw damaged(file, `compression method ${entry.method} of ${entry.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new CaogaoError('docx-damaged', { file, detail: `inflating ${entry.name}: ${(cause as Error).message}` }, { cause });
  }
}

/** The parts mammoth reads: XML and relationships, never pictures or embedded files. */
const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/**
 * A DTD has no place in Office Open XML (ECMA-376 forbids it); in a .docx it
 * can only be an attack: external entities (XXE) or entities nested to blow
 * up (billion laughs). The parser would answer either in English, so the file
 * is refused here, in Chinese, before any parsing.
 */
const DTD_MARKS = [Buffer.from('<!DOCTYPE'), Buffer.from('<!ENTITY')];

export interface VerifiedDocx {
  /** The XML parts, inflated and within the limits, by name. */
  parts: Map<string, Uint8Array>;
  /** The same parts as an uncompressed zip, for mammoth. */
  zip: Uint8Array;
}

/**
 * Inflate the XML parts of a .docx under the caps, refuse DTDs, and pack them
 * again for mammoth; `forMammoth` may change a part in the packed copy only
 * (docxRead.ts shows mammoth the text of tracked deletions).
 */
export async function verifiedDocx(
  bytes: Uint8Array,
  file: string,
  limits = ZIP_LIMITS,
  forMammoth: (name: string, part: Uint8Array) => Uint8Array = (_, part) => part,
): Promise<VerifiedDocx> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of zipEntries(bytes, file, limits.entries)) {
    if (entry.name.endsWith('/') || !isXmlPart(entry.name) || parts.has(entry.name)) continue;
    const left = limits.totalBytes - total;
    const part =
      left < limits.partBytes
        ? inflateEntry(bytes, entry, left, file, `${Math.round(limits.totalBytes / MB)} MB`)
        : inflateEntry(bytes, entry, limits.partBytes, file, `${Math.round(limits.partBytes / MB)} MB`);
    total += part.byteLength;
    const buffer = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    if (DTD_MARKS.some((mark) => buffer.includes(mark))) throw new CaogaoError('docx-dtd', { file, part: entry.name });
    parts.set(entry.name, part);
  }
  const zip = new JSZip();
  for (const [name, part] of parts) zip.file(name, forMammoth(name, part), { binary: true });
  return { parts, zip: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }) };
}
