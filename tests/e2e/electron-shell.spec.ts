/**
 * The Electron shell end to end, without the Electron binary (engineering.md
 * §1): the BUILT main process (out/main/index.js, built by global-setup) runs
 * in Node with `electron` resolved to a recording fake
 * (tests/support/fakeElectron), which keeps Electron's ordering rules, plays
 * the page and the user, and records what main did. The built preload
 * (out/preload/index.cjs) runs in a fresh context with a fake contextBridge.
 * No browser page is needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { apiMethods, apiSchemas, channelOf, EVENT_CHANNEL, EVENTS_READY_CHANNEL } from '../../src/shared/api.js';
import { loadPreload } from '../support/fakeElectron/loadPreload.js';
import { REPO, runBuiltMain, type Envelope, type MainRun } from '../support/fakeElectron/runMain.js';

const APP_PAGE = 'app://caogao/index.html';
const SAMPLE = join(REPO, 'templates/sample.caogao');

const codeOf = (envelope: Envelope | undefined) => (envelope && 'ok' in envelope && !envelope.ok ? envelope.error.code : null);
const valueOf = (envelope: Envelope | undefined) => (envelope && 'ok' in envelope && envelope.ok ? envelope.value : null);
const position = (run: MainRun, name: string) => run.record.log.findIndex(([entry]) => entry === name);

test.describe('the built main process under a fake electron', () => {
  let run: MainRun;

  test.beforeAll(async () => {
    run = await runBuiltMain({ documents: [SAMPLE] });
  });
  test.afterAll(async () => {
    if (run) await rm(run.dir, { recursive: true, force: true });
  });

  test('starts, without an error, and ends with the app page loaded', () => {
    expect(run.record.errors, run.stderr).toEqual([]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.record.mainWindowId).not.toBeNull();
  });

  test('asks for the single-instance lock, and declares app:// privileged before ready', () => {
    expect(run.record.log[0]).toEqual(['app.requestSingleInstanceLock', true]);
    const declared = position(run, 'protocol.registerSchemesAsPrivileged');
    expect(declared).toBeGreaterThan(0);
    expect(declared).toBeLessThan(position(run, 'app.ready'));
    expect(run.record.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  test('hardens the session on ready, before the window exists', () => {
    const ready = position(run, 'app.ready');
    const window = position(run, 'BrowserWindow.new');
    for (const call of ['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler']) {
      expect(position(run, call)).toBeGreaterThan(ready);
      expect(position(run, call)).toBeLessThan(window);
    }
    expect(run.record.probes.session).toEqual({ permissionRequest: false, permissionCheck: false, downloadPrevented: true });
  });

  test('serves the built renderer through app://, and nothing outside it', () => {
    const served = run.record.probes.protocol!;
    expect(run.record.sessions.find((s) => s.name === 'default')?.schemes).toEqual(['app']);
    expect(served.index.status).toBe(200);
    expect(served.index.body).toBe(readFileSync(join(REPO, 'out/renderer/index.html'), 'utf8'));
    expect(served.index.headers['content-type']).toMatch(/^text\/html/);
    expect(served.index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(served.index.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(served.root.status).toBe(200);
    for (const name of ['dotDot', 'encodedSlash', 'encodedDots', 'foreignHost', 'missing', 'post']) {
      expect(served[name].status, served[name].url).toBe(404);
      expect(served[name].body, served[name].url).not.toContain('"name": "caogao"');
    }
  });

  test('wires every method of the API contract onto ipcMain, and nothing else', () => {
    expect([...run.record.handledChannels].sort()).toEqual(apiMethods.map(channelOf).sort());
  });

  test('sets the Chinese application menu', () => {
    const menu = run.record.menus.at(-1)!;
    const labels = menu.map((item) => item.label);
    expect(labels.slice(-5)).toEqual(['文件', '编辑', '格式', '视图', '帮助']);
    if (process.platform !== 'darwin') expect(labels).toHaveLength(5);
    const file = menu.find((item) => item.label === '文件')!.submenu!.map((item) => item.label);
    expect(file).toEqual(expect.arrayContaining(['新建', '打开…', '最近打开', '保存', '另存为…', '导入…', '导出', '退出']));
  });

  test('opens exactly one window, sandboxed and isolated, on the app page', () => {
    expect(run.record.windows).toHaveLength(1);
    const [win] = run.record.windows;
    const prefs = win.options.webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.webSecurity).not.toBe(false);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.webviewTag).not.toBe(true);
    expect(resolve(String(prefs.preload))).toBe(join(REPO, 'out/preload/index.cjs'));
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(win.loadedURLs).toEqual([APP_PAGE]);
  });

  test('refuses navigation away from the app, new windows and webviews', () => {
    const guards = run.record.probes.guards!;
    expect(run.record.windows[0].listeners).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    for (const kind of [guards.willNavigate, guards.willRedirect]) {
      expect(kind).toEqual({ 'https://example.com/': true, 'file:///etc/passwd': true, 'app://evil/index.html': true, [APP_PAGE]: false });
    }
    expect(guards.attachWebview).toBe(true);
    expect(guards.windowOpen).toEqual({ action: 'deny' });
  });

  test('hands the document named on the command line to the page', () => {
    const sent = run.record.windows[0].sent;
    expect(sent[0]).toEqual({ channel: EVENT_CHANNEL, args: [{ type: 'open', handle: expect.stringMatching(/^h[0-9a-z]{16}$/) }] });
    expect(run.record.probes.openedFromArgv).toEqual([{ name: 'sample.caogao', location: run.dir, kind: 'caogao' }]);
  });

  test('answers the page while it is still loading', () => {
    // The page asks for its settings before the window has finished loading (src/renderer/main.ts).
    expect(valueOf(run.record.pageStart.settingsGet)).toMatchObject({ lang: 'zh' });
    expect(run.record.pageStart.sentAfterReady).toContain(EVENT_CHANNEL);
  });

  test('answers our page only, and refuses a payload of the wrong shape', () => {
    const probes = run.record.probes;
    expect(valueOf(probes.appInfoTrusted)).toMatchObject({ name: 'Caogao', host: 'electron' });
    for (const refused of [probes.appInfoOtherContents, probes.appInfoForeignUrl, probes.appInfoSubframe, probes.appInfoNoFrame]) {
      expect(codeOf(refused)).toBe('api-untrusted-sender');
    }
    expect(codeOf(probes.openHandleBadShape)).toBe('api-bad-request');
  });

  test('sends a menu command to the page', () => {
    expect(run.record.probes.menuSaveSent).toEqual([{ channel: EVENT_CHANNEL, args: [{ type: 'command', command: 'file.save' }] }]);
  });
});

test('a second instance quits at once, without a window or IPC', async () => {
  const second = await runBuiltMain({ documents: [SAMPLE], env: { FAKE_ELECTRON_LOCK: 'taken' } });
  expect(second.record.errors, second.stderr).toEqual([]);
  expect(second.record.log.map(([name]) => name)).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
  expect(second.record.windows).toEqual([]);
  expect(second.record.handledChannels).toEqual([]);
  await rm(second.dir, { recursive: true, force: true });
});

test('CAOGAO_DATA_DIR moves the user data folder, before the single-instance lock (which is per folder)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'caogao-data-'));
  const moved = await runBuiltMain({ documents: [SAMPLE], env: { CAOGAO_DATA_DIR: dir } });
  expect(moved.record.errors, moved.stderr).toEqual([]);
  expect(moved.record.log.slice(0, 2)).toEqual([
    ['app.setPath', 'userData', dir],
    ['app.requestSingleInstanceLock', true],
  ]);
  await rm(moved.dir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

test.describe('the built preload, sandboxed', () => {
  const preloadFile = join(REPO, 'out/preload/index.cjs');

  test('exposes one object: one function per contract method, and the host-event subscription', () => {
    const preload = loadPreload(preloadFile);
    expect(preload.required).toEqual(['electron']);
    expect([...preload.exposed.keys()]).toEqual(['caogaoBridge']);
    const bridge = preload.exposed.get('caogaoBridge') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...apiMethods, 'onHostEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(preload.calls).toEqual([]);
  });

  test('each method invokes its own channel with its argument, whatever else is passed', async () => {
    const preload = loadPreload(preloadFile);
    const bridge = preload.exposed.get('caogaoBridge') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of apiMethods) {
      const takesNothing = apiSchemas[method].arg.safeParse(undefined).success;
      const before = preload.calls.length;
      await bridge[method]({ probe: method }, 'caogao:closeWindow', 'extra');
      expect(preload.calls.slice(before), method).toEqual([
        { kind: 'invoke', channel: channelOf(method), args: [takesNothing ? undefined : { probe: method }] },
      ]);
    }
  });

  test('onHostEvent listens on the event channel, says it is ready, and stops', () => {
    const preload = loadPreload(preloadFile);
    const bridge = preload.exposed.get('caogaoBridge') as { onHostEvent(listener: (event: unknown) => void): () => void };
    const received: unknown[] = [];
    const stop = bridge.onHostEvent((event) => received.push(event));
    expect(preload.calls).toEqual([
      { kind: 'on', channel: EVENT_CHANNEL, args: [] },
      { kind: 'send', channel: EVENTS_READY_CHANNEL, args: [] },
    ]);
    preload.emitFromMain(EVENT_CHANNEL, { type: 'command', command: 'file.save' });
    stop();
    preload.emitFromMain(EVENT_CHANNEL, { type: 'command', command: 'file.open' });
    // The page gets the event only: not Electron's IpcRendererEvent, which carries the sender.
    expect(received).toEqual([{ type: 'command', command: 'file.save' }]);
  });
});
