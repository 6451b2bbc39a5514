/**
 * Hostile and odd .docx files, built here rather than kept as binaries: a zip
 * bomb (a small archive whose document.xml inflates to hundreds of
 * megabytes), a DTD with an external entity (XXE) and one with nested
 * entities (billion laughs).
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

interface RawEntry {
  name: string;
  /** The stored or deflated bytes as they go in the archive. */
  data: Uint8Array;
  method: 0 | 8;
  size: number;
  crc: number;
}

/** A zip archive written byte by byte, so an entry can hold a deflate stream built by hand. */
export function zipOf(entries: RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.byteLength, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.byteLength, 20);
    dir.writeUInt32LE(e.size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.data));
    central.push(dir, name);
    offset += 30 + name.length + e.data.byteLength;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

const deflated = (name: string, text: string): RawEntry => {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A .docx of about `fileMb` MB whose word/document.xml inflates to
 * `inflatedMb` MB: one paragraph of a repeated character. The deflate stream
 * is one compressed megabyte repeated (each piece ends with a sync flush, so
 * pieces join into one valid stream), built in milliseconds; a stored
 * picture of seeded noise brings the file to its size.
 */
export function zipBombDocx(inflatedMb = 300, fileMb = 1): Uint8Array {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const block = Buffer.alloc(1024 * 1024, 'a');
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const blockDeflated = deflateRawSync(block, sync);
  const pieces = [deflateRawSync(head, sync), ...Array.from({ length: inflatedMb }, () => blockDeflated), deflateRawSync(tail)];
  let crc = crc32(head);
  for (let i = 0; i < inflatedMb; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const document: RawEntry = { name: 'word/document.xml', data: Buffer.concat(pieces), method: 8, size: head.length + inflatedMb * block.length + tail.length, crc };
  const used = document.data.byteLength + CONTENT_TYPES.length + RELS.length;
  const noise = Buffer.alloc(Math.max(0, fileMb * 1024 * 1024 - used - 400));
  let seed = 12;
  for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const picture: RawEntry = { name: 'word/media/image1.png', data: noise, method: 0, size: noise.length, crc: crc32(noise) };
  return zipOf([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), document, picture]);
}

/** A real .docx (made by the docx library) whose document.xml is replaced. */
export async function docxWithDocumentXml(xml: string): Promise<Uint8Array> {
  const base = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('政府工作报告')] })] }] }));
  const zip = await JSZip.loadAsync(base);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const body = (text: string) => `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

/** An external entity naming a file on this machine (XXE). */
export const xxeDocx = (): Promise<Uint8Array> =>
  docxWithDocumentXml(`<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${body('&xxe;')}`);

/** Entities nested ten deep, each ten of the one before (billion laughs). */
export function billionLaughsDocx(): Promise<Uint8Array> {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return docxWithDocumentXml(`<?xml version="1.0"?><!DOCTYPE w:document [${entities.join('')}]>${body('&lol9;')}`);
}
