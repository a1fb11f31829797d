/**
 * A phonetic key for names, Soundex-like but uncut, so "Hermione"/"Hermoine" and
 * "Shippo"/"Shippou" share a key while "Ron" and "Rob" do not.
 */

const CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/** The key of a name: its first letter, then the codes of its consonants, repeats collapsed. */
export function phoneticKey(name: string): string {
  const word = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/(?<=.)ou$/, 'o')
    .replace(/(?<=.)uu/g, 'u');
  if (!word) return '';
  let key = word[0].toUpperCase();
  let last = CODES[word[0]] ?? '';
  for (let i = 1; i < word.length; i++) {
    const code = CODES[word[i]];
    if (code === undefined) {
      // Vowels separate repeats ("Tatiana": t-t counts twice); h and w do not.
      if (word[i] !== 'h' && word[i] !== 'w') last = '';
      continue;
    }
    if (code !== last) key += code;
    last = code;
  }
  return key;
}
