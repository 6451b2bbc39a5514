/**
 * The browser host's page address and reload (issue 13 item 6). The address
 * names the document shown (…?token=…&doc=PATH): the host prints it so at
 * start, and after 打开 or 另存为 the page puts the new file's path there
 * (history.replaceState, no navigation), so a reload, or the address opened
 * again, opens that document and not the one the host started with; the host
 * resolves PATH only inside its allowed folders. Leaving or reloading the page
 * with unsaved changes asks first (beforeunload; the browser words the
 * question itself).
 */
import type { DocumentSession } from './session.js';

export const DOC_PARAM = 'doc';

/** The document the address names, if any. */
export function documentInAddress(): string | null {
  return new URLSearchParams(window.location.search).get(DOC_PARAM);
}

function showInAddress(path: string | undefined): void {
  const url = new URL(window.location.href);
  if (path) url.searchParams.set(DOC_PARAM, path);
  else url.searchParams.delete(DOC_PARAM);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function installWebAddress(session: DocumentSession): void {
  session.listeners.add((event) => {
    // A document without a file (新建, an import) leaves the address naming none: a reload then starts afresh.
    if (event.type === 'saved') showInAddress(event.info.path);
    else showInAddress('info' in event.opened ? event.opened.info.path : event.opened.path);
  });
  window.addEventListener('beforeunload', (event) => {
    if (!session.dirty) return;
    event.preventDefault();
    // Older Chromium asks only when returnValue is set.
    event.returnValue = '';
  });
}
