import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import type { EditorState } from 'prosemirror-state';
import { setHeading } from '../../../src/renderer/commands/headingLevel.js';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { doc, p, part, section } from '../../support/builder.js';
import { body, cursorAt, must } from './helpers.js';

const type = (state: EditorState, text: string): EditorState => state.apply(state.tr.insertText(text));

describe('undo steps', () => {
  it('a heading command right after typing is its own undo step, and so is the typing right after it', () => {
    const start = cursorAt(createReportState(doc(part('安排', section('行动', p('甲。'), p('乙'))))), '乙', true);
    const typed = type(start, '丙');
    const heading = must(typed, setHeading(2));
    const after = type(heading, '丁');
    expect(body(after.doc)).toContain('（二）乙丙丁');

    const one = must(after, undo);
    expect(body(one.doc)).toContain('（二）乙丙');
    expect(body(one.doc)).not.toContain('丁');
    const two = must(one, undo);
    expect(body(two.doc)).toContain('    p 乙丙');
    const three = must(two, undo);
    expect(body(three.doc)).toBe(body(start.doc));
  });
});
