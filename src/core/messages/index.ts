/**
 * The message catalog: every string a user can read, Simplified Chinese first,
 * English second. Placeholders are written {name}. Each area keeps its
 * strings in a file of its own here (foundation.ts, ui.ts, checks.ts …) and
 * this index merges them, so a key is defined once.
 */
import { checkListsMessages } from './checkLists.js';
import { checksMessages } from './checks.js';
import { compareMessages } from './compare.js';
import { escapeBidi } from '../format/displayText.js';
import { foundationMessages } from './foundation.js';
import { filesMessages } from './files.js';
import { readOnlyMessages } from './readOnly.js';
import { shellMessages } from './shell.js';
import { uiMessages } from './ui.js';
import { versionCommandMessages } from './versionCommand.js';

export type Lang = 'zh' | 'en';

const catalog = {
  ...foundationMessages,
  ...checksMessages,
  ...checkListsMessages,
  ...compareMessages,
  ...filesMessages,
  ...readOnlyMessages,
  ...shellMessages,
  ...uiMessages,
  ...versionCommandMessages,
} as const;

export type MessageKey = keyof typeof catalog;

export function message(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  const template: string = catalog[key][lang];
  // A value from outside (a file name) never reorders the line it is shown in: bidirectional controls are spelled out.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? escapeBidi(String(params[name])) : whole));
}

/** Chinese unless the user asked for English (a LANG of en_*). */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(lang) ? 'en' : 'zh';
}
