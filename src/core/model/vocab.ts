/**
 * The vocabulary: every distinct word form the paragraphs of this process have held, each with a
 * small integer id, given once when a paragraph is cut into tokens (spaCy's `Vocab` and its
 * lexemes, the model). What the data tables say of a word (its id in the context model, whether
 * the speller knows it plainly, its entries in the confusable table) is then looked up once per
 * word type and kept in a `Column` indexed by id, instead of once per token: a chapter of 100,000
 * words has about 11,000 types, and a look-up of a string in a large table costs a few hundred
 * nanoseconds once the string has left the cache (the token was cut long before the rule reads it).
 *
 * Two ids a token: its form as written (`orth`: "Harry", "THE") and its lowercase form with curly
 * apostrophes straightened (`lex`: "harry", "the"); most tokens are lowercase, and then they are
 * one. The vocabulary only grows, as a server's lifetime of keystrokes adds half-typed words; past
 * `LIMIT` types a new word gets no id (-1) and every column computes it afresh, as before.
 */

import { charsHash } from '../hashing';

/** Types at most: a 500,000-word story has about 30,000. */
const LIMIT = 1 << 17;

// The tables below start empty and double as they fill, so that they first grow while the code
// that grows them still runs unoptimized: V8 compiles a path it has seen taken, and a table that
// first grew late in a chapter threw away every optimized function the growth was inlined into.
const forms: string[] = [];
/** By id: the hash of its form's characters (`charsHash`), kept to grow the table without hashing again. */
let hashes: Int32Array = new Int32Array(0);
/**
 * Open addressing by the hash of a form's characters: id + 1 (0 empty), at most half full. Keyed by
 * characters, not by string, so a word is found while it is still a range of its paragraph's text
 * (`orthIdIn`): no string is cut for the 100,000 tokens of a chapter, only for its 11,000 types.
 */
let table: Int32Array = new Int32Array(4);
/** By orth id: the id of its lowercase form (itself for a lowercase word). */
let lowers: Int32Array = new Int32Array(0);

/** The lowercase form of a word as a token keeps it: curly apostrophes straightened. */
export function lowerForm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * A copy of `word` that holds no reference to the text it was cut from: V8 keeps a slice of 13
 * characters or more as a view of its parent, and the vocabulary outlives every document.
 */
function own(word: string): string {
  return word.length < 13 ? word : word.split('').join('');
}

/**
 * `array`, or a copy at least twice as long that holds index `index`, zeros beyond what it held.
 * One function a type of array: each is called with one kind only, and compiled for it.
 */
function grown(array: Int32Array, index: number): Int32Array {
  if (index < array.length) return array;
  const copy = new Int32Array(Math.max(array.length * 2, index + 1));
  copy.set(array);
  return copy;
}

/** `grown` for bytes. */
function grownBytes(array: Uint8Array, index: number): Uint8Array {
  if (index < array.length) return array;
  const copy = new Uint8Array(Math.max(array.length * 2, index + 1));
  copy.set(array);
  return copy;
}

/** The id of the form `text[start, end)` with hash `h`, or -1 if the vocabulary has none. */
function find(text: string, start: number, end: number, h: number): number {
  const mask = table.length - 1;
  const length = end - start;
  for (let at = h & mask; ; at = (at + 1) & mask) {
    const entry = table[at];
    if (entry === 0) return -1;
    const id = entry - 1;
    if (hashes[id] === h) {
      const form = forms[id];
      if (form.length === length && text.startsWith(form, start)) return id;
    }
  }
}

/** Puts id `id` (hash `h`) in the table, doubling it first when it would be more than half full. */
function place(id: number, h: number): void {
  if (2 * (forms.length + 1) > table.length) {
    table = new Int32Array(table.length * 2);
    for (let other = 0; other < id; other++) place(other, hashes[other]);
  }
  const mask = table.length - 1;
  let at = h & mask;
  while (table[at] !== 0) at = (at + 1) & mask;
  table[at] = id + 1;
}

