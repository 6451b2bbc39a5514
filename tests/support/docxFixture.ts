/**
 * A .docx built from XML in a test, as Word writes a reviewed draft:
 * paragraphs with tracked changes (w:ins, w:del) and comment ranges, the
 * comments part and commentsExtended.xml for replies. Only what the test
 * writes is in it; the helpers below write the usual markup.
 */
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);

export const r = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
export const wp = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
export const wins = (id: number, author: string | undefined, date: string, text: string) =>
  `<w:ins w:id="${id}"${attr('w:author', author)} w:date="${date}">${r(text)}</w:ins>`;
export const wdel = (id: number, author: string | undefined, date: string, text: string) =>
  `<w:del w:id="${id}"${attr('w:author', author)} w:date="${date}"><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
export const cstart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
export const cend = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

export interface FixtureComment {
  id: number;
  author?: string;
  initials?: string;
  date: string;
  text: string;
  paraId: string;
}

export const commentsXml = (comments: FixtureComment[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments
    .map(
      (c) =>
        `<w:comment w:id="${c.id}"${attr('w:author', c.author)}${attr('w:initials', c.initials)} w:date="${c.date}"><w:p w14:paraId="${c.paraId}">${r(c.text)}</w:p></w:comment>`,
    )
    .join('')}</w:comments>`;

export const extendedXml = (entries: { paraId: string; parent?: string; done?: boolean }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}>${entries
    .map((e) => `<w15:commentEx w15:paraId="${e.paraId}"${attr('w15:paraIdParent', e.parent)} w15:done="${e.done ? 1 : 0}"/>`)
    .join('')}</w15:commentsEx>`;

/** The .docx: `body` is the inner XML of w:body. */
export async function buildDocx(parts: { body: string; comments?: string; extended?: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    parts.comments ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : '',
    parts.extended ? '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>' : '',
  ].join('');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const rels = [
    parts.comments ? '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : '',
    parts.extended ? '<Relationship Id="rId11" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>' : '',
  ].join('');
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`);
  if (parts.comments) zip.file('word/comments.xml', parts.comments);
  if (parts.extended) zip.file('word/commentsExtended.xml', parts.extended);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
