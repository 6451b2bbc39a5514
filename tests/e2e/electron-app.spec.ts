/**
 * The whole built app without the Electron binary: the built main process
 * under the fake electron, its window replaced by a Chromium page that loads
 * the real renderer through main's own app:// protocol handler, with the
 * built preload bridging the page's API calls to main's ipcMain handlers
 * (tests/support/fakeElectron/rendererScenario.mjs). The sample report named
 * on the command line must open, and 文件 › 保存 from main's menu must write
 * the typed text to the file, with no API call refused and no request leaving
 * the app.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parseCaogao } from '../../src/core/format/caogaoFile.js';
import { outlineOf } from '../../src/core/outline.js';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/chromium.js';
import { REPO, runBuiltMain } from '../support/fakeElectron/runMain.js';

interface AppRecord {
  errors: string[];
  pageErrors: string[];
  refusedRequests: string[];
  refusedIpc: Array<{ channel: string; code: string }>;
  outline: string[];
  sawBridge: number;
  saved: { changed: boolean; containsTyped: boolean; typed: string; format: string } | null;
  titles: string[];
}

const SAMPLE = join(REPO, 'templates/sample.caogao');

/** The outline lines the page should show, from the core's outline of the file: parts, then their sections. */
function expectedOutline(file: string): string[] {
  const outline = outlineOf(parseCaogao(readFileSync(file, 'utf8'), file).doc);
  return outline.parts.flatMap((part) => [`${part.number}、${part.title}`, ...(part.sections ?? []).map((s) => `${s.number}${s.title}`)]);
}

test('the built app opens the report named on the command line and saves it from the menu', async () => {
  const executable = findChromium();
  test.skip(!executable, 'no Chromium found (see src/node/chromium.ts): the renderer cannot be driven');
  const run = await runBuiltMain<AppRecord>({
    documents: [SAMPLE],
    scenario: 'rendererScenario.mjs',
    env: { CAOGAO_FAKE_CHROMIUM: executable!, CAOGAO_FAKE_CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS) },
    timeoutMs: 120_000,
  });
  const { record } = run;
  await rm(run.dir, { recursive: true, force: true });
  expect(record.errors, run.stderr).toEqual([]);
  expect(run.exitCode, run.stderr).toBe(0);

  expect(record.refusedIpc).toEqual([]);
  expect(record.refusedRequests).toEqual([]);
  expect(record.pageErrors).toEqual([]);
  expect(record.sawBridge).toBeGreaterThan(0);

  expect(record.outline).toEqual(expectedOutline(SAMPLE));
  expect(record.saved).toMatchObject({ changed: true, containsTyped: true, format: 'caogao' });
  // The title names the file by its full path (issue 13 item 6).
  expect(record.titles).toContainEqual(expect.stringMatching(/^• \/.*\/sample\.caogao — 草稿$/));
  expect(record.titles.at(-1)).toMatch(/^\/.*\/sample\.caogao — 草稿$/);
});
