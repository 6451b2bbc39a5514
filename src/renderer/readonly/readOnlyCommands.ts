/**
 * The window's commands while the page is read-only. Commands that change
 * the text (styles, lead, glossary entry, move, undo/redo, replace) are
 * disabled and do nothing; 保存 becomes 另存为, the way out. The command
 * objects are changed in place, since the toolbar and the command menu hold
 * the same objects (app/commands.ts).
 */
import type { AppCommand } from '../app/commands.js';

const EDITING = new Set(['edit.undo', 'edit.redo', 'edit.replace', 'edit.moveUp', 'edit.moveDown']);

/** Whether a command changes the text of the report. */
export function isEditingCommand(id: string): boolean {
  return EDITING.has(id) || id.startsWith('format.') || id.startsWith('insert.');
}

export function applyReadOnly(commands: Map<string, AppCommand>, readOnly: () => boolean, saveAs: () => void): void {
  for (const command of commands.values()) {
    if (!isEditingCommand(command.id)) continue;
    const { run, enabled } = command;
    command.enabled = () => !readOnly() && (enabled ? enabled() : true);
    command.run = () => {
      if (!readOnly()) run();
    };
  }
  const save = commands.get('file.save');
  if (save) {
    const run = save.run;
    save.run = () => (readOnly() ? saveAs() : run());
  }
}
