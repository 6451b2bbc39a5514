/**
 * Application settings (language, zoom, panels, author name) in settings.json
 * in the user-data folder. A missing or damaged file gives the defaults, with
 * the language the system asks for.
 */
import { join } from 'node:path';
import { defaultSettings, settingsSchema, type Lang, type Settings } from '../../shared/api.js';
import { readJsonFile, writeJsonFile } from './jsonFile.js';

export class SettingsFile {
  private readonly file: string;
  private readonly defaults: Settings;

  constructor(dataDir: string, systemLang: Lang) {
    this.file = join(dataDir, 'settings.json');
    this.defaults = { ...defaultSettings, lang: systemLang };
  }

  async get(): Promise<Settings> {
    const stored = await readJsonFile(this.file, settingsSchema.partial(), {});
    return { ...this.defaults, ...stored };
  }

  async set(change: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.get()), ...change });
    await writeJsonFile(this.file, next);
    return next;
  }
}
