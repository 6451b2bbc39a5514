/**
 * The main window: locked-down web preferences, the page from app://, its
 * size and position remembered, host events delivered once the page listens,
 * and a close that first lets the page ask about unsaved work.
 */
import { BrowserWindow, ipcMain, screen } from 'electron';
import { message, type Lang } from '../core/messages/index.js';
import { EVENT_CHANNEL, EVENTS_READY_CHANNEL } from '../shared/api.js';
import type { HostEventQueue } from '../shared/eventQueue.js';
import { APP_URL } from './origin.js';
import { trustedSender } from './security.js';
import { fitToScreens, loadWindowState, saveWindowState, type WindowState } from './windowState.js';

export interface MainWindow {
  win: BrowserWindow;
  showState(state: { name: string | null; path: string | null; dirty: boolean }): void;
  /** Close for real (the page has dealt with unsaved work). */
  closeNow(): void;
}

export interface MainWindowOptions {
  preload: string;
  dataDir: string;
  events: HostEventQueue;
  getLang: () => Lang;
}

function stateOf(win: BrowserWindow): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}

export async function createMainWindow(options: MainWindowOptions): Promise<MainWindow> {
  const saved = fitToScreens(await loadWindowState(options.dataDir), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...saved,
    show: false,
    title: message('shell-app-name', options.getLang()),
    webPreferences: {
      // The preload is reviewed by design: sandboxed, it exposes one function per API method through
      // contextBridge and nothing generic (src/preload/index.ts); main checks the sender and validates every payload.
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (window.open is denied as well).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let dirty = false;
  let closing = false;
  win.on('close', (event) => {
    void saveWindowState(options.dataDir, stateOf(win)).catch((error) => console.error('window state', error));
    if (dirty && !closing) {
      event.preventDefault();
      options.events.push({ type: 'command', command: 'app.closeRequested' });
    }
  });

  // Host events wait in the queue until the page's preload says it listens; a reload stops delivery until it listens again.
  const isTrusted = trustedSender(() => win);
  let stopDelivery: (() => void) | null = null;
  const onReady = (event: Electron.IpcMainEvent) => {
    if (!isTrusted(event)) return;
    stopDelivery?.();
    stopDelivery = options.events.subscribe((hostEvent) => win.webContents.send(EVENT_CHANNEL, hostEvent));
  };
  ipcMain.on(EVENTS_READY_CHANNEL, onReady);
  win.webContents.on('did-start-loading', () => {
    stopDelivery?.();
    stopDelivery = null;
  });
  win.on('closed', () => {
    stopDelivery?.();
    ipcMain.off(EVENTS_READY_CHANNEL, onReady);
  });

  // Not awaited: loadURL settles when the page has finished loading, and the page calls the API while it
  // loads (settings, backups to restore); the caller must hold the window, which is what its IPC sender check
  // trusts, before then. Found by running the built main process (tests/e2e/electron-shell.spec.ts).
  win.loadURL(APP_URL).catch((error) => console.error('cannot load the page', error));
  return {
    win,
    showState(state) {
      dirty = state.dirty;
      // The full path when the document has a file (issue 13 item 6), so two 报告.caogao in different folders are told apart.
      const name = state.path ?? state.name ?? message('shell-untitled', options.getLang());
      win.setTitle(`${state.dirty ? '• ' : ''}${name} — ${message('shell-app-name', options.getLang())}`);
      win.setDocumentEdited(state.dirty);
    },
    closeNow() {
      closing = true;
      win.close();
    },
  };
}
