/**
 * The analysis of one paragraph that depends on its text alone: where dialogue, thoughts,
 * emphasis and inline author's notes are, and its word tokens. Computed once per distinct
 * paragraph text and cached by the analyzer, so an edit re-reads only the paragraph it touched.
 */

import { ABBREVIATED_TITLES } from '../data/abbreviated-titles';
import { localeSide } from '../data/locale-variants';
import { inlineAuthorsNotes, inlineFlashbackBegin, inlineFlashbackEnds } from './lines';
import { formOf, lexOf, lowerForm, orthIdIn } from './vocab';
import { forEachWord } from './words';

/** Where a word stands. `emphasis` is `*…*`/`_…_` text, often a thought archives stripped italics from. */
export type RegionKind = 'narration' | 'dialogue' | 'thought' | 'emphasis' | 'note';

/** A span of the paragraph with a voice other than narration. Offsets are paragraph-relative. */
export interface Region {
  kind: Exclude<RegionKind, 'narration'>;
  start: number;
  end: number;
  /** For quotes: whether the closing quote was found in this paragraph. */
  closed: boolean;
}

/** A word of the paragraph (paragraph-relative offsets). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  /** The vocabulary id of `text` (`model/vocab.ts`; -1 past its limit). */
  orth: number;
  /** The vocabulary id of `lower` (-1 past the limit): what per-word tables are keyed by. */
  lex: number;
  region: RegionKind;
  /** The first word of a sentence or of a quotation. */
  sentenceStart: boolean;
}

export interface ParagraphAnalysis {
  regions: Region[];
  /**
   * Where the paragraph's last region is speech left open (its opening quote), else -1: the
   * document rules ask it of every paragraph on every keystroke.
   */
  openAtEnd: number;
  tokens: Token[];
  /** Words outside inline author's notes. */
  words: number;
  dialogueWords: number;
  noteWords: number;
  /** Typographic marks, counted so document-wide style rules need not rescan the text. */
  marks: Marks;
  /** Length of an inline flashback opening at the paragraph's start ("Flashback : …"), or 0. */
  flashbackBegin: number;
  /** Inline flashback closings ("… End flashback."). */
  flashbackEnds: Array<{ start: number; end: number }>;
}

/** Counts of the marks whose style a writer should keep consistent within a file. */
export interface Marks {
  straightApostrophes: number;
  curlyApostrophes: number;
  straightDoubleQuotes: number;
  curlyDoubleQuotes: number;
  ellipsisChars: number;
  threeDots: number;
  emDashes: number;
  doubleHyphens: number;
  /** Words spelled the British way ("colour", "favourite") and the American way ("color"). */
  britishForms: number;
  americanForms: number;
}

