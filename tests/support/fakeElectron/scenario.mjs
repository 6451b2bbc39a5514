/**
 * One run of the built main process under the fake electron, as Electron
 * runs it: load the main script, then fire `ready`. While the window loads,
 * the scenario plays the page's start (an API call, then "events ready", as
 * src/renderer/main.ts does); once loaded it plays the user, the OS and an
 * attacker — calls through the registered IPC handlers and the app://
 * protocol handler, navigation, window.open, permission requests, a menu
 * click — and writes everything observed as JSON to $FAKE_ELECTRON_RECORD.
 * It decides nothing: tests/e2e/electron-shell.spec.ts asserts on the record.
 *
 *   node --import ./register.mjs ./scenario.mjs out/main/index.js FILE…
 *
 * process.argv is set to what Electron gives the main script ([exe, main, FILE…]).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { __fake, ipcMain } from './electron.mjs';

const APP_PAGE = 'app://caogao/index.html';
const EVENT_CHANNEL = 'caogao:event';
const READY_CHANNEL = 'caogao:eventsReady';
const WAIT_MS = Number(process.env.FAKE_ELECTRON_WAIT_MS ?? 20_000);

const record = { errors: [], pageStart: {}, probes: {} };

function finish(code) {
  const mainWindow = __fake.windows.find((w) => w.loadedURLs.includes(APP_PAGE)) ?? null;
  Object.assign(record, {
    log: __fake.log,
    schemes: __fake.schemes,
    handledChannels: [...__fake.handlers.keys()],
    menus: __fake.menus,
    sessions: [...__fake.sessions.values()].map((s) => ({ name: s.name, schemes: [...s.protocolHandlers.keys()] })),
    windows: __fake.windows.map((w) => ({
      id: w.webContents.id,
      options: w.options,
      loadedURLs: w.loadedURLs,
      title: w.title,
      listeners: w.webContents.eventNames(),
      sent: w.webContents.sent,
    })),
    mainWindowId: mainWindow?.webContents.id ?? null,
  });
  writeFileSync(process.env.FAKE_ELECTRON_RECORD, JSON.stringify(record, null, 1));
  process.exit(code);
}

process.on('uncaughtException', (error) => {
  record.errors.push(`uncaughtException: ${error?.stack ?? error}`);
  finish(1);
});
process.on('unhandledRejection', (error) => {
  record.errors.push(`unhandledRejection: ${error?.stack ?? error}`);
  finish(1);
});
const timer = setTimeout(() => {
  record.errors.push(`timeout: no window loaded ${APP_PAGE} within ${WAIT_MS} ms`);
  finish(1);
}, WAIT_MS);

/** An IPC event as Electron builds it for a message from `win`'s main frame showing `url`. */
function eventFrom(contents, url = APP_PAGE, parent = null) {
  return { ...__fake.makeEvent(), sender: contents, senderFrame: { url, parent, routingId: 1 }, processId: 1, frameId: 1 };
}

async function invoke(channel, event, ...args) {
  const handler = __fake.handlers.get(channel);
  if (!handler) return { missing: channel };
  try {
    return await handler(event, ...args);
  } catch (error) {
    return { threw: String(error) };
  }
}

// ------------------------------------------------------------------ the page starting, while the window loads

__fake.onPageLoad = async (win, url) => {
  if (url !== APP_PAGE) return;
  record.pageStart.settingsGet = await invoke('caogao:settingsGet', eventFrom(win.webContents));
  ipcMain.emit(READY_CHANNEL, eventFrom(win.webContents));
  record.pageStart.sentAfterReady = win.webContents.sent.map((m) => m.channel);
};

// ------------------------------------------------------------------ after the window has loaded

async function probeProtocol() {
  const handler = __fake.sessions.get('default')?.protocolHandlers.get('app');
  if (!handler) return null;
  const urls = {
    index: APP_PAGE,
    root: 'app://caogao/',
    dotDot: 'app://caogao/../../package.json',
    encodedSlash: 'app://caogao/..%2f..%2fpackage.json',
    encodedDots: 'app://caogao/%2e%2e%2f%2e%2e%2fpackage.json',
    foreignHost: 'app://evil/index.html',
    missing: 'app://caogao/no-such-file.js',
  };
  const out = {};
  for (const [name, url] of Object.entries(urls)) {
    const response = await handler(new Request(url));
    const body = await response.text();
    out[name] = { url, status: response.status, headers: Object.fromEntries(response.headers), body: body.slice(0, 4000) };
  }
  const post = await handler(new Request(APP_PAGE, { method: 'POST', body: 'x' }));
  out.post = { url: APP_PAGE, status: post.status, headers: {}, body: '' };
  return out;
}

