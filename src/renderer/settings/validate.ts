/**
 * What is wrong with an entry of the check lists, said in Chinese (and
 * English) from the catalog. Precision first: an entry that would make the
 * checks cry wolf (a single character, a local place listed as foreign, a
 * new name that still contains the outdated one, a synonym that already
 * names another indicator) is refused with the reason.
 */
import type { OutdatedTerm } from '../../core/checks/outdatedTerms.js';
import type { MessageKey } from '../../core/messages/index.js';
import { buildLexicon, type IndicatorEntry } from '../../core/targets/lexicon.js';

/** Which field of the dialog the problem is in (to put the focus there). */
export type Field = 'term' | 'replacement' | 'place' | 'indicator' | 'synonyms';

export interface Problem {
  key: MessageKey;
  params: Record<string, string | number>;
  field: Field;
}

export const MAX_LENGTH = 30;

const problem = (key: MessageKey, field: Field, params: Record<string, string | number> = {}): Problem => ({ key, params, field });

/** Length limits shared by every word of the lists. */
function lengthProblem(text: string, field: Field): Problem | null {
  if ([...text].length < 2) return problem('settings-too-short', field, { text });
  if ([...text].length > MAX_LENGTH) return problem('settings-too-long', field, { text, max: MAX_LENGTH });
  return null;
}

/** Punctuation or spaces: not in a place name; separators not in an indicator's name. */
const PLACE_PUNCTUATION = /[\s\p{P}]/u;
const SEPARATORS = /[、，,；;\s]/;

export function outdatedTermProblem(term: string, replacement: string, list: readonly OutdatedTerm[]): Problem | null {
  if (!term) return problem('settings-term-empty', 'term');
  const shape = lengthProblem(term, 'term');
  if (shape) return shape;
  if (list.some((t) => t.term === term)) return problem('settings-term-duplicate', 'term', { term });
  if (!replacement) return problem('settings-replacement-empty', 'replacement', { term });
  if ([...replacement].length > MAX_LENGTH) return problem('settings-too-long', 'replacement', { text: replacement, max: MAX_LENGTH });
  if (replacement === term) return problem('settings-term-same', 'replacement', { term });
  // The check skips the new name only where it starts at the old one (src/core/checks/rules/outdatedTerm.ts).
  if (replacement.includes(term) && !replacement.startsWith(term)) return problem('settings-replacement-contains-term', 'replacement', { term, replacement });
  return null;
}

export function placeProblem(place: string, list: readonly string[], ownText: string): Problem | null {
  if (!place) return problem('settings-place-empty', 'place');
  if (PLACE_PUNCTUATION.test(place)) return problem('settings-punctuation', 'place', { text: place });
  const shape = lengthProblem(place, 'place');
  if (shape) return shape;
  if (list.includes(place)) return problem('settings-place-duplicate', 'place', { place });
  if (ownText.includes(place)) return problem('settings-place-own', 'place', { place });
  return null;
}

/** Synonyms as typed: separated by 、，, ; or spaces, each once. */
export function parseSynonyms(text: string): string[] {
  return [...new Set(text.split(/[、，,；;\s]+/).filter((s) => s !== ''))];
}

/**
 * A new indicator entry, or the problem with it. A synonym the indicator
 * already has is dropped; if nothing new is left for a known indicator, that
 * is the problem.
 */
export function indicatorEntry(name: string, synonymsText: string, userEntries: readonly IndicatorEntry[]): IndicatorEntry | Problem {
  if (!name) return problem('settings-indicator-empty', 'indicator');
  if (SEPARATORS.test(name)) return problem('settings-punctuation', 'indicator', { text: name });
  const nameShape = lengthProblem(name, 'indicator');
  if (nameShape) return nameShape;
  const { canonical } = buildLexicon(userEntries);
  const owner = canonical.get(name);
  if (owner && owner !== name) return problem('settings-form-taken', 'indicator', { form: name, indicator: owner });
  const added: string[] = [];
  for (const form of parseSynonyms(synonymsText)) {
    if (form === name) return problem('settings-synonym-same', 'synonyms', { form });
    const shape = lengthProblem(form, 'synonyms');
    if (shape) return shape;
    const known = canonical.get(form);
    if (known === name) continue;
    if (known) return problem('settings-form-taken', 'synonyms', { form, indicator: known });
    added.push(form);
  }
  if (!added.length && owner) return problem('settings-indicator-nothing-new', 'synonyms', { name });
  return { name, synonyms: added };
}

export const isProblem = (value: IndicatorEntry | Problem | null): value is Problem => !!value && 'key' in value;
