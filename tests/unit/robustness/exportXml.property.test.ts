/**
 * Every export writes well-formed XML whatever the text (issue 12, item 7):
 * random Unicode, with controls, U+FFFE, U+FFFF, lone surrogates and markup
 * characters, in every kind of block, exported as .docx (the report and the
 * comparison with tracked changes); each XML part of the result must pass a
 * strict check. The HTML exports carry none of the forbidden characters.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { comparisonHtml } from '../../../src/core/diff/exportHtml.js';
import { comparisonReport } from '../../../src/core/diff/exportModel.js';
import { reportHtml } from '../../../src/core/export/html.js';
import { hasNonXmlChars } from '../../../src/core/text/xmlChars.js';
import { comparisonBytes } from '../../../src/node/export/comparison.js';
import { exportDocx } from '../../../src/node/export/docx.js';
import { annex, doc, entry, item, occasion, p, part, section, speaker, title } from '../../support/builder.js';
import { xmlProblems } from './xmlWellFormed.js';

/** Text with everything XML fears, mixed with Chinese and markup characters. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc
    .array(fc.constantFrom('政', '府', '\u0000', '\u0001', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '&', '<', '>', '"', "'", ']]>', '😀', '\t', '\r'), {
      minLength: 1,
      maxLength: 30,
    })
    .map((cs) => cs.join('')),
);

/** A report with the text in its title, occasion, speaker, headings of each level, paragraphs and a glossary. */
function reportWith(t: string[]): PMNode {
  return doc(
    title(`${t[0]}政府工作报告`),
    occasion(t[1]),
    speaker(t[2]),
    part(`一${t[3]}`, section(`二${t[4]}`, item(`三${t[5]}`, p(`四${t[6]}`)), p(`${t[7]}。正文`, { lead: true }))),
    annex(`名词${t[0]}`, entry(`五${t[1]}`, `六${t[2]}`)),
  );
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (/\.(xml|rels)$/.test(name)) parts.set(name, await file.async('uint8array'));
  return parts;
}

async function expectWellFormed(bytes: Uint8Array): Promise<void> {
  const parts = await partsOf(bytes);
  expect(parts.has('word/document.xml')).toBe(true);
  for (const [name, part] of parts) expect(xmlProblems(part), name).toEqual([]);
}

describe('the strict check', () => {
  it('finds what xmldom lets through', () => {
    const bad = (s: string) => xmlProblems(new TextEncoder().encode(s));
    expect(bad('<a>\u0001</a>')).not.toEqual([]);
    expect(bad('<a>\uFFFE</a>')).not.toEqual([]);
    expect(bad('<a>&#1;</a>')).not.toEqual([]);
    expect(bad('<a>&#xFFFF;</a>')).not.toEqual([]);
    expect(bad('<a>a & b</a>')).not.toEqual([]);
    expect(bad('<a><b></a>')).not.toEqual([]);
    expect(bad('<a>政&amp;&#x4E00;</a>')).toEqual([]);
  });
});

describe('exports of random Unicode text', () => {
  it('the report as .docx: every XML part is well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 8, maxLength: 8 }), async (texts) => {
        await expectWellFormed(await exportDocx(reportWith(texts)));
      }),
      { seed: 7, numRuns: 25 },
    );
  }, 60_000);

  it('the comparison as .docx with tracked changes, and both HTML exports: well-formed, no forbidden character', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 8, maxLength: 8 }), fc.array(hostile, { minLength: 8, maxLength: 8 }), hostile, async (a, b, name) => {
        const oldDoc = reportWith(a);
        const newDoc = reportWith(b);
        const source = { oldDoc, newDoc, oldName: `${name}.caogao`, newName: '新稿.caogao', date: new Date(Date.UTC(2026, 0, 1)) };
        await expectWellFormed(await comparisonBytes(source, 'docx'));
        expect(hasNonXmlChars(reportHtml(oldDoc))).toBe(false);
        expect(hasNonXmlChars(comparisonHtml(comparisonReport(oldDoc, newDoc, { old: source.oldName, new: source.newName })))).toBe(false);
      }),
      { seed: 11, numRuns: 15 },
    );
  }, 60_000);
});
