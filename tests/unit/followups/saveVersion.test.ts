/**
 * 保存为版本 from the menus: the application menu 文件 has it and sends
 * `file.saveVersion`, a command id of the contract; the page's command asks
 * for a name (suggesting the next 第N稿) and runs the versions panel's save.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menuTemplate.js';
import { saveAsVersion } from '../../../src/core/versions.js';
import { commandIdSchema } from '../../../src/shared/api.js';
import { runSaveVersion, SAVE_VERSION_COMMAND, saveVersionCommand, suggestLabel, type SaveVersionTarget } from '../../../src/renderer/versions/saveVersionCommand.js';

const sub = (item: MenuItemConstructorOptions) => (item.submenu ?? []) as MenuItemConstructorOptions[];

function fileMenu(lang: 'zh' | 'en', sent: string[] = []) {
  const menu = buildMenuTemplate({
    lang,
    platform: 'linux',
    recent: [],
    actions: { command: (id) => sent.push(id), openRecent: () => undefined, clearRecent: () => undefined, setLang: () => undefined, print: () => undefined },
  });
  return sub(menu[0]).filter((i) => i.type !== 'separator');
}

describe('the application menu', () => {
  it('has 保存为版本… in 文件, right after 另存为…, sending file.saveVersion', () => {
    const sent: string[] = [];
    const items = fileMenu('zh', sent);
    const index = items.findIndex((i) => i.id === 'file.saveVersion');
    expect(index).toBeGreaterThan(0);
    expect(items[index - 1].id).toBe('file.saveAs');
    expect(items[index].label).toBe('保存为版本…');
    (items[index].click as () => void)();
    expect(sent).toEqual(['file.saveVersion']);
    expect(commandIdSchema.safeParse(sent[0]).success).toBe(true);
  });

  it('names it in English too', () => {
    expect(fileMenu('en').find((i) => i.id === 'file.saveVersion')?.label).toBe('Save as Version…');
  });
});

/** A target that records what the command did, answering the name question with `answer`. */
function target(answer: string | null, labels: string[] = []) {
  const calls: string[] = [];
  const t: SaveVersionTarget = {
    labels: () => labels,
    askLabel: async (suggested) => {
      calls.push(`ask:${suggested}`);
      return answer;
    },
    reveal: () => calls.push('reveal'),
    save: (label) => calls.push(`save:${label}`),
  };
  return { t, calls };
}

describe('the page command 保存为版本…', () => {
  it('is the command the menu sends, labelled from the catalog', () => {
    const command = saveVersionCommand(target(null).t);
    expect(command.id).toBe(SAVE_VERSION_COMMAND);
    expect(commandIdSchema.safeParse(command.id).success).toBe(true);
    expect(command.label).toBe('menu-file-save-version');
  });

  it('runs: asks for the name, shows the panel and saves the version under it', async () => {
    const { t, calls } = target('  征求意见稿 ');
    const command = saveVersionCommand(t);
    command.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['ask:第一稿', 'reveal', 'save:征求意见稿']);
  });

  it('saves nothing when the user cancels or leaves the name empty', async () => {
    for (const answer of [null, '', '   ']) {
      const { t, calls } = target(answer);
      expect(await runSaveVersion(t)).toBe(false);
      expect(calls).toEqual(['ask:第一稿']);
    }
  });

  it('hands the name to the same save as the panel: the file gains the version', async () => {
    let file = { doc: { type: 'doc' }, versions: [] as { id: string; label: string; createdAt: string; author: string; doc: unknown }[] };
    const t: SaveVersionTarget = {
      labels: () => file.versions.map((v) => v.label),
      askLabel: async (suggested) => suggested,
      reveal: () => undefined,
      save: (label) => (file = saveAsVersion(file, label, { author: '张三' })),
    };
    await runSaveVersion(t);
    await runSaveVersion(t);
    expect(file.versions.map((v) => [v.label, v.author])).toEqual([
      ['第一稿', '张三'],
      ['第二稿', '张三'],
    ]);
  });
});

describe('the suggested name', () => {
  it('is 第一稿 for a file without versions', () => expect(suggestLabel([])).toBe('第一稿'));
  it('follows the highest 第N稿', () => {
    expect(suggestLabel(['第一稿'])).toBe('第二稿');
    expect(suggestLabel(['第三稿', '征求意见稿', '第九稿'])).toBe('第十稿');
    expect(suggestLabel(['第十一稿'])).toBe('第十二稿');
  });
  it('is empty when the versions have other names', () => expect(suggestLabel(['征求意见稿', '送审稿'])).toBe(''));
});
