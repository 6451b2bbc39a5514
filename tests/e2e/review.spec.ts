/**
 * 审阅 through the browser host: who is writing (the first-start question,
 * then the name on versions), 批注 on selected text that follow typing and
 * come back from disk, 修订模式 that marks typing with the user's name (and
 * an input method's text too), rejecting and accepting, the views, and a
 * .docx two reviewers marked up in Word (built here from XML) showing their
 * changes and comments.
 */
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildDocx, cend, commentsXml, cstart, extendedXml, r, wdel, wins, wp } from '../support/docxFixture.js';
import { TEST_AUTHOR } from '../support/identity.js';
import { test, expect, AppPage, compose } from './support/app.js';
import { startHost } from './support/host.js';

/** 保存 a draft imported from text: the host asks where (its own dialog in the page), beside the source by default. */
async function saveImported(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: '保存报告' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.status-save')).toHaveAttribute('data-state', 'saved');
}

test.describe('批注', () => {
  test('a comment on selected text survives typing before it, a save and a reload from disk', async ({ app, page, host }) => {
    const quote = '优化全域创新生态';
    await app.select(quote);
    await page.keyboard.press('Control+Alt+m');
    const input = page.locator('.comment-card textarea');
    await expect(input).toBeFocused();
    await input.fill('请补充具体举措。');
    await input.press('Control+Enter');
    const card = page.locator('.comment-card', { hasText: '请补充具体举措。' });
    await expect(card).toBeVisible();
    await expect(card.locator('.comment-author')).toHaveText(TEST_AUTHOR);
    await expect(app.editor.locator('.comment-range')).toHaveText(quote);
    // The card stands beside its text.
    const cardTop = (await card.boundingBox())!.y;
    const textTop = (await app.editor.locator('.comment-range').boundingBox())!.y;
    expect(Math.abs(cardTop - textTop)).toBeLessThan(40);

    // Typing before it, in the same paragraph: the range follows the text.
    await app.caretAt(quote);
    await page.keyboard.type('进一步');
    await expect(app.editor.locator('.comment-range')).toHaveText(quote);
    await app.shot('review-comment');
    await saveImported(page);

    // The draft was imported from text, so 保存 wrote a .caogao beside it: open that file in a new host.
    const saved = readdirSync(host.dir).find((name) => name.endsWith('.caogao'));
    expect(saved).toBeTruthy();
    const second = await startHost(join(host.dir, saved!));
    try {
      await reopen(page, second.url, app, quote);
    } finally {
      await second.stop();
    }
  });
});

async function reopen(page: Page, url: string, app: AppPage, quote: string): Promise<void> {
    await page.goto(url);
    await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await expect(app.editor.locator('.comment-range')).toHaveText(quote);
  // Cards are laid out for the text on screen: scrolled there, the card stands beside its text.
  await app.editor.locator('.comment-range').scrollIntoViewIfNeeded();
    await expect(page.locator('.comment-card', { hasText: '请补充具体举措。' })).toBeVisible();
    await expect(app.editor).toContainText(`进一步${quote}`);

    // Reply, resolve, then delete the text it points at: 原文已删除.
    const again = page.locator('.comment-card', { hasText: '请补充具体举措。' });
    await again.getByRole('button', { name: '回复' }).click();
    await again.locator('textarea').fill('已补充。');
    await again.locator('textarea').press('Control+Enter');
    await expect(again.locator('.comment-reply')).toContainText('已补充。');
    await again.getByRole('button', { name: '已解决' }).click();
    await expect(again).toHaveClass(/resolved/);
    await app.select(quote);
    await page.keyboard.press('Backspace');
    await expect(again.locator('.comment-badge.deleted')).toHaveText('原文已删除');
}

