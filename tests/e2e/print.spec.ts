/**
 * Print and print preview (issue 13, item 3), and the balanced title (item
 * 10). Ctrl+P in the browser host prints the report, not the window: the
 * print style sheet shows the document alone on the GB/T 9704 page box, so
 * what Chromium prints (page.pdf prints the page as its print dialog would)
 * is the PDF export, page for page. 打印预览 shows those pages.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app.js';
import { REAL_REPORT, REPO } from './support/host.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

/** The text of each page of a PDF, without spaces. */
function pdfPages(pdf: Uint8Array | string, dir: string): string[] {
  let file = pdf as string;
  if (typeof pdf !== 'string') {
    file = join(dir, `printed-${Date.now()}.pdf`);
    writeFileSync(file, pdf);
  }
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((p) => p.replace(/\s+/g, ''));
}

/** Replace window.print with a recorder: the test cannot answer the system's print dialog. */
async function recordPrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => void (window as unknown as { prints: number }).prints++;
  });
}

const prints = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

test.describe('print', () => {
  test.skip(!hasPoppler, 'needs poppler-utils (pdftotext) to read the printed pages');

  test('Ctrl+P prints the report alone, page for page the PDF export, with the edit just typed', async ({ app, page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'caogao-print-'));
    try {
      const exported = join(dir, 'report.pdf');
      execFileSync(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'export', REAL_REPORT, '--to', 'pdf', '-o', exported], { cwd: REPO });
      const pdfExport = pdfPages(exported, dir);

      await recordPrints(page);
      await app.editor.click();
      await page.keyboard.press('Control+P');
      expect(await prints(page)).toBe(1);

      // What the print dialog prints: the page in print media.
      await page.emulateMedia({ media: 'print' });
      for (const panel of [app.outline, app.checks, page.locator('header.top'), app.editor]) await expect(panel).toBeHidden();
      await app.shot('print-media');
      const printed = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }), dir);
      expect(printed.length).toBe(pdfExport.length);
      // Page for page the export's text (the page numbers — N — included).
      expect(printed).toEqual(pdfExport);
      expect(printed.join('')).not.toContain('检查结果');

      // An edit is printed at once, without waiting for the page view to measure.
      await page.emulateMedia({ media: 'screen' });
      await app.caretAt('优化全域创新生态', 'end');
      await page.keyboard.insertText('（打印测试）');
      await page.keyboard.press('Control+P');
      expect(await prints(page)).toBe(2);
      await page.emulateMedia({ media: 'print' });
      const again = pdfPages(await page.pdf({ preferCSSPageSize: true }), dir);
      expect(again.join('')).toContain('优化全域创新生态（打印测试）');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('打印预览 shows the printed pages with their count, and 打印 prints', async ({ app, page }) => {
  await expect(page.locator('.page[data-pages]')).toHaveAttribute('data-pages', /\d+/, { timeout: 20_000 });
  const pages = Number(await page.locator('.page').getAttribute('data-pages'));
  expect(pages).toBeGreaterThan(10);
  await recordPrints(page);
  await app.editor.click();
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('打印预览');
  await page.keyboard.press('Enter');
  const preview = page.locator('dialog.print-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('.print-preview-count')).toHaveText(`共 ${pages} 页`);
  await expect(preview.locator('.preview-sheet')).toHaveCount(pages);
  // Each sheet holds its page's text, the first ending where the second begins, and its page number.
  const firstTwo = await preview.locator('.preview-sheet').evaluateAll((sheets) =>
    sheets.slice(0, 2).map((s) => ({ text: s.shadowRoot!.textContent ?? '', folio: s.shadowRoot!.querySelector('.folio')!.textContent })),
  );
  expect(firstTwo[0].text).toContain('政府工作报告');
  expect(firstTwo[0].folio).toBe('— 1 —');
  expect(firstTwo[1].folio).toBe('— 2 —');
  await app.shot('print-preview');
  await preview.getByRole('button', { name: '打印' }).click();
  await expect(preview).toBeHidden();
  expect(await prints(page)).toBe(1);
});

test('a long title wraps balanced, with more than one character on its last line, on screen and in print', async ({ app, page }) => {
  // 21 characters at 2号 (22 pt) in a 156 mm line of about 20: unbalanced, one would stand alone.
  const title = '二〇二六年国民经济和社会发展计划的执行情况';
  await app.editor.locator('h1.title').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(title);
  await expect(app.editor.locator('h1.title')).toHaveText(title);
  const lines = await app.editor.locator('h1.title').evaluate((h1) => {
    const text = h1.firstChild as Text;
    const range = document.createRange();
    const tops: number[] = [];
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      tops.push(Math.round(range.getBoundingClientRect().top));
    }
    const counts = new Map<number, number>();
    for (const top of tops) counts.set(top, (counts.get(top) ?? 0) + 1);
    return [...counts.values()];
  });
  expect(lines.length).toBe(2);
  expect(Math.min(...lines)).toBeGreaterThan(1);
  expect(Math.abs(lines[0] - lines[1])).toBeLessThanOrEqual(2);
  await app.shot('title-balanced');

  if (!hasPoppler) return;
  const dir = mkdtempSync(join(tmpdir(), 'caogao-title-'));
  try {
    await recordPrints(page);
    await page.keyboard.press('Control+P');
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, 'title.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const head = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter(Boolean)
      .slice(0, 2);
    expect(head.join('')).toBe(title);
    expect(Math.min(...head.map((l) => [...l].length))).toBeGreaterThan(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
