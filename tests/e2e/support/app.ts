/**
 * The test fixture: a fresh browser host with the real report, a page on it
 * once the report is loaded, and helpers that act as a user would (place the
 * caret in a given piece of text, read the outline and the findings).
 */
import { test as base, expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, startHost, type RunningHost } from './host.js';

export const SHOTS = join(REPO, 'test-results');

export class AppPage {
  readonly editor: Locator;
  readonly outline: Locator;
  readonly checks: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('[aria-label="正文"]');
    this.outline = page.locator('nav[aria-label="大纲"]');
    this.checks = page.locator('[role="region"][aria-label="检查结果"]');
  }

  /** Open the app at `url` (a host's address) and wait until its document is loaded. */
  static async open(page: Page, url: string): Promise<AppPage> {
    await page.goto(url);
    await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    return new AppPage(page);
  }

  /** Open the app on the real report (its outline shows the 19 sections). */
  static async openReport(page: Page, url: string): Promise<AppPage> {
    const app = await AppPage.open(page, url);
    await expect(app.sections()).toHaveCount(19);
    return app;
  }

  sections(): Locator {
    return this.outline.locator('.outline-line[data-level="2"]');
  }

  parts(): Locator {
    return this.outline.locator('.outline-line[data-level="1"]');
  }

  findings(rule?: string): Locator {
    return this.checks.locator(rule ? `[data-rule="${rule}"]` : '[data-rule]');
  }

  /** The editor's heading element whose text (without its number) is `title`. */
  heading(title: string): Locator {
    return this.editor.locator('.heading', { hasText: title }).filter({ hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  /**
   * Put the caret at the start (or end) of the first occurrence of `text` in
   * the page's text. ProseMirror takes a DOM selection on `selectionchange`,
   * which the browser sends a little later; it is sent here at once, so that
   * nothing the page does in between (a transaction, a focus) can put the
   * old selection back before ProseMirror has read the new one. Then one
   * frame, in which the toolbar and the status bar follow the cursor.
   */
  async caretAt(text: string, where: 'start' | 'end' = 'start'): Promise<void> {
    await this.editor.evaluate(
      async (root, [needle, end]) => {
        // The text may be cut into several text nodes by decorations (a figure's span, a finding's mark).
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const all = nodes.map((n) => n.nodeValue ?? '').join('');
        const i = all.indexOf(needle);
        if (i < 0) throw new Error(`text not in the page: ${needle}`);
        let at = end ? i + needle.length : i;
        let k = 0;
        // An offset at a node's end belongs to that node at the start, to the next at the end.
        while (at > nodes[k].length || (!end && at === nodes[k].length && k + 1 < nodes.length)) at -= nodes[k++].length;
        (root as HTMLElement).focus();
        document.getSelection()!.collapse(nodes[k], at);
        document.dispatchEvent(new Event('selectionchange'));
        await new Promise(requestAnimationFrame);
      },
      [text, where === 'end'] as const,
    );
  }

  /** Select the first occurrence of `text` in one text node of the page, as a drag would (then one frame, as caretAt). */
  async select(text: string): Promise<void> {
    await this.editor.evaluate(
      async (root, needle) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = (node.nodeValue ?? '').indexOf(needle);
          if (i < 0) continue;
          (root as HTMLElement).focus();
          document.getSelection()!.setBaseAndExtent(node, i, node, i + needle.length);
          document.dispatchEvent(new Event('selectionchange'));
          await new Promise(requestAnimationFrame);
          return;
        }
        throw new Error(`text not in the page: ${needle}`);
      },
      text,
    );
  }

  async shot(name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }
}

/** An input method composing `pinyin` letter by letter, then committing `committed` (Chrome DevTools Protocol). */
export async function compose(cdp: CDPSession, pinyin: string, committed: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: committed });
}

export const test = base.extend<{ host: RunningHost; app: AppPage }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = await AppPage.openReport(page, host.url);
    await use(app);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
});

export { expect };