test.describe('修订模式', () => {
  test('typing shows an insertion with the user name; rejecting removes it; a deletion stays struck until accepted', async ({ app, page }) => {
    const track = page.locator('.status-track');
    await expect(track).toHaveText('修订 关');
    await app.caretAt('优化全域创新生态', 'end');
    await page.keyboard.press('Control+Shift+e');
    await expect(track).toHaveText('修订 开');
    await page.keyboard.type('和营商环境');
    const ins = app.editor.locator('ins.suggestion');
    await expect(ins).toHaveCount(1);
    await expect(ins).toHaveText('和营商环境');
    await expect(ins).toHaveAttribute('data-author', TEST_AUTHOR);

    // Backspace strikes the character before, and the next Backspace the one before that: both stay in the text.
    await app.caretAt('全域创新生态');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    const del = app.editor.locator('del.suggestion');
    await expect(del).toHaveCount(1);
    await expect(del).toHaveText('优化');
    await expect(app.editor).toContainText('优化全域创新生态和营商环境');
    await app.shot('review-tracked');

    // 最终状态 hides the deletion; 显示修订 shows it again.
    await page.locator('[data-command="review.viewFinal"]').evaluate((b: HTMLElement) => b.click());
    await expect(del).toBeHidden();
    await page.locator('[data-command="review.viewMarkup"]').evaluate((b: HTMLElement) => b.click());
    await expect(del).toBeVisible();

    // Reject the insertion on its mark: gone from the text.
    await ins.click();
    const popover = page.locator('.suggestion-popover');
    await expect(popover).toContainText(TEST_AUTHOR);
    await popover.getByRole('button', { name: '拒绝' }).click();
    await expect(ins).toHaveCount(0);
    await expect(app.editor).not.toContainText('和营商环境');
    // One undo step brings it back.
    await page.keyboard.press('Control+z');
    await expect(app.editor.locator('ins.suggestion')).toHaveText('和营商环境');

    // The list: grouped by author, F7 steps to a suggestion, 接受所有 settles them all.
    await page.locator('summary', { hasText: '审阅' }).click();
    await page.locator('[data-command="review.panel"]').click();
    const panel = page.getByRole('region', { name: '修订与批注' });
    await expect(panel.locator('.review-author-name')).toContainText(TEST_AUTHOR);
    await expect(panel.locator('.review-item')).toHaveCount(2);
    await app.caretAt('优化全域创新生态');
    await page.keyboard.press('F7');
    await expect(panel.locator('.review-item.current')).toHaveAttribute('data-kind', 'insert');
    await page.keyboard.press('Shift+F7');
    await expect(panel.locator('.review-item.current')).toHaveAttribute('data-kind', 'delete');
    await app.shot('review-list');
    await panel.getByRole('button', { name: '接受所有修订' }).click();
    await expect(app.editor.locator('ins.suggestion, del.suggestion')).toHaveCount(0);
    await expect(app.editor).toContainText('和营商环境');
  });

  test('an input method’s text becomes an insertion with no pinyin left', async ({ app, page }) => {
    const cdp = await page.context().newCDPSession(page);
    await app.caretAt('优化全域创新生态', 'end');
    await page.keyboard.press('Control+Shift+e');
    await compose(cdp, 'quanmian', '全面');
    await compose(cdp, 'tuijin', '推进');
    await expect(app.editor.locator('ins.suggestion')).toHaveText('全面推进');
    await expect(app.editor).not.toContainText('quanmian');
    await expect(app.editor.locator('ins.suggestion')).toHaveAttribute('data-author', TEST_AUTHOR);
  });
});

/** Select from the start of `from` to the end of `to` in the page's text (two blocks), as a drag would. */
async function selectAcross(app: AppPage, from: string, to: string): Promise<void> {
  await app.editor.evaluate(
    async (root, [start, end]) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const find = (needle: string, after: boolean): [Text, number] => {
        const node = nodes.find((n) => (n.nodeValue ?? '').includes(needle));
        if (!node) throw new Error(`text not in the page: ${needle}`);
        const i = node.nodeValue!.indexOf(needle);
        return [node, after ? i + needle.length : i];
      };
      const [a, ai] = find(start, false);
      const [b, bi] = find(end, true);
      (root as HTMLElement).focus();
      document.getSelection()!.setBaseAndExtent(a, ai, b, bi);
      document.dispatchEvent(new Event('selectionchange'));
      await new Promise(requestAnimationFrame);
    },
    [from, to] as const,
  );
}

