import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../src/main/menuTemplate.js';
import { commandIdSchema, type CommandId } from '../../../src/shared/api.js';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (id) => calls.push(`command:${id}`),
    openRecent: (handle) => calls.push(`open:${handle}`),
    clearRecent: () => calls.push('clear'),
    setLang: (lang) => calls.push(`lang:${lang}`),
    print: () => calls.push('print'),
  };
  return { calls, actions };
}

const sub = (item: MenuItemConstructorOptions) => (item.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);

function walk(items: MenuItemConstructorOptions[], visit: (item: MenuItemConstructorOptions) => void): void {
  for (const item of items) {
    visit(item);
    walk(sub(item), visit);
  }
}

describe('application menu', () => {
  const recent = [{ handle: 'h0123456789abcdef', name: '报告.caogao', location: '/home/u/文稿' }];

  it('has the five Chinese menus with the items the issue names, in order', () => {
    const menu = buildMenuTemplate({ lang: 'zh', platform: 'linux', recent, actions: recorder().actions });
    expect(labels(menu)).toEqual(['文件', '编辑', '格式', '视图', '帮助']);
    const [file, edit, format, view, help] = menu;
    expect(labels(sub(file))).toEqual(['新建', '从模板新建…', '开始页…', '打开…', '最近打开', '保存', '另存为…', '保存为版本…', '导入…', '导出', '打印预览', '打印…', '退出']);
    expect(labels(sub(edit))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '查找…', '替换…']);
    expect(labels(sub(format))).toEqual(['一级标题', '二级标题', '三级标题', '正文', '段首句', '主要预期目标']);
    expect(labels(sub(view)).slice(0, 4)).toEqual(['大纲', '检查', '标题接排显示', '缩放']);
    expect(labels(sub(help))).toEqual(['关于草稿']);
  });

  it('switches to English', () => {
    const menu = buildMenuTemplate({ lang: 'en', platform: 'linux', recent, actions: recorder().actions });
    expect(labels(menu)).toEqual(['File', 'Edit', 'Format', 'View', 'Help']);
    expect(labels(sub(menu[2]))[0]).toBe('Heading 1 (Part)');
  });

  it('sends a valid command id for every command item, and the recent entry’s handle', () => {
    const { calls, actions } = recorder();
    const menu = buildMenuTemplate({ lang: 'zh', platform: 'linux', recent, actions });
    const sent = new Set<string>();
    walk(menu, (item) => {
      if (!item.click) return;
      (item.click as () => void)();
    });
    for (const call of calls) if (call.startsWith('command:')) sent.add(call.slice(8));
    for (const id of sent) expect(commandIdSchema.safeParse(id).success, id).toBe(true);
    const menuCommands: CommandId[] = ['file.new', 'file.open', 'file.save', 'file.saveAs', 'file.import', 'file.exportDocx', 'file.exportPdf', 'edit.undo', 'edit.redo', 'edit.find', 'edit.replace', 'format.part', 'format.section', 'format.item', 'format.paragraph', 'format.lead', 'format.targetSummary', 'view.outline', 'view.checks', 'view.zoomIn', 'help.about'];
    for (const id of menuCommands) expect(sent.has(id), id).toBe(true);
    expect(calls).toContain('open:h0123456789abcdef');
    expect(calls).toContain('clear');
    expect(calls).toContain('lang:en');
    expect(sent.has('file.printPreview')).toBe(true);
    // 打印… prints the window's page in main (webContents.print), where its print style sheet shows the report alone.
    expect(calls).toContain('print');
  });

  it('leaves keys the page handles unregistered, and registers the file keys', () => {
    const menu = buildMenuTemplate({ lang: 'zh', platform: 'linux', recent: [], actions: recorder().actions });
    const byId = new Map<string, MenuItemConstructorOptions>();
    walk(menu, (item) => item.id && byId.set(item.id, item));
    expect(byId.get('format.section')).toMatchObject({ accelerator: 'CmdOrCtrl+Alt+2', registerAccelerator: false });
    expect(byId.get('edit.undo')).toMatchObject({ registerAccelerator: false });
    expect(byId.get('file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: true });
    expect(byId.get('file.print')).toMatchObject({ accelerator: 'CmdOrCtrl+P' });
    expect(byId.get('file.print')?.registerAccelerator).not.toBe(false);
    expect(byId.get('edit.paste')).toMatchObject({ role: 'paste' });
    expect(byId.get('recent.empty')).toMatchObject({ label: '（无）', enabled: false });
  });

  it('has no reload (F5, Ctrl+R): nothing reloads the window past unsaved changes without the page asking (issue 13 item 6)', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const menu = buildMenuTemplate({ lang: 'zh', platform, recent: [], actions: recorder().actions });
      walk(menu, (item) => {
        expect(['reload', 'forceReload', 'forcereload'], String(item.id)).not.toContain(item.role);
        expect(String(item.accelerator ?? ''), String(item.id)).not.toMatch(/^(F5|CmdOrCtrl\+R|Ctrl\+R|Cmd\+R|CmdOrCtrl\+Shift\+R)$/);
      });
    }
  });

  it('puts the application menu first on macOS', () => {
    const menu = buildMenuTemplate({ lang: 'zh', platform: 'darwin', recent: [], actions: recorder().actions });
    expect(labels(menu)).toEqual(['草稿', '文件', '编辑', '格式', '视图', '帮助']);
  });
});
