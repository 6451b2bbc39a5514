/**
 * Puts read-only into the window (see readOnlyState.ts): the banner under
 * the toolbar, the text not editable (contenteditable off, and a guard that
 * drops any change to the document), editing commands disabled, 保存 turned
 * into 另存为, and restoring a version refused. A save that succeeds, or
 * another document, ends it.
 */
import type { App } from '../app/app.js';
import { onLangChange } from '../app/i18n.js';
import { ReadOnlyBanner } from './banner.js';
import { guardDispatch } from './guard.js';
import { applyReadOnly } from './readOnlyCommands.js';
import { holderAfter } from './readOnlyState.js';
import type { LockHolder } from '../../shared/api.js';

const holders = new WeakMap<App, () => LockHolder | null>();
const refusals = new WeakMap<App, () => void>();

/** Whether the window shows a file someone else is editing (for features that change the document's settings). */
export function isReadOnly(app: App): boolean {
  return holders.get(app)?.() != null;
}

/**
 * For an act that changes the document without changing its text (a 批注, 修订模式): true, with the
 * banner's notice, when the window is read-only, so the caller does nothing.
 */
export function refuseEdit(app: App): boolean {
  if (!isReadOnly(app)) return false;
  refusals.get(app)?.();
  return true;
}

export function installReadOnly(app: App): void {
  let holder: LockHolder | null = null;
  const readOnly = () => holder !== null;
  holders.set(app, () => holder);
  const view = app.view;

  const banner = new ReadOnlyBanner({
    saveAs: () => app.run('file.saveAs'),
    reopen: async () => {
      if (app.session.info) await app.session.openHandle(app.session.info.handle);
    },
  });
  app.layout.top.append(banner.el);
  refusals.set(app, () => banner.refused());

  const dispatch = view.props.dispatchTransaction ?? ((tr) => view.updateState(view.state.apply(tr)));
  view.setProps({
    editable: () => !readOnly(),
    dispatchTransaction: guardDispatch(readOnly, (tr) => dispatch.call(view, tr), () => banner.refused()),
  });

  applyReadOnly(app.commands, readOnly, () => app.run('file.saveAs'));
  // Restoring a version would replace the text: refused as a whole, so the version list stays as it was.
  const restore = app.versions.restore.bind(app.versions);
  app.versions.restore = (id) => (readOnly() ? banner.refused() : restore(id));

  app.session.listeners.add((event) => {
    holder = holderAfter(event);
    banner.show(app.session.name, holder);
    app.layout.workspace.classList.toggle('readonly', readOnly());
    // A transaction that changes nothing: the view re-reads `editable` (contenteditable), the toolbar its disabled states.
    view.dispatch(view.state.tr.setMeta('addToHistory', false));
  });
  onLangChange(() => banner.render());
}
