/**
 * 文件 › 最近打开 in the window's own toolbar (the browser host has no menu
 * bar; Electron's menu has the same list, src/main/menuTemplate.ts): a pop-up
 * read from the host each time it opens, most recent first, each file with
 * its folder and time, then 清除列表. Choosing one opens it as 打开 would,
 * after asking about unsaved changes.
 */
import type { RecentEntry } from '../../shared/api.js';
import { t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';
import { shortTime } from './versionsPanel.js';

export interface RecentSource {
  list(): Promise<RecentEntry[]>;
  clear(): Promise<void>;
  open(handle: string): void;
}

export function recentMenu(source: RecentSource): HTMLElement {
  const summary = tx(h('summary', { class: 'tool' }), { text: 'menu-file-recent' });
  const popup = h('div', { class: 'menu-popup recent-menu', role: 'menu' });
  const details = h('details', { class: 'tool-menu' }, summary, popup);
  const item = (label: string, title: string, run: () => void, disabled = false) => {
    const b = h('button', { type: 'button', class: 'menu-item', role: 'menuitem', title, disabled });
    b.textContent = label;
    b.addEventListener('click', () => {
      details.removeAttribute('open');
      run();
    });
    return b;
  };
  const fill = async (): Promise<void> => {
    const entries = await source.list().catch(() => []);
    if (!entries.length) return setChildren(popup, item(t('menu-file-recent-empty'), '', () => undefined, true));
    setChildren(
      popup,
      ...entries.map((e, i) => item(`${i + 1}  ${e.name}`, t('ui-recent-opened', { location: e.location, time: shortTime(e.openedAt) }), () => source.open(e.handle))),
      item(t('menu-file-recent-clear'), '', () => void source.clear()),
    );
  };
  details.addEventListener('toggle', () => {
    if (details.open) void fill();
  });
  document.addEventListener('click', (e) => {
    if (!details.contains(e.target as Node)) details.removeAttribute('open');
  });
  return details;
}
