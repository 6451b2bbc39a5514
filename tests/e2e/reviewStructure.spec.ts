/**
 * 结构修订 through the browser host: in 修订模式 a heading's level changed
 * with Tab is listed as a structural suggestion with the user's name, is
 * still listed after a save and a reload from disk, and rejecting it puts
 * the level back (one undo step: Ctrl+Z brings the change back). And an
 * input method composing over a selection strikes the selected text instead
 * of dropping it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TEST_AUTHOR } from '../support/identity.js';
import { test, expect, compose } from './support/app.js';
import { startHost } from './support/host.js';

const HEADING = '实施创新动能提升行动';

async function openList(page: Page) {
  await page.locator('summary', { hasText: '审阅' }).click();
  await page.locator('[data-command="review.panel"]').click();
  return page.getByRole('region', { name: '修订与批注' });
}

test.describe('结构修订', () => {
  test('a heading level changed in 修订模式 is listed with the user name, survives a reload from disk, and rejecting restores the level', async ({ app, page, host }) => {
    await app.caretAt(HEADING);
    await page.keyboard.press('Control+Shift+e');
    await expect(page.locator('.status-track')).toHaveText('修订 开');
    await page.keyboard.press('Tab');
    // （二） is now an item under the section before it, and the heading says it holds a suggestion.
    const demoted = app.editor.locator('h4', { hasText: HEADING });
    await expect(demoted).toHaveAttribute('data-change', 'level');
    const panel = await openList(page);
    const item = panel.locator('.review-item[data-kind="structure"]');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('结构·标题级别 二级→三级');
    await expect(item).toContainText(HEADING);
    await expect(panel.locator('.review-author-name')).toContainText(TEST_AUTHOR);
    // The checks read the demoted section as an item: “八大提升行动” now counts seven.
    await expect(app.findings('count-mismatch')).toHaveCount(1);
    await app.shot('review-structure-listed');

    // Saved (the report was imported from text: 保存 asks where) and opened again from disk in a new host.
    await page.keyboard.press('Control+s');
    await page.getByRole('dialog', { name: '保存报告' }).getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.status-save')).toHaveAttribute('data-state', 'saved');
    const saved = readdirSync(host.dir).find((name) => name.endsWith('.caogao'));
    expect(saved).toBeTruthy();
    const second = await startHost(join(host.dir, saved!));
    try {
      await page.goto(second.url);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
      await expect(app.editor.locator('h4', { hasText: HEADING })).toHaveAttribute('data-change', 'level');
      const again = await openList(page);
      const listed = again.locator('.review-item[data-kind="structure"]');
      await expect(listed).toContainText(HEADING);
      await expect(again.locator('.review-author-name')).toContainText(TEST_AUTHOR);

      // 拒绝: the level back (a section heading, numbered （二） again), the suggestion gone.
      await listed.getByRole('button', { name: /^拒绝/ }).click();
      const restored = app.editor.locator('h3', { hasText: HEADING });
      await expect(restored).toHaveAttribute('data-number', '（二）');
      await expect(restored).not.toHaveAttribute('data-change', /./);
      await expect(again.locator('.review-item')).toHaveCount(0);
      // The outline follows: （二） is a section of part 三 again (the 19 sections of the report).
      await expect(app.sections()).toHaveCount(19);
      await expect(app.sections().nth(12)).toHaveText(`（二）${HEADING}`);
      // And the checks: “八大提升行动” counts eight sections again.
      await expect(app.findings('count-mismatch')).toHaveCount(0);
      // One undo step brings the change and its suggestion back.
      await app.caretAt(HEADING, 'end');
      await app.shot('review-structure-rejected');
      await page.keyboard.press('Control+z');
      await expect(app.editor.locator('h4', { hasText: HEADING })).toHaveAttribute('data-change', 'level');
    } finally {
      await second.stop();
    }
  });

  test('a click in a heading holding a structural suggestion shows what it is, by whom, and 接受 there keeps the level and clears it', async ({ app, page }) => {
    await app.caretAt(HEADING);
    await page.keyboard.press('Control+Shift+e');
    await page.keyboard.press('Tab');
    const demoted = app.editor.locator('h4', { hasText: HEADING });
    await expect(demoted).toHaveAttribute('data-change', 'level');
    await demoted.click();
    const card = page.locator('.suggestion-popover');
    await expect(card).toBeVisible();
    await expect(card).toContainText('结构·标题级别 二级→三级');
    await expect(card).toContainText(TEST_AUTHOR);
    await card.getByRole('button', { name: '接受' }).click();
    await expect(card).toBeHidden();
    await expect(demoted).not.toHaveAttribute('data-change', /./);
    await expect(demoted).toHaveAttribute('data-number', '1.');
    // A click in a heading without one shows nothing.
    await app.editor.locator('h3').first().click();
    await expect(card).toBeHidden();
  });

  test('an input method composing over a selection strikes the selected text and inserts the composed text after it', async ({ app, page }) => {
    const cdp = await page.context().newCDPSession(page);
    await app.caretAt('优化全域创新生态', 'end');
    await page.keyboard.press('Control+Shift+e');
    await app.select('全域创新');
    await compose(cdp, 'quanmian', '全面');
    await expect(app.editor.locator('del.suggestion')).toHaveText('全域创新');
    await expect(app.editor.locator('ins.suggestion')).toHaveText('全面');
    await expect(app.editor).toContainText('优化全域创新全面生态');
    await expect(app.editor).not.toContainText('quanmian');
    await expect(app.editor.locator('del.suggestion')).toHaveAttribute('data-author', TEST_AUTHOR);
    await app.shot('review-ime-over-selection');
  });
});
