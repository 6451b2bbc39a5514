/**
 * Puts review (审阅) into the window: 修订模式 (Ctrl+Shift+E, the toolbar's
 * 审阅 group, 修订 开/关 in the status bar), the views 显示修订 / 最终状态 /
 * 原始状态, accepting and rejecting suggestions (on the mark, in the list,
 * all, or all by one author: each one undo step), F7 / Shift+F7 through
 * them, and 批注 (新建批注 with Ctrl+Alt+M) in the margin beside the page.
 *
 * The comments live in the review plugin's state (reviewPlugin.ts), so they
 * follow every transaction; the session asks for them to save and hands them
 * over with each document it loads. The checks read the final state.
 */
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { acceptSuggestion, addReply, anchorRange, createComment, decideSuggestions, listSuggestions, rejectSuggestion, setResolved, type ReviewComment } from '../../core/review/index.js';
import { finalStateForReading, type Reading } from '../../core/review/finalState.js';
import { setNumberingReading } from '../editor/numberingPlugin.js';
import type { App } from '../app/app.js';
import { onLangChange, t, tx } from '../app/i18n.js';
import { tell } from '../app/dialogs.js';
import { refuseEdit } from '../readonly/installReadOnly.js';
import { ownUndoStep } from '../editor/undoSteps.js';
import { h } from '../util/dom.js';
import { debounce } from '../util/schedule.js';
import { CommentMargin } from './commentMargin.js';
import { markComposed, reviewKey, reviewPlugin, reviewState, setReview } from './reviewPlugin.js';
import { rejectStructureChange, rejectStructureChanges } from './rejectStructure.js';
import { SuggestionPopover } from './suggestionPopover.js';
import { kindLabel, SuggestionsPanel, type ListedSuggestion } from './suggestionsPanel.js';
import './review.css';

export type ReviewView = 'markup' | 'final' | 'original';

const VIEW_CLASS: Record<ReviewView, string> = { markup: '', final: 'review-final', original: 'review-original' };
const readingOf = (view: ReviewView): Reading => (view === 'original' ? 'original' : 'final');

/** Suggestions in document order: the marks' (insert, delete) and the structural records (structure). */
export function allSuggestions(state: EditorState): ListedSuggestion[] {
  return listSuggestions(state.doc);
}

