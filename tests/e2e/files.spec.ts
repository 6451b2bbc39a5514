/**
 * Files and versions end to end (issue 4), through the browser host:
 * named versions in the 版本 panel, and a crash: the host process is killed
 * after an edit, started again on the same data folder, and the page offers
 * the autosave backup, saying what it would restore.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, AppPage } from './support/app.js';
import { REAL_REPORT, spawnWeb, type WebProcess } from './support/host.js';

test.describe('版本: named draft versions', () => {
  test('save a version, view it read-only, restore it (undoable), delete it after asking', async ({ app, page }) => {
    const versions = page.locator('[role="region"][aria-label="版本"]');
    await expect(versions).toBeVisible();
    await expect(versions.locator('.version')).toHaveCount(0);

    await versions.getByLabel('版本名称').fill('第一稿');
    await versions.getByRole('button', { name: '保存为版本' }).click();
    await expect(versions.locator('.version')).toHaveCount(1);
    await expect(versions.locator('.version-label')).toHaveText(['第一稿']);
    await expect(versions.getByRole('status')).toContainText('已保存版本“第一稿”');

    // Edit the draft after the version.
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('（新增一句）');
    await expect(app.editor).toContainText('（新增一句）');

    // View the version: read-only, and it says how it differs.
    await versions.getByRole('button', { name: '查看 第一稿' }).click();
    const dialog = page.getByRole('dialog', { name: '第一稿（只读）' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('从此版本到当前稿，改动 1 处：新增 0，删除 0，修改 1，移动 0。');
    await expect(dialog.locator('[aria-readonly="true"]')).toHaveAttribute('contenteditable', 'false');
    await expect(dialog.locator('.report')).not.toContainText('（新增一句）');
    await app.shot('versions-view-readonly');
    await dialog.getByRole('button', { name: '关闭' }).click();

    // Restore: the current draft is kept as a version first; undo brings the edit back.
    await versions.getByRole('button', { name: '恢复 第一稿' }).click();
    await expect(app.editor).not.toContainText('（新增一句）');
    await expect(versions.locator('.version-label')).toHaveText(['恢复“第一稿”之前的稿子', '第一稿']);
    await app.shot('versions-after-restore');
    await app.editor.focus();
    await page.keyboard.press('Control+z');
    await expect(app.editor).toContainText('（新增一句）');

    // Delete asks first; cancelling keeps the version.
    await versions.getByRole('button', { name: '删除 第一稿' }).click();
    await page.getByRole('dialog', { name: '删除版本' }).getByRole('button', { name: '取消' }).click();
    await expect(versions.locator('.version')).toHaveCount(2);
    await versions.getByRole('button', { name: '删除 第一稿' }).click();
    await page.getByRole('dialog', { name: '删除版本' }).getByRole('button', { name: '删除' }).click();
    await expect(versions.locator('.version-label')).toHaveText(['恢复“第一稿”之前的稿子']);
  });

  test('保存为版本… asked while typing: after the dialog, typing goes on at the caret', async ({ app, page }) => {
    const versions = page.locator('[role="region"][aria-label="版本"]');
    const ask = async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.getByRole('dialog', { name: '命令…' }).getByLabel('输入命令名称或快捷键').fill('保存为版本');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: '保存为版本' });
      await expect(dialog.getByLabel('版本名称')).toBeFocused();
      return dialog;
    };
    await app.caretAt('综合经济实力不断增强。', 'end');

    // Esc: no version; the editor has the focus and the caret back.
    let dialog = await ask();
    await expect(dialog.getByLabel('版本名称')).toHaveValue('第一稿');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(versions.locator('.version')).toHaveCount(0);
    await expect(app.editor).toBeFocused();
    await page.keyboard.type('（甲）');
    await expect(app.editor).toContainText('综合经济实力不断增强。（甲）累计');

    // Enter keeps the suggested name; typing goes on after （甲）.
    dialog = await ask();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(versions.locator('.version-label')).toHaveText(['第一稿']);
    await expect(app.editor).toBeFocused();
    await page.keyboard.type('（乙）');
    await expect(app.editor).toContainText('综合经济实力不断增强。（甲）（乙）累计');
  });
});

/** The text of every autosave backup in `dataDir` (src/node/store/journal.ts: DATA/journal/*.caogao-journal). */
function backups(dataDir: string): string {
  const dir = join(dataDir, 'journal');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.caogao-journal'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

/** A folder with the real report and a data folder, and the hosts started on them: all stopped and removed after the test, however it ends. */
const crashTest = test.extend<{ crashDir: { file: string; dataDir: string; start(): Promise<WebProcess> } }>({
  // eslint-disable-next-line no-empty-pattern
  crashDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'caogao-e2e-crash-'));
    const started: WebProcess[] = [];
    const file = join(dir, 'jianghan-2022-report.txt');
    const dataDir = join(dir, 'data');
    const start = async () => {
      const web = await spawnWeb(file, dataDir);
      started.push(web);
      return web;
    };
    await copyFile(REAL_REPORT, file)
      .then(() => use({ file, dataDir, start }))
      .finally(async () => {
        const exits = await Promise.allSettled(started.map((web) => web.exit('SIGTERM')));
        await rm(dir, { recursive: true, force: true });
        const failed = exits.find((exit) => exit.status === 'rejected');
        if (failed) throw failed.reason;
      });
  },
});

crashTest.describe('crash recovery', () => {
  crashTest('edit, kill the host, start again: the backup is offered with what it restores, and the edit is back', async ({ page, crashDir }) => {
    const first = await crashDir.start();
    await page.goto(first.url);
    await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    const app = new AppPage(page);
    await expect(app.sections()).toHaveCount(19);
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('崩溃前写下的一句话。');
    // Autosave writes the backup about a second after typing stops.
    await expect.poll(() => backups(crashDir.dataDir), { timeout: 15_000 }).toContain('崩溃前写下的一句话。');

    await first.exit('SIGKILL');
    const second = await crashDir.start();
    await page.goto(second.url);
    const prompt = page.getByRole('dialog', { name: '发现未保存的草稿' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toContainText('jianghan-2022-report.txt');
    await expect(prompt).toContainText(/恢复的稿子共 [\d,]+ 字/);
    await app.shot('crash-restore-prompt');
    await prompt.getByRole('button', { name: '恢复' }).click();
    await expect(app.editor).toContainText('崩溃前写下的一句话。');
    await expect(app.sections()).toHaveCount(19);
  });
});
