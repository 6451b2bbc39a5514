/**
 * The .caogao file: one self-contained UTF-8 JSON document holding the current
 * draft, its named draft versions (第一稿, 征求意见稿 …) and settings.
 *
 *   { format: "caogao", version: 1, doc, versions: [{id, label, createdAt, author, doc}], settings: {} }
 *
 * Version 2 adds review (审阅): `comments` (批注, ./reviewJson.ts) beside the
 * document and beside each version's, and the insertion and deletion marks of
 * 修订 in the documents. A file is written as version 2 only when it holds
 * any of these; without them it stays version 1, so a colleague still on a
 * Caogao of version 1 opens it as before. A version 1 Caogao refuses a
 * version 2 file with its 由更新版本保存 message (file-newer-version), instead
 * of reading the marks as damage or dropping the comments on its next save.
 *
 * Loading first measures the parsed JSON (./jsonBounds.ts): a file nested
 * deeper than any report, or settings deeper or larger than any the app
 * writes, is refused before anything recurses into it. Then it validates the
 * envelope and the settings (zod) and every document against the report
 * schema (ProseMirror's check). A damaged, truncated, hostile or newer file
 * raises a CaogaoError with a Chinese message naming it; parsing never writes
 * anything.
 */
import { z } from 'zod';
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../errors.js';
import { hasSuggestions } from '../review/suggestions.js';
import type { ReviewComment } from '../review/comments.js';
import { reportSchema } from '../schema.js';
import { measureJson, type JsonLimits } from './jsonBounds.js';
import { commentsSchema } from './reviewJson.js';

/** The newest format this Caogao reads and writes. */
export const FORMAT_VERSION = 2;
/** The format of a file without review data (comments, suggestion marks), readable by every Caogao. */
export const BASE_FORMAT_VERSION = 1;

/**
 * The whole file: a report's JSON is about 12 levels deep (document, part,
 * section, item, paragraph, text, marks and their arrays); 64 leaves room for
 * any schema to come and stays far below what recursion can take.
 */
export const FILE_LIMITS: JsonLimits = { depth: 64, size: Number.POSITIVE_INFINITY };
/**
 * The settings: the app writes at most 4 levels (settings.checks.suppressions[i]);
 * 10,000 suppressions with their reasons take about 3 MB.
 */
export const SETTINGS_LIMITS: JsonLimits = { depth: 16, size: 8 * 1024 * 1024 };

const pmJson = z.object({ type: z.literal('doc') }).passthrough();

const versionSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  createdAt: z.string(),
  author: z.string(),
  doc: pmJson,
  comments: commentsSchema.optional(),
});

const bilingual = z.object({ zh: z.string(), en: z.string() });

/**
 * 文档设置: what the app keeps per document, under these keys (the readers are
 * src/core/checks/settings.ts, src/core/targets/lexicon.ts and
 * src/node/host/templates.ts):
 *
 *   checks    disabledRules, outdatedTerms [{term, replacement}], foreignPlaces,
 *             suppressions [{rule, blockId, text, who, why, at}]
 *   targets   indicators [{name, synonyms}]
 *   template  {name: {zh, en}, description: {zh, en}}   (templates only)
 *
 * A known key must have its shape; fields the app does not know inside them,
 * and other keys (a newer version's, a user's), are kept as they are, within
 * SETTINGS_LIMITS.
 */
export const settingsSchema = z
  .object({
    checks: z
      .object({
        disabledRules: z.array(z.string()).optional(),
        outdatedTerms: z.array(z.object({ term: z.string(), replacement: z.string() }).passthrough()).optional(),
        foreignPlaces: z.array(z.string()).optional(),
        suppressions: z
          .array(
            z
              .object({ rule: z.string(), blockId: z.string(), text: z.string(), who: z.string().optional(), why: z.string().optional(), at: z.string().optional() })
              .passthrough(),
          )
          .optional(),
      })
      .passthrough()
      .optional(),
    targets: z
      .object({ indicators: z.array(z.object({ name: z.string(), synonyms: z.array(z.string()).optional() }).passthrough()).optional() })
      .passthrough()
      .optional(),
    template: z.object({ name: bilingual, description: bilingual.optional() }).passthrough().optional(),
  })
  .catchall(z.unknown());

export type DocumentSettings = z.infer<typeof settingsSchema>;

const fileSchema = z.object({
  format: z.literal('caogao'),
  version: z.number().int().positive(),
  doc: pmJson,
  versions: z.array(versionSchema),
  settings: settingsSchema,
  comments: commentsSchema.optional(),
});

