/**
 * Tables in the editor, in Chromium through the browser host: a table pasted
 * from Word or WPS HTML, or as tab-separated text, stays a table (its rows,
 * cells and spans), Tab moves between its cells, and the HTML and PDF
 * exports show it ruled.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AppPage } from './support/app.js';
import { SHOTS } from './support/app.js';

/** A paste event as the browser sends it for Ctrl+V, with the clipboard's types. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.locator('[aria-label="正文"]').evaluate((editor, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** Word's HTML for a table: mso styles, <p class=MsoNormal> in cells, a header cell spanning two columns. */
const WORD_TABLE =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head><body lang=ZH-CN>' +
  '<!--StartFragment--><p class=MsoNormal>主要指标如下：<o:p></o:p></p>' +
  '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;mso-yfti-tbllook:1184">' +
  '<tr style="mso-yfti-irow:0"><td width=184 rowspan=2 style="border:solid windowtext 1.0pt"><p class=MsoNormal><span style="font-family:仿宋">指标</span><o:p></o:p></p></td>' +
  '<td width=368 colspan=2 style="border:solid windowtext 1.0pt"><p class=MsoNormal align=center>目标<o:p></o:p></p></td></tr>' +
  '<tr><td><p class=MsoNormal>2025年<o:p></o:p></p></td><td><p class=MsoNormal>2026年<o:p></o:p></p><p class=MsoNormal>（预期）<o:p></o:p></p></td></tr>' +
  '<tr><td><p class=MsoNormal>地区生产总值增长<o:p></o:p></p></td><td><p class=MsoNormal>5.2%<o:p></o:p></p></td><td><p class=MsoNormal>5%左右<o:p></o:p></p></td></tr>' +
  '</table><p class=MsoNormal>确保完成全年目标。<o:p></o:p></p><!--EndFragment--></body></html>';

/** WPS's HTML for a table: its own classes and attributes, a <tbody>, &nbsp; in an empty cell. */
const WPS_TABLE =
  '<meta charset="utf-8"><table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">' +
  '<tbody><tr><td valign="top" style="border:solid windowtext 1pt"><p class="MsoNormal" style="text-align:center"><span lang="EN-US">1</span></p></td>' +
  '<td style="border:solid windowtext 1pt"><p class="MsoNormal"><span style="font-family:仿宋_GB2312">城镇新增就业</span></p></td>' +
  '<td style="border:solid windowtext 1pt"><p class="MsoNormal">18万人以上</p></td></tr>' +
  '<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">改造老旧小区</p></td><td><p class="MsoNormal">&nbsp;</p></td></tr></tbody></table>';

const cellTexts = (app: AppPage, n = 0) =>
  app.editor.locator('table.report-table').nth(n).locator('tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').trim())));

