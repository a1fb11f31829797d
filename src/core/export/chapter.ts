/**
 * A chapter cut into what an archive's posting form asks for: its title, its summary, its
 * beginning and end notes, and the work text as a list of pieces in order. Every exporter
 * (`ao3.ts`, `ffn.ts`, `markdown.ts`) renders these pieces; none re-reads the text.
 *
 * The model marks a paragraph starting "A/N:" as a note; the paragraphs that follow it to the end
 * of the chapter ("Thanks for reading!", "What do you think Draco will do?", "Please review!") are
 * part of the note by the conventions, whether or not the model marks them (see `endNoteStart`).
 */

import type { Block } from '../model/blocks';
import { buildModel, type DocumentModel, type Paragraph } from '../model/document';
import { headingText } from '../outline';

/** One piece of the work text. */
export type Piece =
  /** A story paragraph: its words are the chapter's words. `notes` are inline "(A/N: …)" spans, relative to `text`. */
  | { kind: 'paragraph'; text: string; notes: Array<{ start: number; end: number }> }
  /** A scene break of any shape (symbols, or two blank lines). */
  | { kind: 'break' }
  /** A line the writer set apart that is not story: a POV header, a flashback marker, an end marker, a note in the middle. */
  | { kind: 'line'; text: string; role: 'pov-header' | 'flashback-begin' | 'flashback-end' | 'end-marker' | 'note' }
  /** A chapter heading after the first (a file holding several chapters). */
  | { kind: 'heading'; text: string };

