/**
 * The Content Security Policy of the page, the same in Electron (app://) and
 * in the browser host: only the app's own scripts (no inline script, no eval),
 * no inline style elements or attributes (the page styles elements through
 * the CSSOM, which CSP does not restrict), no plugins, no frames, no form
 * posts, no base-URL tricks. src/renderer/index.html carries the same
 * policy in a <meta> (without frame-ancestors, which a <meta> cannot set),
 * so the page is as strict when opened some other way.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
