/**
 * What the importer could not place as typed, for the user to read. Nothing
 * is dropped: a notice says where the text went instead.
 */
import { message, type MessageKey } from '../messages/index.js';

export interface ImportNotice {
  code: MessageKey;
  /** 1-based line of the source, or 0 when it has no line (a .docx part). */
  line: number;
  /** The text concerned, shortened. */
  excerpt: string;
  zh: string;
  en: string;
}

export function notice(code: MessageKey, line: number, excerpt: string): ImportNotice {
  const short = excerpt.length > 30 ? `${excerpt.slice(0, 30)}…` : excerpt;
  return { code, line, excerpt: short, zh: message(code, 'zh', { line, excerpt: short }), en: message(code, 'en', { line, excerpt: short }) };
}

/** A notice about the whole file rather than one line (images left out, tables split), with its own parameters. */
export function fileNotice(code: MessageKey, params: Record<string, string | number> = {}): ImportNotice {
  const excerpt = String(params.excerpt ?? '');
  return { code, line: 0, excerpt, zh: message(code, 'zh', params), en: message(code, 'en', params) };
}
