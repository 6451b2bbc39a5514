/**
 * Who is writing (署名): on first start, when the settings hold no name yet,
 * the user is asked for name and unit, with the OS account's name offered;
 * declining keeps that account's name, so the question comes once. 用户信息…
 * in the command menu changes them later. Both live in the user's settings
 * (src/node/host/settings.ts), never in documents; versions, suppressions,
 * comments, suggestions and the comparison's .docx read them from there.
 */
import type { Client } from '../api/index.js';
import type { App } from '../app/app.js';
import type { Settings } from '../../shared/api.js';
import { askIdentity, type Identity } from './identityDialog.js';

export const IDENTITY_COMMAND = 'settings.identity';

async function store(app: App, api: Client, identity: Identity): Promise<void> {
  app.applySettings({ ...app.currentSettings, ...identity });
  await api.settingsSet(identity).catch(() => undefined);
}

export function installIdentity(app: App, api: Client): void {
  app.commands.set(IDENTITY_COMMAND, {
    id: IDENTITY_COMMAND,
    label: 'identity-command',
    run: () => void change(),
  });
  const change = async (): Promise<void> => {
    const { author, unit } = app.currentSettings;
    const answer = await askIdentity({ author, unit }, false);
    if (answer) await store(app, api, answer);
  };
}

/** At start: ask once for the name, if none was ever set. */
export async function confirmIdentityOnFirstStart(app: App, api: Client, settings: Settings): Promise<void> {
  if (settings.author.trim()) return;
  const userName = await api
    .appInfo()
    .then((info) => info.userName)
    .catch(() => '');
  const answer = await askIdentity({ author: userName, unit: settings.unit }, true);
  const identity = answer ?? { author: userName, unit: settings.unit };
  if (identity.author) await store(app, api, identity);
}
