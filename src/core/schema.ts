/**
 * The report schema: the structure of a 政府工作报告 (government work report).
 *
 * A document is a title block, a preamble, parts, and an optional annex:
 *
 *   doc        title occasion? speaker? salutation? block* part* annex?
 *   part       一级 "一、"  partHeading block* section* block*
 *   section    二级 "（一）" sectionHeading block* item* block*
 *   item       三级 "1."   itemHeading block* subitem* block*
 *   subitem    四级 "（1）" subitemHeading block*
 *   annex      附件         annexLabel? annexTitle? (glossaryEntry | annexItem | block)*
 *
 * where a block is a paragraph or a table (table/tableSchema.ts), whose cells
 * hold paragraphs.
 *
 * A report may have several annexes (附件1, 附件2); a glossary that stands
 * without 附件 above it (a closing 注释 of endnotes) is an annex without a label.
 * An annex that is not a glossary (a list of 民生实事) holds annexItems.
 *
 * Numbers are never stored as text: they are derived from position
 * (see numbering.ts). A heading remembers the number it was typed with
 * (`typed`, `marker`) so that the checks can report skips and repeats found
 * at import. A heading printed run in with its first paragraph (标题接排正文,
 * `（一）标题。正文……` as one printed paragraph) has `runIn`: its text is the
 * heading without the 。, and the paragraph after it is the run-in body.
 * Every block carries a stable `id` that compare, findings and comments
 * point at.
 */
import { Schema, type NodeSpec, type MarkSpec, type Node as PMNode } from 'prosemirror-model';
import { BODY_BLOCK as B, tableNodeSpecs } from './table/tableSchema.js';

const idAttr = { id: { default: '' } };

/** 结构修订: a structural edit made in 修订模式 on this block, or null (review/structure.ts). */
const changeAttr = { change: { default: null } };

/** The DOM attribute that shows a block holds a structural suggestion (its kind). */
function changeDom(node: PMNode): Record<string, string> {
  const change = node.attrs.change as { kind?: unknown } | null;
  return change && typeof change.kind === 'string' ? { 'data-change': change.kind } : {};
}

/**
 * The marks of 修订 (tracked changes, review/suggestions.ts) that every
 * text-bearing block allows: text inserted or deleted as a suggestion.
 */
export const REVIEW_MARKS = 'insertion deletion';

/** Read an attribute in parseDOM without naming DOM types: core also runs in Node. */
function domAttr(dom: unknown, name: string): string | null {
  return (dom as { getAttribute(n: string): string | null }).getAttribute(name);
}

/** A textblock that renders as one element and carries only an id. */
function textblock(tag: string, cls: string, extra: Partial<NodeSpec> = {}): NodeSpec {
  return {
    content: 'text*',
    marks: REVIEW_MARKS,
    defining: true,
    attrs: { ...idAttr },
    parseDOM: [{ tag: `${tag}.${cls}`, getAttrs: (dom) => ({ id: domAttr(dom, 'data-id') ?? '' }) }],
    toDOM: (node) => [tag, { class: cls, 'data-id': node.attrs.id }, 0],
    ...extra,
  };
}

/**
 * Heading of a numbered level. `typed` is the number as typed at import (1-based), `marker` the raw
 * marker; `runIn` says the heading is printed run in with the paragraph after it (标题接排正文).
 */
function heading(level: number): NodeSpec {
  return {
    content: 'text*',
    marks: REVIEW_MARKS,
    defining: true,
    attrs: { ...idAttr, typed: { default: null }, marker: { default: null }, runIn: { default: false }, ...changeAttr },
    parseDOM: [
      {
        tag: `h${level + 1}`,
        getAttrs: (dom) => ({ id: domAttr(dom, 'data-id') ?? '', runIn: domAttr(dom, 'data-run-in') === 'true' }),
      },
    ],
    toDOM: (node) => [
      `h${level + 1}`,
      {
        'data-id': node.attrs.id,
        class: `heading level${level}${node.attrs.runIn ? ' run-in' : ''}`,
        ...(node.attrs.runIn ? { 'data-run-in': 'true' } : {}),
        ...changeDom(node),
      },
      0,
    ],
  };
}

/** A numbered container: the heading first, then its content. */
function container(headingName: string, rest: string, cls: string): NodeSpec {
  return {
    content: `${headingName} ${rest}`,
    attrs: { ...idAttr },
    defining: true,
    isolating: false,
    parseDOM: [{ tag: `section.${cls}`, getAttrs: (dom) => ({ id: domAttr(dom, 'data-id') ?? '' }) }],
    toDOM: (node) => ['section', { class: cls, 'data-id': node.attrs.id }, 0],
  };
}

/**
 * A suggestion mark. `id` groups the pieces of one suggestion (a word typed
 * across a mark boundary, a deletion over two blocks). Not inclusive: text
 * typed at its edge is not part of someone else's suggestion.
 */
function suggestionMark(tag: 'ins' | 'del', cls: string): MarkSpec {
  return {
    attrs: { id: { default: '' }, author: { default: '' }, date: { default: '' } },
    inclusive: false,
    parseDOM: [
      {
        tag: `${tag}[data-suggestion]`,
        getAttrs: (dom) => ({ id: domAttr(dom, 'data-suggestion') ?? '', author: domAttr(dom, 'data-author') ?? '', date: domAttr(dom, 'data-date') ?? '' }),
      },
    ],
    toDOM: (mark) => [tag, { class: `suggestion ${cls}`, 'data-suggestion': mark.attrs.id, 'data-author': mark.attrs.author, 'data-date': mark.attrs.date }, 0],
  };
}

