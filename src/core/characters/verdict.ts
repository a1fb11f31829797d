/**
 * What is wrong with a name, decided once per distinct name and shared by the `character-name`
 * rule (which reports it) and `spelling` (which then stays quiet about it):
 * - a roster variant: "Hermoine" where the roster says "Hermione";
 * - a rare spelling close to a frequent name: "Hermoine" once against "Hermione" 104 times;
 * - inconsistent casing of one name: "Mcgonagall" against "McGonagall".
 * Never between two roster entries, never between two dictionary words.
 *
 * A `NameJudge` keeps its verdicts while the counts change under it: after an edit, `update` is
 * told which names' counts moved and decides again only the verdicts those counts can reach, and
 * says which verdicts came out different, so the analyzer re-finalizes only the paragraphs that
 * asked about them.
 */

import type { ResolvedOptions } from '../options';
import { editDistance, isCapitalized } from '../text';
import { phoneticKey } from './phonetic';

export type NameVerdict =
  | { kind: 'variant'; name: string }
  | { kind: 'misspelling'; name: string; count: number }
  /** `own`: how often the story writes this casing itself. */
  | { kind: 'casing'; name: string; count: number; own: number };

/** How often a name occurs in the whole story (this file and the others). */
export interface NameStats {
  /** Folded capitalized words of this document. */
  local: ReadonlyMap<string, number>;
  /** The same in the story's other files. */
  external: ReadonlyMap<string, number>;
}

/** A name this rare (in the whole story) may be a typo of a frequent one. */
const RARE = 2;
/** A name is frequent when used at least this often, and this many times more than the rare one. */
export const FREQUENT = 5;
const RATIO = 5;
/**
 * The counts at which a frequent name starts or stops being a candidate for some rare name: a
 * name's count crossing one of them can change any rare name's verdict.
 */
const THRESHOLDS = [...new Set(Array.from({ length: RARE + 1 }, (_, n) => Math.max(FREQUENT, n * RATIO)))];

/** What verdicts need of the options: the speller, the roster's names and its variants. */
export type VerdictOptions = Pick<ResolvedOptions, 'speller' | 'rosterNames' | 'variants'>;

interface Candidate {
  name: string;
  count: number;
  key: string;
}

/** Verdicts for one set of options, kept current while the name counts change. */
export class NameJudge {
  private readonly memo = new Map<string, NameVerdict | undefined>();
  /** The names whose verdict is a misspelling of each frequent name. */
  private readonly typos = new Map<string, Set<string>>();
  private readonly words = new Map<string, boolean>();
  private readonly keys = new Map<string, string>();
  /** Frequent names (and roster names) by lowercase first letter; `sorted` is rebuilt on demand. */
  private frequent?: Map<string, { members: Set<string>; sorted?: Candidate[] }>;
  /** The forms of each name in use, by lowercase. */
  private casing?: Map<string, Set<string>>;
  /** The first roster name of each lowercase form, in roster order. */
  private readonly rosterByLower = new Map<string, string>();

  constructor(
    private readonly options: VerdictOptions,
    private stats: NameStats,
  ) {
    for (const n of options.rosterNames) if (!this.rosterByLower.has(n.toLowerCase())) this.rosterByLower.set(n.toLowerCase(), n);
  }

  /** How often `name` occurs in the story. */
  count(name: string): number {
    return (this.stats.local.get(name) ?? 0) + (this.stats.external.get(name) ?? 0);
  }

  /** The verdict on a folded name. */
  get(name: string): NameVerdict | undefined {
    if (this.memo.has(name)) return this.memo.get(name);
    const verdict = this.decide(name);
    this.remember(name, verdict);
    return verdict;
  }

  private remember(name: string, verdict: NameVerdict | undefined): void {
    const old = this.memo.get(name);
    if (old?.kind === 'misspelling') this.typos.get(old.name)?.delete(name);
    this.memo.set(name, verdict);
    if (verdict?.kind === 'misspelling') {
      let names = this.typos.get(verdict.name);
      if (!names) this.typos.set(verdict.name, (names = new Set()));
      names.add(name);
    }
  }

