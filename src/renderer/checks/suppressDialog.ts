/**
 * Asking why a finding is suppressed: a small dialog with the finding and a
 * reason field. The answer is the reason, or null when the user cancels.
 */
import type { Finding } from '../../core/checks/types.js';
import { lang, t } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';

export function askSuppressReason(finding: Finding): Promise<string | null> {
  let answer: string | null = null;
  const reason = h('textarea', { class: 'suppress-reason', rows: 3, 'aria-label': t('ui-checks-suppress-reason') });
  const ok = h('button', { type: 'button', class: 'dialog-button primary' }, t('ui-checks-suppress'));
  const cancel = cancelButton();
  const dialog = h(
    'dialog',
    { class: 'message-dialog suppress-dialog', 'aria-label': t('ui-checks-suppress-title') },
    h('h2', { class: 'dialog-title' }, t('ui-checks-suppress-title')),
    h('p', { class: 'dialog-body' }, finding.message[lang()]),
    h('p', { class: 'dialog-body suppress-excerpt' }, finding.excerpt),
    h('p', { class: 'dialog-body' }, t('ui-checks-suppress-prompt')),
    reason,
    h('div', { class: 'dialog-buttons' }, cancel, ok),
  );
  const update = () => (ok.disabled = reason.value.trim() === '');
  reason.addEventListener('input', update);
  update();
  ok.addEventListener('click', () => {
    answer = reason.value.trim();
    dialog.close();
  });
  return showModal(dialog, { focus: reason, answer: () => answer || null });
}
