/**
 * The request target of a request to the browser host (the path and query of
 * "GET /api/events?token=… HTTP/1.1"), read without the WHATWG URL parser.
 *
 * `new URL(req.url, base)` throws on targets Node's HTTP parser lets through
 * ("//", "//[", "http://[", "http://x:-1/"), and a throw there once took the
 * whole host down before any token check. The page only ever sends
 * origin-form targets of printable ASCII: one "/" and a path, maybe a query.
 * Anything else (authority-form "//host", absolute-form "http://…", "*",
 * backslashes, a fragment, a path whose percent-escapes do not decode) is not
 * a request this host serves, and is answered 400.
 */

export interface RequestTarget {
  /** The path as sent (percent-escapes not decoded; the static resolver decodes). */
  pathname: string;
  query: URLSearchParams;
}

/** Longer than any address the page builds (its longest is the event stream with its token). */
const MAX_TARGET = 4096;
/** Printable ASCII without the backslash (which URL parsers read as "/") and "#" (browsers never send a fragment). */
const TARGET_CHARS = /^[\x21-\x5b\x5d-\x7e]+$/;

export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (!raw || raw.length > MAX_TARGET || !TARGET_CHARS.test(raw) || raw.includes('#')) return null;
  if (raw[0] !== '/' || raw[1] === '/') return null;
  const mark = raw.indexOf('?');
  const pathname = mark < 0 ? raw : raw.slice(0, mark);
  try {
    decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // URLSearchParams reads a malformed escape ("%zz") as itself: it never throws.
  return { pathname, query: new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1)) };
}