test.describe('修订 and numbering', () => {
  test('deleting a whole section in 修订模式 renumbers the sections after it in 最终状态 and drops it from the outline; 原始状态 shows the original numbers', async ({ app, page }) => {
    const view = (id: string) => page.locator(`[data-command="review.${id}"]`).evaluate((b: HTMLElement) => b.click());
    const struck = '致力宜居宜业，打造美丽生态新典范';
    const next = app.heading('致力共建共享，打造现代化治理新高地');
    await expect(next).toHaveAttribute('data-number', '（四）');
    await app.caretAt(struck);
    await page.keyboard.press('Control+Shift+e');
    // The section's heading and its one paragraph, struck in one Delete.
    await selectAcross(app, struck, '促进经济社会全面绿色转型。');
    await page.keyboard.press('Delete');
    await expect(app.editor.locator('del.suggestion', { hasText: struck })).toHaveCount(1);
    await expect(app.editor).toContainText('促进经济社会全面绿色转型。');

    // 显示修订: the struck section stays in sight without a number; the sections after it count without it.
    await expect(next).toHaveAttribute('data-number', '（三）');
    await expect(app.editor.locator('.heading', { hasText: struck })).not.toHaveAttribute('data-number');
    await expect(app.sections()).toHaveCount(18);
    await expect(app.sections().filter({ hasText: '致力共建共享' })).toHaveText('（三）致力共建共享，打造现代化治理新高地');
    // The checks read the same final state: the part's 六个方面 now has five sections, and the numbers typed at import are not reported as skipped.
    await expect(app.findings('count-mismatch')).toContainText('应有6项，其后实际有5项');
    await expect(app.findings('numbering-sequence')).toHaveCount(0);
    await app.shot('review-section-struck-markup');

    // 最终状态: the section is not there at all.
    await view('viewFinal');
    await expect(app.editor.locator('.heading', { hasText: struck })).toBeHidden();
    await expect(next).toHaveAttribute('data-number', '（三）');
    await expect(app.sections().filter({ hasText: '致力民生幸福' })).toHaveText('（五）致力民生幸福，打造共同富裕新样板');
    await expect(app.sections().filter({ hasText: '致力宜居宜业' })).toHaveCount(0);
    await app.shot('review-section-struck-final');

    // 原始状态: the original numbers, and the section back in the outline.
    await view('viewOriginal');
    await expect(app.editor.locator('.heading', { hasText: struck })).toHaveAttribute('data-number', '（三）');
    await expect(next).toHaveAttribute('data-number', '（四）');
    await expect(app.sections()).toHaveCount(19);
    await expect(app.sections().filter({ hasText: '致力宜居宜业' })).toHaveText(`（三）${struck}`);
    await app.shot('review-section-struck-original');

    // Accepting it (back in 显示修订) removes the section: the numbers stay as the final state showed them.
    await view('viewMarkup');
    await page.locator('[data-command="review.acceptAll"]').evaluate((b: HTMLElement) => b.click());
    await expect(app.editor).not.toContainText(struck);
    await expect(next).toHaveAttribute('data-number', '（三）');
    await expect(app.sections()).toHaveCount(18);
    // One undo step brings the struck section back.
    await app.editor.focus();
    await page.keyboard.press('Control+z');
    await expect(app.editor.locator('del.suggestion', { hasText: struck })).toHaveCount(1);
    await expect(next).toHaveAttribute('data-number', '（三）');
  });
});

test.describe('用户信息', () => {
  test('the first start asks for name and unit, offering the OS account; versions are signed with the name', async ({ page }) => {
    const host = await startHost(undefined, { identity: false });
    try {
      await page.goto(host.url);
      const dialog = page.getByRole('dialog', { name: '用户信息' });
      await expect(dialog).toBeVisible({ timeout: 30_000 });
      await expect(dialog.getByLabel('姓名')).not.toHaveValue('');
      await app_shot(page, 'review-identity-first-run');
      await dialog.getByLabel('姓名').fill('王起草');
      await dialog.getByLabel('单位').fill('区政府研究室');
      await dialog.getByRole('button', { name: '确定' }).click();
      await expect(dialog).toBeHidden();
      // Kept in the user settings: asked no more.
      await page.reload();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
      await page.waitForTimeout(800);
      await expect(page.getByRole('dialog', { name: '用户信息' })).toHaveCount(0);
      const versions = page.getByRole('region', { name: '版本' });
      await versions.locator('.versions-name').fill('第一稿');
      await versions.locator('.versions-name').press('Enter');
      await expect(versions.locator('.version-meta').first()).toContainText('王起草');
    } finally {
      await host.stop();
    }
  });
});

