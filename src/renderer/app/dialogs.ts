/**
 * Modal questions and notices in the page (unsaved changes, a conflict on
 * save, an error the user can act on, 关于). One <dialog> at a time; the
 * answer is the id of the button chosen, or null for Esc.
 */
import { t } from './i18n.js';
import type { MessageKey } from '../../core/messages/index.js';
import { h } from '../util/dom.js';
import { showModal } from '../util/modal.js';

export interface Choice {
  id: string;
  label: MessageKey;
  primary?: boolean;
}

/** `queued`: a notice nobody's action asked for waits for the dialog open now (util/modal.ts). */
export function ask(title: string, body: string, choices: Choice[], options: { queued?: boolean } = {}): Promise<string | null> {
  let answer: string | null = null;
  const buttons = choices.map((c) => {
    const b = h('button', { type: 'button', class: c.primary ? 'dialog-button primary' : 'dialog-button' }, t(c.label));
    b.addEventListener('click', () => {
      answer = c.id;
      dialog.close();
    });
    return b;
  });
  const dialog = h(
    'dialog',
    { class: 'message-dialog', 'aria-label': title },
    h('h2', { class: 'dialog-title' }, title),
    ...body.split('\n').map((line) => h('p', { class: 'dialog-body' }, line)),
    h('div', { class: 'dialog-buttons' }, ...buttons),
  );
  return showModal(dialog, { focus: buttons.find((_, i) => choices[i].primary) ?? buttons[0], answer: () => answer, ...options });
}

export async function tell(title: string, body: string, options: { queued?: boolean } = {}): Promise<void> {
  await ask(title, body, [{ id: 'ok', label: 'ui-ok', primary: true }], options);
}
