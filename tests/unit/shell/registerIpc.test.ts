import { describe, expect, it, vi } from 'vitest';
import { apiMethods, apiSchemas, channelOf, type CaogaoApi, type Envelope } from '../../../src/shared/api.js';
import { registerIpc, type IpcRegistry } from '../../../src/shared/registerIpc.js';
import { CaogaoError } from '../../../src/core/errors.js';
import { makeFixture } from './fixtures.js';

interface FakeEvent {
  url: string;
}

/** A Map-backed stand-in for ipcMain: handle() registers, invoke() calls as a renderer would. */
class MapRegistry implements IpcRegistry<FakeEvent> {
  readonly handlers = new Map<string, (event: FakeEvent, ...args: unknown[]) => unknown>();

  handle(channel: string, listener: (event: FakeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`channel ${channel} registered twice`);
    this.handlers.set(channel, listener);
  }

  async invoke(channel: string, event: FakeEvent, ...args: unknown[]): Promise<Envelope<unknown>> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler(event, ...args)) as Envelope<unknown>;
  }
}

const trusted: FakeEvent = { url: 'app://caogao/index.html' };
const stranger: FakeEvent = { url: 'https://example.com/' };
const isTrustedSender = (event: FakeEvent) => event.url.startsWith('app://caogao/');

/** Services whose every method records its argument and answers with the method's name. */
function recordingServices(): { services: CaogaoApi; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const services = Object.fromEntries(
    apiMethods.map((m) => [
      m,
      async (arg: unknown) => {
        calls.push([m, arg]);
        return m;
      },
    ]),
  ) as unknown as CaogaoApi;
  return { services, calls };
}

describe('registerIpc', () => {
  it('wires every method of the contract to its own channel, and nothing else', () => {
    const ipc = new MapRegistry();
    registerIpc(ipc, recordingServices().services, { isTrustedSender });
    expect([...ipc.handlers.keys()].sort()).toEqual(apiMethods.map(channelOf).sort());
    expect(apiMethods.length).toBe(Object.keys(apiSchemas).length);
  });

  it('wires the real Node services: each channel reaches a method that exists', async () => {
    const { services } = await makeFixture();
    for (const method of apiMethods) expect(typeof services[method], method).toBe('function');
    const ipc = new MapRegistry();
    registerIpc(ipc, services, { isTrustedSender });
    const info = await ipc.invoke(channelOf('appInfo'), trusted);
    expect(info).toEqual({ ok: true, value: { name: 'Caogao', version: '0.1.0', platform: 'linux', lang: 'zh', host: 'web', userName: expect.any(String) } });
    const settings = await ipc.invoke(channelOf('settingsSet'), trusted, { lang: 'en', zoom: 1.25 });
    expect(settings.ok && settings.value).toMatchObject({ lang: 'en', zoom: 1.25 });
  });

  it('passes a well-formed payload through to the service, for every method', async () => {
    const ipc = new MapRegistry();
    const { services, calls } = recordingServices();
    registerIpc(ipc, services, { isTrustedSender });
    const handle = 'h0123456789abcdef';
    const file = { format: 'caogao', version: 1, doc: { type: 'doc', content: [] }, versions: [], settings: {} };
    const good: Record<string, unknown> = {
      openHandle: { handle },
      openUpload: { name: 'a.txt', dataBase64: 'YQ==' },
      newFromTemplate: { templateId: 'blank' },
      save: { handle, file },
      saveAs: { handle, file, suggestedName: '报告' },
      exportDocument: { file, format: 'docx' },
      exportComparison: { old: { file, name: '第一稿' }, new: { file, name: '当前稿' }, format: 'pdf' },
      journalWrite: { handle, file },
      journalClear: { handle },
      settingsSet: { zoom: 2 },
      reportState: { handle: null, dirty: true },
      dialogList: { id: 'd0123456789abcdef', folder: { root: 0, path: ['2026'] } },
      dialogAnswer: { id: 'd0123456789abcdef', choice: { folder: { root: 0, path: [] }, name: '报告.caogao' } },
      openLocation: { path: '/tmp/报告.caogao' },
    };
    for (const method of apiMethods) {
      const result = await ipc.invoke(channelOf(method), trusted, good[method]);
      expect(result, method).toEqual({ ok: true, value: method });
    }
    expect(calls.map(([m]) => m)).toEqual(apiMethods);
  });

  it('refuses a payload of the wrong shape without calling the service', async () => {
    const ipc = new MapRegistry();
    const { services, calls } = recordingServices();
    registerIpc(ipc, services, { isTrustedSender });
    const bad: [string, unknown][] = [
      ['openHandle', { handle: '/etc/passwd' }],
      ['openHandle', { path: '/etc/passwd' }],
      ['dialogList', { id: 'd0123456789abcdef', folder: { root: 0, path: '../..' } }],
      ['dialogAnswer', { id: '../x', choice: null }],
      ['save', { handle: 'h0123456789abcdef', file: { format: 'word' } }],
      ['exportDocument', { file: {}, format: 'exe' }],
      ['settingsSet', { zoom: 'big' }],
      ['settingsSet', { evil: true }],
      ['appInfo', { unexpected: 1 }],
      ['newFromTemplate', { templateId: '../../etc/passwd' }],
    ];
    for (const [method, payload] of bad) {
      const result = await ipc.invoke(`caogao:${method}`, trusted, payload);
      expect(result.ok, `${method} ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('api-bad-request');
    }
    const extraArgs = await ipc.invoke(channelOf('recentList'), trusted, undefined, 'more');
    expect(extraArgs.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses a sender that is not the app page', async () => {
    const ipc = new MapRegistry();
    const { services, calls } = recordingServices();
    const check = vi.fn(isTrustedSender);
    registerIpc(ipc, services, { isTrustedSender: check });
    const result = await ipc.invoke(channelOf('recentList'), stranger);
    expect(result).toMatchObject({ ok: false, error: { code: 'api-untrusted-sender' } });
    expect(check).toHaveBeenCalledWith(stranger);
    expect(calls).toEqual([]);
  });

  it('turns a CaogaoError into its code and both messages, and anything else into an internal error', async () => {
    const ipc = new MapRegistry();
    const { services } = recordingServices();
    services.openHandle = async () => {
      throw new CaogaoError('api-unknown-handle');
    };
    services.recentList = async () => {
      throw new TypeError('boom');
    };
    registerIpc(ipc, services, { isTrustedSender });
    const unknown = await ipc.invoke(channelOf('openHandle'), trusted, { handle: 'h0123456789abcdef' });
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'api-unknown-handle', message: { zh: '该文档已不可用，请重新打开。', en: 'That document is no longer available; please open it again.' } },
    });
    const internal = await ipc.invoke(channelOf('recentList'), trusted);
    expect(internal).toMatchObject({ ok: false, error: { code: 'api-internal' } });
    if (!internal.ok) expect(internal.error.message.en).toContain('boom');
  });
});
