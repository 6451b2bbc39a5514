/**
 * `caogao review FILE… [--json]`: the 批注 (comments) and 修订 (suggestions)
 * of a .caogao, or of a .docx a reviewer returned (read as the import reads
 * it). Comments come in document order with their heading path, the text
 * they point at, their replies and 已解决; suggestions in document order
 * with kind, author, date, text and path. The JSON:
 *
 *   {"comments": [{"id", "author", "date", "text", "anchor", "path", "resolved", "replies": [{"author", "date", "text"}]}],
 *    "suggestions": [{"id", "kind": "insert|delete|structure", "author", "date", "text", "path"}]}
 *
 * `anchor` is the commented text (the quote, when the text was deleted).
 * Several files as batch.ts says.
 */
import { displayWidth, padDisplay } from '../../core/format/displayText.js';
import { message, type Lang, type MessageKey } from '../../core/messages/index.js';
import { listComments, type CommentInfo } from '../../core/review/comments.js';
import { listSuggestions, type SuggestionInfo } from '../../core/review/suggestions.js';
import { loadDocument } from '../../node/documents.js';
import { countsOf, runOnFiles, type Counts, type PerFile } from '../batch.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../usage.js';

interface Result {
  comments: CommentInfo[];
  suggestions: SuggestionInfo[];
  counts: Counts;
}

function toJson(r: Result): Record<string, unknown> {
  return {
    comments: r.comments.map((c) => ({
      id: c.id,
      author: c.author,
      date: c.date,
      text: c.text,
      anchor: c.anchorText,
      path: c.path,
      resolved: c.resolved,
      replies: c.replies.map((reply) => ({ author: reply.author, date: reply.date, text: reply.text })),
    })),
    suggestions: r.suggestions.map((s) => ({ id: s.id, kind: s.kind, author: s.author, date: s.date, text: s.text, path: s.path })),
  };
}

/** An ISO 8601 time as people read it, as written (2026-03-01T08:00:00Z → 2026-03-01 08:00); what does not look like one, as it is. */
const when = (iso: string): string => (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso);
const who = (author: string, lang: Lang): string => author.trim() || message('review-no-author', lang);
const pathOf = (path: string[]): string => path.join('') || '—';

function toText(r: Result, lang: Lang): string {
  if (!r.comments.length && !r.suggestions.length) return `${message('cli-review-none', lang)}\n`;
  const lines: string[] = [];
  const width = Math.max(0, ...[...r.comments, ...r.suggestions].map((x) => displayWidth(pathOf(x.path))));
  if (r.comments.length) {
    lines.push(message('cli-review-comments', lang, { count: r.comments.length }));
    for (const c of r.comments) {
      const states = [c.resolved ? message('cli-review-resolved', lang) : '', c.anchor.deleted ? message('cli-review-deleted', lang) : ''].filter(Boolean);
      const state = states.length ? `  [${states.join(lang === 'zh' ? '，' : ', ')}]` : '';
      lines.push(`  ${padDisplay(pathOf(c.path), width)}  ${who(c.author, lang)}  ${when(c.date)}  “${c.anchorText}”${state}`);
      lines.push(`  ${' '.repeat(width)}  ${c.text.replace(/\n/g, ' ')}`);
      for (const reply of c.replies) lines.push(`  ${' '.repeat(width)}  ↳ ${who(reply.author, lang)}  ${when(reply.date)}  ${reply.text.replace(/\n/g, ' ')}`);
    }
  }
  if (r.suggestions.length) {
    lines.push(message('cli-review-suggestions', lang, { count: r.suggestions.length }));
    for (const s of r.suggestions) {
      const kind = message(`cli-review-${s.kind}` as MessageKey, lang);
      lines.push(`  ${padDisplay(pathOf(s.path), width)}  ${kind}  ${who(s.author, lang)}  ${when(s.date)}  ${s.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const perFile: PerFile<Result> = {
  async run(file) {
    const { doc, comments } = await loadDocument(file);
    return { comments: listComments(comments ?? [], doc), suggestions: listSuggestions(doc), counts: countsOf(doc) };
  },
  json: toJson,
  text: toText,
  exitCode: () => EXIT_OK,
  counts: (r) => r.counts,
  columns: ['cli-batch-comments', 'cli-batch-suggestions'],
  cells: (r) => [r.comments.length, r.suggestions.length],
};

export const reviewCommand: Command = {
  name: 'review',
  usage: 'caogao review FILE… [--json]',
  summary: { zh: message('cli-review-command', 'zh'), en: message('cli-review-command', 'en') },
  options: { json: { type: 'boolean' } },
  run: (ctx) => runOnFiles(ctx, perFile),
};
