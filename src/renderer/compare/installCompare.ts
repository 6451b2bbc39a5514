/**
 * Puts compare into the window: the 比对两稿… command (command menu; the
 * host's menu may send `compare.open` too), 比对 on a version in the 版本
 * panel (that version against the current draft, either side changeable),
 * and the compare view over the window. The view compares snapshots, except
 * that accepting or rejecting a change edits the draft being edited (one
 * undo step each); editing by hand resumes when the view closes.
 */
import { undo } from 'prosemirror-history';
import { message } from '../../core/messages/index.js';
import { lexiconFromSettings } from '../../core/targets/lexicon.js';
import type { ComparisonFormat, CaogaoJson } from '../../shared/api.js';
import { FORMAT_VERSION } from '../../core/format/caogaoFile.js';
import type { Client } from '../api/index.js';
import type { App } from '../app/app.js';
import { tell } from '../app/dialogs.js';
import { lang, onLangChange, t } from '../app/i18n.js';
import { ApiError } from '../api/index.js';
import { chooseDrafts, type Draft, type DraftPreset } from './chooseDrafts.js';
import { CompareView, type CompareInput } from './compareView.js';
import type { DraftEditor } from './decisions.js';
import { ownUndoStep } from '../editor/undoSteps.js';

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.userMessage(lang()) : error instanceof Error ? error.message : String(error);
}

export function installCompare(app: App, api: Client): CompareView {
  const editor: DraftEditor = {
    state: () => app.view.state,
    dispatch: (tr) => app.view.dispatch(ownUndoStep(tr)),
    undo: () => void undo(app.view.state, (tr) => app.view.dispatch(tr)),
  };
  const sideJson = (doc: CompareInput['oldDoc'], name: string): { file: CaogaoJson; name: string } => ({
    name,
    file: { format: 'caogao', version: FORMAT_VERSION, doc: doc.toJSON() as CaogaoJson['doc'], versions: [], settings: app.session.settings },
  });
  const exportAs = async (format: ComparisonFormat, input: CompareInput, showRenumber: boolean): Promise<void> => {
    try {
      const result = await api.exportComparison({
        old: sideJson(input.oldDoc, input.oldName),
        new: sideJson(input.newDoc, input.newName),
        format,
        showRenumber,
        suggestedName: t('compare-export-name', { old: input.oldName, new: input.newName }),
        ...(app.session.info ? { handle: app.session.info.handle } : {}),
      });
      if (result.status === 'saved') await tell(t('ui-exported-title'), t('ui-exported', { name: result.name, location: result.location }));
    } catch (error) {
      await tell(t('compare-failed'), errorText(error));
    }
  };
  const view = new CompareView({ closed: () => app.view.focus(), editor, exportAs });
  app.layout.root.append(view.el);
  const current = (): Draft => ({ doc: app.view.state.doc, name: message('compare-current-draft', lang()) });
  const run = async (preset: DraftPreset = {}): Promise<void> => {
    try {
      const drafts = await chooseDrafts({ current, versions: () => app.session.fileJson().versions }, api, preset);
      if (!drafts) return;
      const [older, newer] = drafts;
      // Decisions go into the draft being edited, when it is one side (and only one).
      const side = older.current && !newer.current ? 'old' : newer.current && !older.current ? 'new' : undefined;
      // Suggestions made from the comparison are signed by the other draft's author, else by its name (a file's name).
      const other = side === 'old' ? newer : older;
      view.open({
        oldDoc: older.doc, newDoc: newer.doc, oldName: older.name, newName: newer.name, lexicon: lexiconFromSettings(app.session.settings), current: side,
        otherAuthor: other.author || other.name,
      });
    } catch (error) {
      await tell(t('compare-failed'), errorText(error));
    }
  };
  app.commands.set('compare.open', { id: 'compare.open', label: 'compare-command', run: () => void run() });
  app.versions.panel.onCompare = (id) => void run({ old: id, new: 'current' });
  app.versions.panel.render();
  onLangChange(() => {
    if (view.isOpen) view.relabel();
  });
  return view;
}
