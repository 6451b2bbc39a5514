/**
 * The text of pasted HTML (from Word, WPS or a web page), one line per block,
 * for the same import as pasted plain text. Only text is read: scripts,
 * styles, images, objects, event handlers and unknown markup never reach the
 * document, because nothing but text nodes is taken from the parsed HTML,
 * and the HTML is parsed inert (DOMParser runs no script and loads nothing).
 *
 * Word writes its list numbers (（一）, 1.) as text inside the HTML, so they
 * come through and the importer turns them into structure.
 */
const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'META', 'LINK', 'OBJECT', 'EMBED', 'IFRAME', 'SVG', 'MATH', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'ADDRESS', 'FIGCAPTION', 'CAPTION', 'MAIN', 'NAV', 'ASIDE']);

export function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  let line = '';
  const breakLine = (): void => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Source line breaks inside HTML text are layout, not content.
      line += (node.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      breakLine();
      return;
    }
    const block = BLOCK.has(name);
    if (block && line.trim()) breakLine();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (name === 'TD' || name === 'TH') line += ' ';
    if (block && line.trim()) breakLine();
  };
  if (parsed.body) walk(parsed.body);
  if (line.trim()) breakLine();
  return lines
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Escape text for the HTML that ProseMirror's own parser reads (drag and drop). */
export function textToSafeHtml(text: string): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .map((l) => `<p>${escape(l)}</p>`)
    .join('');
}
