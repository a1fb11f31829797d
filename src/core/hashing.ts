/**
 * The open-addressing hash tables of the core: the shipped model's (the word pairs, the
 * classifiers' features, its words) and the process vocabulary's (`model/vocab.ts`). A key below
 * 2³² is mixed by MurmurHash3's finalizer into a power-of-two table at most half full, so a look-up
 * probes once or twice; a word is hashed by its characters (`charsHash`). A pair's key is a·V+b, and the pairs
 * of one word differ by multiples of V: Fibonacci hashing alone (one multiplication) put 1,000
 * such keys in 386 slots of 2,048, and linear probing then walked the clusters on every look-up.
 */

/** The size of a table for `entries` keys (a power of two, at least twice as many), its mask and the hash's shift. */
export function tableFor(entries: number): { size: number; mask: number; shift: number } {
  let size = 1;
  let bits = 0;
  while (size < entries * 2) {
    size *= 2;
    bits++;
  }
  return { size, mask: size - 1, shift: 32 - bits };
}

/** The hash of a key below 2³², to `32 - shift` bits (MurmurHash3's 32-bit finalizer). */
export function hash(key: number, shift: number): number {
  let h = key | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> shift;
}

/**
 * A list of words kept as the one string they were shipped in (one word a line), looked up by a
 * hash of their characters: the model's 32,000 words as a `Map` cost 32,000 strings cut from the
 * text and as many insertions, a tenth of the model's first load; the offsets and one typed table
 * cost a pass over the characters. A word's string is cut on first request and kept.
 */
export class WordTable {
  /** Where each word starts in `text`; `starts[size]` is one past the last line's end. */
  private readonly starts: Uint32Array;
  /** Open addressing: id + 1 (0 empty) at the hash of the word's characters. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly cut: (string | undefined)[];
  /** How many words. */
  readonly size: number;

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
    this.size = this.starts.length - 1;
    const { size, mask, shift } = tableFor(this.size);
    this.mask = mask;
    this.shift = shift;
    this.table = new Int32Array(size);
    this.cut = new Array<string | undefined>(this.size);
    fillTable(text, this.starts, this.table, mask, shift);
  }

  /** The id of `word`, or -1. */
  id(word: string): number {
    const table = this.table;
    const length = word.length;
    let h = charsHash(word, 0, length) >>> this.shift;
    for (;;) {
      const entry = table[h];
      if (entry === 0) return -1;
      const start = this.starts[entry - 1];
      if (this.starts[entry] - 1 - start === length && this.text.startsWith(word, start)) return entry - 1;
      h = (h + 1) & this.mask;
    }
  }

  /** The word of id `id`. */
  word(id: number): string {
    return (this.cut[id] ??= this.text.slice(this.starts[id], this.starts[id + 1] - 1));
  }
}

/** The start of every line of `text`, and one past the end of the last (as if it ended in a newline). */
function lineStarts(text: string): Uint32Array {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const starts = new Uint32Array(lines + 1);
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[n++] = at + 1;
  starts[n] = text.length + 1;
  return starts;
}

function fillTable(text: string, starts: Uint32Array, table: Int32Array, mask: number, shift: number): void {
  for (let id = 0; id + 1 < starts.length; id++) {
    const start = starts[id];
    let h = charsHash(text, start, starts[id + 1] - 1) >>> shift;
    while (table[h] !== 0) h = (h + 1) & mask;
    table[h] = id + 1;
  }
}

/**
 * The hash of the characters `text[start, end)`, as a signed 32-bit integer: FNV-1a over the
 * UTF-16 units, finished by MurmurHash3's mixer (FNV's low bits alone cluster for words that differ
 * in their last letter). A table takes its top bits (`>>> shift`) or its low ones (`& mask`).
 */
export function charsHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return hash(h, 0) | 0;
}
