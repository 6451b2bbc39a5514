/**
 * 用户信息: the user's name and unit (姓名, 单位), asked on first start (with
 * the OS account's name filled in) and from the command menu. The answer is
 * the two values trimmed, or null for 取消 / Esc. A name is required; the unit
 * may stay empty.
 */
import { t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';

export interface Identity {
  author: string;
  unit: string;
}

export function askIdentity(initial: Identity, firstRun: boolean): Promise<Identity | null> {
  let answer: Identity | null = null;
  const field = (label: 'identity-name' | 'identity-unit', value: string) =>
    h('input', { type: 'text', class: 'settings-input identity-input', 'aria-label': t(label), value, maxlength: 100 });
  const name = field('identity-name', initial.author);
  const unit = field('identity-unit', initial.unit);
  const error = h('p', { class: 'settings-error', role: 'alert' });
  const ok = h('button', { type: 'submit', class: 'dialog-button primary' }, t('ui-ok'));
  const form = h(
    'form',
    { class: 'identity-form' },
    h('label', { class: 'identity-row' }, h('span', {}, t('identity-name')), name),
    h('label', { class: 'identity-row' }, h('span', {}, t('identity-unit')), unit),
    error,
    h('div', { class: 'dialog-buttons' }, cancelButton(), ok),
  );
  const dialog = h(
    'dialog',
    { class: 'message-dialog identity-dialog', 'aria-label': t('identity-title') },
    h('h2', { class: 'dialog-title' }, t('identity-title')),
    h('p', { class: 'dialog-body' }, t(firstRun ? 'identity-first-run' : 'identity-intro')),
    form,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const author = name.value.trim();
    if (!author) {
      error.textContent = t('identity-name-empty');
      name.focus();
      return;
    }
    answer = { author, unit: unit.value.trim() };
    dialog.close();
  });
  // Asked at start while an import may be telling what it noticed: after that, not over it.
  return showModal(dialog, { focus: name, answer: () => answer, queued: true, onShow: () => name.select() });
}
