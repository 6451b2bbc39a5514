/**
 * The state of 查找和替换 (Ctrl+F, Ctrl+H): the query, its matches and the
 * current one, kept in plugin state and shown as inline decorations
 * (find-match, find-current). The find bar (panels/findBar.ts) drives it
 * through the commands below, which are plain ProseMirror commands and work
 * without a view.
 *
 * Matches are recomputed when the document changes, except while an input
 * method is composing, when they are only mapped, so that the composed text
 * is not redrawn under the IME.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { findMatches, matchAtOrAfter, replaceAll, replaceMatch, type FindOptions, type Match } from '../commands/find.js';
import { ownUndoStep } from './undoSteps.js';

export interface FindState {
  query: string;
  options: FindOptions;
  matches: Match[];
  /** Index of the current match, -1 when none. */
  current: number;
  decorations: DecorationSet;
}

type FindMeta = { query: string; options?: FindOptions } | { current: number };

export const findKey = new PluginKey<FindState>('find');

function decorate(doc: PMNode, matches: Match[], current: number): DecorationSet {
  if (!matches.length) return DecorationSet.empty;
  return DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' })),
  );
}

function withMatches(doc: PMNode, query: string, options: FindOptions, current: number, anchor: number): FindState {
  const matches = findMatches(doc, query, options);
  const index = current >= 0 && current < matches.length ? current : matchAtOrAfter(matches, anchor);
  return { query, options, matches, current: index, decorations: decorate(doc, matches, index) };
}

const empty: FindState = { query: '', options: {}, matches: [], current: -1, decorations: DecorationSet.empty };

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => empty,
      apply(tr: Transaction, prev: FindState): FindState {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (meta && 'query' in meta) {
          return withMatches(tr.doc, meta.query, meta.options ?? prev.options, -1, tr.selection.from);
        }
        let next = prev;
        if (tr.docChanged && prev.query) {
          if (tr.getMeta('composition') !== undefined) {
            const matches = prev.matches.map((m) => ({ from: tr.mapping.map(m.from), to: tr.mapping.map(m.to) }));
            next = { ...prev, matches, decorations: prev.decorations.map(tr.mapping, tr.doc) };
          } else {
            next = withMatches(tr.doc, prev.query, prev.options, prev.current, tr.selection.from);
          }
        }
        if (meta && 'current' in meta) {
          next = { ...next, current: meta.current, decorations: decorate(tr.doc, next.matches, meta.current) };
        }
        return next;
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations,
    },
  });
}

export function findState(state: EditorState): FindState {
  return findKey.getState(state) ?? empty;
}

/** Set (or clear, with '') the query. */
export function setQuery(query: string, options?: FindOptions): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findKey, { query, options }));
    return true;
  };
}

function select(tr: Transaction, match: Match, index: number): Transaction {
  return tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).setMeta(findKey, { current: index }).scrollIntoView();
}

function step(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const { matches, current } = findState(state);
    if (!matches.length) return false;
    let index: number;
    if (current < 0) index = matchAtOrAfter(matches, state.selection.from);
    else {
      // Starting from the selection when it is not on the current match (the user clicked elsewhere).
      const onCurrent = state.selection.from === matches[current].from && state.selection.to === matches[current].to;
      const base = onCurrent ? current : matchAtOrAfter(matches, state.selection.from) - (direction > 0 ? 1 : 0);
      index = (base + direction + matches.length) % matches.length;
    }
    dispatch?.(select(state.tr, matches[index], index));
    return true;
  };
}

/** 查找下一个 (Enter, F3). */
export const findNext = step(1);
/** 查找上一个 (Shift+Enter, Shift+F3). */
export const findPrev = step(-1);

/** 替换: replace the current match and go to the next. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const { matches, current } = findState(state);
    if (current < 0 || !matches[current]) return false;
    if (dispatch) {
      const tr = state.tr;
      replaceMatch(tr, matches[current], replacement);
      const after = tr.mapping.map(matches[current].to);
      const next = withMatches(tr.doc, findState(state).query, findState(state).options, -1, after);
      if (next.current >= 0) select(tr, next.matches[next.current], next.current);
      dispatch(tr);
    }
    return true;
  };
}

/** 全部替换: one transaction, so one undo. */
export function replaceAllMatches(replacement: string): Command {
  return (state, dispatch) => {
    const { matches } = findState(state);
    if (!matches.length) return false;
    if (dispatch) {
      const tr = state.tr;
      replaceAll(tr, matches, replacement);
      dispatch(ownUndoStep(tr));
    }
    return true;
  };
}
