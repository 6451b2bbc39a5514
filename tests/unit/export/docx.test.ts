/**
 * The exported .docx, read back as Word reads it: the XML parts inside the zip.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/text.js';
import { CHAR_SPACING_TWENTIETHS, exportDocx } from '../../../src/node/export/docx.js';
import { readRealReport } from '../../support/corpus.js';

let parts: Record<string, string>;

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await exportDocx(importText(readRealReport()).doc));
  parts = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) parts[name] = await zip.file(name)!.async('string');
});

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** The <w:style> element with this id. */
const style = (id: string): string => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(parts['word/styles.xml'])?.[0] ?? '';

/** The paragraphs of the body whose text contains `text`. */
const paragraphWith = (text: string): string => {
  const body = parts['word/document.xml'];
  return body.split('</w:p>').find((p) => p.replace(/<[^>]+>/g, '').includes(text)) ?? '';
};

describe('the .docx page setup (GB/T 9704)', () => {
  it('is A4 with margins 37 / 35 / 28 / 26 mm, in twips', () => {
    const doc = parts['word/document.xml'];
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(doc, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(doc, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(doc, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(doc, 'w:pgMar', 'w:right')).toBe('1474');
  });

  it('has a 22-line grid with a fixed pitch of 28.95 pt', () => {
    const doc = parts['word/document.xml'];
    expect(attr(doc, 'w:docGrid', 'w:type')).toBe('lines');
    expect(attr(doc, 'w:docGrid', 'w:linePitch')).toBe('579');
    expect(attr(style('BodyText'), 'w:spacing', 'w:line')).toBe('579');
    expect(attr(style('BodyText'), 'w:spacing', 'w:lineRule')).toBe('exact');
    // 22 lines of 579 twips fit in the 225 mm text block (12756 twips).
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984);
  });

  it('puts 28 characters of 3号 on a 156 mm line by condensed character spacing, not a character grid', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts['word/styles.xml'])![0];
    const spacing = Number(attr(defaults, 'w:spacing', 'w:val'));
    expect(spacing).toBe(CHAR_SPACING_TWENTIETHS);
    const advance = 16 + spacing / 20;
    const linePt = (156 / 25.4) * 72;
    expect(28 * advance).toBeLessThanOrEqual(linePt);
    expect(29 * advance).toBeGreaterThan(linePt);
    expect(parts['word/document.xml']).not.toContain('w:charSpace');
  });

  it('sets the body in 3号 仿宋 with a first-line indent of two characters', () => {
    const styles = parts['word/styles.xml'];
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('32');
    expect(attr(style('BodyText'), 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(style('BodyText')).toContain('w:val="Body Text"');
  });

  it('uses real heading styles: 黑体, 楷体, 仿宋 by level, with outline levels; the title in 2号 小标宋', () => {
    expect(style('Heading1')).toContain('w:val="Heading 1"');
    expect(attr(style('Heading1'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(style('Heading2'), 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    expect(attr(style('Heading3'), 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(style('Heading1'), 'w:outlineLvl', 'w:val')).toBe('0');
    expect(attr(style('Heading2'), 'w:outlineLvl', 'w:val')).toBe('1');
    expect(attr(style('Title'), 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(style('Title'), 'w:sz', 'w:val')).toBe('44');
    expect(attr(paragraphWith('一、过去五年工作回顾'), 'w:pStyle', 'w:val')).toBe('Heading1');
    expect(attr(paragraphWith('（三）坚持城市有机更新'), 'w:pStyle', 'w:val')).toBe('Heading2');
  });

  it('writes numbers derived from position, and lead sentences in bold', () => {
    expect(paragraphWith('三、2022年工作安排')).not.toBe('');
    const lead = paragraphWith('综合经济实力不断增强。');
    expect(lead).toMatch(/<w:b\/>[\s\S]*综合经济实力不断增强。/);
  });

  it('starts the annex on a new page', () => {
    expect(paragraphWith('附件')).toContain('<w:pageBreakBefore/>');
  });

  it('puts "— n —" on the right of odd pages and the left of even ones', () => {
    const settings = parts['word/settings.xml'];
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    // Which footer file each kind of page uses: document.xml names a relationship, the .rels file its target.
    const doc = parts['word/document.xml'];
    const rels = parts['word/_rels/document.xml.rels'];
    const footerFor = (type: string): string => {
      const id = new RegExp(`<w:footerReference\\b[^>]*w:type="${type}"[^>]*r:id="([^"]+)"|<w:footerReference\\b[^>]*r:id="([^"]+)"[^>]*w:type="${type}"`).exec(doc)!;
      const target = new RegExp(`<Relationship\\b[^>]*Id="${id[1] ?? id[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      return parts[`word/${target}`];
    };
    const odd = footerFor('default');
    const even = footerFor('even');
    expect(attr(odd, 'w:jc', 'w:val')).toBe('right');
    expect(attr(odd, 'w:ind', 'w:right')).toBe('280');
    expect(attr(even, 'w:jc', 'w:val')).toBe('left');
    expect(attr(even, 'w:ind', 'w:left')).toBe('280');
    for (const xml of [odd, even]) {
      expect(xml).toContain('PAGE');
      expect(xml.replace(/<[^>]+>/g, '')).toMatch(/^— .*—$/);
      expect(attr(xml, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(xml, 'w:sz', 'w:val')).toBe('28');
    }
  });
});
