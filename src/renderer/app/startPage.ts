/**
 * 开始页: what the window offers when it starts without a document, and from
 * 文件 › 开始页: the files opened lately (most recent first, with folder and
 * time) and the templates, each with its description, plus 打开其他文件….
 * It only asks; the caller opens what was chosen (app.ts).
 */
import type { Client } from '../api/index.js';
import { t } from './i18n.js';
import { h } from '../util/dom.js';
import { showModal } from '../util/modal.js';
import { recentChoice, templateChoices } from './templatePicker.js';

export type StartChoice = { kind: 'recent'; handle: string } | { kind: 'template'; id: string } | { kind: 'open' };

export async function showStartPage(api: Client): Promise<StartChoice | null> {
  const [recent, templates] = await Promise.all([api.recentList().catch(() => []), api.listTemplates().catch(() => [])]);
  let chosen: StartChoice | null = null;
  const dialog = h('dialog', { class: 'message-dialog start-page', 'aria-label': t('ui-start-title') });
  const pick = (choice: StartChoice) => () => {
    chosen = choice;
    dialog.close();
  };
  const recentList = h('div', { class: 'template-list' }, ...recent.map((entry) => recentChoice(entry, (handle) => pick({ kind: 'recent', handle })())));
  if (!recent.length) recentList.append(h('p', { class: 'panel-empty' }, t('ui-start-recent-empty')));
  const open = h('button', { type: 'button', class: 'dialog-button' }, t('ui-start-open'));
  open.addEventListener('click', pick({ kind: 'open' }));
  const close = h('button', { type: 'button', class: 'dialog-button' }, t('ui-close'));
  close.addEventListener('click', () => dialog.close());
  dialog.append(
    h('h2', { class: 'dialog-title' }, t('ui-start-title')),
    h(
      'div',
      { class: 'start-columns' },
      h('section', { class: 'start-recent', 'aria-label': t('menu-file-recent') }, h('h3', {}, t('menu-file-recent')), recentList),
      h('section', { class: 'start-new', 'aria-label': t('ui-start-new') }, h('h3', {}, t('ui-start-new')), templateChoices(templates, (id) => pick({ kind: 'template', id })())),
    ),
    h('div', { class: 'dialog-buttons' }, open, close),
  );
  // The first recent file has the focus (Enter reopens the last document), else the first template.
  return showModal(dialog, { answer: () => chosen });
}
