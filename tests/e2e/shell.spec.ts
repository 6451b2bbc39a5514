/**
 * The shell end to end (issue 3): the browser host opens FILE, the page talks
 * to it through window.caogao, and the host refuses what it must refuse — a
 * call without the token, a payload of the wrong shape — while serving the
 * page with its Content Security Policy, on 127.0.0.1 only.
 */
import type { Client } from '../../src/renderer/api/client.js';
import { test, expect } from './support/app.js';

/** What the page's global scope offers (the tests type-check without the DOM library). */
type PageScope = { caogao: Client; sessionStorage: { getItem(key: string): string | null } };

test.describe('browser host (caogao web)', () => {
  test('opens FILE and answers the page through window.caogao', async ({ app, page, host }) => {
    // The address names the file (&doc=), so opening it again, or a reload, opens that file (issue 13 item 6).
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}&doc=\S+$/);
    const info = await page.evaluate(() => (globalThis as unknown as PageScope).caogao.appInfo());
    expect(info).toMatchObject({ name: 'Caogao', host: 'web', lang: 'zh' });
    const recent = await page.evaluate(() => (globalThis as unknown as PageScope).caogao.recentList());
    expect(recent.map((r) => r.name)).toEqual(['jianghan-2022-report.txt']);
    await expect(app.sections()).toHaveCount(19);
  });

  test('refuses an API call without the token, and a payload of the wrong shape', async ({ app, page }) => {
    expect(app).toBeTruthy();
    const statuses = await page.evaluate(async () => {
      const call = (headers: Record<string, string>, body: unknown) =>
        fetch('/api/openHandle', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const token = (globalThis as unknown as PageScope).sessionStorage.getItem('caogao.token') ?? '';
      const without = await call({}, { arg: { handle: 'h0000000000000000' } });
      const wrongShape = await call({ 'X-Caogao-Token': token }, { arg: { path: '/etc/passwd' } });
      return { without: without.status, wrongShape: await wrongShape.json() };
    });
    expect(statuses.without).toBe(401);
    expect(statuses.wrongShape).toMatchObject({ ok: false, error: { code: 'api-bad-request' } });
  });

  test('serves the page with its Content Security Policy', async ({ app, page, host }) => {
    expect(app).toBeTruthy();
    const response = await page.request.get(host.url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });
});
