/**
 * Puts 检查设置… into the window: a button at the top of the checks panel and
 * a command (command menu). Confirming the dialog changes the document's
 * settings, which marks the document unsaved (the lists are saved with the
 * file), and runs the checks again at once; 指标一览 follows.
 */
import type { App } from '../app/app.js';
import { t, tx } from '../app/i18n.js';
import { isReadOnly } from '../readonly/installReadOnly.js';
import { h } from '../util/dom.js';
import { frontMatterText, readCheckLists, writeCheckLists } from './checkLists.js';
import { openCheckSettings } from './settingsDialog.js';

export const CHECK_SETTINGS_COMMAND = 'checks.settings';

export function installCheckSettings(app: App): void {
  const status = h('span', { class: 'checks-settings-status', role: 'status', 'aria-live': 'polite' });
  let clearStatus = 0;

  const open = async (): Promise<void> => {
    const lists = await openCheckSettings(readCheckLists(app.session.settings), frontMatterText(app.view.state.doc), !isReadOnly(app));
    if (!lists) return;
    const settings = writeCheckLists(app.session.settings, lists);
    app.session.setSettings(settings);
    app.checks.setSettings(settings);
    app.checks.schedule.flush();
    status.textContent = t('settings-applied');
    clearTimeout(clearStatus);
    clearStatus = window.setTimeout(() => (status.textContent = ''), 5000);
  };

  app.commands.set(CHECK_SETTINGS_COMMAND, { id: CHECK_SETTINGS_COMMAND, label: 'settings-command', run: () => void open() });

  const button = tx(h('button', { type: 'button', class: 'checks-settings-button' }), { text: 'settings-command', title: 'settings-open-tip' });
  button.addEventListener('click', () => void open());
  const row = h('div', { class: 'checks-settings-row' }, status, button);
  const panel = app.checksPanel.el;
  const tabs = panel.querySelector('.checks-tabs');
  if (tabs) tabs.after(row);
  else panel.prepend(row);
}
