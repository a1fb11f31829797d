/**
 * A chapter as clean Markdown (CommonMark) for sites that take it: the writer's `*…*` and `**…**`
 * are Markdown already and stay; characters Markdown would read as markup (a `#` or `>` starting
 * a line, a list marker, `~`, `<`, a backslash) are escaped; scene breaks become `* * *`; notes are
 * block quotes before and after the text.
 */

import type { ChapterParts } from './chapter';
import { emDashes, markdownInline, paragraphLines } from './inline';

/** Escapes what Markdown would turn into markup, keeping `*` and `_` emphasis as written. */
export function escapeMarkdown(line: string): string {
  let out = markdownInline(line, (t) => t.replace(/([\\`~<[\]|])/g, '\\$1'));
  // Line starts: "# Not a heading", "> not a quote", "- not a list", "1. not a list".
  out = out.replace(/^(#{1,6}(?=\s|$)|>|[-+](?=\s)|\d{1,9}(?=[.)]\s))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
  return out;
}

function block(text: string, dashes: boolean): string {
  return paragraphLines(dashes ? emDashes(text) : text)
    .map(escapeMarkdown)
    .join('\\\n');
}

/** Renders a chapter's parts as Markdown. */
export function toMarkdown(parts: ChapterParts, summary?: string): string {
  const dashes = parts.emDashes;
  const out: string[] = [];
  if (parts.heading) out.push(`# ${escapeMarkdown(parts.heading)}`);
  const text = summary ?? parts.summary;
  if (text) out.push(`**Summary:** ${block(text, dashes)}`);
  for (const note of parts.beginning) out.push(`> ${block(note, dashes).replace(/\n/g, '\n> ')}`);
  for (const piece of parts.pieces) {
    if (piece.kind === 'break') out.push('* * *');
    else if (piece.kind === 'heading') out.push(`## ${escapeMarkdown(piece.text)}`);
    else out.push(block(piece.text, dashes));
  }
  if (parts.end.length > 0) {
    if (parts.pieces.length > 0) out.push('* * *');
    for (const note of parts.end) out.push(`> ${block(note, dashes).replace(/\n/g, '\n> ')}`);
  }
  return `${out.join('\n\n')}\n`;
}
