/**
 * 保存为版本 as a command of the window: the host's menu 文件 > 保存为版本…
 * (Electron) sends `file.saveVersion`, and the command menu (Ctrl+Shift+P)
 * lists it, in the browser host too. It asks for the version's name,
 * suggesting the next 第N稿, and then runs the versions panel's own save
 * action, so a version saved from the menu is the same as one saved from the
 * panel (time, author, kept in the file with the next save).
 */
import { fromChineseNumeral, toChineseNumeral } from '../../core/numerals.js';
import type { CommandId } from '../../shared/api.js';
import type { AppCommand } from '../app/commands.js';

export const SAVE_VERSION_COMMAND = 'file.saveVersion' satisfies CommandId;

export interface SaveVersionTarget {
  /** Labels of the versions the file has. */
  labels(): string[];
  /** Ask for the name, `suggested` filled in; null when the user cancels. */
  askLabel(suggested: string): Promise<string | null>;
  /** Show the versions panel, where the new version is listed. */
  reveal(): void;
  /** The versions panel's 保存为版本 action. */
  save(label: string): void;
}

const DRAFT = /^第([一二两三四五六七八九十]+)稿$/;

/** 第一稿 for a file without versions; after 第N稿 (the highest), 第N+1稿; otherwise nothing. */
export function suggestLabel(labels: readonly string[]): string {
  const numbers = labels.map((l) => fromChineseNumeral(DRAFT.exec(l.trim())?.[1] ?? '') ?? 0);
  const highest = Math.max(0, ...numbers);
  if (highest === 0) return labels.length ? '' : '第一稿';
  return highest < 99 ? `第${toChineseNumeral(highest + 1)}稿` : '';
}

/** Ask for a name and save the version; true when a version was saved. */
export async function runSaveVersion(target: SaveVersionTarget): Promise<boolean> {
  const label = (await target.askLabel(suggestLabel(target.labels())))?.trim();
  if (!label) return false;
  target.reveal();
  target.save(label);
  return true;
}

export function saveVersionCommand(target: SaveVersionTarget): AppCommand {
  return { id: SAVE_VERSION_COMMAND, label: 'menu-file-save-version', run: () => void runSaveVersion(target) };
}
