/**
 * The browser host's file dialog (issue 13 item 6): the host has no native
 * one, so when a save, an export or an open needs a file it asks the page
 * (host event `dialog`), and this shows a name field and the folders the host
 * allows: the allowed folders to choose from, the current folder's full path,
 * 上一级 up to the allowed folder and never above, its folders (click to go
 * in) and its files of the kinds asked (click to take the name). 保存 / 导出 /
 * 打开 sends the folder and the name to the host, which checks them; a refusal
 * is shown in the dialog, which stays open, and a file that exists is
 * replaced only after the user said so.
 */
import type { DialogEntry, DialogRequest, FolderListing, FolderRef } from '../../shared/api.js';
import type { MessageKey } from '../../core/messages/index.js';
import { ApiError, type Client } from '../api/index.js';
import { ask } from './dialogs.js';
import { lang, t } from './i18n.js';
import { h, setChildren } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';
import './fileDialog.css';

const TITLE: Record<DialogRequest['purpose'], MessageKey> = {
  save: 'dialog-title-save',
  export: 'dialog-title-export',
  open: 'dialog-title-open',
  import: 'dialog-title-import',
  compare: 'dialog-title-compare',
};
const CONFIRM: Record<DialogRequest['purpose'], MessageKey> = { save: 'dialog-save', export: 'dialog-export', open: 'dialog-open', import: 'dialog-open', compare: 'dialog-choose' };

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.userMessage(lang()) : error instanceof Error ? error.message : String(error);
}

/** Show the dialog the host asked for, and answer it (null when the user cancels). */
export async function answerFileDialog(api: Client, request: DialogRequest): Promise<void> {
  let done = false;
  let listing: FolderListing | null = null;
  const title = t(TITLE[request.purpose]);
  const rootSelect = h('select', { class: 'file-dialog-roots', 'aria-label': t('dialog-roots') });
  const up = h('button', { type: 'button', class: 'dialog-button' }, t('dialog-up'));
  const location = h('span', { class: 'file-dialog-location' });
  const list = h('ul', { class: 'file-dialog-list', 'aria-label': t('dialog-files') });
  const name = h('input', { type: 'text', class: 'file-dialog-name', 'aria-label': t('dialog-name'), spellcheck: 'false', autocomplete: 'off' });
  name.value = request.suggestedName;
  const problem = h('p', { class: 'file-dialog-problem', role: 'alert' });
  const confirm = h('button', { type: 'submit', class: 'dialog-button primary' }, t(CONFIRM[request.purpose]));
  const form = h(
    'form',
    { class: 'file-dialog-form' },
    h('h2', { class: 'dialog-title' }, title),
    h('div', { class: 'file-dialog-where' }, rootSelect, up),
    h('p', { class: 'file-dialog-path' }, `${t('dialog-folder')}：`, location),
    list,
    h('label', { class: 'file-dialog-name-row' }, h('span', {}, t('dialog-name')), name),
    problem,
    h('div', { class: 'dialog-buttons' }, confirm, cancelButton()),
  );
  const dialog = h('dialog', { class: 'message-dialog file-dialog', 'aria-label': title }, form);

  const show = async (folder?: FolderRef): Promise<void> => {
    try {
      listing = await api.dialogList({ id: request.id, ...(folder ? { folder } : {}) });
      problem.textContent = '';
      render(listing);
    } catch (error) {
      problem.textContent = errorText(error);
    }
  };

  const render = (shown: FolderListing): void => {
    setChildren(rootSelect, ...shown.roots.map((root, i) => h('option', { value: String(i), title: root.location }, root.location)));
    rootSelect.value = String(shown.folder.root);
    location.textContent = shown.location;
    location.title = shown.location;
    up.disabled = shown.folder.path.length === 0;
    const items = shown.entries.map((entry) => entryItem(shown.folder, entry));
    setChildren(list, ...(items.length ? items : [h('li', { class: 'file-dialog-empty' }, t('dialog-empty'))]));
  };

  const entryItem = (folder: FolderRef, entry: DialogEntry): HTMLLIElement => {
    const button = h(
      'button',
      { type: 'button', class: `file-dialog-entry ${entry.kind}`, 'data-kind': entry.kind },
      h('span', { class: 'file-dialog-entry-name' }, entry.name),
      h('span', { class: 'file-dialog-entry-kind' }, entry.kind === 'folder' ? t('dialog-folder-kind') : new Date(entry.modified).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en')),
    );
    if (entry.kind === 'folder') button.addEventListener('click', () => void show({ root: folder.root, path: [...folder.path, entry.name] }));
    else {
      button.addEventListener('click', () => {
        name.value = entry.name;
        name.focus();
      });
      button.addEventListener('dblclick', () => form.requestSubmit());
    }
    return h('li', {}, button);
  };

  const submit = async (overwrite = false): Promise<void> => {
    if (!listing) return;
    if (!name.value.trim() && request.mode === 'open') {
      problem.textContent = t('dialog-choose-file');
      return;
    }
    try {
      await api.dialogAnswer({ id: request.id, choice: { folder: listing.folder, name: name.value, ...(overwrite ? { overwrite } : {}) } });
      done = true;
      dialog.close();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'dialog-exists') {
        const replace = await ask(t('dialog-overwrite-title'), t('dialog-overwrite-body', { name: name.value, location: listing.location }), [
          { id: 'replace', label: 'dialog-overwrite' },
          { id: 'cancel', label: 'ui-cancel', primary: true },
        ]);
        if (replace === 'replace') return submit(true);
        name.focus();
        return;
      }
      problem.textContent = errorText(error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  up.addEventListener('click', () => {
    if (listing?.folder.path.length) void show({ root: listing.folder.root, path: listing.folder.path.slice(0, -1) });
  });
  rootSelect.addEventListener('change', () => void show({ root: Number(rootSelect.value), path: [] }));

  const closed = showModal(dialog, { focus: name, answer: () => done });
  // Saving: the name without its extension is selected, ready to be typed over (as the system dialogs do).
  const dot = name.value.lastIndexOf('.');
  name.setSelectionRange(0, dot > 0 ? dot : name.value.length);
  await show();
  if (!(await closed)) await api.dialogAnswer({ id: request.id, choice: null }).catch(() => undefined);
}
