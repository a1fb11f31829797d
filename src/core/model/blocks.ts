/**
 * Splits a chapter into blocks: prose paragraphs and the structural lines between them
 * (headings, scene breaks, POV headers, flashback markers, notes, front and back matter).
 * One linear pass; the line recognizers live in `lines.ts`.
 */

import { detach } from '../text';
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
  /**
   * An `authors-note` that is a paragraph of prose read as the note before it running on (thanks,
   * questions, a plea for reviews after `A/N: …`): see `runOnNotes`.
   */
  continued?: true;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * The blocks of one paragraph group (a run of non-blank lines), relative to the group's start,
 * and whether the front matter goes on after it. Cached by the group's text and the state it
 * starts in, so an edit re-classifies only the group it touched.
 */
export interface GroupResult {
  blocks: Array<{ kind: BlockKind; start: number; end: number }>;
  front: boolean;
}

/** A cache of group results; the analyzer keeps one per document. */
export type GroupCache = Map<string, GroupResult>;

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
  if (L.isNamePovHeader(line) || L.isLonePovHeader(line)) return 'pov-header';
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

/**
 * Whether `text[start, end)` holds only white space: at least everything `trim()` strips, since a
 * structural line's block is its trimmed extent (a line of U+2028 alone made a block {1, 0}).
 */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      c !== 32 &&
      c !== 9 &&
      c !== 12 &&
      c !== 11 &&
      c !== 0xa0 &&
      c !== 0xfeff &&
      !(c >= 0x2000 && c <= 0x200b) &&
      c !== 0x3000 &&
      c !== 0x1680 &&
      c !== 0x2028 &&
      c !== 0x2029 &&
      c !== 0x202f &&
      c !== 0x205f
    )
      return false;
  }
  return true;
}

/** The end of the line starting at `start` (its terminator excluded) and where the next line starts. */
function lineEnd(text: string, start: number, hasCR: boolean): [number, number] {
  if (!hasCR) {
    const nl = text.indexOf('\n', start);
    return nl < 0 ? [text.length, text.length + 1] : [nl, nl + 1];
  }
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return [i, i + 1];
    if (c === 13) return [i, text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1];
  }
  return [text.length, text.length + 1];
}

/** Classifies the lines of one paragraph group. */
function classifyGroup(text: string, group: Line[], frontIn: boolean, nextIsByline: boolean, nextIsHeading = false): GroupResult {
  const base = group[0].start;
  const blocks: GroupResult['blocks'] = [];
  let front = frontIn;
  const alone = group.length === 1;
  let proseStart = -1;
  let proseEnd = -1;
  const push = (kind: BlockKind, start: number, end: number) => blocks.push({ kind, start: start - base, end: end - base });
  const flushProse = () => {
    if (proseStart < 0) return;
    const body = text.slice(proseStart, proseEnd);
    let kind: BlockKind = 'prose';
    if (isNoteParagraph(body)) kind = 'authors-note';
    else if (front) {
      const fk = frontKind(body.split(/\r?\n|\r/)[0]);
      if (fk) kind = fk;
      else if (alone && body.length <= 120 && nextIsByline) kind = 'title';
      // A title alone above the first chapter heading: `The Well of Time` ¶ `Chapter 1`.
      else if (alone && nextIsHeading && L.isTitleLine(body)) kind = 'title';
    }
    if (kind === 'prose') front = false;
    push(kind, proseStart, proseEnd);
    proseStart = -1;
  };
  for (let k = 0; k < group.length; k++) {
    const ln = group[k];
    // A POV header that opens a paragraph of prose: `Kagome's POV: I ran to the well.`
    const head = L.inlinePovHeaderEnd(ln.text);
    if (head > 0) {
      flushProse();
      const lead = ln.text.length - ln.text.trimStart().length;
      push('pov-header', ln.start + lead, ln.start + ln.text.slice(0, head).trimEnd().length);
      proseStart = ln.start + head;
      proseEnd = ln.end;
      continue;
    }
    let kind = strongKind(ln.text);
    // `~*~ Kagome ~*~` above the first line of its scene.
    if (!kind && !alone && k === 0 && L.isStrongNamePovHeader(ln.text)) kind = 'pov-header';
    if (!kind && alone) kind = weakKind(ln.text);
    if (!kind && front) {
      // Front matter often stacks line by line: "Rating: T\nPairing: Harry/Ginny", or a title
      // directly above its byline.
      kind = frontKind(ln.text);
      if (!kind && k + 1 < group.length && ln.text.length <= 120 && L.isByline(group[k + 1].text)) kind = 'title';
      if (!kind && k === 0 && group.length === 2 && L.isChapterHeading(group[1].text) && L.isTitleLine(ln.text)) kind = 'title';
    }
    if (kind) {
      flushProse();
      if (kind === 'chapter-heading') front = false;
      push(kind, ln.start + (ln.text.length - ln.text.trimStart().length), ln.start + ln.text.trimEnd().length);
    } else {
      if (proseStart < 0) proseStart = ln.start;
      proseEnd = ln.end;
    }
  }
  flushProse();
  return { blocks, front };
}

