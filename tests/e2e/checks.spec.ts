import { test, expect } from './support/app.js';

test.describe('checks panel, suppressions and 指标一览 on the real report', () => {
  test('groups findings by rule, what matters first, with the counts in the status bar', async ({ app, page }) => {
    const groups = app.checks.locator('details.check-group.rule');
    await expect(groups.locator('> summary')).toHaveText([/^中文中使用半角标点（\d+）$/, '多余的空格（1）', /^预计数待更新（\d+）$/, /^可加入名词解释的缩略语（\d+）$/]);
    await expect(groups.first()).toHaveClass(/severity-error/);
    await expect(app.findings('spacing')).toHaveCount(1);
    await expect(page.locator('.status-checks')).toHaveText(/^错误 \d+ · 警告 1 · 提示 6$/);
    await app.shot('checks-grouped');
  });

  test('a quick fix makes the full-width comma and the finding goes', async ({ app }) => {
    const halfwidth = app.findings('punctuation-halfwidth');
    const before = await halfwidth.count();
    // A group of many findings starts folded.
    await app.checks.locator('details[data-group="punctuation-halfwidth"] > summary').click();
    await halfwidth.filter({ hasText: '2019年水平,预计' }).locator('.finding-fix').click();
    await expect(halfwidth).toHaveCount(before - 1);
    await expect(app.editor).toContainText('2019年水平，预计');
  });

  test('while the text has changed the region is busy; a run of the checks redraws only the rows that changed', async ({ app, page }) => {
    await expect(app.checks).not.toHaveAttribute('aria-busy');
    const firstRow = () => page.evaluate(() => (window as unknown as { row: Element }).row.isConnected);
    await app.findings().first().evaluate((row) => ((window as unknown as { row: Element }).row = row));
    await app.caretAt('构建舒适便捷', 'end');
    await page.keyboard.type('美丽');
    await expect(app.checks).toHaveAttribute('aria-busy', 'true');
    await expect(app.checks).not.toHaveAttribute('aria-busy');
    expect(await firstRow()).toBe(true);
    // A new finding (a half-width comma) adds its row; the others stay as they were.
    const halfwidth = app.findings('punctuation-halfwidth');
    const before = await halfwidth.count();
    const rows = await app.findings().count();
    await page.keyboard.type(',');
    await expect(halfwidth).toHaveCount(before + 1);
    await expect(app.checks).not.toHaveAttribute('aria-busy');
    await expect(halfwidth.filter({ hasText: '构建舒适便捷美丽,' })).toHaveCount(1);
    expect(await firstRow()).toBe(true);
    await expect(app.findings()).toHaveCount(rows + 1);
    await expect(app.checks.locator('details.rule > summary').first()).toHaveText(`中文中使用半角标点（${before + 1}）`);
  });

  test('suppress with a reason, then re-enable', async ({ app, page }) => {
    await app.findings('spacing').locator('.finding-suppress').click();
    const dialog = page.locator('dialog.suppress-dialog');
    await expect(dialog).toBeVisible();
    await dialog.locator('textarea').fill('原文如此');
    await dialog.locator('.dialog-button.primary').click();
    await expect(page.locator('.status-checks')).toHaveText(/警告 0/);
    const suppressed = app.checks.locator('details.check-group.suppressed');
    await expect(suppressed.locator('> summary')).toHaveText('已忽略（1）');
    await suppressed.locator('> summary').click();
    await expect(suppressed.locator('.finding-suppressed-by')).toContainText('原文如此');
    await app.shot('checks-suppressed');
    await suppressed.locator('.finding-suppress').click();
    await expect(page.locator('.status-checks')).toHaveText(/警告 1/);
    await expect(app.checks.locator('details.check-group.suppressed')).toHaveCount(0);
  });

  test('指标一览 lists every target by indicator with its scope, and a click jumps to it', async ({ app, page }) => {
    await app.checks.locator('[role="tab"][data-tab="targets"]').click();
    const jobs = page.locator('.target-indicator[data-indicator="城镇新增就业"] .target-item');
    await expect(jobs).toHaveCount(4);
    await expect(jobs.locator('.target-scope')).toHaveText(['工作回顾', '工作回顾', '五年目标', '年度工作']);
    await expect(page.locator('.target-item[data-scope="summary"]')).toHaveCount(4);
    await app.shot('targets-panel');
    await jobs.last().locator('button').click();
    const selected = await page.evaluate(() => document.getSelection()?.toString());
    expect(selected).toBe('新增就业1.7万人');
  });
});
