/**
 * Work that must stay off the typing path (checks, outline, word count,
 * autosave) runs a while after the last change, and never while an input
 * method is composing: `debounce` restarts its timer on every call, and the
 * task is skipped (and re-armed) while `busy()` says the editor is composing.
 * With `maxWait`, a task that keeps being put off by calls runs anyway once
 * that long has passed since the first of them (the autosave journal during
 * long typing without a pause).
 */
export interface Debounced {
  (): void;
  /** Run now if pending. */
  flush(): void;
  cancel(): void;
}

export function debounce(task: () => void, ms: number, busy: () => boolean = () => false, maxWait = Infinity): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the first call not yet served was made. */
  let since = 0;
  const fire = (): void => {
    timer = null;
    if (busy()) {
      timer = setTimeout(fire, ms);
      return;
    }
    task();
  };
  const call = (() => {
    const now = Date.now();
    if (timer === null) since = now;
    else clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(ms, since + maxWait - now)));
  }) as Debounced;
  call.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    task();
  };
  call.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return call;
}
