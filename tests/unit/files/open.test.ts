import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaogaoError } from '../../../src/core/errors.js';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { outlineOf } from '../../../src/core/outline.js';
import { fileOf, report, sandbox, type Sandbox } from './fixture.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

/** Open a file that must be refused: returns the error; checks that nothing was written beside it. */
async function refused(name: string, content: string | Uint8Array): Promise<CaogaoError> {
  const path = join(box.docs, name);
  writeFileSync(path, content);
  const before = readFileSync(path);
  const store = box.store();
  const error = await store.open(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CaogaoError);
  expect(box.listDocs()).toEqual([name]);
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(store.lockOf(path)).toBeUndefined();
  expect((error as CaogaoError).userMessage('zh')).toContain(name);
  return error as CaogaoError;
}

const good = serializeCaogao(fileOf(report()));

describe('a damaged file opens nothing and writes nothing', () => {
  it('truncated JSON', async () => {
    const error = await refused('截断.caogao', good.slice(0, good.length / 2));
    expect(error.code).toBe('file-not-json');
    expect(error.userMessage('zh')).toContain('已损坏或不完整');
  });

  it('wrong types in the envelope', async () => {
    const raw = JSON.parse(good);
    raw.versions = '第一稿';
    expect((await refused('类型.caogao', JSON.stringify(raw))).code).toBe('file-invalid');
  });

  it('a document that fails the report schema (a part without its heading)', async () => {
    const raw = JSON.parse(good);
    raw.doc.content[1].content.shift();
    const error = await refused('结构.caogao', JSON.stringify(raw));
    expect(error.code).toBe('file-doc-invalid');
  });

  it('a file saved by a newer Caogao', async () => {
    const raw = JSON.parse(good);
    raw.version = 99;
    const error = await refused('新版.caogao', JSON.stringify(raw));
    expect(error.code).toBe('file-newer-version');
    expect(error.userMessage('zh')).toContain('升级');
  });

  it('a .docx that is not a zip at all', async () => {
    expect((await refused('乱码.docx', 'this is not a zip file, just text')).code).toBe('docx-not-zip');
  });

  it('a zip that is not a .docx', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const error = await refused('压缩包.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(error.code).toBe('docx-no-document');
  });

  it('a truncated .docx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>'.repeat(200));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(['docx-not-zip', 'docx-damaged', 'docx-no-document']).toContain((await refused('坏.docx', bytes.slice(0, bytes.length - 40))).code);
  });

  it('a .docx whose document is not XML', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', '<<< not xml at all');
    const error = await refused('坏正文.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(['docx-damaged', 'docx-no-document']).toContain(error.code);
  });

  it('a 50 MB text file', async () => {
    const error = await refused('巨大.txt', Buffer.alloc(50 * 1024 * 1024, '字'));
    expect(error.code).toBe('open-too-large');
    expect(error.userMessage('zh')).toContain('50.0 MB');
  });

  it('a binary file named .txt', async () => {
    expect((await refused('图片.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).code).toBe('open-not-text');
  });

  it('a file that is not there, and a folder', async () => {
    const store = box.store();
    expect(((await store.open(join(box.docs, '没有.caogao')).catch((e: unknown) => e)) as CaogaoError).code).toBe('open-missing');
    mkdirSync(join(box.docs, '文件夹.caogao'));
    expect(((await store.open(join(box.docs, '文件夹.caogao')).catch((e: unknown) => e)) as CaogaoError).code).toBe('open-is-folder');
  });

  it('an unknown kind of file', async () => {
    expect((await refused('报告.pdf', '%PDF-1.4')).code).toBe('open-unsupported');
  });
});

describe('opening', () => {
  it('reads a .caogao file and locks it', async () => {
    const path = join(box.docs, '报告.caogao');
    writeFileSync(path, good);
    const store = box.store();
    const loaded = await store.open(path);
    expect(loaded.kind).toBe('caogao');
    expect(loaded.notices).toEqual([]);
    expect(store.lockOf(path)?.status).toBe('mine');
    expect(box.listDocs()).toEqual(['~$报告.caogao', '报告.caogao']);
  });

  it('imports a text file in GB18030, as Windows saves Chinese text', async () => {
    const path = join(box.docs, '国标.txt');
    // 政府工作报告 in GB18030.
    writeFileSync(path, Buffer.from('d5feb8aeb9a4d7f7b1a8b8e60a0ad2bba1a2b9fdc8a5cee5c4eab9a4d7f7bbd8b9cb0a', 'hex'));
    const loaded = await box.store().open(path);
    expect(loaded.kind).toBe('text');
    expect(outlineOf(loaded.file.doc).title).toBe('政府工作报告');
    expect(outlineOf(loaded.file.doc).parts[0].title).toBe('过去五年工作回顾');
    // An import is never saved back over its source, so it is neither recorded nor locked.
    expect(box.listDocs()).toEqual(['国标.txt']);
  });
});
