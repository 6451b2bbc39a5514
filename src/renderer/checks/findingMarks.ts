/**
 * The findings in the text (检查结果标记): each finding of the last run of the
 * checks underlines its text, by severity (error red and wavy, warning amber,
 * hint dotted: checks.css), and a finding about a block with no text to
 * underline (an empty definition) marks the block. The marks are inline
 * decorations in plugin state, built once per run of the checks and mapped
 * through every transaction in between, so they move with the text as it is
 * typed and never jump: a keystroke costs a DecorationSet.map, no walk of
 * the document. A run's findings are taken only when they were found on
 * the document the editor shows; findings of an older document wait for the
 * next run, which the edit has already scheduled.
 *
 * A decoration names its findings by a key (rule, block, range), not by the
 * finding itself: a run that finds the same again gives equal decorations,
 * and ProseMirror redraws nothing.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Finding, QuickFix } from '../../core/checks/types.js';
import { FindingPopover } from './findingPopover.js';

export interface MarksState {
  marks: DecorationSet;
  /** The findings of the last run taken, by their key. */
  byKey: ReadonlyMap<string, readonly Finding[]>;
}

interface MarksMeta {
  findings: readonly Finding[];
  doc: PMNode;
}

export const findingMarksKey = new PluginKey<MarksState>('findingMarks');

const empty: MarksState = { marks: DecorationSet.empty, byKey: new Map() };

const keyOf = (f: Finding): string => `${f.rule}|${f.blockId}|${f.from}|${f.to}`;

/** Where each block with an id starts, for the blocks asked for (one walk, not into text). */
function positionsOf(doc: PMNode, ids: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (out.size === ids.size) return false;
    const id = node.attrs.id as string | undefined;
    if (id && ids.has(id)) out.set(id, pos);
    return !node.isTextblock;
  });
  return out;
}

/** The marks of `findings` on `doc` (suppressed findings are not marked). */
export function markFindings(doc: PMNode, findings: readonly Finding[]): MarksState {
  const shown = findings.filter((f) => !f.suppressed);
  const where = positionsOf(doc, new Set(shown.map((f) => f.blockId)));
  const byKey = new Map<string, Finding[]>();
  const decorations: Decoration[] = [];
  for (const f of shown) {
    const key = keyOf(f);
    const same = byKey.get(key);
    if (same) {
      same.push(f);
      continue;
    }
    byKey.set(key, [f]);
    const pos = where.get(f.blockId);
    if (pos === undefined) continue;
    const node = doc.nodeAt(pos)!;
    const size = node.content.size;
    const from = Math.min(f.from, size);
    const to = Math.min(f.to, size);
    if (node.isTextblock && to > from) {
      decorations.push(Decoration.inline(pos + 1 + from, pos + 1 + to, { class: `finding-mark finding-${f.severity}`, 'data-rule': f.rule }, { key }));
    } else {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: `finding-block finding-${f.severity}`, 'data-rule': f.rule }, { key }));
    }
  }
  return { marks: DecorationSet.create(doc, decorations), byKey };
}

/** The findings marked at [from, to] (touching it), most severe first. */
export function findingsAt(state: EditorState, from: number, to = from): Finding[] {
  const marks = findingMarksKey.getState(state);
  if (!marks) return [];
  const out: Finding[] = [];
  for (const d of marks.marks.find(from, to)) {
    if (d.from > to || d.to < from) continue;
    out.push(...(marks.byKey.get((d.spec as { key: string }).key) ?? []));
  }
  const order = { error: 0, warning: 1, info: 2 };
  return out.sort((a, b) => order[a.severity] - order[b.severity]);
}

/** What the popover's fix buttons do (the app applies the fix as one undo step). */
export interface FindingActions {
  fix(finding: Finding, fix: QuickFix): void;
}

const actions = new WeakMap<EditorView, FindingActions>();

export function setFindingActions(view: EditorView, a: FindingActions): void {
  actions.set(view, a);
}

/** Show the findings of a run of the checks in the text, when they are of the document shown (`doc`, the one the checks were run for). */
export function showFindingMarks(view: EditorView, findings: readonly Finding[], doc: PMNode): void {
  if (view.state.doc !== doc) return;
  view.dispatch(view.state.tr.setMeta(findingMarksKey, { findings, doc } satisfies MarksMeta).setMeta('addToHistory', false));
}

export function findingMarksPlugin(): Plugin<MarksState> {
  let popover: FindingPopover | null = null;
  return new Plugin<MarksState>({
    key: findingMarksKey,
    state: {
      init: () => empty,
      apply(tr: Transaction, prev: MarksState): MarksState {
        const meta = tr.getMeta(findingMarksKey) as MarksMeta | undefined;
        if (meta && meta.doc === tr.doc) return markFindings(tr.doc, meta.findings);
        if (!tr.docChanged) return prev;
        return { marks: prev.marks.map(tr.mapping, tr.doc), byKey: prev.byKey };
      },
    },
    props: {
      decorations: (state) => findingMarksKey.getState(state)?.marks,
      handleDOMEvents: {
        mouseover: (_view, event) => {
          popover?.hover(event.target);
          return false;
        },
        mouseout: (_view, event) => {
          popover?.leave(event.relatedTarget);
          return false;
        },
      },
    },
    view(view) {
      popover = new FindingPopover(view, findingsAt, (f, fix) => actions.get(view)?.fix(f, fix));
      const own = popover;
      return {
        update: (v, prev) => own.update(prev),
        destroy: () => {
          own.destroy();
          if (popover === own) popover = null;
        },
      };
    },
  });
}
