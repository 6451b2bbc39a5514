/**
 * Work that must stay off the typing path (checks, outline, word count,
 * autosave) runs a while after the last change, and never while an input
 * method is composing: `debounce` restarts its timer on every call, and the
 * task is skipped (and re-armed) while `busy()` says the editor is composing.
 */
export interface Debounced {
  (): void;
  /** Run now if pending. */
  flush(): void;
  cancel(): void;
}

export function debounce(task: () => void, ms: number, busy: () => boolean = () => false): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = (): void => {
    timer = null;
    if (busy()) {
      timer = setTimeout(fire, ms);
      return;
    }
    task();
  };
  const call = (() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(fire, ms);
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
