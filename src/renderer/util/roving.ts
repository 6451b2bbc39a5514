/**
 * A roving tabindex (the WAI-ARIA pattern for a list that is one tab stop):
 * of the list's items only the current one has tabindex 0, the others -1,
 * so Tab enters the list once and leaves it at once; inside, ↑/↓ move to
 * the item before or after, Home/End to the first or last, and Enter
 * activates the focused item. A click or any focus on an item makes it the
 * current one. Items are found anew on each key (`items()`), so the list may
 * be rebuilt at any time; `refresh()` after a rebuild gives the tab stop
 * back to the item with the same key (its `data-*` id), or to the first.
 *
 *   const roving = new Roving(list, { items: () => [...list.children], key: (el) => el.dataset.id!, activate: open });
 */
export interface RovingOptions {
  /** The items, in order. */
  items(): HTMLElement[];
  /** What stays the same for an item when the list is rebuilt (its id). */
  key(item: HTMLElement): string;
  /** Enter on an item. */
  activate?(item: HTMLElement): void;
  /** The current item changed (to move a row's own buttons in or out of the tab order). */
  changed?(item: HTMLElement | null): void;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

export class Roving {
  private currentKey: string | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly options: RovingOptions,
  ) {
    container.addEventListener('keydown', (event) => this.onKey(event));
    container.addEventListener('focusin', (event) => {
      const item = this.itemOf(event.target);
      if (item) this.setCurrent(item);
    });
  }

  /** The item that is the list's tab stop. */
  current(): HTMLElement | null {
    const items = this.options.items();
    return items.find((item) => this.options.key(item) === this.currentKey) ?? items[0] ?? null;
  }

  /** Make `item` the tab stop, and focus it if asked. */
  setCurrent(item: HTMLElement, focus = false): void {
    const key = this.options.key(item);
    const moved = key !== this.currentKey;
    this.currentKey = key;
    this.paint();
    if (focus) item.focus();
    if (moved) this.options.changed?.(item);
  }

  /** After the list was rebuilt: one tab stop again, on the same item when it is still there. */
  refresh(): void {
    const current = this.current();
    this.currentKey = current ? this.options.key(current) : null;
    this.paint();
    this.options.changed?.(current);
  }

  /** Whether the focus is on one of the items (or inside one). */
  hasFocus(): boolean {
    return this.container.contains(document.activeElement) && this.itemOf(document.activeElement) !== null;
  }

  private paint(): void {
    const current = this.current();
    for (const item of this.options.items()) {
      const tabIndex = item === current ? 0 : -1;
      if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
    }
  }

  private itemOf(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    return this.options.items().find((item) => item === target) ?? null;
  }

  private onKey(event: KeyboardEvent): void {
    // Only on an item itself: a row's own buttons and fields keep their keys; modified arrows are other commands (Alt+Shift+↑ moves a section).
    const item = this.itemOf(event.target);
    if (!item || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return;
    if (event.key === 'Enter') {
      if (!this.options.activate) return;
      event.preventDefault();
      this.options.activate(item);
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const items = this.options.items();
    const next = items[move(items.indexOf(item), items.length)];
    if (next) this.setCurrent(next, true);
  }
}
