/**
 * What enters a report on import (issue 12, items 7 and 10): UTF-16 text as
 * Windows Notepad writes it, with or without a byte order mark; characters
 * XML 1.0 forbids, dropped with a notice that counts them; mammoth's English
 * warnings as Chinese notices; and read errors without errno codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaogaoError } from '../../../src/core/errors.js';
import { outlineOf } from '../../../src/core/outline.js';
import { docToText } from '../../../src/core/plainText.js';
import { documentFromBytes, loadDocument } from '../../../src/node/documents.js';
import { hasNonXmlChars } from '../../../src/core/text/xmlChars.js';
import { warningNotices } from '../../../src/node/import/docxWarnings.js';
import { docxWithDocumentXml } from '../robustness/hostileDocx.js';
import { repoRoot } from '../../support/corpus.js';

const report = ['政府工作报告', '各位代表：', '一、过去一年工作回顾', '（一）经济运行稳中有进', '地区生产总值增长7.5%左右，城镇新增就业1.2万人。', '二、今年工作安排'].join('\r\n');

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();
const withBom = (bom: number[], body: Buffer) => new Uint8Array(Buffer.concat([Buffer.from(bom), body]));

describe('UTF-16 text', () => {
  const reference = async () => docToText((await documentFromBytes('参照.txt', new TextEncoder().encode(report))).doc);

  const cases: [string, Uint8Array][] = [
    ['little endian with a BOM (Notepad’s “Unicode”)', withBom([0xff, 0xfe], utf16le(report))],
    ['big endian with a BOM', withBom([0xfe, 0xff], utf16be(report))],
    ['little endian without a BOM', new Uint8Array(utf16le(report))],
    ['big endian without a BOM', new Uint8Array(utf16be(report))],
  ];
  for (const [name, bytes] of cases) {
    it(`is read when it is ${name}`, async () => {
      const loaded = await documentFromBytes('初稿.txt', bytes);
      expect(docToText(loaded.doc)).toEqual(await reference());
      expect(outlineOf(loaded.doc).parts).toHaveLength(2);
      expect(hasNonXmlChars(docToText(loaded.doc))).toBe(false);
      expect(docToText(loaded.doc)).not.toMatch(/[\uFEFF\uFFFE]/);
    });
  }

  it('still refuses bytes with NULs that are not UTF-16 text', async () => {
    const binary = new Uint8Array(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = i % 7 === 0 ? 0 : (i * 31) % 256;
    const error = await documentFromBytes('图.txt', binary).catch((e: unknown) => e);
    expect((error as CaogaoError).code).toBe('open-not-text');
  });
});

describe('characters XML 1.0 forbids', () => {
  it('are dropped from a .txt and counted in a Chinese notice; a form feed still breaks the line', async () => {
    const text = `政府工作报告\n各位代表：\n一、过去一年\u0001工作回顾\f（一）经济\uFFFE运行\u0008稳中\u0000有进\n地区生产总值增长7.5%。\uD800`;
    const loaded = await documentFromBytes('初稿.txt', new TextEncoder().encode(text.replace('\uD800', '')));
    const lone = await documentFromBytes('初稿.md', withBom([0xff, 0xfe], utf16le(text)));
    for (const l of [loaded, lone]) {
      const out = docToText(l.doc);
      expect(hasNonXmlChars(out)).toBe(false);
      expect(out).toContain('经济运行稳中有进');
    }
    expect(outlineOf(loaded.doc).parts[0].sections?.map((s) => s.title)).toEqual(['经济运行稳中有进']);
    const notice = loaded.notices.find((n) => n.code === 'import-dropped-chars');
    // A stray NUL in UTF-8 text is one more dropped character, not a reason to refuse the file.
    expect(notice?.zh).toBe('导入时删去了 4 个不可见的控制字符（如 U+0001、U+FFFE），它们无法保存在 Word 文档中。');
  });

  it('are dropped from the paragraphs of a .docx, with the notice', async () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    // U+FFFE and a C0 control written as character references, which xmldom decodes into the text.
    const bytes = await docxWithDocumentXml(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p><w:p><w:r><w:t>一、过去&#xFFFE;一年&#x1;工作回顾</w:t></w:r></w:p></w:body></w:document>`,
    );
    const loaded = await documentFromBytes('初稿.docx', bytes);
    expect(outlineOf(loaded.doc).parts.map((p) => p.title)).toEqual(['过去一年工作回顾']);
    expect(loaded.notices.find((n) => n.code === 'import-dropped-chars')?.zh).toContain('删去了 2 个');
  });
});

describe("mammoth's warnings", () => {
  it('become one Chinese notice per kind, with counts, and a Chinese line for an unknown one', () => {
    const notices = warningNotices([
      "Unrecognised paragraph style: 'Foo' (Style ID: Foo)",
      'An unrecognised element was ignored: w:customXml',
      'An unrecognised element was ignored: v:shape',
      'A w:sym element with an unsupported character was ignored: char F0FF in font Wingdings',
      'Ignoring complex field end character without corresponding start character',
      'unexpected non-row element in table, cell merging may be incorrect',
      'Paragraph style with ID Heading9 was referenced but not defined in the document',
      'Image of type image/x-emf is unlikely to display in web browsers',
      'Something mammoth may say one day',
    ]);
    expect(notices.map((n) => n.zh)).toEqual([
      '文档中有 2 处 Word 无法识别的内容（w:customXml、v:shape）已略过，请核对。',
      '文档中有 1 个符号字体（如 Symbol、Wingdings）的特殊符号无法转换，已略去，请核对。',
      '文档中有 1 处域代码不完整，已按显示的文字导入。',
      '文档中有 1 个表格结构不规范，按单元格拆开的段落顺序可能不准确，请核对。',
      '文档引用了 1 个未定义的样式，相关段落按正文导入。',
      '文档中另有 1 处内容未能识别，已略过，请核对。',
    ]);
    for (const n of notices) expect(n.zh).not.toMatch(/[a-z]{4,} [a-z]{3,}/i);
    expect(notices.at(-1)!.en).toContain('Something mammoth may say one day');
  });

  it('from a real .docx reach the import as Chinese notices', async () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const bytes = await docxWithDocumentXml(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p>` +
        `<w:p><w:r><w:sym w:font="Foo" w:char="0041"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`,
    );
    const loaded = await documentFromBytes('初稿.docx', bytes);
    const codes = loaded.notices.map((n) => n.code);
    expect(codes).toContain('docx-warn-symbol');
    expect(codes).toContain('docx-warn-field');
    for (const n of loaded.notices) expect(n.zh).not.toMatch(/element|character|ignored/);
  });
});

describe('read errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caogao-readerr-'));
  writeFileSync(join(dir, '初稿.txt'), '政府工作报告');
  mkdirSync(join(dir, '文件夹.txt'));

  it('name a path through a file, and a folder, in words, without errno codes', async () => {
    const throughFile = (await loadDocument(join(dir, '初稿.txt', '其他.txt')).catch((e: unknown) => e)) as CaogaoError;
    expect(throughFile.code).toBe('read-path-not-folder');
    const folder = (await loadDocument(join(dir, '文件夹.txt')).catch((e: unknown) => e)) as CaogaoError;
    expect(folder.userMessage('zh')).toContain('这是一个文件夹');
    for (const e of [throughFile, folder]) expect(`${e.userMessage('zh')} ${e.userMessage('en')}`).not.toMatch(/E[A-Z]{3,}/);
  });

  for (const args of [
    ['import', '初稿.txt/其他.txt', '-o', 'out.caogao'],
    ['outline', '文件夹.txt'],
  ]) {
    it(`caogao ${args.join(' ')}: one Chinese line, exit 2`, () => {
      const r = spawnSync(process.execPath, [join(repoRoot, 'bin/caogao.mjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/ENOTDIR|EISDIR|Error/);
    });
  }
});
