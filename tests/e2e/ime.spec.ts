/**
 * Chinese input: an IME composition (pinyin shown, then the characters
 * committed) driven through the DevTools protocol, as a real IME does:
 * Input.imeSetComposition for each pinyin keystroke, then Input.insertText.
 * The committed text must appear once, with no pinyin left, in the page and
 * in the document (the outline reads the document), and the heading being
 * composed in must not be redrawn underneath the IME.
 */
import { test, expect, compose, type AppPage } from './support/app.js';

/**
 * Mark a DOM element with an expando (not an attribute, which ProseMirror
 * would see) and tell later whether that same element is still in the page.
 */
async function tag(app: AppPage, selector: string): Promise<() => Promise<boolean>> {
  const handle = (await app.editor.locator(selector).first().elementHandle())!;
  await handle.evaluate((node) => {
    (node as Element & { imeTag?: string }).imeTag = 'kept';
  });
  return async () => handle.evaluate((node) => node.isConnected && (node as Element & { imeTag?: string }).imeTag === 'kept');
}

test.describe('IME composition', () => {
  test('at the start of a section heading: the text once, no pinyin, the heading not redrawn', async ({ app, page }) => {
    const cdp = await page.context().newCDPSession(page);
    await app.caretAt('实施产业质效提升行动');
    const sameElement = await tag(app, 'h3:text-is("实施产业质效提升行动")');
    await compose(cdp, 'zhongdian', '重点');
    await expect(app.sections().nth(11)).toHaveText('（一）重点实施产业质效提升行动');
    await expect(app.editor).not.toContainText('zhong');
    expect(await sameElement()).toBe(true);
    await expect(app.editor.locator('h3', { hasText: '重点实施产业质效提升行动' })).toHaveAttribute('data-number', '（一）');
    await app.shot('ime-heading-start');
  });

  test('inside a paragraph of a numbered section, twice in a row, then typing on', async ({ app, page }) => {
    const cdp = await page.context().newCDPSession(page);
    await app.caretAt('优化全域创新生态', 'end');
    await compose(cdp, 'quanmian', '全面');
    await compose(cdp, 'tuijin', '推进');
    await page.keyboard.type('X');
    const para = app.editor.locator('p', { hasText: '优化全域创新生态全面推进X' });
    await expect(para).toHaveCount(1);
    await expect(app.editor).not.toContainText('quanmian');
    await expect(app.editor).not.toContainText('tuijin');
    // The document agrees with the page: undo takes the typed text away again.
    await page.keyboard.press('Control+z');
    await expect(app.editor).not.toContainText('优化全域创新生态全面推进X');
  });

  test('at the end of a part heading and in an empty new paragraph', async ({ app, page }) => {
    const cdp = await page.context().newCDPSession(page);
    await app.caretAt('2022年工作安排', 'end');
    await compose(cdp, 'zhongdian', '重点');
    await expect(app.parts().nth(2)).toHaveText('三、2022年工作安排重点');
    await page.keyboard.press('Enter');
    await compose(cdp, 'xinde', '新的');
    await compose(cdp, 'yiduan', '一段。');
    const part = app.editor.locator('section.part').nth(2);
    await expect(part.locator(':scope > p').first()).toHaveText('新的一段。');
    await expect(app.editor).not.toContainText('yiduan');
  });
});
