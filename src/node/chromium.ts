/**
 * Which Chromium to start, and how: one answer for PDF export
 * (export/pdf.ts), the end-to-end tests (playwright.config.ts,
 * tests/e2e/run.ts) and the benchmarks.
 *
 * The first that exists of: the path in CHROMIUM_PATH, CAOGAO_CHROMIUM or
 * CHROME_PATH; Debian's /usr/bin/chromium and the other usual system names;
 * the browser Playwright downloaded for itself (`npx playwright install
 * chromium`). The system one comes before Playwright's because Playwright's
 * download needs the internet, which these machines do not have.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_ENV = ['CHROMIUM_PATH', 'CAOGAO_CHROMIUM', 'CHROME_PATH'] as const;

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Launch arguments for a quiet, offline, headless Chromium: no background networking, component updates or sync. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What to do when there is none (the end-to-end runner and the benchmarks print it). */
export const MISSING_CHROMIUM =
  '未找到 Chromium，端到端测试无法运行：请安装 Chromium（Debian/Ubuntu：apt-get install -y chromium fonts-noto-cjk；或联网后 npx playwright install chromium），或用环境变量 CHROMIUM_PATH 指定浏览器路径。';

/**
 * The browser Playwright installed for itself, if any. playwright-core is a
 * development package and heavy to load, so it is required only when no
 * other Chromium was found.
 */
function playwrightChromium(): string | null {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

export interface ChromiumSearch {
  env?: Record<string, string | undefined>;
  system?: readonly string[];
  /** Playwright's own browser (replaced in tests). */
  bundled?: () => string | null;
  exists?: (path: string) => boolean;
}

export function findChromium(search: ChromiumSearch = {}): string | null {
  const { env = process.env, system = SYSTEM_CHROMIUMS, bundled = playwrightChromium, exists = existsSync } = search;
  for (const name of CHROMIUM_ENV) {
    const path = env[name];
    if (path && exists(path)) return path;
  }
  for (const path of system) if (exists(path)) return path;
  const own = bundled();
  return own && exists(own) ? own : null;
}
