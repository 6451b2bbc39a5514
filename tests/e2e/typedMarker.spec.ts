/**
 * Numbers typed by hand and what the screen says about drafts (issue 13,
 * items 8, 9 and 10), in Chromium through the browser host on the real
 * report: a marker typed at the start of a paragraph makes a section and
 * Ctrl+Z takes it back (the check typed-marker then offers it again); a pasted <h2> becomes a section, with or without its
 * marker; target-mismatch offers both fixes; a version opens at its top and
 * counts its changes from the version to the current draft, as compare does;
 * the compare picker names each version with its label, date, time and author.
 */
import { test, expect } from './support/app.js';
import { putOnClipboard } from './support/clipboard.js';

test.describe('typed markers, pasted headings, both fixes, versions', () => {
  test('typing （九） at the start of a paragraph makes it a section, numbered by its place; Ctrl+Z gives the typed text back', async ({ app, page }) => {
    await app.caretAt('千方百计扩大就业。', 'start');
    await page.keyboard.type('（九）');
    await expect(app.sections()).toHaveCount(20);
    // The typed number is gone: the heading is numbered by its place, after 三（六）.
    const heading = app.editor.locator('h3', { hasText: /^千方百计扩大就业。/ });
    await expect(heading).toHaveCount(1);
    await expect(app.outline.locator('.outline-line[data-level="2"]', { hasText: '千方百计扩大就业' })).toContainText('（七）');
    await expect(app.editor).not.toContainText('（九）千方百计');
    await heading.scrollIntoViewIfNeeded();
    await app.shot('typed-marker-section');
    await page.keyboard.press('Control+z');
    await expect(app.sections()).toHaveCount(19);
    await expect(app.editor.locator('p', { hasText: /^（九）千方百计扩大就业。/ })).toHaveCount(1);
    // Kept as typed, the paragraph is a finding whose fix makes the same section.
    const finding = app.findings('typed-marker');
    await expect(finding).toHaveCount(1);
    await finding.scrollIntoViewIfNeeded();
    await app.shot('typed-marker-undone');
    await finding.locator('.finding-fix').click();
    await expect(app.sections()).toHaveCount(20);
    await expect(finding).toHaveCount(0);
    await expect(app.editor).not.toContainText('（九）千方百计');
  });

  test('Backspace right after the conversion also gives the typed text back', async ({ app, page }) => {
    await app.caretAt('千方百计扩大就业。', 'start');
    await page.keyboard.type('（九）');
    await expect(app.sections()).toHaveCount(20);
    await page.keyboard.press('Backspace');
    await expect(app.sections()).toHaveCount(19);
    await expect(app.editor.locator('p', { hasText: /^（九）千方百计扩大就业。/ })).toHaveCount(1);
  });

  test('a pasted <h2>（十）测试</h2> becomes a section; an <h2> without a marker too', async ({ app, page }) => {
    await app.caretAt('千方百计扩大就业。', 'start');
    await putOnClipboard(page, { 'text/html': '<html><body><h2>（十）测试</h2></body></html>', 'text/plain': '（十）测试' });
    await page.keyboard.press('Control+v');
    await expect(app.sections()).toHaveCount(20);
    await expect(app.heading('测试')).toHaveCount(1);
    await expect(app.editor.locator('h3', { hasText: /^测试$/ })).toHaveCount(1);
    await app.caretAt('千方百计扩大就业。', 'start');
    await putOnClipboard(page, { 'text/html': '<h2 style="color:red">扩大开放</h2><p>稳外贸。</p>', 'text/plain': '扩大开放\n稳外贸。' });
    await page.keyboard.press('Control+v');
    await expect(app.sections()).toHaveCount(21);
    await expect(app.editor.locator('h3', { hasText: /^扩大开放$/ })).toHaveCount(1);
    await app.shot('pasted-h2-sections');
  });

  test('target-mismatch offers both fixes: the body takes the summary’s figure, or the summary the body’s', async ({ app, page }) => {
    await app.caretAt('千方百计扩大就业。', 'end');
    await page.keyboard.type('固定资产投资增长8%。');
    const finding = app.findings('target-mismatch');
    await expect(finding).toHaveCount(1);
    const fixes = finding.locator('.finding-fix');
    await expect(fixes).toHaveText(['此处改为与主要预期目标一致：9%', '主要预期目标改为与此处一致：8%']);
    await finding.scrollIntoViewIfNeeded();
    await app.shot('target-mismatch-both-fixes');
    await fixes.nth(0).click();
    await expect(app.editor).toContainText('千方百计扩大就业。固定资产投资增长9%。');
    await expect(finding).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(finding).toHaveCount(1);
    await finding.locator('.finding-fix').nth(1).click();
    await expect(app.editor.locator('p', { hasText: '主要预期目标是' })).toContainText('固定资产投资增长8%');
    await expect(finding).toHaveCount(0);
  });

  test('a version opens at its top and counts from the version to the current draft; the picker shows label, date, time and author', async ({ app, page }) => {
    const versions = page.locator('[role="region"][aria-label="版本"]');
    await versions.getByLabel('版本名称').fill('第一稿');
    await versions.getByRole('button', { name: '保存为版本' }).click();
    await expect(versions.locator('.version-label')).toHaveText(['第一稿']);

    // The current draft gains a paragraph: from the version to it, one is inserted (not deleted).
    await app.caretAt('动态消除零就业家庭。', 'end');
    await page.keyboard.press('Enter');
    await page.keyboard.type('新增的一段。');
    await expect(app.editor.locator('p', { hasText: /^新增的一段。$/ })).toHaveCount(1);

    await versions.getByRole('button', { name: '查看 第一稿' }).click();
    const dialog = page.getByRole('dialog', { name: '第一稿（只读）' });
    await expect(dialog).toContainText('从此版本到当前稿，改动 1 处：新增 1，删除 0，修改 0，移动 0。');
    const scroller = dialog.locator('.version-view-scroll');
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
    // The report's title is in view inside the dialog, and so is the close button.
    const title = dialog.locator('.report > *').first();
    await expect(title).toHaveText('政府工作报告');
    const [box, titleBox] = [await scroller.boundingBox(), await title.boundingBox()];
    expect(titleBox!.y).toBeGreaterThanOrEqual(box!.y);
    expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(box!.y + box!.height);
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeInViewport();
    await app.shot('version-view-top');
    await dialog.getByRole('button', { name: '关闭' }).click();

    await versions.getByRole('button', { name: '比对 第一稿' }).click();
    const choose = page.getByRole('dialog', { name: '比对两稿' });
    const option = choose.locator('select').first().locator('option:checked');
    await expect(option).toHaveText(/^第一稿 · \d{4}-\d{2}-\d{2} \d{2}:\d{2} · \S+$/);
    const [date, time] = (await option.textContent())!.split(' · ')[1].split(' ');
    const now = new Date();
    expect(date).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
    expect(time).toMatch(/^\d{2}:\d{2}$/);
    await app.shot('compare-picker-labels');
  });
});