function add(form: string, h: number): number {
  const id = forms.length;
  if (id >= LIMIT) return -1;
  hashes = grown(hashes, id);
  hashes[id] = h;
  place(id, h);
  forms.push(own(form));
  lowers = grown(lowers, id);
  lowers[id] = id;
  return id;
}

/** The id of the lowercase form `lower` (in the vocabulary or added). */
function lowerId(lower: string): number {
  const h = charsHash(lower, 0, lower.length);
  const known = find(lower, 0, lower.length, h);
  return known >= 0 ? known : add(lower, h);
}

/**
 * The id of the word form `text[start, end)` as written (-1 past the limit), given on its first
 * sight: `orthId(text.slice(start, end))` without cutting the string unless the form is new.
 */
export function orthIdIn(text: string, start: number, end: number): number {
  const h = charsHash(text, start, end);
  const known = find(text, start, end, h);
  if (known >= 0) return known;
  const word = text.slice(start, end);
  const id = add(word, h);
  if (id < 0) return id;
  const lower = lowerForm(word);
  if (lower === word) return id;
  // Read first: adding the lowercase form may grow `lowers` (a new array), and
  // `lowers[id] = lowerId(lower)` would write into the old one.
  const lex = lowerId(lower);
  lowers[id] = lex;
  return id;
}

/** The id of a word form as written (-1 past the limit), given on its first sight. */
export function orthId(word: string): number {
  return orthIdIn(word, 0, word.length);
}

/** The id of the lowercase form of the word of orth id `orth` (-1 when `orth` is). */
export function lexOf(orth: number): number {
  return orth < 0 ? -1 : lowers[orth];
}

/** The word form of an id. */
export function formOf(id: number): string {
  return forms[id];
}

/** How many types the vocabulary holds (for tests and the memory probe). */
export function vocabSize(): number {
  return forms.length;
}

/**
 * What one data table says of each word type, computed on first asking and kept by id. `compute`
 * must depend on the word alone (and on data that never changes after it is loaded).
 */
export class Column<T> {
  private readonly values: (T | undefined)[] = [];

  constructor(private readonly compute: (form: string) => T) {}

  /** The value for the word of id `id` whose form is `form` (computed afresh when `id` is -1). */
  get(id: number, form: string): T {
    if (id < 0) return this.compute(form);
    const values = this.values;
    // Grown densely: a write far past the end (a story's other files read first) would turn the
    // array into a dictionary, and every later read into a hash look-up.
    while (values.length <= id) values.push(undefined);
    const known = values[id];
    if (known !== undefined) return known;
    return (values[id] = this.compute(form));
  }
}

/** A set of word ids, as bits: the words a speller is known to know. */
export class IdSet {
  private bits: Uint8Array = new Uint8Array(0);

  /** Whether the word of id `id` is in the set (never for -1). */
  has(id: number): boolean {
    return id >= 0 && id < this.bits.length && this.bits[id] === 1;
  }

  /** Adds the word of id `id` (-1 is ignored). */
  add(id: number): void {
    if (id < 0) return;
    this.bits = grownBytes(this.bits, id);
    this.bits[id] = 1;
  }
}

/** A `Column` of small integers (at least -1), in a typed array: no object a word. */
export class IntColumn {
  /** The value plus 2 (0: not computed yet). */
  private values: Int32Array = new Int32Array(0);

  constructor(private readonly compute: (form: string) => number) {}

  /** The value for the word of id `id` whose form is `form` (computed afresh when `id` is -1). */
  get(id: number, form: string): number {
    if (id < 0) return this.compute(form);
    this.values = grown(this.values, id);
    const known = this.values[id];
    if (known !== 0) return known - 2;
    const value = this.compute(form);
    this.values[id] = value + 2;
    return value;
  }
}
