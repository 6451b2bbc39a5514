/**
 * The printed page of a 政府工作报告 by GB/T 9704-2012 (党政机关公文格式),
 * as numbers both exports share: the .docx (in twips and half-points) and the
 * HTML that Chromium prints to PDF (in mm and pt).
 *
 *   A4 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm, so the
 *   text block is 156 × 225 mm; 22 lines of 28 characters; 3号 (16 pt) 仿宋
 *   body; 2号 (22 pt) 小标宋 title; 黑体 / 楷体 / 仿宋 headings by level;
 *   page number 4号 (14 pt) 宋体 "— 1 —" 7 mm below the text block.
 *
 * The fixed line pitch is the text block height over 22 lines, rounded down
 * to whole twips so that 22 lines always fit: 579 twips = 28.95 pt, the
 * figure Chinese office templates use.
 */
export const MM_PER_INCH = 25.4;
export const TWIPS_PER_INCH = 1440;
export const PT_PER_INCH = 72;

export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * PT_PER_INCH;

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const TEXT_BLOCK_MM = {
  width: PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right,
  height: PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom,
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Fixed line pitch in twips (579) and points (28.95). */
export const LINE_TWIPS = Math.floor((TEXT_BLOCK_MM.height / MM_PER_INCH) * TWIPS_PER_INCH / LINES_PER_PAGE);
export const LINE_PT = LINE_TWIPS / 20;

/** Character pitch of the 28-character grid, in points (156 mm / 28 ≈ 15.79 pt). */
export const CHAR_PITCH_PT = mmToPt(TEXT_BLOCK_MM.width) / CHARS_PER_LINE;

/**
 * How much of a line a text takes, in full-width characters: Chinese
 * characters and full-width punctuation one each, ASCII figures and letters
 * and half-width forms half, a character outside the BMP one.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    width += code < 0x2000 || (code >= 0xff61 && code <= 0xff9f) ? 0.5 : 1;
  }
  return width;
}

/** 字号: Chinese type sizes in points. */
export const SIZE_PT = { er: 22, san: 16, si: 14 } as const;

/** Page number: its distance below the text block, and the indent of one character from the block's edge. */
export const PAGE_NUMBER = { belowTextMm: 7, sizePt: SIZE_PT.si } as const;

/**
 * Font families, the name Word and WPS know first. The HTML adds fallbacks
 * for machines without the Chinese office fonts (see html.ts).
 */
export const FONTS = {
  fangsong: '仿宋_GB2312',
  kaiti: '楷体_GB2312',
  heiti: '黑体',
  songti: '宋体',
  xiaobiaosong: '方正小标宋简体',
} as const;
