import { describe, expect, it } from 'vitest';
import { BASE_FORMAT_VERSION, FORMAT_VERSION, parseCaogao, serializeCaogao, type CaogaoFile } from '../../../src/core/format/caogaoFile.js';
import { importText } from '../../../src/core/import/text.js';
import { doc, p, part, section } from '../../support/builder.js';
import { readRealReport } from '../../support/corpus.js';
import { caogaoRefusal } from '../../support/caogaoRefusal.js';

const draft = doc(part('工作安排', section('稳增长', p('全年增长6%。'))));
const file: CaogaoFile = {
  doc: draft,
  versions: [{ id: 'v1', label: '第一稿', createdAt: '2026-11-01T08:00:00.000Z', author: '起草组', doc: doc(part('工作安排')) }],
  settings: { outdatedTerms: ['农民人均纯收入'] },
};

const errorOf = caogaoRefusal;

describe('.caogao file format', () => {
  it('round-trips the document, versions and settings', () => {
    const text = serializeCaogao(file);
    const back = parseCaogao(text);
    expect(back.doc.eq(file.doc)).toBe(true);
    expect(back.versions).toHaveLength(1);
    expect(back.versions[0]).toMatchObject({ id: 'v1', label: '第一稿', author: '起草组' });
    expect(back.versions[0].doc.eq(file.versions[0].doc)).toBe(true);
    expect(back.settings).toEqual(file.settings);
  });

  it('writes the documented envelope', () => {
    const json = JSON.parse(serializeCaogao(file));
    expect(json.format).toBe('caogao');
    // Without comments or suggestions a file stays at version 1, readable by every Caogao.
    expect(json.version).toBe(BASE_FORMAT_VERSION);
    expect(Object.keys(json)).toEqual(['format', 'version', 'doc', 'versions', 'settings']);
  });

  it('keeps block ids across save and load', () => {
    const real = importText(readRealReport()).doc;
    const back = parseCaogao(serializeCaogao({ doc: real, versions: [], settings: {} })).doc;
    const ids = (d: typeof real) => {
      const out: string[] = [];
      d.descendants((n) => {
        if (n.attrs.id) out.push(n.attrs.id);
        return true;
      });
      return out;
    };
    expect(ids(back)).toEqual(ids(real));
    expect(new Set(ids(real)).size).toBe(ids(real).length);
  });

  it('reports a truncated file in Chinese, naming it', () => {
    const text = serializeCaogao(file);
    const error = errorOf(text.slice(0, Math.floor(text.length / 2)));
    expect(error.code).toBe('file-not-json');
    expect(error.userMessage('zh')).toContain('报告.caogao');
    expect(error.userMessage('zh')).toContain('损坏');
  });

  it('refuses a file that is not a Caogao document', () => {
    expect(errorOf('{"hello": 1}').code).toBe('file-not-caogao');
    expect(errorOf('[]').code).toBe('file-not-caogao');
    expect(errorOf('null').code).toBe('file-not-caogao');
  });

  it('refuses a file from a newer version with its own message', () => {
    const json = JSON.parse(serializeCaogao(file));
    json.version = FORMAT_VERSION + 1;
    const error = errorOf(JSON.stringify(json));
    expect(error.code).toBe('file-newer-version');
    expect(error.userMessage('zh')).toContain('更新版本');
  });

  it('refuses wrong types in the envelope', () => {
    const json = JSON.parse(serializeCaogao(file));
    json.versions[0].label = 42;
    const error = errorOf(JSON.stringify(json));
    expect(error.code).toBe('file-invalid');
    expect(error.userMessage('zh')).toContain('versions.0.label');
  });

  it('refuses a document that breaks the report schema', () => {
    const json = JSON.parse(serializeCaogao(file));
    // A section straight under the document, outside any part.
    json.doc.content.push({ type: 'section', content: [{ type: 'sectionHeading' }] });
    expect(errorOf(JSON.stringify(json)).code).toBe('file-doc-invalid');
  });

  it('refuses unknown node types and marks', () => {
    const json = JSON.parse(serializeCaogao(file));
    json.doc.content[0].type = 'script';
    expect(errorOf(JSON.stringify(json)).code).toBe('file-doc-invalid');
    const json2 = JSON.parse(serializeCaogao(file));
    json2.versions[0].doc.content[0].content = [{ type: 'text', text: 'x', marks: [{ type: 'evil' }] }];
    const error = errorOf(JSON.stringify(json2));
    expect(error.code).toBe('file-doc-invalid');
    expect(error.userMessage('zh')).toBe('文件“报告.caogao”中的报告结构已损坏（第1个版本），无法打开。');
    expect(error.userMessage('zh').replace('报告.caogao', '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(error.userMessage('en')).toContain('versions.0');
  });

  it('accepts a byte-order mark', () => {
    expect(parseCaogao(`\uFEFF${serializeCaogao(file)}`).doc.eq(draft)).toBe(true);
  });
});
