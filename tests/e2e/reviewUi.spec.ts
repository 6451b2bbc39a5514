/**
 * 审阅 around the page, through the browser host: the export option that
 * prints the 批注 in a PDF or web page (remembered in the settings).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SHOTS, type AppPage } from './support/app.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

/** Select `quote` (its first occurrence) and comment on it with `text`, as a user does with Ctrl+Alt+M. */
async function commentOn(app: AppPage, quote: string, text: string): Promise<void> {
  await app.editor.evaluate(
    async (root, needle) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = (node.nodeValue ?? '').indexOf(needle);
        if (i < 0) continue;
        (root as HTMLElement).focus();
        document.getSelection()!.setBaseAndExtent(node, i, node, i + needle.length);
        document.dispatchEvent(new Event('selectionchange'));
        await new Promise(requestAnimationFrame);
        return;
      }
      throw new Error(`text not in the page: ${needle}`);
    },
    quote,
  );
  await app.page.keyboard.press('Control+Alt+m');
  const input = app.page.locator('.comment-card textarea');
  await input.fill(text);
  await input.press('Control+Enter');
  await expect(app.page.locator('.comment-card', { hasText: text })).toBeAttached();
}

/** 导出 › `label` from the toolbar, answered in the page's save dialog in the report's folder; the file's name. */
async function exportAs(page: Page, label: string, name: string): Promise<void> {
  const menu = page.locator('[role="toolbar"] details', { has: page.locator('summary', { hasText: '导出' }) });
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByLabel('文件名', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: '导出' }).click();
  const done = page.getByRole('dialog', { name: '已导出' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await done.getByRole('button', { name: '确定' }).click();
}

test.describe('导出 with 批注', () => {
  test('PDF、网页包含批注 in the export menu is remembered, and prints the comment after its paragraph', async ({ app, page, host }) => {
    test.skip(!hasPoppler, 'needs poppler-utils (pdftotext, pdftoppm) to read the exported PDF');
    const toggle = page.locator('[role="toolbar"] [data-command="file.exportComments"]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await commentOn(app, '优化全域创新生态', '请补充具体举措。');
    // Off (the default): the web page has no note.
    await exportAs(page, '网页（.html）…', '无批注.html');
    expect(readFileSync(join(host.dir, '无批注.html'), 'utf8')).not.toContain('请补充具体举措。');

    // On, and still on after the page is loaded again (a setting, not the document's).
    await page.locator('[role="toolbar"] summary', { hasText: '导出' }).click();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.locator('[role="toolbar"] summary', { hasText: '导出' }).click();
    await app.shot('export-menu-comments');
    await page.keyboard.press('Escape');
    await page.locator('[role="toolbar"] summary', { hasText: '导出' }).click();

    await commentOn(app, '优化全域创新生态', '请补充具体举措。');
    await exportAs(page, '网页（.html）…', '有批注.html');
    const html = readFileSync(join(host.dir, '有批注.html'), 'utf8');
    expect(html).toContain('请补充具体举措。');
    await exportAs(page, 'PDF（.pdf）…', '有批注.pdf');
    const pdf = join(host.dir, '有批注.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const at = pages.findIndex((p) => p.replace(/\s/g, '').includes('请补充具体举措。'));
    expect(at).toBeGreaterThan(0);
    // The note comes after the commented text, on the same page or the next.
    const text = pages.slice(at - 1, at + 1).join('').replace(/\s/g, '');
    expect(text.indexOf('优化全域创新生态')).toBeLessThan(text.indexOf('请补充具体举措。'));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(at + 1), '-l', String(at + 1), pdf, join(SHOTS, 'export-comment-notes')]);
  });
});
