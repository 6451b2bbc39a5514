import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsFromArgv } from '../../../src/main/argv.js';
import { isAppUrl } from '../../../src/main/origin.js';
import { trustedSender } from '../../../src/main/security.js';
import { DEFAULT_WINDOW, fitToScreens, loadWindowState, saveWindowState } from '../../../src/main/windowState.js';
import { HostEventQueue } from '../../../src/shared/eventQueue.js';
import type { HostEvent } from '../../../src/shared/api.js';
import { makeFixture } from './fixtures.js';

describe('documents on the command line', () => {
  it('keeps reports and drafts, skips the app path, options and other files, and resolves against the working folder', () => {
    const argv = ['/opt/electron', '.', '--inspect', 'templates/sample.caogao', '/tmp/初稿.TXT', 'notes.pdf', '草稿.docx'];
    expect(documentsFromArgv(argv, '/home/u')).toEqual([join('/home/u', 'templates/sample.caogao'), '/tmp/初稿.TXT', join('/home/u', '草稿.docx')]);
  });
});

describe('the app origin', () => {
  it('accepts app://caogao only', () => {
    expect(isAppUrl('app://caogao/index.html')).toBe(true);
    expect(isAppUrl('app://caogao.evil/index.html')).toBe(false);
    expect(isAppUrl('https://caogao/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('the IPC sender check', () => {
  const contents = {};
  const win = { isDestroyed: () => false, webContents: contents };
  const check = trustedSender(() => win as never);
  const event = (sender: unknown, frame: unknown) => ({ sender, senderFrame: frame }) as never;

  it('accepts the main frame of our window on the app page', () => {
    expect(check(event(contents, { parent: null, url: 'app://caogao/index.html' }))).toBe(true);
  });

  it('refuses another page, a subframe, another web contents, a gone frame', () => {
    expect(check(event(contents, { parent: null, url: 'https://example.com/' }))).toBe(false);
    expect(check(event(contents, { parent: {}, url: 'app://caogao/index.html' }))).toBe(false);
    expect(check(event({}, { parent: null, url: 'app://caogao/index.html' }))).toBe(false);
    expect(check(event(contents, null))).toBe(false);
  });
});

describe('window state', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };

  it('keeps a position on a screen and drops one that is off every screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(fitToScreens(saved, [screen])).toEqual(saved);
    expect(fitToScreens({ ...saved, x: 2500 }, [screen])).toEqual({ width: 1200, height: 800, maximized: false });
    expect(fitToScreens({ ...saved, x: 2500 }, [screen, { x: 1920, y: 0, width: 1920, height: 1080 }]).x).toBe(2500);
  });

  it('is remembered across runs, and a damaged file gives the default', async () => {
    const f = await makeFixture();
    expect(await loadWindowState(f.dataDir)).toEqual(DEFAULT_WINDOW);
    await saveWindowState(f.dataDir, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(await loadWindowState(f.dataDir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
});

describe('host event queue', () => {
  it('keeps events until the page listens, then delivers them in order, and later ones at once', () => {
    const queue = new HostEventQueue();
    const seen: HostEvent[] = [];
    queue.push({ type: 'open', handle: 'h0123456789abcdef' });
    queue.push({ type: 'command', command: 'file.save' });
    const stop = queue.subscribe((e) => seen.push(e));
    queue.push({ type: 'command', command: 'edit.undo' });
    expect(seen).toEqual([
      { type: 'open', handle: 'h0123456789abcdef' },
      { type: 'command', command: 'file.save' },
      { type: 'command', command: 'edit.undo' },
    ]);
    stop();
    queue.push({ type: 'command', command: 'help.about' });
    const later: HostEvent[] = [];
    queue.subscribe((e) => later.push(e));
    expect(later).toEqual([{ type: 'command', command: 'help.about' }]);
  });
});
