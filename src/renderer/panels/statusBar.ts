/**
 * The status bar: 字数 (counted as Word counts Chinese), where the cursor is
 * (part › section › item), when the autosave backup was last written, the
 * save state, and the zoom.
 */
import { lang, t, tx } from '../app/i18n.js';
import type { PlaceStep } from '../structure/place.js';
import { h } from '../util/dom.js';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'new' | 'error';

const SAVE_KEY = {
  saved: 'ui-save-saved',
  unsaved: 'ui-save-unsaved',
  saving: 'ui-save-saving',
  new: 'ui-save-new',
  error: 'ui-save-error',
} as const;

export class StatusBar {
  readonly el: HTMLElement;
  private readonly words = h('span', { class: 'status-words' });
  private readonly place = h('span', { class: 'status-place' });
  private readonly save = h('span', { class: 'status-save', role: 'status' });
  /** The document's full path (issue 13 item 6), or its name when it has no file yet. */
  private readonly path = h('span', { class: 'status-path' });
  private readonly zoom = h('span', { class: 'status-zoom' });
  /** When the autosave backup was last written (已自动备份 20:31); empty while there is none. */
  private readonly backup = h('span', { class: 'status-backup', hidden: true });
  private backupAt: Date | null = null;
  private state = { words: 0, place: [] as PlaceStep[], save: 'new' as SaveState, zoom: 1 };

  constructor() {
    this.el = tx(h('footer', { class: 'statusbar' }), { 'aria-label': 'ui-statusbar' });
    this.el.append(this.words, this.place, h('span', { class: 'status-spacer' }), this.path, this.backup, this.save, this.zoom);
    this.render();
  }

  setWords(n: number): void {
    if (n === this.state.words) return;
    this.state.words = n;
    this.words.textContent = t('ui-status-words', { count: n.toLocaleString('zh-CN') });
  }

  setPlace(place: PlaceStep[]): void {
    this.state.place = place;
    const text = place.length ? place.map((p) => (p.level ? `${p.label}${p.title}` : `${p.label} ${p.title}`.trim())).join(' › ') : t('ui-status-front');
    // Written only when it changed: a write repaints the window's frame, on every keystroke.
    if (this.place.textContent === text) return;
    this.place.textContent = text;
    this.place.title = text;
  }

  get saveState(): SaveState {
    return this.state.save;
  }

  setSave(save: SaveState): void {
    this.state.save = save;
    this.save.textContent = t(SAVE_KEY[save]);
    this.save.dataset.state = save;
  }

  setPath(path: string): void {
    this.path.textContent = path;
    this.path.title = path;
  }

  setZoom(zoom: number): void {
    this.state.zoom = zoom;
    this.zoom.textContent = `${Math.round(zoom * 100)}%`;
  }

  setBackup(at: Date | null): void {
    this.backupAt = at;
    this.backup.hidden = !at;
    if (!at) return;
    const time = (d: Date, seconds: boolean) =>
      d.toLocaleTimeString(lang() === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hour12: false });
    this.backup.textContent = t('ui-status-backup', { time: time(at, false) });
    this.backup.title = t('ui-status-backup-tip', { time: time(at, true) });
  }

  render(): void {
    this.setBackup(this.backupAt);
    const { words, place, save, zoom } = this.state;
    this.state.words = -1;
    this.setWords(words);
    this.setPlace(place);
    this.setSave(save);
    this.setZoom(zoom);
  }
}
