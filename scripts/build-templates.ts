/**
 * Builds templates/*.caogao from the report text in templates/src/*.txt with
 * the text importer, so the templates are written as a clerk would type them.
 * Ids are deterministic (template name + counter) so a rebuild changes nothing
 * unless the text changed. A template's name and description for the start
 * page and 从模板新建 come from templates/src/<name>.meta.json, kept in the
 * file's settings (`template`, dropped from a new document made from it).
 * Run: npx tsx scripts/build-templates.ts
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Fragment, Slice } from 'prosemirror-model';
import { importText } from '../src/core/import/text.js';
import { serializeCaogao } from '../src/core/format/caogaoFile.js';
import { reportSchema } from '../src/core/schema.js';

const dir = join(import.meta.dirname, '..', 'templates');
for (const file of readdirSync(join(dir, 'src')).filter((f) => f.endsWith('.txt'))) {
  const name = basename(file, '.txt');
  let n = 0;
  const newId = () => `${name}-${String(++n).padStart(4, '0')}`;
  let { doc } = importText(readFileSync(join(dir, 'src', file), 'utf8'), { newId });
  // A part with only its heading gets an empty paragraph to type into.
  const ends: number[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'part' && node.childCount === 1) ends.push(offset + node.nodeSize - 1);
  });
  for (const pos of ends.reverse()) {
    const paragraph = reportSchema.nodes.paragraph.create({ id: newId() });
    doc = doc.replace(pos, pos, new Slice(Fragment.from(paragraph), 0, 0));
  }
  doc.check();
  const meta = join(dir, 'src', `${name}.meta.json`);
  const settings = existsSync(meta) ? { template: JSON.parse(readFileSync(meta, 'utf8')) as unknown } : {};
  writeFileSync(join(dir, `${name}.caogao`), serializeCaogao({ doc, versions: [], settings }));
  console.log(`templates/${name}.caogao`);
}
