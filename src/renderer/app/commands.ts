/**
 * Every command of the window, by id. The toolbar, the command menu and the
 * host's application menu (Electron) all run commands from here, so a
 * command does the same thing wherever it is chosen. Ids that the host's
 * menu sends are those of src/shared/api.ts (`commandIds`); the others exist
 * only in the page.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { redo, undo } from 'prosemirror-history';
import type { MessageKey } from '../../core/messages/index.js';
import type { ExportFormat } from '../../shared/api.js';
import { demote, promote, setHeading, setParagraph } from '../commands/headingLevel.js';
import { insertGlossaryEntry } from '../commands/glossary.js';
import { leadActive, toggleLead } from '../commands/lead.js';
import { moveDown, moveUp } from '../commands/moveSection.js';
import { targetSummaryActive, toggleTargetSummary } from '../commands/targetSummary.js';
import { levelOf } from '../../core/schema.js';

export interface AppCommand {
  id: string;
  label: MessageKey;
  /** The shortcut as shown to the user. */
  keys?: string;
  run(): void;
  enabled?(): boolean;
  /** For toggles and the style buttons: whether it is on at the cursor. */
  active?(): boolean;
}

/** What the commands act on; the app provides it. */
export interface CommandHost {
  state(): EditorState;
  /** Run an editor command on the view and give the text the focus back. */
  edit(command: Command): boolean;
  newDocument(): void;
  newFromTemplate(): void;
  /** 开始页: recent files and templates to start from. */
  startPage(): void;
  open(): void;
  save(): void;
  saveAs(): void;
  importFile(): void;
  exportAs(format: ExportFormat): void;
  /** Print the 批注 in PDF and HTML exports (a setting, remembered). */
  toggleExportComments(): void;
  exportComments(): boolean;
  find(replace: boolean): void;
  toggleOutline(): void;
  toggleChecks(): void;
  outlineVisible(): boolean;
  /** Show run-in headings run in with their paragraph, or on lines of their own. */
  toggleRunIn(): void;
  runInInline(): boolean;
  checksVisible(): boolean;
  zoom(step: 1 | -1 | 0): void;
  toggleLanguage(): void;
  commandMenu(): void;
  about(): void;
  closeRequested(): void;
}

/** The level of the block at the cursor: 1–4 for a heading, 0 for a paragraph, -1 elsewhere. */
function blockLevel(state: EditorState): number {
  const { $head } = state.selection;
  const name = $head.parent.type.name;
  if (name === 'paragraph') return 0;
  if (/Heading$/.test(name) && $head.depth >= 1) return levelOf($head.node($head.depth - 1).type.name);
  return -1;
}

