/**
 * The page's address. The UI is served from app://caogao/ (a custom, secure,
 * standard scheme) rather than file://, so the page has a real origin, cannot
 * read the disk by URL, and every message's sender can be checked against it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'caogao';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Whether a URL is one of the app's own pages (protocol and host, not a look-alike). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
