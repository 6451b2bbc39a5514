/**
 * Containers whose heading carries suggestion marks, for the tests of the
 * readings (最终状态, 原始状态): `struckSection('稳增长', p(...))` is a section
 * whose heading is deleted, `newSection` one whose heading is inserted.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { reportSchema as s } from '../../../../src/core/schema.js';
import { del, ins } from '../../../support/builder.js';

let n = 0;
const id = (): string => `m${++n}`;

function marked(name: 'part' | 'section' | 'item', pieces: PMNode[], content: PMNode[]): PMNode {
  const heading = s.node(`${name}Heading`, { id: id() }, pieces);
  return s.node(name, { id: id() }, [heading, ...content]);
}

/** A section whose heading text is all deleted by 甲 (suggestion d1). */
export const struckSection = (title: string, ...content: PMNode[]) => marked('section', [del(title)], content);
/** A part whose heading text is all deleted by 甲 (suggestion d1). */
export const struckPart = (title: string, ...content: PMNode[]) => marked('part', [del(title)], content);
/** A section whose heading text is all inserted by 乙 (suggestion i1). */
export const newSection = (title: string, ...content: PMNode[]) => marked('section', [ins(title, '乙')], content);
/** A section whose heading reads `kept` with `struck` deleted after it. */
export const sectionWithStruck = (kept: string, struck: string, ...content: PMNode[]) => marked('section', [s.text(kept), del(struck)], content);

/** A paragraph whose whole text is deleted (d1) or inserted (i1, by 乙). */
export const struckP = (text: string) => s.node('paragraph', { id: id() }, [del(text)]);
export const newP = (text: string) => s.node('paragraph', { id: id() }, [ins(text, '乙')]);
