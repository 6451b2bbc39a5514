/**
 * Host events (open this document, run this menu command) may be raised
 * before the page listens: the file given on the command line is known before
 * the window has loaded. The queue keeps them until the first listener
 * arrives and then delivers them in order; later events go to every listener.
 */
import type { HostEvent } from './api.js';

export class HostEventQueue {
  private pending: HostEvent[] = [];
  private readonly listeners = new Set<(event: HostEvent) => void>();

  push(event: HostEvent): void {
    if (this.listeners.size === 0) {
      this.pending.push(event);
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  /** Deliver `event` to the listeners there are now, never keeping it (a question only a page open now can answer); false when none listens. */
  pushLive(event: HostEvent): boolean {
    for (const listener of this.listeners) listener(event);
    return this.listeners.size > 0;
  }

  /** Start listening; returns the function that stops it. */
  subscribe(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener);
    const waiting = this.pending;
    this.pending = [];
    for (const event of waiting) listener(event);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
