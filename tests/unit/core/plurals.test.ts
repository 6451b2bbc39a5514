/**
 * English counts take the number of their noun everywhere, not only on the
 * command line: every message is rendered with each of its parameters set to
 * 1, and no count may then stand before a plural noun ("1 errors" in the
 * status bar was the case found).
 */
import { describe, expect, it } from 'vitest';
import { message, messageKeys } from '../../../src/core/messages/index.js';

/** Plural nouns the catalog counts. */
const PLURALS = /\b1 (errors|warnings|notes|blocks|words|changes|tracked changes|comments|replies|deletions|elements|entries|fields|images|styles|suggestions|symbols|tables|items|values|pages|findings|targets|files|versions|sections|parts)\b/;

/** Where "1" is not a count of the noun after it: an exit code (1 errors found), a format's name ({format} files). */
const NOT_COUNTS = new Set(['cli-help-common', 'shell-filter-export']);

describe('English plurals', () => {
  it('no message says "1" before a plural noun', () => {
    const wrong: string[] = [];
    for (const key of messageKeys().filter((k) => !NOT_COUNTS.has(k))) {
      const names = [...message(key, 'en').matchAll(/\{(\w+)/g)].map((m) => m[1]);
      const text = message(key, 'en', Object.fromEntries(names.map((n) => [n, 1])));
      if (PLURALS.test(text)) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the status bar counts one error and two warnings as such', () => {
    expect(message('ui-status-checks', 'en', { errors: 1, warnings: 2, infos: 1 })).toBe('1 error · 2 warnings · 1 note');
  });
});
