/**
 * The small dialog of 保存为版本…: a name field with the usual names offered
 * (第一稿, 征求意见稿, 送审稿) and the suggestion filled in and selected, so
 * Enter accepts it and typing replaces it. The answer is the name, or null.
 */
import { t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';

const USUAL = ['version-label-first', 'version-label-consult', 'version-label-review'] as const;

export function askVersionLabel(suggested: string): Promise<string | null> {
  let answer: string | null = null;
  const listId = 'caogao-save-version-labels';
  const input = h('input', { type: 'text', class: 'save-version-name', list: listId, maxlength: 60, 'aria-label': t('ui-versions-name'), value: suggested });
  const options = h('datalist', { id: listId }, ...USUAL.map((key) => h('option', { value: t(key) })));
  const ok = h('button', { type: 'submit', class: 'dialog-button primary' }, t('ui-versions-save'));
  const cancel = cancelButton();
  const form = h('form', { method: 'dialog' }, input, options, h('div', { class: 'dialog-buttons' }, cancel, ok));
  const dialog = h(
    'dialog',
    { class: 'message-dialog save-version-dialog', 'aria-label': t('ui-save-version-title') },
    h('h2', { class: 'dialog-title' }, t('ui-save-version-title')),
    h('p', { class: 'dialog-body' }, t('ui-save-version-prompt')),
    form,
  );
  const update = () => (ok.disabled = input.value.trim() === '');
  input.addEventListener('input', update);
  update();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    answer = input.value.trim();
    dialog.close();
  });
  const named = showModal(dialog, { focus: input, answer: () => answer });
  input.select();
  return named;
}
