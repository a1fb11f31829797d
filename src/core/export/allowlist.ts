/**
 * The markup AO3 keeps in a chapter's work text: the one list every exporter and test checks
 * against. Anything else is stripped by the archive's sanitizer when the chapter is posted, so an
 * export that needs it would lose formatting without a word of warning.
 *
 * Source: otwcode/otwarchive, `config/initializers/gem-plugin_config/sanitizer_config.rb` at
 * commit 55b50ca52b800db38f657278215550809225a86b (`Sanitize::Config::ARCHIVE`; its
 * `CSS_ALLOWED` adds `class` for works with a work skin, which we never emit). The older
 * `config/initializers/archive_config/sanitizer_config.rb` (505c00f4) had the same core list
 * without `acronym address del dfn ins kbd samp var figure figcaption`. `style` was never on it.
 */

/** Elements the archive keeps in work text. */
export const ARCHIVE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'acronym',
  'address',
  'b',
  'big',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'figcaption',
  'figure',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
]);

/** Attributes every element may carry. */
const ALL_ATTRIBUTES = ['align', 'title', 'dir'];

/** Attributes the archive keeps, by element (plus `ALL_ATTRIBUTES` on every element). */
export const ARCHIVE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'name'],
  blockquote: ['cite'],
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  hr: ['align', 'width'],
  img: ['align', 'alt', 'border', 'height', 'src', 'width'],
  ol: ['start', 'type'],
  q: ['cite'],
  table: ['border', 'summary', 'width'],
  td: ['abbr', 'axis', 'colspan', 'height', 'rowspan', 'width'],
  th: ['abbr', 'axis', 'colspan', 'height', 'rowspan', 'scope', 'width'],
  ul: ['type'],
};

/** Whether the archive keeps attribute `attribute` on element `element`. `style` never. */
export function isAllowedAttribute(element: string, attribute: string): boolean {
  const a = attribute.toLowerCase();
  if (a === 'style') return false;
  return ALL_ATTRIBUTES.includes(a) || (ARCHIVE_ATTRIBUTES[element.toLowerCase()] ?? []).includes(a);
}

/** A tag of an HTML string that the archive would strip: `<font>`, or `<p style="…">`'s `style`. */
export interface MarkupProblem {
  tag: string;
  attribute?: string;
}

/**
 * The markup of `html` that is not on the allowlist. Reads the tags our exporters write (no
 * comments, no CDATA); a `<` that opens no tag must have been escaped, so it is reported too.
 */
export function disallowedMarkup(html: string): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*(\/?)>/g;
  let last = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (html.slice(last, m.index).includes('<')) problems.push({ tag: '<' });
    last = m.index + m[0].length;
    const element = m[2].toLowerCase();
    if (!ARCHIVE_ELEMENTS.has(element)) {
      problems.push({ tag: element });
      continue;
    }
    for (const attr of m[3].matchAll(/([a-zA-Z-]+)(?:="[^"]*")?/g)) {
      if (!isAllowedAttribute(element, attr[1])) problems.push({ tag: element, attribute: attr[1] });
    }
  }
  if (html.slice(last).includes('<')) problems.push({ tag: '<' });
  return problems;
}
