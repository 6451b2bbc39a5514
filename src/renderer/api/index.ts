/**
 * How the renderer reaches its host. In Electron the preload has put
 * `window.caogaoBridge` in place; in the browser host (`caogao web`) there is
 * none, and the HTTP client is used with the token from the page's URL
 * (?token=…, kept in sessionStorage so a reload still works).
 *
 *   import { getApi } from './api';
 *   const doc = await getApi().openHandle({ handle });
 *
 * `window.caogao` is set to the same client for end-to-end tests and the console.
 */
import type { CaogaoBridge } from '../../shared/api.js';
import { clientFor, type Client } from './client.js';
import { createHttpBridge } from './httpBridge.js';

export { ApiError, type Client } from './client.js';

declare global {
  interface Window {
    caogaoBridge?: CaogaoBridge;
    caogao?: Client;
  }
}

const TOKEN_KEY = 'caogao.token';

function tokenFromPage(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let client: Client | undefined;

export function getApi(): Client {
  if (!client) {
    const bridge = window.caogaoBridge ?? createHttpBridge({ origin: window.location.origin, token: tokenFromPage() });
    client = clientFor(bridge);
    window.caogao = client;
  }
  return client;
}
