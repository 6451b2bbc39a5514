/**
 * The window's language. Every visible string comes from the message catalog
 * (src/core/messages; the window's own strings are in ui.ts). Elements built
 * with `tx` remember their key, so switching to English (or back) relabels
 * the whole window in place without rebuilding it.
 */
import { message, type Lang, type MessageKey } from '../../core/messages/index.js';

let current: Lang = 'zh';
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return message(key, current, params);
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  relabel(document.body);
  for (const listener of listeners) listener(next);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Slot = 'text' | 'title' | 'aria-label' | 'placeholder';

/**
 * Label an element from the catalog: `tx(el, { text: 'ui-save', title: 'ui-save-tip' })`.
 * The keys are kept in data attributes so that setLang can relabel it.
 */
export function tx<E extends HTMLElement>(el: E, slots: Partial<Record<Slot, MessageKey>>): E {
  for (const [slot, key] of Object.entries(slots) as [Slot, MessageKey][]) {
    el.dataset[`i18n${slot === 'text' ? 'Text' : slot === 'title' ? 'Title' : slot === 'aria-label' ? 'Aria' : 'Placeholder'}`] = key;
  }
  applyLabels(el);
  return el;
}

function applyLabels(el: HTMLElement): void {
  const d = el.dataset;
  if (d.i18nText) el.textContent = t(d.i18nText as MessageKey);
  if (d.i18nTitle) el.title = t(d.i18nTitle as MessageKey);
  if (d.i18nAria) el.setAttribute('aria-label', t(d.i18nAria as MessageKey));
  if (d.i18nPlaceholder) el.setAttribute('placeholder', t(d.i18nPlaceholder as MessageKey));
}

function relabel(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[data-i18n-text],[data-i18n-title],[data-i18n-aria],[data-i18n-placeholder]').forEach(applyLabels);
}
