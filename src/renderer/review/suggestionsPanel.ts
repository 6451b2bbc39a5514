/**
 * 修订 list (审阅窗格): every suggestion of the draft, grouped by author and
 * then by part (the first step of its heading path), each with its kind, its
 * text and its time, and 接受 / 拒绝; a group's header accepts or rejects
 * all of that author's; the panel's header all of them. A click on an entry
 * goes to it in the text. Structural suggestions (a heading's level, a moved
 * section, a split or a join, recorded in 修订模式 on their block) are listed
 * with the others, named by their kind: accepting one keeps the edit,
 * rejecting it puts the former structure back.
 */
import type { SuggestionInfo, SuggestionKind } from '../../core/review/index.js';
import { t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';

export interface ListedSuggestion extends Omit<SuggestionInfo, 'kind'> {
  kind: SuggestionKind;
}

export interface SuggestionActions {
  go(s: ListedSuggestion): void;
  decide(s: ListedSuggestion, accept: boolean): void;
  decideAuthor(author: string, accept: boolean): void;
  decideAll(accept: boolean): void;
}

const KIND_KEY = { insert: 'review-kind-insert', delete: 'review-kind-delete', structure: 'review-kind-structure' } as const;
const CHANGE_KEY = { level: 'review-change-level', move: 'review-change-move', split: 'review-change-split', join: 'review-change-join' } as const;

const LEVEL_KEY = ['review-level-0', 'review-level-1', 'review-level-2', 'review-level-3', 'review-level-4'] as const;

/** What the list calls a suggestion: its kind, for a structural one what changed, and for a level from which to which (结构·标题级别 二级→三级). */
export function kindLabel(s: ListedSuggestion): string {
  if (!s.change) return t(KIND_KEY[s.kind]);
  const label = `${t(KIND_KEY[s.kind])}·${t(CHANGE_KEY[s.change])}`;
  const [from, to] = s.levels ?? [];
  return from !== undefined && to !== undefined && LEVEL_KEY[from] && LEVEL_KEY[to] ? `${label} ${t(LEVEL_KEY[from])}→${t(LEVEL_KEY[to])}` : label;
}

/** Suggestions grouped by author (in order of first appearance), then by part. */
export function groupSuggestions(list: readonly ListedSuggestion[]): { author: string; parts: { part: string; items: ListedSuggestion[] }[] }[] {
  const byAuthor = new Map<string, Map<string, ListedSuggestion[]>>();
  for (const s of list) {
    const parts = byAuthor.get(s.author) ?? new Map<string, ListedSuggestion[]>();
    byAuthor.set(s.author, parts);
    const part = s.path[0] ?? '';
    const items = parts.get(part) ?? [];
    parts.set(part, items);
    items.push(s);
  }
  return [...byAuthor].map(([author, parts]) => ({ author, parts: [...parts].map(([part, items]) => ({ part, items })) }));
}

export class SuggestionsPanel {
  readonly el: HTMLElement;
  private readonly body = h('div', { class: 'review-list-body' });
  private readonly count = h('span', { class: 'review-count' });
  private list: readonly ListedSuggestion[] = [];
  current: string | null = null;

  constructor(private readonly actions: SuggestionActions) {
    const all = (key: 'review-accept-all' | 'review-reject-all', accept: boolean) => {
      const b = tx(h('button', { type: 'button', class: 'review-all' }), { text: key });
      b.addEventListener('click', () => this.actions.decideAll(accept));
      return b;
    };
    this.el = tx(h('section', { class: 'panel review-panel', role: 'region' }), { 'aria-label': 'review-list' });
    this.el.append(
      h('div', { class: 'review-panel-head' }, tx(h('h2', { class: 'panel-title' }), { text: 'review-list' }), this.count),
      h('div', { class: 'review-panel-actions' }, all('review-accept-all', true), all('review-reject-all', false)),
      this.body,
    );
    this.el.hidden = true;
  }

  show(list: readonly ListedSuggestion[]): void {
    this.list = list;
    this.render();
  }

  render(): void {
    this.count.textContent = t('review-count', { count: this.list.length });
    if (!this.list.length) {
      setChildren(this.body, h('p', { class: 'panel-empty' }, t('review-list-empty')));
      return;
    }
    const groups = groupSuggestions(this.list).map((g) => {
      const decide = (key: 'review-accept-author' | 'review-reject-author', accept: boolean) => {
        const b = h('button', { type: 'button', class: 'review-author-action' }, t(key));
        b.addEventListener('click', () => this.actions.decideAuthor(g.author, accept));
        return b;
      };
      const parts = g.parts.map((p) =>
        h('div', { class: 'review-part' }, h('h4', { class: 'review-part-title' }, p.part ? `${p.part}、` : t('review-front')), h('ul', { class: 'review-items' }, ...p.items.map((s) => this.item(s)))),
      );
      return h(
        'section',
        { class: 'review-author', 'data-author': g.author },
        h('h3', { class: 'review-author-name' }, g.author || t('review-no-author'), decide('review-accept-author', true), decide('review-reject-author', false)),
        ...parts,
      );
    });
    setChildren(this.body, ...groups);
  }

  private item(s: ListedSuggestion): HTMLElement {
    const go = h('button', { type: 'button', class: 'review-item-main' }, h('span', { class: `review-kind ${s.kind}` }, kindLabel(s)), h('span', { class: 'review-text' }, s.text.slice(0, 60)));
    go.addEventListener('click', () => this.actions.go(s));
    const button = (key: 'review-accept' | 'review-reject', accept: boolean) => {
      const b = h('button', { type: 'button', class: `review-decide ${accept ? 'accept' : 'reject'}`, 'aria-label': `${t(key)} ${s.text.slice(0, 20)}` }, t(key));
      b.addEventListener('click', () => this.actions.decide(s, accept));
      return b;
    };
    return h('li', { class: `review-item${s.id === this.current ? ' current' : ''}`, 'data-suggestion': s.id, 'data-kind': s.kind }, go, button('review-accept', true), button('review-reject', false));
  }
}
