/**
 * The words of a set that are one typing edit from a word: a letter dropped, two swapped, one
 * inserted or one changed (`a`–`z`), found without writing out the edits. Spelling asks, of every
 * word no tier knows, whether it is a slip of a common word ("Becuase", "Wendesday"); writing its
 * ~450 edits as strings and looking each up cost a cold check of a long chapter ~60 ms, most of it
 * flattening the strings to hash them. Here each edit's hash comes from the word's prefix hashes
 * in a few multiplications, and only a hash that is in the set is checked letter by letter.
 */

/** The multiplier of the polynomial hash (mod 2³²). */
const P = 1_000_003;

/** `h·P + c`, mod 2³². */
function step(h: number, c: number): number {
  return (Math.imul(h, P) + c) | 0;
}

/** A set of lowercase words (`a`–`z`), each with a value, to search by one edit. */
export class OneEditIndex<V> {
  private readonly words: string[] = [];
  private readonly values: V[] = [];
  /** Open addressing: hash slot → word index + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** P to the power k, for k up to the longest word + 2. */
  private readonly powers: Int32Array;

  constructor(entries: Iterable<readonly [string, V]>) {
    let longest = 0;
    for (const [w, v] of entries) {
      if (!/^[a-z]+$/.test(w)) continue;
      this.words.push(w);
      this.values.push(v);
      longest = Math.max(longest, w.length);
    }
    let size = 16;
    while (size < this.words.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(this.words.length);
    this.powers = new Int32Array(longest + 3);
    this.powers[0] = 1;
    for (let k = 1; k < this.powers.length; k++) this.powers[k] = Math.imul(this.powers[k - 1], P);
    this.words.forEach((w, i) => {
      let h = 0;
      for (let k = 0; k < w.length; k++) h = step(h, w.charCodeAt(k));
      this.hashes[i] = h;
      let s = (h ^ (h >>> 15)) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = i + 1;
    });
  }

  /**
   * Calls `visit` with each word of the set one edit from `q` (lowercase `a`–`z`), and its value;
   * a word reached by two edits ("aa" → "a") may be visited twice. `q` itself is not visited.
   */
  forEachNear(q: string, visit: (word: string, value: V) => void): void {
    const n = q.length;
    if (n === 0) return;
    const prefix = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) prefix[i + 1] = step(prefix[i], q.charCodeAt(i));
    const pow = (k: number) => (k < this.powers.length ? this.powers[k] : power(k));
    /** The hash of q[from, n). */
    const suffix = (from: number) => (prefix[n] - Math.imul(prefix[from], pow(n - from))) | 0;
    for (let i = 0; i <= n; i++) {
      const head = prefix[i];
      // A letter dropped from q: q[0, i) + q[i + 1, n).
      if (i < n) this.probe((Math.imul(head, pow(n - i - 1)) + suffix(i + 1)) | 0, q, DROP, i, 0, visit);
      // Two letters swapped: q[0, i) + q[i + 1] + q[i] + q[i + 2, n).
      if (i + 1 < n && q.charCodeAt(i) !== q.charCodeAt(i + 1)) {
        const h = (Math.imul(step(step(head, q.charCodeAt(i + 1)), q.charCodeAt(i)), pow(n - i - 2)) + suffix(i + 2)) | 0;
        this.probe(h, q, SWAP, i, 0, visit);
      }
      const afterInsert = pow(n - i);
      const afterChange = i < n ? pow(n - i - 1) : 0;
      const tailInsert = suffix(i);
      const tailChange = i < n ? suffix(i + 1) : 0;
      for (let c = 97; c <= 122; c++) {
        const withC = step(head, c);
        // A letter inserted: q[0, i) + c + q[i, n).
        this.probe((Math.imul(withC, afterInsert) + tailInsert) | 0, q, INSERT, i, c, visit);
        // A letter changed: q[0, i) + c + q[i + 1, n).
        if (i < n && c !== q.charCodeAt(i)) this.probe((Math.imul(withC, afterChange) + tailChange) | 0, q, CHANGE, i, c, visit);
      }
    }
  }

  /** Visits the words of hash `h` that are `q` with the edit (`kind` at `i`, letter `c`). */
  private probe(h: number, q: string, kind: number, i: number, c: number, visit: (word: string, value: V) => void): void {
    for (let s = (h ^ (h >>> 15)) & this.mask; this.slots[s] !== 0; s = (s + 1) & this.mask) {
      const k = this.slots[s] - 1;
      if (this.hashes[k] === h && isEdit(this.words[k], q, kind, i, c)) visit(this.words[k], this.values[k]);
    }
  }
}

const DROP = 0;
const SWAP = 1;
const INSERT = 2;
const CHANGE = 3;

/** Whether `w` is `q` with the edit `kind` at `i` (the letter `c` for an insert or a change). */
function isEdit(w: string, q: string, kind: number, i: number, c: number): boolean {
  const n = q.length;
  switch (kind) {
    case DROP:
      return w.length === n - 1 && same(w, 0, q, 0, i) && same(w, i, q, i + 1, n - i - 1);
    case SWAP:
      return (
        w.length === n &&
        same(w, 0, q, 0, i) &&
        w.charCodeAt(i) === q.charCodeAt(i + 1) &&
        w.charCodeAt(i + 1) === q.charCodeAt(i) &&
        same(w, i + 2, q, i + 2, n - i - 2)
      );
    case INSERT:
      return w.length === n + 1 && same(w, 0, q, 0, i) && w.charCodeAt(i) === c && same(w, i + 1, q, i, n - i);
    default:
      return w.length === n && same(w, 0, q, 0, i) && w.charCodeAt(i) === c && same(w, i + 1, q, i + 1, n - i - 1);
  }
}

/** P to the power k, mod 2³², for a word longer than any in the set. */
function power(k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p = Math.imul(p, P);
  return p;
}

/** Whether a[from, from + length) equals b[at, at + length). */
function same(a: string, from: number, b: string, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(at + k)) return false;
  return true;
}

const INDEXES = new WeakMap<ReadonlyMap<string, unknown>, OneEditIndex<unknown>>();

/** The index of a map's keys (built on first use, kept while the map lives). */
export function oneEditIndexOf<V>(map: ReadonlyMap<string, V>): OneEditIndex<V> {
  let index = INDEXES.get(map) as OneEditIndex<V> | undefined;
  if (!index) INDEXES.set(map, (index = new OneEditIndex(map)));
  return index;
}
