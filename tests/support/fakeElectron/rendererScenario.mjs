/**
 * The built app as a whole under the fake electron: main (out/main), the
 * preload (out/preload) and the real renderer (out/renderer) in Chromium.
 * When main's window loads app://caogao/index.html, this scenario opens a
 * Chromium page (playwright-core) in its place:
 *
 *   - every request the page makes to http://caogao/… is answered by the
 *     app:// protocol handler main registered, as app://caogao/… (Chromium
 *     will not load an unregistered scheme, so the page's origin is
 *     http://caogao; everything else the page asks for is refused and listed);
 *   - the built preload runs before the page's scripts, with a `require`
 *     giving a contextBridge (a plain property on window: isolated worlds
 *     are not reproduced) and an ipcRenderer whose invoke and send go, through
 *     a Playwright binding, to main's ipcMain handlers with an event from this
 *     window's webContents, frame URL mapped back to app://caogao/…;
 *   - webContents.send from main is delivered to the preload's listeners.
 *
 * Then it plays the user: waits for the document named on the command line
 * in the outline, types into it, and chooses 文件 › 保存 from main's menu.
 * What it saw goes to $FAKE_ELECTRON_RECORD as JSON; the test asserts on it.
 *
 *   CAOGAO_FAKE_CHROMIUM=path CAOGAO_FAKE_CHROMIUM_ARGS='[…]' \
 *   node --import ./register.mjs ./rendererScenario.mjs out/main/index.js FILE
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { __fake, ipcMain } from './electron.mjs';

const APP_PAGE = 'app://caogao/index.html';
const PAGE_ORIGIN = 'http://caogao';
const TYPED = '（经由菜单保存）';
const WAIT_MS = 30_000;

const record = { errors: [], pageErrors: [], refusedRequests: [], refusedIpc: [], outline: [], saved: null, titles: [] };
let browser = null;

async function finish(code) {
  record.titles = __fake.log.filter(([name]) => name === 'win.setTitle').map(([, , title]) => title);
  writeFileSync(process.env.FAKE_ELECTRON_RECORD, JSON.stringify(record, null, 1));
  await browser?.close().catch(() => undefined);
  process.exit(code);
}
const fail = (what) => (error) => {
  record.errors.push(`${what}: ${error?.stack ?? error}`);
  void finish(1);
};
process.on('uncaughtException', fail('uncaughtException'));
process.on('unhandledRejection', fail('unhandledRejection'));
setTimeout(() => fail('timeout')(`not done within ${(3 * WAIT_MS) / 1000} s`), 3 * WAIT_MS).unref();

const toAppUrl = (url) => (url.startsWith(`${PAGE_ORIGIN}/`) ? `app://caogao/${url.slice(PAGE_ORIGIN.length + 1)}` : url);

/** The IPC event Electron would build for a message from `frame` of `win`. */
function eventFrom(win, frame) {
  const parent = frame.parentFrame();
  return {
    ...__fake.makeEvent(),
    sender: win.webContents,
    senderFrame: { url: toAppUrl(frame.url()), parent: parent ? { url: toAppUrl(parent.url()) } : null, routingId: 1 },
    processId: 1,
    frameId: 1,
  };
}

/** Runs before the page's scripts: a `require('electron')` for the built preload, then the preload itself. */
function preloadScript(source) {
  const shim = `
    const listeners = new Map();
    const ipcRenderer = {
      invoke: (channel, ...args) => window.__caogaoFakeIpc('invoke', channel, args),
      send: (channel, ...args) => void window.__caogaoFakeIpc('send', channel, args),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
        return ipcRenderer;
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    };
    Object.defineProperty(window, '__caogaoFakeDeliver', {
      value: (channel, args) => { for (const l of listeners.get(channel) ?? []) l({}, ...args); },
    });
    const contextBridge = { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true }) };
    const require = (name) => { if (name === 'electron') return { contextBridge, ipcRenderer }; throw new Error('no module ' + name); };
    const module = { exports: {} };`;
  return `(() => {${shim}\n(function (exports, require, module) {${source}\n})(module.exports, require, module);\n})();`;
}

