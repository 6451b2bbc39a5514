/**
 * The API contract between the renderer (the page) and its host (Electron main,
 * or the browser host `caogao web`). Every method the page may call is named
 * here once, with its argument and result types and a zod schema for each, and
 * every layer imports this file: main wires it onto IPC (registerIpc), preload
 * exposes one function per method, the browser host serves it over loopback
 * HTTP, and the renderer calls it through src/renderer/api.
 *
 * Who owns what (issue 3 and 4):
 *   - this file, src/shared/**, src/main/**, src/preload/**, src/node/services.ts,
 *     src/node/webHost.ts, src/renderer/api/** — the Shell helper (issue 3);
 *   - the renderer that consumes `api` (src/renderer/** apart from api/) — the Editor helper;
 *   - the document store, import of .docx/.md and export behind the services — the Files
 *     helper (issue 4), through the seams in src/node/services.ts.
 * Adding a method is a small edit: the interface, its entry in `apiSchemas`, and its
 * implementation in src/node/services.ts (the wiring test fails until all three exist).
 *
 * Rules of the boundary:
 *   - Documents cross as the .caogao JSON shape ({format, version, doc, versions,
 *     settings}, see src/core/format/caogaoFile.ts); src/shared/caogaoJson.ts converts.
 *   - The page never names a file by path. The host issues opaque handles for files the
 *     user chose (dialog, recent list, command line, OS) and the page refers to them.
 *   - Every method takes at most one argument and returns a promise; a failure the user
 *     can meet rejects with an ApiError carrying a catalog code and both messages.
 */
import { z } from 'zod';
import { commentsSchema } from '../core/format/reviewJson.js';

// ---------------------------------------------------------------- shared shapes

/** An opaque reference to a document the host knows about (issued by the host only). */
export const handleSchema = z.string().regex(/^h[0-9a-z]{16}$/, 'not a document handle');
export type DocHandle = z.infer<typeof handleSchema>;

/** ProseMirror JSON of a report (checked against the schema by the host on save). */
const pmDocJson = z.looseObject({ type: z.literal('doc') });

/** The .caogao file as JSON: what serializeCaogao writes and parseCaogao reads. */
export const caogaoJsonSchema = z.object({
  format: z.literal('caogao'),
  version: z.number().int().positive(),
  doc: pmDocJson,
  versions: z.array(
    z.object({ id: z.string().min(1), label: z.string(), createdAt: z.string(), author: z.string(), doc: pmDocJson, comments: commentsSchema.optional() }),
  ),
  settings: z.record(z.string(), z.unknown()),
  /** 批注 (format version 2, src/core/format/reviewJson.ts). */
  comments: commentsSchema.optional(),
});
export type CaogaoJson = z.infer<typeof caogaoJsonSchema>;

export const langSchema = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof langSchema>;

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** Something the importer could not place as typed (src/core/import/notices.ts). */
export const noticeSchema = z.object({ code: z.string(), line: z.number(), excerpt: z.string(), zh: z.string(), en: z.string() });
export type Notice = z.infer<typeof noticeSchema>;

/** What the page may know about a document: its handle and names for display. */
export const docInfoSchema = z.object({
  handle: handleSchema,
  /** File name for the title bar, e.g. ××区2022年政府工作报告.caogao; 未命名 for a new one. */
  name: z.string(),
  /** Folder for display only (from a dialog or the recent list); "" when the document has no file. */
  location: z.string(),
  /** Whether 保存 writes straight back (a .caogao file); otherwise 保存 asks where (另存为). */
  savable: z.boolean(),
  /** The full path of the file, for display (title, status bar, the browser host's address); absent for a document without a file. */
  path: z.string().optional(),
});
export type DocInfo = z.infer<typeof docInfoSchema>;

/** Who is editing a file (their advisory lock `~$name`): user, machine, since when (ISO 8601). */
export const lockHolderSchema = z.object({ user: z.string(), host: z.string(), since: z.string() });
export type LockHolder = z.infer<typeof lockHolderSchema>;

