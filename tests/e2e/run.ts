/**
 * `npm run test:e2e`: the end-to-end tests, after making sure there is a
 * Chromium to drive. It looks for one (src/node/chromium.ts); where there is
 * none it tries Playwright's own (`npx playwright install chromium`, which
 * needs the internet), and where that fails too it says in one line what to
 * install and exits with 1. Arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MISSING_CHROMIUM, findChromium } from '../../src/node/chromium.js';
import { NO_ELECTRON, electronBinary } from './support/electronBinary.js';
import { REPO } from './support/host.js';

const cli = join(REPO, 'node_modules', '@playwright', 'test', 'cli.js');

if (!findChromium()) {
  console.log('未找到 Chromium，正在尝试下载 Playwright 自带的 Chromium（npx playwright install chromium）……');
  spawnSync(process.execPath, [cli, 'install', 'chromium'], { cwd: REPO, stdio: 'inherit', timeout: 300_000 });
}
if (!findChromium()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
if (!electronBinary()) console.log(NO_ELECTRON);
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { cwd: REPO, stdio: 'inherit' });
process.exit(result.status ?? 1);