  /**
   * The counts of `touched` changed (to what `stats` now says; the map holds each one's count
   * before). `stats` may be a new object (the other files' counts were replaced). Returns the
   * names whose verdict, or whose being a name at all (used twice) or used at all, is now different.
   */
  update(touched: ReadonlyMap<string, number>, stats: NameStats = this.stats): Set<string> {
    this.stats = stats;
    const roster = this.options.rosterNames;
    const changed = new Set<string>();
    const again = new Set<string>();
    let all = false;
    const ranges: Array<[number, number, string]> = [];
    for (const [name, before] of touched) {
      const after = this.count(name);
      if (after === before) continue;
      again.add(name);
      // Being a name (used twice), and being used at all (`usesName`), are facts rules read.
      if (before >= 2 !== after >= 2 || before > 0 !== after > 0) changed.add(name);
      this.moveCasing(name, after);
      const lower = name.toLowerCase();
      for (const form of this.casing?.get(lower) ?? []) again.add(form);
      const wasFrequent = before >= FREQUENT || roster.has(name);
      const isFrequent = after >= FREQUENT || roster.has(name);
      if (!wasFrequent && !isFrequent) continue;
      this.moveFrequent(name, isFrequent);
      if (!roster.has(name) && THRESHOLDS.some((t) => before < t !== after < t)) all = true;
      // Its place among the frequent names moved past those counted between `before` and `after`.
      ranges.push([Math.min(before, after), Math.max(before, after), name]);
    }
    if (all) {
      for (const name of this.memo.keys()) again.add(name);
    } else if (ranges.length > 0) {
      for (const [target, names] of this.typos) {
        const c = this.count(target);
        if (ranges.some(([lo, hi, moved]) => target === moved || (c >= lo && c <= hi))) for (const name of names) again.add(name);
      }
    }
    for (const name of again) {
      if (!this.memo.has(name)) {
        // Never asked, or asked before a reset: whoever asked is told again.
        changed.add(name);
        continue;
      }
      const before = this.memo.get(name);
      const after = this.decide(name);
      this.remember(name, after);
      if (!sameVerdict(before, after)) changed.add(name);
    }
    return changed;
  }

