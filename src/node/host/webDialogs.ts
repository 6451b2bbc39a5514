/**
 * The browser host's file dialogs, shown by the page (issue 13 item 6). The
 * services ask as they ask Electron's native dialogs (chooseOpen, chooseSave);
 * here that becomes a host event `{type: 'dialog'}` to the page, which shows
 * its own dialog, lists folders through dialogList and answers through
 * dialogAnswer. Only the folders the host was allowed (AllowedRoots: the
 * document's folder at start and every --root) can be listed, read or written,
 * and the page names them by root and folder names, which are checked here.
 *
 * Nothing picks a name on the user's behalf: a file that exists is replaced
 * only when the user said so (the page asks, then answers with `overwrite`).
 * One dialog is open at a time; a new one, or no page listening, cancels the
 * one before (its save answers `cancelled`).
 */
import { extname } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import { displayName } from '../../core/format/displayText.js';
import type { ApiArg, DialogRequest, FolderListing, FolderRef, HostEvent } from '../../shared/api.js';
import type { Dialogs, PageDialogPort } from '../services.js';
import { IMPORTABLE, OPENABLE } from './backend.js';
import { randomKey } from './handles.js';
import type { AllowedRoots } from './roots.js';

interface Pending {
  request: DialogRequest;
  start: FolderRef;
  done(path: string | null): void;
}

export class PageDialogs implements Dialogs, PageDialogPort {
  private pending: Pending | null = null;
  private last: FolderRef = { root: 0, path: [] };
  /** Sends an event to the page; false when no page listens. */
  private send: (event: HostEvent) => boolean = () => false;

  constructor(readonly roots: AllowedRoots) {}

  /** Attach to the host once it runs. */
  connect(send: (event: HostEvent) => boolean): void {
    this.send = send;
  }

  chooseOpen(purpose: 'open' | 'import' | 'compare'): Promise<string | null> {
    return this.ask({ mode: 'open', purpose, suggestedName: '', extensions: purpose === 'import' ? IMPORTABLE : OPENABLE }, null);
  }

  chooseSave({ purpose, format, suggestedName, defaultDir }: Parameters<Dialogs['chooseSave']>[0]): Promise<string | null> {
    return this.ask({ mode: 'save', purpose, suggestedName, extensions: [`.${format}`] }, defaultDir);
  }

  private async ask(request: Omit<DialogRequest, 'id'>, defaultDir: string | null): Promise<string | null> {
    const start = (defaultDir && (await this.roots.locate(defaultDir))) || this.last;
    this.pending?.done(null);
    const id = `d${randomKey(16)}`;
    return new Promise((resolve) => {
      const pending: Pending = {
        request: { ...request, id },
        start,
        done: (path) => {
          if (this.pending === pending) this.pending = null;
          resolve(path);
        },
      };
      this.pending = pending;
      if (!this.send({ type: 'dialog', request: pending.request })) pending.done(null);
    });
  }

  private current(id: string): Pending {
    if (!this.pending || this.pending.request.id !== id) throw new CaogaoError('dialog-gone');
    return this.pending;
  }

  async list({ id, folder }: ApiArg<'dialogList'>): Promise<FolderListing> {
    const { start, request } = this.current(id);
    if (folder) return this.roots.list(folder, request.extensions);
    // The folder to start in may have gone since: then the first allowed folder.
    return this.roots.list(start, request.extensions).catch(() => this.roots.list({ root: 0, path: [] }, request.extensions));
  }

  async answer({ id, choice }: ApiArg<'dialogAnswer'>): Promise<void> {
    const pending = this.current(id);
    if (!choice) return pending.done(null);
    const { request } = pending;
    let name = choice.name;
    if (request.mode === 'save') {
      // The name gets the format's extension when it has not got it (报告 → 报告.caogao), as Word's dialog does.
      const ext = request.extensions[0];
      if (name.trim() && !name.toLowerCase().endsWith(ext)) name += ext;
      const target = await this.roots.file(choice.folder, name);
      if (target.exists && !choice.overwrite) throw new CaogaoError('dialog-exists', { name: displayName(name) });
      this.last = choice.folder;
      return pending.done(target.path);
    }
    if (!request.extensions.includes(extname(name).toLowerCase())) {
      throw new CaogaoError('dialog-wrong-type', { name: displayName(name), types: request.extensions.join(' ') });
    }
    const target = await this.roots.file(choice.folder, name);
    if (!target.exists) throw new CaogaoError('dialog-not-file', { path: displayName(name) });
    this.last = choice.folder;
    pending.done(target.path);
  }

  existingFile(path: string): Promise<string> {
    return this.roots.existingFile(path);
  }
}
