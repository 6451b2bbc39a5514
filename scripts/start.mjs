#!/usr/bin/env node
// `npm start`: build the app (electron-vite), then open templates/sample.caogao in Electron.
// Where Electron cannot start (its binary cannot be downloaded, as on machines without internet,
// or it fails to launch), say so in one line and point to the browser host, `npx caogao web`.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const { message, langFromEnv } = await tsImport('../src/core/messages/index.ts', import.meta.url);
const lang = langFromEnv(process.env);

/** One line, in the user's language first, then the other. `detail` is {zh, en}, or one string for both. */
function cannotStart(detail) {
  const d = typeof detail === 'string' ? { zh: detail, en: detail } : detail;
  const [first, second] = lang === 'en' ? ['en', 'zh'] : ['zh', 'en'];
  console.error(`${message('start-no-electron', first, { detail: d[first] })} / ${message('start-no-electron', second, { detail: d[second] })}`);
  process.exit(1);
}

// 1. Build out/main, out/preload and out/renderer.
const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// 2. Find the Electron binary; requiring the electron package downloads it when it is missing.
const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
if (probe.status !== 0 || !probe.stdout) cannotStart({ zh: '缺少 Electron 程序，且无法下载', en: 'the Electron binary is missing and could not be downloaded' });

// 3. Start it with the sample report; a launch that fails (no display, missing libraries) says so too.
const child = spawn(probe.stdout, [root, join(root, 'templates', 'sample.caogao')], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] });
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += chunk;
  process.stderr.write(chunk);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => cannotStart(error.message));
child.on('close', (code, signal) => {
  if (code !== 0 && code !== null && /shared libraries|Missing X server|cannot open display|ozone/i.test(stderr)) cannotStart(stderr.trim().split('\n').pop());
  process.exit(code ?? (signal ? 1 : 0));
});