export function installReview(app: App): void {
  const view = app.view;
  const author = () => app.currentSettings.author;
  let mode: ReviewView = 'markup';
  let tracking = false;

  const panel = new SuggestionsPanel({
    go: (s) => go(s),
    decide: (s, accept) => decide(s, accept),
    decideAuthor: (who, accept) => decideMany(accept, (a) => a.author === who),
    decideAll: (accept) => decideMany(accept, () => true),
  });
  const refreshList = debounce(() => {
    if (!panel.el.hidden) panel.show(allSuggestions(view.state));
  }, 300, () => view.composing);

  const margin = new CommentMargin(view, app.layout.desk, () => app.currentSettings.zoom, {
    save: (id, text) => {
      margin.editing = null;
      changeComments((c) => (c.id === id ? { ...c, text } : c));
      view.focus();
    },
    cancelNew: (id) => {
      margin.editing = null;
      changeComments((c) => (c.id === id ? null : c), false);
      view.focus();
    },
    reply: (id, text) => changeComments((c) => (c.id === id ? addReply(c, { author: author(), text }) : c)),
    resolve: (id, resolved) => changeComments((c) => (c.id === id ? setResolved(c, resolved) : c)),
    remove: (id) => changeComments((c) => (c.id === id ? null : c)),
    select: (id) => selectComment(id),
    mayEdit: () => !refuseEdit(app),
  });
  const pageZoom = app.layout.page.parentElement!;
  pageZoom.append(margin.el);

  const popover = new SuggestionPopover((id, accept) => decide(allSuggestions(view.state).find((s) => s.id === id), accept));
  document.body.append(popover.el);

  const plugin = reviewPlugin({
    author,
    onUpdate: (v: EditorView, previous: EditorState) => {
      const now = reviewState(v.state);
      const before = reviewState(previous);
      if (v.state.doc !== previous.doc) {
        popover.hide();
        refreshList();
      }
      if (before && (now.comments !== before.comments || now.active !== before.active)) margin.update(now.comments, now.active, now.comments.length !== before.comments.length || now.active !== before.active || v.state.doc === previous.doc);
      else if (v.state.doc !== previous.doc && now.comments.length) margin.schedule();
    },
  });
  app.review.plugins.push(plugin);
  // First, so that a structural record joins its edit's undo step before undoStepsPlugin closes the step (as on load, createState.ts).
  view.updateState(view.state.reconfigure({ plugins: [plugin, ...view.state.plugins] }));
  app.review.comments = () => reviewState(view.state).comments;
  app.review.loaded = (comments) => {
    margin.editing = null;
    view.dispatch(setReview(view.state.tr, { comments }));
    if (tracking) view.dispatch(setReview(view.state.tr, { tracking }));
    if (mode === 'original') view.dispatch(setNumberingReading(view.state.tr, readingOf(mode)));
    margin.prune();
    margin.update(comments, null, true);
    refreshList();
    refreshList.flush();
  };
  // The checks read the text as it will read with every suggestion accepted: deleted text is not body text.
  app.checks.read = finalStateForReading;

  /** Change the comments (null drops one) as the user's act: the document is unsaved. */
  function changeComments(change: (c: ReviewComment) => ReviewComment | null, dirty = true): void {
    if (dirty && refuseEdit(app)) return;
    const next = reviewState(view.state).comments.map(change).filter((c): c is ReviewComment => c !== null);
    view.dispatch(setReview(view.state.tr, { comments: next }));
    if (dirty) app.session.changed();
  }

  function selectComment(id: string | null): void {
    view.dispatch(setReview(view.state.tr, { active: id }));
  }

  function newComment(): void {
    if (refuseEdit(app)) return;
    const { from, to, empty } = view.state.selection;
    if (empty) {
      void tell(t('comment-new'), t('comment-need-selection'));
      return;
    }
    const comment = createComment(view.state.doc, from, to, { author: author(), text: '' });
    if (!comment) {
      void tell(t('comment-new'), t('comment-need-selection'));
      return;
    }
    margin.editing = comment.id;
    const comments = [...reviewState(view.state).comments, comment];
    view.dispatch(setReview(view.state.tr, { comments }).scrollIntoView());
    selectComment(comment.id);
    margin.update(comments, comment.id, true);
    margin.focusEditing();
  }

  function stepComment(back: boolean): void {
    const doc = view.state.doc;
    const here = view.state.selection.from;
    const placed = reviewState(view.state)
      .comments.map((c) => ({ c, range: anchorRange(doc, c.anchor) }))
      .filter((x): x is { c: ReviewComment; range: { from: number; to: number } } => !!x.range)
      .sort((a, b) => a.range.from - b.range.from);
    if (!placed.length) return;
    const next = back ? [...placed].reverse().find((x) => x.range.from < here) ?? placed[placed.length - 1] : placed.find((x) => x.range.from > here) ?? placed[0];
    select(next.range.from, next.range.to);
    selectComment(next.c.id);
  }

  function select(from: number, to: number): void {
    const doc = view.state.doc;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, from, to)).scrollIntoView());
    view.focus();
  }

  function go(s: ListedSuggestion): void {
    panel.current = s.id;
    panel.render();
    const end = s.kind === 'structure' ? s.pos : Math.min(s.pos + s.text.length, view.state.doc.content.size);
    select(s.pos, end);
  }

  function step(back: boolean): void {
    const list = allSuggestions(view.state);
    if (!list.length) return;
    const here = view.state.selection.from;
    const next = back ? [...list].reverse().find((s) => s.pos < here) ?? list[list.length - 1] : list.find((s) => s.pos > here) ?? list[0];
    go(next);
  }

  /** Accept or reject one suggestion: one transaction, one undo step. A structural one that cannot be put back is kept, and the user told why. */
  function decide(s: ListedSuggestion | undefined, accept: boolean): void {
    if (!s) return;
    if (s.kind === 'structure' && !accept) {
      const tr = ownUndoStep(view.state.tr);
      if (rejectStructureChange(tr, s.id) === 'blocked') {
        void tell(t('review-reject'), t('review-structure-blocked'));
        return;
      }
      run(() => tr);
      return;
    }
    run((tr) => (accept ? acceptSuggestion(tr, s.id) : rejectSuggestion(tr, s.id)));
  }

  /** All suggestions, or one author's: the text's first, then the structural ones (those that cannot be put back are kept and counted). */
  function decideMany(accept: boolean, wanted: (a: { author: string }) => boolean): void {
    let blocked = 0;
    run((tr) => {
      if (accept) return decideSuggestions(tr, 'accept', wanted);
      decideSuggestions(tr, 'reject', wanted);
      blocked = rejectStructureChanges(tr, wanted);
      return tr;
    });
    if (blocked) void tell(t('review-reject'), t('review-structure-blocked-some', { count: blocked }));
  }

  /** A decision as one transaction and one undo step; its review meta keeps 修订模式 from recording it as an edit. */
  function run(apply: (tr: Transaction) => Transaction): void {
    const tr = apply(ownUndoStep(view.state.tr));
    view.dispatch(tr.setMeta(reviewKey, { untracked: true }));
    popover.hide();
    refreshList();
    refreshList.flush();
  }

  function toggleTracking(): void {
    if (refuseEdit(app)) return;
    tracking = !tracking;
    view.dispatch(setReview(view.state.tr, { tracking }));
    renderStatus();
    app.toolbar.refresh();
  }

  function setMode(next: ReviewView): void {
    mode = next;
    // The numbers and the outline follow the view: the original state in 原始状态, else the final state.
    view.dispatch(setNumberingReading(view.state.tr, readingOf(mode)));
    for (const cls of Object.values(VIEW_CLASS)) if (cls) app.layout.workspace.classList.remove(cls);
    if (VIEW_CLASS[mode]) app.layout.workspace.classList.add(VIEW_CLASS[mode]);
    app.toolbar.refresh();
    margin.schedule(true);
  }

  function togglePanel(): void {
    panel.el.hidden = !panel.el.hidden;
    renderFilter();
    if (!panel.el.hidden) panel.show(allSuggestions(view.state));
    app.toolbar.refresh();
  }

  const command = (id: string, label: Parameters<typeof t>[0], run: () => void, extra: { keys?: string; active?: () => boolean } = {}) => app.commands.set(id, { id, label, run, ...extra });
  command('review.track', 'review-track', toggleTracking, { keys: 'Ctrl+Shift+E', active: () => tracking });
  command('review.newComment', 'comment-new', newComment, { keys: 'Ctrl+Alt+M' });
  command('review.panel', 'review-list', togglePanel, { active: () => !panel.el.hidden });
  command('review.next', 'review-next', () => step(false), { keys: 'F7' });
  command('review.prev', 'review-prev', () => step(true), { keys: 'Shift+F7' });
  command('review.nextComment', 'comment-next', () => stepComment(false));
  command('review.prevComment', 'comment-prev', () => stepComment(true));
  command('review.acceptAll', 'review-accept-all', () => decideMany(true, () => true));
  command('review.rejectAll', 'review-reject-all', () => decideMany(false, () => true));
  command('review.viewMarkup', 'review-view-markup', () => setMode('markup'), { active: () => mode === 'markup' });
  command('review.viewFinal', 'review-view-final', () => setMode('final'), { active: () => mode === 'final' });
  command('review.viewOriginal', 'review-view-original', () => setMode('original'), { active: () => mode === 'original' });
  app.toolbar.addGroup({
    label: 'review-group',
    items: ['review.track', 'review.newComment', { menu: 'review-group', ids: ['review.panel', 'review.viewMarkup', 'review.viewFinal', 'review.viewOriginal', 'review.acceptAll', 'review.rejectAll', 'review.nextComment', 'review.prevComment'] }],
  });

  // 修订 开/关 in the status bar; a click switches it.
  const status = tx(h('button', { type: 'button', class: 'status-track' }), { title: 'review-status-tip' });
  status.addEventListener('click', toggleTracking);
  const renderStatus = () => {
    status.textContent = t(tracking ? 'review-status-on' : 'review-status-off');
    status.dataset.on = String(tracking);
  };
  app.status.el.insertBefore(status, app.status.el.querySelector('.status-spacer') ?? null);
  renderStatus();

  // 批注 filters, in the list's header: one reviewer's comments, and whether resolved ones show.
  const who = h('select', { class: 'comment-filter', 'aria-label': t('comment-filter') });
  const resolved = h('input', { type: 'checkbox', class: 'comment-show-resolved', checked: true });
  const renderFilter = () => {
    const authors = [...new Set(reviewState(view.state).comments.map((c) => c.author))].sort();
    const current = margin.author;
    who.replaceChildren(h('option', { value: '' }, t('comment-filter-all')), ...authors.map((a) => h('option', { value: a }, a || t('review-no-author'))));
    who.value = current !== null && authors.includes(current) ? current : '';
  };
  who.addEventListener('focus', renderFilter);
  who.addEventListener('change', () => {
    margin.author = who.value ? who.value : null;
    margin.schedule(true);
  });
  resolved.addEventListener('change', () => {
    margin.showResolved = resolved.checked;
    margin.schedule(true);
  });
  panel.el.insertBefore(h('div', { class: 'review-panel-actions comment-filters' }, h('label', {}, t('comment-filter'), ' ', who), h('label', {}, resolved, t('comment-show-resolved'))), panel.el.lastChild);
  renderFilter();

  // The list below the checks, in the right-hand column.
  const side = app.checksPanel.el.parentElement;
  side?.insertBefore(panel.el, app.checksPanel.el.nextSibling);

  window.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing || document.querySelector('dialog[open]') || document.querySelector('section.cmp:not([hidden])')) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (ctrl && e.shiftKey && !e.altKey && key === 'e') toggleTracking();
    else if (ctrl && e.altKey && !e.shiftKey && (key === 'm' || e.code === 'KeyM')) newComment();
    else if (e.key === 'F7' && !ctrl && !e.altKey) step(e.shiftKey);
    else return;
    e.preventDefault();
  });
  // ProseMirror ends a composition a little after compositionend (when it has read the committed text): mark it then.
  const afterComposition = (): void => {
    if (view.composing) setTimeout(afterComposition, 30);
    else markComposed(view, author());
  };
  view.dom.addEventListener('compositionend', () => setTimeout(afterComposition, 30));
  view.dom.addEventListener('click', (e) => {
    const mark = (e.target as HTMLElement).closest?.('ins.suggestion, del.suggestion') as HTMLElement | null;
    const block = mark ? null : ((e.target as HTMLElement).closest?.('[data-change]') as HTMLElement | null);
    // Its record is listed at the start of its text.
    const start = block ? view.state.doc.resolve(view.posAtDOM(block, 0)).start() : -1;
    const structural = block ? allSuggestions(view.state).find((s) => s.kind === 'structure' && s.pos === start) : undefined;
    if (mark?.dataset.suggestion) popover.show(mark, mark.dataset.suggestion, mark.dataset.author ?? '', mark.dataset.date ?? '', t(mark.tagName === 'INS' ? 'review-kind-insert' : 'review-kind-delete'));
    else if (block && structural) popover.show(block, structural.id, structural.author, structural.date, kindLabel(structural));
    else popover.hide();
    const range = (e.target as HTMLElement).closest?.('.comment-range') as HTMLElement | null;
    if (range?.dataset.comment) selectComment(range.dataset.comment);
  });
  onLangChange(() => {
    renderStatus();
    panel.render();
  });
}
