/**
 * The .caogao file: one self-contained UTF-8 JSON document holding the current
 * draft, its named draft versions (第一稿, 征求意见稿 …) and settings.
 *
 *   { format: "caogao", version: 1, doc, versions: [{id, label, createdAt, author, doc}], settings: {} }
 *
 * Loading validates the envelope (zod) and then every document against the
 * report schema (ProseMirror's check). A damaged, truncated or newer file
 * raises a CaogaoError with a Chinese message; parsing never writes anything.
 */
import { z } from 'zod';
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../errors.js';
import { reportSchema } from '../schema.js';

export const FORMAT_VERSION = 1;

const pmJson = z.object({ type: z.literal('doc') }).passthrough();

const versionSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  createdAt: z.string(),
  author: z.string(),
  doc: pmJson,
});

const fileSchema = z.object({
  format: z.literal('caogao'),
  version: z.number().int().positive(),
  doc: pmJson,
  versions: z.array(versionSchema),
  settings: z.record(z.string(), z.unknown()),
});

/** 草稿版本: a named draft kept inside the file. */
export interface DraftVersion {
  id: string;
  label: string;
  /** ISO 8601 time. */
  createdAt: string;
  author: string;
  doc: PMNode;
}

export interface CaogaoFile {
  doc: PMNode;
  versions: DraftVersion[];
  settings: Record<string, unknown>;
}

export function serializeCaogao(file: CaogaoFile): string {
  return `${JSON.stringify(
    {
      format: 'caogao',
      version: FORMAT_VERSION,
      doc: file.doc.toJSON(),
      versions: file.versions.map((v) => ({ ...v, doc: v.doc.toJSON() })),
      settings: file.settings,
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
    const detail = `${where}：${cause instanceof Error ? cause.message : String(cause)}`;
    throw new CaogaoError('file-doc-invalid', { file, detail }, { cause });
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
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new CaogaoError('file-newer-version', { file, version });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue.path.join('.') || '(根)'}：${issue.message}`;
    throw new CaogaoError('file-invalid', { file, detail }, { cause: parsed.error });
  }
  const data = parsed.data;
  return {
    doc: docFromJson(data.doc, file, 'doc'),
    versions: data.versions.map((v, i) => ({ ...v, doc: docFromJson(v.doc, file, `versions.${i}`) })),
    settings: data.settings,
  };
}
