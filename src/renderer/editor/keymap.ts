/**
 * Keyboard shortcuts of the editor. Report commands come first, then
 * ProseMirror's base keymap for everything else (arrows, Delete, select all).
 * Shortcuts that open parts of the window (find bar, command menu, save) are
 * passed in by the app, so this module stays free of the DOM.
 *
 *   Ctrl+Alt+1/2/3/4  一级/二级/三级/四级标题        Ctrl+Alt+0  正文
 *   Tab / Shift+Tab   降级 / 升级                   Enter       see commands/enter.ts
 *   Ctrl+B            段首句                        Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z  撤销, 重做
 *   Alt+Shift+↑/↓     上移 / 下移本节                Ctrl+F / Ctrl+H  查找 / 替换 (app)
 *   Ctrl+Home / End   到全文开头 / 末尾 (with Shift: select to there)
 */
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { backspaceAtHeadingStart } from '../commands/backspace.js';
import { toDocumentEdge } from '../commands/documentEnds.js';
import { enter } from '../commands/enter.js';
import { demote, promote, setHeading, setParagraph } from '../commands/headingLevel.js';
import { toggleLead } from '../commands/lead.js';
import { moveDown, moveUp } from '../commands/moveSection.js';
import { undoTypedMarker } from './typedMarkerPlugin.js';

/** Keys consumed even when nothing applies, so Tab never moves focus out of the page. */
const consume: Command = () => true;

export function reportKeymap(extra: Record<string, Command> = {}): Plugin[] {
  const keys: Record<string, Command> = {
    'Mod-Alt-1': setHeading(1),
    'Mod-Alt-2': setHeading(2),
    'Mod-Alt-3': setHeading(3),
    'Mod-Alt-4': setHeading(4),
    'Mod-Alt-0': setParagraph,
    Tab: chainCommands(demote, consume),
    'Shift-Tab': chainCommands(promote, consume),
    Enter: enter,
    Backspace: chainCommands(undoTypedMarker, backspaceAtHeadingStart),
    'Mod-b': toggleLead,
    'Mod-z': undo,
    'Mod-y': redo,
    'Mod-Shift-z': redo,
    'Alt-Shift-ArrowUp': moveUp,
    'Alt-Shift-ArrowDown': moveDown,
    'Ctrl-Home': toDocumentEdge('start'),
    'Ctrl-End': toDocumentEdge('end'),
    'Shift-Ctrl-Home': toDocumentEdge('start', true),
    'Shift-Ctrl-End': toDocumentEdge('end', true),
    ...extra,
  };
  return [keymap(keys), keymap(baseKeymap)];
}
