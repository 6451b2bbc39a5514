/**
 * 转为修订 (issue 14): compare a kept version with the current draft, which
 * differs from it in a target figure and an added sentence, and turn the
 * comparison into suggestions. The draft then shows the version's text as
 * insertions and its own as deletions, signed by the version's author (its
 * label when it has none), the compare closes, and Ctrl+Z takes it all back.
 */
import { test, expect } from './support/app.js';

test('a comparison turned into suggestions marks the current draft, and Ctrl+Z undoes it', async ({ app, page }) => {
  const versions = page.locator('[role="region"][aria-label="版本"]');
  await versions.getByLabel('版本名称').fill('第一稿');
  await versions.getByRole('button', { name: '保存为版本' }).click();
  await expect(versions.locator('.version-label')).toHaveText(['第一稿']);
  const meta = (await versions.locator('.version-meta').first().textContent()) ?? '';

  // The current draft: the GDP target 7.5% → 7%, and a sentence added in the review.
  await app.caretAt('7.5%左右', 'start');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('7');
  const summary = app.editor.locator('p', { hasText: '主要预期目标是' });
  await expect(summary).toContainText('增长7%左右，固定资产投资');
  await app.caretAt('综合经济实力不断增强。', 'end');
  await page.keyboard.type('（新增一句）');
  await expect(app.editor.locator('ins.suggestion, del.suggestion')).toHaveCount(0);

  await versions.getByRole('button', { name: '比对 第一稿' }).click();
  await page.getByRole('dialog', { name: '比对两稿' }).getByRole('button', { name: '比对', exact: true }).click();
  const compare = page.getByRole('region', { name: '比对', exact: true });
  await expect(compare.locator('.cmp-list li')).toHaveCount(2);
  await compare.getByRole('button', { name: '转为修订' }).click();
  await expect(compare).toBeHidden();

  // The version's figure inserted, the draft's struck; the added sentence struck.
  const inserted = summary.locator('ins.suggestion.insertion');
  const deleted = summary.locator('del.suggestion.deletion');
  await expect(inserted).toHaveText('7.5%左右');
  await expect(deleted).toHaveText('7%左右');
  await expect(app.editor.locator('del.suggestion.deletion', { hasText: '（新增一句）' })).toHaveCount(1);
  const author = await inserted.getAttribute('data-author');
  if (meta.includes('未署名')) expect(author).toBe('第一稿');
  else expect(meta).toContain(author!);
  expect(await deleted.getAttribute('data-author')).toBe(author);
  await app.shot('compare-to-suggestions');

  // One undo step takes every mark back.
  await app.caretAt('各位代表', 'start');
  await page.keyboard.press('Control+z');
  await expect(app.editor.locator('ins.suggestion, del.suggestion')).toHaveCount(0);
  await expect(summary).toContainText('增长7%左右，固定资产投资');
  await expect(app.editor.locator('p', { hasText: '（新增一句）' })).toHaveCount(1);
});
