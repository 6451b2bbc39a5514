/**
 * The .docx files opened by another word processor: LibreOffice Writer
 * (headless) turns the real report's .docx and a comparison's .docx with
 * tracked changes into PDF, as the office suites of domestic Linux do. The
 * report must come out on A4 pages of 22 lines of at most 28 characters (a
 * character grid once gave 14 to 18 a line there, see CHAR_SPACING_TWENTIETHS),
 * and the tracked insertion must be there. The PDFs are left under
 * test-results/libreoffice/ for a person to look at.
 * Needs `soffice` (apt-get install libreoffice-writer) and poppler-utils;
 * without them the test is skipped and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/core/export/layout.js';
import { importText } from '../../../src/core/import/text.js';
import { exportDocx } from '../../../src/node/export/docx.js';
import { comparisonBytes } from '../../../src/node/export/comparison.js';
import { readRealReport, repoRoot } from '../../support/corpus.js';

const ready = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!ready) console.warn('libreoffice.test.ts skipped: needs soffice (apt-get install libreoffice-writer) and pdftotext (apt-get install poppler-utils)');

const outDir = join(repoRoot, 'test-results', 'libreoffice');

/** Convert .docx files in outDir to PDF with a private LibreOffice profile (no clash with a running office). */
function toPdf(names: string[]): void {
  const profile = pathToFileURL(join(outDir, 'profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...names.map((n) => join(outDir, n))], {
    stdio: 'ignore',
    timeout: 180_000,
  });
}

/** Width of a printed line in full-width characters, without the spaces pdftotext puts around figures. */
const width = (line: string): number => textWidth(line.replace(/\s/g, ''));

describe.skipIf(!ready)('the .docx in LibreOffice Writer', () => {
  it('prints the real report in 22 lines of at most 28 characters a page, and a comparison with its tracked insertion', { timeout: 240_000 }, async () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const source = readRealReport();
    const before = importText(source).doc;
    const after = importText(source.replace('加快建设公共停车场，', '加快建设公共停车场和充电设施，')).doc;
    writeFileSync(join(outDir, 'report.docx'), await exportDocx(before));
    writeFileSync(join(outDir, 'compare.docx'), await comparisonBytes({ oldDoc: before, newDoc: after, oldName: '原稿', newName: '新稿' }, 'docx'));
    toPdf(['report.docx', 'compare.docx']);

    const report = join(outDir, 'report.pdf');
    const info = execFileSync('pdfinfo', [report], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = execFileSync('pdftotext', [report, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    // The same page count as the PDF export's 22 × 28 pages, give or take.
    expect(pages.length).toBeGreaterThan(24);
    expect(pages.length).toBeLessThan(34);
    // Body pages (not the title page, not the annex): at most 22 lines and the page number; full lines of 27–28 characters.
    const lines = pages.slice(1, 20).flatMap((page) => {
      const text = page.split('\n').filter((l) => l.trim() && !/^—\s*\d+\s*—$/.test(l.trim()));
      expect(text.length).toBeLessThanOrEqual(22);
      return text.map(width);
    });
    expect(Math.max(...lines)).toBeLessThanOrEqual(29);
    const full = lines.filter((w) => w >= 20).sort((a, b) => a - b);
    expect(full[Math.floor(full.length / 2)]).toBeGreaterThanOrEqual(27);

    const compared = execFileSync('pdftotext', [join(outDir, 'compare.pdf'), '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(compared).toContain('停车场和充电设施，');
  });
});
