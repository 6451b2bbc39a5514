/**
 * Moving a section never invents numbering errors (issue 13, item 1): after
 * Alt+Shift+↓ swaps 三（七） and 三（八） of the real report, the numbers on
 * screen follow and the checks report no 编号跳号 or 编号倒退; undo puts the
 * sections and their typed numbers back.
 */
import { test, expect } from './support/app.js';

test('Alt+Shift+↓ moves 三（七） below 三（八） with no numbering finding; undo brings the order back', async ({ app, page }) => {
  const numbering = app.findings('numbering-sequence');
  await expect(app.checks).not.toHaveAttribute('aria-busy');
  const before = await numbering.count();
  await app.caretAt('实施国际化水平提升行动');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const moved = app.heading('实施国际化水平提升行动');
  await expect(moved).toHaveAttribute('data-number', '（八）');
  await expect(app.heading('实施政府效能提升行动')).toHaveAttribute('data-number', '（七）');
  await expect(app.checks).not.toHaveAttribute('aria-busy');
  await expect(numbering).toHaveCount(0);
  expect(before).toBe(0);
  await app.shot('move-section-no-numbering-finding');
  await app.editor.focus();
  await page.keyboard.press('Control+z');
  await expect(moved).toHaveAttribute('data-number', '（七）');
  await expect(app.checks).not.toHaveAttribute('aria-busy');
  await expect(numbering).toHaveCount(0);
});