/** A document handed to the page: where it came from and its content. */
export const openedDocSchema = docInfoSchema.extend({
  /** How it was read: a .caogao file, or imported (text, .docx, .md) or made from a template. */
  kind: z.enum(['caogao', 'text', 'docx', 'md', 'template']),
  file: caogaoJsonSchema,
  notices: z.array(noticeSchema),
  /** Someone else is editing the file: the page shows it read-only (saving it refuses; 另存为 works). */
  lockedBy: lockHolderSchema.optional(),
});
export type OpenedDoc = z.infer<typeof openedDocSchema>;

/** A draft read for a comparison: its file name and content, with what its import noticed. */
export const draftReadSchema = z.object({ name: z.string(), kind: openedDocSchema.shape.kind, file: caogaoJsonSchema, notices: z.array(noticeSchema) });
export type DraftRead = z.infer<typeof draftReadSchema>;

export const exportFormatSchema = z.enum(['docx', 'pdf', 'html', 'txt']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** What a comparison (比对) exports to: a redline with a summary page (HTML, PDF), or Word with tracked changes. */
export const comparisonFormatSchema = z.enum(['html', 'pdf', 'docx']);
export type ComparisonFormat = z.infer<typeof comparisonFormatSchema>;

/** One side of a comparison to export: the draft (as a .caogao JSON) and its name for display. */
const comparedDraftSchema = z.object({ file: caogaoJsonSchema, name: z.string().max(255) });

/**
 * The result of a save. `conflict`: the file changed on disk since it was opened or last
 * saved (someone else saved it); nothing was written, the page offers compare / overwrite
 * (save again with `force`) / save as.
 */
export const saveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), doc: docInfoSchema, savedAt: z.string() }),
  z.object({ status: z.literal('conflict'), doc: docInfoSchema, detail: bilingual }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const exportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), name: z.string(), location: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof exportResultSchema>;

export const recentEntrySchema = z.object({
  handle: handleSchema,
  name: z.string(),
  location: z.string(),
  /** ISO 8601 time of the last open or save. */
  openedAt: z.string(),
});
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export const templateInfoSchema = z.object({ id: z.string(), name: bilingual, description: bilingual });
export type TemplateInfo = z.infer<typeof templateInfoSchema>;

