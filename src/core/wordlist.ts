/**
 * The second tier of spelling: a large word list (SCOWL size 70, American and British) with word
 * frequencies (SUBTLEXus), built by `scripts/build-wordlist.ts` into `data/wordlist.txt`. The
 * hosts hand its text to `createSpeller`; it is parsed once, on first use.
 *
 * A word only this tier knows ("whisky", "gunwale", "Tuscaloosa") is real English that Hunspell's
 * smaller list lacks: not a spelling warning. The frequencies rank suggestions: "sice" is far
 * likelier "since" or "nice" than "sics".
 */

/** A parsed word list: membership with Hunspell-like case rules, and Zipf frequencies. */
export interface WordList {
  /** Whether the list knows `word`: as written, or its lowercase when written capitalized or in capitals. */
  has(word: string): boolean;
  /** Two times the Zipf frequency of `word` (≈15 for "the", 3 for a word seen once in 51M), 0 if unknown. */
  frequency(word: string): number;
  /** Listed words, lowercase, with their frequency: what edit-distance candidates are looked up in. */
  readonly entries: ReadonlyMap<string, number>;
  /** Capitalized-only entries ("Boston"), by their lowercase form. */
  readonly proper: ReadonlyMap<string, string>;
  /** Whether `word` is listed only as a weak word (SCOWL size 80: rare, "sice", "thar"). */
  weak(word: string): boolean;
}

/** Parses the text of `data/wordlist.txt` (one `word`, `word<TAB>z` or `word<TAB>z<TAB>~` a line; `#` comments). */
export function parseWordList(text: string): WordList {
  const entries = new Map<string, number>();
  const proper = new Map<string, string>();
  const exact = new Map<string, number>();
  const weak = new Set<string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.length === 0 || line[0] === '#') continue;
    const tab = line.indexOf('\t');
    const word = tab < 0 ? line : line.slice(0, tab);
    const fields = tab < 0 ? [] : line.slice(tab + 1).split('\t');
    const z = Number(fields[0]) || 0;
    if (fields[1] === '~') weak.add(word);
    exact.set(word, z);
    const lower = word.toLowerCase();
    if (lower === word) entries.set(word, Math.max(z, entries.get(word) ?? 0));
    else if (!proper.has(lower)) proper.set(lower, word);
  }
  return {
    entries,
    proper,
    has(word: string): boolean {
      if (exact.has(word)) return true;
      const lower = word.toLowerCase();
      if (lower === word) return false;
      // "Whisky" at a sentence start, "WHISKY" shouted: the lowercase entry. "Boston" only as written.
      if (entries.has(lower)) return true;
      const cap = proper.get(lower);
      return cap !== undefined && word === word.toUpperCase();
    },
    weak(word: string): boolean {
      return weak.has(word) || (!exact.has(word) && weak.has(word.toLowerCase()));
    },
    frequency(word: string): number {
      return exact.get(word) ?? entries.get(word.toLowerCase()) ?? exact.get(proper.get(word.toLowerCase()) ?? '') ?? 0;
    },
  };
}
