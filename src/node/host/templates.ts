/**
 * Templates for 新建 and 从模板新建: every .caogao file in templates/. A
 * template may name itself in its settings (`template: {name: {zh, en},
 * description: {zh, en}}`); otherwise its title and file name are used. The
 * blank report (blank.caogao) comes first. A new document from a template
 * drops the template's versions and its template settings.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { CaogaoError } from '../../core/errors.js';
import { parseCaogao, type CaogaoFile } from '../../core/format/caogaoFile.js';
import type { TemplateInfo } from '../../shared/api.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const templateMeta = z.object({ name: bilingual, description: bilingual.optional() });

const ID = /^[\w.-]{1,80}$/;

export class Templates {
  constructor(private readonly dir: string) {}

  private async ids(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const ids = names.filter((n) => n.endsWith('.caogao')).map((n) => basename(n, '.caogao')).filter((id) => ID.test(id));
    return ids.sort((a, b) => (a === 'blank' ? -1 : b === 'blank' ? 1 : a.localeCompare(b)));
  }

  private async load(id: string): Promise<CaogaoFile> {
    if (!ID.test(id) || !(await this.ids()).includes(id)) throw new CaogaoError('api-unknown-template', { template: id });
    return parseCaogao(await readFile(join(this.dir, `${id}.caogao`), 'utf8'), `${id}.caogao`);
  }

  async list(): Promise<TemplateInfo[]> {
    const out: TemplateInfo[] = [];
    for (const id of await this.ids()) {
      let file: CaogaoFile;
      try {
        file = await this.load(id);
      } catch {
        continue;
      }
      const meta = templateMeta.safeParse(file.settings.template);
      const title = file.doc.firstChild?.type.name === 'title' ? file.doc.firstChild.textContent : '';
      const name = meta.success ? meta.data.name : { zh: title || id, en: title ? `${title} (${id})` : id };
      const description = (meta.success && meta.data.description) || { zh: `${id}.caogao`, en: `${id}.caogao` };
      out.push({ id, name, description });
    }
    return out;
  }

  /** The content of a new document from the template. */
  async instantiate(id: string): Promise<CaogaoFile> {
    const file = await this.load(id);
    const { template: _template, ...settings } = file.settings;
    return { doc: file.doc, versions: [], settings };
  }
}