/** A backup left by autosave (a crash if present at start), offered for restore. */
export const journalEntrySchema = z.object({
  /** The handle to restore under: bound to the original file when there was one. */
  handle: handleSchema,
  name: z.string(),
  location: z.string(),
  /** ISO 8601 time the backup was written. */
  savedAt: z.string(),
  file: caogaoJsonSchema,
  /** How the backup differs from the file on disk, in blocks (paragraphs, headings), when known. */
  changes: z.object({ changed: z.number().int(), added: z.number().int(), removed: z.number().int() }).optional(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** Application settings kept by the host (per user, not per document). */
export const settingsSchema = z.object({
  lang: langSchema,
  /** Page zoom, 0.5–3. */
  zoom: z.number().min(0.5).max(3),
  outlineVisible: z.boolean(),
  checksVisible: z.boolean(),
  /** Run-in headings (标题接排正文) shown run in with their paragraph, as printed; off: on lines of their own. */
  runInInline: z.boolean().default(false),
  /**
   * Who is writing (署名): the user's name (姓名), signing versions, suppressions, comments, suggestions and
   * exported tracked changes. Empty until the user confirms it on first start (the OS account is offered).
   */
  author: z.string().max(100),
  /** The user's unit (单位), shown beside the name; kept here, never in documents. */
  unit: z.string().max(100).default(''),
  /** 导出 PDF/HTML 时打印批注: the 批注 printed as notes after their paragraphs in .pdf and .html exports. */
  exportComments: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { lang: 'zh', zoom: 1, outlineVisible: true, checksVisible: true, runInInline: false, author: '', unit: '', exportComments: false };

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** process.platform of the host: win32, darwin, linux. */
  platform: z.string(),
  /** The language to start in (settings, else the system's). */
  lang: langSchema,
  /** electron: native dialogs and menu; web: the browser host (no native dialogs, no menu). */
  host: z.enum(['electron', 'web']),
  /** The OS account's name, offered as the user's name (署名) on first start. */
  userName: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A file the user picked in the page (file input, drag and drop): name and bytes. */
export const uploadSchema = z.object({
  name: z.string().min(1).max(255),
  /** The bytes, base64 encoded. At most 64 MB decoded. */
  dataBase64: z.string().max(90_000_000),
});

// ---------------------------------------------------------------- the browser host's file dialog

/**
 * A folder as the page names it in the browser host's dialog: the index of an allowed
 * folder (the file's at start, each --root) and the names of the folders below it. The
 * host resolves and checks it (src/node/host/roots.ts); the page never sends a path.
 */
export const folderRefSchema = z.object({
  root: z.number().int().min(0).max(255),
  path: z.array(z.string().min(1).max(255)).max(64),
});
export type FolderRef = z.infer<typeof folderRefSchema>;

export const dialogEntrySchema = z.object({ name: z.string(), kind: z.enum(['folder', 'file']), size: z.number(), modified: z.string() });
export type DialogEntry = z.infer<typeof dialogEntrySchema>;

/** What a folder holds (its folders, and its files of the kinds asked), with the allowed folders and its full path for display. */
export const folderListingSchema = z.object({
  roots: z.array(z.object({ name: z.string(), location: z.string() })),
  folder: folderRefSchema,
  location: z.string(),
  entries: z.array(dialogEntrySchema),
});
export type FolderListing = z.infer<typeof folderListingSchema>;

const dialogIdSchema = z.string().regex(/^d[0-9a-z]{16}$/);

/** The host asks the page to show its file dialog: to save (name and folder) or to open (a file). */
export const dialogRequestSchema = z.object({
  id: dialogIdSchema,
  mode: z.enum(['save', 'open']),
  purpose: z.enum(['save', 'export', 'open', 'import', 'compare']),
  /** Save: the name proposed, with its extension. */
  suggestedName: z.string(),
  /** The extensions listed (and, saving, the one the name gets), lower case with the dot. */
  extensions: z.array(z.string()),
});
export type DialogRequest = z.infer<typeof dialogRequestSchema>;

// ---------------------------------------------------------------- commands and events

/**
 * Commands the host's menu sends to the page. The page owns what they do (it knows the
 * selection and whether the draft is unsaved); the browser host has no menu, so the page
 * reaches the same commands from its toolbar and command menu.
 */
export const commandIds = [
  'file.new',
  'file.newFromTemplate',
  /** 开始页: recent files and templates to start from. */
  'file.startPage',
  'file.open',
  'file.save',
  'file.saveAs',
  /** 保存为版本: keep the current draft as a named version (the versions panel's action). */
  'file.saveVersion',
  'file.import',
  'file.exportDocx',
  'file.exportPdf',
  'file.exportHtml',
  'file.exportTxt',
  /** 导出时打印批注: a toggle, kept in the settings (exportComments). */
  'file.exportComments',
  /** 打印预览 and 打印… (the browser host's Ctrl+P; Electron's menu prints through webContents.print). */
  'file.printPreview',
  'file.print',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  'format.part',
  'format.section',
  'format.item',
  'format.paragraph',
  'format.lead',
  'format.targetSummary',
  'view.outline',
  'view.checks',
  'view.runIn',
  /** 页面视图: the 第N页 gaps where printed pages begin. */
  'view.pages',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'help.about',
  /** The user closes the window or quits: the page asks about unsaved work, then calls closeWindow. */
  'app.closeRequested',
] as const;
export const commandIdSchema = z.enum(commandIds);
export type CommandId = z.infer<typeof commandIdSchema>;

/**
 * What the host pushes to the page: open this document (command line, OS, 最近打开 menu:
 * the page checks for unsaved work, then calls openHandle), run a menu command, or the
 * settings changed (language switch in the menu). Events raised before the page listens
 * are kept and delivered when it starts listening.
 */
export const hostEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), handle: handleSchema }),
  z.object({ type: z.literal('command'), command: commandIdSchema }),
  z.object({ type: z.literal('settings'), settings: settingsSchema }),
  /** Browser host only: show the page's file dialog and answer with dialogAnswer. */
  z.object({ type: z.literal('dialog'), request: dialogRequestSchema }),
]);
export type HostEvent = z.infer<typeof hostEventSchema>;

// ---------------------------------------------------------------- the API

export interface CaogaoApi {
  /** Name, version, platform, starting language and kind of host. */
  appInfo(): Promise<AppInfo>;

