/**
 * Property: whatever the edits and versions, saving through the store and
 * opening again gives the same document and the same versions.
 */
import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaogaoFile } from '../../../src/core/format/caogaoFile.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { deleteVersion, restoreVersion, saveAsVersion } from '../../../src/core/versions.js';
import { sandbox, type Sandbox } from './fixture.js';

interface Para {
  text: string;
  lead: number;
}
interface Model {
  title: string;
  parts: { heading: string; sections: { heading: string; paras: Para[] }[] }[];
}

let ids = 0;
const id = () => `n${++ids}`;
const text = (t: string) => (t ? [s.text(t)] : []);

function build(m: Model): PMNode {
  const para = (p: Para) => {
    const cut = Math.min(p.lead, p.text.length);
    const content = cut > 0 ? [s.text(p.text.slice(0, cut), [s.marks.lead.create()]), ...text(p.text.slice(cut))] : text(p.text);
    return s.node('paragraph', { id: id() }, content);
  };
  return s.node('doc', null, [
    s.node('title', { id: id() }, text(m.title)),
    ...m.parts.map((part) =>
      s.node('part', { id: id() }, [
        s.node('partHeading', { id: id() }, text(part.heading)),
        ...part.sections.map((sec) =>
          s.node('section', { id: id() }, [s.node('sectionHeading', { id: id() }, text(sec.heading)), ...sec.paras.map(para)]),
        ),
      ]),
    ),
  ]);
}

const chars = fc.constantFrom(...'政府工作报告综合经济实力不断增强。，、；：“”（）—…1.7%GDP \\"\'<>&\t😀𠀀'.split(''));
const words = fc.oneof(fc.string({ unit: chars, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

type Op =
  | { kind: 'text'; part: number; section: number; para: number; text: string; lead: number }
  | { kind: 'addPara'; part: number; section: number; text: string }
  | { kind: 'addSection'; part: number; heading: string }
  | { kind: 'title'; text: string }
  | { kind: 'version'; label: string; author: string }
  | { kind: 'restore'; index: number }
  | { kind: 'delete'; index: number };

const nat = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), part: nat, section: nat, para: nat, text: words, lead: fc.nat({ max: 12 }) }),
  fc.record({ kind: fc.constant('addPara' as const), part: nat, section: nat, text: words }),
  fc.record({ kind: fc.constant('addSection' as const), part: nat, heading: words }),
  fc.record({ kind: fc.constant('title' as const), text: words }),
  fc.record({ kind: fc.constant('version' as const), label: words.filter((w) => w.trim().length > 0), author: words }),
  fc.record({ kind: fc.constant('restore' as const), index: nat }),
  fc.record({ kind: fc.constant('delete' as const), index: nat }),
);

function apply(ops: Op[]): CaogaoFile {
  const model: Model = { title: '政府工作报告', parts: [{ heading: '过去一年工作回顾', sections: [{ heading: '经济', paras: [{ text: '起点。', lead: 3 }] }] }] };
  let file: CaogaoFile = { doc: build(model), versions: [], settings: { zoom: 1 } };
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const stamp = (author = '秘书') => ({ id: id(), createdAt: new Date((clock += 60_000)).toISOString(), author });
  for (const o of ops) {
    const part = model.parts[o.kind === 'title' || o.kind === 'version' || o.kind === 'restore' || o.kind === 'delete' ? 0 : o.part % model.parts.length];
    switch (o.kind) {
      case 'text': {
        const sec = part.sections[o.section % part.sections.length];
        if (sec.paras.length) sec.paras[o.para % sec.paras.length] = { text: o.text, lead: o.lead };
        break;
      }
      case 'addPara':
        part.sections[o.section % part.sections.length].paras.push({ text: o.text, lead: 0 });
        break;
      case 'addSection':
        part.sections.push({ heading: o.heading, paras: [] });
        break;
      case 'title':
        model.title = o.text;
        break;
      case 'version':
        file = saveAsVersion({ ...file, doc: build(model) }, o.label, stamp(o.author));
        continue;
      case 'restore':
        if (file.versions.length) file = restoreVersion({ ...file, doc: build(model) }, file.versions[o.index % file.versions.length].id, stamp());
        continue;
      case 'delete':
        if (file.versions.length) file = deleteVersion(file, file.versions[o.index % file.versions.length].id);
        continue;
    }
    file = { ...file, doc: build(model) };
  }
  return file;
}

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.cleanup());

describe('save and reload (property)', () => {
  it('gives back the same document and versions after random edits and versions', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
        const file = apply(ops);
        const path = join(box.docs, `草稿${++n}.caogao`);
        const store = box.store();
        expect(await store.save(path, file, { force: true })).toEqual({ status: 'saved' });
        const loaded = await box.store().open(path);
        expect(loaded.file.doc.eq(file.doc)).toBe(true);
        expect(loaded.file.settings).toEqual(file.settings);
        expect(loaded.file.versions.map(({ doc: _d, ...meta }) => meta)).toEqual(file.versions.map(({ doc: _d, ...meta }) => meta));
        loaded.file.versions.forEach((v, i) => expect(v.doc.eq(file.versions[i].doc)).toBe(true));
        await store.release(path);
      }),
      { numRuns: 60 },
    );
  });
});
