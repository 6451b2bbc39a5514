/**
 * A .caogao file someone else is editing (their `~$name` lock beside it)
 * opens read-only in the browser host: a banner names who and since when,
 * typing and the style buttons change nothing, 另存为副本… writes a copy the
 * user can edit (under the name the user gives in the save dialog: nothing is
 * named on its own), and the colleague's file and lock are left alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCaogao, serializeCaogao } from '../../src/core/format/caogaoFile.js';
import { createComment } from '../../src/core/review/comments.js';
import { test as appTest, expect, AppPage } from './support/app.js';
import { REAL_REPORT, REPO, startHost, type RunningHost } from './support/host.js';

interface LockedReport {
  host: RunningHost;
  file: string;
  lock: string;
  since: Date;
}

/**
 * The real report as 报告.caogao, served by a fresh host; the lock is written
 * before the page opens it. A fixture, so that the host is stopped and the
 * folders removed even when a test fails or times out.
 */
const test = appTest.extend<{ locked: LockedReport }>({
  // eslint-disable-next-line no-empty-pattern
  locked: async ({}, use) => {
    const source = await mkdtemp(join(tmpdir(), 'caogao-e2e-locked-'));
    try {
      const caogao = join(source, '报告.caogao');
      const imported = spawnSync(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'import', REAL_REPORT, '-o', caogao], { encoding: 'utf8' });
      if (imported.status !== 0) throw new Error(imported.stderr);
      const host = await startHost(caogao);
      try {
        const lock = join(host.dir, '~$报告.caogao');
        const since = new Date(Date.now() - 30 * 60 * 1000);
        // Another machine's lock (so its process is not looked up here), refreshed just now.
        const other = hostname() === 'pc-wangwu' ? 'pc-wangwu-2' : 'pc-wangwu';
        writeFileSync(lock, JSON.stringify({ app: 'caogao', user: '王五', host: other, pid: 4242, since: since.toISOString(), refreshedAt: new Date().toISOString() }));
        await use({ host, file: join(host.dir, '报告.caogao'), lock, since });
      } finally {
        await host.stop();
      }
    } finally {
      await rm(source, { recursive: true, force: true });
    }
  },
});

