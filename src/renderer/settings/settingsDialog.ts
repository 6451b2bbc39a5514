/**
 * 检查设置: a dialog to view, add and remove the entries of the check lists
 * (停用名称, 外地地名, 指标别名). Each section lists its entries with a 删除
 * button and has a small form to add one; a refused entry says why under
 * its form and keeps the focus in the field at fault. 确定 hands back the
 * new lists (null for 取消, or when nothing changed); while the file is
 * read-only the lists can be viewed, not changed.
 */
import type { MessageKey } from '../../core/messages/index.js';
import { lang, t } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';
import { cancelButton, showModal } from '../util/modal.js';
import type { CheckLists } from './checkLists.js';
import { CheckListsDraft } from './draft.js';
import type { Field, Problem } from './validate.js';
import './settings.css';

type Input = HTMLInputElement;

interface Section {
  el: HTMLElement;
  render(): void;
}

function input(label: MessageKey, field: Field, width = ''): Input {
  return h('input', { type: 'text', class: `settings-input ${width}`, 'aria-label': t(label), placeholder: t(label), 'data-field': field, maxlength: 200 });
}

/** One section: title, hint, the entries, and the form that adds one. */
function section(options: {
  title: MessageKey;
  hint: MessageKey;
  fields: Input[];
  entries: () => { text: string; remove: () => void }[];
  add: () => Problem | null;
  extra?: HTMLElement;
  /** After each render (the outdated terms' note on the default list). */
  onRender?: () => void;
  editable: boolean;
}): Section {
  const list = h('ul', { class: 'settings-list' });
  const error = h('p', { class: 'settings-error', role: 'alert' });
  const addButton = h('button', { type: 'submit', class: 'dialog-button' }, t('settings-add'));
  const form = h('form', { class: 'settings-add' }, ...options.fields, addButton);
  const render = (): void => {
    const entries = options.entries();
    setChildren(
      list,
      ...(entries.length
        ? entries.map((e) => {
            const remove = h('button', { type: 'button', class: 'settings-remove', 'aria-label': `${t('settings-remove')} ${e.text}`, disabled: !options.editable }, t('settings-remove'));
            remove.addEventListener('click', () => {
              e.remove();
              render();
            });
            return h('li', { class: 'settings-entry' }, h('span', { class: 'settings-entry-text' }, e.text), remove);
          })
        : [h('li', { class: 'settings-entry empty' }, t('settings-list-empty'))]),
    );
    options.onRender?.();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wrong = options.add();
    error.textContent = wrong ? t(wrong.key, wrong.params) : '';
    if (wrong) {
      options.fields.find((f) => f.dataset.field === wrong.field)?.focus();
      return;
    }
    for (const f of options.fields) f.value = '';
    options.fields[0]?.focus();
    render();
  });
  for (const f of options.fields) f.disabled = !options.editable;
  addButton.disabled = !options.editable;
  const el = h('section', { class: 'settings-section', 'aria-label': t(options.title) }, h('h3', { class: 'settings-heading' }, t(options.title)), h('p', { class: 'settings-hint' }, t(options.hint)), options.extra ?? null, list, form, error);
  render();
  return { el, render };
}

export function openCheckSettings(initial: CheckLists, ownText: string, editable: boolean): Promise<CheckLists | null> {
  const draft = new CheckListsDraft(initial, ownText);
  const term = input('settings-term', 'term');
  const replacement = input('settings-replacement', 'replacement');
  const place = input('settings-place', 'place');
  const indicator = input('settings-indicator-name', 'indicator');
  const synonyms = input('settings-indicator-synonyms', 'synonyms', 'wide');
  const defaultsNote = h('p', { class: 'settings-defaults' });
  const reset = h('button', { type: 'button', class: 'settings-reset', disabled: !editable }, t('settings-outdated-reset'));
  const outdated: Section = section({
    title: 'settings-outdated-title',
    hint: 'settings-outdated-hint',
    fields: [term, replacement],
    extra: h('div', { class: 'settings-defaults-row' }, defaultsNote, reset),
    entries: () => draft.outdatedTerms.map((e, i) => ({ text: `${e.term} → ${e.replacement}`, remove: () => draft.removeOutdated(i) })),
    add: () => draft.addOutdated(term.value, replacement.value),
    onRender: () => {
      defaultsNote.textContent = draft.usingDefaults ? t('settings-outdated-defaults') : '';
      reset.hidden = draft.usingDefaults;
    },
    editable,
  });
  reset.addEventListener('click', () => {
    draft.resetOutdated();
    outdated.render();
  });
  const places = section({
    title: 'settings-places-title',
    hint: 'settings-places-hint',
    fields: [place],
    entries: () => draft.foreignPlaces.map((p, i) => ({ text: p, remove: () => draft.removePlace(i) })),
    add: () => draft.addPlace(place.value),
    editable,
  });
  const sep = lang() === 'zh' ? '、' : ', ';
  const indicators = section({
    title: 'settings-indicators-title',
    hint: 'settings-indicators-hint',
    fields: [indicator, synonyms],
    entries: () => draft.indicators.map((e, i) => ({ text: e.synonyms.length ? `${e.name} = ${e.synonyms.join(sep)}` : e.name, remove: () => draft.removeIndicator(i) })),
    add: () => draft.addIndicator(indicator.value, synonyms.value),
    editable,
  });
  return showDialog(draft, [outdated.el, places.el, indicators.el], editable);
}

function showDialog(draft: CheckListsDraft, sections: HTMLElement[], editable: boolean): Promise<CheckLists | null> {
  let confirmed = false;
  const ok = h('button', { type: 'button', class: 'dialog-button primary', disabled: !editable }, t('ui-ok'));
  const cancel = cancelButton();
  const dialog = h(
    'dialog',
    { class: 'message-dialog check-settings-dialog', 'aria-label': t('settings-title') },
    h('h2', { class: 'dialog-title' }, t('settings-title')),
    h('p', { class: 'dialog-body' }, t('settings-intro')),
    editable ? null : h('p', { class: 'settings-readonly', role: 'note' }, t('settings-readonly')),
    h('div', { class: 'settings-sections' }, ...sections),
    h('div', { class: 'dialog-buttons' }, cancel, ok),
  );
  ok.addEventListener('click', () => {
    confirmed = true;
    dialog.close();
  });
  return showModal(dialog, {
    focus: dialog.querySelector<HTMLInputElement>('input:not([disabled])') ?? cancel,
    answer: () => (confirmed && draft.changed() ? draft.result() : null),
  });
}
