/**
 * PDF of the real report through headless Chromium, with the same layout as
 * the .docx. The pages are also turned into PNG images under
 * test-results/pdf-pages/ (pdftoppm, from poppler-utils) for a person to look at.
 * Needs a Chromium (src/node/chromium.ts) and poppler-utils; without them the test is skipped
 * and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';
import { findChromium } from '../../../src/node/chromium.js';
import { exportPdf } from '../../../src/node/export/pdf.js';
import { readRealReport, repoRoot } from '../../support/corpus.js';

const hasPoppler = spawnSync('pdftoppm', ['-v']).status === 0;
const ready = findChromium() !== null && hasPoppler;
if (!ready) console.warn('pdf.test.ts skipped: needs a Chromium (apt-get install chromium) and pdftoppm (apt-get install poppler-utils)');

const outDir = join(repoRoot, 'test-results', 'pdf-pages');

describe.skipIf(!ready)('PDF export of the real report', () => {
  it('prints A4 pages numbered "— n —", and leaves PNG pages in test-results/ for a person to look at', { timeout: 120_000 }, async () => {
    const pdf = await exportPdf(importText(readRealReport()).doc);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'jianghan-2022-report.pdf');
    writeFileSync(file, pdf);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    // About 16 000 characters at 22 × 28 a page, with headings and the annex on its own page.
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(40);

    // pdftotext ends each page with a form feed.
    const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    const pageText = (n: number) => texts[n - 1];
    expect(pageText(1)).toContain('政府工作报告');
    expect(pageText(1)).toMatch(/—\s*1\s*—/);
    expect(pageText(2)).toMatch(/—\s*2\s*—/);
    // The annex starts a page of its own.
    const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pageText(n).trimStart().startsWith('附件'));
    expect(annexPage).toBeDefined();
    expect(pageText(annexPage!)).toContain('名词解释');

    execFileSync('pdftoppm', ['-r', '72', '-png', file, join(outDir, 'page')]);
    expect(readdirSync(outDir).filter((n) => n.endsWith('.png'))).toHaveLength(pages);
  });
});
