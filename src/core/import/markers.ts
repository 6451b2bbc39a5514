/**
 * The markers by which a line of a report says what it is: numbered headings,
 * the salutation, annex labels, glossary titles, the occasion line, and lines
 * a web page leaves. Shared by the classifier (lines.ts) and the reflow of a
 * print (print.ts).
 */
/** Chinese numerals as headings count: 一 … 九十九, 一百 … (validated by fromChineseNumeral). */
export const CN = '[一二三四五六七八九十百千万零〇两]{1,12}';
export const PART_RE = new RegExp(`^(${CN})([、．.])\\s*(.+)$`);
export const SECTION_RE = new RegExp(`^([（(](${CN})[）)][、．.，]?)\\s*(.*)$`);
/** 1. 1． 1、 — never a decimal (1.7万人) unless the number is the one expected (an entry `20.2026年…`). */
export const ITEM_RE = /^((\d{1,3})[.．、])\s*(.+)$/;
export const SUBITEM_RE = /^([（(](\d{1,3})[）)][、．.]?)\s*(.+)$/;
/** An endnote entry: ［2］四大主导产业： (also [2] and 【2】). */
export const ENDNOTE_RE = /^([［[【](\d{1,3})[］\]】])\s*(.+)$/;
export const SALUTATION_RE = /^各位(代表|委员)[^。！？]{0,12}[：:]$/;
/** 附件, 附件1, 附件2：, and 附件 with its title on the same line (附件  名词解释). */
export const ANNEX_RE = /^附\s*件\s*([0-9０-９]{0,2})\s*[：:]?\s*(.*)$/;
/**
 * The title of a glossary, which may stand without 附件 above it: 名词解释,
 * 名词注释, 注释, 《政府工作报告》有关内容名词注释 …
 */
export const GLOSSARY_TITLE_RE = /^(《[^》]{1,20}》)?[^，。；：,;:]{0,12}(名词解释|名词注释|名词解读|注释|注解)$/;
/**
 * The year of an occasion line: four digits (2026), four Chinese numerals
 * (二〇二六), or the placeholder of a draft not yet dated (××××, XXXX).
 */
const OCCASION_YEAR = String.raw`(?:\d{4}|[〇○零一二三四五六七八九]{4}|[×XＸx]{4})`;
/**
 * The occasion line: a date and the meeting, e.g. ——2026年1月27日在××省第十四届
 * 人民代表大会第四次会议上. It may open with ——, ――, （ or nothing, write the
 * date in Chinese numerals (二〇二六年一月二十七日) or leave it to be filled in
 * (——××××年××月××日在××区第×届人民代表大会第×次会议上).
 */
export const OCCASION_RE = new RegExp(
  String.raw`^[—―\-－~～]{0,2}\s*[（(]?\s*${OCCASION_YEAR}\s*年[^。]{1,8}日\s*在[^。]{2,60}(?:会议|大会|会)上?\s*[）)]?$`,
);
/** Lines a web page leaves around the text: 来源：…, 责任编辑：…, a photo caption (…摄). */
export const WEB_NOISE_RE = /^(来源|责任编辑|编辑|作者|记者|发布时间|时间|字号)[：:]|^[（(]?(新华社|图为|图片|摄影)|摄[）)]?$/;

/** The start of an occasion line that a print wrapped (——2026年2月3日在××市第十 / 六届人民代表大会……会议上). */
export const OCCASION_START_RE = new RegExp(String.raw`^[—―\-－~～]{0,2}\s*[（(]?\s*${OCCASION_YEAR}\s*年[^。]{1,8}日\s*在`);

/** A line that always starts a block: a part or section heading, the salutation, an annex label or a glossary title. */
export function startsBlock(text: string): boolean {
  return (
    SALUTATION_RE.test(text) ||
    /^附\s*件\s*[0-9０-９]{0,2}\s*[：:]?$/.test(text) ||
    GLOSSARY_TITLE_RE.test(text) ||
    PART_RE.test(text) ||
    SECTION_RE.test(text)
  );
}
