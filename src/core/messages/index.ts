/**
 * The message catalog: every string a user can read, Simplified Chinese first,
 * English second. Placeholders are written {name}. Each area keeps its
 * strings in a file of its own here (foundation.ts, ui.ts, checks.ts …) and
 * this index merges them, so a key is defined once.
 */
import { checkListsMessages } from './checkLists.js';
import { checksMessages } from './checks.js';
import { cliOptionMessages } from './cliOptions.js';
import { compareMessages } from './compare.js';
import { escapeBidi } from '../format/displayText.js';
import { foundationMessages } from './foundation.js';
import { filesMessages } from './files.js';
import { osReasonMessages } from './osReasons.js';
import { pagesMessages } from './pages.js';
import { fileDialogMessages } from './fileDialog.js';
import { readOnlyMessages } from './readOnly.js';
import { reviewMessages } from './review.js';
import { reviewUiMessages } from './reviewUi.js';
import { shellMessages } from './shell.js';
import { uiMessages } from './ui.js';
import { versionCommandMessages } from './versionCommand.js';

export type Lang = 'zh' | 'en';

const catalog = {
  ...foundationMessages,
  ...checksMessages,
  ...checkListsMessages,
  ...cliOptionMessages,
  ...compareMessages,
  ...filesMessages,
  ...osReasonMessages,
  ...pagesMessages,
  ...fileDialogMessages,
  ...readOnlyMessages,
  ...reviewMessages,
  ...reviewUiMessages,
  ...shellMessages,
  ...uiMessages,
  ...versionCommandMessages,
} as const;

export type MessageKey = keyof typeof catalog;

/** A parameter naming an OS reason (osReasons.ts: reason-missing-file) is shown as the reason in the line's language. */
function shown(value: string | number, lang: Lang): string {
  if (typeof value === 'string' && value.startsWith('reason-') && isMessageKey(value)) return catalog[value as MessageKey][lang];
  // A value from outside (a file name) never reorders the line it is shown in: bidirectional controls are spelled out.
  return escapeBidi(String(value));
}

/**
 * The message `key` in `lang` with its placeholders filled. `{name}` is the
 * parameter; `{name:one|many}` is the count with its noun in the singular or
 * the plural, for English ("{errors:error|errors}" gives "1 error", "2 errors").
 */
export function message(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  const template: string = catalog[key][lang];
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (one === undefined || many === undefined) return shown(value, lang);
    return `${value} ${Number(value) === 1 ? one : many}`;
  });
}

/** Every key of the catalog (for tests that read all messages). */
export function messageKeys(): MessageKey[] {
  return Object.keys(catalog) as MessageKey[];
}

/** Whether `key` is in the catalog (for keys built from a name, such as cli-option-json). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

/** Chinese unless the user asked for English (a LANG of en_*). */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(lang) ? 'en' : 'zh';
}
