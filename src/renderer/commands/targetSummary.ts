/**
 * 主要预期目标: mark the paragraph at the cursor as the one that states the
 * year's main targets (the paragraph role `targetSummary`), which the targets
 * check compares the body against. A report has one such paragraph, so
 * marking another moves the role; running it on the marked paragraph clears it.
 */
import type { Command } from 'prosemirror-state';
import { reportSchema as s } from '../../core/schema.js';
import { ownUndoStep } from '../editor/undoSteps.js';

export const TARGET_SUMMARY = 'targetSummary';

export const toggleTargetSummary: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const para = $from.parent;
  if (para.type !== s.nodes.paragraph) return false;
  if (dispatch) {
    const tr = state.tr;
    const here = $from.before();
    const on = para.attrs.role === TARGET_SUMMARY;
    state.doc.descendants((node, pos) => {
      if (node.type === s.nodes.paragraph && node.attrs.role === TARGET_SUMMARY && pos !== here) {
        tr.setNodeAttribute(pos, 'role', null);
      }
      return !node.isTextblock;
    });
    tr.setNodeAttribute(here, 'role', on ? null : TARGET_SUMMARY);
    dispatch(ownUndoStep(tr));
  }
  return true;
};

export function targetSummaryActive(state: Parameters<Command>[0]): boolean {
  const para = state.selection.$from.parent;
  return para.type === s.nodes.paragraph && para.attrs.role === TARGET_SUMMARY;
}
