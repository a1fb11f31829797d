/**
 * The open-addressing hash tables the shipped model is decoded into (the word pairs, the
 * classifiers' features): a key below 2³² mixed by MurmurHash3's finalizer into a power-of-two
 * table at most half full, so a look-up probes once or twice. A pair's key is a·V+b, and the pairs
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
