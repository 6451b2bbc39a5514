/** A mistake in how the command was called: exit code 2, one line on stderr. */
import { CaogaoError } from '../core/errors.js';

export class UsageError extends CaogaoError {}

export const EXIT_OK = 0;
/** The command ran and found errors (used by check). */
export const EXIT_FINDINGS = 1;
/** Bad usage, or an unreadable or damaged input. */
export const EXIT_USAGE = 2;
/** A fault in Caogao itself. */
export const EXIT_INTERNAL = 3;
