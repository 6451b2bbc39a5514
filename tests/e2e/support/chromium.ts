/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH (or
 * CAOGAO_CHROMIUM, CHROME_PATH) if set, else Debian's /usr/bin/chromium (and the usual other
 * names), else the browser Playwright installed itself. Playwright's own
 * download does not work on machines without internet, which is why Debian's
 * package comes first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: Record<string, string | undefined> = process.env, system: string[] = SYSTEM): string | null {
  for (const name of ['CHROMIUM_PATH', 'CAOGAO_CHROMIUM', 'CHROME_PATH']) {
    const path = env[name];
    if (path && existsSync(path)) return path;
  }
  for (const path of system) if (existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}

/** Launch arguments for a quiet, offline, headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const MISSING_CHROMIUM =
  '未找到 Chromium，端到端测试无法运行：请安装 Chromium（Debian/Ubuntu：apt-get install -y chromium fonts-noto-cjk；或联网后 npx playwright install chromium），或用环境变量 CHROMIUM_PATH 指定浏览器路径。';
