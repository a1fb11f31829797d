/**
 * A paragraph's text as HTML: `*x*` and `_x_` become `<em>`, `**x**` and `__x__` `<strong>`,
 * `--` an em dash where the file writes em dashes, `&`, `<` and `>` escaped. Quotes, curly or
 * straight, and every other character stay as the writer typed them. Also returns the text nodes
 * the HTML holds, so the words can be counted as the archive counts them.
 */

/** HTML with the plain text of each of its text nodes. */
export interface Rendered {
  html: string;
  /** The text nodes, unescaped, in order. */
  texts: string[];
}

// Markers must hug the words they mark and stand apart from letters: "*sigh*", "_never_", but not
// "2*3*4" or "snake_case_name".
const STRONG = /(?<![\p{L}\p{N}*_])(\*\*|__)(?=[^\s*_])([^\r\n]{0,2000}?[^\s*_])\1(?![\p{L}\p{N}*_])/u;
const EM = /(?<![\p{L}\p{N}*_])(\*|_)(?=[^\s*_])([^\r\n*_]{0,2000}?[^\s*_]|[^\s*_])\1(?![\p{L}\p{N}*_])/u;

/** Escapes text for HTML content: `&`, `<` and `>` (quotes stay as typed; they are not in an attribute). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `--` as `—` (not `---`, a rule, nor the hyphens of a stutter). */
export function emDashes(text: string): string {
  return text.replace(/(?<!-)--(?!-)/g, '—');
}

/** Options of the inline renderer. */
export interface InlineOptions {
  /** Turn `--` into `—`. */
  dashes: boolean;
}

/** Renders one line (no line breaks of its own that matter) of text as HTML. */
export function renderInline(text: string, options: InlineOptions): Rendered {
  const texts: string[] = [];
  const html = render(options.dashes ? emDashes(text) : text, texts, 0);
  return { html, texts };
}

function render(text: string, texts: string[], depth: number): string {
  if (text.length === 0) return '';
  const strong = depth < 4 ? STRONG.exec(text) : null;
  const em = depth < 4 ? EM.exec(text) : null;
  const m = strong && (!em || strong.index <= em.index) ? strong : em;
  if (!m) {
    texts.push(text);
    return escapeHtml(text);
  }
  const tag = m === strong ? 'strong' : 'em';
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  let out = '';
  if (before) {
    texts.push(before);
    out += escapeHtml(before);
  }
  out += `<${tag}>${render(m[2], texts, depth + 1)}</${tag}>`;
  return out + render(after, texts, depth);
}

/**
 * Renders one line as Markdown: the emphasis the HTML renderer would make keeps its markers, and
 * every other `*` or `_` is escaped, so `2*3*4` stays arithmetic (CommonMark would read `*3*` as
 * emphasis). `escape` escapes the rest of each run of text.
 */
export function markdownInline(text: string, escape: (text: string) => string, depth = 0): string {
  if (text.length === 0) return '';
  const strong = depth < 4 ? STRONG.exec(text) : null;
  const em = depth < 4 ? EM.exec(text) : null;
  const m = strong && (!em || strong.index <= em.index) ? strong : em;
  const plain = (t: string) => escape(t).replace(/([*_])/g, '\\$1');
  if (!m) return plain(text);
  return (
    plain(text.slice(0, m.index)) + m[1] + markdownInline(m[2], escape, depth + 1) + m[1] + markdownInline(text.slice(m.index + m[0].length), escape, depth)
  );
}

/**
 * Whether a paragraph's line breaks are a hard wrap (every line but the last runs long, as an
 * editor wrapping at 72 columns leaves them) rather than lines the writer broke on purpose: a
 * letter's "Dear Harry," and "Love, Ginny", a song's lines.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  return lines.slice(0, -1).every((l) => l.trim().length >= 50);
}

/** The lines of a paragraph, trimmed; hard-wrapped lines joined into one. */
export function paragraphLines(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return isHardWrapped(lines) ? [lines.join(' ')] : lines;
}
