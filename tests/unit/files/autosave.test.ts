import { describe, expect, it } from 'vitest';
import { createAutosave } from '../../../src/core/autosave.js';

/** Manual timers: `tick(ms)` runs what is due. */
function clock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    async tick(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('autosave timing', () => {
  it('writes once, a second after typing stops', async () => {
    const c = clock();
    let writes = 0;
    const autosave = createAutosave({ write: async () => void writes++, ...c });
    autosave.changed();
    await c.tick(500);
    autosave.changed();
    await c.tick(900);
    expect(writes).toBe(0);
    await c.tick(100);
    expect(writes).toBe(1);
    expect(autosave.pending).toBe(false);
  });

  it('flush writes now; cancel drops what is pending', async () => {
    const c = clock();
    let writes = 0;
    const autosave = createAutosave({ write: async () => void writes++, ...c });
    autosave.changed();
    await autosave.flush();
    expect(writes).toBe(1);
    autosave.changed();
    autosave.cancel();
    await c.tick(2000);
    expect(writes).toBe(1);
    await autosave.flush();
    expect(writes).toBe(1);
  });

  it('a failed write is reported and tried again on the next change', async () => {
    const c = clock();
    const errors: unknown[] = [];
    let fail = true;
    let writes = 0;
    const autosave = createAutosave({
      write: async () => {
        if (fail) throw new Error('disk full');
        writes++;
      },
      onError: (e) => errors.push(e),
      ...c,
    });
    autosave.changed();
    await c.tick(1000);
    expect(errors).toHaveLength(1);
    expect(autosave.pending).toBe(true);
    fail = false;
    await autosave.flush();
    expect(writes).toBe(1);
  });

  it('never runs two writes at once', async () => {
    let active = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const autosave = createAutosave({
      write: async () => {
        active++;
        most = Math.max(most, active);
        await new Promise<void>((r) => (release = r));
        active--;
      },
      delayMs: 0,
    });
    autosave.changed();
    const first = autosave.flush();
    autosave.changed();
    const second = autosave.flush();
    release();
    await first;
    release();
    await second;
    expect(most).toBe(1);
  });
});