/** Where a split starts: the front-matter state and whether any block comes before. */
interface SplitState {
  front: boolean;
  hasBlocksBefore: boolean;
}

/**
 * Splits `text[from, to)` into blocks (absolute offsets). `from` and `to` are line starts (or the
 * text's end). With a cache, unchanged paragraph groups are not classified again.
 */
function splitRange(text: string, from: number, to: number, state: SplitState, cache?: GroupCache): Block[] {
  const hasCR = text.includes('\r');
  const blocks: Block[] = [];
  // Front matter lasts until the first chapter heading or the first paragraph of story.
  let front = state.front;
  let blankRun = 0;
  let blankStart = -1;
  let lastBlankEnd = -1;
  let pos = from;
  let group: Line[] = [];

  const flushGroup = (nextFirstLine: string | undefined) => {
    if (group.length === 0) return;
    const gStart = group[0].start;
    const gText = text.slice(gStart, group[group.length - 1].end);
    const nextIsByline = front && nextFirstLine !== undefined && L.isByline(nextFirstLine);
    const nextIsHeading = front && !nextIsByline && nextFirstLine !== undefined && L.isChapterHeading(nextFirstLine);
    const key = detach(`${front ? (nextIsByline ? 'B' : nextIsHeading ? 'H' : 'F') : 'S'}${gText}`);
    let result = cache?.get(key);
    if (!result) {
      result = classifyGroup(text, group, front, nextIsByline, nextIsHeading);
      cache?.set(key, result);
    }
    for (const b of result.blocks) blocks.push({ kind: b.kind, start: b.start + gStart, end: b.end + gStart });
    front = result.front;
    group = [];
  };

  const last = to >= text.length;
  while (pos < to || (last && pos === text.length)) {
    const [end, next] = lineEnd(text, pos, hasCR);
    if (isBlank(text, pos, end)) {
      if (group.length > 0) {
        // The group ended; in front matter, its title check needs the next non-blank line.
        let look = front ? next : text.length + 1;
        let following: string | undefined;
        while (look <= text.length) {
          const [e2, n2] = lineEnd(text, look, hasCR);
          if (!isBlank(text, look, e2)) {
            following = text.slice(look, e2);
            break;
          }
          look = n2;
        }
        flushGroup(following);
      }
      if (blankRun === 0) blankStart = pos;
      blankRun++;
      lastBlankEnd = end;
    } else {
      if (group.length === 0) {
        // Two or more blank lines between paragraphs is a scene break: archives strip rules when
        // a chapter is pasted, and writers fall back on white space.
        if (blankRun >= 2 && (blocks.length > 0 || state.hasBlocksBefore) && !front) {
          blocks.push({ kind: 'blank-break', start: blankStart, end: lastBlankEnd });
        }
        blankRun = 0;
      }
      group.push({ start: pos, end, text: text.slice(pos, end) });
    }
    if (next > text.length) break;
    pos = next;
  }
  flushGroup(undefined);
  // A bounded split ends where a kept paragraph starts: the blank lines before it may be a break.
  if (to < text.length && blankRun >= 2 && (blocks.length > 0 || state.hasBlocksBefore) && !front) {
    blocks.push({ kind: 'blank-break', start: blankStart, end: lastBlankEnd });
  }
  return blocks;
}

/** Splits `text` into blocks, in order. Blank lines belong to no block but a `blank-break`. */
export function splitBlocks(text: string, cache?: GroupCache): Block[] {
  const blocks = splitRange(text, 0, text.length, { front: true, hasBlocksBefore: false }, cache);
  runOnNotes(text, blocks);
  return blocks;
}