const nodes: Record<string, NodeSpec> = {
  doc: { content: `title occasion? speaker? salutation? ${B}* part* annex*` },

  // 标题 the title line, e.g. 政府工作报告
  title: textblock('h1', 'title'),
  // 题注 occasion line, starts with ——
  occasion: textblock('p', 'occasion'),
  // 署名 speaker line: office and name
  speaker: textblock('p', 'speaker'),
  // 称谓 salutation, 各位代表：
  salutation: textblock('p', 'salutation'),

  part: container('partHeading', `${B}* section* ${B}*`, 'part'),
  partHeading: heading(1),
  section: container('sectionHeading', `${B}* item* ${B}*`, 'section'),
  sectionHeading: heading(2),
  item: container('itemHeading', `${B}* subitem* ${B}*`, 'item'),
  itemHeading: heading(3),
  subitem: container('subitemHeading', `${B}*`, 'subitem'),
  subitemHeading: heading(4),

  // 正文段落. role "targetSummary" marks the paragraph stating 主要预期目标.
  paragraph: {
    group: B,
    content: 'text*',
    marks: `lead ${REVIEW_MARKS}`,
    attrs: { ...idAttr, role: { default: null }, ...changeAttr },
    parseDOM: [
      {
        tag: 'p',
        getAttrs: (dom) => ({
          id: domAttr(dom, 'data-id') ?? '',
          role: domAttr(dom, 'data-role'),
        }),
      },
    ],
    toDOM: (node) => [
      'p',
      { 'data-id': node.attrs.id, ...(node.attrs.role ? { 'data-role': node.attrs.role, class: 'target-summary' } : {}), ...changeDom(node) },
      0,
    ],
  },

  // 附件
  annex: {
    content: `annexLabel? annexTitle? (glossaryEntry | annexItem | ${B})*`,
    attrs: { ...idAttr },
    parseDOM: [{ tag: 'section.annex', getAttrs: (dom) => ({ id: domAttr(dom, 'data-id') ?? '' }) }],
    toDOM: (node) => ['section', { class: 'annex', 'data-id': node.attrs.id }, 0],
  },
  annexLabel: textblock('p', 'annex-label'),
  // 附件标题, e.g. 名词解释
  annexTitle: textblock('h2', 'annex-title'),
  // 附件条目: a numbered item of an annex that is not a glossary, e.g. one of the year's 民生实事
  // (`1.实现城镇新增就业18万人以上……`). Numbered by position like headings; `numeral` is the
  // form its numbers take: 'arabic' (1.) or 'han' (一、).
  annexItem: {
    content: 'text*',
    marks: `lead ${REVIEW_MARKS}`,
    attrs: { ...idAttr, typed: { default: null }, marker: { default: null }, numeral: { default: 'arabic' } },
    parseDOM: [
      {
        tag: 'p.annex-item',
        getAttrs: (dom) => ({ id: domAttr(dom, 'data-id') ?? '', numeral: domAttr(dom, 'data-numeral') === 'han' ? 'han' : 'arabic' }),
      },
    ],
    toDOM: (node) => ['p', { class: 'annex-item', 'data-id': node.attrs.id, 'data-numeral': node.attrs.numeral }, 0],
  },

  // 名词解释词条: term + definition; numbered by position
  glossaryEntry: {
    content: 'glossaryTerm glossaryDefinition',
    // sep: the separator typed between term and definition (：), kept so no character is lost.
    // form: 'numbered' (1. term：…) or 'endnote' (［1］term：…, answering a ［1］ marker after the term in the body)
    attrs: { ...idAttr, typed: { default: null }, sep: { default: '：' }, form: { default: 'numbered' } },
    defining: true,
    parseDOM: [{ tag: 'div.glossary-entry', getAttrs: (dom) => ({ id: domAttr(dom, 'data-id') ?? '' }) }],
    toDOM: (node) => ['div', { class: 'glossary-entry', 'data-id': node.attrs.id }, 0],
  },
  glossaryTerm: textblock('span', 'glossary-term', { parseDOM: [{ tag: 'span.glossary-term' }] }),
  glossaryDefinition: textblock('span', 'glossary-definition', { parseDOM: [{ tag: 'span.glossary-definition' }] }),

  ...tableNodeSpecs,

  text: {},
};

const marks: Record<string, MarkSpec> = {
  // 段首句: the lead sentence of a paragraph, printed bold
  lead: {
    inclusive: false,
    parseDOM: [{ tag: 'strong.lead' }, { tag: 'b' }, { tag: 'strong' }],
    toDOM: () => ['strong', { class: 'lead' }, 0],
  },
  // 修订: text suggested for insertion, by whom and when (ISO 8601). It stays
  // in the document until accepted or rejected (review/suggestions.ts).
  insertion: suggestionMark('ins', 'insertion'),
  // 修订: text suggested for deletion. It is still in the document, shown
  // struck; the final state (最终状态) leaves it out.
  deletion: suggestionMark('del', 'deletion'),
};

export const reportSchema = new Schema({ nodes, marks });

export type ReportNode = PMNode;

/** Container node names by level (1 = part … 4 = subitem). */
export const LEVELS = ['part', 'section', 'item', 'subitem'] as const;
export type LevelName = (typeof LEVELS)[number];

export const HEADING_OF: Record<LevelName, string> = {
  part: 'partHeading',
  section: 'sectionHeading',
  item: 'itemHeading',
  subitem: 'subitemHeading',
};

export function levelOf(name: string): number {
  const i = (LEVELS as readonly string[]).indexOf(name);
  return i < 0 ? 0 : i + 1;
}

export function isHeadingName(name: string): boolean {
  return name === 'partHeading' || name === 'sectionHeading' || name === 'itemHeading' || name === 'subitemHeading';
}
