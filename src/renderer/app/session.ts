/**
 * The open document as the host knows it: its handle and name, the parts of
 * the .caogao file the editor does not edit (named draft versions, document
 * settings), whether it has unsaved changes, and the file operations
 * (打开, 新建, 保存, 另存为, 导入, 导出, autosave backup, restore after a crash).
 *
 * The host does the file work (src/shared/api.ts); this class asks it, keeps
 * the save state for the status bar and the window title, and never loses a
 * draft silently: a conflict, an error or unsaved changes are put to the user.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { CaogaoJson, DocInfo, ExportFormat, OpenedDoc } from '../../shared/api.js';
import { fileFromJson } from '../../shared/caogaoJson.js';
import { FORMAT_VERSION, storedComments } from '../../core/format/caogaoFile.js';
import type { ReviewComment } from '../../core/review/index.js';
import { ApiError, type Client } from '../api/index.js';
import { lang, t } from './i18n.js';
import { ask, tell } from './dialogs.js';
import type { SaveState } from '../panels/statusBar.js';
import { debounce } from '../util/schedule.js';
import { restoreSummary } from './restoreSummary.js';
import { showOrExplain } from './renderFailure.js';
import { CaogaoError } from '../../core/errors.js';

export interface SessionHost {
  /** The document in the editor now. */
  doc(): PMNode;
  /** Put a document in the editor (a fresh state: undo does not reach the previous one), with its 批注. */
  load(doc: PMNode, settings: Record<string, unknown>, comments: readonly ReviewComment[]): void;
  /** The 批注 of the document in the editor now (kept beside it in the file). */
  comments(): readonly ReviewComment[];
  saveStateChanged(state: SaveState, name: string): void;
  /** The autosave backup was written (at), or there is none of this document's unsaved state (null: opened, saved). */
  backedUp?(at: Date | null): void;
  composing(): boolean;
}

/** What the page's features follow (read-only for a file someone else edits): a document shown, or saved. */
export type SessionEvent = { type: 'adopted'; opened: OpenedDoc | { file: CaogaoJson; info: DocInfo } } | { type: 'saved'; info: DocInfo };

export class DocumentSession {
  readonly listeners = new Set<(event: SessionEvent) => void>();
  info: DocInfo | null = null;
  private versions: CaogaoJson['versions'] = [];
  settings: Record<string, unknown> = {};
  dirty = false;
  private saving = false;
  // A second after the last change, and at least every 10 s while typing goes on without a pause.
  private readonly journal = debounce(() => void this.writeJournal(), 1000, () => this.host.composing(), 10_000);

  constructor(
    private readonly api: Client,
    private readonly host: SessionHost,
  ) {}

  get name(): string {
    return this.info?.name ?? t('shell-untitled');
  }

  /** Show a document the host opened (start, 打开, 新建, restore). */
  adopt(opened: OpenedDoc | { file: CaogaoJson; info: DocInfo }, dirty = false): void {
    const info = 'info' in opened ? opened.info : opened;
    // A document that cannot be shown leaves the page as it was, and the caller tells the user why (never an empty page).
    const previous = { doc: this.host.doc(), settings: this.settings, versions: this.versions, comments: this.host.comments() };
    const parsed = showOrExplain(
      info.name,
      () => {
        const file = fileFromJson(opened.file, info.name);
        // The versions first: loading shows them (the 版本 panel), and they must be this document's.
        this.versions = opened.file.versions;
        this.host.load(file.doc, file.settings, file.comments ?? []);
        return file;
      },
      () => {
        this.versions = previous.versions;
        this.host.load(previous.doc, previous.settings, previous.comments);
      },
    );
    this.info = { handle: info.handle, name: info.name, location: info.location, savable: info.savable, ...(info.path ? { path: info.path } : {}) };
    this.settings = parsed.settings;
    this.dirty = dirty;
    this.host.backedUp?.(null);
    this.report(dirty ? 'unsaved' : info.savable ? 'saved' : 'new');
    for (const listener of this.listeners) listener({ type: 'adopted', opened });
    // Who is editing a locked file is said by the read-only banner, not in this dialog.
    const notices = 'notices' in opened ? opened.notices.filter((n) => !(opened.lockedBy && n.code === 'lock-held')) : [];
    if (notices.length) {
      const l = lang();
      void tell(t('ui-import-notices-title'), notices.map((n) => n[l]).join('\n'), { queued: true });
    }
  }

  /** The editor changed the document. */
  changed(): void {
    if (!this.dirty) {
      this.dirty = true;
      this.report('unsaved');
    }
    this.journal();
  }

  fileJson(): CaogaoJson {
    // The host writes the version the file needs (formatVersionOf): 1 unless it holds comments or suggestions.
    return {
      format: 'caogao',
      version: FORMAT_VERSION,
      doc: this.host.doc().toJSON() as CaogaoJson['doc'],
      versions: this.versions,
      settings: this.settings,
      ...storedComments(this.host.comments()),
    };
  }

  /** Named draft versions of the file, as JSON (the versions panel, issue 4). */
  getVersions(): CaogaoJson['versions'] {
    return this.versions;
  }

  /** Versions changed in the page (saved, restored, deleted): part of the file. */
  setVersions(versions: CaogaoJson['versions']): void {
    this.versions = versions;
    this.changed();
  }