// Where a note that runs on must end: the end of the file or one of these.
const NOTE_ENDS: ReadonlySet<BlockKind> = new Set(['chapter-heading', 'scene-break', 'blank-break', 'pov-header']);
/** At most this many paragraphs run on after a note's first one. */
const MAX_RUN_ON = 8;
// The author talking to readers: "Thanks for reading!", "Please review", "next chapter", "R&R".
const AUTHOR_TALK =
  /\b(?:reviews?|reviewers?|reviewing|review(?:ed)?|chapters?|story|stories|fics?|fanfics?|fanfiction|updates?|updating|updated|read(?:ing|ers?)?|you(?:r|'re|'ll|'ve)?|y'all|guys|everyone|everybody|thanks?|thank you|sorry|apologi[sz]e|please|beta(?:ed|s)?|plot|characters?|next time|till next|until next|disclaimer|own|R ?& ?R|PMs?|flames?|favou?rites?|follows?|comments?|feedback|author|writing|wrote|write|posted?|ideas?|suggestions?|lol|xoxo|cheers|ja ne|bye|love you all|hugs|kudos)\b|[:;]-?[)D(P]|<3|\^\^|\^_\^/i;

/**
 * Whether a paragraph after an author's note carries the note on: it speaks to readers (reviews,
 * chapters, thanks, pleas, a smiley) or is a sign-off (`Ja ne!`, `~xXsakuraXx`: three words at
 * most and no full stop, or led by a dash or tilde), and is no dialogue (`"Kagome!" he shouted.`
 * is the story going on).
 */
function carriesNote(body: string): boolean {
  if (/^\s*["“]/.test(body)) return false;
  // …or asks them something: "Should Kagome forgive him?"
  if (AUTHOR_TALK.test(body) || /\?\s*$/.test(body)) return true;
  // A sign-off: `Ja ne!`, `Love, Sakura`, `-Sakura`, `~xXsakuraXx~`; not `She was gone.`
  const t = body.trim();
  return /^[-~–—]+\s*\S/.test(t) || (t.split(/\s+/).length <= 3 && !/\.$/.test(t));
}

/**
 * Author's notes that run on. A note often goes on for several paragraphs after its `A/N:` (thanks,
 * a question to readers, a plea for reviews), up to the end of the file or the next scene break or
 * chapter heading: those paragraphs are the note too. The rule, block by block:
 *
 * - the paragraphs after a note (other notes and end markers may stand between them) run on only
 *   when they reach the end of the file, a chapter heading, a scene break, a blank-line break or
 *   a POV header with nothing else between (a flashback marker, a title: the story goes on);
 * - there are at most 8 of them, and each one carries the note on (`carriesNote`): a note that
 *   starts mid-chapter and is followed by story ends with its paragraph;
 * - a note with no story before it in its chapter (`A/N: Sorry for the wait!` above the chapter's
 *   first paragraph) runs on only up to a chapter heading: what follows it is the chapter.
 *
 * Kinds are set in place (`continued` marks the prose read as a note); a block marked before is
 * judged again from its own kind. Returns the indexes whose kind changed.
 */
export function runOnNotes(text: string, blocks: Block[]): number[] {
  const changed: number[] = [];
  const set = (i: number, note: boolean) => {
    const b = blocks[i];
    if (note && b.kind === 'prose') {
      b.kind = 'authors-note';
      b.continued = true;
      changed.push(i);
    } else if (!note && b.continued) {
      b.kind = 'prose';
      delete b.continued;
      changed.push(i);
    }
  };
  let storyBefore = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const base: BlockKind = b.continued ? 'prose' : b.kind;
    if (base === 'chapter-heading') storyBefore = false;
    if (base === 'prose') {
      if (b.continued) set(i, false);
      storyBefore = true;
      continue;
    }
    if (base !== 'authors-note') continue;
    // The paragraphs after the note, to where it must end.
    let j = i + 1;
    let prose = 0;
    let carries = true;
    while (j < blocks.length && !NOTE_ENDS.has(blocks[j].kind)) {
      const k: BlockKind = blocks[j].continued ? 'prose' : blocks[j].kind;
      if (k === 'prose') {
        prose++;
        if (prose > MAX_RUN_ON || !carriesNote(text.slice(blocks[j].start, blocks[j].end))) carries = false;
      } else if (k !== 'authors-note' && k !== 'end-marker') carries = false;
      if (!carries) break;
      j++;
    }
    const endsAtHeading = j < blocks.length && blocks[j].kind === 'chapter-heading';
    // Otherwise the blocks after it are judged in turn (one read as a note before goes back to prose).
    if (!(carries && prose > 0 && (storyBefore || endsAtHeading))) continue;
    for (let k = i + 1; k < j; k++) if (blocks[k].kind === 'prose') set(k, true);
    i = j - 1;
  }
  return changed;
}

/** The result of an incremental split: which of the previous blocks were kept. */
export interface BlockUpdate {
  blocks: Block[];
  /** blocks[0, keptBefore) are the previous blocks[0, keptBefore), unchanged. */
  keptBefore: number;
  /** blocks[blocks.length - keptAfter, …) are the previous last `keptAfter` blocks, shifted. */
  keptAfter: number;
  /** The edit, as the texts' common prefix and suffix (lengths); undefined when the texts are equal. */
  edit?: { prefix: number; suffix: number };
  /**
   * The previous blocks the edit replaced (from `keptBefore` on), as they were: present when the
   * other blocks were kept, absent after a full split.
   */
  removed?: Block[];
}

/** Length of the common prefix of two strings, by halving (string comparison is native and fast). */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  // Typing at the end of the text: one comparison.
  if (a.slice(0, hi) === b.slice(0, hi)) return hi;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix of two strings, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = Math.min(max, a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// A line end, optional white space, another line end. "\r" alone only when no "\n" follows, or a
// single CRLF would read as a blank line by backtracking into "\r" + "\n".
const BLANK_LINE_BETWEEN = /(?:\r\n|\n|\r(?!\n))[ \t\f\v\u00a0]*(?:\r\n|\n|\r)/;

/** The start of the line holding `offset`. */
function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/**
 * The blocks of `text`, given the blocks of the previous text: the groups an edit touched are
 * split again, the others are kept (those after the edit shifted). `prevBlocks` is updated in
 * place and returned (the analyzer's blocks are its own: a keystroke allocates only the blocks it
 * re-split). Falls back to a full split in front matter, where a group's kind depends on what
 * comes before and after it.
 */
export function updateBlocks(prevText: string, prevBlocks: Block[], text: string, cache?: GroupCache): BlockUpdate {
  const n = prevBlocks.length;
  if (prevText === text) return { blocks: prevBlocks.slice(), keptBefore: n, keptAfter: 0 };
  const p = commonPrefix(prevText, text);
  const s = commonSuffix(prevText, text, Math.min(prevText.length, text.length) - p);
  const edit = { prefix: p, suffix: s };
  const full = (): BlockUpdate => ({ blocks: splitBlocks(text, cache), keptBefore: 0, keptAfter: 0, edit });
  if (n === 0) return full();
  const delta = text.length - prevText.length;
  const oldEnd = prevText.length - s;
  const sameGroup = (a: Block, b: Block) => !BLANK_LINE_BETWEEN.test(prevText.slice(a.end, b.start));

  // The first block the edit may touch (typing right after a block's last character changes it),
  // moved back to the start of its group, and to a blank-break before it, which is re-derived.
  let i0 = 0;
  while (i0 < n && prevBlocks[i0].end < p - 1) i0++;
  // An edit in the blank lines after a block may join it to the next paragraph.
  while (i0 > 0 && prevText.slice(prevBlocks[i0 - 1].end, p).trim() === '') i0--;
  while (i0 > 0 && i0 < n && sameGroup(prevBlocks[i0 - 1], prevBlocks[i0])) i0--;
  if (i0 > 0 && prevBlocks[i0 - 1].kind === 'blank-break') i0--;
  // Front matter decides kinds from its neighbours: a one-line paragraph is a title only when a
  // byline follows, so the story must have begun before the block just before the edit too.
  let storyBefore = false;
  for (let k = 0; k < i0 - 1 && !storyBefore; k++) storyBefore = prevBlocks[k].kind === 'prose' || prevBlocks[k].kind === 'chapter-heading';
  if (!storyBefore) return full();
  let i1 = n - 1;
  while (i1 >= 0 && prevBlocks[i1].start > oldEnd + 1) i1--;
  i1 = Math.max(i1, i0 - 1);
  // …or in the blank lines before the next block.
  while (i1 + 1 < n && prevText.slice(oldEnd, prevBlocks[i1 + 1].start).trim() === '') i1++;
  while (i1 >= 0 && i1 + 1 < n && sameGroup(prevBlocks[i1], prevBlocks[i1 + 1])) i1++;
  // A blank-line break right after depends on the blank lines the edit may have changed.
  if (i1 + 1 < n && prevBlocks[i1 + 1].kind === 'blank-break') i1++;

  const from = i0 > 0 ? lineEnd(text, prevBlocks[i0 - 1].end, text.includes('\r'))[1] : 0;
  const to = i1 + 1 < n ? lineStartOf(text, prevBlocks[i1 + 1].start + delta) : text.length;
  if (from > to) return full();
  const middle = splitRange(text, Math.min(from, text.length), to, { front: false, hasBlocksBefore: i0 > 0 }, cache);
  const keptAfter = n - (i1 + 1);
  for (let i = i1 + 1; i < n && delta !== 0; i++) {
    prevBlocks[i].start += delta;
    prevBlocks[i].end += delta;
  }
  const removed = prevBlocks.splice(i0, i1 + 1 - i0, ...middle);
  // A note's run-on depends on the blocks around it: when the edit changes the kind of a kept
  // block (`A/N:` typed above three paragraphs of thanks), every block is split again.
  const midEnd = i0 + middle.length;
  if (runOnNotes(text, prevBlocks).some((k) => k < i0 || k >= midEnd)) return full();
  return { blocks: prevBlocks, keptBefore: i0, keptAfter, edit, removed };
}
