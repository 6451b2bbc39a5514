import { test, expect } from './support/app.js';

test.describe('outline (大纲) on the real report', () => {
  test('lists the 3 parts and 19 sections, each line beginning with its number', async ({ app }) => {
    await expect(app.parts()).toHaveText(['一、过去五年工作回顾', '二、未来五年总体安排', '三、2022年工作安排']);
    await expect(app.sections()).toHaveCount(19);
    await expect(app.sections().nth(11)).toHaveText('（一）实施产业质效提升行动');
    await expect(app.sections().nth(18)).toHaveText('（八）实施政府效能提升行动');
    await app.shot('outline-real-report');
  });

  test('a click jumps to the section and highlights it as the current place', async ({ app, page }) => {
    const line = app.sections().filter({ hasText: '实施国际化水平提升行动' });
    await line.click();
    await expect(line).toHaveAttribute('aria-current', 'location');
    await expect(app.outline.locator('[aria-current]').first()).toHaveText('三、2022年工作安排');
    await expect(page.locator('.status-place')).toContainText('（七）实施国际化水平提升行动');
    const heading = app.heading('实施国际化水平提升行动');
    await expect(heading).toBeInViewport();
    // The caret is in that heading: typing goes there.
    await page.keyboard.press('End');
    await page.keyboard.type('（试）');
    await expect(heading).toHaveCount(0);
    await expect(app.sections().nth(17)).toHaveText('（七）实施国际化水平提升行动（试）');
  });

  test('a line is reached from the keyboard, and Enter jumps to its section', async ({ app, page }) => {
    const line = app.sections().filter({ hasText: '实施城区品质提升行动' });
    await expect(line).toHaveRole('link');
    await line.focus();
    await page.keyboard.press('Enter');
    await expect(line).toHaveAttribute('aria-current', 'location');
    const heading = app.heading('实施城区品质提升行动');
    await expect(heading).toBeInViewport();
    await page.keyboard.press('End');
    await page.keyboard.type('（键）');
    await expect(app.sections().filter({ hasText: '实施城区品质提升行动（键）' })).toHaveCount(1);
  });

  test('dragging a section in the outline moves it; numbering follows and undo puts it back', async ({ app, page }) => {
    const last = app.sections().filter({ hasText: '实施政府效能提升行动' });
    const first = app.sections().filter({ hasText: '实施产业质效提升行动' });
    const box = await first.boundingBox();
    await last.dragTo(first, { targetPosition: { x: 20, y: 2 } });
    await expect(app.sections().nth(11)).toHaveText('（一）实施政府效能提升行动');
    await expect(app.sections().nth(12)).toHaveText('（二）实施产业质效提升行动');
    await expect(app.sections().nth(18)).toHaveText('（八）实施国际化水平提升行动');
    // The page shows the new numbers too.
    const moved = app.heading('实施政府效能提升行动');
    await expect(moved).toHaveAttribute('data-number', '（一）');
    expect(box).not.toBeNull();
    await app.shot('outline-after-drag');
    await app.editor.focus();
    await page.keyboard.press('Control+z');
    await expect(app.sections().nth(11)).toHaveText('（一）实施产业质效提升行动');
    await expect(app.sections().nth(18)).toHaveText('（八）实施政府效能提升行动');
  });
});
