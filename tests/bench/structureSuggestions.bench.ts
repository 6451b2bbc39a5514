/**
 * 结构修订 on the 100k-character report: Enter splitting a paragraph (the
 * structural edit made most often) in 修订模式, where the review plugin reads
 * the split from the documents before and after by block id and records it
 * on the new paragraph, against the same Enter with 修订模式 off, in the same
 * run. Prints medians of the state update with the review plugin and history
 * (the report's other plugins import style sheets, which Node cannot load).
 */
import { history } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { importText } from '../../src/core/import/text.js';
import { reportSchema } from '../../src/core/schema.js';
import { enter } from '../../src/renderer/commands/enter.js';
import { reviewPlugin, setReview } from '../../src/renderer/review/reviewPlugin.js';
import { longReport } from '../support/corpus.js';
import { measure, ms } from './measure.js';

const { doc } = importText(longReport(100_000).text);

function stateWith(tracking: boolean): EditorState {
  const plugin = reviewPlugin({ author: () => '审阅人' });
  const state = EditorState.create({ schema: reportSchema, doc, plugins: [plugin, history()] });
  const on = state.apply(setReview(state.tr, { tracking }));
  // The caret inside a paragraph near the middle of the report.
  let pos = -1;
  on.doc.descendants((node, at) => {
    if (pos < 0 && node.type.name === 'paragraph' && node.textContent.length > 20 && at > on.doc.content.size / 2) pos = at + 10;
    return pos < 0;
  });
  return on.apply(on.tr.setSelection(TextSelection.create(on.doc, pos)));
}

const split = (state: EditorState) => () => enter(state, (tr) => state.applyTransaction(tr));
const off = stateWith(false);
const on = stateWith(true);
const plain = measure(split(off), 30, 5);
const tracked = measure(split(on), 30, 5);
console.log(`Enter in a ${doc.textContent.length}-character report: 修订模式 off ${ms(plain.median)}, on (split read and recorded) ${ms(tracked.median)}; ratio ${(tracked.median / plain.median).toFixed(2)}×`);
