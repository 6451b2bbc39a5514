/** The real clipboard of the page, for Ctrl+V: each MIME type with its text. */
import type { Page } from '@playwright/test';

export async function putOnClipboard(page: Page, items: Record<string, string>): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate(async (data) => {
    const w = globalThis as unknown as { ClipboardItem: new (items: Record<string, unknown>) => unknown; navigator: { clipboard: { write(items: unknown[]): Promise<void> } }; Blob: new (parts: string[], o: { type: string }) => unknown };
    const entries: Record<string, unknown> = {};
    for (const [type, value] of Object.entries(data)) entries[type] = new w.Blob([value], { type });
    await w.navigator.clipboard.write([new w.ClipboardItem(entries)]);
  }, items);
}