/** Every key of `Marks` (the compiler checks none is missing): summed and compared on every keystroke. */
export const MARK_KEYS = [
  'straightApostrophes',
  'curlyApostrophes',
  'straightDoubleQuotes',
  'curlyDoubleQuotes',
  'ellipsisChars',
  'threeDots',
  'emDashes',
  'doubleHyphens',
  'britishForms',
  'americanForms',
] as const satisfies ReadonlyArray<keyof Marks>;
const everyMark: Exclude<keyof Marks, (typeof MARK_KEYS)[number]> extends never ? true : never = true;
void everyMark;

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Counts the marks of a paragraph; its British and American spellings with `tokens`. */
export function countMarks(text: string, tokens: readonly Token[] = []): Marks {
  let britishForms = 0;
  let americanForms = 0;
  for (const t of tokens) {
    const side = localeSide(t.lex, t.lower);
    if (side === 'british') britishForms++;
    else if (side === 'american') americanForms++;
  }
  return {
    britishForms,
    americanForms,
    straightApostrophes: countMatches(text, /\p{L}'\p{L}/gu),
    curlyApostrophes: countMatches(text, /\p{L}’\p{L}/gu),
    straightDoubleQuotes: countMatches(text, /"/g),
    curlyDoubleQuotes: countMatches(text, /[“”]/g),
    ellipsisChars: countMatches(text, /…/g),
    threeDots: countMatches(text, /(?<!\.)\.\.\.(?!\.)/g),
    emDashes: countMatches(text, /—/g),
    doubleHyphens: countMatches(text, /(?<!-)--(?!-)/g),
  };
}

// Elisions that begin with an apostrophe and must not open a thought: "'cause", "'em", "'til".
const LEADING_ELISION =
  /^(?:cause|cos|coz|em|til|till|bout|round|n|tis|twas|twere|un|ello|ow|im|er|is|cept|nuff|kay|scuse|fore|ave|ad|ome|ey|ead|ere|owt|ard|alf|ouse|appen|ad|ang|at|e|s|d|ll|re|ve|m|t)\b/i;

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * Per UTF-16 code unit: 0 not looked at yet, 1 `isLetter`, 2 not (a lone surrogate is neither
 * letter nor digit). Latin-1 is filled at once: one path for the characters nearly every text has.
 */
const LETTER_UNITS = new Uint8Array(0x10000);
for (let c = 0; c < 256; c++) LETTER_UNITS[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;

/** `isLetter(text[i])` by char code, with no string cut: it is asked about a neighbour of every token. */
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  let v = LETTER_UNITS[c];
  if (v === 0) LETTER_UNITS[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Can a single quote at `i` close a thought? "'Typical.'" yes; "goin' home" and "boys' room" no. */
function closesThought(text: string, i: number): boolean {
  const after = text[i + 1];
  if (isLetter(after)) return false;
  const before = text[i - 1];
  if (before === undefined || /\s/.test(before)) return false;
  if (!isLetter(before)) return true; // "'Typical.'", "'What?'"
  // After a letter: a g-dropping ("goin'") or plural possessive ("boys'") runs on into lowercase
  // prose; a thought's closing quote is followed by punctuation, a tag or the end.
  const rest = text.slice(i + 1, i + 4);
  if (/^\s+\p{Ll}/u.test(rest)) {
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
    if (/in$/i.test(word) || /s$/i.test(word)) {
      // "'I don't know,' she thought" is followed by a tag, "goin' home" by more of the sentence.
      return /^\s+(?:she|he|I|they|we|you|it|thought|wondered|mused|reflected|said)\b/.test(text.slice(i + 1, i + 16));
    }
  }
  return true;
}

/**
 * The last forward scan of `opensThought`: it started at `from` and stopped at `at` with `result`.
 * Whether `j` closes a thought does not depend on the opener, so a later scan starting anywhere in
 * [from, at] stops at the same place: a paragraph of thousands of unclosed openers stays linear.
 */
interface CloseScan {
  from: number;
  at: number;
  result: number;
}

/** Can a single quote at `i` open a thought? Needs a word start and a closing quote later on. */
function opensThought(text: string, i: number, last: CloseScan): number {
  const before = text[i - 1];
  if (before !== undefined && !/[\s(\[—–\-*_~"“]/.test(before)) return -1;
  if (!isLetter(text[i + 1])) return -1;
  if (text[i] === "'" || text[i] === '‘') {
    if (LEADING_ELISION.test(text.slice(i + 1, i + 8))) {
      // "'Cause" could still open a thought ("'Cause I said so,' he thought"), but "'cause" mid-
      // sentence is speech; only a capitalized elision at a sentence start may open one.
      if (!/^\p{Lu}/u.test(text[i + 1])) return -1;
    }
  }
  const from = i + 2;
  if (from >= last.from && from <= last.at) return last.result;
  let result = -1;
  let j = from;
  for (; j < text.length; j++) {
    const c = text[j];
    if ((c === "'" || c === '’') && closesThought(text, j)) {
      result = j;
      break;
    }
    if (c === '"' || c === '“' || c === '”') break;
  }
  last.from = from;
  last.at = j;
  last.result = result;
  if (result >= 0 || !/^\p{Lu}/u.test(text[i + 1]) || LEADING_ELISION.test(text.slice(i + 1, i + 8))) return result;
  return possessiveClose(text, from, j);
}

/** How far a thought whose only close looks like a plural possessive may run: a short phrase. */
const SHORT_THOUGHT = 80;

/**
 * The close of a short quotation opened before a capital whose only closing quote follows a
 * plural's `s` and runs on into lowercase prose (`The unspoken 'Like I lost my friends'
 * hung in the air`): `closesThought` turns such a quote down as `boys' room`, but with a capital
 * opener and no other close before `end` (a double quote or the paragraph's end) it is the close.
 */
function possessiveClose(text: string, from: number, end: number): number {
  const stop = Math.min(end, from + SHORT_THOUGHT);
  for (let j = from; j < stop; j++) {
    const c = text[j];
    if ((c === "'" || c === '’') && text[j - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 3))) return j;
  }
  return -1;
}

/** Finds `*emphasis*` and `_emphasis_` spans (not bold's `**` markers themselves). */
function emphasisSpans(text: string, regions: Region[]): void {
  const re = /(?<![\p{L}\p{N}*_])(\*{1,2}|_{1,2})(?=\S)([^*_\n\r]{1,400}?\S)\1(?![\p{L}\p{N}*_])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    regions.push({ kind: 'emphasis', start: m.index, end: m.index + m[0].length, closed: true });
  }
}

/** Scans a paragraph for its regions, outermost first, sorted by start. */
export function scanRegions(text: string): Region[] {
  const regions: Region[] = [];
  const notes = inlineAuthorsNotes(text);
  for (const note of notes) regions.push({ kind: 'note', ...note, closed: true });
  // Notes are sorted and disjoint, and `i` only grows: a forward pointer, not a search of every
  // region for every quote (which made a long paragraph of dialogue quadratic).
  let nextNote = 0;
  const inNote = (i: number) => {
    while (nextNote < notes.length && notes[nextNote].end <= i) nextNote++;
    return nextNote < notes.length && notes[nextNote].start <= i;
  };
  const closeScan: CloseScan = { from: -1, at: -1, result: -1 };

  let open = -1;
  let openCode = 0;
  for (let i = 0; i < text.length; i++) {
    // By char code, not one-character string: this reads every character of a chapter.
    // 34 `"`, 0x201c `“`, 0x201d `”`, 0x201e `„`; 39 `'`, 0x2018 `‘`.
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e) {
      if (inNote(i)) continue;
      if (open < 0) {
        if (c === 0x201d && regions.length === 0 && i > 0) {
          // A stray closing quote with nothing open: the speech opened in an earlier paragraph
          // whose writer forgot to reopen it. Leave the words before it as narration.
          continue;
        }
        open = i;
        openCode = c;
      } else if (c === 34 || c === 0x201d || (c === 0x201c && openCode !== 0x201c)) {
        regions.push({ kind: 'dialogue', start: open, end: i + 1, closed: true });
        open = -1;
      } else {
        // A second “ while one is open: the writer forgot to close the first; start afresh.
        regions.push({ kind: 'dialogue', start: open, end: i, closed: false });
        open = i;
      }
      continue;
    }
    if (open < 0 && (c === 39 || c === 0x2018)) {
      const close = opensThought(text, i, closeScan);
      if (close > 0 && !inNote(i)) {
        regions.push({ kind: 'thought', start: i, end: close + 1, closed: true });
        i = close;
      }
    }
  }
  // A speech that runs over several paragraphs opens a quote in each and closes only the last:
  // the region stops at the paragraph's end.
  if (open >= 0) regions.push({ kind: 'dialogue', start: open, end: text.trimEnd().length, closed: false });

  // Emphasis outside quotes.
  const emph: Region[] = [];
  if (/[*_]/.test(text)) emphasisSpans(text, emph);
  for (const e of emph) {
    if (!regions.some((r) => e.start < r.end && r.start < e.end)) regions.push(e);
  }
  regions.sort((a, b) => a.start - b.start);
  return regions;
}

const OPENERS = /["“‘'(\[*_~\s]/;
/** Per UTF-16 code unit: 0 not looked at yet, 1 one of `OPENERS`, 2 not (Latin-1 filled at once). */
const OPENER_UNITS = new Uint8Array(0x10000);
for (let c = 0; c < 256; c++) OPENER_UNITS[c] = OPENERS.test(String.fromCharCode(c)) ? 1 : 2;

/** `OPENERS.test(text[j])` by char code (`j` in the text). */
function isOpenerAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  let v = OPENER_UNITS[c];
  if (v === 0) OPENER_UNITS[c] = v = OPENERS.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** `.`, `!`, `?`, `…`, `:`, `—`, `–`, `-`: what ends a sentence before a word (`isSentenceStart`). */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** Analyzes one paragraph's text. */
export function analyzeParagraph(text: string): ParagraphAnalysis {
  const regions = scanRegions(text);
  const tokens: Token[] = [];
  let words = 0;
  let dialogueWords = 0;
  let noteWords = 0;
  let r = 0;
  forEachWord(text, (start, end) => {
    while (r < regions.length && regions[r].end <= start) r++;
    // Regions do not overlap, except emphasis that was dropped when it did.
    let region: RegionKind = 'narration';
    let regionStart = -1;
    for (let k = r; k < regions.length && regions[k].start <= start; k++) {
      if (start < regions[k].end) {
        region = regions[k].kind;
        regionStart = regions[k].start;
      }
    }
    if (region === 'note') noteWords++;
    else {
      words++;
      if (region === 'dialogue') dialogueWords++;
    }
    // Looked up in the text itself: only a new word type is cut from it.
    const orth = orthIdIn(text, start, end);
    const lex = lexOf(orth);
    const word = orth >= 0 ? formOf(orth) : text.slice(start, end);
    tokens.push({
      start,
      end,
      // The vocabulary's copy: one string a word type.
      text: word,
      lower: lex >= 0 ? formOf(lex) : lowerForm(word),
      orth,
      lex,
      region,
      sentenceStart: isSentenceStart(text, start, regionStart, tokens.length === 0),
    });
  });
  const last = regions[regions.length - 1];
  return {
    regions,
    openAtEnd: last && last.kind === 'dialogue' && !last.closed ? last.start : -1,
    tokens,
    words,
    dialogueWords,
    noteWords,
    marks: countMarks(text, tokens),
    flashbackBegin: inlineFlashbackBegin(text),
    flashbackEnds: inlineFlashbackEnds(text),
  };
}

/** Read by char code: it runs for every token of every paragraph. */
function isSentenceStart(text: string, start: number, regionStart: number, first: boolean): boolean {
  let j = start - 1;
  while (j >= 0 && isOpenerAt(text, j)) {
    if (j === regionStart) return true; // first word inside a quotation
    j--;
  }
  if (j < 0) return first;
  const c = text.charCodeAt(j);
  if (c === 46 && j < start - 1 && afterTitle(text, j)) return false;
  return endsSentence(c) && !(c === 45 && isLetterAt(text, j - 1) && text.charCodeAt(j + 1) !== 32);
}

/**
 * Titles written with a full stop before a name ("Mr. Weasley", "Dr. Watson", "St. Mungo's"): the
 * word after one goes on its sentence, it does not start one.
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATED_TITLES);

/** Whether the full stop at `dot` ends one of the `TITLE_ABBREVIATIONS`, written as a word of its own. */
function afterTitle(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isLetterAt(text, k - 1)) k--;
  if (dot - k < 2 || dot - k > 6 || (k > 0 && /[\p{L}\p{N}'’.-]/u.test(text[k - 1]))) return false;
  return TITLE_ABBREVIATIONS.has(text.slice(k, dot));
}
