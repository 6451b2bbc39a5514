/**
 * A recording fake of the `electron` module, for running the built main
 * process (out/main/index.js) in plain Node where the Electron binary cannot
 * be downloaded (engineering.md §1). It implements the surface src/main uses
 * — app, BrowserWindow, ipcMain, Menu, session, protocol, screen, dialog —
 * and keeps Electron's rules that the code could break: no session and no
 * window before `ready`, privileged schemes only before `ready`, one
 * `ipcMain.handle` per channel, `web-contents-created` fired for every new
 * window, `loadURL` settling when the page has loaded (and failing when the
 * URL's scheme has no handler or the handler does not answer 200).
 *
 * Nothing here decides a test: `__fake` exposes what happened (`log`, the
 * handlers, windows, menus) to a scenario (scenario.mjs), which plays the
 * user and the page and writes the record the test asserts on.
 *
 * The app starts in the state that real Electron starts in: not ready. The
 * scenario calls `__fake.fireReady()`.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = process.env;
const appPath = env.FAKE_ELECTRON_APP_PATH ?? process.cwd();
let userData = env.FAKE_ELECTRON_USER_DATA ?? join(tmpdir(), 'caogao-fake-electron');

function makeEvent(extra = {}) {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

/** Menu items as data: labels, ids, roles, accelerators, submenus (click functions dropped). */
function describeItems(items) {
  return (items ?? []).map((item) => ({
    label: item.label ?? null,
    id: item.id ?? null,
    role: item.role ?? null,
    type: item.type ?? 'normal',
    accelerator: item.accelerator ?? null,
    submenu: Array.isArray(item.submenu) ? describeItems(item.submenu) : null,
  }));
}

function findItem(items, id) {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const inner = Array.isArray(item.submenu) ? findItem(item.submenu, id) : null;
    if (inner) return inner;
  }
  return null;
}

const events = new EventEmitter();

/** What happened, and the handles a scenario needs to act as the user, the OS and the page. */
export const __fake = {
  /** Every call, in order: `[name, ...details]`. */
  log: [],
  ready: false,
  schemes: [],
  /** ipcMain.handle handlers by channel. */
  handlers: new Map(),
  windows: [],
  sessions: new Map(),
  /** Each menu set with Menu.setApplicationMenu, described as data. */
  menus: [],
  appMenu: null,
  /** Answers for dialog.showOpenDialog / showSaveDialog, taken in order; none left = cancelled. */
  dialogAnswers: [],
  /**
   * The page, run while a window loads (after the protocol answered 200, before did-finish-load): the
   * scenario plays the page's start itself, or loads the real renderer in Chromium.
   */
  onPageLoad: null,
  events,
  note(name, ...details) {
    this.log.push([name, ...details]);
  },
  fireReady() {
    if (this.ready) return;
    this.ready = true;
    this.note('app.ready');
    app.emit('ready', makeEvent(), {});
    resolveReady();
  },
  makeEvent,
  findMenuItem(id) {
    return this.appMenu ? findItem(this.appMenu.items, id) : null;
  },
};

function requireReady(what) {
  if (!__fake.ready) throw new Error(`fake electron: ${what} used before the app is ready`);
}

// ------------------------------------------------------------------ app

let resolveReady;
const readyPromise = new Promise((done) => (resolveReady = done));

class FakeApp extends EventEmitter {
  requestSingleInstanceLock() {
    const granted = env.FAKE_ELECTRON_LOCK !== 'taken';
    __fake.note('app.requestSingleInstanceLock', granted);
    return granted;
  }
  quit() {
    __fake.note('app.quit');
    events.emit('quit');
  }
  exit(code = 0) {
    __fake.note('app.exit', code);
    events.emit('quit', code);
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return __fake.ready;
  }
  setPath(name, path) {
    __fake.note('app.setPath', name, path);
    if (__fake.ready) throw new Error('fake electron: setPath after ready');
    if (name === 'userData') userData = path;
  }
  getPath(name) {
    if (name === 'userData') return userData;
    if (name === 'documents') return join(userData, 'Documents');
    return join(userData, name);
  }
  getAppPath() {
    return appPath;
  }
  getVersion() {
    return JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')).version;
  }
  getLocale() {
    return env.FAKE_ELECTRON_LOCALE ?? 'zh-CN';
  }
}
export const app = new FakeApp();

// ------------------------------------------------------------------ sessions and protocols

/**
 * An emitter whose `on` is noted as `<noteAs>.on` with its `noteKey` (the
 * session's name, the web contents' id), so tests see what main listens to.
 */
class NotedEmitter extends EventEmitter {
  on(name, listener) {
    __fake.note(`${this.noteAs}.on`, this.noteKey, name);
    return super.on(name, listener);
  }
}

class FakeSession extends NotedEmitter {
  noteAs = 'session';
  get noteKey() {
    return this.name;
  }
  constructor(name) {
    super();
    this.name = name;
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    /** Protocol handlers of this session, by scheme. */
    this.protocolHandlers = new Map();
    this.beforeRequest = null;
    const handlers = this.protocolHandlers;
    this.protocol = {
      handle: (scheme, handler) => {
        __fake.note('session.protocol.handle', this.name, scheme);
        if (handlers.has(scheme)) throw new Error(`fake electron: scheme ${scheme} already handled`);
        handlers.set(scheme, handler);
      },
      unhandle: (scheme) => handlers.delete(scheme),
      isProtocolHandled: (scheme) => handlers.has(scheme),
    };
    this.webRequest = {
      onBeforeRequest: (listener) => {
        this.beforeRequest = listener;
      },
    };
  }
  setPermissionRequestHandler(handler) {
    __fake.note('session.setPermissionRequestHandler', this.name);
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    __fake.note('session.setPermissionCheckHandler', this.name);
    this.permissionCheckHandler = handler;
  }
}

