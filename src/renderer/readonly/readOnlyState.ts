/**
 * When the page is read-only: a .caogao file someone else is editing (their
 * advisory lock `~$name`, src/node/store/lock.ts) opens read-only, so that
 * nobody overwrites a colleague's work on a shared folder. It stays so until
 * another document is shown, or the draft is saved: the store refuses to
 * write a file someone else holds, so a save that succeeded went to a copy
 * (另存为), which is the user's own to edit.
 */
import type { LockHolder } from '../../shared/api.js';

/** The session's events (app/session.ts SessionEvent), as far as read-only cares. */
export type ShownEvent = { type: 'saved' } | { type: 'adopted'; opened: object };

/** Who holds the file shown, or null when the page may edit it. */
export function holderAfter(event: ShownEvent): LockHolder | null {
  if (event.type === 'saved') return null;
  return (event.opened as { lockedBy?: LockHolder }).lockedBy ?? null;
}
