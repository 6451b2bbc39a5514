/** Shared test helpers for the check rules. */
import type { Node as PMNode } from 'prosemirror-model';
import { runChecks, type Finding } from '../../../src/core/checks/index.js';

/** Run one rule. */
export function checkRule(rule: string, d: PMNode, settings: Record<string, unknown> = {}): Finding[] {
  return runChecks(d, settings, { rules: [rule] });
}

/** The texts the findings point at. */
export const texts = (findings: Finding[]): string[] => findings.map((f) => f.text ?? '');