  /** 打开: the host's open dialog (.caogao, .txt, .docx, .md). Null when cancelled or when the host has no dialog. */
  openWithDialog(): Promise<OpenedDoc | null>;
  /** Open a document by a handle the host issued (recent list, open event, journal). */
  openHandle(arg: { handle: DocHandle }): Promise<OpenedDoc>;
  /** Open or import a file the user picked in the page (file input, drop). It has no file to save back to. */
  openUpload(arg: z.infer<typeof uploadSchema>): Promise<OpenedDoc>;
  /** 导入: the host's dialog for .txt, .docx and .md; the result is untitled (保存 asks where). */
  importWithDialog(): Promise<OpenedDoc | null>;
  /**
   * 比对 › 磁盘上的文件: the host's dialog for a draft to compare with (.caogao, .txt, .docx, .md). The file is
   * read where it is, not opened for editing: no handle, no lock, not added to the recent list. Null when cancelled.
   */
  readDraftWithDialog(): Promise<DraftRead | null>;

  /** The templates for 从模板新建 (the blank report first). */
  listTemplates(): Promise<TemplateInfo[]>;
  /** 新建 / 从模板新建: an untitled document from a template. */
  newFromTemplate(arg: { templateId: string }): Promise<OpenedDoc>;

  /** 保存: write the document back to its file; `cancelled` only if the host had to ask where and the user cancelled. */
  save(arg: { handle: DocHandle; file: CaogaoJson; force?: boolean }): Promise<SaveResult>;
  /** 另存为: ask where (suggestedName without folder) and write; the handle then refers to the new file. */
  saveAs(arg: { handle: DocHandle; file: CaogaoJson; suggestedName?: string }): Promise<SaveResult>;
  /** 导出: ask where (first in the folder of `handle`'s document, if given) and write the document as .docx, .pdf, .html or .txt. */
  exportDocument(arg: { file: CaogaoJson; format: ExportFormat; suggestedName?: string; handle?: DocHandle; commentNotes?: boolean }): Promise<ExportResult>;
  /**
   * 导出比对: ask where and write the comparison of two drafts (the host compares them again) as HTML, PDF or
   * .docx; the indicator lexicon comes from the new draft's settings.
   */
  exportComparison(arg: {
    old: { file: CaogaoJson; name: string };
    new: { file: CaogaoJson; name: string };
    format: ComparisonFormat;
    showRenumber?: boolean;
    suggestedName?: string;
    handle?: DocHandle;
  }): Promise<ExportResult>;

  /** 最近打开: most recent first. */
  recentList(): Promise<RecentEntry[]>;
  recentClear(): Promise<void>;

  /** Autosave: keep a backup of the unsaved draft outside the document (about 1 s after typing stops). */
  journalWrite(arg: { handle: DocHandle; file: CaogaoJson }): Promise<void>;
  /** The backups found (at start: what a crash left), for the page to offer restoring. */
  journalRead(): Promise<JournalEntry[]>;
  /** Drop the backup of a document (the user declined to restore it; a confirmed save drops it by itself). */
  journalClear(arg: { handle: DocHandle }): Promise<void>;

  settingsGet(): Promise<Settings>;
  /** Change some settings; returns all of them. */
  settingsSet(arg: Partial<Settings>): Promise<Settings>;

  /** Tell the host the window's document and whether it has unsaved changes (title bar, close prompt). */
  reportState(arg: { handle: DocHandle | null; dirty: boolean }): Promise<void>;
  /** Close the window now (after the page handled app.closeRequested). No effect in the browser host. */
  closeWindow(): Promise<void>;

  /** Browser host: what a folder of the open dialog `id` holds (first: the folder it starts in). Refused in Electron. */
  dialogList(arg: { id: string; folder?: FolderRef }): Promise<FolderListing>;
  /**
   * Browser host: the answer to the dialog `id` (null: cancelled). Refused, and the dialog stays open, when the
   * name or folder is bad or the file exists and `overwrite` was not said (code dialog-exists).
   */
  dialogAnswer(arg: { id: string; choice: { folder: FolderRef; name: string; overwrite?: boolean } | null }): Promise<void>;
  /** Browser host: open a file by its full path (the page's address after a reload), only inside the allowed folders. */
  openLocation(arg: { path: string }): Promise<OpenedDoc>;
}

export type ApiMethod = keyof CaogaoApi;
export type ApiArg<M extends ApiMethod> = Parameters<CaogaoApi[M]> extends [infer A] ? A : undefined;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<CaogaoApi[M]>>;

