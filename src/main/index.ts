/**
 * The Electron main process: a thin shell around the Node services. One
 * instance; one window; the menu; the services wired onto IPC. Documents
 * named on the command line or handed over by the OS open in the page.
 * Everything here that holds logic lives in modules without electron (the
 * services, the menu template, argv, window state), tested in plain Node.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, session, type MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../core/messages/index.js';
import { createServices, defaultTemplatesDir, type HostServices } from '../node/services.js';
import { DocumentStore } from '../node/store/documentStore.js';
import { HostEventQueue } from '../shared/eventQueue.js';
import { registerIpc } from '../shared/registerIpc.js';
import { documentsFromArgv } from './argv.js';
import { electronDialogs } from './dialogs.js';
import { buildMenuTemplate } from './menuTemplate.js';
import { printHtmlToPdf } from './printPdf.js';
import { declareAppScheme, serveApp } from './protocol.js';
import { hardenContents, hardenSession, trustedSender } from './security.js';
import { createMainWindow, type MainWindow } from './window.js';

const here = dirname(fileURLToPath(import.meta.url));
const events = new HostEventQueue();
let main: MainWindow | null = null;
let services: HostServices;
let lang: Lang = 'zh';

/** Files the OS asked us to open before the services existed (macOS open-file at launch). */
const earlyFiles: string[] = [];

function openFiles(paths: string[]): void {
  for (const path of paths) {
    try {
      events.push({ type: 'open', handle: services.handleForPath(path) });
    } catch (error) {
      console.error('cannot open', path, error);
    }
  }
}

async function rebuildMenu(): Promise<void> {
  const recent = await services.recentList();
  const template: MenuItemConstructorOptions[] = buildMenuTemplate({
    lang,
    platform: process.platform,
    recent,
    actions: {
      command: (command) => events.push({ type: 'command', command }),
      openRecent: (handle) => events.push({ type: 'open', handle }),
      clearRecent: () => void services.recentClear().then(rebuildMenu),
      setLang: (next) => void services.settingsSet({ lang: next }).then((settings) => events.push({ type: 'settings', settings })),
      print: () => main?.win.webContents.print({ printBackground: true }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const systemLang: Lang = /^en/i.test(app.getLocale()) ? 'en' : 'zh';
  services = createServices({
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    systemLang,
    dataDir,
    templatesDir: defaultTemplatesDir(app.getAppPath()),
    backend: new DocumentStore({ userDataDir: dataDir, pdf: { print: printHtmlToPdf } }),
    dialogs: electronDialogs(() => main?.win ?? null, async () => lang),
    window: { showState: (state) => main?.showState(state), close: () => main?.closeNow() },
    onSettingsChanged: (settings) => {
      lang = settings.lang;
      void rebuildMenu();
    },
  });
  lang = (await services.settingsGet()).lang;

  hardenSession(session.defaultSession);
  serveApp(session.defaultSession, join(here, '../renderer'));
  registerIpc(ipcMain, services, { isTrustedSender: trustedSender(() => main?.win ?? null) });
  await rebuildMenu();

  openFiles([...documentsFromArgv(process.argv, process.cwd()), ...earlyFiles.splice(0)]);
  await openWindow();
}

async function openWindow(): Promise<void> {
  main = await createMainWindow({ preload: join(here, '../preload/index.cjs'), dataDir: app.getPath('userData'), events, getLang: () => lang });
  main.win.on('closed', () => {
    main = null;
  });
  // The recent list changes as documents open and save; refresh the menu when the window regains focus.
  main.win.on('focus', () => void rebuildMenu());
}

// CAOGAO_DATA_DIR moves the user data folder (settings, recent list, autosave journal), as it does for the
// browser host (src/node/host/userData.ts): tests and portable use. Before the lock, which is per folder.
if (process.env.CAOGAO_DATA_DIR) app.setPath('userData', process.env.CAOGAO_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openFiles(documentsFromArgv(argv, workingDirectory));
    if (main) {
      if (main.win.isMinimized()) main.win.restore();
      main.win.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (services) openFiles([path]);
    else earlyFiles.push(path);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && services) void openWindow();
  });
  // .catch, not a second argument to .then: a failure inside start must end the app too.
  app.whenReady().then(start).catch((error) => {
    console.error(error);
    app.exit(1);
  });
}