function sessionNamed(name) {
  requireReady(`session ${name}`);
  if (!__fake.sessions.has(name)) __fake.sessions.set(name, new FakeSession(name));
  return __fake.sessions.get(name);
}

export const session = {
  get defaultSession() {
    return sessionNamed('default');
  },
  fromPartition(partition) {
    return sessionNamed(partition);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    __fake.note('protocol.registerSchemesAsPrivileged', schemes);
    if (__fake.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    __fake.schemes.push(...schemes);
  },
  handle(scheme, handler) {
    session.defaultSession.protocol.handle(scheme, handler);
  },
};

// ------------------------------------------------------------------ windows

let nextId = 1;

class FakeWebContents extends NotedEmitter {
  noteAs = 'webContents';
  get noteKey() {
    return this.id;
  }
  constructor(win, ses) {
    super();
    this.id = nextId++;
    this.win = win;
    this.session = ses;
    this.url = '';
    this.sent = [];
    this.windowOpenHandler = null;
  }
  send(channel, ...args) {
    // Electron sends with the structured clone algorithm: what does not clone does not arrive.
    const cloned = structuredClone(args);
    __fake.note('webContents.send', this.id, channel);
    this.sent.push({ channel, args: cloned });
    events.emit('sent', this, channel, cloned);
  }
  setWindowOpenHandler(handler) {
    __fake.note('webContents.setWindowOpenHandler', this.id);
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.win.destroyed;
  }
  async printToPDF() {
    throw new Error('fake electron: printToPDF is not available');
  }
}

export class BrowserWindow extends NotedEmitter {
  static getAllWindows() {
    return __fake.windows.filter((w) => !w.destroyed);
  }
  noteAs = 'win';
  get noteKey() {
    return this.webContents.id;
  }

  constructor(options = {}) {
    super();
    requireReady('BrowserWindow');
    this.options = structuredClone(options);
    this.destroyed = false;
    this.maximized = false;
    this.title = options.title ?? '';
    this.loadedURLs = [];
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    const partition = options.webPreferences?.partition;
    this.webContents = new FakeWebContents(this, partition ? session.fromPartition(partition) : session.defaultSession);
    __fake.windows.push(this);
    __fake.note('BrowserWindow.new', this.webContents.id);
    app.emit('web-contents-created', makeEvent(), this.webContents);
  }

  async loadURL(url) {
    __fake.note('win.loadURL', this.webContents.id, url);
    this.loadedURLs.push(url);
    const contents = this.webContents;
    contents.emit('did-start-loading');
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = contents.session.protocolHandlers.get(scheme);
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    const response = await handler(new Request(url));
    if (response.status !== 200) throw new Error(`ERR_FAILED: ${response.status} loading '${url}'`);
    contents.url = url;
    await __fake.onPageLoad?.(this, url, response);
    contents.emit('dom-ready', makeEvent());
    contents.emit('did-finish-load', makeEvent());
    this.emit('ready-to-show', makeEvent());
    events.emit('loaded', this);
  }
  async loadFile(file) {
    __fake.note('win.loadFile', this.webContents.id, file);
    this.loadedURLs.push(`file://${file}`);
  }
  show() {
    __fake.note('win.show', this.webContents.id);
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setTitle(title) {
    __fake.note('win.setTitle', this.webContents.id, title);
    this.title = title;
  }
  setDocumentEdited(edited) {
    this.documentEdited = edited;
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    const event = makeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

// ------------------------------------------------------------------ IPC, menu, screen, dialogs

class FakeIpcMain extends EventEmitter {
  handle(channel, listener) {
    __fake.note('ipcMain.handle', channel);
    if (__fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    __fake.handlers.set(channel, listener);
  }
  removeHandler(channel) {
    __fake.handlers.delete(channel);
  }
}
export const ipcMain = new FakeIpcMain();

export const Menu = {
  buildFromTemplate(template) {
    return { items: template, getMenuItemById: (id) => findItem(template, id) };
  },
  setApplicationMenu(menu) {
    __fake.note('Menu.setApplicationMenu');
    __fake.appMenu = menu;
    __fake.menus.push(menu ? describeItems(menu.items) : null);
  },
};

export const screen = {
  getAllDisplays() {
    requireReady('screen');
    const area = { x: 0, y: 0, width: 1920, height: 1040 };
    return [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: area, scaleFactor: 1 }];
  },
};

function answerDialog(kind, args) {
  const options = args[args.length - 1];
  __fake.note(`dialog.${kind}`, options?.title ?? null);
  const answer = __fake.dialogAnswers.shift();
  if (kind === 'showOpenDialog') return Promise.resolve(answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] });
  return Promise.resolve(answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' });
}

export const dialog = {
  showOpenDialog: (...args) => answerDialog('showOpenDialog', args),
  showSaveDialog: (...args) => answerDialog('showSaveDialog', args),
};

export default { app, BrowserWindow, ipcMain, Menu, session, protocol, screen, dialog };
