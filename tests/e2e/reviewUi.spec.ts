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
  await app.select(quote);
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

/** The toolbar's controls in the row (not those in the ›› menu): each one's top and right edge. */
async function toolbarRow(page: Page): Promise<{ tops: number[]; right: number; barRight: number; overflowed: string[] }> {
  return page.locator('[role="toolbar"]').evaluate((bar) => {
    const row = [...bar.children].filter((el) => !(el as HTMLElement).hidden) as HTMLElement[];
    const boxes = row.map((el) => el.getBoundingClientRect());
    return {
      tops: boxes.map((b) => Math.round(b.top)),
      right: Math.max(...boxes.map((b) => b.right)),
      barRight: bar.getBoundingClientRect().right,
      overflowed: [...bar.querySelectorAll<HTMLElement>('.overflow-popup [data-command]')].map((el) => el.dataset.command!),
    };
  });
}

/** The desk's visible box (without its scroll bar) and the right edge of the page's text. */
async function deskAndText(page: Page): Promise<{ left: number; right: number; textRight: number }> {
  return page.locator('main.desk').evaluate((desk) => {
    const box = desk.getBoundingClientRect();
    const text = desk.querySelector('.page-text')!.getBoundingClientRect();
    return { left: box.left, right: box.left + desk.clientWidth, textRight: text.right };
  });
}

test.describe('window widths', () => {
  for (const width of [1280, 1440, 1920]) {
    test(`at ${width} px the toolbar is one row and the comment margin is whole`, async ({ app, page }) => {
      await page.setViewportSize({ width, height: 900 });
      await commentOn(app, '优化全域创新生态', '请补充具体举措。');
      const card = page.locator('.comment-card', { hasText: '请补充具体举措。' });
      const pin = page.locator('.comment-pin:visible');
      const desk = await deskAndText(page);
      // The text is never cut by the margin or the desk.
      expect(desk.textRight).toBeLessThanOrEqual(desk.right);
      if (width < 1440) {
        // Too narrow for cards: a count in the page's right margin; the comment just written stays open over the text.
        await expect(pin).toHaveText('1');
        await expect(pin).toHaveAccessibleName('1 条批注');
        await expect(card).toBeVisible();
        const box = (await pin.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(desk.textRight);
        expect(box.x + box.width).toBeLessThanOrEqual(desk.right);
        expect((await card.boundingBox())!.x).toBeGreaterThanOrEqual(desk.left);
        await app.shot(`review-width-${width}-open`);
        // The count closes and opens its cards.
        await pin.click();
        await expect(card).toBeHidden();
        await pin.click();
        await expect(card).toBeVisible();
        await pin.click();
        await expect(card).toBeHidden();
      } else {
        await expect(card).toBeVisible();
        await expect(pin).toHaveCount(0);
        const box = (await card.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(desk.textRight);
        expect(box.x + box.width).toBeLessThanOrEqual(desk.right);
        expect(box.width).toBeGreaterThanOrEqual(150);
      }
      await app.shot(`review-width-${width}`);
      for (const lang of ['zh', 'en']) {
        const row = await toolbarRow(page);
        expect(new Set(row.tops).size, `${lang}: one row`).toBe(1);
        expect(row.right, lang).toBeLessThanOrEqual(row.barRight);
        console.log(`${width} px ${lang}: in ›› ${row.overflowed.join(' ') || '(nothing)'}`);
        if (lang === 'zh') await page.locator('[data-command="view.language"]').click();
      }
      await app.shot(`review-width-${width}-en`);
      await page.locator('[data-command="view.language"]').click();
    });
  }

  test('at 1280 px the ›› menu holds what does not fit, and the keys move in it', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const more = page.getByRole('toolbar').locator('summary[aria-label="更多工具"]');
    await expect(more).toBeVisible();
    const popup = page.locator('.overflow-popup');
    await expect(popup.locator('[data-command="view.zoomIn"]')).toBeHidden();
    // ↓ on ›› opens it at its first control; End goes to the last (＋, zoom in); Enter runs it and closes the menu.
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await expect(popup.locator('[data-command="edit.find"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(popup.locator('[data-command="edit.replace"]')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(popup.locator('[data-command="edit.find"]')).toBeFocused();
    await app.shot('toolbar-overflow-1280');
    await page.keyboard.press('End');
    await expect(popup.locator('[data-command="view.zoomIn"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.status-zoom')).toHaveText('110%');
    await expect(popup).toBeHidden();
    // Esc closes it and gives ›› the focus back.
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await expect(popup).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popup).toBeHidden();
    await expect(more).toBeFocused();
    // Wider, the groups come back into the row.
    await page.setViewportSize({ width: 1920, height: 900 });
    await expect(page.getByRole('toolbar').locator('> .tool-group [data-command="view.zoomIn"]')).toBeVisible();
    await expect(more).toBeHidden();
  });
});
