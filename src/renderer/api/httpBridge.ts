/**
 * The browser host's side of the API in the page: each contract method is a
 * POST to /api/<method> carrying the per-run token, and host events arrive as
 * server-sent events from /api/events. It builds the same CaogaoBridge the
 * Electron preload exposes, so the rest of the renderer cannot tell them apart.
 */
import { message } from '../../core/messages/index.js';
import { apiMethods, hostEventSchema, type ApiMethod, type CaogaoBridge, type Envelope, type HostEvent } from '../../shared/api.js';

export const TOKEN_HEADER = 'X-Caogao-Token';

export interface HttpBridgeOptions {
  /** Origin of the host, e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  token: string;
  fetch?: typeof fetch;
  /** The EventSource constructor (injected by tests); events are not delivered without one. */
  EventSource?: typeof EventSource;
}

function transportError(detail: string): Envelope<never> {
  return {
    ok: false,
    error: {
      code: 'host-unreachable',
      message: { zh: message('host-unreachable', 'zh', { detail }), en: message('host-unreachable', 'en', { detail }) },
    },
  };
}

async function call(options: HttpBridgeOptions, method: ApiMethod, arg: unknown): Promise<Envelope<unknown>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${options.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
      // An absent argument is an absent `arg` field (JSON has no undefined).
      body: JSON.stringify(arg === undefined ? {} : { arg }),
    });
  } catch (cause) {
    return transportError(String(cause));
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return transportError(`HTTP ${response.status}`);
  }
}

function subscribe(options: HttpBridgeOptions, listener: (event: HostEvent) => void): () => void {
  const Source = options.EventSource ?? globalThis.EventSource;
  if (!Source) return () => undefined;
  const source = new Source(`${options.origin}/api/events?token=${encodeURIComponent(options.token)}`);
  source.onmessage = (message: { data: string }) => {
    const parsed = hostEventSchema.safeParse(JSON.parse(message.data));
    if (parsed.success) listener(parsed.data);
  };
  return () => source.close();
}

export function createHttpBridge(options: HttpBridgeOptions): CaogaoBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of apiMethods) bridge[method] = (arg: unknown) => call(options, method, arg);
  bridge.onHostEvent = (listener: (event: HostEvent) => void) => subscribe(options, listener);
  return bridge as CaogaoBridge;
}
