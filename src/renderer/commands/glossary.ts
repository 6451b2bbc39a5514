/**
 * 插入名词解释: add a glossary entry (term + definition) to the annex,
 * creating 附件 / 名词解释 at the end of the report when there is none.
 *
 * The term comes from the argument or from the selected text (quotes
 * removed), so a drafter can select “双随机一公开” in the body and define it.
 * Entries conventionally follow the order in which their terms first occur in
 * the body, so a new entry goes before the first entry whose term occurs
 * later than its own; with the cursor in an entry it goes right after that
 * entry; otherwise at the end. The cursor lands in the term, or in the
 * definition when the term is known.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { newId } from '../../core/ids.js';
import { reportSchema as s } from '../../core/schema.js';
import { ownUndoStep } from '../editor/undoSteps.js';

const QUOTES = /^[“"‘'「『]+|[”"’'」』]+$/g;

/** The selected text as a term: one line, trimmed, without surrounding quotes. */
export function termFromSelection(state: EditorState): string {
  const { from, to, empty } = state.selection;
  if (empty) return '';
  const text = state.doc.textBetween(from, to, ' ').trim();
  if (!text || text.length > 40 || /[。！？；]/.test(text)) return '';
  return text.replace(QUOTES, '');
}

interface AnnexInfo {
  node: PMNode;
  pos: number;
}

function findAnnex(doc: PMNode): AnnexInfo | null {
  const last = doc.lastChild;
  if (last?.type.name !== 'annex') return null;
  return { node: last, pos: doc.content.size - last.nodeSize };
}

/** Where the term is first used in the body (text before the annex), or Infinity. */
function firstUse(bodyText: string, term: string): number {
  const bare = term.replace(QUOTES, '').replace(/[“”"]/g, '');
  const candidates = [term, bare].filter(Boolean).map((t) => bodyText.indexOf(t));
  const found = candidates.filter((i) => i >= 0);
  return found.length ? Math.min(...found) : Infinity;
}

/** Document position at which to insert a new entry into the annex. */
function insertPosition(state: EditorState, annex: AnnexInfo, term: string): number {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    if ($from.node(d).type.name === 'glossaryEntry') return $from.after(d);
  }
  const end = annex.pos + annex.node.nodeSize - 1;
  if (!term) return end;
  const bodyText = state.doc.textBetween(0, annex.pos, '\n');
  const mine = firstUse(bodyText, term);
  if (mine === Infinity) return end;
  let at = end;
  annex.node.forEach((child, offset) => {
    if (at !== end || child.type.name !== 'glossaryEntry') return;
    if (firstUse(bodyText, child.firstChild!.textContent) > mine) at = annex.pos + 1 + offset;
  });
  return at;
}

function entryNode(term: string): PMNode {
  return s.nodes.glossaryEntry.create({ id: newId(), typed: null, sep: '：' }, [
    s.nodes.glossaryTerm.create({ id: newId() }, term ? s.text(term) : null),
    s.nodes.glossaryDefinition.create({ id: newId() }),
  ]);
}

export function insertGlossaryEntry(term?: string): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;
    const name = term ?? termFromSelection(state);
    const entry = entryNode(name);
    const tr = state.tr;
    const annex = findAnnex(state.doc);
    let entryPos: number;
    if (annex) {
      entryPos = insertPosition(state, annex, name);
      tr.insert(entryPos, entry);
    } else {
      const created = s.nodes.annex.create({ id: newId() }, [
        s.nodes.annexLabel.create({ id: newId() }, s.text('附件')),
        s.nodes.annexTitle.create({ id: newId() }, s.text('名词解释')),
        entry,
      ]);
      const at = state.doc.content.size;
      tr.insert(at, created);
      entryPos = at + 1 + created.child(0).nodeSize + created.child(1).nodeSize;
    }
    // Inside the entry: +1 into the entry, +1 into the term; the definition follows the term.
    const termEnd = entryPos + 2 + name.length;
    tr.setSelection(TextSelection.create(tr.doc, name ? termEnd + 2 : entryPos + 2));
    dispatch(ownUndoStep(tr).scrollIntoView());
    return true;
  };
}

/**
 * After the quick fix 加入名词解释 has added an entry for `term` in `tr`: put
 * the caret in that new entry's definition, so the drafter types it at once.
 * The new entry is the one with that term whose id was not in `before`.
 */
export function caretInNewDefinition(tr: Transaction, before: PMNode, term: string): Transaction {
  const old = new Set<string>();
  before.descendants((node) => {
    if (node.type.name === 'glossaryEntry') old.add(node.attrs.id as string);
    return !node.isTextblock;
  });
  let target: number | null = null;
  tr.doc.descendants((node, pos) => {
    if (target !== null) return false;
    if (node.type.name === 'glossaryEntry') {
      if (!old.has(node.attrs.id as string) && node.firstChild!.textContent === term) {
        // Into the entry, past the term, into the definition, at its end.
        target = pos + 1 + node.firstChild!.nodeSize + 1 + node.child(1).content.size;
      }
      return false;
    }
    return !node.isTextblock;
  });
  return target === null ? tr : tr.setSelection(TextSelection.create(tr.doc, target));
}
