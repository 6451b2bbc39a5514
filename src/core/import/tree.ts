/** The tree the second pass of the text importer builds (text.ts): containers and their paragraphs. */

export interface Para {
  text: string;
  role: string | null;
  /** Lead sentence length given by the source (bold); undefined: guess it from the text. */
  lead?: number;
  /** The body of a run-in heading: it never gets a guessed lead (the heading is its lead). */
  runInBody?: boolean;
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
