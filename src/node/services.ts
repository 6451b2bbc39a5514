/**
 * The services behind the API contract (src/shared/api.ts), in plain Node:
 * Electron main and the browser host both create them and differ only in the
 * adapters they pass — how to ask the user for a file (native dialogs, or a
 * folder on disk for the browser host), what a "window" is, where user data
 * lives. Documents are read and written by a DocumentBackend (host/backend.ts);
 * the Files issue swaps in its store by passing `backend`.
 *
 * The services hold the authority over files (as Zettlr's main process does):
 * the page gets opaque handles, and a path enters only through a dialog, the
 * recent list, the command line or the OS (`handleForPath`).
 */
import { basename, dirname, extname, join } from 'node:path';
import { CaogaoError } from '../core/errors.js';
import { displayName } from '../core/format/displayText.js';
import { message } from '../core/messages/index.js';
import { lexiconFromSettings } from '../core/targets/lexicon.js';
import type { CaogaoFile } from '../core/format/caogaoFile.js';
import type {
  ApiArg,
  AppInfo,
  CaogaoApi,
  DocHandle,
  DocInfo,
  ExportFormat,
  ExportResult,
  FolderListing,
  JournalEntry,
  Lang,
  OpenedDoc,
  DraftRead,
  RecentEntry,
  SaveResult,
  Settings,
  TemplateInfo,
} from '../shared/api.js';
import { fileFromJson, fileToJson } from '../shared/caogaoJson.js';
import { basicBackend, OPENABLE, type DocumentBackend, type LoadedFile } from './host/backend.js';
import { HandleTable, type Binding } from './host/handles.js';
import { RecentFiles } from './host/recent.js';
import { osUserName } from './host/osUser.js';
import { SettingsFile } from './host/settings.js';
import { Templates } from './host/templates.js';

export type SaveFormat = 'caogao' | ExportFormat;

/** How the host asks the user for files. Each returns an absolute path, or null when the user cancelled. */
export interface Dialogs {
  chooseOpen(purpose: 'open' | 'import' | 'compare'): Promise<string | null>;
  chooseSave(request: { purpose: 'save' | 'export'; format: SaveFormat; suggestedName: string; defaultDir: string | null }): Promise<string | null>;
}

/**
 * The browser host's own file dialog, shown by the page (host/webDialogs.ts): the
 * methods the page calls while it is open, and opening a file by its full path
 * (the page's address after a reload), both only inside the allowed folders.
 */
export interface PageDialogPort {
  list(arg: ApiArg<'dialogList'>): Promise<FolderListing>;
  answer(arg: ApiArg<'dialogAnswer'>): Promise<void>;
  existingFile(path: string): Promise<string>;
}

/** The window showing the page (none in the browser host). */
export interface WindowPort {
  /** `path`: the document's full path, for the title (null without a file). */
  showState(state: { name: string | null; path: string | null; dirty: boolean }): void;
  close(): void;
}

export interface ServicesOptions {
  host: AppInfo['host'];
  version: string;
  platform: string;
  systemLang: Lang;
  /** Settings, recent list and autosave backups live here. */
  dataDir: string;
  templatesDir: string;
  dialogs: Dialogs;
  /** Browser host: the page's file dialog (dialogList, dialogAnswer, openLocation); Electron refuses those. */
  pageDialogs?: PageDialogPort;
  window?: WindowPort;
  backend?: DocumentBackend;
  onSettingsChanged?: (settings: Settings) => void;
  now?: () => Date;
}

export interface HostServices extends CaogaoApi {
  /** A handle for a file the host was asked to open (command line, OS, menu); throws for a kind it cannot open. */
  handleForPath(path: string): DocHandle;
}

/** Upload size limit (decoded bytes). */
const MAX_UPLOAD_MB = 64;

