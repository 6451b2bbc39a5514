/**
 * The app in the real Electron, where its binary is installed: what `npm
 * start` does (the built app with templates/sample.caogao on the command
 * line), checked through Playwright's Electron driver. The window shows the
 * sample report with its outline, on app:// with no Node in the page;
 * typing and Ctrl+S write the file.
 *
 * Where the binary is missing — these build machines cannot download it,
 * see docs/engineering.md §1 — the test is skipped, and the e2e runner
 * (run.ts) says so in one line; electron-shell.spec.ts and
 * electron-app.spec.ts run the same built app under a fake electron instead.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, NO_ELECTRON } from './support/electronBinary.js';
import { REPO } from './support/host.js';

const binary = electronBinary();

test.describe('the real Electron app', () => {
  test.skip(!binary, NO_ELECTRON);

  test('npm start: the sample report opens in a window without Node, and Ctrl+S saves it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caogao-electron-'));
    const file = join(dir, 'sample.caogao');
    copyFileSync(join(REPO, 'templates', 'sample.caogao'), file);
    const app = await electron.launch({
      executablePath: binary!,
      args: [REPO, file],
      cwd: REPO,
      // Its own user data folder (and so its own single-instance lock), not the developer's.
      env: { ...process.env, CAOGAO_DATA_DIR: join(dir, 'data') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('nav[aria-label="大纲"] .outline-line[data-level="1"]').first()).toBeVisible({ timeout: 30_000 });
      await expect(page).toHaveTitle(/sample\.caogao/);

      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.getURL());
      expect(url).toBe('app://caogao/index.html');
      // No Node in the page, only the bridge the preload exposes (the web preferences themselves are
      // checked under the fake electron, electron-shell.spec.ts, which sees what main passes).
      const inPage = (await page.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        return { require: typeof g.require, process: typeof g.process, bridge: typeof g.caogaoBridge };
      })) as Record<string, string>;
      expect(inPage).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });

      const before = readFileSync(file, 'utf8');
      await page.locator('[aria-label="正文"] p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type('真机保存');
      await page.keyboard.press('Control+s');
      await expect.poll(() => readFileSync(file, 'utf8') !== before && readFileSync(file, 'utf8').includes('真机保存'), { timeout: 15_000 }).toBe(true);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
