/* global document */
/**
 * The baseline of the latency benchmark: a plain ProseMirror editor with the
 * basic schema (prosemirror-schema-basic), history and the base keymap, no
 * other plugin, on the same report text, one paragraph per line.
 */
import 'prosemirror-view/style/prosemirror.css';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';

const text = await (await fetch('./report.txt')).text();
const paragraphs = text
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => schema.node('paragraph', null, [schema.text(line)]));
const state = EditorState.create({
  doc: schema.node('doc', null, paragraphs),
  plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)],
});
new EditorView(document.querySelector('#editor'), { state });
document.body.dataset.ready = 'true';