/** Answer the save dialog with `name` in the folder it opened in (the report's). */
async function saveCopyAs(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '保存报告' });
  await expect(dialog.getByLabel('文件名', { exact: true })).toHaveValue('报告.caogao');
  await dialog.getByLabel('文件名', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

const two = (n: number) => String(n).padStart(2, '0');
const localTime = (d: Date) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;

test.describe('a file someone else is editing', () => {
  test('opens read-only with a banner; edits do nothing; 另存为副本 gives an editable copy', async ({ page, locked: run }) => {
    const before = readFileSync(run.file, 'utf8');
    const lockBefore = readFileSync(run.lock, 'utf8');
    const app = await AppPage.openReport(page, run.host.url);

    const banner = page.getByRole('region', { name: '只读' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('“报告.caogao”正由 王五（pc-wangwu');
    await expect(banner).toContainText(`自 ${localTime(run.since)} 起`);
    await expect(banner).toContainText('请另存为副本');
    // The lock is said in the banner, not in a dialog over the page.
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(app.editor).toHaveAttribute('contenteditable', 'false');
    await app.shot('readonly-banner');

    // Typing, Enter, Backspace and the editing shortcuts change nothing.
    const text = await app.editor.innerText();
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('不应出现');
    for (const key of ['Enter', 'Backspace', 'Delete', 'Control+Alt+1', 'Control+b', 'Tab']) await page.keyboard.press(key);
    await page.keyboard.press('Control+h');
    await expect(app.editor).not.toContainText('不应出现');
    expect(await app.editor.innerText()).toBe(text);
    await expect(page.locator('button.tool[data-command="format.part"]')).toBeDisabled();
    await expect(page.locator('button.tool[data-command="edit.undo"]')).toBeDisabled();

    // The way out: a copy beside it, which is the user's own to edit.
    await banner.getByRole('button', { name: '另存为副本…' }).click();
    await saveCopyAs(page, '报告（副本）');
    await expect(banner).toBeHidden();
    await expect(app.editor).toHaveAttribute('contenteditable', 'true');
    const copy = join(run.host.dir, '报告（副本）.caogao');
    expect(existsSync(copy)).toBe(true);
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('副本里的修改。');
    await expect(app.editor).toContainText('副本里的修改。');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.status-save')).toHaveText('已保存');
    expect(readFileSync(copy, 'utf8')).toContain('副本里的修改。');

    // The colleague's file and lock are untouched.
    expect(readFileSync(run.file, 'utf8')).toBe(before);
    expect(readFileSync(run.lock, 'utf8')).toBe(lockBefore);
  });

  test('保存 (Ctrl+S) while read-only saves a copy, never the colleague’s file', async ({ page, locked: run }) => {
    const before = readFileSync(run.file, 'utf8');
    const app = await AppPage.openReport(page, run.host.url);
    const banner = page.getByRole('region', { name: '只读' });
    await expect(banner).toBeVisible();
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.press('Control+s');
    await saveCopyAs(page, '我的修改稿.caogao');
    await expect(banner).toBeHidden();
    await expect(page.locator('.status-save')).toHaveText('已保存');
    expect(existsSync(join(run.host.dir, '我的修改稿.caogao'))).toBe(true);
    expect(readFileSync(run.file, 'utf8')).toBe(before);
  });

  test('重新打开 once the colleague has closed the file makes it editable', async ({ page, locked: run }) => {
    const app = await AppPage.openReport(page, run.host.url);
    const banner = page.getByRole('region', { name: '只读' });
    const reopen = banner.getByRole('button', { name: '重新打开' });
    await expect(banner).toBeVisible();
    // Still held: opening again keeps it read-only, and says so once it has looked.
    // The button is off until then, so the lock is removed only after that first look.
    await reopen.click();
    await expect(banner).toContainText('已重新打开：对方仍在编辑，文件仍为只读。');
    await expect(reopen).toBeEnabled();
    await expect(app.editor).toHaveAttribute('contenteditable', 'false');

    rmSync(run.lock);
    await reopen.click();
    await expect(banner).toBeHidden();
    await expect(app.editor).toHaveAttribute('contenteditable', 'true');
    await app.caretAt('综合经济实力不断增强。', 'end');
    await page.keyboard.type('现在可以编辑。');
    await expect(app.editor).toContainText('现在可以编辑。');

    // The file is now ours: our lock beside it, gone when the host stops.
    expect(JSON.parse(readFileSync(run.lock, 'utf8'))).toMatchObject({ app: 'caogao', host: hostname() });
    await run.host.exit();
    expect(existsSync(run.lock)).toBe(false);
  });
  test('批注 and 修订模式 are refused with the read-only notice; the comments stay readable', async ({ page, locked: run }) => {
    // A reviewer's comment already in the colleague's file.
    const file = parseCaogao(readFileSync(run.file, 'utf8'));
    let at = -1;
    file.doc.descendants((node, pos) => {
      const i = node.isTextblock ? node.textContent.indexOf('优化全域创新生态') : -1;
      if (at < 0 && i >= 0) at = pos + 1 + i;
      return at < 0;
    });
    const comment = createComment(file.doc, at, at + 8, { author: '李四', text: '请补充具体举措。' })!;
    writeFileSync(run.file, serializeCaogao({ ...file, comments: [comment] }));
    const before = readFileSync(run.file, 'utf8');
    const app = await AppPage.openReport(page, run.host.url);
    const banner = page.getByRole('region', { name: '只读' });
    const refused = banner.getByText('文件为只读，修改没有生效。');
    const card = page.locator('.comment-card', { hasText: '请补充具体举措。' });
    await app.editor.locator('.comment-range').scrollIntoViewIfNeeded();
    await expect(card).toBeVisible();
    await expect(card.locator('.comment-author')).toHaveText('李四');

    // 新建批注 on a selection: no new card, the notice instead.
    await app.editor.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = (node.nodeValue ?? '').indexOf('推动楼宇经济高效发展');
        if (i < 0) continue;
        document.getSelection()!.setBaseAndExtent(node, i, node, i + 4);
        document.dispatchEvent(new Event('selectionchange'));
        return;
      }
    });
    await page.keyboard.press('Control+Alt+m');
    await expect(refused).toBeVisible();
    await expect(page.locator('.comment-card')).toHaveCount(1);
    await expect(page.locator('.comment-card textarea')).toHaveCount(0);

    // 回复, 已解决 and 删除 on the card refuse; the card stays as it was.
    for (const name of ['回复', '已解决', '删除']) {
      await banner.evaluate((el) => (el.querySelector('.readonly-note')!.textContent = ''));
      await card.getByRole('button', { name, exact: true }).click();
      await expect(refused).toBeVisible();
    }
    await expect(card).toBeVisible();
    await expect(card).not.toHaveClass(/resolved/);
    await expect(card.locator('textarea')).toHaveCount(0);

    // 修订模式, by its shortcut and by the status bar: stays off.
    await banner.evaluate((el) => (el.querySelector('.readonly-note')!.textContent = ''));
    await page.keyboard.press('Control+Shift+E');
    await expect(refused).toBeVisible();
    await page.locator('.status-track').click();
    await expect(page.locator('.status-track')).toHaveText('修订 关');
    await app.shot('readonly-review');
    await expect(page.locator('.status-save')).not.toHaveText('未保存');
    expect(readFileSync(run.file, 'utf8')).toBe(before);
  });
});