test('on the first start, what the import noticed is told first, and the name is asked after it, never over it', async ({ page }, info) => {
  const source = join(info.outputDir, '带图片的稿子.md');
  await mkdir(info.outputDir, { recursive: true });
  await writeFile(source, '# 政府工作报告\n\n各位代表：\n\n## 一、过去一年工作回顾\n\n![图](a.png)经济回升向好。\n');
  const host = await startHost(source, { identity: false });
  try {
    await page.goto(host.url);
    const notices = page.getByRole('dialog', { name: '导入时的说明' });
    const identity = page.getByRole('dialog', { name: '用户信息' });
    await expect(notices).toBeVisible({ timeout: 30_000 });
    await expect(notices).toContainText('1 张图片');
    await page.waitForTimeout(500);
    await expect(identity).toHaveCount(0);
    await notices.getByRole('button', { name: '确定' }).click();
    await expect(identity).toBeVisible();
    await expect(notices).toHaveCount(0);
    // The name offered is selected, ready to be typed over.
    const offered = await identity.getByLabel('姓名').inputValue();
    expect(await identity.getByLabel('姓名').evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, offered.length]);
  } finally {
    await host.stop();
  }
});

async function app_shot(page: Page, name: string): Promise<void> {
  await new AppPage(page).shot(name);
}

test.describe('a .docx marked up in Word', () => {
  test('shows its reviewers’ changes and comments', async ({ page }, info) => {
    const D1 = '2026-03-01T08:00:00Z';
    const D2 = '2026-03-02T09:30:00Z';
    const body = [
      wp(r('政府工作报告')),
      wp(r('各位代表：')),
      wp(r('一、过去一年工作回顾')),
      wp(r('全年地区生产总值增长'), wdel(1, '甲', D1, '6%'), wins(2, '乙', D2, '5.5%'), r('，'), cstart(0), r('城镇新增就业1.2万人'), cend(0), r('。')),
    ].join('');
    const comments = commentsXml([
      { id: 0, author: '王五', initials: 'WW', date: D1, text: '请核实就业数。', paraId: '0A000001' },
      { id: 1, author: '李四', initials: 'LS', date: D2, text: '已核实。', paraId: '0A000002' },
    ]);
    const extended = extendedXml([{ paraId: '0A000001' }, { paraId: '0A000002', parent: '0A000001' }]);
    const file = join(info.outputDir, '审阅稿.docx');
    await import('node:fs/promises').then((fs) => fs.mkdir(info.outputDir, { recursive: true }));
    await writeFile(file, await buildDocx({ body, comments, extended }));
    const host = await startHost(file);
    try {
      const app = await AppPage.open(page, host.url);
      // The import notice says what was kept.
      const notice = page.getByRole('dialog');
      if (await notice.isVisible()) await notice.getByRole('button').first().click();
      await expect(app.editor.locator('del.suggestion')).toHaveText('6%');
      await expect(app.editor.locator('del.suggestion')).toHaveAttribute('data-author', '甲');
      await expect(app.editor.locator('ins.suggestion')).toHaveText('5.5%');
      await expect(app.editor.locator('ins.suggestion')).toHaveAttribute('data-author', '乙');
      // The range may be cut by other marks (a figure): its pieces read as the commented text.
      expect((await app.editor.locator('.comment-range').allTextContents()).join('')).toBe('城镇新增就业1.2万人');
      const card = page.locator('.comment-card', { hasText: '请核实就业数。' });
      await expect(card.locator('.comment-author').first()).toHaveText('王五');
      await expect(card.locator('.comment-reply')).toContainText('李四');
      await expect(card.locator('.comment-reply')).toContainText('已核实。');
      await app.shot('review-docx-import');
    } finally {
      await host.stop();
    }
  });
});
