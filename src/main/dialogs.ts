/**
 * The native open and save dialogs, in the user's language, attached to the
 * window. A path reaches the services only through them (or the recent list,
 * the command line, the OS).
 */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { message, type Lang } from '../core/messages/index.js';
import type { Dialogs, SaveFormat } from '../node/services.js';

export function electronDialogs(getWindow: () => BrowserWindow | null, getLang: () => Promise<Lang>): Dialogs {
  return {
    async chooseOpen(purpose) {
      const lang = await getLang();
      const win = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: message(purpose === 'open' ? 'shell-dialog-open' : purpose === 'compare' ? 'shell-dialog-compare' : 'shell-dialog-import', lang),
        properties: ['openFile'],
        filters:
          purpose === 'import'
            ? [{ name: message('shell-filter-importable', lang), extensions: ['txt', 'docx', 'md'] }]
            : [{ name: message('shell-filter-reports', lang), extensions: ['caogao', 'txt', 'docx', 'md'] }],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    async chooseSave({ purpose, format, suggestedName, defaultDir }) {
      const lang = await getLang();
      const win = getWindow();
      const filter = (f: SaveFormat) =>
        f === 'caogao' ? message('shell-filter-caogao', lang) : message('shell-filter-export', lang, { format: `.${f}` });
      const options: Electron.SaveDialogOptions = {
        title: message(purpose === 'save' ? 'shell-dialog-save' : 'shell-dialog-export', lang),
        defaultPath: join(defaultDir ?? app.getPath('documents'), suggestedName),
        filters: [{ name: filter(format), extensions: [format] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
