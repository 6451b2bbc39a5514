/**
 * The OS account's name: who holds a lock (`~$name`), and the name offered
 * as the user's 署名 on first start.
 */
import { userInfo } from 'node:os';

export function osUserName(env: Record<string, string | undefined> = process.env): string {
  try {
    return userInfo().username;
  } catch {
    // No entry in the password database (some containers).
    return env.USER ?? env.USERNAME ?? 'unknown';
  }
}
