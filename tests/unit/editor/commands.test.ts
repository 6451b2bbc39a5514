import { describe, expect, it } from 'vitest';
import { commandIds } from '../../../src/shared/api.js';
import { buildCommands, type CommandHost } from '../../../src/renderer/app/commands.js';
import { message } from '../../../src/core/messages/index.js';
import { doc, p, part, section } from '../../support/builder.js';
import { cursorAt, stateOf } from './helpers.js';

function fakeHost(): CommandHost & { calls: string[] } {
  const calls: string[] = [];
  const state = cursorAt(stateOf(doc(part('安排', section('行动', p('正文。'))))), '正文');
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args].join(':'));
    };
  return {
    calls,
    state: () => state,
    edit: (command) => {
      calls.push('edit');
      return command(state);
    },
    newDocument: record('new'),
    newFromTemplate: record('newFromTemplate'),
    startPage: record('startPage'),
    open: record('open'),
    save: record('save'),
    saveAs: record('saveAs'),
    importFile: record('import'),
    exportAs: record('export'),
    toggleExportComments: record('exportComments'),
    exportComments: () => false,
    find: record('find'),
    toggleOutline: record('outline'),
    toggleChecks: record('checks'),
    outlineVisible: () => true,
    checksVisible: () => true,
    toggleRunIn: record('runIn'),
    runInInline: () => false,
    zoom: record('zoom'),
    toggleLanguage: record('lang'),
    commandMenu: record('menu'),
    about: record('about'),
    closeRequested: record('close'),
  };
}

describe('the command registry', () => {
  /** Menu commands whose feature installs its own command into the registry. */
  const installedElsewhere = [
    'file.saveVersion' /* versions/installSaveVersion.ts */,
    'file.print' /* pages/installPages.ts */,
    'file.printPreview' /* pages/installPages.ts */,
    'view.pages' /* pages/installPages.ts */,
  ];

  it('has a command for every id the host’s application menu sends', () => {
    const commands = buildCommands(fakeHost());
    const missing = commandIds.filter((id) => !commands.has(id) && !installedElsewhere.includes(id));
    expect(missing).toEqual([]);
  });

  it('labels every command in Chinese and English', () => {
    for (const c of buildCommands(fakeHost()).values()) {
      expect(message(c.label, 'zh')).toMatch(/[\u4e00-\u9fff\uff00-\uffef]/);
      expect(message(c.label, 'en')).toMatch(/[A-Za-z]/);
    }
  });

  it('runs menu commands against the host', () => {
    const host = fakeHost();
    const commands = buildCommands(host);
    for (const id of ['file.save', 'file.exportPdf', 'edit.replace', 'view.zoomIn', 'format.section']) commands.get(id)!.run();
    expect(host.calls).toEqual(['save', 'export:pdf', 'find:true', 'zoom:1', 'edit']);
  });

  it('knows the style at the cursor: 正文 is pressed in a paragraph', () => {
    const commands = buildCommands(fakeHost());
    expect(commands.get('format.paragraph')!.active!()).toBe(true);
    expect(commands.get('format.section')!.active!()).toBe(false);
  });
});
