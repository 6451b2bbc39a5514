/**
 * The findings list is one tab stop (a roving tabindex, the WAI-ARIA pattern
 * for a list): of its controls only the current one has tabindex 0, the others
 * -1, so Tab enters the list once and leaves it at once. Inside it:
 *
 *   ↑ / ↓, Home / End   the line before or after, the first or last: a group's
 *                       title (规则（34）) or a finding, as shown (a folded
 *                       group's findings are skipped)
 *   ← / →               the controls of the line: a finding, then its 修正,
 *                       忽略; a group's title, then its 全部修正. → on a folded
 *                       title opens it, ← on an open one folds it
 *   Enter, Space        what a click does: a finding jumps to its text (and
 *                       the text takes the focus), a title folds or opens
 *   Esc                 back to the text
 *
 * The list element itself (.checks-list) may be focused (F6 does): it hands
 * the focus to its current control. Controls are found anew on each key, so
 * the list may be re-rendered at any time; after a render `refresh()` keeps
 * the tab stop on the same control when it is still there.
 */

/** A line of the list: a group's title or a finding's row, each with its controls in order. */
function lines(list: HTMLElement): HTMLElement[][] {
  const out: HTMLElement[][] = [];
  const walk = (ul: Element): void => {
    for (const li of ul.children) {
      const details = li.querySelector(':scope > details');
      if (details) {
        const summary = details.querySelector<HTMLElement>(':scope > summary');
        const fixAll = li.querySelector<HTMLElement>(':scope > .check-fix-all');
        if (summary) out.push(fixAll ? [summary, fixAll] : [summary]);
        const inner = details.querySelector(':scope > ul');
        if ((details as HTMLDetailsElement).open && inner) walk(inner);
      } else {
        const controls = [...li.querySelectorAll<HTMLElement>(':scope > button')];
        if (controls.length) out.push(controls);
      }
    }
  };
  walk(list);
  return out;
}

const CONTROLS = 'summary, button';

export class FindingsKeys {
  private current: HTMLElement | null = null;

  constructor(
    private readonly list: HTMLElement,
    private readonly escape: () => void,
  ) {
    list.tabIndex = -1;
    list.addEventListener('keydown', (event) => this.onKey(event));
    list.addEventListener('focusin', (event) => {
      if (event.target === list) {
        this.stop()?.focus();
        return;
      }
      if (event.target instanceof HTMLElement && event.target.matches(CONTROLS)) this.setCurrent(event.target);
    });
  }

  /** The control that is the list's tab stop (the first line's, when the current one went). */
  stop(): HTMLElement | null {
    if (this.current?.isConnected && this.visible(this.current)) return this.current;
    return lines(this.list)[0]?.[0] ?? null;
  }

  /** After a render: every control out of the tab order but the current one. */
  refresh(): void {
    const stop = this.stop();
    this.current = stop;
    for (const el of this.list.querySelectorAll<HTMLElement>(CONTROLS)) {
      // The attribute, not the property: a <summary> or a button is 0 without one.
      const tabIndex = el === stop ? '0' : '-1';
      if (el.getAttribute('tabindex') !== tabIndex) el.setAttribute('tabindex', tabIndex);
    }
  }

  /** Focus the list's current control (or the list, when it is empty). */
  focus(): void {
    (this.stop() ?? this.list).focus();
  }

  private visible(el: HTMLElement): boolean {
    return lines(this.list).some((line) => line.includes(el));
  }

  private setCurrent(el: HTMLElement, focus = false): void {
    if (this.current !== el) {
      this.current?.setAttribute('tabindex', '-1');
      this.current = el;
      el.setAttribute('tabindex', '0');
    }
    if (focus) el.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.escape();
      return;
    }
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!target || event.shiftKey) return;
    const all = lines(this.list);
    const row = all.findIndex((line) => line.includes(target));
    if (row < 0) return;
    const line = all[row];
    const col = line.indexOf(target);
    let next: HTMLElement | undefined;
    const details = target.tagName === 'SUMMARY' ? (target.parentElement as HTMLDetailsElement) : null;
    switch (event.key) {
      case 'ArrowDown':
        next = all[Math.min(row + 1, all.length - 1)][0];
        break;
      case 'ArrowUp':
        next = all[Math.max(row - 1, 0)][0];
        break;
      case 'Home':
        next = all[0][0];
        break;
      case 'End':
        next = all[all.length - 1][0];
        break;
      case 'ArrowRight':
        if (details && !details.open) details.open = true;
        else next = line[Math.min(col + 1, line.length - 1)];
        break;
      case 'ArrowLeft':
        if (details && details.open) details.open = false;
        else next = line[Math.max(col - 1, 0)];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.setCurrent(next, true);
  }
}
