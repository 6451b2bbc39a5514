/**
 * 段首句 (Ctrl+B): the lead sentence of a paragraph, printed bold. With the
 * cursor in a paragraph (no selection) the command marks the paragraph's
 * first sentence, up to its first 。！？, or the whole paragraph when it has
 * no sentence end; if that sentence is already marked, the mark comes off.
 * With a selection inside paragraphs it toggles the mark on the selection,
 * as Ctrl+B does in Word.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { reportSchema as s } from '../../core/schema.js';
import { ownUndoStep } from '../editor/undoSteps.js';

const SENTENCE_END = /[。！？!?]/;

/** Length of the first sentence of `text`, its end mark included (the whole text when none). */
export function firstSentenceLength(text: string): number {
  const m = SENTENCE_END.exec(text);
  if (!m) return text.length;
  let end = m.index + 1;
  // A closing quote or bracket right after the end mark belongs to the sentence.
  while (end < text.length && /[”’」』）)]/.test(text[end])) end++;
  return end;
}

function hasLead(node: PMNode, from: number, to: number): boolean {
  return node.rangeHasMark(from, to, s.marks.lead);
}

export const toggleLead: Command = (state, dispatch) => {
  const { $from, $to, empty } = state.selection;
  const lead = s.marks.lead;
  if (!empty) {
    let applicable = false;
    state.doc.nodesBetween($from.pos, $to.pos, (node) => {
      if (node.type === s.nodes.paragraph) applicable = true;
      return !node.isTextblock;
    });
    if (!applicable) return false;
    if (dispatch) {
      const tr = state.tr;
      if (state.doc.rangeHasMark($from.pos, $to.pos, lead)) tr.removeMark($from.pos, $to.pos, lead);
      else tr.addMark($from.pos, $to.pos, lead.create());
      dispatch(ownUndoStep(tr));
    }
    return true;
  }
  const para = $from.parent;
  if (para.type !== s.nodes.paragraph || para.content.size === 0) return false;
  if (dispatch) {
    const start = $from.start();
    const length = firstSentenceLength(para.textContent);
    const tr = state.tr;
    if (hasLead(state.doc, start, start + length)) tr.removeMark(start, start + para.content.size, lead);
    else tr.addMark(start, start + length, lead.create());
    dispatch(ownUndoStep(tr));
  }
  return true;
};

/** Whether the cursor's paragraph has a lead sentence (for the toolbar's pressed state). */
export function leadActive(state: Parameters<Command>[0]): boolean {
  const { $from, empty, from, to } = state.selection;
  if (!empty) return state.doc.rangeHasMark(from, to, s.marks.lead);
  const para = $from.parent;
  if (para.type !== s.nodes.paragraph || para.content.size === 0) return false;
  return para.rangeHasMark(0, Math.min(1, para.content.size), s.marks.lead);
}
