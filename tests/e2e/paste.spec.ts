/**
 * Paste through the real clipboard (Ctrl+V): report text becomes structure;
 * HTML from Word or a web page becomes text blocks without any of its
 * markup, scripts, handlers or images.
 */
import { test, expect, type AppPage } from './support/app.js';
import { putOnClipboard } from './support/clipboard.js';

/** Put the caret at the end of section （二） of part 三 (实施创新动能提升行动). */
async function endOfSectionTwo(app: AppPage): Promise<void> {
  const last = app.editor.locator('section.part').nth(2).locator('section.section').nth(1).locator(':scope > p').last();
  const text = (await last.textContent())!;
  await app.caretAt(text.slice(-12), 'end');
}

test.describe('paste', () => {
  test('a pasted block of report text becomes sections and paragraphs at the cursor', async ({ app, page }) => {
    await endOfSectionTwo(app);
    await putOnClipboard(page, {
      'text/plain': '（三）实施开放合作提升行动\n深化区域合作。推动武汉都市圈协同发\n\n展，共建产业园区。\n扩大对外开放。',
    });
    await page.keyboard.press('Control+v');
    await expect(app.sections()).toHaveCount(20);
    await expect(app.sections().nth(13)).toHaveText('（三）实施开放合作提升行动');
    await expect(app.sections().nth(19)).toHaveText('（九）实施政府效能提升行动');
    const section = app.editor.locator('section.section').filter({ has: page.locator('h3', { hasText: /^实施开放合作提升行动$/ }) });
    await expect(section.locator('p')).toHaveText(['深化区域合作。推动武汉都市圈协同发展，共建产业园区。', '扩大对外开放。']);
    await expect(app.findings('count-mismatch')).toHaveCount(1);
    await app.shot('paste-report-text');
    await page.keyboard.press('Control+z');
    await expect(app.sections()).toHaveCount(19);
  });

  test('HTML from Word or a browser: text only, no script, handler, image or markup', async ({ app, page }) => {
    await endOfSectionTwo(app);
    const html =
      '<html><head><style>p{color:red}</style><script>window.__pwned=1</script></head><body>' +
      '<p class=MsoNormal><b>推进数字政府建设。</b><span style="mso-bidi-font-family:仿宋">加快“一网通办”。</span><o:p></o:p></p>' +
      '<p><img src="http://example.invalid/x.png" onerror="window.__pwned=2">图文之后。<a href="javascript:alert(1)" onclick="window.__pwned=3">链接文字</a></p>' +
      '<iframe src="http://example.invalid"></iframe><div onmouseover="window.__pwned=4">最后一段。</div></body></html>';
    await putOnClipboard(page, { 'text/html': html, 'text/plain': '推进数字政府建设。加快“一网通办”。\n图文之后。链接文字\n最后一段。' });
    await page.keyboard.press('Control+v');
    await expect(app.editor.locator('p', { hasText: '推进数字政府建设。加快“一网通办”。' })).toHaveCount(1);
    await expect(app.editor.locator('p', { hasText: /^图文之后。链接文字$/ })).toHaveCount(1);
    await expect(app.editor.locator('p', { hasText: /^最后一段。$/ })).toHaveCount(1);
    for (const selector of ['img', 'script', 'style', 'a', 'iframe', '[onerror]', '[onclick]', '[onmouseover]', '[style]']) {
      await expect(app.editor.locator(selector)).toHaveCount(0);
    }
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(app.sections()).toHaveCount(19);
  });

  test('a single plain line goes into the text at the cursor', async ({ app, page }) => {
    await app.caretAt('尊重创新氛围。');
    await putOnClipboard(page, { 'text/plain': '大力' });
    await page.keyboard.press('Control+v');
    await expect(app.editor.locator('p', { hasText: '大力尊重创新氛围。' })).toHaveCount(1);
  });
});
