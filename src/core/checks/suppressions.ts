/**
 * Suppressed findings (忽略), stored in the document's settings under
 * `checks.suppressions` with who suppressed them and why, so that every
 * reviewer of the file sees the same list. A suppression matches a finding of
 * the same rule in the same block with the same text: when the text changes,
 * the finding comes back.
 */
import { checksSettings, readCheckConfig } from './settings.js';
import type { Finding, Suppression } from './types.js';

type Settings = Record<string, unknown>;

export function matchesSuppression(f: Finding, s: Suppression): boolean {
  return s.rule === f.rule && s.blockId === f.blockId && s.text === (f.text ?? '');
}

export function findSuppression(f: Finding, list: readonly Suppression[]): Suppression | undefined {
  return list.find((s) => matchesSuppression(f, s));
}

function withSuppressions(settings: Settings, list: Suppression[]): Settings {
  return { ...settings, checks: { ...checksSettings(settings), suppressions: list } };
}

/** New settings in which `finding` is suppressed by `who` for `why`. */
export function suppressFinding(settings: Settings, finding: Finding, who: string, why: string, at = new Date().toISOString()): Settings {
  const list = readCheckConfig(settings).suppressions.filter((s) => !matchesSuppression(finding, s));
  list.push({ rule: finding.rule, blockId: finding.blockId, text: finding.text ?? '', who, why, at });
  return withSuppressions(settings, list);
}

/** New settings in which the finding (or the suppression) is active again. */
export function unsuppressFinding(settings: Settings, target: Finding | Suppression): Settings {
  const probe: Finding =
    'severity' in target ? target : ({ rule: target.rule, blockId: target.blockId, text: target.text } as Finding);
  const list = readCheckConfig(settings).suppressions.filter((s) => !matchesSuppression(probe, s));
  return withSuppressions(settings, list);
}
