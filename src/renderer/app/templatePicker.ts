/** 从模板新建: the host's templates as a list of choices (the blank report first). */
import type { RecentEntry, TemplateInfo } from '../../shared/api.js';
import type { Client } from '../api/index.js';
import { shortTime } from '../panels/versionsPanel.js';
import { lang, t } from './i18n.js';
import { h } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';

/** One button per template, its name over its description; `choose` is called with the template's id. */
export function templateChoices(templates: TemplateInfo[], choose: (id: string) => void): HTMLElement {
  const l = lang();
  const list = h('div', { class: 'template-list' });
  for (const tpl of templates) {
    const b = h('button', { type: 'button', class: 'template-choice', 'data-template': tpl.id }, h('strong', {}, tpl.name[l]), h('span', {}, tpl.description[l]));
    b.addEventListener('click', () => choose(tpl.id));
    list.append(b);
  }
  return list;
}

/** A recent file as a choice: its name, then its folder and when it was last opened or saved. */
export function recentChoice(entry: RecentEntry, choose: (handle: string) => void): HTMLElement {
  const detail = t('ui-recent-opened', { location: entry.location, time: shortTime(entry.openedAt) });
  const b = h('button', { type: 'button', class: 'template-choice recent-choice', title: detail }, h('strong', {}, entry.name), h('span', {}, detail));
  b.addEventListener('click', () => choose(entry.handle));
  return b;
}

export async function chooseTemplate(api: Client): Promise<string | null> {
  const templates = await api.listTemplates().catch(() => []);
  if (!templates.length) return null;
  let chosen: string | null = null;
  const dialog = h('dialog', { class: 'message-dialog template-dialog', 'aria-label': t('menu-file-new-from-template') });
  const list = templateChoices(templates, (id) => {
    chosen = id;
    dialog.close();
  });
  const cancel = cancelButton();
  dialog.append(h('h2', { class: 'dialog-title' }, t('menu-file-new-from-template')), list, h('div', { class: 'dialog-buttons' }, cancel));
  // No `focus`: the browser focuses the first control, the first template.
  return showModal(dialog, { answer: () => chosen });
}
