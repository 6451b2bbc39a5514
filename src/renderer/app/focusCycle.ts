/**
 * F6 and Shift+F6 move the focus from one part of the window to the next, as
 * in Word and VS Code: toolbar, outline (大纲), text, checks (检查结果),
 * versions (版本), and round again; a hidden panel is skipped. Each region
 * says where the focus lands in it (the outline's current line, the first
 * toolbar button …), and comes back to where it was when it is entered again.
 * Esc in any region other than the text gives the text the focus back, with
 * the caret where it was (the editor keeps its selection while unfocused).
 */
export interface FocusRegion {
  /** For tests and debugging: toolbar, outline, text, checks, versions. */
  name: string;
  el(): HTMLElement | null;
  /** Focus the region's entry point. */
  focus(): void;
}

function visible(el: HTMLElement | null): el is HTMLElement {
  return !!el && !el.hidden && el.isConnected && el.getClientRects().length > 0;
}

export class FocusCycle {
  /** The last element focused inside each region, to come back to. */
  private readonly last = new Map<string, HTMLElement>();

  constructor(
    private readonly regions: FocusRegion[],
    private readonly text: FocusRegion,
  ) {
    document.addEventListener('focusin', (event) => {
      const region = this.regionOf(event.target);
      if (region && event.target instanceof HTMLElement) this.last.set(region.name, event.target);
    });
  }

  /** The region holding the focus; the text when the focus is nowhere in particular. */
  current(): FocusRegion | null {
    const active = document.activeElement;
    if (!active || active === document.body) return this.text;
    return this.regionOf(active);
  }

  /** F6 (forward) or Shift+F6 (back): focus the next visible region. */
  step(back: boolean): void {
    // A modal dialog keeps the focus until it closes (the window behind it is inert).
    if (document.querySelector('dialog:modal')) return;
    const shown = this.regions.filter((r) => r === this.current() || visible(r.el()));
    if (!shown.length) return;
    const here = this.current();
    const i = here ? shown.indexOf(here) : -1;
    const next = i < 0 ? (back ? shown[shown.length - 1] : shown[0]) : shown[(i + (back ? shown.length - 1 : 1)) % shown.length];
    this.enter(next);
  }

  /** Esc: back to the text from a panel. True when it moved the focus. */
  escape(): boolean {
    const here = this.current();
    if (!here || here === this.text) return false;
    this.text.focus();
    return true;
  }

  private enter(region: FocusRegion): void {
    const remembered = this.last.get(region.name);
    const root = region.el();
    // Back where the focus was, if that is still there and may be focused (a list's tab stop may have moved on).
    if (region !== this.text && remembered && root?.contains(remembered) && visible(remembered) && remembered.tabIndex >= 0) remembered.focus();
    else region.focus();
  }

  private regionOf(target: EventTarget | null): FocusRegion | null {
    if (!(target instanceof Node)) return null;
    return this.regions.find((r) => r.el()?.contains(target)) ?? null;
  }
}
