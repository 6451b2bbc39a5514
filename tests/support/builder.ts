/**
 * A tiny document builder for tests, in the spirit of prosemirror-test-builder:
 *
 *   doc(title('政府工作报告'), part('过去一年工作回顾', p('正文。')), annex('名词解释', entry('六稳', '稳就业……')))
 *
 * Ids are deterministic (b1, b2, …) per builder call so tests can point at blocks.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { reportSchema as s } from '../../src/core/schema.js';

let counter = 0;
const id = (): string => `b${++counter}`;

export function resetIds(): void {
  counter = 0;
}

const text = (t: string) => (t ? [s.text(t)] : []);

export const title = (t: string) => s.node('title', { id: id() }, text(t));
export const occasion = (t: string) => s.node('occasion', { id: id() }, text(t));
export const speaker = (t: string) => s.node('speaker', { id: id() }, text(t));
export const salutation = (t = '各位代表：') => s.node('salutation', { id: id() }, text(t));

/** A paragraph; `lead` marks its first sentence as the lead sentence. */
export function p(t: string, opts: { lead?: boolean; role?: string; id?: string } = {}): PMNode {
  const attrs = { id: opts.id ?? id(), role: opts.role ?? null };
  if (opts.lead) {
    const end = t.indexOf('。') + 1;
    return s.node('paragraph', attrs, [s.text(t.slice(0, end), [s.marks.lead.create()]), ...text(t.slice(end))]);
  }
  return s.node('paragraph', attrs, text(t));
}

/** The paragraph stating 主要预期目标. */
export const summary = (t: string) => p(t, { role: 'targetSummary' });

type HeadingAttrs = { typed?: number; marker?: string; id?: string };

function container(name: string, headingName: string) {
  return (heading: string | [string, HeadingAttrs], ...content: PMNode[]): PMNode => {
    const [t, attrs] = typeof heading === 'string' ? [heading, {} as HeadingAttrs] : heading;
    const h = s.node(headingName, { id: id(), typed: attrs.typed ?? null, marker: attrs.marker ?? null }, text(t));
    return s.node(name, { id: attrs.id ?? id() }, [h, ...content]);
  };
}

export const part = container('part', 'partHeading');
export const section = container('section', 'sectionHeading');
export const item = container('item', 'itemHeading');
export const subitem = container('subitem', 'subitemHeading');

export const entry = (term: string, definition: string) =>
  s.node('glossaryEntry', { id: id() }, [s.node('glossaryTerm', { id: id() }, text(term)), s.node('glossaryDefinition', { id: id() }, text(definition))]);

export const annex = (annexTitle: string | null, ...content: PMNode[]) =>
  s.node('annex', { id: id() }, [
    s.node('annexLabel', { id: id() }, text('附件')),
    ...(annexTitle !== null ? [s.node('annexTitle', { id: id() }, text(annexTitle))] : []),
    ...content,
  ]);

/** A whole document; a title is added when the first child is not one. */
export function doc(...children: PMNode[]): PMNode {
  const all = children[0]?.type.name === 'title' ? children : [title('政府工作报告'), ...children];
  const d = s.node('doc', null, all);
  d.check();
  return d;
}

/** Text suggested for insertion (修订), by `author`, in suggestion `sid`. */
export const ins = (t: string, author = '甲', sid = 'i1', date = '2026-01-02T03:04:05Z') => s.text(t, [s.marks.insertion.create({ id: sid, author, date })]);
/** Text suggested for deletion (修订). */
export const del = (t: string, author = '甲', sid = 'd1', date = '2026-01-02T03:04:05Z') => s.text(t, [s.marks.deletion.create({ id: sid, author, date })]);

/** A paragraph of plain strings and marked text nodes (ins, del). */
export function pm(...pieces: (string | PMNode)[]): PMNode {
  return s.node('paragraph', { id: id(), role: null }, pieces.filter((x) => x !== '').map((x) => (typeof x === 'string' ? s.text(x) : x)));
}

/** A table from rows of cell texts: `table(['指标', '目标'], ['地区生产总值', '增长5%左右'])`; a cell may hold several paragraphs ('甲\n乙'). */
export const table = (...rows: string[][]): PMNode =>
  s.node(
    'table',
    { id: id() },
    rows.map((cells) => s.node('tableRow', { id: id() }, cells.map((c) => s.node('tableCell', null, c.split('\n').map((t) => p(t)))))),
  );