const none = z.undefined();
const handleArg = z.object({ handle: handleSchema });

/** Schemas of every method's argument and result. The host refuses an argument that does not parse. */
export const apiSchemas: { [M in ApiMethod]: { arg: z.ZodType<ApiArg<M>>; result: z.ZodType<ApiResult<M>> } } = {
  appInfo: { arg: none, result: appInfoSchema },
  openWithDialog: { arg: none, result: openedDocSchema.nullable() },
  openHandle: { arg: handleArg, result: openedDocSchema },
  openUpload: { arg: uploadSchema, result: openedDocSchema },
  importWithDialog: { arg: none, result: openedDocSchema.nullable() },
  readDraftWithDialog: { arg: none, result: draftReadSchema.nullable() },
  listTemplates: { arg: none, result: z.array(templateInfoSchema) },
  newFromTemplate: { arg: z.object({ templateId: z.string().regex(/^[\w.-]{1,80}$/) }), result: openedDocSchema },
  save: { arg: z.object({ handle: handleSchema, file: caogaoJsonSchema, force: z.boolean().optional() }), result: saveResultSchema },
  saveAs: {
    arg: z.object({ handle: handleSchema, file: caogaoJsonSchema, suggestedName: z.string().max(255).optional() }),
    result: saveResultSchema,
  },
  exportDocument: {
    arg: z.object({ file: caogaoJsonSchema, format: exportFormatSchema, suggestedName: z.string().max(255).optional(), handle: handleSchema.optional(), commentNotes: z.boolean().optional() }),
    result: exportResultSchema,
  },
  exportComparison: {
    arg: z.object({
      old: comparedDraftSchema,
      new: comparedDraftSchema,
      format: comparisonFormatSchema,
      showRenumber: z.boolean().optional(),
      suggestedName: z.string().max(255).optional(),
      handle: handleSchema.optional(),
    }),
    result: exportResultSchema,
  },
  recentList: { arg: none, result: z.array(recentEntrySchema) },
  recentClear: { arg: none, result: z.undefined() },
  journalWrite: { arg: z.object({ handle: handleSchema, file: caogaoJsonSchema }), result: z.undefined() },
  journalRead: { arg: none, result: z.array(journalEntrySchema) },
  journalClear: { arg: handleArg, result: z.undefined() },
  settingsGet: { arg: none, result: settingsSchema },
  settingsSet: { arg: settingsSchema.partial().strict(), result: settingsSchema },
  reportState: { arg: z.object({ handle: handleSchema.nullable(), dirty: z.boolean() }), result: z.undefined() },
  closeWindow: { arg: none, result: z.undefined() },
  dialogList: { arg: z.object({ id: dialogIdSchema, folder: folderRefSchema.optional() }), result: folderListingSchema },
  dialogAnswer: {
    arg: z.object({
      id: dialogIdSchema,
      choice: z.object({ folder: folderRefSchema, name: z.string().max(1024), overwrite: z.boolean().optional() }).nullable(),
    }),
    result: z.undefined(),
  },
  openLocation: { arg: z.object({ path: z.string().min(1).max(4096) }), result: openedDocSchema },
};

/** Every method name, in contract order. */
export const apiMethods = Object.keys(apiSchemas) as ApiMethod[];

// ---------------------------------------------------------------- the wire

export { channelOf, EVENT_CHANNEL, EVENTS_READY_CHANNEL } from './channels.js';

/** An error the user can read, as it crosses the boundary. */
export const apiErrorSchema = z.object({ code: z.string(), message: bilingual });
export type ApiErrorShape = z.infer<typeof apiErrorSchema>;

/**
 * Every call returns an envelope rather than throwing across the boundary, because
 * Electron's IPC and contextBridge keep only the message of a thrown error.
 * src/renderer/api unwraps it and throws ApiError.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/**
 * What the preload exposes as `window.caogaoBridge` in Electron, and what the HTTP
 * client builds in the browser host: the same methods, returning envelopes, plus
 * the subscription to host events (returns the unsubscribe function).
 */
export type CaogaoBridge = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<Envelope<ApiResult<M>>> } & {
  onHostEvent(listener: (event: HostEvent) => void): () => void;
};
