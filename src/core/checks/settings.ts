/**
 * What the checks read from a document's settings, stored in the .caogao file:
 *
 *   settings.checks = {
 *     disabledRules:  ["spacing"],                       // rules switched off for this document
 *     outdatedTerms:  [{ term, replacement }],           // replaces the default list when present
 *     foreignPlaces:  ["洪山区", "光谷"],                  // names of other jurisdictions
 *     suppressions:   [{ rule, blockId, text, who, why, at }],
 *   }
 *   settings.targets = { indicators: [{ name, synonyms }] }   // see ../targets/lexicon.ts
 *
 * Malformed entries are skipped: a hand-edited list never stops the checks.
 */
import { lexiconFromSettings } from '../targets/lexicon.js';
import { DEFAULT_OUTDATED_TERMS, type OutdatedTerm } from './outdatedTerms.js';
import type { CheckConfig, Suppression } from './types.js';

export type { CheckConfig };

type Raw = Record<string, unknown>;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : [];
}

function outdatedTerms(value: unknown): readonly OutdatedTerm[] {
  if (!Array.isArray(value)) return DEFAULT_OUTDATED_TERMS;
  const out: OutdatedTerm[] = [];
  for (const raw of value) {
    const t = raw as { term?: unknown; replacement?: unknown };
    if (typeof t?.term === 'string' && t.term.trim() && typeof t.replacement === 'string') {
      out.push({ term: t.term.trim(), replacement: t.replacement.trim() });
    }
  }
  return out;
}

function suppressions(value: unknown): Suppression[] {
  if (!Array.isArray(value)) return [];
  const out: Suppression[] = [];
  for (const raw of value) {
    const s = raw as Partial<Record<keyof Suppression, unknown>>;
    if (typeof s?.rule !== 'string' || typeof s.blockId !== 'string' || typeof s.text !== 'string') continue;
    out.push({
      rule: s.rule,
      blockId: s.blockId,
      text: s.text,
      who: typeof s.who === 'string' ? s.who : '',
      why: typeof s.why === 'string' ? s.why : '',
      at: typeof s.at === 'string' ? s.at : '',
    });
  }
  return out;
}

/** The `checks` object of the settings (empty when absent). */
export function checksSettings(settings: Raw | undefined): Raw {
  const checks = settings?.checks;
  return checks && typeof checks === 'object' && !Array.isArray(checks) ? (checks as Raw) : {};
}

export function readCheckConfig(settings: Raw = {}): CheckConfig {
  const checks = checksSettings(settings);
  return {
    disabledRules: strings(checks.disabledRules),
    outdatedTerms: outdatedTerms(checks.outdatedTerms),
    foreignPlaces: strings(checks.foreignPlaces),
    suppressions: suppressions(checks.suppressions),
    lexicon: lexiconFromSettings(settings),
  };
}