  /** Document settings changed in the page (a suppressed finding …): part of the file. */
  setSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    this.changed();
  }

  async save(as = false, force = false): Promise<boolean> {
    if (!this.info || this.saving) return false;
    this.saving = true;
    this.report('saving');
    try {
      const arg = { handle: this.info.handle, file: this.fileJson() };
      const result = as ? await this.api.saveAs(arg) : await this.api.save({ ...arg, force });
      this.saving = false;
      if (result.status === 'cancelled') {
        this.report(this.dirty ? 'unsaved' : 'saved');
        return false;
      }
      if (result.status === 'conflict') {
        this.report('unsaved');
        const choice = await ask(t('ui-conflict-title'), result.detail[lang()], [
          { id: 'overwrite', label: 'ui-conflict-overwrite' },
          { id: 'saveAs', label: 'menu-file-save-as', primary: true },
          { id: 'cancel', label: 'ui-cancel' },
        ]);
        if (choice === 'overwrite') return this.save(false, true);
        if (choice === 'saveAs') return this.save(true);
        return false;
      }
      this.info = result.doc;
      this.dirty = false;
      this.journal.cancel();
      this.host.backedUp?.(null);
      this.report('saved');
      for (const listener of this.listeners) listener({ type: 'saved', info: result.doc });
      return true;
    } catch (error) {
      this.saving = false;
      this.report('error');
      await this.showError(error);
      return false;
    }
  }

  /** `commentNotes`: print the 批注 as notes in a .pdf or .html (a .docx always carries them as Word comments). */
  async exportAs(format: ExportFormat, commentNotes = false): Promise<void> {
    try {
      // With the handle, the dialog opens in the document's folder.
      const handle = this.info ? { handle: this.info.handle } : {};
      const result = await this.api.exportDocument({ file: this.fileJson(), format, suggestedName: this.name.replace(/\.[^.]+$/, ''), ...handle, ...(commentNotes ? { commentNotes } : {}) });
      if (result.status === 'saved') await tell(t('ui-exported-title'), t('ui-exported', { name: result.name, location: result.location }));
    } catch (error) {
      await this.showError(error);
    }
  }

  /** Ask about unsaved changes before they would be lost; true when it is fine to go on. */
  async confirmDiscard(): Promise<boolean> {
    if (!this.dirty) return true;
    const choice = await ask(t('ui-unsaved-title'), t('ui-unsaved-body', { name: this.name }), [
      { id: 'save', label: 'menu-file-save', primary: true },
      { id: 'discard', label: 'ui-discard' },
      { id: 'cancel', label: 'ui-cancel' },
    ]);
    if (choice === 'save') return this.save();
    if (choice === 'discard') {
      if (this.info) await this.api.journalClear({ handle: this.info.handle }).catch(() => undefined);
      return true;
    }
    return false;
  }

  async open(kind: 'open' | 'import'): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    try {
      // Electron shows its native dialog; the browser host asks the page to show its own (fileDialog.ts).
      const viaDialog = kind === 'open' ? await this.api.openWithDialog() : await this.api.importWithDialog();
      if (viaDialog) this.adopt(viaDialog);
    } catch (error) {
      await this.showError(error);
    }
  }

  async openHandle(handle: string): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    try {
      this.adopt(await this.api.openHandle({ handle }));
    } catch (error) {
      await this.showError(error);
    }
  }

  /** Browser host: open the file the page's address names (&doc=PATH), at start or after a reload. */
  async openLocation(path: string): Promise<boolean> {
    try {
      this.adopt(await this.api.openLocation({ path }));
      return true;
    } catch (error) {
      await this.showError(error);
      return false;
    }
  }

  async newFromTemplate(templateId?: string): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    try {
      const id = templateId ?? (await this.api.listTemplates())[0]?.id;
      if (id) this.adopt(await this.api.newFromTemplate({ templateId: id }));
    } catch (error) {
      await this.showError(error);
    }
  }

  /** At start: a backup left by autosave means the app ended without saving; offer to restore it. */
  async offerRestore(): Promise<boolean> {
    const entries = await this.api.journalRead().catch(() => []);
    const entry = entries[0];
    if (!entry) return false;
    const when = new Date(entry.savedAt).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en');
    const body = `${t('ui-restore-body', { name: entry.name, time: when })}\n${restoreSummary(entry)}`;
    const choice = await ask(t('ui-restore-title'), body, [
      { id: 'restore', label: 'ui-restore', primary: true },
      { id: 'discard', label: 'ui-discard' },
    ]);
    if (choice !== 'restore') {
      await this.api.journalClear({ handle: entry.handle }).catch(() => undefined);
      return false;
    }
    const info: DocInfo = { handle: entry.handle, name: entry.name, location: entry.location, savable: /\.caogao$/i.test(entry.name) && !!entry.location };
    try {
      this.adopt({ file: entry.file, info }, true);
    } catch (error) {
      // The backup stays in the journal: it is the only copy of that work.
      await this.showError(error);
      return false;
    }
    return true;
  }

  async showError(error: unknown): Promise<void> {
    const text = error instanceof ApiError || error instanceof CaogaoError ? error.userMessage(lang()) : error instanceof Error ? error.message : String(error);
    await tell(t('ui-error-title'), text);
  }

  private async writeJournal(): Promise<void> {
    if (!this.dirty || !this.info) return;
    const written = await this.api.journalWrite({ handle: this.info.handle, file: this.fileJson() }).then(
      () => true,
      () => false,
    );
    // Saved meanwhile: that backup is dropped with the save, and nothing is pending.
    if (written && this.dirty) this.host.backedUp?.(new Date());
  }

  private report(state: SaveState): void {
    this.host.saveStateChanged(state, this.name);
    void this.api.reportState({ handle: this.info?.handle ?? null, dirty: this.dirty }).catch(() => undefined);
  }
}
