/**
 * Editing report tables with prosemirror-tables: cell selection, the fixes
 * that keep a table rectangular, and Tab / Shift+Tab to the next and the
 * previous cell (in a table they move between cells; outside one they keep
 * their heading meaning, keymap.ts). Column resizing is not offered: the
 * exports give columns their widths. The plugins come before the report
 * keymap, so their keys win inside a table.
 */
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import { goToNextCell, tableEditing } from 'prosemirror-tables';
import './tables.css';

export function tablePlugins(): Plugin[] {
  return [keymap({ Tab: goToNextCell(1), 'Shift-Tab': goToNextCell(-1) }), tableEditing()];
}
