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
 * The text is not turned into maps (500,000 entries would cost a cold check hundreds of
 * milliseconds and tens of megabytes), nor even indexed: the lines are sorted, so a look-up is a
 * binary search over the text itself, each step reading the line its middle falls in. The list's
 * frequent words, which the rules ask for first, are also written in two header lines
 * (`#frequent-lower`, `#frequent-capitalized`), so no cold check scans half a million lines.
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

/** The header lines of the frequent words, and the frequency each starts from. */
const FREQUENT_LOWER = '#frequent-lower\t';
const FREQUENT_CAPITALIZED = '#frequent-capitalized\t';

/**
 * Visits the entries of the header line `name<TAB>min word:z word:z …` whose z is at least
 * `minFrequency`, read in place (the lowercase header holds 34,000 entries: split into strings and
 * numbers, it cost more than the scan it saves), and says whether it could: false when the text has
 * no such header or the header starts above `minFrequency`.
 */
function visitHeader(text: string, name: string, minFrequency: number, visit: (word: string, frequency: number) => void): boolean {
  const at = text.startsWith(name) ? 0 : text.indexOf(`\n${name}`) + 1;
  if (at <= 0 && !text.startsWith(name)) return false;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  let i = at + name.length;
  let min = 0;
  for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) min = min * 10 + d;
  if (minFrequency < min) return false;
  while (i < end) {
    const start = ++i; // past the space before the entry
    let colon = -1;
    for (let c = text.charCodeAt(i); i < end && c !== 32; c = text.charCodeAt(++i)) if (c === 58 /* : */) colon = i;
    if (colon <= start) continue;
    let z = 0;
    for (let k = colon + 1; k < i; k++) z = z * 10 + text.charCodeAt(k) - 48;
    if (z >= minFrequency) visit(unescapeWord(text.slice(start, colon)), z);
  }
  return true;
}

/**
 * A word as the list writes it: every character past ASCII as `\uXXXX` (`fête` is `f\u00eate`).
 * Nineteen words of half a million have one, and one of them would make the whole text a
 * two-byte string (13.6 MB in place of 6.8) that decodes four times slower.
 */
export function escapeWord(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : word;
}

/** The word an escaped entry stands for. */
export function unescapeWord(entry: string): string {
  return entry.includes('\\u') ? entry.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : entry;
}

