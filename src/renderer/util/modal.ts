import { t } from '../app/i18n.js';
import { h } from './dom.js';

/**
 * A question asked in a modal <dialog>, as a promise of its answer.
 *
 * The contract: one such dialog at a time. The dialog is put on the page,
 * shown modally and `focus` (when given; otherwise the browser's first
 * focusable control) gets the focus. Every way of closing it (a button that
 * calls `dialog.close()`, a form with method="dialog", Esc) removes it from
 * the page and resolves the promise with `answer()`, read at that moment: so
 * the call site keeps its answer in a variable that starts as the "no answer"
 * value (null, false) and that only its buttons set, and Esc gives that value.
 * The dialog is open when this returns (the promise is created at once), so a
 * call site may still adjust the focused control, e.g. select an input's text.
 *
 * On close the focus goes back where it was before the dialog opened, and so
 * does the caret when it was inside that element: a question asked while
 * typing leaves the user typing where they were. The browser gives the focus
 * back by itself (the dialog's "previously focused element"), but not the
 * caret: focusing a text field in the dialog moved the page's selection into
 * the dialog, and removing the dialog leaves it nowhere, so that typed text
 * would be lost. Both are restored before the promise resolves, so the call
 * site may still move the focus elsewhere once it has the answer.
 *
 * A question nobody's action asked for (what an import noticed, who is
 * writing on the first start) passes `queued`: it waits until no other modal
 * is open, so two such questions come one after the other instead of one
 * over the other; `onShow` then adjusts the focused control. A dialog opened
 * from another (replace this file?) is not queued: it stacks, as it must.
 */
export interface ModalOptions<T> {
  focus?: HTMLElement | null;
  answer: () => T;
  /** Wait until no other modal dialog is open (see above). */
  queued?: boolean;
  /** Called once the dialog is open and focused. */
  onShow?: () => void;
}

/** Resolves once no modal <dialog> is open on the page. */
async function noModalOpen(): Promise<void> {
  for (let open = document.querySelector('dialog[open]'); open; open = document.querySelector('dialog[open]')) {
    await new Promise((resolve) => open!.addEventListener('close', resolve, { once: true }));
  }
}

export function showModal<T>(dialog: HTMLDialogElement, options: ModalOptions<T>): Promise<T> {
  if (options.queued && document.querySelector('dialog[open]')) return noModalOpen().then(() => showModal(dialog, { ...options, queued: false }));
  const before = rememberFocus();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        dialog.remove();
        before();
        resolve(options.answer());
      },
      { once: true },
    );
    document.body.append(dialog);
    dialog.showModal();
    options.focus?.focus();
    options.onShow?.();
  });
}

/**
 * The focused element and the selection in it, now; the function returned puts
 * them back if they are still on the page. The selection is kept as a live
 * Range (the page may change under the dialog) and its direction.
 */
function rememberFocus(): () => void {
  const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const selection = document.getSelection();
  const range = active && selection?.rangeCount && active.contains(selection.getRangeAt(0).commonAncestorContainer) ? selection.getRangeAt(0).cloneRange() : null;
  const backward = !!range && (selection?.anchorNode !== range.startContainer || selection.anchorOffset !== range.startOffset);
  return () => {
    if (!active?.isConnected) return;
    // The caret first: focusing an editable element whose selection is elsewhere would put the caret at its start.
    const selection = document.getSelection();
    if (range?.startContainer.isConnected && range.endContainer.isConnected) {
      if (backward) selection?.setBaseAndExtent(range.endContainer, range.endOffset, range.startContainer, range.startOffset);
      else selection?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    }
    active.focus({ preventScroll: true });
  };
}

/** 取消: a dialog button that closes the dialog it is in, with no answer. */
export function cancelButton(): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'dialog-button' }, t('ui-cancel'));
  button.addEventListener('click', () => button.closest('dialog')?.close());
  return button;
}
