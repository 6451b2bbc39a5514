/**
 * The banner over the page while it is read-only (aria-label 只读): who is
 * editing the file and since when, 另存为副本… (the way out), and 重新打开
 * (once the colleague has closed the file). 重新打开 is off while the file
 * is being opened again, so that two clicks never race each other, and it
 * says so when the colleague still has the file. An edit that was refused is
 * announced in it, and it flashes.
 */
import type { LockHolder } from '../../shared/api.js';
import { lang, t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { bannerText } from './lockBanner.js';
import './readonly.css';

export interface BannerActions {
  saveAs(): void;
  /** Open the file again; settles once the page shows the outcome. */
  reopen(): Promise<void>;
}

export class ReadOnlyBanner {
  readonly el: HTMLElement;
  private readonly text: HTMLElement;
  private readonly note: HTMLElement;
  private shown: { file: string; holder: LockHolder } | null = null;
  private flashTimer = 0;
  /** How many times a document was shown (show), to tell whether 重新打开 got as far as opening it. */
  private shows = 0;

  constructor(actions: BannerActions) {
    const button = (key: 'readonly-save-as' | 'readonly-recheck', run: () => void, primary: boolean) => {
      const b = tx(h('button', { type: 'button', class: primary ? 'dialog-button primary' : 'dialog-button' }), { text: key });
      b.addEventListener('click', run);
      return b;
    };
    this.text = h('p', { class: 'readonly-text' });
    this.note = h('p', { class: 'readonly-note', role: 'status', 'aria-live': 'polite' });
    const reopen = tx(button('readonly-recheck', () => void this.reopen(reopen, actions), false), { title: 'readonly-recheck-tip' });
    this.el = tx(h('div', { class: 'readonly-banner', role: 'region' }), { 'aria-label': 'readonly-label' });
    this.el.append(
      h('div', { class: 'readonly-body' }, this.text, this.note),
      h('div', { class: 'readonly-buttons' }, button('readonly-save-as', () => actions.saveAs(), true), reopen),
    );
    this.el.hidden = true;
  }

  show(file: string, holder: LockHolder | null): void {
    this.shows++;
    this.shown = holder ? { file, holder } : null;
    this.note.textContent = '';
    this.render();
  }

  private async reopen(button: HTMLButtonElement, actions: BannerActions): Promise<void> {
    const shows = this.shows;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await actions.reopen();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
    // Opened again, and still someone else's: say so, or the click seems to have done nothing.
    if (this.shows !== shows && this.shown) this.note.textContent = t('readonly-still-held');
  }

  /** Re-make the text in the current language. */
  render(): void {
    this.el.hidden = !this.shown;
    this.text.textContent = this.shown ? bannerText(this.shown.file, this.shown.holder, lang()) : '';
  }

  /** An edit was refused: say so and draw the eye. */
  refused(): void {
    this.note.textContent = t('readonly-blocked');
    this.el.classList.remove('flash');
    void this.el.offsetWidth;
    this.el.classList.add('flash');
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.el.classList.remove('flash'), 700);
  }
}
