/**
 * Window-wide shortcuts: the ones that work wherever the focus is (text,
 * outline, checks, find bar), as Word's do; F6 / Shift+F6 move the focus
 * between the parts of the window (focusCycle.ts), Esc brings it back to
 * the text. Editing shortcuts (Ctrl+B,
 * Ctrl+Alt+1 …) belong to the text and live in editor/keymap.ts.
 */
export interface ShortcutTarget {
  run(id: string): void;
  escape(): boolean;
  findStep(back: boolean): void;
  /** F6 / Shift+F6: the focus to the next (previous) part of the window. */
  cycleFocus(back: boolean): void;
}

const KEYS: Record<string, string> = {
  'Ctrl+f': 'edit.find',
  'Ctrl+h': 'edit.replace',
  'Ctrl+s': 'file.save',
  'Ctrl+Shift+s': 'file.saveAs',
  'Ctrl+o': 'file.open',
  'Ctrl+n': 'file.new',
  'Ctrl+p': 'file.print',
  'Ctrl+=': 'view.zoomIn',
  'Ctrl++': 'view.zoomIn',
  'Ctrl+-': 'view.zoomOut',
  'Ctrl+0': 'view.zoomReset',
  'Ctrl+Shift+p': 'app.commandMenu',
};

function keyName(e: KeyboardEvent): string {
  const mod = e.ctrlKey || e.metaKey ? 'Ctrl+' : '';
  const shift = e.shiftKey && e.key.length === 1 && /[a-z]/i.test(e.key) ? 'Shift+' : '';
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return `${mod}${shift}${key}`;
}

export function installShortcuts(target: ShortcutTarget): void {
  window.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing || e.altKey) return;
    if (e.key === 'F3') {
      e.preventDefault();
      target.findStep(e.shiftKey);
      return;
    }
    if (e.key === 'F6' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      target.cycleFocus(e.shiftKey);
      return;
    }
    if (e.key === 'Escape') {
      if (target.escape()) e.preventDefault();
      return;
    }
    const id = KEYS[keyName(e)];
    if (!id) return;
    e.preventDefault();
    target.run(id);
  });
}