async function openPage(win) {
  const protocolHandler = win.webContents.session.protocolHandlers.get('app');
  browser = await chromium.launch({ executablePath: process.env.CAOGAO_FAKE_CHROMIUM, args: JSON.parse(process.env.CAOGAO_FAKE_CHROMIUM_ARGS ?? '[]') });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && record.pageErrors.push(`console: ${message.text()}`));
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (!request.url().startsWith(`${PAGE_ORIGIN}/`)) {
      record.refusedRequests.push(request.url());
      return route.abort('blockedbyclient');
    }
    const response = await protocolHandler(new Request(toAppUrl(request.url()), { method: request.method() }));
    return route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
  });
  await page.exposeBinding('__caogaoFakeIpc', async ({ frame }, kind, channel, args) => {
    const event = eventFrom(win, frame);
    if (kind === 'send') return void ipcMain.emit(channel, event, ...args);
    const handler = __fake.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const result = await handler(event, ...args);
    if (result?.ok === false) record.refusedIpc.push({ channel, code: result.error.code });
    return result;
  });
  __fake.events.on('sent', (contents, channel, args) => {
    if (contents === win.webContents) void page.evaluate(([c, a]) => globalThis.__caogaoFakeDeliver(c, a), [channel, args]);
  });
  // The preload Electron would run: the one named in the window's webPreferences.
  await page.addInitScript(preloadScript(readFileSync(win.options.webPreferences.preload, 'utf8')));
  await page.goto(`${PAGE_ORIGIN}/index.html`, { waitUntil: 'load' });
  return page;
}

/** The user: the document opens, they type at the end of the first paragraph, and choose 文件 › 保存. */
async function useTheApp(page, savedFile) {
  const outline = page.locator('nav[aria-label="大纲"] .outline-line');
  await outline.first().waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(() => globalThis.document.querySelectorAll('nav[aria-label="大纲"] .outline-line').length > 3, null, { timeout: WAIT_MS });
  // Parts and sections: the outline also lists items, annexes and glossary entries, which the test does not compare.
  record.outline = await page.locator('nav[aria-label="大纲"] .outline-line:is([data-level="1"], [data-level="2"])').allTextContents();
  record.sawBridge = await page.evaluate(() => Object.keys(globalThis.caogaoBridge ?? {}).length);

  const before = readFileSync(savedFile, 'utf8');
  const paragraph = page.locator('[aria-label="正文"] p').first();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
  __fake.findMenuItem('file.save').click();
  const deadline = Date.now() + WAIT_MS;
  let after = before;
  while (Date.now() < deadline && !after.includes(TYPED)) {
    await new Promise((done) => setTimeout(done, 100));
    after = readFileSync(savedFile, 'utf8');
  }
  record.saved = { changed: after !== before, containsTyped: after.includes(TYPED), typed: TYPED, format: JSON.parse(after).format };
  // The window's title loses its • once the page has heard that the save ended, a moment after the file is written.
  const lastTitle = () => __fake.log.filter(([name]) => name === 'win.setTitle').at(-1)?.[2] ?? '';
  while (Date.now() < deadline && lastTitle().startsWith('•')) await new Promise((done) => setTimeout(done, 50));
}

const [mainScript, ...rest] = process.argv.slice(2);
process.argv = [process.execPath, resolve(mainScript), ...rest];
const savedFile = resolve(rest[0]);
let page = null;
__fake.onPageLoad = async (win, url) => {
  if (url === APP_PAGE) page = await openPage(win);
};
__fake.events.on('loaded', (win) => {
  if (!win.loadedURLs.includes(APP_PAGE) || !page) return;
  useTheApp(page, savedFile).then(() => finish(0), fail('use'));
});
await import(pathToFileURL(resolve(mainScript)).href);
setTimeout(() => __fake.fireReady(), 0);
