/**
 * Named draft versions (草稿版本: 第一稿, 征求意见稿, 送审稿 …) kept inside the
 * .caogao file. Every function here is pure: it takes a file and returns a
 * new one, never changing its argument, so the editor can keep the old value
 * for undo and the store can compare before and after.
 *
 * Versions are kept in the order they were made (oldest first), as the file
 * stores them; `listVersions` gives the newest first, as the panel shows them.
 * Documents are immutable ProseMirror nodes, so a version shares structure
 * with the draft it was taken from and costs nothing until one of them changes.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from './errors.js';
import type { CaogaoFile } from './format/caogaoFile.js';
import { newId } from './ids.js';
import { message, type Lang } from './messages/index.js';

/** Who and when, for a new version; tests pass fixed values. */
export interface VersionStamp {
  author: string;
  /** ISO 8601 time; now when left out. */
  createdAt?: string;
  /** Id of the new version; random when left out. */
  id?: string;
}

/**
 * A file with versions, whatever its documents are: ProseMirror nodes (a
 * CaogaoFile) or their JSON (the page keeps versions as JSON, as the file
 * stores them). The functions below never look inside a document.
 */
export interface Versioned<D, C = never> {
  doc: D;
  versions: { id: string; label: string; createdAt: string; author: string; doc: D; comments?: C[] }[];
  /** 批注 on the current draft: a version keeps those it was saved with, and restoring brings them back. */
  comments?: C[];
}

type VersionIn<F extends Versioned<unknown, unknown>> = F['versions'][number];

/** What the versions panel shows of one version, without its document. */
export interface VersionSummary {
  id: string;
  label: string;
  createdAt: string;
  author: string;
  /** Characters of text in the version, a quick sense of its length. */
  chars: number;
}

function stampOf(stamp: VersionStamp): { id: string; createdAt: string; author: string } {
  return { id: stamp.id ?? newId(), createdAt: stamp.createdAt ?? new Date().toISOString(), author: stamp.author };
}

/** 保存为版本: keep the current draft under a name. */
export function saveAsVersion<F extends Versioned<unknown, unknown>>(file: F, label: string, stamp: VersionStamp): F {
  const name = label.trim();
  if (!name) throw new CaogaoError('version-label-empty');
  const version = { ...stampOf(stamp), label: name, doc: file.doc, ...(file.comments?.length ? { comments: file.comments } : {}) } as VersionIn<F>;
  return { ...file, versions: [...file.versions, version] };
}

/** The versions, newest first; `chars` counts the text of a document (textLength for nodes). */
export function listVersions(file: CaogaoFile): VersionSummary[];
export function listVersions<D>(file: Versioned<D, unknown>, chars: (doc: D) => number): VersionSummary[];
export function listVersions(file: Versioned<unknown, unknown>, chars: (doc: unknown) => number = (d) => textLength(d as PMNode)): VersionSummary[] {
  return file.versions.map(({ id, label, createdAt, author, doc }) => ({ id, label, createdAt, author, chars: chars(doc) })).reverse();
}

/** One version, to open read-only. */
export function getVersion<F extends Versioned<unknown, unknown>>(file: F, id: string): VersionIn<F> {
  const version = file.versions.find((v) => v.id === id);
  if (!version) throw new CaogaoError('version-not-found', { version: id });
  return version as VersionIn<F>;
}

/**
 * Make a version the current draft. The current draft is kept as a version
 * first (named after the one restored), so restoring never loses work; the
 * restored version itself stays in the list.
 */
export function restoreVersion<F extends Versioned<unknown, unknown>>(file: F, id: string, stamp: VersionStamp, lang: Lang = 'zh'): F {
  const version = getVersion(file, id);
  const kept = saveAsVersion(file, message('version-before-restore', lang, { label: version.label }), stamp);
  if (!('comments' in file) && !version.comments) return { ...kept, doc: version.doc };
  return { ...kept, doc: version.doc, comments: version.comments ?? [] };
}

/** Remove a version (the panel asks first). */
export function deleteVersion<F extends Versioned<unknown, unknown>>(file: F, id: string): F {
  getVersion(file, id);
  return { ...file, versions: file.versions.filter((v) => v.id !== id) };
}

/** Rename a version. */
export function renameVersion<F extends Versioned<unknown, unknown>>(file: F, id: string, label: string): F {
  getVersion(file, id);
  const name = label.trim();
  if (!name) throw new CaogaoError('version-label-empty');
  return { ...file, versions: file.versions.map((v) => (v.id === id ? { ...v, label: name } : v)) };
}

/** Characters of text in a document. */
export function textLength(doc: PMNode): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.isText) n += node.text!.length;
    return true;
  });
  return n;
}

/** Characters of text in a document as JSON (the page's versions), without building it. */
export function jsonTextLength(json: unknown): number {
  if (!json || typeof json !== 'object') return 0;
  const node = json as { text?: unknown; content?: unknown };
  let n = typeof node.text === 'string' ? node.text.length : 0;
  if (Array.isArray(node.content)) for (const child of node.content) n += jsonTextLength(child);
  return n;
}

/** How two drafts differ, counted in blocks (paragraphs, headings, glossary parts) matched by id. */
export interface BlockChanges {
  changed: number;
  added: number;
  removed: number;
}

function textblocksById(doc: PMNode): Map<string, PMNode> {
  const blocks = new Map<string, PMNode>();
  doc.descendants((node) => {
    if (node.isTextblock) {
      if (node.attrs.id) blocks.set(node.attrs.id as string, node);
      return false;
    }
    return true;
  });
  return blocks;
}

/**
 * What changed from one draft to another (a version to the current draft, the
 * saved file to an autosave backup): blocks are matched by their stable id;
 * a block whose text or lead mark differs counts as changed.
 */
export function blockChanges(from: PMNode, to: PMNode): BlockChanges {
  const before = textblocksById(from);
  const after = textblocksById(to);
  let changed = 0;
  let added = 0;
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) added++;
    else if (!old.content.eq(node.content) || old.type !== node.type) changed++;
  }
  let removed = 0;
  for (const id of before.keys()) if (!after.has(id)) removed++;
  return { changed, added, removed };
}
