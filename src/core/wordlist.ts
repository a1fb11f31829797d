/**
 * The second tier of spelling: a large word list (SCOWL size 70, American and British, and size
 * 80's other words marked weak) with word frequencies (SUBTLEXus), built by
 * `scripts/build-wordlist.ts` into `data/wordlist.txt`. The hosts hand its text to
 * `createSpeller`.
 *
 * A word only this tier knows ("whisky", "gunwale", "Tuscaloosa") is real English that Hunspell's
 * smaller list lacks: not a spelling warning. The frequencies rank suggestions: "sice" is far
 * likelier "since" or "nice" than "sics".
 *
 * The text is not turned into maps (290,000 entries would cost a cold check hundreds of
 * milliseconds and tens of megabytes): the lines are sorted, so a look-up is a binary search over
 * the line starts, found in one pass.
 */

/** A parsed word list: membership with Hunspell-like case rules, and Zipf frequencies. */
export interface WordList {
  /** Whether the list knows `word`: as written, or its lowercase when written capitalized or in capitals. */
  has(word: string): boolean;
  /** Two times the Zipf frequency of `word` (≈15 for "the", 3 for a word seen once in 51M), 0 if unknown. */
  frequency(word: string): number;
  /** Whether `word` is listed only as a weak word (SCOWL size 80: rare, "sice", "thar"). */
  weak(word: string): boolean;
  /** The frequency of a lowercase entry, or undefined when `lower` is not listed in lowercase. */
  lowerFrequency(lower: string): number | undefined;
  /** The capitalized-only entry of a lowercase form ("boston" → "Boston"), if any. */
  proper(lower: string): string | undefined;
  /** Calls `visit` with every lowercase entry of at least `minFrequency` and its frequency. */
  forEachLower(visit: (word: string, frequency: number) => void, minFrequency?: number): void;
  /** The same for the entries written with a capital ("Wednesday", "America"), weak ones left out. */
  forEachCapitalized(visit: (word: string, frequency: number) => void, minFrequency?: number): void;
}

interface Line {
  word: string;
  frequency: number;
  weak: boolean;
}

/** Parses the text of `data/wordlist.txt` (one `word`, `word<TAB>z` or `word<TAB>z<TAB>~` a line; `#` comments). */
export function parseWordList(text: string): WordList {
  // The line starts, in a typed array: half the memory of an array of numbers (500,000 lines).
  let count = 0;
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && text.charCodeAt(at) !== 35 /* # */) count++;
    at = end + 1;
  }
  const starts = new Int32Array(count);
  for (let at = 0, n = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && text.charCodeAt(at) !== 35 /* # */) starts[n++] = at;
    at = end + 1;
  }
  const lineAt = (i: number): Line => {
    const start = starts[i];
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const [word, z, mark] = text.slice(start, end).replace(/\r$/, '').split('\t');
    return { word, frequency: Number(z) || 0, weak: mark === '~' };
  };
  /** How line `i`'s word compares with `word` (code units, as `<` on strings), read in place. */
  const compareAt = (i: number, word: string): number => {
    let at = starts[i];
    for (let k = 0; ; k++, at++) {
      const c = at < text.length ? text.charCodeAt(at) : 10;
      const end = c === 9 || c === 10 || c === 13;
      if (k === word.length) return end ? 0 : 1;
      if (end) return -1;
      const d = c - word.charCodeAt(k);
      if (d !== 0) return d;
    }
  };
  /** The index of `word`'s line, or -1 (a binary search that cuts no string out of the text). */
  const find = (word: string): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = compareAt(mid, word);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const capitalize = (lower: string) => lower.charAt(0).toUpperCase() + lower.slice(1);
  /** The line `word` is listed under, by the case rules of `has`. */
  const lookup = (word: string): Line | undefined => {
    let i = find(word);
    if (i >= 0) return lineAt(i);
    const lower = word.toLowerCase();
    if (lower === word) return undefined;
    // "Whisky" at a sentence start, "WHISKY" shouted: the lowercase entry. "Boston" only as written or shouted.
    i = find(lower);
    if (i >= 0) return lineAt(i);
    if (word !== word.toUpperCase()) return undefined;
    i = find(capitalize(lower));
    return i >= 0 ? lineAt(i) : undefined;
  };
  /**
   * Visits the lines whose first letter is in [from, to] with at least `minFrequency`, read in place:
   * the frequency is parsed from the line's digits, and only a word that passes is cut out (a cold
   * check builds its common words from 200,000 lowercase lines). Weak lines only with `weakToo`.
   */
  const scan = (from: number, to: number, visit: (word: string, frequency: number) => void, minFrequency: number, weakToo: boolean) => {
    for (let i = 0; i < starts.length; i++) {
      let at = starts[i];
      const c = text.charCodeAt(at);
      if (c < from || c > to) continue;
      const begin = at;
      while (at < text.length && text.charCodeAt(at) !== 9 && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
      const wordEnd = at;
      let frequency = 0;
      if (text.charCodeAt(at) === 9) {
        for (at++; at < text.length; at++) {
          const d = text.charCodeAt(at) - 48;
          if (d < 0 || d > 9) break;
          frequency = frequency * 10 + d;
        }
      }
      if (frequency < minFrequency) continue;
      // "word<TAB>z<TAB>~": a weak entry.
      if (!weakToo && text.charCodeAt(at) === 9 && text.charCodeAt(at + 1) === 126) continue;
      visit(text.slice(begin, wordEnd), frequency);
    }
  };
  return {
    has: (word) => lookup(word) !== undefined,
    frequency: (word) => lookup(word)?.frequency ?? 0,
    weak: (word) => lookup(word)?.weak ?? false,
    lowerFrequency(lower) {
      const i = find(lower);
      return i >= 0 ? lineAt(i).frequency : undefined;
    },
    proper(lower) {
      const form = capitalize(lower);
      return find(form) >= 0 ? form : undefined;
    },
    forEachLower(visit, minFrequency = 0) {
      scan(97, 122, visit, minFrequency, true);
    },
    forEachCapitalized(visit, minFrequency = 0) {
      scan(65, 90, visit, minFrequency, false);
    },
  };
}
