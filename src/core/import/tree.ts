/** The tree the second pass of the text importer builds (text.ts): containers and their paragraphs. */
import type { TableData } from '../table/tableData.js';

export interface Para {
  text: string;
  role: string | null;
  /** Lead sentence length given by the source (bold); undefined: guess it from the text. */
  lead?: number;
  /** The body of a run-in heading: it never gets a guessed lead (the heading is its lead). */
  runInBody?: boolean;
  /** A table standing where this paragraph stands (its text is empty). */
  table?: TableData;
}

export interface Box {
  level: number;
  heading: string;
  typed: number | null;
  marker: string | null;
  runIn: boolean;
  head: Para[];
  children: Box[];
  tail: Para[];
}
