/**
 * The Content Security Policy of the page, the same in Electron (app://) and
 * in the browser host: only the app's own scripts (no inline script, no eval),
 * no inline style elements or attributes (the page styles elements through
 * the CSSOM, which CSP does not restrict), no plugins, no frames, no form
 * posts, no base-URL tricks. The page's own <meta> policy may narrow this
 * further; both apply.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
