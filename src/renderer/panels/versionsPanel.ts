/**
 * 版本: the named draft versions of the open file, newest first, in a region
 * labelled 版本. A name field and 保存为版本 keep the current draft as a
 * version (第一稿, 征求意见稿, 送审稿 are offered); each version shows when,
 * by whom and how long it is, and can be viewed read-only, restored or
 * deleted. The panel only shows and asks: app/versionsController.ts acts.
 */
import type { VersionSummary } from '../../core/versions.js';
import { lang, t, tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';
import { Roving } from '../util/roving.js';
import './versionsPanel.css';

export interface VersionsCallbacks {
  save(label: string): void;
  view(id: string): void;
  restore(id: string): void;
  remove(id: string): void;
}

/** A time as drafting staff read it: 2026-03-05 14:07. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const SUGGESTIONS = ['version-label-first', 'version-label-consult', 'version-label-review'] as const;

export class VersionsPanel {
  readonly el: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly status: HTMLElement;
  private versions: VersionSummary[] = [];
  readonly roving: Roving;
  /** 比对: compare a version with the current draft (set by compare, src/renderer/compare). */
  onCompare: ((id: string) => void) | null = null;

  constructor(private readonly callbacks: VersionsCallbacks) {
    const listId = 'caogao-version-labels';
    this.input = tx(h('input', { class: 'versions-name', type: 'text', list: listId, maxlength: 60 }), {
      'aria-label': 'ui-versions-name',
      placeholder: 'ui-versions-placeholder',
    });
    const datalist = h('datalist', { id: listId }, ...SUGGESTIONS.map((key) => h('option', { value: t(key) })));
    const saveButton = tx(h('button', { type: 'submit', class: 'versions-save-button' }), { text: 'ui-versions-save' });
    const form = h('form', { class: 'versions-save' }, this.input, datalist, saveButton);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const label = this.input.value.trim();
      if (!label) {
        this.input.focus();
        return;
      }
      this.input.value = '';
      this.callbacks.save(label);
    });
    this.list = h('ul', { class: 'versions-list' });
    // The list is one tab stop: ↑/↓/Home/End between versions, Enter views one; Tab reaches the focused version's buttons.
    this.roving = new Roving(this.list, {
      items: () => Array.from(this.list.querySelectorAll<HTMLElement>('.version')),
      key: (el) => el.dataset.version!,
      activate: (el) => this.callbacks.view(el.dataset.version!),
      changed: (current) => {
        for (const b of Array.from(this.list.querySelectorAll<HTMLElement>('.version-action'))) b.tabIndex = current?.contains(b) ? 0 : -1;
      },
    });
    this.empty = tx(h('p', { class: 'panel-empty' }), { text: 'ui-versions-empty' });
    this.status = h('p', { class: 'versions-status', role: 'status', 'aria-live': 'polite' });
    this.el = tx(h('section', { class: 'panel versions', role: 'region' }), { 'aria-label': 'ui-versions' });
    this.el.append(tx(h('h2', { class: 'panel-title' }), { text: 'ui-versions' }), form, this.status, this.empty, this.list);
    this.render();
  }

  show(versions: VersionSummary[]): void {
    this.versions = versions;
    this.render();
  }

  /** A short message under the form (saved, restored), read out by screen readers. */
  say(text: string): void {
    this.status.textContent = text;
  }

  /** Re-render in the current language. */
  render(): void {
    this.empty.hidden = this.versions.length > 0;
    const focused = this.roving.hasFocus();
    setChildren(this.list, ...this.versions.map((v) => this.item(v)));
    this.roving.refresh();
    if (focused) this.roving.current()?.focus();
  }

  /** Where F6 lands in this panel: the versions list, or the name field when there is no version yet. */
  focus(): void {
    (this.roving.current() ?? this.input).focus();
  }

  private item(v: VersionSummary): HTMLElement {
    const button = (key: 'ui-versions-view' | 'ui-versions-restore' | 'ui-versions-delete' | 'compare-version', run: () => void, cls: string) => {
      const b = h('button', { type: 'button', class: `version-action ${cls}`, 'aria-label': `${t(key)} ${v.label}` }, t(key));
      b.addEventListener('click', run);
      return b;
    };
    const chars = v.chars.toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en');
    return h(
      'li',
      { class: 'version', 'data-version': v.id, tabindex: '-1', 'aria-label': `${v.label} ${shortTime(v.createdAt)}` },
      h('div', { class: 'version-label' }, v.label),
      h('div', { class: 'version-meta' }, t('ui-versions-meta', { time: shortTime(v.createdAt), author: v.author || t('ui-versions-anonymous'), chars })),
      h(
        'div',
        { class: 'version-actions' },
        button('ui-versions-view', () => this.callbacks.view(v.id), 'view'),
        this.onCompare ? button('compare-version', () => this.onCompare?.(v.id), 'compare') : null,
        button('ui-versions-restore', () => this.callbacks.restore(v.id), 'restore'),
        button('ui-versions-delete', () => this.callbacks.remove(v.id), 'delete'),
      ),
    );
  }
}
