/**
 * Autosave timing: the journal is written about a second after typing stops.
 * Each change restarts the wait; a write in progress is never overlapped by
 * another (a change during a write schedules one more after it). `flush`
 * writes now, as a save or closing the window needs. Pure timing logic: the
 * page drives it and calls the host's journalWrite.
 */
export interface AutosaveOptions {
  /** Write the journal; errors go to onError and the next change tries again. */
  write: () => Promise<void>;
  delayMs?: number;
  onError?: (error: unknown) => void;
  /** Timers, replaced in tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Autosave {
  /** A change was made: write after the quiet delay. */
  changed(): void;
  /** Write now if anything is pending; resolves when written. */
  flush(): Promise<void>;
  /** Drop what is pending (after a confirmed save). */
  cancel(): void;
  readonly pending: boolean;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 1000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let dirty = false;
  let running: Promise<void> | null = null;

  const run = async (): Promise<void> => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (running) {
      await running;
      if (!dirty) return;
    }
    if (!dirty) return;
    dirty = false;
    running = options.write().catch((error: unknown) => {
      dirty = true;
      options.onError?.(error);
    });
    try {
      await running;
    } finally {
      running = null;
    }
  };

  return {
    changed() {
      dirty = true;
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => void run(), delay);
    },
    flush: run,
    cancel() {
      dirty = false;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    get pending() {
      return dirty || running !== null;
    },
  };
}
