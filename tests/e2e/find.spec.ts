import { test, expect } from './support/app.js';

test.describe('find and replace (Ctrl+F, Ctrl+H)', () => {
  test('Ctrl+F highlights every match and Enter walks through them', async ({ app, page }) => {
    await app.caretAt('我代表江汉区人民政府');
    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: '查找' });
    await expect(input).toBeFocused();
    await input.fill('提升行动');
    const count = await app.editor.locator('.find-match').count();
    expect(count).toBeGreaterThan(8);
    await expect(page.locator('.find-count')).toHaveText(`第 1 处，共 ${count} 处`);
    await input.press('Enter');
    await input.press('Enter');
    await expect(page.locator('.find-count')).toHaveText(`第 2 处，共 ${count} 处`);
    await expect(app.editor.locator('.find-current')).toBeInViewport();
    await app.shot('find-highlights');
    await input.press('Escape');
    await expect(app.editor.locator('.find-match')).toHaveCount(0);
    await expect(app.editor).toBeFocused();
  });

  test('Ctrl+H replaces all across the document in one undoable step; headings follow', async ({ app, page }) => {
    await app.caretAt('我代表江汉区人民政府');
    await page.keyboard.press('Control+h');
    await page.getByRole('searchbox', { name: '查找' }).fill('提升行动');
    await page.getByRole('textbox', { name: '替换为' }).fill('攻坚行动');
    await page.getByRole('button', { name: '全部替换' }).click();
    await expect(app.sections().nth(11)).toHaveText('（一）实施产业质效攻坚行动');
    await expect(app.editor.locator('.find-match')).toHaveCount(0);
    await app.editor.focus();
    await page.keyboard.press('Control+z');
    await expect(app.sections().nth(11)).toHaveText('（一）实施产业质效提升行动');
  });

  test('查找 from the command menu leaves the focus in the find bar', async ({ app, page }) => {
    await app.caretAt('优化全域创新生态');
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('edit.find');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('searchbox', { name: '查找' })).toBeFocused();
    await page.keyboard.type('提升行动');
    await expect(page.getByRole('searchbox', { name: '查找' })).toHaveValue('提升行动');
  });
});
