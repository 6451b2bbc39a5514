/**
 * Marks the paragraph that states the year's targets (主要预期目标) with the
 * targetSummary role, at import. Of the paragraphs that hold a summary passage
 * (see targets/summary.ts), one whose sentence names the year (今年, 2026年)
 * wins over one that does not; otherwise the first.
 */
import { findSummaryPassage } from '../targets/summary.js';
import type { Box, Para } from './tree.js';

export function markTargetSummary(root: Box): void {
  let best: { para: Para; namesYear: boolean } | null = null;
  const visit = (box: Box): void => {
    for (const list of [box.head, box.tail]) {
      for (const para of list) {
        if (best?.namesYear) return;
        const match = findSummaryPassage(para.text);
        if (match && (!best || match.namesYear)) best = { para, namesYear: match.namesYear };
      }
    }
    for (const child of box.children) visit(child);
  };
  visit(root);
  if (best) (best as { para: Para }).para.role = 'targetSummary';
}
