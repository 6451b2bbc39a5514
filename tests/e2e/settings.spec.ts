/**
 * 检查设置 on the real report, through the browser host: the dialog opens from
 * the checks panel and from the command menu, refuses a bad entry with the
 * reason in Chinese, and on 确定 the document is unsaved and the checks run
 * again with the new lists.
 */
import { test, expect } from './support/app.js';

test.describe('检查设置: the lists of the checks', () => {
  test('add a foreign place and an outdated term; the checks find them; a local place is refused', async ({ app, page }) => {
    await expect(app.findings('foreign-place')).toHaveCount(0);
    await expect(app.findings('outdated-term')).toHaveCount(0);
    await app.checks.getByRole('button', { name: '检查设置…' }).click();
    const dialog = page.getByRole('dialog', { name: '检查设置' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('正在使用默认词表。');
    await expect(dialog.getByRole('region', { name: '已停用的名称' }).locator('.settings-entry').first()).toHaveText(/农民人均纯收入 → 农村居民人均可支配收入/);

    const places = dialog.getByRole('region', { name: '外地地名' });
    await places.getByLabel('地名').fill('江汉区');
    await places.getByRole('button', { name: '添加' }).click();
    await expect(places.getByRole('alert')).toHaveText('“江汉区”出现在本报告的标题或会议名称中，是本地地名，不能列为外地地名。');
    await expect(places.getByLabel('地名')).toBeFocused();
    await places.getByLabel('地名').fill('汉江');
    await places.getByLabel('地名').press('Enter');
    await expect(places.getByRole('alert')).toBeHidden();
    await expect(places.locator('.settings-entry')).toHaveText(['汉江删除']);

    const outdated = dialog.getByRole('region', { name: '已停用的名称' });
    await outdated.getByLabel('停用名称').fill('万松');
    await outdated.getByRole('button', { name: '添加' }).click();
    await expect(outdated.getByRole('alert')).toHaveText('请填写“万松”应改用的名称。');
    await expect(outdated.getByLabel('应改用')).toBeFocused();
    await outdated.getByLabel('应改用').fill('万松街道');
    await outdated.getByRole('button', { name: '添加' }).click();
    await expect(outdated.locator('.settings-entry').last()).toHaveText(/万松 → 万松街道/);
    await expect(dialog).not.toContainText('正在使用默认词表。');

    const synonyms = dialog.getByRole('region', { name: '指标别名' });
    await synonyms.getByLabel('指标名称').fill('金融业增加值');
    await synonyms.getByLabel('别名（用顿号分隔）').fill('GDP');
    await synonyms.getByRole('button', { name: '添加' }).click();
    await expect(synonyms.getByRole('alert')).toHaveText('“GDP”已是指标“地区生产总值”的名称或别名。');
    await app.shot('check-settings-dialog');

    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.status-save')).toHaveText('未保存');
    await expect(app.findings('foreign-place')).toHaveCount(1);
    await expect(app.findings('outdated-term')).toHaveCount(1);

    // The outdated term's quick fix uses the new name.
    await app.findings('outdated-term').locator('.finding-fix').click();
    await expect(app.findings('outdated-term')).toHaveCount(0);
    await expect(app.editor).toContainText('万松街道');
  });

  test('opens from the command menu; removing an entry and 确定 runs the checks again; 取消 keeps the lists', async ({ app, page }) => {
    const open = async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.getByRole('dialog', { name: '命令…' }).getByLabel('输入命令名称或快捷键').fill('检查设置');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: '检查设置' });
      await expect(dialog).toBeVisible();
      return dialog;
    };
    let dialog = await open();
    const places = dialog.getByRole('region', { name: '外地地名' });
    await places.getByLabel('地名').fill('汉江');
    await places.getByLabel('地名').press('Enter');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(app.findings('foreign-place')).toHaveCount(1);

    dialog = await open();
    await dialog.getByRole('button', { name: '删除 汉江' }).click();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(app.findings('foreign-place')).toHaveCount(1);

    dialog = await open();
    await expect(dialog.getByRole('region', { name: '外地地名' }).locator('.settings-entry')).toHaveText(['汉江删除']);
    await dialog.getByRole('button', { name: '删除 汉江' }).click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(app.findings('foreign-place')).toHaveCount(0);
  });
});
