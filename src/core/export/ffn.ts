/**
 * A chapter for FanFiction.net's document manager, which has no notes fields: the notes go into the
 * text, set off by rules, and every scene break is an explicit `<hr />`.
 *
 * What the document manager keeps of an uploaded or pasted HTML chapter: paragraphs, bold, italics,
 * underline, strike-through, centering (`align`) and horizontal rules. What it strips: links and
 * web addresses, images, tables, font faces, sizes and colours, and (most often noticed) lines of
 * only symbols, so `***`, `~~~` or `-o-o-o-` vanish and two scenes run together; runs of blank
 * lines shrink to one, so a break made of white space vanishes too. That is why fan fiction
 * writers reach for "xXx" and "oOo" lines (see docs: fanfic conventions); here every break of any
 * shape becomes a rule, which it keeps.
 */

import { paragraphHtml, paragraphsHtml } from './ao3';
import type { ChapterParts } from './chapter';
import { type InlineOptions, renderInline } from './inline';

/** A chapter for FanFiction.net: its title and summary fields, and the text with its notes. */
export interface FfnChapter {
  chapterTitle: string;
  summary: string;
  html: string;
}

/** Renders a chapter's parts for FanFiction.net. */
export function toFfn(parts: ChapterParts, summary?: string): FfnChapter {
  const options: InlineOptions = { dashes: parts.emDashes };
  const out: string[] = [];
  // The notes keep their "A/N:" labels: in the text, readers need to see who is talking.
  if (parts.beginning.length > 0) out.push(paragraphsHtml(parts.beginning, options), '<hr />');
  for (const piece of parts.pieces) {
    if (piece.kind === 'break') out.push('<hr />');
    else if (piece.kind === 'heading') out.push(`<p align="center"><strong>${renderInline(piece.text, options).html}</strong></p>`);
    else if (piece.kind === 'line' && piece.role === 'pov-header') out.push(paragraphHtml(piece.text, options).html.replace(/^<p>/, '<p align="center">'));
    else out.push(paragraphHtml(piece.text, options).html);
  }
  if (parts.end.length > 0) out.push('<hr />', paragraphsHtml(parts.end, options));
  const text = summary ?? parts.summary;
  return { chapterTitle: parts.chapterTitle, summary: text.replace(/\s+/g, ' ').trim(), html: out.join('\n') };
}
