/**
 * The per-user data folder (settings, recent list, autosave backups). The
 * browser host uses the folder Electron's app.getPath('userData') gives the
 * app named "caogao", so both share the recent list and the backups;
 * CAOGAO_DATA_DIR overrides it (tests, portable use).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userDataDir(env: Record<string, string | undefined>, platform: string = process.platform): string {
  if (env.CAOGAO_DATA_DIR) return env.CAOGAO_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'caogao');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'caogao');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'caogao');
}