  private isWord(w: string): boolean {
    let known = this.words.get(w);
    if (known === undefined) {
      const speller = this.options.speller;
      known = Boolean(speller && (speller.correct(w) || speller.correct(w.toLowerCase())));
      this.words.set(w, known);
    }
    return known;
  }

  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = phoneticKey(name)));
    return key;
  }

  private eligible(name: string): boolean {
    const roster = this.options.rosterNames;
    if (roster.has(name)) return true;
    // A frequent capitalized dictionary word ("The", "But") is not a name.
    return this.count(name) >= FREQUENT && !this.isWord(name);
  }

  private frequentIn(letter: string): readonly Candidate[] {
    if (!this.frequent) {
      this.frequent = new Map();
      const seen = new Set<string>();
      for (const m of [this.stats.local, this.stats.external, this.options.rosterNames]) {
        for (const name of m.keys()) {
          if (seen.has(name)) continue;
          seen.add(name);
          if (name.length > 0 && this.eligible(name)) this.bucket(name).members.add(name);
        }
      }
    }
    const bucket = this.frequent.get(letter);
    if (!bucket) return [];
    bucket.sorted ??= [...bucket.members]
      .map((name) => ({ name, count: this.count(name), key: this.key(name) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return bucket.sorted;
  }

  private bucket(name: string): { members: Set<string>; sorted?: Candidate[] } {
    const letter = name[0].toLowerCase();
    let bucket = this.frequent!.get(letter);
    if (!bucket) this.frequent!.set(letter, (bucket = { members: new Set() }));
    return bucket;
  }

  private moveFrequent(name: string, frequent: boolean): void {
    if (!this.frequent || name.length === 0) return;
    const bucket = this.bucket(name);
    if (frequent && this.eligible(name)) bucket.members.add(name);
    else bucket.members.delete(name);
    bucket.sorted = undefined;
  }

  private casings(): Map<string, Set<string>> {
    if (!this.casing) {
      this.casing = new Map();
      for (const m of [this.stats.local, this.stats.external, this.options.rosterNames]) {
        for (const n of m.keys()) this.addCasing(n);
      }
    }
    return this.casing;
  }

  private addCasing(name: string): void {
    const lower = name.toLowerCase();
    let forms = this.casing!.get(lower);
    if (!forms) this.casing!.set(lower, (forms = new Set()));
    forms.add(name);
  }

  private moveCasing(name: string, count: number): void {
    if (!this.casing) return;
    if (count > 0 || this.options.rosterNames.has(name)) this.addCasing(name);
    else {
      const forms = this.casing.get(name.toLowerCase());
      forms?.delete(name);
      if (forms?.size === 0) this.casing.delete(name.toLowerCase());
    }
  }

  private decide(name: string): NameVerdict | undefined {
    const options = this.options;
    const roster = options.rosterNames;
    const variant = options.variants.get(name);
    if (variant && variant !== name) return { kind: 'variant', name: variant };
    if (roster.has(name) || !isCapitalized(name)) return undefined;
    // Shouting ("HERMIONE!") is not a casing of "Hermione".
    const shouting = name.length > 1 && name === name.toUpperCase();

    if (!shouting) {
      const forms = this.casings().get(name.toLowerCase());
      if (forms && forms.size > 1) {
        const rosterForm = this.rosterByLower.get(name.toLowerCase());
        let dominant = rosterForm;
        if (!dominant) {
          let best = -1;
          for (const f of forms) {
            if (f === f.toUpperCase()) continue;
            const c = this.count(f);
            if (c > best || (c === best && f.localeCompare(dominant!) < 0)) {
              best = c;
              dominant = f;
            }
          }
        }
        if (
          dominant &&
          dominant !== name &&
          isCapitalized(dominant) &&
          (rosterForm || this.count(dominant) > this.count(name)) &&
          !(this.isWord(name) && this.isWord(dominant))
        ) {
          return { kind: 'casing', name: dominant, count: this.count(dominant), own: this.count(name) };
        }
      }
    }

    const n = this.count(name);
    if (n > RARE || this.isWord(name) || name.length < 4) return undefined;
    const key = this.key(name);
    for (const f of this.frequentIn(name[0].toLowerCase())) {
      if (f.name === name || f.name.length < 4) continue;
      // "the Albrights'", "after the Maguires joined": the family, the frequent name made plural.
      if (name === `${f.name}s` || name === `${f.name}es`) return undefined;
      // "Mr. Dursley" beside "the Dursleys" twelve times: one of the family, the frequent plural's singular.
      if (f.name === `${name}s` || f.name === `${name}es`) return undefined;
      if (!roster.has(f.name) && f.count < Math.max(FREQUENT, n * RATIO)) continue;
      const max = f.name.length >= 7 ? 2 : 1;
      const d = editDistance(name.toLowerCase(), f.name.toLowerCase(), max + 1);
      // d = 0 is the same name in other capitals ("HERMIONE!"): shouting, not a typo.
      if (d > 0 && (d <= max || (d === max + 1 && key === f.key))) {
        return { kind: 'misspelling', name: f.name, count: f.count };
      }
    }
    return undefined;
  }
}

function sameVerdict(a: NameVerdict | undefined, b: NameVerdict | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind || a.name !== b.name) return false;
  if (a.kind === 'variant') return true;
  // A casing's own count decides its severity (`character-name`), so it is part of the verdict.
  return a.count === (b as { count: number }).count && (a.kind !== 'casing' || a.own === (b as { own: number }).own);
}

/** The verdict function for one set of counts (a one-shot judge). */
export function nameVerdicts(stats: NameStats, options: VerdictOptions): (name: string) => NameVerdict | undefined {
  const judge = new NameJudge(options, stats);
  return (name) => judge.get(name);
}
