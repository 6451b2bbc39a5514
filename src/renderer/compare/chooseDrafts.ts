/**
 * 比对两稿…: choose what to compare. Either side can be the current draft,
 * one of the named versions kept in the file, or a file on disk (read through
 * the host's open dialog, or the page's file picker in the browser host; the
 * file is only read, it does not replace the document being edited). By
 * default the latest version is compared with the current draft.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { FORMAT_VERSION } from '../../core/format/caogaoFile.js';
import type { CaogaoJson } from '../../shared/api.js';
import { fileFromJson } from '../../shared/caogaoJson.js';
import type { Client } from '../api/index.js';
import { t } from '../app/i18n.js';
import { shortTime } from '../panels/versionsPanel.js';
import { h } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';

export interface Draft {
  doc: PMNode;
  name: string;
  /** The draft being edited (not a snapshot of a version or a file). */
  current?: boolean;
  /** Who wrote it, when known (a version's 署名). */
  author?: string;
}

export interface DraftSources {
  current(): Draft;
  versions(): CaogaoJson['versions'];
}

const CURRENT = 'current';
const FILE = 'file';
/** A version's choice: `v:` and its id. */
const versionChoice = (id: string): string => `v:${id}`;

/** What the dialog chooses first: by default the latest version and the current draft. */
export interface DraftPreset {
  /** A version id, or 'current'. */
  old?: string;
  new?: string;
}

/** A version as the pickers list it: 第一稿 · 2026-03-05 14:07 · 张三 (label, date, time, author). */
export function versionLine(v: Pick<CaogaoJson['versions'][number], 'label' | 'createdAt' | 'author'>): string {
  return t('compare-source-version', { label: v.label, time: shortTime(v.createdAt), author: v.author || t('ui-versions-anonymous') });
}

function picker(label: string, versions: CaogaoJson['versions'], chosen: string): { field: HTMLElement; select: HTMLSelectElement } {
  const select = h(
    'select',
    { class: 'cmp-source' },
    h('option', { value: CURRENT }, t('compare-source-current')),
    ...versions.map((v) => h('option', { value: versionChoice(v.id) }, versionLine(v))),
    h('option', { value: FILE }, t('compare-source-file')),
  );
  select.value = chosen;
  return { field: h('label', { class: 'cmp-source-field' }, h('span', {}, label), select), select };
}

/** Ask which two drafts to compare; null when cancelled. */
function ask(versions: CaogaoJson['versions'], preset: DraftPreset): Promise<[string, string] | null> {
  const choice = (id: string | undefined, fallback: string) => (id === CURRENT ? CURRENT : id && versions.some((v) => v.id === id) ? versionChoice(id) : fallback);
  const latest = versions.length ? versionChoice(versions[versions.length - 1].id) : FILE;
  const older = picker(t('compare-choose-old'), versions, choice(preset.old, latest));
  const newer = picker(t('compare-choose-new'), versions, choice(preset.new, CURRENT));
  let answer: [string, string] | null = null;
  const run = h('button', { type: 'button', class: 'dialog-button primary' }, t('compare-run'));
  const cancel = cancelButton();
  const dialog = h(
    'dialog',
    { class: 'message-dialog cmp-choose', 'aria-label': t('compare-choose-title') },
    h('h2', { class: 'dialog-title' }, t('compare-choose-title')),
    older.field,
    newer.field,
    h('div', { class: 'dialog-buttons' }, run, cancel),
  );
  run.addEventListener('click', () => {
    answer = [older.select.value, newer.select.value];
    dialog.close();
  });
  return showModal(dialog, { focus: run, answer: () => answer });
}

/** A draft from disk, read where it is (both hosts show their dialog): the file is not opened for editing nor locked. */
async function fromDisk(api: Client): Promise<Draft | null> {
  const read = await api.readDraftWithDialog();
  return read ? { doc: fileFromJson(read.file, read.name).doc, name: read.name } : null;
}

async function resolveDraft(choice: string, sources: DraftSources, api: Client): Promise<Draft | null> {
  if (choice === CURRENT) return { ...sources.current(), current: true };
  if (choice === FILE) return fromDisk(api);
  const version = sources.versions().find((v) => versionChoice(v.id) === choice);
  if (!version) return null;
  const json: CaogaoJson = { format: 'caogao', version: FORMAT_VERSION, doc: version.doc, versions: [], settings: {} };
  return { doc: fileFromJson(json, version.label).doc, name: version.label, ...(version.author ? { author: version.author } : {}) };
}

/** Ask for two drafts and read them; null when the user cancels anywhere. */
export async function chooseDrafts(sources: DraftSources, api: Client, preset: DraftPreset = {}): Promise<[Draft, Draft] | null> {
  const choice = await ask(sources.versions(), preset);
  if (!choice) return null;
  const older = await resolveDraft(choice[0], sources, api);
  const newer = older && (await resolveDraft(choice[1], sources, api));
  return older && newer ? [older, newer] : null;
}
