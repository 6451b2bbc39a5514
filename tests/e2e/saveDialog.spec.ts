/**
 * Files saved where the user says, in the browser host (issue 13 item 6):
 * 保存 of a document without a .caogao file and 另存为 ask for a name and a
 * folder in the page's dialog, within the folders the host allows; 打开
 * browses them; the full path is in the title and the status bar; the page's
 * address names the document, so a reload opens it again; and leaving the
 * page with unsaved changes asks first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/app.js';
import { REAL_REPORT, REPO } from './support/host.js';

const saved = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { format: string; doc: unknown };

test.describe('the save and open dialog in the browser host', () => {
  test('保存 asks for a name and a folder and writes there; 另存为 into a subfolder; a reload opens that file again', async ({ app, page, host }) => {
    mkdirSync(join(host.dir, '2026'));
    const status = page.locator('.status-path');
    // The report was started from a .txt: its path is shown, and 保存 must ask where.
    await expect(status).toHaveText(join(host.dir, 'jianghan-2022-report.txt'));
    await expect(page).toHaveTitle(`${join(host.dir, 'jianghan-2022-report.txt')} — 草稿`);

    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('（第一次保存）');
    await expect(page).toHaveTitle(/^• /);
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: '保存报告' });
    await expect(dialog).toBeVisible();
    const name = dialog.getByLabel('文件名', { exact: true });
    await expect(name).toHaveValue('jianghan-2022-report.caogao');
    await expect(name).toBeFocused();
    await expect(dialog.locator('.file-dialog-location')).toHaveText(host.dir);
    // The folder lists its subfolders (data: the host's own data folder, here) and, saving .caogao, no .txt.
    await expect(dialog.locator('.file-dialog-entry-name')).toHaveText(['2026', 'data']);
    await app.shot('save-dialog');
    // The name typed without its extension gets it.
    await name.fill('报告');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    // The dialog closes once the host has the answer; the file is written a moment later, and then the page says so.
    const first = join(host.dir, '报告.caogao');
    await expect(page.locator('.status-save')).toHaveText('已保存');
    await expect(status).toHaveText(first);
    expect(saved(first).format).toBe('caogao');
    expect(readFileSync(first, 'utf8')).toContain('（第一次保存）');
    await expect(page).toHaveTitle(`${first} — 草稿`);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(first);

    // 另存为 into the subfolder: click it, name the file, save.
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('（另存为）');
    await expect(status).toHaveText(first);
    await expect(page.locator('.status-save')).toHaveText('未保存');
    await page.keyboard.press('Control+Shift+S');
    await expect(dialog).toBeVisible();
    await expect(name).toHaveValue('报告.caogao');
    await dialog.locator('.file-dialog-entry[data-kind="folder"]', { hasText: '2026' }).click();
    await expect(dialog.locator('.file-dialog-location')).toHaveText(join(host.dir, '2026'));
    await expect(dialog.getByRole('button', { name: '上一级' })).toBeEnabled();
    await name.fill('定稿.caogao');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const second = join(host.dir, '2026', '定稿.caogao');
    await expect(status).toHaveText(second);
    expect(readFileSync(second, 'utf8')).toContain('（另存为）');
    expect(readFileSync(first, 'utf8')).not.toContain('（另存为）');
    expect(new URL(page.url()).searchParams.get('doc')).toBe(second);
    await app.shot('save-dialog-saved-as');

    // A reload opens the file the address names, not the one the host started with.
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await expect(status).toHaveText(second);
    await expect(app.editor).toContainText('（另存为）');
    // Still this host's own file (its lock is ours): editable, no read-only banner.
    await expect(app.editor).toHaveAttribute('contenteditable', 'true');
    await expect(page.getByRole('region', { name: '只读' })).toHaveCount(0);

    // 另存为 onto a file that exists asks before replacing it; 上一级 goes back up, never above the folder allowed.
    await page.keyboard.press('Control+Shift+S');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.file-dialog-location')).toHaveText(join(host.dir, '2026'));
    await dialog.getByRole('button', { name: '上一级' }).click();
    await expect(dialog.locator('.file-dialog-location')).toHaveText(host.dir);
    await expect(dialog.getByRole('button', { name: '上一级' })).toBeDisabled();
    await dialog.locator('.file-dialog-entry[data-kind="file"]', { hasText: '报告.caogao' }).click();
    await expect(name).toHaveValue('报告.caogao');
    await dialog.getByRole('button', { name: '保存' }).click();
    const replace = page.getByRole('dialog', { name: '替换文件' });
    await expect(replace).toContainText(`“报告.caogao”已存在于 ${host.dir}`);
    await replace.getByRole('button', { name: '取消' }).click();
    expect(readFileSync(first, 'utf8')).not.toContain('（另存为）');
    // A name with a separator is refused in the dialog, which stays open.
    await name.fill('../逃出.caogao');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('文件名“../逃出.caogao”不能含有 / 或 \\。');
    await name.fill('报告.caogao');
    await dialog.getByRole('button', { name: '保存' }).click();
    await replace.getByRole('button', { name: '替换' }).click();
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText(first);
    expect(readFileSync(first, 'utf8')).toContain('（另存为）');
  });

  test('打开 browses the allowed folders and opens the file chosen; an export asks for its name too', async ({ app, page, host }) => {
    const archive = join(host.dir, '归档');
    mkdirSync(archive);
    const imported = spawnSync(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'import', REAL_REPORT, '-o', join(archive, '上年报告.caogao')], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);

    await page.keyboard.press('Control+o');
    const dialog = page.getByRole('dialog', { name: '打开报告' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.file-dialog-entry-name')).toHaveText(['归档', 'data', 'jianghan-2022-report.txt']);
    await dialog.locator('.file-dialog-entry[data-kind="folder"]', { hasText: '归档' }).click();
    await expect(dialog.locator('.file-dialog-entry-name')).toHaveText(['上年报告.caogao']);
    await app.shot('open-dialog');
    await dialog.locator('.file-dialog-entry[data-kind="file"]', { hasText: '上年报告.caogao' }).dblclick();
    await expect(dialog).toBeHidden();
    const path = join(archive, '上年报告.caogao');
    await expect(page.locator('.status-path')).toHaveText(path);
    await expect(page).toHaveTitle(`${path} — 草稿`);
    await expect(app.sections()).toHaveCount(19);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(path);

    // 导出 plain text: the dialog proposes the name with .txt, in the document's folder.
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: '命令…' }).getByLabel('输入命令名称或快捷键').fill('纯文本');
    await page.keyboard.press('Enter');
    const exporting = page.getByRole('dialog', { name: '导出' });
    await expect(exporting.getByLabel('文件名', { exact: true })).toHaveValue('上年报告.txt');
    await expect(exporting.locator('.file-dialog-location')).toHaveText(archive);
    await exporting.getByRole('button', { name: '导出' }).click();
    await expect(page.getByRole('dialog', { name: '已导出' })).toContainText('上年报告.txt');
    expect(readFileSync(join(archive, '上年报告.txt'), 'utf8')).toContain('政府工作报告');
    expect(existsSync(join(host.dir, '上年报告.txt'))).toBe(false);
  });

  test('F5 with unsaved changes asks before the page goes (beforeunload); dismissed, the edit stays', async ({ app, page }) => {
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('（未保存的一句）');
    await expect(page.locator('.status-save')).toHaveText('未保存');
    const asked = page.waitForEvent('dialog');
    const reloading = page.reload({ timeout: 5_000 }).catch(() => null);
    const question = await asked;
    expect(question.type()).toBe('beforeunload');
    await question.dismiss();
    await reloading;
    await expect(app.editor).toContainText('（未保存的一句）');
  });

  test('比对 with a file on disk: the page’s dialog chooses it, and it is read where it is, not opened nor locked', async ({ app, page, host }) => {
    const archive = join(host.dir, '归档');
    mkdirSync(archive);
    const other = join(archive, '上年报告.caogao');
    const imported = spawnSync(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'import', REAL_REPORT, '-o', other], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('（新增一句）');

    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: '命令…' }).getByLabel('输入命令名称或快捷键').fill('比对两稿');
    await page.keyboard.press('Enter');
    const choose = page.getByRole('dialog', { name: '比对两稿' });
    await expect(choose.locator('select').first()).toHaveValue('file');
    await choose.getByRole('button', { name: '比对', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '选择要比对的稿件' });
    await expect(dialog).toBeVisible();
    await dialog.locator('.file-dialog-entry[data-kind="folder"]', { hasText: '归档' }).click();
    await dialog.locator('.file-dialog-entry[data-kind="file"]', { hasText: '上年报告.caogao' }).click();
    await dialog.getByRole('button', { name: '选择' }).click();

    const compare = page.getByRole('region', { name: '比对', exact: true });
    await expect(compare.locator('.cmp-title')).toHaveText('比对：上年报告.caogao → 当前稿');
    await expect(compare.locator('.cmp-list li')).toHaveCount(1);
    // Read, not opened: the document shown is still the report, and nobody holds the other file.
    await expect(page.locator('.status-path')).toHaveText(join(host.dir, 'jianghan-2022-report.txt'));
    expect(existsSync(join(archive, '~$上年报告.caogao'))).toBe(false);
  });
});