/** A chapter ready to post. */
export interface ChapterParts {
  /** The chapter's title as the archive's field wants it: "His Decision" of "Chapter One: His Decision". */
  chapterTitle: string;
  /** The heading as written, or "" when the file has none. */
  heading: string;
  /** The story's title line, when the file has one. */
  title: string;
  summary: string;
  /** Paragraphs of the beginning notes (the disclaimer first). */
  beginning: string[];
  /** Paragraphs of the end notes. */
  end: string[];
  pieces: Piece[];
  /** How many chapter headings the file holds. */
  headings: number;
  /** Whether the file writes its dashes as em dashes (`—` more often than `--`), as the `dash` rule decides. */
  emDashes: boolean;
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final';
const NUMBER = `(?:\\d{1,4}|[ivxlcdm]{1,7}|(?:${NUMBER_WORD})(?:[-\\s](?:${NUMBER_WORD})){0,2})`;
const CHAPTER_PREFIX = new RegExp(`^(?:chapter|chap\\.?|ch\\.)\\s*${NUMBER}\\b\\s*[:.\\-–—~]*\\s*`, 'i');
const NUMBER_PREFIX = new RegExp(`^${NUMBER}\\s*[:.–—-]\\s+`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}\\s*[.:]?$`, 'i');

/**
 * The title part of a heading: "Chapter One: His Decision" → "His Decision", "Ch. 3 - The Well" →
 * "The Well", "Forty-seven: To say our final goodbyes." → "To say our final goodbyes.", "Chapter 12"
 * and "12" → "" (the archive numbers chapters itself), "Prologue" → "Prologue".
 */
export function chapterTitleOf(heading: string): string {
  const h = heading.trim();
  if (BARE_NUMBER.test(h)) return '';
  if (CHAPTER_PREFIX.test(h)) return h.replace(CHAPTER_PREFIX, '').trim();
  if (NUMBER_PREFIX.test(h)) return h.replace(NUMBER_PREFIX, '').trim();
  return h;
}

// Reader talk: thanks, questions, pleas for reviews, updates, apologies.
const NOTE_TALK =
  /\b(?:reviews?|reviewing|reviewers?|thanks?|thank(?:s|ing)? you|readers?|reading|kudos|comments?|favou?rites?|follow(?:s|ers|ing)?|updates?|updating|chapters?|fics?|story|stories|beta(?:'d|ed)?|sorry|hope|enjoy(?:ed)?|let me know|next time|guys|everyone|y'all|ya'll|lol|R&R|xoxo|review)\b/i;
const READER = /\b(?:you|your|you're|you guys)\b/i;

/**
 * A paragraph that reads like the author talking to readers, not story: no dialogue, and talk of
 * reviews, chapters and thanks or words to "you". Used only after an "A/N:" at a chapter's end,
 * where a story line rarely follows.
 */
export function isNoteTalk(text: string): boolean {
  if (/["“”]/.test(text)) return false;
  return NOTE_TALK.test(text) || READER.test(text);
}

const NOT_STORY: ReadonlySet<string> = new Set(['authors-note', 'end-marker', 'blank-break', 'scene-break']);

/**
 * Where a chapter's end note starts (a block index), or -1: the first "A/N"-kind block of the
 * chapter's tail, the blocks after the last story paragraph that are notes, end markers, breaks or
 * paragraphs of reader talk. Works on a model that marks the whole trailing note as note and on one
 * that marks only its first paragraph.
 */
export function endNoteStart(model: DocumentModel, from: number): number {
  const { blocks } = model;
  let tail = blocks.length;
  for (let i = blocks.length - 1; i >= from; i--) {
    const b = blocks[i];
    if (NOT_STORY.has(b.kind)) {
      tail = i;
      continue;
    }
    if (b.kind === 'prose' && isNoteTalk(model.text.slice(b.start, b.end))) {
      tail = i;
      continue;
    }
    break;
  }
  // A symbol scene break after a note with more than notes after it means the story went on:
  // "A/N: sorry for the wait" / "* * *" / "You never saw the letter, she thought." The end note
  // starts at a note after the last such break.
  let start = -1;
  for (let i = tail; i < blocks.length; i++) {
    const kind = blocks[i].kind;
    if (kind === 'authors-note' && start < 0) start = i;
    else if (kind === 'scene-break' && start >= 0 && blocks.slice(i + 1).some((b) => b.kind === 'prose')) start = -1;
  }
  return start;
}

function slice(model: DocumentModel, b: { start: number; end: number }): string {
  return model.text.slice(b.start, b.end);
}

/** Strips the label of a summary line: "Summary: Harry finds…" → "Harry finds…". */
function summaryText(line: string): string {
  return line.replace(/^\s*[*~_]*\s*summary\s*[*~_]*\s*[:\-–—]\s*/i, '').trim();
}

/** Cuts the model of a chapter into its parts. */
export function chapterParts(model: DocumentModel): ChapterParts {
  const { blocks } = model;
  const paragraphAt = new Map<number, Paragraph>();
  for (const p of model.paragraphs) paragraphAt.set(p.start, p);
  const parts: ChapterParts = {
    chapterTitle: '',
    heading: '',
    title: '',
    summary: '',
    beginning: [],
    end: [],
    pieces: [],
    headings: 0,
    emDashes: model.marks.emDashes > model.marks.doubleHyphens,
  };
  const summary: string[] = [];
  // The story starts at its first paragraph, POV header, break after a heading, or flashback.
  let started = false;
  const endStart = endNoteStart(model, 0);
  // Whatever stands above the first chapter heading is the chapter's preface, even after a
  // paragraph ("a summary that is simply the first paragraph", then "**Please review!").
  const firstHeading = blocks.findIndex((b) => b.kind === 'chapter-heading');

  for (let i = 0; i < blocks.length; i++) {
    const b: Block = blocks[i];
    const text = slice(model, b);
    if (endStart >= 0 && i >= endStart) {
      if (b.kind === 'authors-note' || b.kind === 'prose' || b.kind === 'end-marker') parts.end.push(text.trim());
      continue;
    }
    switch (b.kind) {
      case 'disclaimer':
        if (!started) parts.beginning.unshift(text.trim());
        else parts.pieces.push({ kind: 'line', text: text.trim(), role: 'note' });
        break;
      case 'title':
        if (!parts.title) parts.title = text.trim();
        break;
      case 'byline':
      case 'front-matter':
        // "By Night-Dragon", "Rating: T": the archive shows the author and takes the rating as metadata.
        break;
      case 'summary':
        summary.push(summaryText(text));
        break;
      case 'chapter-heading':
        parts.headings++;
        if (i === firstHeading) {
          parts.heading = headingText(model.text, b);
          parts.chapterTitle = chapterTitleOf(parts.heading);
        } else {
          started = true;
          parts.pieces.push({ kind: 'heading', text: headingText(model.text, b) });
        }
        break;
      case 'authors-note':
        // Notes before the story are the chapter's beginning notes; one in the middle stays where it is.
        if (!started || i < firstHeading) parts.beginning.push(text.trim());
        else parts.pieces.push({ kind: 'line', text: text.trim(), role: 'note' });
        break;
      case 'scene-break':
      case 'blank-break':
        if (!started) break;
        if (parts.pieces.length > 0 && parts.pieces[parts.pieces.length - 1].kind !== 'break') parts.pieces.push({ kind: 'break' });
        break;
      case 'prose':
        started = true;
        parts.pieces.push({ kind: 'paragraph', text, notes: notesOf(paragraphAt.get(b.start)) });
        break;
      case 'pov-header':
      case 'flashback-begin':
      case 'flashback-end':
      case 'end-marker':
        started = true;
        parts.pieces.push({ kind: 'line', text: text.trim(), role: b.kind });
        break;
    }
  }
  // A break between the story and its end note separates nothing once the note has moved out.
  while (parts.pieces.length > 0 && parts.pieces[parts.pieces.length - 1].kind === 'break') parts.pieces.pop();
  while (parts.pieces.length > 0 && parts.pieces[0].kind === 'break') parts.pieces.shift();
  parts.summary = summary.join('\n\n');
  return parts;
}

/** The inline "(A/N: …)" spans of a story paragraph, from the model's regions. */
function notesOf(p: Paragraph | undefined): Array<{ start: number; end: number }> {
  if (!p) return [];
  return p.analysis.regions.filter((r) => r.kind === 'note').map((r) => ({ start: r.start, end: r.end }));
}

/** The parts of `text`. */
export function chapterPartsOf(text: string): ChapterParts {
  return chapterParts(buildModel(text));
}