function probeGuards(contents) {
  const emitted = (name, url) => {
    const event = __fake.makeEvent();
    contents.emit(name, event, url);
    return event.defaultPrevented;
  };
  const urls = ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', APP_PAGE];
  return {
    willNavigate: Object.fromEntries(urls.map((u) => [u, emitted('will-navigate', u)])),
    willRedirect: Object.fromEntries(urls.map((u) => [u, emitted('will-redirect', u)])),
    attachWebview: emitted('will-attach-webview', 'about:blank'),
    windowOpen: contents.windowOpenHandler?.({ url: 'https://example.com/', frameName: '', features: '', disposition: 'new-window' }) ?? null,
  };
}

function probeSession() {
  const ses = __fake.sessions.get('default');
  if (!ses) return null;
  let granted = 'not called';
  ses.permissionRequestHandler?.(null, 'media', (answer) => (granted = answer), { requestingUrl: APP_PAGE });
  const download = __fake.makeEvent();
  ses.emit('will-download', download, { getFilename: () => 'x.exe' }, null);
  return {
    permissionRequest: granted,
    permissionCheck: ses.permissionCheckHandler ? ses.permissionCheckHandler(null, 'media', 'app://caogao', {}) : 'no handler',
    downloadPrevented: download.defaultPrevented,
  };
}

async function probe(win) {
  const contents = win.webContents;
  const p = record.probes;
  p.appInfoTrusted = await invoke('caogao:appInfo', eventFrom(contents));
  const stranger = { id: 9999, send() {} };
  p.appInfoOtherContents = await invoke('caogao:appInfo', eventFrom(stranger));
  p.appInfoForeignUrl = await invoke('caogao:appInfo', eventFrom(contents, 'https://evil.example/'));
  p.appInfoSubframe = await invoke('caogao:appInfo', eventFrom(contents, APP_PAGE, { url: APP_PAGE }));
  p.appInfoNoFrame = await invoke('caogao:appInfo', { ...eventFrom(contents), senderFrame: null });
  p.openHandleBadShape = await invoke('caogao:openHandle', eventFrom(contents), { path: '/etc/passwd' });

  const opens = contents.sent.filter((m) => m.channel === EVENT_CHANNEL && m.args[0]?.type === 'open');
  p.openedFromArgv = [];
  for (const message of opens) {
    const opened = await invoke('caogao:openHandle', eventFrom(contents), { handle: message.args[0].handle });
    p.openedFromArgv.push(opened.ok ? { name: opened.value.name, location: opened.value.location, kind: opened.value.kind } : opened);
  }

  p.protocol = await probeProtocol();
  p.guards = probeGuards(contents);
  p.session = probeSession();

  const save = __fake.findMenuItem('file.save');
  const before = contents.sent.length;
  save?.click?.(save, win, {});
  p.menuSaveSent = contents.sent.slice(before);
}

__fake.events.on('loaded', (win) => {
  if (!win.loadedURLs.includes(APP_PAGE)) return;
  // createMainWindow resumes after loadURL settles; let main store the window before probing.
  setTimeout(() => {
    probe(win).then(
      () => {
        clearTimeout(timer);
        finish(0);
      },
      (error) => {
        record.errors.push(`probe: ${error?.stack ?? error}`);
        finish(1);
      },
    );
  }, 50);
});
__fake.events.on('quit', () => {
  if (!__fake.ready) {
    clearTimeout(timer);
    finish(0);
  }
});

// ------------------------------------------------------------------ run main, then `ready`

const [mainScript, ...rest] = process.argv.slice(2);
process.argv = [process.execPath, resolve(mainScript), ...rest];
await import(pathToFileURL(resolve(mainScript)).href);
if (!__fake.log.some(([name]) => name === 'app.quit')) setTimeout(() => __fake.fireReady(), 0);
