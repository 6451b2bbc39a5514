/**
 * The real report, the whole way: imported from text, saved as .caogao,
 * exported to .docx (through the store and through `caogao export`), and
 * imported again, keeps its structure and its text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';
import { outlineOf } from '../../../src/core/outline.js';
import { docToText } from '../../../src/core/plainText.js';
import { loadDocument } from '../../../src/node/documents.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import { REAL_REPORT_PATH, readRealReport, repoRoot } from '../../support/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'caogao-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything but the ids: structure, attributes, marks and text. */
function withoutIds(doc: PMNode): unknown {
  const strip = (json: unknown): unknown =>
    Array.isArray(json)
      ? json.map(strip)
      : json && typeof json === 'object'
        ? Object.fromEntries(Object.entries(json).filter(([k]) => k !== 'id').map(([k, v]) => [k, strip(v)]))
        : json;
  return strip(doc.toJSON());
}

function expectSameReport(back: PMNode, original: PMNode): void {
  const outline = outlineOf(back);
  expect(outline.parts).toHaveLength(3);
  expect(outline.parts.map((p) => p.sections!.length)).toEqual([5, 6, 8]);
  expect(outline.glossary).toHaveLength(22);
  expect(outline.targetSummary).toBe(outlineOf(original).targetSummary);
  expect(docToText(back)).toBe(docToText(original));
  expect(withoutIds(back)).toEqual(withoutIds(original));
}

describe('round trip of the real report through .caogao and .docx', () => {
  const original = importText(readRealReport()).doc;

  it('text → .caogao → .docx → import keeps 3 parts, 5/6/8 sections, 22 glossary entries, the text and the leads', async () => {
    const store = new DocumentStore({ userDataDir: join(dir, 'data') });
    const caogao = join(dir, '江汉.caogao');
    await store.save(caogao, { doc: original, versions: [], settings: {} }, { force: true });
    const opened = await store.open(caogao);
    const docx = join(dir, '江汉.docx');
    await store.exportTo(docx, opened.file, 'docx');
    const back = await loadDocument(docx);
    expect(back.kind).toBe('docx');
    expect(back.notices).toEqual([]);
    expectSameReport(back.doc, original);
    await store.release(caogao);
  });

  it('the same through the command line: caogao export, then caogao outline and import of the .docx', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin/caogao.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
    const docx = join(dir, 'cli.docx');
    const exported = run(['export', REAL_REPORT_PATH, '--to', 'docx', '-o', docx]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('已将');

    const outline = run(['outline', docx, '--json']);
    expect(outline.status).toBe(0);
    const json = JSON.parse(outline.stdout);
    expect(json.parts.map((p: { sections: unknown[] }) => p.sections.length)).toEqual([5, 6, 8]);
    expect(json.glossary).toHaveLength(22);

    const out = join(dir, 'back.caogao');
    const imported = run(['import', docx, '-o', out]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('3个部分，19个小节，22条名词解释');
    expect(readFileSync(out, 'utf8')).toContain('"format": "caogao"');
  });

  it.each([
    ['html', '22.<strong>AED急救设施</strong>：'],
    ['txt', '22. AED急救设施：'],
  ])('caogao export --to %s writes the report', (format, lastEntry) => {
    const out = join(dir, `report.${format}`);
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin/caogao.mjs'), 'export', REAL_REPORT_PATH, '--to', format, '-o', out], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('（八）实施政府效能提升行动');
    expect(text).toContain(lastEntry);
  });

  it('an unknown format or a missing output is a usage error', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/caogao.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
    const bad = run(['export', REAL_REPORT_PATH, '--to', 'odt', '-o', join(dir, 'x.odt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('不支持的导出格式');
    expect(run(['export', REAL_REPORT_PATH, '--to', 'docx']).status).toBe(2);
  });
});
