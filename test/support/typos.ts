/**
 * Realistic typos injected into real words, for the spelling quality scripts: a letter dropped,
 * doubled, two neighbours swapped, a neighbouring key struck, or a sound-alike spelling. The
 * first letter is kept (typists rarely miss it). Deterministic for a seed.
 */

export type TypoKind = 'drop' | 'double' | 'swap' | 'key' | 'sound';
export const TYPO_KINDS: readonly TypoKind[] = ['drop', 'double', 'swap', 'key', 'sound'];

/** A seeded pseudo-random source in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbours(ch: string): string[] {
  const r = ROWS.findIndex((row) => row.includes(ch));
  if (r < 0) return [];
  const c = ROWS[r].indexOf(ch);
  const out = [ROWS[r][c - 1], ROWS[r][c + 1], ROWS[r - 1]?.[c], ROWS[r - 1]?.[c + 1], ROWS[r + 1]?.[c], ROWS[r + 1]?.[c - 1]];
  return out.filter((x): x is string => Boolean(x));
}

const SOUNDS: Array<[RegExp, string]> = [
  [/ie/, 'ei'],
  [/ei/, 'ie'],
  [/ph/, 'f'],
  [/ck/, 'k'],
  [/c(?=[eiy])/, 's'],
  [/c(?=[aou])/, 'k'],
  [/ee/, 'ea'],
  [/ea/, 'ee'],
  [/tion$/, 'sion'],
  [/ible$/, 'able'],
  [/able$/, 'ible'],
  [/ance$/, 'ence'],
  [/ence$/, 'ance'],
  [/(.)\1/, '$1'],
  [/ai/, 'ia'],
  [/ou/, 'ow'],
  [/er$/, 'ar'],
  [/ar$/, 'er'],
  [/y$/, 'ey'],
  [/s(?=[aeiou])/, 'z'],
  [/a(?=[^aeiou]e$)/, 'ai'],
];

/** `word` with one typo of `kind`, or undefined when that kind does not apply to it. */
export function injure(word: string, kind: TypoKind, random: () => number): string | undefined {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const i = 1 + Math.floor(random() * (word.length - 1));
  switch (kind) {
    case 'drop':
      return word.slice(0, i) + word.slice(i + 1);
    case 'double':
      return word.slice(0, i) + word[i] + word.slice(i);
    case 'swap':
      return i < word.length - 1 && word[i] !== word[i + 1] ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : undefined;
    case 'key': {
      const n = neighbours(word[i]);
      return n.length ? word.slice(0, i) + pick(n) + word.slice(i + 1) : undefined;
    }
    case 'sound': {
      const options = SOUNDS.filter(([re]) => re.test(word));
      if (options.length === 0) return undefined;
      const [re, to] = pick(options);
      return word.replace(re, to);
    }
  }
}
