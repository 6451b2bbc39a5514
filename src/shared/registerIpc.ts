/**
 * Wiring every method of the contract onto an IPC registry in one loop, the
 * way VS Code generates IPC from a service interface instead of writing it
 * channel by channel. `ipc` is anything with `handle(channel, fn)`: Electron's
 * ipcMain in the app, a Map in the unit test. Each call first checks the
 * sender (a predicate from main: our window, our app:// page), then the
 * payload's shape; a refused call never reaches the services.
 */
import { apiMethods, channelOf, type ApiMethod, type CaogaoApi, type Envelope } from './api.js';
import { dispatch, failure } from './dispatch.js';

export interface IpcRegistry<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

export interface RegisterIpcOptions<E> {
  /** Whether the message comes from a page allowed to call the API (checked on every call). */
  isTrustedSender(event: E): boolean;
}

export function registerIpc<E>(ipc: IpcRegistry<E>, services: CaogaoApi, options: RegisterIpcOptions<E>): ApiMethod[] {
  for (const method of apiMethods) {
    ipc.handle(channelOf(method), async (event: E, ...args: unknown[]): Promise<Envelope<unknown>> => {
      if (!options.isTrustedSender(event)) return failure('api-untrusted-sender', { method });
      if (args.length > 1) return failure('api-bad-request', { method, detail: `${args.length} arguments` });
      return dispatch(services, method, args[0]);
    });
  }
  return apiMethods;
}
