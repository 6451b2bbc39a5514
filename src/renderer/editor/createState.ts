/**
 * The editor's state: a report document and the plugins every report editor
 * has (history, typed markers as headings, ids, typed numbers, numbering, off-screen estimates, find, figures kept on one line, tables, keymap,
 * the findings marked in the text and the mark of what a fix changed). The view
 * and the app add their own on top (paste handling is a view prop).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { EditorState, type Command, type Plugin } from 'prosemirror-state';
import { reportSchema } from '../../core/schema.js';
import { figuresPlugin } from './figuresPlugin.js';
import { findPlugin } from './findPlugin.js';
import { idsPlugin } from './idsPlugin.js';
import { reportKeymap } from './keymap.js';
import { undoStepsPlugin } from './undoSteps.js';
import { numberingPlugin } from './numberingPlugin.js';
import { typedMarkerPlugin } from './typedMarkerPlugin.js';
import { typedNumbersPlugin } from './typedNumbersPlugin.js';
import { offscreenPlugins } from './offscreenPlugin.js';
import { pagesPlugin } from '../pages/pagesPlugin.js';
import { findingMarksPlugin } from '../checks/findingMarks.js';
import { fixFlashPlugin } from '../checks/fixFlash.js';
import { tablePlugins } from './tablePlugins.js';

export interface StateOptions {
  /** App-level shortcuts (find bar, save, command menu). */
  keys?: Record<string, Command>;
  plugins?: Plugin[];
}

export function reportPlugins(options: StateOptions = {}): Plugin[] {
  return [
    ...(options.plugins ?? []),
    ...tablePlugins(),
    ...reportKeymap(options.keys),
    typedMarkerPlugin(),
    history(),
    // Before undoStepsPlugin, which closes the undo step: dropping typed numbers belongs to the move's step.
    typedNumbersPlugin(),
    undoStepsPlugin(),
    idsPlugin(),
    numberingPlugin(),
    ...offscreenPlugins(),
    findPlugin(),
    figuresPlugin(),
    pagesPlugin(),
    findingMarksPlugin(),
    fixFlashPlugin(),
  ];
}

export function createReportState(doc: PMNode, options: StateOptions = {}): EditorState {
  return EditorState.create({ schema: reportSchema, doc, plugins: reportPlugins(options) });
}
