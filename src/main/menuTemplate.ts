/**
 * The application menu, in Chinese or English: 文件, 编辑, 格式, 视图, 帮助.
 * Building the template is pure (no electron import at run time), so a Node
 * test can check every label and command. Menu items send command ids to the
 * page, which owns what they do; cut, copy and paste are the system's.
 *
 * Keys the page's own keymap handles (undo, find, headings, zoom …) are shown
 * in the menu but not registered with it (`registerAccelerator: false`), so
 * each key does one thing, the same as in the browser host. File keys are
 * registered: the menu is where they act in the app.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { message, type Lang, type MessageKey } from '../core/messages/index.js';
import type { CommandId, DocHandle } from '../shared/api.js';

export interface MenuActions {
  command(id: CommandId): void;
  openRecent(handle: DocHandle): void;
  clearRecent(): void;
  setLang(lang: Lang): void;
  /** 打印…: print the window's page (webContents.print); its print style sheet shows the report alone. */
  print(): void;
}

export interface MenuInput {
  lang: Lang;
  platform: string;
  recent: { handle: DocHandle; name: string; location: string }[];
  actions: MenuActions;
}

export function buildMenuTemplate({ lang, platform, recent, actions }: MenuInput): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => message(key, lang);
  /** A menu item that sends a command; `pageKey` marks keys the page handles itself. */
  const cmd = (key: MessageKey, id: CommandId, accelerator?: string, pageKey = true): MenuItemConstructorOptions => ({
    id,
    label: t(key),
    accelerator,
    registerAccelerator: accelerator ? !pageKey : undefined,
    click: () => actions.command(id),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((entry, i) => ({
          id: `recent.${i}`,
          label: `${i + 1}  ${entry.name}`,
          sublabel: entry.location,
          click: () => actions.openRecent(entry.handle),
        })),
        sep,
        { id: 'recent.clear', label: t('menu-file-recent-clear'), click: () => actions.clearRecent() },
      ]
    : [{ id: 'recent.empty', label: t('menu-file-recent-empty'), enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: t('menu-file'),
    submenu: [
      cmd('menu-file-new', 'file.new', 'CmdOrCtrl+N', false),
      cmd('menu-file-new-from-template', 'file.newFromTemplate'),
      cmd('menu-file-start', 'file.startPage'),
      cmd('menu-file-open', 'file.open', 'CmdOrCtrl+O', false),
      { id: 'file.recent', label: t('menu-file-recent'), submenu: recentItems },
      sep,
      cmd('menu-file-save', 'file.save', 'CmdOrCtrl+S', false),
      cmd('menu-file-save-as', 'file.saveAs', 'CmdOrCtrl+Shift+S', false),
      cmd('menu-file-save-version', 'file.saveVersion'),
      sep,
      cmd('menu-file-import', 'file.import'),
      {
        id: 'file.export',
        label: t('menu-file-export'),
        submenu: [
          cmd('menu-file-export-docx', 'file.exportDocx'),
          cmd('menu-file-export-pdf', 'file.exportPdf'),
          cmd('menu-file-export-html', 'file.exportHtml'),
          cmd('menu-file-export-txt', 'file.exportTxt'),
          sep,
          cmd('menu-file-export-comments', 'file.exportComments'),
        ],
      },
      sep,
      cmd('menu-file-print-preview', 'file.printPreview'),
      { id: 'file.print', label: t('menu-file-print'), accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      sep,
      { id: 'app.quit', label: t('menu-file-quit'), role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu-edit'),
    submenu: [
      cmd('menu-edit-undo', 'edit.undo', 'CmdOrCtrl+Z'),
      cmd('menu-edit-redo', 'edit.redo', platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      sep,
      { id: 'edit.cut', label: t('menu-edit-cut'), role: 'cut' },
      { id: 'edit.copy', label: t('menu-edit-copy'), role: 'copy' },
      { id: 'edit.paste', label: t('menu-edit-paste'), role: 'paste' },
      sep,
      cmd('menu-edit-find', 'edit.find', 'CmdOrCtrl+F'),
      cmd('menu-edit-replace', 'edit.replace', 'CmdOrCtrl+H'),
    ],
  };

  const format: MenuItemConstructorOptions = {
    label: t('menu-format'),
    submenu: [
      cmd('menu-format-part', 'format.part', 'CmdOrCtrl+Alt+1'),
      cmd('menu-format-section', 'format.section', 'CmdOrCtrl+Alt+2'),
      cmd('menu-format-item', 'format.item', 'CmdOrCtrl+Alt+3'),
      cmd('menu-format-paragraph', 'format.paragraph', 'CmdOrCtrl+Alt+0'),
      sep,
      cmd('menu-format-lead', 'format.lead', 'CmdOrCtrl+B'),
      cmd('menu-format-target-summary', 'format.targetSummary'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu-view'),
    submenu: [
      cmd('menu-view-outline', 'view.outline'),
      cmd('menu-view-checks', 'view.checks'),
      cmd('menu-view-run-in', 'view.runIn'),
      {
        id: 'view.zoom',
        label: t('menu-view-zoom'),
        submenu: [
          cmd('menu-view-zoom-in', 'view.zoomIn', 'CmdOrCtrl+='),
          cmd('menu-view-zoom-out', 'view.zoomOut', 'CmdOrCtrl+-'),
          cmd('menu-view-zoom-reset', 'view.zoomReset', 'CmdOrCtrl+0'),
        ],
      },
      cmd('menu-view-pages', 'view.pages'),
      sep,
      {
        id: 'view.language',
        label: t('menu-view-language'),
        submenu: [
          { id: 'lang.zh', label: t('menu-view-language-zh'), type: 'radio', checked: lang === 'zh', click: () => actions.setLang('zh') },
          { id: 'lang.en', label: t('menu-view-language-en'), type: 'radio', checked: lang === 'en', click: () => actions.setLang('en') },
        ],
      },
    ],
  };

  const help: MenuItemConstructorOptions = { label: t('menu-help'), submenu: [cmd('menu-help-about', 'help.about')] };

  const menus = [file, edit, format, view, help];
  // On macOS the first menu is the application's own (关于, 退出 live there by convention).
  if (platform === 'darwin') menus.unshift({ label: t('shell-app-name'), submenu: [{ role: 'about' }, sep, { role: 'quit' }] });
  return menus;
}