const megabytes = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** Refuse settings that nest or weigh more than the app ever writes, before anything recurses into them. */
function checkSettingsBounds(settings: unknown, file: string): void {
  const measured = measureJson(settings, SETTINGS_LIMITS);
  if (measured.ok) return;
  if (measured.exceeded === 'depth') throw new CaogaoError('file-settings-too-deep', { file, limit: SETTINGS_LIMITS.depth });
  throw new CaogaoError('file-settings-too-large', { file, limit: megabytes(SETTINGS_LIMITS.size) });
}

/** 草稿版本: a named draft kept inside the file. */
export interface DraftVersion {
  id: string;
  label: string;
  /** ISO 8601 time. */
  createdAt: string;
  author: string;
  doc: PMNode;
  /** 批注 on this version, kept as they were when it was saved. */
  comments?: ReviewComment[];
}

export interface CaogaoFile {
  doc: PMNode;
  versions: DraftVersion[];
  settings: Record<string, unknown>;
  /** 批注 on the current draft (version 2); none when left out. */
  comments?: ReviewComment[];
}

/** The format version a file needs: 2 when it holds comments or suggestion marks, else 1. */
export function formatVersionOf(file: Pick<CaogaoFile, 'doc' | 'versions' | 'comments'>): number {
  const review =
    !!file.comments?.length || hasSuggestions(file.doc) || file.versions.some((v) => !!v.comments?.length || hasSuggestions(v.doc));
  return review ? FORMAT_VERSION : BASE_FORMAT_VERSION;
}

/** The comments of a file or version as stored: left out when there are none, so a version 1 file stays as it was. */
export function storedComments(comments: readonly ReviewComment[] | undefined): { comments?: ReviewComment[] } {
  return comments?.length ? { comments: [...comments] } : {};
}

/**
 * The refusal of a file from a newer Caogao: the check every version makes
 * first, before reading anything else. `supported` is the newest format the
 * running Caogao reads.
 */
export function refuseNewer(raw: unknown, file: string, supported = FORMAT_VERSION): void {
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > supported) throw new CaogaoError('file-newer-version', { file, version });
}

export function serializeCaogao(file: CaogaoFile): string {
  // Settings come from the page too: what could not be read back is never written.
  if (!measureJson(file.settings, SETTINGS_LIMITS).ok) {
    throw new CaogaoError('save-settings-refused', { depth: SETTINGS_LIMITS.depth, limit: megabytes(SETTINGS_LIMITS.size) });
  }
  return `${JSON.stringify(
    {
      format: 'caogao',
      version: formatVersionOf(file),
      doc: file.doc.toJSON(),
      versions: file.versions.map(({ comments, ...v }) => ({ ...v, doc: v.doc.toJSON(), ...storedComments(comments) })),
      settings: file.settings,
      ...storedComments(file.comments),
    },
    null,
    1,
  )}\n`;
}

function docFromJson(json: unknown, file: string, where: string): PMNode {
  try {
    const doc = reportSchema.nodeFromJSON(json);
    doc.check();
    return doc;
  } catch (cause) {
    const detail = `${where}: ${cause instanceof Error ? cause.message : String(cause)}`;
    throw new CaogaoError('file-doc-invalid', { file, where: where === 'doc' ? '正文' : where.replace(/^versions\.(\d+)$/, (_, i: string) => `第${Number(i) + 1}个版本`), detail }, { cause });
  }
}

/** Parse the text of a .caogao file. `file` names it in error messages. */
export function parseCaogao(text: string, file = ''): CaogaoFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new CaogaoError('file-not-json', { file }, { cause });
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== 'caogao') {
    throw new CaogaoError('file-not-caogao', { file });
  }
  refuseNewer(raw, file);
  checkSettingsBounds((raw as { settings?: unknown }).settings, file);
  if (!measureJson(raw, FILE_LIMITS).ok) throw new CaogaoError('file-too-deep', { file, limit: FILE_LIMITS.depth });
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue.path.join('.') || '(根)'}：${issue.message}`;
    throw new CaogaoError('file-invalid', { file, detail }, { cause: parsed.error });
  }
  const data = parsed.data;
  return {
    doc: docFromJson(data.doc, file, 'doc'),
    versions: data.versions.map(({ comments, ...v }, i) => ({ ...v, doc: docFromJson(v.doc, file, `versions.${i}`), ...storedComments(comments) })),
    settings: data.settings,
    comments: data.comments ?? [],
  };
}
