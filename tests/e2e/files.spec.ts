/**
 * Files and versions end to end (issue 4), through the browser host:
 * named versions in the 版本 panel, and a crash: the host process is killed
 * after an edit, started again on the same data folder, and the page offers
 * the autosave backup, saying what it would restore.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, AppPage } from './support/app.js';
import { REAL_REPORT, REPO } from './support/host.js';

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
    await expect(dialog).toContainText('与当前稿相比：1 段修改，0 段新增，0 段删除。');
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
});

/** `caogao web FILE` on a data folder that outlives the process. */
async function startWeb(file: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'web', file, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, CAOGAO_DATA_DIR: dataDir, LANG: 'zh_CN.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('caogao web did not print its URL in time')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => /^https?:\/\//.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        done(line.trim());
      }
    });
    child.on('exit', (code) => fail(new Error(`caogao web exited with ${code}`)));
  });
  return { url, child };
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(signal);
  await exited;
}

test.describe('crash recovery', () => {
  test('edit, kill the host, start again: the backup is offered with what it restores, and the edit is back', async ({ page }) => {
    const dir = await mkdtemp(join(tmpdir(), 'caogao-e2e-crash-'));
    const file = join(dir, 'jianghan-2022-report.txt');
    await copyFile(REAL_REPORT, file);
    const dataDir = join(dir, 'data');
    let host = await startWeb(file, dataDir);
    try {
      await page.goto(host.url);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
      const app = new AppPage(page);
      await expect(app.sections()).toHaveCount(19);
      await app.caretAt('综合经济实力不断增强。', 'end');
      await page.keyboard.type('崩溃前写下的一句话。');
      // Autosave writes the backup about a second after typing stops.
      await page.waitForTimeout(2500);

      await kill(host.child, 'SIGKILL');
      host = await startWeb(file, dataDir);
      await page.goto(host.url);
      const prompt = page.getByRole('dialog', { name: '发现未保存的草稿' });
      await expect(prompt).toBeVisible({ timeout: 30_000 });
      await expect(prompt).toContainText('jianghan-2022-report.txt');
      await expect(prompt).toContainText(/恢复的稿子共 [\d,]+ 字/);
      await app.shot('crash-restore-prompt');
      await prompt.getByRole('button', { name: '恢复' }).click();
      await expect(app.editor).toContainText('崩溃前写下的一句话。');
      await expect(app.sections()).toHaveCount(19);
    } finally {
      await kill(host.child, 'SIGTERM');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
