/**
 * Headings of pasted HTML (<h1>–<h4>, as Word, WPS and web pages write
 * them) keep their heading status (issue 13, item 9). A heading that opens
 * with a marker (<h2>（十）实施开放行动</h2>) is left as it is: the importer
 * reads the marker, as it reads a paragraph that opens with one. A heading
 * without a marker (<h2>实施开放行动</h2>) is given the marker of its level,
 * so that the importer makes it a heading too; pasted numbers are dropped
 * anyway and the heading is numbered by its place (commands/paste.ts).
 *
 * Its level is counted from where it is pasted: the shallowest heading tag
 * of the paste becomes a sibling of the container the caret is in (a section
 * when the caret is in a section, a part when it is in the opening text),
 * and deeper tags go deeper from there, down to 4 (（1）).
 */
import type { EditorState } from 'prosemirror-state';
import { matchNumbered } from '../../../core/import/lines.js';
import { bodyCursor } from '../../structure/edit.js';

const TAGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
/** The marker each level is written with: 一、 part, （一） section, 1. item, （1） subitem. */
const MARKERS = ['一、', '（一）', '1.', '（1）'];

/**
 * `html` with a marker before each heading without one, for a paste at
 * container level `level` (0 the opening text, 1 a part, 2 a section …).
 */
export function markHtmlHeadings(html: string, level: number): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const headings = Array.from(parsed.body.querySelectorAll(TAGS.join(','))).filter((h) => (h.textContent ?? '').trim());
  if (!headings.length) return html;
  const depth = (h: Element) => TAGS.indexOf(h.tagName.toUpperCase());
  const top = Math.min(...headings.map(depth));
  for (const heading of headings) {
    const marker = headingMarker((heading.textContent ?? '').replace(/\u00a0/g, ' ').trim(), depth(heading) - top, level);
    if (marker) heading.prepend(parsed.createTextNode(marker));
  }
  return parsed.documentElement.outerHTML;
}

/**
 * The marker a pasted heading's text is given: none when it opens with one
 * already, else that of container level `level` (at least a part) plus
 * `below`, how much deeper its tag is than the paste's shallowest.
 */
export function headingMarker(text: string, below: number, level: number): string {
  if (matchNumbered(text)) return '';
  return MARKERS[Math.min(MARKERS.length, Math.max(1, level) + below) - 1];
}

/** The level of the container the caret is in (0 outside the parts), for markHtmlHeadings. */
export function pasteLevel(state: EditorState): number {
  const cursor = bodyCursor(state.tr);
  return cursor.index < 0 ? 0 : cursor.flat.entries[cursor.index].level;
}