test.describe('tables', () => {
  test('a table pasted from Word stays a table, with its spans, between the pasted paragraphs', async ({ app, page }) => {
    await app.caretAt('综合经济实力不断增强。', 'end');
    await paste(page, { 'text/html': WORD_TABLE, 'text/plain': '主要指标如下：\n指标\t目标\n…' });
    const table = app.editor.locator('table.report-table');
    await expect(table).toHaveCount(1);
    expect(await cellTexts(app)).toEqual([
      ['指标', '目标'],
      ['2025年', '2026年（预期）'],
      ['地区生产总值增长', '5.2%', '5%左右'],
    ]);
    await expect(table.locator('td[rowspan="2"]')).toHaveText('指标');
    await expect(table.locator('td[colspan="2"]')).toHaveText('目标');
    await expect(table.locator('tr').nth(1).locator('td').nth(1).locator('p')).toHaveCount(2);
    // The paragraphs around it are paragraphs before and after the table; no mso style came along.
    await expect(app.editor.locator('p', { hasText: /^主要指标如下：$/ })).toHaveCount(1);
    await expect(app.editor.locator('table.report-table + p')).toHaveText('确保完成全年目标。');
    await expect(app.editor.locator('[style]')).toHaveCount(0);
    await expect(app.sections()).toHaveCount(19);
    await table.scrollIntoViewIfNeeded();
    await app.shot('table-pasted-word');
    // One undo takes the whole paste back.
    await page.keyboard.press('Control+z');
    await expect(table).toHaveCount(0);
  });

  test('a table from WPS, and tab-separated rows, paste as tables; Tab moves from cell to cell', async ({ app, page }) => {
    await app.caretAt('综合经济实力不断增强。', 'end');
    await paste(page, { 'text/html': WPS_TABLE });
    await expect(app.editor.locator('table.report-table')).toHaveCount(1);
    expect(await cellTexts(app)).toEqual([
      ['1', '城镇新增就业', '18万人以上'],
      ['2', '改造老旧小区', ''],
    ]);

    // Tab: from the first cell to the next, then the next row; Shift+Tab back.
    await app.caretAt('城镇新增就业', 'end');
    await page.keyboard.press('Tab');
    await page.keyboard.type('以上');
    await expect(app.editor.locator('table.report-table tr').first().locator('td').nth(2)).toHaveText('以上');
    await page.keyboard.press('Tab');
    await page.keyboard.type('甲');
    await expect(app.editor.locator('table.report-table tr').nth(1).locator('td').first()).toHaveText('甲');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('乙');
    await expect(app.editor.locator('table.report-table tr').first().locator('td').nth(2)).toHaveText('乙');
    // Outside a table Tab keeps its meaning: no heading changed, the sections are as they were.
    await expect(app.sections()).toHaveCount(19);

    await app.caretAt('综合经济实力不断增强。', 'end');
    await paste(page, { 'text/plain': '序号\t事项\n1\t新建幼儿园' });
    await expect(app.editor.locator('table.report-table')).toHaveCount(2);
    expect(await cellTexts(app, 0)).toEqual([
      ['序号', '事项'],
      ['1', '新建幼儿园'],
    ]);
    await app.editor.locator('table.report-table').first().scrollIntoViewIfNeeded();
    await app.shot('table-pasted-wps-and-tabs');
  });

  test('the HTML and PDF exports show the pasted table, ruled', async ({ app, page, host }) => {
    await app.caretAt('综合经济实力不断增强。', 'end');
    await paste(page, { 'text/html': WPS_TABLE });
    await expect(app.editor.locator('table.report-table')).toHaveCount(1);
    for (const [name, format] of [
      ['网页（.html）', 'html'],
      ['PDF（.pdf）', 'pdf'],
    ]) {
      await page.keyboard.press('Control+Shift+P');
      await page.getByRole('dialog', { name: '命令…' }).getByLabel('输入命令名称或快捷键').fill(name);
      await page.keyboard.press('Enter');
      // The export asks for a name and a folder first (the document's folder and name are offered).
      const ask = page.getByRole('dialog', { name: '导出', exact: true });
      const done = page.getByRole('dialog', { name: '已导出' });
      await expect(ask.or(done)).toBeVisible({ timeout: 30_000 });
      if (await ask.isVisible()) await ask.getByRole('button', { name: '导出', exact: true }).click();
      await expect(done).toBeVisible({ timeout: 60_000 });
      await done.getByRole('button').first().click();
      expect(readdirSync(host.dir).some((f) => f.endsWith(`.${format}`))).toBe(true);
    }
    const html = readFileSync(join(host.dir, readdirSync(host.dir).find((f) => f.endsWith('.html'))!), 'utf8');
    const exported = await page.context().newPage();
    await exported.setContent(html);
    const rows = exported.locator('table.report-table tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first().locator('td')).toHaveText(['1', '城镇新增就业', '18万人以上']);
    expect(await rows.first().locator('td').first().evaluate((td) => getComputedStyle(td).borderTopStyle)).toBe('solid');
    await rows.first().scrollIntoViewIfNeeded();
    await exported.screenshot({ path: join(SHOTS, 'table-export-html.png') });
    await exported.close();

    const pdf = join(host.dir, readdirSync(host.dir).find((f) => f.endsWith('.pdf'))!);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toMatch(/城镇新增就业\s+18万人以上/);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(SHOTS, 'table-export-pdf')]);
    } else {
      test.info().annotations.push({ type: 'skip', description: 'poppler-utils (pdftotext) is not installed: the PDF text was not read' });
    }
  });
});
