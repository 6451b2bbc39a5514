/** 从模板新建: the host's templates as a list of choices (the blank report first). */
import type { Client } from '../api/index.js';
import { lang, t } from './i18n.js';
import { h } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';

export async function chooseTemplate(api: Client): Promise<string | null> {
  const templates = await api.listTemplates().catch(() => []);
  if (!templates.length) return null;
  let chosen: string | null = null;
  const l = lang();
  const dialog = h('dialog', { class: 'message-dialog template-dialog', 'aria-label': t('menu-file-new-from-template') });
  const list = h('div', { class: 'template-list' });
  for (const tpl of templates) {
    const b = h('button', { type: 'button', class: 'template-choice' }, h('strong', {}, tpl.name[l]), h('span', {}, tpl.description[l]));
    b.addEventListener('click', () => {
      chosen = tpl.id;
      dialog.close();
    });
    list.append(b);
  }
  const cancel = cancelButton();
  dialog.append(h('h2', { class: 'dialog-title' }, t('menu-file-new-from-template')), list, h('div', { class: 'dialog-buttons' }, cancel));
  // No `focus`: the browser focuses the first control, the first template.
  return showModal(dialog, { answer: () => chosen });
}
