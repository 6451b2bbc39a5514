/**
 * The dialog's working copy of the check lists: add and remove entries, each
 * addition validated (validate.ts), nothing stored until the user confirms.
 * The default outdated terms are shown as the list; changing them makes the
 * list the document's own, and 恢复默认词表 goes back to the defaults.
 */
import { DEFAULT_OUTDATED_TERMS, type OutdatedTerm } from '../../core/checks/outdatedTerms.js';
import type { IndicatorEntry } from '../../core/targets/lexicon.js';
import { sameLists, type CheckLists } from './checkLists.js';
import { indicatorEntry, isProblem, outdatedTermProblem, placeProblem, type Problem } from './validate.js';

export class CheckListsDraft {
  private outdated: OutdatedTerm[] | null;
  private places: string[];
  private indicatorList: IndicatorEntry[];

  constructor(
    private readonly initial: CheckLists,
    /** The report's title, occasion and speaker (local names). */
    private readonly ownText = '',
  ) {
    this.outdated = initial.outdatedTerms ? initial.outdatedTerms.map((t) => ({ ...t })) : null;
    this.places = [...initial.foreignPlaces];
    this.indicatorList = initial.indicators.map((e) => ({ name: e.name, synonyms: [...e.synonyms] }));
  }

  get outdatedTerms(): readonly OutdatedTerm[] {
    return this.outdated ?? DEFAULT_OUTDATED_TERMS;
  }

  get usingDefaults(): boolean {
    return this.outdated === null;
  }

  get foreignPlaces(): readonly string[] {
    return this.places;
  }

  get indicators(): readonly IndicatorEntry[] {
    return this.indicatorList;
  }

  private ownOutdated(): OutdatedTerm[] {
    this.outdated ??= DEFAULT_OUTDATED_TERMS.map((t) => ({ ...t }));
    return this.outdated;
  }

  addOutdated(term: string, replacement: string): Problem | null {
    const t = term.trim();
    const r = replacement.trim();
    const wrong = outdatedTermProblem(t, r, this.outdatedTerms);
    if (!wrong) this.ownOutdated().push({ term: t, replacement: r });
    return wrong;
  }

  removeOutdated(index: number): void {
    this.ownOutdated().splice(index, 1);
  }

  resetOutdated(): void {
    this.outdated = null;
  }

  addPlace(place: string): Problem | null {
    const p = place.trim();
    const wrong = placeProblem(p, this.places, this.ownText);
    if (!wrong) this.places.push(p);
    return wrong;
  }

  removePlace(index: number): void {
    this.places.splice(index, 1);
  }

  /** A new indicator, or synonyms added to one (a user entry of the same name grows). */
  addIndicator(name: string, synonymsText: string): Problem | null {
    const entry = indicatorEntry(name.trim(), synonymsText, this.indicatorList);
    if (isProblem(entry)) return entry;
    const same = this.indicatorList.find((e) => e.name === entry.name);
    if (same) same.synonyms.push(...entry.synonyms);
    else this.indicatorList.push(entry);
    return null;
  }

  removeIndicator(index: number): void {
    this.indicatorList.splice(index, 1);
  }

  result(): CheckLists {
    return {
      outdatedTerms: this.outdated ? this.outdated.map((t) => ({ ...t })) : null,
      foreignPlaces: [...this.places],
      indicators: this.indicatorList.map((e) => ({ name: e.name, synonyms: [...e.synonyms] })),
    };
  }

  changed(): boolean {
    return !sameLists(this.result(), this.initial);
  }
}
