/**
 * The zip reader of untrusted .docx files (src/node/import/docxZip.ts) and
 * the paragraph cap: caps stop the inflation, the archive's declared sizes
 * are not trusted, pictures are never inflated.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CaogaoError } from '../../../src/core/errors.js';
import { documentFromBytes } from '../../../src/node/documents.js';
import { MAX_PARAGRAPHS } from '../../../src/node/import/docxRead.js';
import { verifiedDocx, zipEntries } from '../../../src/node/import/docxZip.js';
import { docxWithDocumentXml, zipOf } from '../robustness/hostileDocx.js';

const entry = (name: string, text: string, declaredSize?: number) => {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), method: 8 as const, size: declaredSize ?? bytes.length, crc: crc32(bytes) };
};
const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as CaogaoError);

describe('the .docx zip reader', () => {
  it('inflates the XML parts within the caps and packs them again, leaving pictures out', async () => {
    const zip = zipOf([entry('word/document.xml', '<a>政府</a>'), entry('word/media/image1.png', 'x'.repeat(5000))]);
    const { parts } = await verifiedDocx(zip, 'a.docx');
    expect([...parts.keys()]).toEqual(['word/document.xml']);
    expect(Buffer.from(parts.get('word/document.xml')!).toString()).toBe('<a>政府</a>');
    expect(zipEntries(zip, 'a.docx').map((e) => e.name)).toEqual(['word/document.xml', 'word/media/image1.png']);
  });

  it('refuses a part past its cap whatever size the archive declares, and parts past the total', async () => {
    const lying = zipOf([entry('word/document.xml', 'a'.repeat(4096), 10)]);
    expect((await fail(verifiedDocx(lying, 'a.docx', { partBytes: 1000, totalBytes: 10_000, entries: 10 })))?.code).toBe('docx-inflated-too-large');
    const many = zipOf([entry('a.xml', 'a'.repeat(800)), entry('b.xml', 'b'.repeat(800))]);
    const total = await fail(verifiedDocx(many, 'a.docx', { partBytes: 1000, totalBytes: 1200, entries: 10 }));
    expect(total?.code).toBe('docx-inflated-too-large');
    expect(total?.userMessage('zh')).toMatch(/^文件解压后过大：“a.docx”中的“b.xml”/);
    expect((await fail(verifiedDocx(many, 'a.docx', { partBytes: 1000, totalBytes: 10_000, entries: 1 })))?.code).toBe('docx-too-many-parts');
  });

  it('says a damaged directory is damaged, in Chinese only', async () => {
    const zip = zipOf([entry('word/document.xml', '<a/>')]);
    const broken = zip.slice();
    broken.fill(0xff, broken.length - 6, broken.length - 2); // the directory's offset, in the end record
    const error = await fail(verifiedDocx(broken, 'a.docx'));
    expect(error?.code).toBe('docx-damaged');
    expect(error?.userMessage('zh')).toBe('Word 文档“a.docx”已损坏或格式不正确，无法读取。');
  });
});

describe('the paragraph cap', () => {
  it(`refuses more than ${MAX_PARAGRAPHS} paragraphs before parsing them`, async () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const bytes = await docxWithDocumentXml(`<w:document xmlns:w="${w}"><w:body>${'<w:p/>'.repeat(MAX_PARAGRAPHS + 1)}</w:body></w:document>`);
    const error = await fail(documentFromBytes('长.docx', bytes));
    expect(error?.code).toBe('docx-too-many-paragraphs');
    expect(error?.userMessage('zh')).toContain('段落过多');
  });
});
