/**
 * End-to-end tests: Playwright drives a real Chromium (Debian's, see
 * src/node/chromium.ts) against the browser host `caogao web`,
 * one fresh host per test. `npm run test:e2e` (tests/e2e/run.ts) checks for
 * a Chromium first and says what to install when there is none.
 * Screenshots for people to look at go to test-results/.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/node/chromium.js';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI only, as a safety net on a shared 2-core machine; a test that needed it is
  // listed as flaky in the output, so it is seen and hunted rather than hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