/** Where the word of the line at `start` ends (at its tab or the line's end). */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (let c = text.charCodeAt(i); i < text.length && c !== 9 && c !== 10 && c !== 13; c = text.charCodeAt(++i));
  return i;
}
/** The frequency of the line at `start`, read in place ("word<TAB>z…"; 0 without one). */
function frequencyAt(text: string, start: number): number {
  let i = wordEnd(text, start);
  if (text.charCodeAt(i) !== 9) return 0;
  let z = 0;
  for (let d = text.charCodeAt(++i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) z = z * 10 + d;
  return z;
}
/** Whether the line at `start` is weak ("word<TAB>z<TAB>~"), read in place. */
function weakAt(text: string, start: number): boolean {
  let i = wordEnd(text, start);
  if (text.charCodeAt(i) !== 9) return false;
  for (i++; i < text.length && text.charCodeAt(i) !== 9 && text.charCodeAt(i) !== 10; i++);
  return text.charCodeAt(i) === 9 && text.charCodeAt(i + 1) === 126;
}

/** Parses the text of `data/wordlist.txt` (one `word`, `word<TAB>z` or `word<TAB>z<TAB>~` a line; `#` comments). */
export function parseWordList(text: string): WordList {
  // Where the sorted lines start: after the comment lines at the top, of which the two headers of
  // frequent words are long (a third of a megabyte), too long for a search step to read back through.
  let body = 0;
  while (body < text.length && text.charCodeAt(body) === 35 /* # */) {
    const end = text.indexOf('\n', body);
    body = end < 0 ? text.length : end + 1;
  }
  /** How the line at `start` compares with `word` (code units, as `<` on strings), read in place. */
  const compareAt = (start: number, word: string): number => {
    let at = start;
    for (let k = 0; ; k++, at++) {
      const c = at < text.length ? text.charCodeAt(at) : 10;
      const end = c === 9 || c === 10 || c === 13;
      if (k === word.length) return end ? 0 : 1;
      if (end) return -1;
      const d = c - word.charCodeAt(k);
      if (d !== 0) return d;
    }
  };
  /**
   * The start of `word`'s line, or -1: a binary search over the offsets of the sorted lines (past
   * the comments), each step reading the line its middle falls in.
   */
  const find = (asked: string): number => {
    if (asked.length === 0 || asked.charCodeAt(0) === 35 /* # */) return -1;
    const word = escapeWord(asked);
    let lo = body;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // The line's start, read back by char code: `lastIndexOf` calls into V8's runtime, which
      // cost more than the dozen characters it reads (84 M instructions of a cold check).
      let start = mid;
      while (start > body && text.charCodeAt(start - 1) !== 10) start--;
      const d = compareAt(start, word);
      if (d === 0) return start;
      if (d > 0) {
        hi = start;
      } else {
        const end = text.indexOf('\n', mid);
        if (end < 0) return -1;
        lo = end + 1;
      }
    }
    return -1;
  };
  const capitalize = (lower: string) => lower.charAt(0).toUpperCase() + lower.slice(1);
  /** The start of the line `word` is listed under, by the case rules of `has`, or -1. */
  const lookup = (word: string): number => {
    let i = find(word);
    if (i >= 0) return i;
    const lower = word.toLowerCase();
    if (lower === word) return -1;
    // "Whisky" at a sentence start, "WHISKY" shouted: the lowercase entry. "Boston" only as written or shouted.
    i = find(lower);
    if (i >= 0) return i;
    if (word !== word.toUpperCase()) return -1;
    return find(capitalize(lower));
  };
  /**
   * Visits the lines whose first letter is in [from, to] with at least `minFrequency`, read in place:
   * the frequency is parsed from the line's digits, and only a word that passes is cut out. Weak
   * lines only with `weakToo`.
   */
  const scan = (from: number, to: number, visit: (word: string, frequency: number) => void, minFrequency: number, weakToo: boolean) => {
    for (let at = 0; at < text.length;) {
      let next = text.indexOf('\n', at);
      if (next < 0) next = text.length;
      const c = text.charCodeAt(at);
      if (c >= from && c <= to) {
        let i = at;
        while (i < next && text.charCodeAt(i) !== 9 && text.charCodeAt(i) !== 13) i++;
        const wordEnd = i;
        let frequency = 0;
        if (text.charCodeAt(i) === 9) {
          for (i++; i < next; i++) {
            const d = text.charCodeAt(i) - 48;
            if (d < 0 || d > 9) break;
            frequency = frequency * 10 + d;
          }
        }
        // "word<TAB>z<TAB>~": a weak entry.
        const weak = text.charCodeAt(i) === 9 && text.charCodeAt(i + 1) === 126;
        if (frequency >= minFrequency && (weakToo || !weak)) visit(unescapeWord(text.slice(at, wordEnd)), frequency);
      }
      at = next + 1;
    }
  };
  /** The header's words when it holds every word asked for, else a scan of the lines. */
  const frequent =
    (name: string, from: number, to: number, weakToo: boolean) =>
    (visit: (word: string, frequency: number) => void, minFrequency = 0) => {
      if (!visitHeader(text, name, minFrequency, visit)) scan(from, to, visit, minFrequency, weakToo);
    };
  return {
    has: (word) => lookup(word) >= 0,
    frequency: (word) => {
      const i = lookup(word);
      return i >= 0 ? frequencyAt(text, i) : 0;
    },
    weak: (word) => {
      const i = lookup(word);
      return i >= 0 && weakAt(text, i);
    },
    lowerFrequency(lower) {
      const i = find(lower);
      return i >= 0 ? frequencyAt(text, i) : undefined;
    },
    proper(lower) {
      const form = capitalize(lower);
      return find(form) >= 0 ? form : undefined;
    },
    forEachLower: frequent(FREQUENT_LOWER, 97, 122, true),
    forEachCapitalized: frequent(FREQUENT_CAPITALIZED, 65, 90, false),
  };
}

/** The two header lines of the frequent words (lowercase from `lowerFrom`, capitalized and not weak from `capitalizedFrom`), for the build. */
export function frequentHeaders(lines: readonly string[], lowerFrom: number, capitalizedFrom: number): string[] {
  const lower: string[] = [];
  const capitalized: string[] = [];
  for (const line of lines) {
    const [word, z, mark] = line.split('\t');
    const f = Number(z) || 0;
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122 && f >= lowerFrom) lower.push(`${word}:${f}`);
    else if (c >= 65 && c <= 90 && f >= capitalizedFrom && mark !== '~') capitalized.push(`${word}:${f}`);
  }
  return [`${FREQUENT_LOWER}${lowerFrom} ${lower.join(' ')}`, `${FREQUENT_CAPITALIZED}${capitalizedFrom} ${capitalized.join(' ')}`];
}
