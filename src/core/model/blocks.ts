/**
 * Splits a chapter into blocks: prose paragraphs and the structural lines between them
 * (headings, scene breaks, POV headers, flashback markers, notes, front and back matter).
 * One linear pass; the line recognizers live in `lines.ts`.
 */

import * as L from './lines';

/** What a block is. Every block but `prose` is left out of story word counts. */
export type BlockKind =
  | 'prose'
  | 'chapter-heading'
  | 'scene-break'
  | 'blank-break'
  | 'pov-header'
  | 'flashback-begin'
  | 'flashback-end'
  | 'authors-note'
  | 'disclaimer'
  | 'title'
  | 'byline'
  | 'summary'
  | 'front-matter'
  | 'end-marker';

/** A run of the text: one structural line, or one paragraph of prose (possibly hard-wrapped). */
export interface Block {
  kind: BlockKind;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (line terminator excluded). */
  end: number;
  /** Index of the block's first line. */
  line: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      const lineText = text.slice(start, i);
      lines.push({ start, end: i, text: lineText, blank: lineText.trim().length === 0 });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** The kind of a line that is structural wherever it stands, or undefined. */
function strongKind(line: string): BlockKind | undefined {
  if (L.isSceneBreak(line)) return 'scene-break';
  if (L.isFlashbackEndLine(line)) return 'flashback-end';
  if (L.isFlashbackBeginLine(line)) return 'flashback-begin';
  if (L.isChapterHeading(line)) return 'chapter-heading';
  if (L.isEndMarker(line)) return 'end-marker';
  if (L.isPovHeader(line)) return 'pov-header';
  if (L.isLabelledDisclaimer(line)) return 'disclaimer';
  if (L.isSummaryLine(line)) return 'summary';
  return undefined;
}

/** The kind of a line that is structural only when it is alone in its paragraph. */
function weakKind(line: string): BlockKind | undefined {
  if (L.isWeakChapterHeading(line)) return 'chapter-heading';
  if (L.isNamePovHeader(line)) return 'pov-header';
  return undefined;
}

/** Front-matter shapes, recognized only before the story starts. */
function frontKind(line: string): BlockKind | undefined {
  if (L.isUnlabelledDisclaimer(line)) return 'disclaimer';
  if (L.isByline(line)) return 'byline';
  if (L.isFrontMatterField(line)) return 'front-matter';
  return undefined;
}

/**
 * A prose paragraph that is really the author talking: "A/N: …", "(A/N: …)", or a request set off
 * with a leading `**` that never closes ("**Please review and tell me what you think!").
 */
function isNoteParagraph(text: string): boolean {
  if (L.isAuthorsNoteStart(text)) return true;
  return /^\s*\*\*[^*]/.test(text) && text.indexOf('**', text.indexOf('**') + 2) === -1;
}

/** Splits `text` into blocks, in order. Blank lines belong to no block but a `blank-break`. */
export function splitBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  // Front matter lasts until the first chapter heading or the first paragraph of story.
  let front = true;
  let i = 0;
  let blankRun = 0;
  let blankStart = -1;
  let blankLine = 0;

  const push = (kind: BlockKind, start: number, end: number, line: number) => {
    blocks.push({ kind, start, end, line });
  };

  while (i < lines.length) {
    const line = lines[i];
    if (line.blank) {
      if (blankRun === 0) {
        blankStart = line.start;
        blankLine = i;
      }
      blankRun++;
      i++;
      continue;
    }
    // Two or more blank lines between paragraphs is a scene break: archives strip rules when a
    // chapter is pasted, and writers fall back on white space.
    if (blankRun >= 2 && blocks.length > 0 && !front) {
      push('blank-break', blankStart, lines[i - 1].end, blankLine);
    }
    blankRun = 0;

    // Gather the paragraph: consecutive non-blank lines.
    let j = i;
    while (j < lines.length && !lines[j].blank) j++;
    const group = lines.slice(i, j);
    const alone = group.length === 1;

    let proseStart = -1;
    let proseLine = 0;
    let proseEnd = -1;
    const flushProse = () => {
      if (proseStart < 0) return;
      const body = text.slice(proseStart, proseEnd);
      let kind: BlockKind = 'prose';
      if (isNoteParagraph(body)) kind = 'authors-note';
      else if (front) {
        const fk = frontKind(body.split(/\r?\n|\r/)[0]);
        if (fk) kind = fk;
        else if (alone && body.length <= 120 && nextLineIsByline(j)) kind = 'title';
      }
      if (kind === 'prose') front = false;
      push(kind, proseStart, proseEnd, proseLine);
      proseStart = -1;
    };

    for (let k = 0; k < group.length; k++) {
      const ln = group[k];
      let kind = strongKind(ln.text);
      if (!kind && alone) kind = weakKind(ln.text);
      if (!kind && front) {
        // Front matter often stacks line by line: "Rating: T\nPairing: Harry/Ginny", or a title
        // directly above its byline.
        kind = frontKind(ln.text);
        if (!kind && k + 1 < group.length && ln.text.length <= 120 && L.isByline(group[k + 1].text)) kind = 'title';
      }
      if (kind) {
        flushProse();
        if (kind === 'chapter-heading') front = false;
        push(kind, ln.start + (ln.text.length - ln.text.trimStart().length), ln.start + ln.text.trimEnd().length, i + k);
      } else {
        if (proseStart < 0) {
          proseStart = ln.start;
          proseLine = i + k;
        }
        proseEnd = ln.end;
      }
    }
    flushProse();
    i = j;
  }

  return blocks;

  /** Whether the first non-blank line from `from` on is a byline ("By Night-Dragon"). */
  function nextLineIsByline(from: number): boolean {
    let n = from;
    while (n < lines.length && lines[n].blank) n++;
    return n < lines.length && L.isByline(lines[n].text);
  }
}
