/**
 * Findings in the text, and the important ones first (issue 13, items 4, 5
 * and 8), on the real report: a finding is underlined where it is, by
 * severity, and the pointer or the caret on it shows its message and fix; a
 * fix marks what it changed; 全部修正 fixes a rule's 34 half-width marks and
 * one Ctrl+Z brings them back; 仅显示错误 filters the list; the list is one tab
 * stop with the arrow keys inside, Enter jumps to a finding and Esc returns
 * to the text.
 */
import { test, expect, type AppPage } from './support/app.js';

const halfwidthGroup = (app: AppPage) => app.checks.locator('details[data-group="punctuation-halfwidth"]');

async function checked(app: AppPage): Promise<void> {
  await expect(app.checks).not.toHaveAttribute('aria-busy');
  await expect(app.editor.locator('.finding-mark').first()).toBeAttached();
}

test.describe('findings in the text', () => {
  test('a finding is underlined by its severity; hover shows its message and fix, and the fix marks what it changed', async ({ app, page }) => {
    await checked(app);
    const comma = app.editor.locator('.finding-mark[data-rule="punctuation-halfwidth"]', { hasText: ',' }).first();
    const style = (el: typeof comma) => el.evaluate((e) => [getComputedStyle(e).textDecorationLine, getComputedStyle(e).textDecorationStyle]);
    expect(await style(comma)).toEqual(['underline', 'wavy']);
    expect(await style(app.editor.locator('.finding-mark.finding-warning[data-rule="spacing"]'))).toEqual(['underline', 'solid']);
    expect(await style(app.editor.locator('.finding-mark.finding-info').first())).toEqual(['underline', 'dotted']);

    const target = app.editor.locator('.finding-mark[data-rule="punctuation-halfwidth"]').nth(0);
    await target.scrollIntoViewIfNeeded();
    const before = await app.findings('punctuation-halfwidth').count();
    await target.hover();
    const popover = page.locator('.finding-popover');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('中文中使用了半角');
    await expect(popover.locator('button.finding-popover-fix')).toHaveText('修正');
    await app.shot('finding-hover-popover');
    await popover.locator('button.finding-popover-fix').click();
    await expect(popover).toBeHidden();
    // What the fix changed is marked for a moment, then the mark fades away.
    await expect(app.editor.locator('.fix-flash')).toHaveText('，');
    await app.shot('finding-fix-flash');
    await expect(app.editor.locator('.fix-flash')).toHaveCount(0, { timeout: 5000 });
    await expect(app.findings('punctuation-halfwidth')).toHaveCount(before - 1);
  });

  test('the caret in a finding shows its message and fix, and the fix works from there', async ({ app, page }) => {
    await checked(app);
    await app.caretAt('2019年水平', 'end');
    const popover = page.locator('.finding-popover');
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAttribute('data-mode', 'caret');
    await expect(popover).toContainText('中文中使用了半角“,”，应为全角“，”。');
    // It follows the text when the view scrolls, and stands just below the flagged comma.
    const comma = app.editor.locator('.finding-mark[data-rule="punctuation-halfwidth"]').first();
    await comma.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(async () => {
      const [mark, box] = [(await comma.boundingBox())!, (await popover.boundingBox())!];
      expect(box.y).toBeGreaterThanOrEqual(mark.y + mark.height - 2);
      expect(box.y).toBeLessThan(mark.y + mark.height + 40);
      expect(Math.abs(box.x - mark.x)).toBeLessThan(4);
    }).toPass();
    await app.shot('finding-caret-popover');
    // Typing hides it; it never stands over the text being written.
    await page.keyboard.type('的');
    await expect(popover).toBeHidden();
    await page.keyboard.press('Backspace');
    await app.caretAt('不问赶路');
    await expect(popover).toBeHidden();
    await app.caretAt('2019年水平', 'end');
    await expect(popover).toBeVisible();
    await popover.locator('button.finding-popover-fix').click();
    await expect(app.editor).toContainText('2019年水平，预计');
    await expect(app.editor).toBeFocused();
  });
});

