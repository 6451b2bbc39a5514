/**
 * The app:// protocol: serves the built renderer (out/renderer) with the
 * page's Content Security Policy on every HTML response. The scheme must be
 * declared privileged before the app is ready; the handler is installed on
 * the session after.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { contentTypeOf, resolveStatic } from '../node/host/staticFiles.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { APP_HOST, APP_SCHEME } from './origin.js';

export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveApp(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST && request.method === 'GET' ? await resolveStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    const type = contentTypeOf(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    return new Response(await readFile(file), { status: 200, headers });
  });
}
