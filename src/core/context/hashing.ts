/**
 * The open-addressing hash tables the shipped model is decoded into (the word pairs, the
 * classifiers' features): Fibonacci hashing of a key below 2³² into a power-of-two table at most
 * half full, so a look-up probes once or twice.
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

/** A multiplicative hash of a key below 2³², to `32 - shift` bits. */
export function hash(key: number, shift: number): number {
  return Math.imul(key | 0, 0x9e3779b1) >>> shift;
}
