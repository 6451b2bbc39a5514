/** The catalogue of check rules (report-conventions.md §6), in the order panels list them. */
import type { Rule } from './types.js';
import { countMismatch } from './rules/countMismatch.js';
import { enumerationMismatch } from './rules/enumerationMismatch.js';
import { estimate } from './rules/estimate.js';
import { foreignPlace } from './rules/foreignPlace.js';
import { glossaryCandidate } from './rules/glossaryCandidate.js';
import { glossaryDuplicate } from './rules/glossaryDuplicate.js';
import { glossaryEmpty } from './rules/glossaryEmpty.js';
import { glossaryOrder } from './rules/glossaryOrder.js';
import { glossaryUnused } from './rules/glossaryUnused.js';
import { headingPunctuation } from './rules/headingPunctuation.js';
import { numberingForm } from './rules/numberingForm.js';
import { numberingSequence } from './rules/numberingSequence.js';
import { outdatedTerm } from './rules/outdatedTerm.js';
import { punctuationDouble } from './rules/punctuationDouble.js';
import { punctuationHalfwidth } from './rules/punctuationHalfwidth.js';
import { punctuationPair } from './rules/punctuationPair.js';
import { spacing } from './rules/spacing.js';
import { targetMismatch } from './rules/targetMismatch.js';
import { typedMarker } from './rules/typedMarker.js';
import { yearConsistency } from './rules/yearConsistency.js';

export const RULES: readonly Rule[] = [
  targetMismatch,
  countMismatch,
  numberingSequence,
  numberingForm,
  headingPunctuation,
  typedMarker,
  glossaryUnused,
  glossaryOrder,
  glossaryDuplicate,
  glossaryEmpty,
  glossaryCandidate,
  enumerationMismatch,
  punctuationHalfwidth,
  punctuationPair,
  punctuationDouble,
  spacing,
  yearConsistency,
  estimate,
  outdatedTerm,
  foreignPlace,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
