/**
 * Named draft versions in the page (issue 4). The versions live in the open
 * .caogao file as JSON (the session keeps them); the pure functions of
 * src/core/versions.ts change them, so the page and the file agree on what
 * saving, restoring and deleting a version mean.
 *
 *   保存为版本: the current draft is added under a label, with time and author.
 *   查看: the version opens read-only, in a dialog, with how it differs.
 *   恢复: the current draft is kept as a version first, then the version
 *        replaces the text in one transaction, so Ctrl+Z undoes it.
 *   删除: asks first.
 * Each change marks the document unsaved: versions are written with the file.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { EditorView } from 'prosemirror-view';
import type { CaogaoJson } from '../../shared/api.js';
import { reportSchema } from '../../core/schema.js';
import { compareDocs } from '../../core/diff/index.js';
import { deleteVersion, getVersion, listVersions, restoreVersion, saveAsVersion, type Versioned } from '../../core/versions.js';
import { countWordsJson } from '../../core/wordCount.js';
import { createReportState } from '../editor/createState.js';
import { VersionsPanel, shortTime } from '../panels/versionsPanel.js';
import { h } from '../util/dom.js';
import { showModal } from '../util/modal.js';
import { ask } from './dialogs.js';
import { lang, t, tx } from './i18n.js';

type PMJson = CaogaoJson['doc'];
type StoredComment = NonNullable<CaogaoJson['comments']>[number];

export interface VersionsHost {
  /** The draft in the editor. */
  doc(): PMNode;
  versions(): CaogaoJson['versions'];
  /** Store new versions with the document (marks it unsaved). */
  setVersions(versions: CaogaoJson['versions']): void;
  /** Replace the draft's text in one undoable step. */
  replaceDoc(doc: PMNode): void;
  /** Author for new versions (the settings' author). */
  author(): string;
  /** The draft's 批注: a version keeps them, and restoring one brings its own back. */
  comments?(): StoredComment[];
  setComments?(comments: StoredComment[]): void;
  showError(error: unknown): void;
}

export class VersionsController {
  readonly panel: VersionsPanel;

  constructor(private readonly host: VersionsHost) {
    this.panel = new VersionsPanel({
      save: (label) => this.save(label),
      view: (id) => void this.view(id),
      restore: (id) => this.restore(id),
      remove: (id) => void this.remove(id),
    });
  }

  /** Show the versions of the document now open. */
  refresh(): void {
    this.panel.show(listVersions(this.file(), countWordsJson));
  }

  /** Another document was opened: its versions, and no message left from the last one (saved, restored). */
  opened(): void {
    this.panel.say('');
    this.refresh();
  }

  private file(): Versioned<PMJson, StoredComment> {
    const comments = this.host.comments?.() ?? [];
    return { doc: this.host.doc().toJSON() as PMJson, versions: this.host.versions(), ...(comments.length ? { comments } : {}) };
  }

  private stamp() {
    return { author: this.host.author() };
  }

  save(label: string): void {
    try {
      const file = saveAsVersion(this.file(), label, this.stamp());
      this.host.setVersions(file.versions);
      this.refresh();
      this.panel.say(t('ui-versions-saved', { label: label.trim() }));
    } catch (error) {
      this.host.showError(error);
    }
  }

  restore(id: string): void {
    try {
      const version = getVersion(this.file(), id);
      const restored = restoreVersion(this.file(), id, this.stamp(), lang());
      this.host.setVersions(restored.versions);
      this.host.replaceDoc(reportSchema.nodeFromJSON(version.doc));
      this.host.setComments?.(restored.comments ?? []);
      this.refresh();
      this.panel.say(t('ui-versions-restored', { label: version.label }));
    } catch (error) {
      this.host.showError(error);
    }
  }

  async remove(id: string): Promise<void> {
    const version = getVersion(this.file(), id);
    const choice = await ask(t('ui-versions-delete-title'), t('ui-versions-delete-body', { label: version.label, time: shortTime(version.createdAt) }), [
      { id: 'delete', label: 'ui-versions-delete' },
      { id: 'cancel', label: 'ui-cancel', primary: true },
    ]);
    if (choice !== 'delete') return;
    this.host.setVersions(deleteVersion(this.file(), id).versions);
    this.refresh();
  }

  /** The version, read-only, in a dialog: how it differs from the draft, and a way to restore it. */
  async view(id: string): Promise<void> {
    const version = getVersion(this.file(), id);
    const doc = reportSchema.nodeFromJSON(version.doc);
    // Counted as compare counts them, from the older draft (the version) to the newer (the current draft).
    const { stats } = compareDocs(doc, this.host.doc());
    const n = (kind: keyof typeof stats) => stats[kind] ?? 0;
    const total = n('insert') + n('delete') + n('modify') + n('move');
    const changes = t('compare-changes', { total, insert: n('insert'), delete: n('delete'), modify: n('modify'), move: n('move') });
    const mount = h('div', { class: 'page-text' });
    const view = new EditorView(mount, {
      state: createReportState(doc),
      editable: () => false,
      attributes: { class: 'report', 'aria-readonly': 'true', 'aria-label': t('ui-versions-readonly', { label: version.label }), lang: 'zh-CN' },
    });
    const restore = tx(h('button', { type: 'button', class: 'dialog-button' }), { text: 'ui-versions-restore-this' });
    const close = tx(h('button', { type: 'button', class: 'dialog-button primary' }), { text: 'ui-close' });
    const dialog = h(
      'dialog',
      { class: 'message-dialog version-view-dialog', 'aria-label': t('ui-versions-readonly', { label: version.label }) },
      h('h2', { class: 'dialog-title' }, t('ui-versions-readonly', { label: version.label })),
      h('p', { class: 'dialog-body' }, `${shortTime(version.createdAt)} · ${version.author || t('ui-versions-anonymous')}`),
      h('p', { class: 'dialog-body version-changes' }, total ? t('ui-versions-compare', { changes }) : t('ui-versions-same')),
      // The page scrolls inside the dialog, so the title and the buttons stay in view and the version opens at its top.
      h('div', { class: 'version-view-scroll' }, h('div', { class: 'page' }, mount)),
      h('div', { class: 'dialog-buttons' }, restore, close),
    );
    let restoreChosen = false;
    restore.addEventListener('click', () => {
      restoreChosen = true;
      dialog.close();
    });
    close.addEventListener('click', () => dialog.close());
    const wantsRestore = await showModal(dialog, { focus: close, answer: () => restoreChosen });
    view.destroy();
    if (wantsRestore) this.restore(id);
  }
}
