/**
 * Puts compare into the window: the 比对两稿… command (command menu; the
 * host's menu may send `compare.open` too) and the compare view over the
 * window. The view compares snapshots: editing resumes when it closes.
 */
import { message } from '../../core/messages/index.js';
import { lexiconFromSettings } from '../../core/targets/lexicon.js';
import type { Client } from '../api/index.js';
import type { App } from '../app/app.js';
import { tell } from '../app/dialogs.js';
import { lang, onLangChange, t } from '../app/i18n.js';
import { ApiError } from '../api/index.js';
import { chooseDrafts, type Draft } from './chooseDrafts.js';
import { CompareView } from './compareView.js';

export function installCompare(app: App, api: Client): CompareView {
  const view = new CompareView(() => app.view.focus());
  app.layout.root.append(view.el);
  const current = (): Draft => ({ doc: app.view.state.doc, name: message('compare-current-draft', lang()) });
  const run = async (): Promise<void> => {
    try {
      const drafts = await chooseDrafts({ current, versions: () => app.session.fileJson().versions }, api);
      if (!drafts) return;
      const [older, newer] = drafts;
      view.open({ oldDoc: older.doc, newDoc: newer.doc, oldName: older.name, newName: newer.name, lexicon: lexiconFromSettings(app.session.settings) });
    } catch (error) {
      const text = error instanceof ApiError ? error.userMessage(lang()) : error instanceof Error ? error.message : String(error);
      await tell(t('compare-failed'), text);
    }
  };
  app.commands.set('compare.open', { id: 'compare.open', label: 'compare-command', run: () => void run() });
  onLangChange(() => {
    if (view.isOpen) view.relabel();
  });
  return view;
}
