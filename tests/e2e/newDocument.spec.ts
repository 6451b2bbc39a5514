/**
 * 新建 shows the new document as a fresh one (issue 13, item 10): from its
 * top, with no message left in the 版本 panel from the last document, and
 * the 版本 panel's 字数 the status bar's.
 */
import { test, expect } from './support/app.js';

test('新建 opens at the top, with no version message left from the last document', async ({ app, page }) => {
  const versions = page.locator('[role="region"][aria-label="版本"]');
  await versions.getByLabel('版本名称').fill('第一稿');
  await versions.getByRole('button', { name: '保存为版本' }).click();
  await expect(versions.getByRole('status')).toContainText('已保存版本“第一稿”');
  // One 字数 rule: the version of the unchanged draft counts what the status bar counts.
  const words = (await page.locator('.status-words').textContent())!.replace(/\D/g, '');
  await expect(versions.locator('.version-meta')).toContainText(`${Number(words).toLocaleString('zh-CN')} 字`);

  // Read down to the end of the report.
  await app.caretAt('各位代表');
  const desk = page.locator('main.desk');
  await desk.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await desk.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);

  await app.editor.focus();
  await page.keyboard.press('Control+n');
  await page.getByRole('dialog', { name: '文档尚未保存' }).getByRole('button', { name: '不保存' }).click();
  await expect(app.sections()).not.toHaveCount(19);
  await expect(versions.locator('.version')).toHaveCount(0);
  await expect(versions.locator('.versions-status')).toHaveText('');
  await expect.poll(() => desk.evaluate((el) => el.scrollTop)).toBe(0);
  await app.shot('new-document-top');
});
