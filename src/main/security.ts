/**
 * The Electron security checklist, applied in one place (engineering.md §3):
 * every permission request is denied, navigation away from the app page and
 * new windows are refused, <webview> cannot be attached, and an IPC message
 * is accepted only from the main frame of our window showing app://caogao/.
 */
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { isAppUrl } from './origin.js';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

/** For every web contents the app creates (there is one window, but be sure). */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The IPC sender predicate handed to registerIpc: our window's main frame, on the app page. */
export function trustedSender(getWindow: () => BrowserWindow | null) {
  return (event: IpcMainInvokeEvent | IpcMainEvent): boolean => {
    const win = getWindow();
    const frame = event.senderFrame;
    return !!win && !win.isDestroyed() && event.sender === win.webContents && !!frame && frame.parent === null && isAppUrl(frame.url);
  };
}
