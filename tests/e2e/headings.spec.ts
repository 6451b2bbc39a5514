import { test, expect } from './support/app.js';

test.describe('heading commands on the real report', () => {
  test('Ctrl+Alt+2 in part 三 makes a new section, later sections renumber, count-mismatch appears; undo restores it', async ({ app, page }) => {
    await expect(app.findings('count-mismatch')).toHaveCount(0);
    // A paragraph of section （二） of part 三.
    const para = app.editor.locator('section.part').nth(2).locator('section.section').nth(1).locator('p').nth(1);
    const text = (await para.textContent())!;
    await app.caretAt(text.slice(0, 6));
    await page.keyboard.press('Control+Alt+2');

    await expect(app.sections()).toHaveCount(20);
    await expect(app.sections().nth(13)).toHaveText(`（三）${text}`);
    await expect(app.sections().nth(19)).toHaveText('（九）实施政府效能提升行动');
    await expect(app.heading('实施政府效能提升行动')).toHaveAttribute('data-number', '（九）');
    await expect(app.findings('count-mismatch')).toHaveCount(1);
    await expect(app.findings('count-mismatch')).toContainText('八');
    await app.shot('heading-new-section-count-mismatch');

    await page.keyboard.press('Control+z');
    await expect(app.sections()).toHaveCount(19);
    await expect(app.heading('实施政府效能提升行动')).toHaveAttribute('data-number', '（八）');
    await expect(app.findings('count-mismatch')).toHaveCount(0);

    await page.keyboard.press('Control+y');
    await expect(app.sections()).toHaveCount(20);
    await page.keyboard.press('Control+z');
    await expect(app.sections()).toHaveCount(19);
    await page.keyboard.press('Control+Shift+z');
    await expect(app.sections()).toHaveCount(20);
  });

  test('the numbers before headings are not text: they cannot be selected into the text or typed over', async ({ app, page }) => {
    const heading = app.heading('实施产业质效提升行动');
    await expect(heading).toHaveAttribute('data-number', '（一）');
    const number = await heading.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(number).toBe('"（一）"');
    await app.caretAt('实施产业质效提升行动');
    await page.keyboard.press('Backspace');
    // Backspace at the start of a heading turns it into a paragraph; the number goes, the text stays.
    await expect(app.sections()).toHaveCount(18);
    await expect(app.editor).toContainText('实施产业质效提升行动');
    await page.keyboard.press('Control+z');
    await expect(app.sections()).toHaveCount(19);
  });

  test('Tab demotes a section to an item under the section before; Shift+Tab promotes it back', async ({ app, page }) => {
    await app.caretAt('实施创新动能提升行动', 'end');
    await page.keyboard.press('Tab');
    await expect(app.sections()).toHaveCount(18);
    await expect(app.editor.locator('h4.level3')).toHaveText('实施创新动能提升行动');
    await expect(app.editor.locator('h4.level3')).toHaveAttribute('data-number', '1.');
    await page.keyboard.press('Shift+Tab');
    await expect(app.sections()).toHaveCount(19);
  });

  test('Enter at the end of a heading starts a paragraph inside it', async ({ app, page }) => {
    await app.caretAt('实施文化魅力提升行动', 'end');
    await page.keyboard.press('Enter');
    await page.keyboard.type('新的一段。');
    const section = app.editor.locator('section.section').filter({ has: page.locator('h3', { hasText: /^实施文化魅力提升行动$/ }) });
    await expect(section.locator('p').first()).toHaveText('新的一段。');
    await expect(app.sections()).toHaveCount(19);
  });

  test('the toolbar and the command menu reach the same commands', async ({ app, page }) => {
    const para = app.editor.locator('section.part').nth(2).locator('section.section').nth(3).locator('p').nth(0);
    const text = (await para.textContent())!;
    await app.caretAt(text.slice(0, 4));
    await page.getByRole('button', { name: '二级标题' }).click();
    await expect(app.sections()).toHaveCount(20);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(app.sections()).toHaveCount(19);
    await app.caretAt(text.slice(0, 4));
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('二级');
    await page.keyboard.press('Enter');
    await expect(app.sections()).toHaveCount(20);
  });
});
