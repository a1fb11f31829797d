/** Small text utilities shared by the model, the rules and the adapters. */

import { forEachWord } from './model/words';
import type { Position, Range } from './types';

/** Offsets at which each line starts. A line ends at `\n`, `\r\n` or a lone `\r`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, by indexOf: several times faster than a character loop on a long chapter.
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    return starts;
  }
  pushLineStarts(text, 0, text.length, starts);
  return starts;
}

/** Pushes the line starts that line ends in `text[from, to)` make (a CRLF is one line end). */
function pushLineStarts(text: string, from: number, to: number, into: number[]): void {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || (c === 13 && text.charCodeAt(j + 1) !== 10)) into.push(j + 1);
  }
}

/** Converts offsets to LSP positions and back, over a precomputed line table. */
export class LineIndex {
  readonly starts: number[];
  /** `starts`, when known (the line starts of an edited text, see `edited`), saves the scan. */
  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  /**
   * The index of `text`, which is this index's text with `[prefix, length - suffix)` replaced:
   * only the replaced part is scanned, the lines after it are moved. A line start depends on the
   * character before it and, after a CR, on the one at it. `inPlace` moves this index's own line
   * starts (this index is then stale) instead of copying them.
   */
  edited(text: string, prefix: number, suffix: number, inPlace = false): LineIndex {
    const starts = inPlace ? this.starts : this.starts.slice();
    const oldEnd = this.text.length - suffix;
    const newEnd = text.length - suffix;
    const delta = newEnd - oldEnd;
    // Starts up to prefix - 1 read characters the edit did not touch; those from prefix to newEnd
    // are found again; those after it move with the text after the edit. The first start past
    // prefix - 1 follows the line holding it (starts[0] is 0).
    const a = prefix > 0 ? this.lineAt(prefix - 1) + 1 : 0;
    let b = a;
    while (b < starts.length && starts[b] < oldEnd + 1) b++;
    const middle: number[] = a === 0 ? [0] : [];
    pushLineStarts(text, Math.max(prefix - 1, 0), newEnd, middle);
    for (let i = b; i < starts.length && delta !== 0; i++) starts[i] += delta;
    if (middle.length > 0 || b > a) starts.splice(a, b - a, ...middle);
    return new LineIndex(text, starts);
  }

  /** The zero-based line holding `offset` (binary search). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }

  offset(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  range(range: Range): { start: Position; end: Position } {
    return { start: this.position(range.start), end: this.position(range.end) };
  }

  /** Whether `position` is `offset`'s position: checked in constant time, where `position` searches. */
  holds(position: Position, offset: number): boolean {
    const { line, character } = position;
    if (line < 0 || line >= this.starts.length || character < 0) return false;
    return this.starts[line] + character === offset && (line + 1 === this.starts.length || offset < this.starts[line + 1]);
  }
}

/** Counts words in `text` between `start` and `end`, as the model cuts them (`model/words.ts`). */
export function countWords(text: string, start = 0, end = text.length): number {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let n = 0;
  forEachWord(slice, () => n++);
  return n;
}

/** True when the character is an uppercase letter (any script that has case). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the word starts with an uppercase letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && isUpper(word[0]);
}

/** Maps curly apostrophes to straight ones so a word list needs one form. */
export function normalizeApostrophes(word: string): string {
  return word.replace(/[’‘`]/g, "'");
}

/** Re-applies the document's apostrophe style to a replacement written with `'`. */
export function applyApostropheStyle(word: string, style: "'" | '’'): string {
  return style === "'" ? word : word.replace(/'/g, '’');
}

/** Keeps the first letter's case of `model` on `word` ("Your" → "You're"). */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) {
    return word.toUpperCase();
  }
  if (isCapitalized(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), bounded: returns
 * `max + 1` as soon as every path exceeds `max`. "Hermoine" is one edit from "Hermione".
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length];
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 represents
 * `big.slice(a, b)` as a view that keeps all of `big` alive; a cache keyed by such slices would
 * keep every old version of a 600 KB chapter. Concatenating then slicing forces a fresh flat string.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}
