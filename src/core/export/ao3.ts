/**
 * A chapter as AO3 work text: `<p>` paragraphs, `<em>` and `<strong>` from the writer's `*…*`
 * and `**…**`, `<hr />` for every scene break, only markup of the archive's allowlist
 * (`allowlist.ts`) and never a `style` attribute. Notes, summary and title go to their own fields.
 */

import { disallowedMarkup } from './allowlist';
import type { ChapterParts, Piece } from './chapter';
import { type InlineOptions, paragraphLines, type Rendered, renderInline } from './inline';
import { AO3_LIMITS, archiveLength, type ExportProblem, overLimit } from './limits';
import { archiveWordCount } from './words';

/** A chapter ready for AO3's posting form. */
export interface Ao3Chapter {
  /** The work's title: fanfic.json's, else the title line of the file (not in the JSON contract). */
  title: string;
  chapterTitle: string;
  /** HTML, as AO3's summary field takes it. */
  summary: string;
  /** HTML of the beginning and end notes. */
  notes: { beginning: string; end: string };
  /** The work text. */
  html: string;
  /** Story words, counted as the archive counts them. */
  words: number;
  /** Characters of `html`, as the archive counts them against its 500,000. */
  characters: number;
  problems: ExportProblem[];
}

/** Work metadata that overrides or completes what the chapter's file says. */
export interface WorkFields {
  title?: string;
  summary?: string;
}

// "A/N:", "(A/N: …)", "Author's Note -": the field is already labelled as notes.
const NOTE_LABEL = /^\s*[(\[]?\s*(?:A\/N|A\.N\.|N\/A|AN|Author['’]?s?\s+Notes?|Authors\s+Notes?)\s*(?:\d+\s*)?[:\-–—.]\s*/i;

/** A note paragraph without its "A/N:" label (and the parenthesis that closed "(A/N: …)"). */
export function unlabelledNote(text: string): string {
  const m = NOTE_LABEL.exec(text);
  if (!m) return text.trim();
  let body = text.slice(m[0].length).trim();
  if (/^\s*[(\[]/.test(m[0]) && /[)\]]$/.test(body)) body = body.slice(0, -1).trim();
  return body.length > 0 ? body : text.trim();
}

/** One paragraph as `<p>…</p>`; lines the writer broke on purpose keep a `<br />`. */
export function paragraphHtml(text: string, options: InlineOptions): Rendered {
  const lines = paragraphLines(text).map((l) => renderInline(l, options));
  return { html: `<p>${lines.map((l) => l.html).join('<br />\n')}</p>`, texts: lines.flatMap((l) => l.texts) };
}

/** Paragraphs as HTML, one a line. */
export function paragraphsHtml(paragraphs: readonly string[], options: InlineOptions): string {
  return paragraphs.map((p) => paragraphHtml(p, options).html).join('\n');
}

/** The words of a story paragraph, as the archive counts them, leaving out its inline notes. */
function storyWords(piece: Extract<Piece, { kind: 'paragraph' }>, options: InlineOptions, rendered: Rendered): number {
  if (piece.notes.length === 0) return rendered.texts.reduce((sum, t) => sum + archiveWordCount(t), 0);
  let text = piece.text;
  // Cut the notes out from the end, so earlier offsets stay right.
  for (const n of [...piece.notes].sort((a, b) => b.start - a.start)) text = `${text.slice(0, n.start)} ${text.slice(n.end)}`;
  return paragraphHtml(text, options).texts.reduce((sum, t) => sum + archiveWordCount(t), 0);
}

/** Renders a chapter's parts for AO3. */
export function toAo3(parts: ChapterParts, work: WorkFields = {}): Ao3Chapter {
  const options: InlineOptions = { dashes: parts.emDashes };
  const out: string[] = [];
  let words = 0;
  for (const piece of parts.pieces) {
    switch (piece.kind) {
      case 'paragraph': {
        const rendered = paragraphHtml(piece.text, options);
        out.push(rendered.html);
        words += storyWords(piece, options, rendered);
        break;
      }
      case 'break':
        out.push('<hr />');
        break;
      case 'heading':
        out.push(`<h2>${renderInline(piece.text, options).html}</h2>`);
        break;
      case 'line':
        // A POV header, a flashback marker or an end marker, as the writer marked it: "**Hermione's
        // POV**" in bold, "*Flashback*" in italics, "-Flashback-" as typed.
        out.push(paragraphHtml(piece.text, options).html);
        break;
    }
  }
  const html = out.join('\n');
  const summaryText = work.summary ?? parts.summary;
  const chapter: Ao3Chapter = {
    title: work.title ?? parts.title,
    chapterTitle: parts.chapterTitle,
    summary: summaryText ? paragraphsHtml(summaryText.split(/\n\s*\n/), options) : '',
    notes: {
      beginning: paragraphsHtml(parts.beginning.map(unlabelledNote), options),
      end: paragraphsHtml(parts.end.map(unlabelledNote), options),
    },
    html,
    words,
    characters: archiveLength(html),
    problems: [],
  };
  chapter.problems = ao3Problems(chapter, parts, work);
  return chapter;
}

/** Every archive limit the chapter breaks. */
export function ao3Problems(chapter: Ao3Chapter, parts: ChapterParts, work: WorkFields = {}): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const add = (p: ExportProblem | undefined) => p && problems.push(p);
  add(overLimit('html', 'work text', chapter.html, AO3_LIMITS.contentMax));
  const text = chapter.html.replace(/<[^>]*>/g, '').trim();
  if (archiveLength(text) < AO3_LIMITS.contentMin) {
    problems.push({ field: 'html', message: `The work text has ${archiveLength(text)} characters; AO3 needs at least ${AO3_LIMITS.contentMin}.` });
  }
  add(overLimit('summary', 'summary', chapter.summary, AO3_LIMITS.summary));
  add(overLimit('notes.beginning', 'beginning note', chapter.notes.beginning, AO3_LIMITS.notes));
  add(overLimit('notes.end', 'end note', chapter.notes.end, AO3_LIMITS.notes));
  add(overLimit('chapterTitle', 'chapter title', chapter.chapterTitle, AO3_LIMITS.title));
  const title = work.title ?? parts.title;
  if (title) add(overLimit('title', 'title', title, AO3_LIMITS.title));
  if (parts.headings > 1) {
    problems.push({
      field: 'html',
      message: `This file holds ${parts.headings} chapter headings; AO3 posts one chapter at a time, so the later headings are in the work text.`,
    });
  }
  for (const m of disallowedMarkup(chapter.html)) {
    problems.push({ field: 'html', message: `AO3 strips ${m.attribute ? `the \`${m.attribute}\` attribute of <${m.tag}>` : `<${m.tag}>`}.` });
  }
  return problems;
}
