/**
 * Rendering only what is on screen. A report of 100,000 characters is one
 * editable element; on every keystroke Chromium restyles, lays out and
 * paints it, and walks its text to tell the input method what surrounds the
 * caret. Parts, sections, items and the annex are `content-visibility: auto`
 * (page.css), so while one is off screen Chromium skips it. It still needs
 * the skipped block's height, for the scroll bar and for jumps from the
 * outline: until a block has been rendered once (after which Chromium
 * remembers its real height) that height is the estimate made here from its
 * text, given to the block as `data-estimated-height` by a node decoration.
 *
 * The estimate follows the page of page.css: a 156 mm line of 16 pt
 * characters (27.6 full-width characters, a figure or Latin letter counting
 * half), a two-character first-line indent and the fixed line of 225 mm / 22.
 * Estimates are kept per node object (nodes are immutable, so an unchanged
 * section keeps its figure) and the decorations are rebuilt only when the
 * structure changes; typing maps them.
 *
 * The blocks that hold the selection are always rendered (class `at-caret`,
 * content-visibility: visible). Chromium would render them anyway, but only
 * from the next frame on: a block ProseMirror has just redrawn, or one the
 * selection has just jumped into, is still skipped until then, and Chromium
 * drops text typed into a skipped block (seen with Enter followed at once by
 * typing). The class is set in the same update that moves the selection.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { LINES_PER_PAGE, SIZE_PT, TEXT_BLOCK_MM, mmToPt, textWidth } from '../../core/export/layout.js';
import { structureDecorationsPlugin } from './structureChange.js';

/** The editor's line (page.css): the fixed pitch of 225 mm / 22, and 156 mm of 16 pt type (27.6 characters, no letter-spacing). */
export const LINE_MM = TEXT_BLOCK_MM.height / LINES_PER_PAGE;
export const CHARS_PER_LINE = mmToPt(TEXT_BLOCK_MM.width) / SIZE_PT.san;
/** The numbers before headings and entries (一、 （一） 1.), in characters. */
const NUMBER_WIDTH = 3;

/** Blocks that Chromium may skip while off screen (page.css gives them content-visibility). */
const SKIPPABLE = new Set(['part', 'section', 'item', 'annex']);

/** Lines a block of text takes on the page, with its first-line indent. */
export function linesOf(width: number, indent = 2): number {
  return Math.max(1, Math.ceil((indent + width) / CHARS_PER_LINE - 1e-9));
}

const cache = new WeakMap<PMNode, number>();

/** Estimated height of a block on the page, in lines of LINE_MM. */
export function estimatedLines(node: PMNode): number {
  const known = cache.get(node);
  if (known !== undefined) return known;
  let lines = 0;
  if (node.isTextblock) {
    const numbered = node.type.name.endsWith('Heading');
    lines = linesOf(textWidth(node.textContent) + (numbered ? NUMBER_WIDTH : 0));
  } else if (node.type.name === 'glossaryEntry') {
    lines = linesOf(textWidth(node.textContent) + NUMBER_WIDTH);
  } else {
    node.forEach((child) => (lines += estimatedLines(child)));
    if (node.type.name === 'annex') lines += 3 + 2; // space above 附件, and around its title
  }
  cache.set(node, lines);
  return lines;
}

export const offscreenKey = new PluginKey<DecorationSet>('offscreen');

export function offscreenDecorations(doc: PMNode): DecorationSet {
  const decos: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) return false;
    if (SKIPPABLE.has(node.type.name)) {
      const mm = (estimatedLines(node) * LINE_MM).toFixed(1);
      decos.push(Decoration.node(pos, pos + node.nodeSize, { 'data-estimated-height': `${mm}mm` }));
    }
    return node.type.name !== 'annex';
  });
  return DecorationSet.create(doc, decos);
}

/** The skippable blocks around the selection's two ends, marked `at-caret`. */
export function caretDecorations(state: EditorState): DecorationSet {
  const decos: Decoration[] = [];
  const seen = new Set<number>();
  for (const $pos of [state.selection.$from, state.selection.$to]) {
    for (let depth = $pos.depth; depth > 0; depth--) {
      const node = $pos.node(depth);
      const pos = $pos.before(depth);
      if (!SKIPPABLE.has(node.type.name) || seen.has(pos)) continue;
      seen.add(pos);
      decos.push(Decoration.node(pos, pos + node.nodeSize, { class: 'at-caret' }));
    }
  }
  return DecorationSet.create(state.doc, decos);
}

export function offscreenPlugins(): Plugin[] {
  return [
    structureDecorationsPlugin(offscreenKey, offscreenDecorations),
    new Plugin({ props: { decorations: caretDecorations } }),
  ];
}
