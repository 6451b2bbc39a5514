/**
 * Errors a user can meet: a message for the user in both languages, a code
 * for programs, and the cause for the developer.
 */
import { message, type Lang, type MessageKey } from './messages/index.js';

export class CaogaoError extends Error {
  readonly code: MessageKey;
  readonly params: Record<string, string | number>;

  constructor(code: MessageKey, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(message(code, 'en', params), options);
    this.name = 'CaogaoError';
    this.code = code;
    this.params = params;
  }

  /** The message in the user's language. */
  userMessage(lang: Lang): string {
    return message(this.code, lang, this.params);
  }
}