test.describe('the findings panel', () => {
  test('全部修正 fixes a group of 34 in one step, and one Ctrl+Z brings all of them back', async ({ app, page }) => {
    await checked(app);
    const group = halfwidthGroup(app);
    const summary = group.locator('> summary');
    await expect(summary).toHaveText(/^中文中使用半角标点（(\d+)）$/);
    const count = Number(/（(\d+)）/.exec((await summary.textContent())!)![1]);
    expect(count).toBeGreaterThan(5);
    // Many findings of one rule start folded, under one line with 全部修正.
    await expect(group).not.toHaveAttribute('open');
    const fixAll = app.checks.locator('.check-group-item:has(> details[data-group="punctuation-halfwidth"]) > .check-fix-all');
    await expect(fixAll).toHaveText('全部修正');
    await expect(app.findings('punctuation-halfwidth').first().locator('mark')).toHaveText(/^[,!;:?]$/);
    await app.shot('findings-panel-groups');
    await fixAll.click();
    await expect(app.findings('punctuation-halfwidth')).toHaveCount(0);
    await expect(app.editor).toContainText('2019年水平，预计');
    await expect(app.editor.locator('.fix-flash').first()).toBeAttached();
    await app.shot('findings-fix-all');
    await expect(app.editor).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(app.editor).toContainText('2019年水平,预计');
    await expect(app.findings('punctuation-halfwidth')).toHaveCount(count);
    // And Ctrl+Y does it all again.
    await page.keyboard.press('Control+y');
    await expect(app.findings('punctuation-halfwidth')).toHaveCount(0);
  });

  test('仅显示错误 leaves the errors alone in the list, and unchecked shows all again', async ({ app }) => {
    await checked(app);
    const all = await app.findings().count();
    const errors = await app.checks.locator('[data-rule][data-severity="error"]').count();
    expect(errors).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(errors);
    const filter = app.checks.getByLabel('仅显示错误');
    await filter.check();
    await expect(app.findings()).toHaveCount(errors);
    await expect(app.findings('spacing')).toHaveCount(0);
    await app.shot('findings-errors-only');
    await filter.uncheck();
    await expect(app.findings()).toHaveCount(all);
  });

  test('the list is one tab stop with the arrow keys inside; Enter jumps to a finding and Esc returns to the text', async ({ app, page }) => {
    await checked(app);
    const list = app.checks.locator('.checks-list');
    await expect(list.locator('[tabindex="0"]')).toHaveCount(1);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return `${el.tagName.toLowerCase()}:${el.textContent?.trim().slice(0, 12)}`;
    });
    // The list itself takes the focus (as F6 gives it) and hands it to its current line.
    await list.focus();
    expect(await focused()).toMatch(/^summary:中文中使用半角标点/);
    // ↓ skips the folded group's findings.
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('summary:多余的空格（1）');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^button:警告汉字之间有多余的空/);
    // → goes along the line: 修正, then 忽略; ← back.
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('button:修正');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('button:忽略');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatch(/^button:警告/);
    await expect(list.locator('[tabindex="0"]')).toHaveCount(1);
    // → on a folded title opens it, ← folds it again.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(halfwidthGroup(app)).toHaveAttribute('open');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^button:错误中文中使用/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(halfwidthGroup(app)).not.toHaveAttribute('open');
    await app.shot('findings-keyboard');
    // Tab leaves the list at once.
    await page.keyboard.press('Tab');
    expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    // Back in (Shift+Tab), on the line it left; Enter on a finding selects its text in the text.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toMatch(/^summary:中文中使用半角标点/);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    const row = page.locator(':focus');
    await expect(row).toHaveClass('finding-main');
    const excerpt = await row.locator('mark').textContent();
    await page.keyboard.press('Enter');
    await expect(app.editor).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(excerpt);
    await expect(page.locator('.finding-popover')).toBeVisible();
    // Esc in the list returns to the text.
    await list.focus();
    await page.keyboard.press('Escape');
    await expect(app.editor).toBeFocused();
  });
});
