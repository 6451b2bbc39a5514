/**
 * Backspace at the very start of a heading removes its heading status first
 * (the heading becomes a paragraph, see setParagraph), as Backspace removes a
 * list number in Word; the next Backspace then joins it with the paragraph
 * before, as usual.
 */
import type { Command } from 'prosemirror-state';
import { isHeadingName } from '../../core/schema.js';
import { setParagraph } from './headingLevel.js';

export const backspaceAtHeadingStart: Command = (state, dispatch) => {
  const { $head, empty } = state.selection;
  if (!empty || $head.parentOffset !== 0 || !isHeadingName($head.parent.type.name)) return false;
  return setParagraph(state, dispatch);
};
