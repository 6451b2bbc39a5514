import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longReport } from '../support/corpus.js';
import { AppPage, test, expect } from './support/app.js';
import { startHost } from './support/host.js';

test.describe('the window', () => {
  test('the page is set as GB/T 9704: 156 mm text block, 16 pt body, fixed line height, 2-character indent', async ({ app }) => {
    const metrics = await app.editor.evaluate((el) => {
      const para = el.querySelector('section.section > p')!;
      const title = el.querySelector('h1.title')!;
      const part = el.querySelector('h2.level1')!;
      const section = el.querySelector('h3.level2')!;
      const css = (node: Element, prop: string) => getComputedStyle(node).getPropertyValue(prop);
      return {
        width: el.getBoundingClientRect().width,
        fontSize: css(para, 'font-size'),
        lineHeight: css(para, 'line-height'),
        indent: css(para, 'text-indent'),
        body: css(para, 'font-family'),
        titleSize: css(title, 'font-size'),
        titleAlign: css(title, 'text-align'),
        part: css(part, 'font-family'),
        section: css(section, 'font-family'),
      };
    });
    const mm = 96 / 25.4;
    expect(Math.abs(metrics.width - 156 * mm)).toBeLessThan(1);
    expect(parseFloat(metrics.fontSize)).toBeCloseTo((16 * 4) / 3, 2);
    expect(Math.abs(parseFloat(metrics.lineHeight) - (225 * mm) / 22)).toBeLessThan(0.1);
    // Two characters of the 28-character grid (156 mm / 28 each), as the PDF export indents.
    expect(Math.abs(parseFloat(metrics.indent) - ((156 * mm) / 28) * 2)).toBeLessThan(0.05);
    expect(metrics.body).toMatch(/^"?仿宋_GB2312/);
    expect(metrics.body).toContain('Noto Serif CJK SC');
    expect(metrics.part).toMatch(/^"?黑体/);
    expect(metrics.section).toMatch(/^"?楷体_GB2312/);
    expect(parseFloat(metrics.titleSize)).toBeCloseTo((22 * 4) / 3, 2);
    expect(metrics.titleAlign).toBe('center');
  });

  test('the status bar counts 字数 as Word does and follows the cursor', async ({ app, page }) => {
    const words = page.locator('.status-words');
    await expect(words).toHaveText(/^字数：[\d,]+$/);
    const before = Number((await words.textContent())!.replace(/\D/g, ''));
    await app.caretAt('优化全域创新生态', 'end');
    await expect(page.locator('.status-place')).toHaveText('三、2022年工作安排 › （二）实施创新动能提升行动');
    await page.keyboard.type('ABC 12');
    await expect(words).toHaveText(`字数：${(before + 2).toLocaleString('zh-CN')}`);
    await expect(page.locator('.status-save')).toHaveText('未保存');
  });

  test('zoom in and out with Ctrl+= and Ctrl+-, back with Ctrl+0', async ({ app, page }) => {
    await app.caretAt('优化全域创新生态');
    const width = async () => (await app.editor.boundingBox())!.width;
    const normal = await width();
    await page.keyboard.press('Control+=');
    await expect(page.locator('.status-zoom')).toHaveText('110%');
    expect((await width()) / normal).toBeCloseTo(1.1, 1);
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await expect(page.locator('.status-zoom')).toHaveText('90%');
    // Clicking into zoomed text still places the caret where clicked.
    const target = app.editor.locator('strong', { hasText: '优化全域创新生态' });
    await target.click({ position: { x: 2, y: 10 } });
    await page.keyboard.type('Z');
    await expect(app.editor.locator('p', { hasText: 'Z优化全域创新生态' })).toHaveCount(1);
    await page.keyboard.press('Control+0');
    await expect(page.locator('.status-zoom')).toHaveText('100%');
    await app.shot('zoom-90');
  });

  test('English switch relabels the window; the text area keeps working', async ({ app, page }) => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('nav[aria-label="Outline"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Heading 2 (Section)' })).toBeVisible();
    await expect(page.locator('[aria-label="Body text"]')).toBeVisible();
    await expect(page.locator('.status-words')).toHaveText(/^Words: /);
    await expect(page.locator('.status-save')).toHaveText('Not saved to a file yet');
    await app.shot('english');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(app.outline).toBeVisible();
    await expect(app.editor).toBeVisible();
  });

  test('insert a glossary entry from a selected term', async ({ app, page }) => {
    await app.caretAt('全域超级孵化器');
    await page.keyboard.down('Shift');
    for (let i = 0; i < '全域超级孵化器'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    await page.getByRole('toolbar').getByRole('button', { name: '名词解释', exact: true }).click();
    // Entries follow the order of first use in the body, so the new one is not last: the others renumber.
    await expect(app.editor.locator('.glossary-entry')).toHaveCount(23);
    const entry = app.editor.locator('.glossary-entry').filter({ has: page.locator('.glossary-term', { hasText: /^全域超级孵化器$/ }) });
    await expect(entry).toHaveCount(1);
    await expect(app.editor.locator('.glossary-entry').last()).toHaveAttribute('data-number', '23.');
    await page.keyboard.type('以全域为载体的孵化体系。');
    await expect(entry.locator('.glossary-definition')).toHaveText('以全域为载体的孵化体系。');
    await app.shot('glossary-inserted');
  });
});

test.describe('long reports', () => {
  test('parts and sections off screen are skipped by rendering, with estimated heights close to the real ones', async ({ app, page }) => {
    const skippedAtStart = await app.editor.evaluate((el) =>
      [...el.querySelectorAll('section.section')].filter((s) => !s.checkVisibility({ contentVisibilityAuto: true })).length,
    );
    // The window shows the beginning of the report; most of its 19 sections are not rendered.
    expect(skippedAtStart).toBeGreaterThan(10);

    // Each section's estimated height (what a skipped section takes), then its real height once scrolled into view.
    const heights = await app.editor.evaluate(async (el) => {
      const frame = () => new Promise(requestAnimationFrame);
      const out: { skipped: boolean; estimated: number; shown: number; real: number }[] = [];
      for (const s of el.querySelectorAll<HTMLElement>('section.section')) {
        const skipped = !s.checkVisibility({ contentVisibilityAuto: true });
        const estimated = parseFloat(getComputedStyle(s).containIntrinsicBlockSize.replace('auto', ''));
        const shown = s.getBoundingClientRect().height;
        s.scrollIntoView({ block: 'start' });
        await frame();
        await frame();
        out.push({ skipped, estimated, shown, real: s.getBoundingClientRect().height });
      }
      return out;
    });
    for (const h of heights.filter((x) => x.skipped)) expect(Math.abs(h.shown - h.estimated)).toBeLessThan(1);
    expect(heights).toHaveLength(19);
    const total = (key: 'estimated' | 'real') => heights.reduce((sum, h) => sum + h[key], 0);
    expect(total('estimated') / total('real')).toBeGreaterThan(0.93);
    expect(total('estimated') / total('real')).toBeLessThan(1.07);
    for (const h of heights) expect(Math.abs(h.estimated - h.real) / h.real).toBeLessThan(0.2);

    // The caret in the last section: typing there works like anywhere else.
    await app.caretAt('名词解释', 'start');
    await app.caretAt('构建舒适便捷生活空间。', 'end');
    await page.keyboard.type('再加一句。');
    await expect(app.editor.locator('p', { hasText: '构建舒适便捷生活空间。再加一句。' })).toHaveCount(1);
    // The 主要预期目标 mark in the margin is not clipped by the section's containment.
    await app.editor.locator('p.target-summary').scrollIntoViewIfNeeded();
    await app.shot('target-summary-mark');
  });

  test('on a report of 100,000 characters, a keystroke is drawn in one frame and nothing asks for more frames after it', async ({ browser }) => {
    // A frame asked for after each keystroke makes the next one wait for the
    // frame clock. The outline's lines did that as links to web addresses:
    // Chromium watched them with a delayed intersection observer, once the
    // outline no longer fitted the window. Chromium decides per page load
    // whether it watches the links: two loads, each on its own host.
    const dir = await mkdtemp(join(tmpdir(), 'caogao-e2e-long-'));
    try {
      const file = join(dir, 'long.txt');
      writeFileSync(file, longReport(100_000).text);
      for (const load of [1, 2]) {
        const host = await startHost(file);
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        try {
          const app = await AppPage.open(page, host.url);
          await expect.poll(() => app.sections().count()).toBeGreaterThan(60);
          await app.caretAt('构建舒适便捷生活空间。', 'end');
          for (let i = 0; i < 5; i++) await page.keyboard.press('x');
          await page.waitForTimeout(1000);
          await browser.startTracing(page, { categories: ['blink', 'devtools.timeline'] });
          // A fast typist: a key every 60 ms or so, sooner than the 100 ms such an observer waits between two looks.
          const KEYS = 30;
          for (let i = 0; i < KEYS; i++) {
            await page.keyboard.press('abcdefghij'[i % 10]);
            await page.waitForTimeout(60);
          }
          type TraceEvent = { name: string; pid: number; args?: { data?: { type?: string } } };
          const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
          const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
          expect(keydowns).toHaveLength(KEYS);
          const frames = events.filter((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame' && e.pid === keydowns[0].pid).length;
          const what = `frames drawn for ${KEYS} keystrokes, page load ${load}`;
          // At least one frame per two keys (a slow machine may draw two keys in one frame): the trace did see the frames.
          expect(frames, what).toBeGreaterThanOrEqual(KEYS / 2);
          expect(frames, what).toBeLessThanOrEqual(KEYS + 5);
        } finally {
          await page.close();
          await host.stop();
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('Ctrl+End and Ctrl+Home reach the ends of the report though they are not rendered', async ({ app, page }) => {
    const text = () => app.editor.evaluate((el) => el.textContent!);
    await app.caretAt('构建舒适便捷生活空间。', 'end');
    await expect.poll(() => app.editor.evaluate((el) => el.querySelector('section.annex > p')!.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('末尾');
    expect(await text()).toMatch(/医疗设备。末尾$/);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('开头');
    expect(await text()).toMatch(/^开头政府工作报告/);
    await app.caretAt('构建舒适便捷生活空间。', 'end');
    await page.keyboard.press('Shift+Control+End');
    await page.keyboard.press('Delete');
    expect(await text()).toMatch(/构建舒适便捷生活空间。$/);
  });
});
