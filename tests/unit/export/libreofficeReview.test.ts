/**
 * The reviewed .docx in LibreOffice Writer (headless), as the office suites
 * of domestic Linux open it: its PDF print, with comments exported
 * (ExportNotes), carries each comment with its author, and shows the
 * reviewers' insertions; and the .docx LibreOffice saves from it still holds
 * every tracked change and comment, as Caogao reads them back. The files are
 * left under test-results/libreoffice-review/ for a person to look at.
 * Needs `soffice` (apt-get install libreoffice-writer) and poppler-utils;
 * without them the test is skipped and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../src/node/export/docx.js';
import { importDocx } from '../../../src/node/import/docx.js';
import { repoRoot } from '../../support/corpus.js';
import { commentsOf, EXPECTED_COMMENTS, EXPECTED_SUGGESTIONS, reviewedDocx, suggestionsOf } from '../../support/reviewedDocx.js';

const ready = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!ready) console.warn('libreofficeReview.test.ts skipped: needs soffice (apt-get install libreoffice-writer) and pdftotext (apt-get install poppler-utils)');

const outDir = join(repoRoot, 'test-results', 'libreoffice-review');

function convert(to: string, input: string, dir: string): void {
  const profile = pathToFileURL(join(outDir, 'profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, input], { stdio: 'ignore', timeout: 180_000 });
}

/** The text strings of the PDF's annotations: /Contents (the comment) and /T (LibreOffice writes the author, the date and RESOLVED). */
function annotations(pdf: Buffer): { contents: string[]; titles: string[] } {
  const decode = (hex: string) => {
    const bytes = Buffer.from(hex, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  };
  const out = { contents: [] as string[], titles: [] as string[] };
  for (const m of pdf.toString('latin1').matchAll(/\/(Contents|T)\s*<([0-9A-Fa-f]+)>/g)) (m[1] === 'T' ? out.titles : out.contents).push(decode(m[2]));
  return out;
}

describe.skipIf(!ready)('the reviewed .docx in LibreOffice Writer', () => {
  it('prints its comments with their authors and its insertions, and saves every change and comment back', { timeout: 240_000 }, async () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'saved'), { recursive: true });
    const first = await importDocx(await reviewedDocx(), '审阅稿.docx');
    const exported = join(outDir, 'reviewed.docx');
    writeFileSync(exported, await exportDocx(first.doc, first.comments));

    convert('pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', exported, outDir);
    const pdf = readFileSync(join(outDir, 'reviewed.pdf'));
    const { contents, titles } = annotations(pdf);
    const expectedTexts = EXPECTED_COMMENTS.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]);
    expect(contents.sort()).toEqual([...expectedTexts].sort());
    for (const author of ['王五', '张三', '李四']) expect(titles.some((t) => t.startsWith(author))).toBe(true);
    expect(titles.filter((t) => /RESOLVED/.test(t))).toHaveLength(1);
    const printed = execFileSync('pdftotext', [join(outDir, 'reviewed.pdf'), '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(printed).toContain('增长6%5.5%');

    // Saved again by LibreOffice: every change with its author and date; the comments with theirs
    // (LibreOffice 7 writes a reply as a comment of its own on the same text).
    convert('docx', exported, join(outDir, 'saved'));
    const again = await importDocx(readFileSync(join(outDir, 'saved', 'reviewed.docx')), 'saved.docx');
    expect(suggestionsOf(again.doc)).toEqual(EXPECTED_SUGGESTIONS);
    const flat = (list: ReturnType<typeof commentsOf>) =>
      list.flatMap((c) => [{ author: c.author, text: c.text, anchor: c.anchor, resolved: c.resolved }, ...c.replies.map((r) => ({ author: r.author, text: r.text, anchor: c.anchor, resolved: false }))]);
    const sort = (x: { text: string }[]) => [...x].sort((a, b) => a.text.localeCompare(b.text));
    expect(sort(flat(commentsOf(again.comments!, again.doc)))).toEqual(sort(flat(EXPECTED_COMMENTS)));
  });
});