/** The file name for saving a document as .caogao or exporting it: its name with the right extension. */
function nameWithExt(name: string, format: SaveFormat): string {
  const safe = Array.from(basename(name, extname(name)), (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
  const stem = safe.trim() || 'report';
  return `${stem}.${format}`;
}

/** The services of one host. Every public method but handleForPath is a method of the contract. */
class NodeServices implements HostServices {
  private readonly now: () => Date;
  private readonly backend: DocumentBackend;
  private readonly handles = new HandleTable();
  private readonly recent: RecentFiles;
  private readonly settings: SettingsFile;
  private readonly templates: Templates;
  private shownPath: string | null = null;

  constructor(private readonly options: ServicesOptions) {
    this.now = options.now ?? (() => new Date());
    this.backend = options.backend ?? basicBackend(options.dataDir);
    this.recent = new RecentFiles(options.dataDir);
    this.settings = new SettingsFile(options.dataDir, options.systemLang);
    this.templates = new Templates(options.templatesDir);
  }

  // ------------------------------------------------------------ helpers

  private async untitledName(): Promise<string> {
    return message('shell-untitled', (await this.settings.get()).lang);
  }

  private infoOf(handle: DocHandle, binding: Binding = this.handles.get(handle)): DocInfo {
    return {
      handle,
      name: binding.name,
      location: displayName(binding.dir ?? ''),
      savable: !!binding.path && extname(binding.path).toLowerCase() === '.caogao',
      ...(binding.path ? { path: displayName(binding.path) } : {}),
    };
  }

  private opened(handle: DocHandle, loaded: LoadedFile): OpenedDoc {
    const opened: OpenedDoc = { ...this.infoOf(handle), kind: loaded.kind, file: fileToJson(loaded.file), notices: loaded.notices };
    return loaded.lockedBy ? { ...opened, lockedBy: loaded.lockedBy } : opened;
  }

  private async openBound(handle: DocHandle): Promise<OpenedDoc> {
    const binding = this.handles.get(handle);
    if (!binding.path) throw new CaogaoError('api-unknown-handle');
    const loaded = await this.backend.open(binding.path);
    await this.recent.add(binding.path, this.now());
    return this.opened(handle, loaded);
  }

  /** Import: the document keeps the source's name and folder for 另存为, but 保存 never writes the source. */
  private async importPath(path: string): Promise<OpenedDoc> {
    const loaded = await this.backend.open(path);
    await this.recent.add(path, this.now());
    return this.opened(this.handles.untitled(basename(path), dirname(path)), loaded);
  }

  private async writeTo(handle: DocHandle, path: string, file: CaogaoFile, force: boolean): Promise<SaveResult> {
    const binding = this.handles.get(handle);
    const outcome = await this.backend.save(path, file, { force, journalKey: binding.journalKey, name: binding.name });
    if (outcome.status === 'conflict') return { status: 'conflict', doc: this.infoOf(handle), detail: outcome.detail };
    const left = binding.path && binding.path !== path ? binding.path : null;
    const rebound = this.handles.rebind(handle, path);
    await this.backend.journal.clear(rebound.journalKey);
    // 另存为: the document now lives under the new name, so the lock of the name it left goes.
    if (left) {
      if (this.shownPath === left) this.shownPath = path;
      await this.backend.release?.(left).catch(() => undefined);
    }
    await this.recent.add(path, this.now());
    return { status: 'saved', doc: this.infoOf(handle, rebound), savedAt: this.now().toISOString() };
  }

  private async saveAsFile(handle: DocHandle, file: CaogaoFile, suggestedName?: string): Promise<SaveResult> {
    const binding = this.handles.get(handle);
    const path = await this.options.dialogs.chooseSave({
      purpose: 'save',
      format: 'caogao',
      suggestedName: nameWithExt(suggestedName ?? binding.name, 'caogao'),
      defaultDir: binding.dir,
    });
    if (!path) return { status: 'cancelled' };
    // The dialog has asked before replacing an existing file.
    return this.writeTo(handle, path, file, true);
  }

  // ------------------------------------------------------------ host side

  handleForPath(path: string): DocHandle {
    if (!OPENABLE.includes(extname(path).toLowerCase())) throw new CaogaoError('cli-unsupported-type', { file: path });
    return this.handles.forPath(path);
  }

  // ------------------------------------------------------------ the contract

  async appInfo(): Promise<AppInfo> {
    const { version, platform, host } = this.options;
    return { name: 'Caogao', version, platform, lang: (await this.settings.get()).lang, host, userName: osUserName() };
  }

  async openWithDialog(): Promise<OpenedDoc | null> {
    const path = await this.options.dialogs.chooseOpen('open');
    return path ? this.openBound(this.handles.forPath(path)) : null;
  }

  openHandle({ handle }: ApiArg<'openHandle'>): Promise<OpenedDoc> {
    return this.openBound(handle);
  }

  async openUpload({ name: given, dataBase64 }: ApiArg<'openUpload'>): Promise<OpenedDoc> {
    // Browsers give a bare name, but never trust one: keep the last segment of either separator.
    const name = given.split(/[\\/]/).pop() || given;
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.byteLength > MAX_UPLOAD_MB * 1024 * 1024) throw new CaogaoError('api-upload-too-large', { file: name, limit: MAX_UPLOAD_MB });
    const loaded = await this.backend.openBytes(name, new Uint8Array(bytes));
    return this.opened(this.handles.untitled(name), loaded);
  }

  async importWithDialog(): Promise<OpenedDoc | null> {
    const path = await this.options.dialogs.chooseOpen('import');
    return path ? this.importPath(path) : null;
  }

  async readDraftWithDialog(): Promise<DraftRead | null> {
    const path = await this.options.dialogs.chooseOpen('compare');
    if (!path) return null;
    if (!OPENABLE.includes(extname(path).toLowerCase())) throw new CaogaoError('cli-unsupported-type', { file: path });
    const loaded = await this.backend.read(path);
    return { name: basename(path), kind: loaded.kind, file: fileToJson(loaded.file), notices: loaded.notices };
  }

  listTemplates(): Promise<TemplateInfo[]> {
    return this.templates.list();
  }

  async newFromTemplate({ templateId }: ApiArg<'newFromTemplate'>): Promise<OpenedDoc> {
    const file = await this.templates.instantiate(templateId);
    return this.opened(this.handles.untitled(await this.untitledName()), { kind: 'template', file, notices: [] });
  }

  async save({ handle, file, force }: ApiArg<'save'>): Promise<SaveResult> {
    const binding = this.handles.get(handle);
    const content = fileFromJson(file, binding.name);
    if (!this.infoOf(handle, binding).savable) return this.saveAsFile(handle, content);
    return this.writeTo(handle, binding.path!, content, force ?? false);
  }

  saveAs({ handle, file, suggestedName }: ApiArg<'saveAs'>): Promise<SaveResult> {
    return this.saveAsFile(handle, fileFromJson(file, this.handles.get(handle).name), suggestedName);
  }

  async exportDocument({ file, format, suggestedName, handle, commentNotes }: ApiArg<'exportDocument'>): Promise<ExportResult> {
    const binding = handle ? this.handles.get(handle) : null;
    const content = fileFromJson(file, binding?.name);
    const path = await this.options.dialogs.chooseSave({
      purpose: 'export',
      format,
      suggestedName: nameWithExt(suggestedName ?? binding?.name ?? (await this.untitledName()), format),
      defaultDir: binding?.dir ?? null,
    });
    if (!path) return { status: 'cancelled' };
    await this.backend.exportTo(path, content, format, { commentNotes });
    return { status: 'saved', name: displayName(basename(path)), location: displayName(dirname(path)) };
  }

  async exportComparison({ old, new: neu, format, showRenumber, suggestedName, handle }: ApiArg<'exportComparison'>): Promise<ExportResult> {
    if (!this.backend.exportComparisonTo) throw new CaogaoError('api-export-unavailable', { format });
    const binding = handle ? this.handles.get(handle) : null;
    const [oldFile, newFile] = [fileFromJson(old.file, old.name), fileFromJson(neu.file, neu.name)];
    const path = await this.options.dialogs.chooseSave({
      purpose: 'export',
      format,
      suggestedName: nameWithExt(suggestedName ?? `${old.name}-${neu.name}`, format),
      defaultDir: binding?.dir ?? null,
    });
    if (!path) return { status: 'cancelled' };
    const { lang, author } = await this.settings.get();
    const lexicon = lexiconFromSettings(Object.keys(newFile.settings).length ? newFile.settings : oldFile.settings);
    const source = { oldDoc: oldFile.doc, newDoc: newFile.doc, oldName: old.name, newName: neu.name, showRenumber, lexicon, lang, author, date: this.now() };
    await this.backend.exportComparisonTo(path, source, format);
    return { status: 'saved', name: displayName(basename(path)), location: displayName(dirname(path)) };
  }

  async recentList(): Promise<RecentEntry[]> {
    return (await this.recent.list()).map((entry) => {
      const handle = this.handles.forPath(entry.path);
      const binding = this.handles.get(handle);
      return { handle, name: binding.name, location: displayName(binding.dir ?? ''), openedAt: entry.openedAt };
    });
  }

  recentClear(): Promise<void> {
    return this.recent.clear();
  }

  async journalWrite({ handle, file }: ApiArg<'journalWrite'>): Promise<void> {
    const binding = this.handles.get(handle);
    const item = { key: binding.journalKey, path: binding.path, name: binding.name, savedAt: this.now().toISOString(), file: fileFromJson(file, binding.name) };
    await this.backend.journal.write(item);
  }

  async journalRead(): Promise<JournalEntry[]> {
    const entries: JournalEntry[] = [];
    for (const item of await this.backend.journal.list()) {
      const dir = item.path ? dirname(item.path) : null;
      const handle = this.handles.issue({ path: item.path, name: item.name, dir, journalKey: item.key });
      entries.push({ handle, name: item.name, location: displayName(dir ?? ''), savedAt: item.savedAt, file: fileToJson(item.file), ...(item.changes ? { changes: item.changes } : {}) });
    }
    return entries;
  }

  journalClear({ handle }: ApiArg<'journalClear'>): Promise<void> {
    return this.backend.journal.clear(this.handles.get(handle).journalKey);
  }

  settingsGet(): Promise<Settings> {
    return this.settings.get();
  }

  async settingsSet(change: ApiArg<'settingsSet'>): Promise<Settings> {
    const next = await this.settings.set(change);
    this.options.onSettingsChanged?.(next);
    return next;
  }

  async reportState({ handle, dirty }: ApiArg<'reportState'>): Promise<void> {
    const binding = handle ? this.handles.get(handle) : null;
    this.options.window?.showState({ name: binding?.name ?? null, path: binding?.path ? displayName(binding.path) : null, dirty });
    // No document named (nothing adopted yet, or a stray call) says nothing about the file shown: it keeps its lock.
    if (binding) await this.showingPath(binding.path ?? null);
  }

  async closeWindow(): Promise<void> {
    await this.showingPath(null);
    this.options.window?.close();
  }

  private get pageDialogs(): PageDialogPort {
    if (!this.options.pageDialogs) throw new CaogaoError('dialog-no-page-dialog');
    return this.options.pageDialogs;
  }

  async dialogList(arg: ApiArg<'dialogList'>): Promise<FolderListing> {
    return this.pageDialogs.list(arg);
  }

  async dialogAnswer(arg: ApiArg<'dialogAnswer'>): Promise<void> {
    return this.pageDialogs.answer(arg);
  }

  async openLocation({ path }: ApiArg<'openLocation'>): Promise<OpenedDoc> {
    const real = await this.pageDialogs.existingFile(path);
    return this.openBound(this.handleForPath(real));
  }

  /** The file the window shows now: one it no longer shows gets its lock (~$name) removed by the backend. */
  private async showingPath(path: string | null): Promise<void> {
    const previous = this.shownPath;
    this.shownPath = path;
    if (previous && previous !== path) await this.backend.release?.(previous).catch(() => undefined);
  }
}

export function createServices(options: ServicesOptions): HostServices {
  return new NodeServices(options);
}

/** Where templates live in the repository and in the packaged app (next to out/). */
export function defaultTemplatesDir(appRoot: string): string {
  return join(appRoot, 'templates');
}