export function buildCommands(host: CommandHost): Map<string, AppCommand> {
  const can = (command: Command) => () => command(host.state());
  const edit = (command: Command) => () => void host.edit(command);
  const style = (level: number, id: string, label: MessageKey, keys: string): AppCommand => ({
    id,
    label,
    keys,
    run: edit(level ? setHeading(level) : setParagraph),
    enabled: () => blockLevel(host.state()) >= 0,
    active: () => blockLevel(host.state()) === level,
  });
  const list: AppCommand[] = [
    { id: 'file.new', label: 'menu-file-new', keys: 'Ctrl+N', run: () => host.newDocument() },
    { id: 'file.newFromTemplate', label: 'menu-file-new-from-template', run: () => host.newFromTemplate() },
    { id: 'file.startPage', label: 'menu-file-start', run: () => host.startPage() },
    { id: 'file.open', label: 'menu-file-open', keys: 'Ctrl+O', run: () => host.open() },
    { id: 'file.save', label: 'menu-file-save', keys: 'Ctrl+S', run: () => host.save() },
    { id: 'file.saveAs', label: 'menu-file-save-as', keys: 'Ctrl+Shift+S', run: () => host.saveAs() },
    { id: 'file.import', label: 'menu-file-import', run: () => host.importFile() },
    { id: 'file.exportDocx', label: 'menu-file-export-docx', run: () => host.exportAs('docx') },
    { id: 'file.exportPdf', label: 'menu-file-export-pdf', run: () => host.exportAs('pdf') },
    { id: 'file.exportHtml', label: 'menu-file-export-html', run: () => host.exportAs('html') },
    { id: 'file.exportTxt', label: 'menu-file-export-txt', run: () => host.exportAs('txt') },
    { id: 'file.exportComments', label: 'menu-file-export-comments', run: () => host.toggleExportComments(), active: () => host.exportComments() },
    { id: 'edit.undo', label: 'menu-edit-undo', keys: 'Ctrl+Z', run: edit(undo), enabled: can(undo) },
    { id: 'edit.redo', label: 'menu-edit-redo', keys: 'Ctrl+Y', run: edit(redo), enabled: can(redo) },
    { id: 'edit.find', label: 'menu-edit-find', keys: 'Ctrl+F', run: () => host.find(false) },
    { id: 'edit.replace', label: 'menu-edit-replace', keys: 'Ctrl+H', run: () => host.find(true) },
    style(1, 'format.part', 'menu-format-part', 'Ctrl+Alt+1'),
    style(2, 'format.section', 'menu-format-section', 'Ctrl+Alt+2'),
    style(3, 'format.item', 'menu-format-item', 'Ctrl+Alt+3'),
    style(4, 'format.subitem', 'ui-format-subitem', 'Ctrl+Alt+4'),
    style(0, 'format.paragraph', 'menu-format-paragraph', 'Ctrl+Alt+0'),
    { id: 'format.demote', label: 'ui-format-demote', keys: 'Tab', run: edit(demote) },
    { id: 'format.promote', label: 'ui-format-promote', keys: 'Shift+Tab', run: edit(promote) },
    {
      id: 'format.lead',
      label: 'menu-format-lead',
      keys: 'Ctrl+B',
      run: edit(toggleLead),
      enabled: can(toggleLead),
      active: () => leadActive(host.state()),
    },
    {
      id: 'format.targetSummary',
      label: 'menu-format-target-summary',
      run: edit(toggleTargetSummary),
      enabled: can(toggleTargetSummary),
      active: () => targetSummaryActive(host.state()),
    },
    { id: 'insert.glossaryEntry', label: 'ui-insert-glossary', run: edit(insertGlossaryEntry()) },
    { id: 'edit.moveUp', label: 'ui-move-up', keys: 'Alt+Shift+↑', run: edit(moveUp) },
    { id: 'edit.moveDown', label: 'ui-move-down', keys: 'Alt+Shift+↓', run: edit(moveDown) },
    { id: 'view.outline', label: 'menu-view-outline', run: () => host.toggleOutline(), active: () => host.outlineVisible() },
    { id: 'view.checks', label: 'menu-view-checks', run: () => host.toggleChecks(), active: () => host.checksVisible() },
    { id: 'view.runIn', label: 'menu-view-run-in', run: () => host.toggleRunIn(), active: () => host.runInInline() },
    { id: 'view.zoomIn', label: 'menu-view-zoom-in', keys: 'Ctrl+=', run: () => host.zoom(1) },
    { id: 'view.zoomOut', label: 'menu-view-zoom-out', keys: 'Ctrl+-', run: () => host.zoom(-1) },
    { id: 'view.zoomReset', label: 'menu-view-zoom-reset', keys: 'Ctrl+0', run: () => host.zoom(0) },
    { id: 'view.language', label: 'ui-language-switch', run: () => host.toggleLanguage() },
    { id: 'app.commandMenu', label: 'ui-command-menu', keys: 'Ctrl+Shift+P', run: () => host.commandMenu() },
    { id: 'help.about', label: 'menu-help-about', run: () => host.about() },
    { id: 'app.closeRequested', label: 'menu-file-quit', run: () => host.closeRequested() },
  ];
  return new Map(list.map((c) => [c.id, c]));
}
