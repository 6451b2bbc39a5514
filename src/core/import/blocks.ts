/** The logical blocks the first pass of the text importer gives (lines.ts), and what they carry. */
import type { TableData } from '../table/tableData.js';

export type LineKind =
  | 'title'
  | 'occasion'
  | 'speaker'
  | 'salutation'
  | 'part'
  | 'section'
  | 'item'
  | 'subitem'
  | 'annexLabel'
  | 'annexTitle'
  | 'annexEntry'
  | 'text'
  | 'table';

/** How an annex entry is numbered: 1. (arabic), 一、 (han) or ［1］ (endnote). */
export type EntryForm = 'arabic' | 'han' | 'endnote';

export interface LogicalBlock {
  kind: LineKind;
  /** Text without the numbering marker (emphasis markers are removed later). */
  text: string;
  /** The number the heading or entry was typed with (1-based). */
  typed?: number;
  /** The marker as typed, e.g. （一） or 1、 */
  marker?: string;
  /** 1-based source line where the block starts. */
  line: number;
  /** Length of a lead sentence given by the source (bold at the paragraph start); text blocks only. */
  lead?: number;
  /** An annex entry's numbering form. */
  form?: EntryForm;
  /** A heading printed run in with the paragraph after it (标题接排正文). */
  runIn?: boolean;
  /** A text block that is the body of the run-in heading before it. */
  runInBody?: boolean;
  /** A line left by a web page (a photo caption, 来源：…), kept as a paragraph. */
  webNoise?: boolean;
  /** A table (kind 'table'), a block of its own wherever it stands. */
  table?: TableData;
}
