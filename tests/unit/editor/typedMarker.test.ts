/**
 * A heading marker typed at the start of a body paragraph makes it a heading
 * of the marker's level, without the marker (issue 13, item 9); Ctrl+Z or
 * Backspace right after gives the paragraph back as typed. Typing goes
 * through the editor's own plugins as ProseMirror sends it: each character to
 * the plugins' handleTextInput, inserted as typed when none takes it.
 */
import { describe, expect, it } from 'vitest';
import { redo, undo } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { reportPlugins } from '../../../src/renderer/editor/createState.js';
import { typedMarkerAt } from '../../../src/renderer/commands/typedMarker.js';
import { reportKeymap } from '../../../src/renderer/editor/keymap.js';
import { doc, p, part, section, title } from '../../support/builder.js';
import { body, cursorAt, lines, stateOf } from './helpers.js';

/** A view as the plugins see one: its state, dispatch, and not composing. */
class FakeView {
  composing = false;
  constructor(public state: EditorState) {}
  // A property, not a method: the keymap passes view.dispatch on unbound.
  dispatch = (tr: Transaction): void => {
    this.state = this.state.apply(tr);
  };
  /** Type `text` one character at a time. */
  type(text: string): this {
    for (const ch of text) {
      const { from, to } = this.state.selection;
      const taken = this.state.plugins.some((plugin) => plugin.props.handleTextInput?.call(plugin, this as unknown as EditorView, from, to, ch, () => this.state.tr));
      if (!taken) this.dispatch(this.state.tr.insertText(ch, from, to));
    }
    return this;
  }
  /** Press a key through the editor's keymap (Backspace, Mod-z). */
  press(key: 'Backspace' | 'Mod-z'): this {
    const keys = reportKeymap();
    const event = { key: key === 'Backspace' ? 'Backspace' : 'z', ctrlKey: key === 'Mod-z', metaKey: false, altKey: false, shiftKey: false, type: 'keydown' } as KeyboardEvent;
    const handled = keys.some((plugin) => plugin.props.handleKeyDown?.call(plugin, this as unknown as EditorView, event));
    if (!handled) throw new Error(`${key} did nothing`);
    return this;
  }
  run(command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): this {
    command(this.state, (tr) => this.dispatch(tr));
    return this;
  }
}

const report = () =>
  doc(
    title('政府工作报告'),
    part('重点工作', p('开局。'), section('稳增长', p('扩大内需。')), section('促改革', p('深化改革。'), p('落实改革任务。'))),
  );

/** The editor with the caret at the start (or end) of `text`. */
const editor = (text: string, after = false) => new FakeView(cursorAt(stateOf(report(), reportPlugins()), text, after));

describe('typedMarkerAt: which typed text completes a marker', () => {
  it('takes 一、 （九） （1） at their last character, with the level of each', () => {
    expect(typedMarkerAt('一、', '')).toMatchObject({ marker: '一、', level: 1 });
    expect(typedMarkerAt('（九）', '')).toMatchObject({ marker: '（九）', level: 2 });
    expect(typedMarkerAt('(九)', '推进改革')).toMatchObject({ marker: '(九)', level: 2 });
    expect(typedMarkerAt('（1）', '')).toMatchObject({ marker: '（1）', level: 4 });
    for (const partial of ['一', '（九', '（', '1', '（1']) expect(typedMarkerAt(partial, '')).toBeNull();
  });

  it('takes 1. only with a title character after it, never a decimal (1.7万人)', () => {
    expect(typedMarkerAt('1.', '')).toBeNull();
    expect(typedMarkerAt('1.7', '')).toBeNull();
    expect(typedMarkerAt('1.7万', '')).toBeNull();
    expect(typedMarkerAt('1.新', '')).toMatchObject({ marker: '1.', level: 3, cut: 2 });
    expect(typedMarkerAt('1. 新', '')).toMatchObject({ marker: '1.', level: 3, cut: 3 });
    expect(typedMarkerAt('1.', '新增就业')).toMatchObject({ marker: '1.', level: 3 });
    expect(typedMarkerAt('1.', '7万人')).toBeNull();
  });

  it('takes nothing that does not open the paragraph with a marker', () => {
    expect(typedMarkerAt('全年（一）', '')).toBeNull();
    expect(typedMarkerAt('（一）推', '')).toBeNull();
    expect(typedMarkerAt('第一、', '')).toBeNull();
  });
});

describe('typing a marker at the start of a body paragraph', () => {
  it('（九） makes the paragraph a section beside the cursor’s, numbered by its place, the marker gone', () => {
    const view = editor('落实改革任务。').type('（九）');
    expect(body(view.state.doc)).toBe(
      lines(`
        一、重点工作
          p 开局。
          （一）稳增长
            p 扩大内需。
          （二）促改革
            p 深化改革。
          （三）落实改革任务。
      `),
    );
    // The caret stays at the start of the new heading's text.
    expect(view.state.selection.$head.parent.type.name).toBe('sectionHeading');
    expect(view.state.selection.$head.parentOffset).toBe(0);
  });

  it('Ctrl+Z right after gives back the paragraph with the marker as typed; redo converts again', () => {
    const view = editor('落实改革任务。').type('（九）');
    view.press('Mod-z');
    expect(view.state.doc.textContent).toContain('（九）落实改革任务。');
    expect(body(view.state.doc)).toContain('p （九）落实改革任务。');
    view.run(redo);
    expect(body(view.state.doc)).toContain('（三）落实改革任务。');
    // A second undo takes the typing itself back.
    view.run(undo).run(undo);
    expect(view.state.doc.textContent).not.toContain('（九');
  });

  it('Backspace right after gives back the paragraph as typed; later, Backspace at the heading start is as before', () => {
    const view = editor('落实改革任务。').type('（九）');
    view.press('Backspace');
    expect(body(view.state.doc)).toContain('p （九）落实改革任务。');
    // Typing on does not convert again: the marker no longer ends at the caret.
    view.type('新');
    expect(body(view.state.doc)).toContain('p （九）新落实改革任务。');
  });

  it('一、 in an empty paragraph makes a part, and 1. then the title’s first character an item', () => {
    const typed = editor('扩大内需。', true);
    typed.dispatch(typed.state.tr.split(typed.state.selection.from));
    typed.type('一、扩大开放');
    expect(body(typed.state.doc)).toContain('二、扩大开放');
    const item = editor('扩大内需。', true);
    item.dispatch(item.state.tr.split(item.state.selection.from));
    item.type('1.新');
    expect(body(item.state.doc)).toContain('    1.新');
    expect(body(item.state.doc)).not.toContain('p 1.');
    item.press('Mod-z');
    expect(body(item.state.doc)).toContain('p 1.新');
    item.run(redo).type('增就业');
    expect(body(item.state.doc)).toContain('    1.新增就业');
  });

  it('a decimal at the start of a paragraph stays a paragraph', () => {
    const view = editor('扩大内需。', true);
    view.dispatch(view.state.tr.split(view.state.selection.from));
    view.type('1.7万人就业');
    expect(body(view.state.doc)).toContain('p 1.7万人就业');
  });

  it('never in a heading, in the title, or in the middle of a paragraph', () => {
    expect(body(editor('稳增长').type('（九）').state.doc)).toContain('（一）（九）稳增长');
    expect(editor('政府工作报告').type('一、').state.doc.firstChild!.textContent).toBe('一、政府工作报告');
    expect(body(editor('改革。').type('（九）').state.doc)).toContain('p 深化（九）改革。');
  });
});
