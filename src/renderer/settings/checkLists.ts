/**
 * The lists of the checks a user edits (检查设置), as they sit in the
 * document's settings (see src/core/checks/settings.ts and
 * src/core/targets/lexicon.ts):
 *
 *   checks.outdatedTerms  [{ term, replacement }]   absent: the default list
 *   checks.foreignPlaces  ["洪山区", …]              no default
 *   targets.indicators    [{ name, synonyms }]      added to the default lexicon
 *
 * Reading cleans the lists as the checks read them; writing replaces only
 * these three keys and keeps everything else (disabled rules, suppressions).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { checksSettings, readCheckConfig } from '../../core/checks/settings.js';
import type { OutdatedTerm } from '../../core/checks/outdatedTerms.js';
import { indicatorsFromSettings, type IndicatorEntry } from '../../core/targets/lexicon.js';

type Raw = Record<string, unknown>;

export interface CheckLists {
  /** null: the default list, nothing stored (it follows updates of the defaults). */
  outdatedTerms: OutdatedTerm[] | null;
  foreignPlaces: string[];
  /** The user's entries only; the defaults are in the lexicon. */
  indicators: IndicatorEntry[];
}

const isObject = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

export function readCheckLists(settings: Raw): CheckLists {
  const config = readCheckConfig(settings);
  const indicators = indicatorsFromSettings(settings)
    .map((e) => ({ name: e.name.trim(), synonyms: e.synonyms.map((s) => s.trim()).filter((s) => s !== '') }))
    .filter((e) => e.name !== '');
  return {
    outdatedTerms: Array.isArray(checksSettings(settings).outdatedTerms) ? config.outdatedTerms.map((t) => ({ ...t })) : null,
    foreignPlaces: [...config.foreignPlaces],
    indicators,
  };
}

/** The settings with these lists; an empty list (or the default outdated terms) is not stored. */
export function writeCheckLists(settings: Raw, lists: CheckLists): Raw {
  const checks: Raw = { ...checksSettings(settings) };
  const targets: Raw = isObject(settings.targets) ? { ...settings.targets } : {};
  if (lists.outdatedTerms) checks.outdatedTerms = lists.outdatedTerms.map(({ term, replacement }) => ({ term, replacement }));
  else delete checks.outdatedTerms;
  if (lists.foreignPlaces.length) checks.foreignPlaces = [...lists.foreignPlaces];
  else delete checks.foreignPlaces;
  if (lists.indicators.length) targets.indicators = lists.indicators.map(({ name, synonyms }) => ({ name, synonyms: [...synonyms] }));
  else delete targets.indicators;
  const next: Raw = { ...settings };
  if (Object.keys(checks).length) next.checks = checks;
  else delete next.checks;
  if (Object.keys(targets).length) next.targets = targets;
  else delete next.targets;
  return next;
}

export function sameLists(a: CheckLists, b: CheckLists): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The report's own title, occasion and speaker: names there are local, never foreign. */
export function frontMatterText(doc: PMNode): string {
  const parts: string[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'title' || node.type.name === 'occasion' || node.type.name === 'speaker') parts.push(node.textContent);
  });
  return parts.join('\n');
}
