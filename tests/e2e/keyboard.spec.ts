/**
 * The keyboard (issue 13, item 5) and the outline and zoom shown as they are
 * (item 10), on the real report in the browser host: F6 and Shift+F6 go round
 * toolbar, outline, text, checks and versions; Esc brings the caret back
 * where it was; the outline is one tab stop with the arrow keys inside; it
 * lists the annex, its glossary and items, and puts a clicked heading at the
 * top of the view; the zoom button shows the zoom.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/app.js';

/** Which of the window's parts holds the focus (the region of focusCycle.ts). */
async function focusedRegion(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'none';
    if (a.closest('[role="toolbar"]')) return 'toolbar';
    if (a.closest('nav.outline')) return 'outline';
    if (a.closest('.ProseMirror')) return 'text';
    if (a.closest('.panel.checks')) return 'checks';
    if (a.closest('.panel.versions')) return 'versions';
    return a.tagName;
  });
}

/** How far the top of `el` is below the top of the scrolled desk, in CSS pixels. */
async function topInDesk(page: Page, el: Locator): Promise<number> {
  const box = (await el.boundingBox())!;
  const desk = (await page.locator('main.desk').boundingBox())!;
  return box.y - desk.y;
}

test.describe('keyboard (F6, Esc, arrows)', () => {
  test('F6 goes from the text to 检查结果, then versions, toolbar, outline and back to the text; Shift+F6 goes back', async ({ app, page }) => {
    await app.caretAt('提速建设武汉金融城');
    expect(await focusedRegion(page)).toBe('text');
    await page.keyboard.press('F6');
    // 检查结果 takes the focus on its findings list's tab stop (the first group's title), where the arrow keys work.
    await expect(app.checks.locator('.checks-list [tabindex="0"]')).toBeFocused();
    await app.shot('keyboard-f6-checks');
    for (const region of ['versions', 'toolbar', 'outline']) {
      await page.keyboard.press('F6');
      expect(await focusedRegion(page)).toBe(region);
    }
    // The outline's tab stop is the line of the section holding the caret.
    await expect(app.sections().filter({ hasText: '实施产业质效提升行动' })).toBeFocused();
    await app.shot('keyboard-f6-outline');
    await page.keyboard.press('F6');
    expect(await focusedRegion(page)).toBe('text');
    for (const region of ['outline', 'toolbar', 'versions', 'checks']) {
      await page.keyboard.press('Shift+F6');
      expect(await focusedRegion(page)).toBe(region);
    }
    // 检查结果 takes the focus on its findings list's tab stop (the first group's title), where the arrow keys work.
    await expect(app.checks.locator('.checks-list [tabindex="0"]')).toBeFocused();
  });

  test('a hidden panel is skipped', async ({ app, page }) => {
    await app.caretAt('提速建设武汉金融城');
    // Hiding the checks hides the right-hand column, versions with them.
    await page.locator('[data-command="view.checks"]').click();
    await expect(app.checks).toBeHidden();
    await expect(page.locator('.panel.versions')).toBeHidden();
    await app.editor.focus();
    await page.keyboard.press('F6');
    expect(await focusedRegion(page)).toBe('toolbar');
    await page.keyboard.press('F6');
    expect(await focusedRegion(page)).toBe('outline');
    await page.locator('[data-command="view.outline"]').click();
    await expect(app.outline).toBeHidden();
    await app.editor.focus();
    await page.keyboard.press('Shift+F6');
    expect(await focusedRegion(page)).toBe('toolbar');
    await page.keyboard.press('F6');
    expect(await focusedRegion(page)).toBe('text');
  });

  test('Esc in a panel gives the text the focus back with the caret where it was', async ({ app, page }) => {
    await app.caretAt('提速建设武汉金融城', 'end');
    await page.keyboard.press('F6');
    await page.keyboard.press('Escape');
    expect(await focusedRegion(page)).toBe('text');
    await page.keyboard.type('甲');
    await expect(app.editor).toContainText('提速建设武汉金融城甲');
    // From the outline, after moving through its lines (which moves nothing in the text).
    await page.keyboard.press('Shift+F6');
    await expect(app.sections().filter({ hasText: '实施产业质效提升行动' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.keyboard.type('乙');
    await expect(app.editor).toContainText('提速建设武汉金融城甲乙');
  });

  test('the outline is one tab stop: arrows, Home and End move inside it, Enter jumps', async ({ app, page }) => {
    const lines = app.outline.locator('.outline-line');
    await expect(app.outline.locator('.outline-line[tabindex="0"]')).toHaveCount(1);
    const first = app.parts().first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(app.sections().first()).toBeFocused();
    await expect(app.outline.locator('.outline-line[tabindex="0"]')).toHaveCount(1);
    await expect(app.sections().first()).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    await page.keyboard.press('End');
    await expect(lines.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    // Tab from the toolbar's last control (a button, or a menu's summary such as 审阅▾) lands on the list's
    // current line, and the next Tab leaves the list.
    await page.keyboard.press('ArrowDown');
    await page.locator('[role="toolbar"] :is(button.tool, summary.tool)').last().focus();
    await page.keyboard.press('Tab');
    await expect(app.sections().first()).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedRegion(page)).not.toBe('outline');
    await app.sections().first().focus();
    await page.keyboard.press('Enter');
    expect(await focusedRegion(page)).toBe('text');
    await expect(page.locator('.status-place')).toHaveText('一、过去五年工作回顾 › （一）坚持发展第一要务，经济增长更有质量');
  });

  test('the versions list is one tab stop too: arrows between versions, Tab to the buttons of the focused one, Enter views it', async ({ app, page }) => {
    const panel = page.locator('.panel.versions');
    for (const label of ['第一稿', '征求意见稿']) {
      await panel.locator('.versions-name').fill(label);
      await panel.locator('.versions-save-button').click();
    }
    const versions = panel.locator('.version');
    await expect(versions).toHaveCount(2);
    // F6 comes back to where the focus last was in the panel: 保存为版本 here, then a version once one was clicked.
    await app.caretAt('提速建设武汉金融城');
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    await expect(panel.locator('.versions-save-button')).toBeFocused();
    await versions.first().locator('.version-label').click();
    await app.caretAt('提速建设武汉金融城');
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    // Newest first.
    await expect(versions.first()).toBeFocused();
    await expect(versions.first()).toContainText('征求意见稿');
    await page.keyboard.press('ArrowDown');
    await expect(versions.nth(1)).toBeFocused();
    await expect(panel.locator('.version[tabindex="0"]')).toHaveCount(1);
    // Only the focused version's buttons are in the tab order.
    await expect(panel.locator('.version-action[tabindex="0"]')).toHaveCount(await versions.nth(1).locator('.version-action').count());
    await page.keyboard.press('Tab');
    await expect(versions.nth(1).locator('.version-action').first()).toBeFocused();
    await versions.nth(1).focus();
    await page.keyboard.press('Enter');
    const viewer = page.getByRole('dialog');
    await expect(viewer).toBeVisible();
    await expect(viewer).toContainText('第一稿');
    await app.shot('keyboard-version-view');
  });
});

test.describe('the outline and the zoom show what is there', () => {
  test('the outline lists the annex and its glossary terms, and items under their section', async ({ app, page }) => {
    const annex = app.outline.locator('.outline-line.annex');
    await expect(annex).toHaveText('附件\u3000名词解释');
    const entries = app.outline.locator('.outline-line.entry');
    await expect(entries).toHaveCount(22);
    await expect(entries.first()).toHaveText('1.五个率先');
    await expect(entries.last()).toHaveText('22.AED急救设施');
    // A paragraph made an item (1.) appears under its section, numbered.
    await app.caretAt('提速建设武汉金融城');
    await page.keyboard.press('Control+Alt+3');
    const items = app.outline.locator('.outline-line[data-level="3"]');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toHaveText(/^1\.提速建设武汉金融城/);
    const index = await app.outline.locator('.outline-line').evaluateAll((els) => els.findIndex((e) => e.classList.contains('level3')));
    await expect(app.outline.locator('.outline-line').nth(index - 1)).toHaveText('（一）实施产业质效提升行动');
    await app.shot('outline-annex-items');
  });

  test('a click on a line puts its heading at the top of the view', async ({ app, page }) => {
    for (const title of ['实施国际化水平提升行动', '实施创新动能提升行动']) {
      await app.sections().filter({ hasText: title }).click();
      // The heading's element (a 第N页 gap of the page view may stand at its start).
      const heading = app.editor.locator('.heading', { hasText: title });
      await expect.poll(() => topInDesk(page, heading)).toBeGreaterThanOrEqual(0);
      await expect.poll(() => topInDesk(page, heading)).toBeLessThan(30);
    }
    await app.outline.locator('.outline-line.entry', { hasText: '城区大脑' }).click();
    const term = app.editor.locator('.glossary-term', { hasText: '城区大脑' });
    await expect.poll(() => topInDesk(page, term)).toBeLessThan(30);
    await app.shot('outline-click-top');
  });

  test('the zoom button and the status bar show the zoom as it changes', async ({ app, page }) => {
    const button = page.locator('[data-command="view.zoomReset"]');
    await expect(button).toHaveText('100%');
    await app.caretAt('提速建设武汉金融城');
    await page.keyboard.press('Control+=');
    await expect(button).toHaveText('110%');
    await expect(page.locator('.status-zoom')).toHaveText('110%');
    await page.keyboard.press('Control+=');
    await expect(button).toHaveText('125%');
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await expect(button).toHaveText('90%');
    await app.shot('zoom-90');
    await page.locator('[data-command="view.language"]').click();
    await expect(button).toHaveText('90%');
    await button.click();
    await expect(button).toHaveText('100%');
    await expect(page.locator('.status-zoom')).toHaveText('100%');
  });
});
