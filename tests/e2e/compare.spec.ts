/**
 * Compare end to end (issue 5), through the browser host on the real report:
 * keep the draft as a version, change a target figure in 主要预期目标 and a
 * sentence in the review, then compare the version with the current draft
 * from the 版本 panel. The 指标变化 table lists the target; F7 steps through
 * the changes; 拒绝 takes the figure back in the draft (one undo step),
 * 撤销 brings it again, 接受 keeps the other change; and the comparison is
 * exported as a PDF next to the report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/app.js';

test('compare a version with the current draft: targets, F7, accept and reject, export', async ({ app, page, host }) => {
  const versions = page.locator('[role="region"][aria-label="版本"]');
  await versions.getByLabel('版本名称').fill('第一稿');
  await versions.getByRole('button', { name: '保存为版本' }).click();
  await expect(versions.locator('.version-label')).toHaveText(['第一稿']);

  // Two edits: the GDP target 7.5% → 7%, and a sentence added in the review of last year.
  await app.caretAt('7.5%左右', 'start');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('7');
  const summary = app.editor.locator('p', { hasText: '主要预期目标是' });
  await expect(summary).toContainText('增长7%左右，固定资产投资');
  await app.caretAt('综合经济实力不断增强。', 'end');
  await page.keyboard.type('（新增一句）');

  // 比对 on the version: the version against the current draft.
  await versions.getByRole('button', { name: '比对 第一稿' }).click();
  const choose = page.getByRole('dialog', { name: '比对两稿' });
  await expect(choose.locator('select').first()).toHaveValue(/^v:/);
  await choose.getByRole('button', { name: '比对', exact: true }).click();

  const compare = page.getByRole('region', { name: '比对', exact: true });
  await expect(compare).toBeVisible();
  await expect(compare.locator('.cmp-title')).toHaveText('比对：第一稿 → 当前稿');
  const target = compare.locator('.cmp-targets tr[data-indicator="地区生产总值"]');
  await expect(target).toHaveCount(1);
  await expect(target.locator('td')).toHaveText(['三、', '增长7.5%左右', '增长7%左右']);
  await expect(compare.locator('.cmp-list li')).toHaveCount(2);

  // F7 steps through the changes in the order of the draft.
  const position = compare.locator('.cmp-position');
  await page.keyboard.press('F7');
  await expect(position).toHaveText('第 1 处，共 2 处');
  await expect(compare.locator('.cmp-row.cmp-current')).toContainText('（新增一句）');
  await page.keyboard.press('F7');
  await expect(position).toHaveText('第 2 处，共 2 处');
  await expect(compare.locator('.cmp-row.cmp-current').first()).toContainText('7%左右');
  await page.keyboard.press('Shift+F7');
  await expect(position).toHaveText('第 1 处，共 2 处');
  await page.keyboard.press('F7');
  await compare.getByRole('button', { name: '并排' }).click();
  await app.shot('compare-side-by-side');

  // 拒绝 the figure: the draft takes the version's figure back, and the change leaves the list.
  await compare.getByRole('button', { name: '拒绝' }).click();
  await expect(compare.getByRole('status')).toHaveText('已撤回，恢复原稿内容：三、');
  await expect(compare.locator('.cmp-targets caption')).toHaveText('指标变化：无');
  await expect(compare.locator('.cmp-list li')).toHaveCount(1);
  await expect(summary).toContainText('增长7.5%左右，固定资产投资');

  // 撤销 (Ctrl+Z in the compare view) brings the edit back.
  await page.keyboard.press('Control+z');
  await expect(compare.locator('.cmp-targets tr[data-indicator="地区生产总值"]')).toHaveCount(1);
  await expect(compare.locator('.cmp-list li')).toHaveCount(2);
  await expect(summary).toContainText('增长7%左右，固定资产投资');

  // 接受 the added sentence: the draft keeps it, the change is decided.
  await page.keyboard.press('Home');
  await compare.locator('.cmp-list li', { hasText: '（新增一句）' }).locator('button').click();
  await compare.getByRole('button', { name: '接受' }).click();
  await expect(compare.getByRole('status')).toHaveText('当前稿保持不变：一（一）');
  await expect(compare.locator('.cmp-list li')).toHaveCount(1);
  await expect(position).toHaveText('第 1 处，共 1 处 · 已处理 1 处');
  await expect(app.editor.locator('p', { hasText: '（新增一句）' })).toHaveCount(1);
  await compare.getByRole('button', { name: '修订', exact: true }).click();
  await app.shot('compare');

  // Export: a PDF next to the report, its first page the summary.
  await compare.getByRole('button', { name: '导出…' }).click();
  await page.getByRole('dialog', { name: '导出比对结果' }).getByRole('button', { name: 'PDF' }).click();
  // The name and folder are asked (the page's save dialog in the browser host), the report's folder first.
  const saveDialog = page.getByRole('dialog', { name: '导出' });
  await expect(saveDialog.getByLabel('文件名', { exact: true })).toHaveValue('比对-第一稿-当前稿.pdf');
  await expect(saveDialog.locator('.file-dialog-location')).toHaveText(host.dir);
  await saveDialog.getByRole('button', { name: '导出' }).click();
  const done = page.getByRole('dialog', { name: '已导出' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(done).toContainText('比对-第一稿-当前稿.pdf');
  await done.getByRole('button', { name: '确定' }).click();
  const pdf = readdirSync(host.dir).find((f) => f.endsWith('.pdf'));
  expect(pdf).toBe('比对-第一稿-当前稿.pdf');
  expect(readFileSync(join(host.dir, pdf!)).subarray(0, 5).toString()).toBe('%PDF-');

  // Esc closes compare; the draft keeps what was decided.
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await expect(summary).toContainText('增长7%左右，固定资产投资');
});

test('a changed table shows as ruled rows of cells in the comparison, the change inside its cell', async ({ app, page }) => {
  // A table of three columns after a paragraph (pasted as tab-separated rows), kept as 第一稿.
  await app.caretAt('综合经济实力不断增强。', 'end');
  await app.editor.evaluate((editor, text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, '指标\t目标\t说明\n地区生产总值\t增长5%\t预期\n城镇新增就业\t1.5万人\t约束');
  await expect(app.editor.locator('table.report-table')).toHaveCount(1);
  const versions = page.locator('[role="region"][aria-label="版本"]');
  await versions.getByLabel('版本名称').fill('第一稿');
  await versions.getByRole('button', { name: '保存为版本' }).click();
  await expect(versions.locator('.version-label')).toHaveText(['第一稿']);
  // One cell changed: 1.5万人 → 2万人.
  await app.caretAt('1.5万人', 'end');
  for (let i = 0; i < '1.5万人'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('2万人');
  await expect(app.editor.locator('table.report-table td', { hasText: '2万人' })).toHaveCount(1);

  await versions.getByRole('button', { name: '比对 第一稿' }).click();
  await page.getByRole('dialog', { name: '比对两稿' }).getByRole('button', { name: '比对', exact: true }).click();
  const compare = page.getByRole('region', { name: '比对', exact: true });
  await expect(compare).toBeVisible();
  await page.keyboard.press('F7');
  // Side by side (the default): the old cell has the old figure only, the new cell the new one.
  const current = compare.locator('.cmp-row.cmp-current');
  await expect(current.locator('.cmp-old table.cmp-table-row td')).toHaveText(['城镇新增就业', '1.5万人', '约束']);
  await expect(current.locator('.cmp-new table.cmp-table-row td')).toHaveText(['城镇新增就业', '2万人', '约束']);
  await expect(current.locator('.cmp-new td').nth(1).locator('ins')).toHaveText('2万人');
  await expect(current).not.toContainText('｜');
  // The rows around it stay rows of the same three columns.
  await expect(compare.locator('.cmp-row', { hasText: '地区生产总值' }).locator('.cmp-new table.cmp-table-row td')).toHaveText(['地区生产总值', '增长5%', '预期']);
  await app.shot('compare-table-side');
  // Inline (修订): one ruled row of three cells, the figure struck and inserted in the second.
  await compare.getByRole('button', { name: '修订', exact: true }).click();
  const cells = compare.locator('.cmp-row.cmp-current table.cmp-table-row td');
  await expect(cells).toHaveCount(3);
  await expect(cells.nth(0)).toHaveText('城镇新增就业');
  await expect(cells.nth(1).locator('del')).toHaveText('1.5万人');
  await expect(cells.nth(1).locator('ins')).toHaveText('2万人');
  await expect(cells.nth(2)).toHaveText('约束');
  await app.shot('compare-table-inline');
});
