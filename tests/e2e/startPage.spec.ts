/**
 * Starting and coming back (issue 13, item 10) in the browser host: 文件 ›
 * 最近打开 lists the file opened before; a window started without a document
 * shows the start page with that file and the templates, each with its
 * description; 开始 in the toolbar shows it again; the status bar says when
 * the autosave backup was written.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage, test, expect } from './support/app.js';
import { REAL_REPORT, spawnWeb, type WebProcess } from './support/host.js';

/** A folder with the real report and a data folder kept between the hosts started on them; all stopped and removed after the test. */
const twoStarts = test.extend<{ starts: { file: string; start(file: string | null): Promise<WebProcess> } }>({
  // eslint-disable-next-line no-empty-pattern
  starts: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'caogao-e2e-start-'));
    const started: WebProcess[] = [];
    const file = join(dir, '区政府工作报告.txt');
    const start = async (which: string | null) => {
      const web = await spawnWeb(which, join(dir, 'data'));
      started.push(web);
      return web;
    };
    await copyFile(REAL_REPORT, file)
      .then(() => use({ file, start }))
      .finally(async () => {
        await Promise.allSettled(started.map((web) => web.exit('SIGTERM')));
        await rm(dir, { recursive: true, force: true });
      });
  },
});

twoStarts.describe('recent files and the start page', () => {
  twoStarts('a file opened once is in 最近打开 and on the start page of the next start, which opens it again', async ({ page, starts }) => {
    const first = await starts.start(starts.file);
    const app = await AppPage.openReport(page, first.url);
    const recent = page.locator('details.tool-menu', { has: page.locator('summary', { hasText: '最近打开' }) });
    await recent.locator('summary').click();
    const entries = recent.locator('.menu-item');
    await expect(entries.first()).toHaveText('1  区政府工作报告.txt');
    await expect(entries.first()).toHaveAttribute('title', /caogao-e2e-start-.* · \d{4}-\d\d-\d\d \d\d:\d\d$/);
    await expect(entries.last()).toHaveText('清除列表');
    await app.shot('recent-menu');
    await page.keyboard.press('Escape');
    await first.exit();

    // Started without a document: the start page, with that file and the templates.
    const second = await starts.start(null);
    await page.goto(second.url);
    const start = page.getByRole('dialog', { name: '开始' });
    await expect(start).toBeVisible({ timeout: 30_000 });
    const recentChoices = start.locator('.start-recent .template-choice');
    await expect(recentChoices).toHaveCount(1);
    await expect(recentChoices.first().locator('strong')).toHaveText('区政府工作报告.txt');
    const templates = start.locator('.start-new .template-choice');
    await expect(templates.locator('strong')).toHaveText(['空白报告', '示例报告']);
    // Each template says what it is, not only its file name.
    for (const description of await templates.locator('span').allTextContents()) {
      expect(description.length).toBeGreaterThan(20);
      expect(description).not.toMatch(/\.caogao$/);
    }
    await page.screenshot({ path: join('test-results', 'start-page.png') });
    await recentChoices.first().click();
    await expect(start).toHaveCount(0);
    await expect(new AppPage(page).sections()).toHaveCount(19);

    // 开始 in the toolbar shows it again; a template makes a new untitled report.
    await page.locator('[data-command="file.startPage"]').click();
    await start.locator('.start-new .template-choice', { hasText: '示例报告' }).click();
    await expect(start).toHaveCount(0);
    await expect(page.locator('.status-save')).toHaveText('尚未保存为文件');
    await expect(new AppPage(page).editor).toContainText('2027年重点工作');
  });

  twoStarts('closing the start page leaves a blank report to write in', async ({ page, starts }) => {
    const web = await starts.start(null);
    await page.goto(web.url);
    const start = page.getByRole('dialog', { name: '开始' });
    await expect(start).toBeVisible({ timeout: 30_000 });
    await expect(start.locator('.start-recent')).toContainText('还没有打开过文件。');
    await page.keyboard.press('Escape');
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await expect(new AppPage(page).editor.locator('h1.title')).toHaveText('政府工作报告');
  });
});

test.describe('autosave indicator', () => {
  test('the status bar says when the backup of unsaved typing was written', async ({ app, page }) => {
    const backup = page.locator('.status-backup');
    await expect(backup).toBeHidden();
    await app.caretAt('提速建设武汉金融城', 'end');
    await page.keyboard.type('备份');
    await expect(backup).toHaveText(/^已自动备份 \d\d:\d\d$/, { timeout: 15_000 });
    const shown = (await backup.textContent())!.slice(-5);
    const now = new Date();
    const minutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3));
    // The browser and the test run on one clock: the time shown is now's (or a minute before, across a minute's turn).
    expect((now.getHours() * 60 + now.getMinutes() - minutes(shown) + 1440) % 1440).toBeLessThanOrEqual(1);
    await app.shot('autosave-indicator');
    await page.locator('[data-command="view.language"]').click();
    await expect(backup).toHaveText(/^Backed up \d\d:\d\d$/);
  });
});
