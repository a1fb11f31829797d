/**
 * What is wrong with a name, decided once per distinct name per analysis and shared by the
 * `character-name` rule (which reports it) and `spelling` (which then stays quiet about it):
 * - a roster variant: "Hermoine" where the roster says "Hermione";
 * - a rare spelling close to a frequent name: "Hermoine" once against "Hermione" 104 times;
 * - inconsistent casing of one name: "Mcgonagall" against "McGonagall".
 * Never between two roster entries, never between two dictionary words.
 */

import type { ResolvedOptions } from '../options';
import { editDistance, isCapitalized } from '../text';
import { phoneticKey } from './phonetic';

export type NameVerdict =
  | { kind: 'variant'; name: string }
  | { kind: 'misspelling'; name: string; count: number }
  | { kind: 'casing'; name: string; count: number };

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

/** What verdicts need of the options: the speller, the roster's names and its variants. */
export type VerdictOptions = Pick<ResolvedOptions, 'speller' | 'rosterNames' | 'variants'>;

/** Builds the memoized verdict function for one analysis. */
export function nameVerdicts(
  stats: NameStats,
  options: VerdictOptions,
  memo: Map<string, NameVerdict | undefined> = new Map(),
): (name: string) => NameVerdict | undefined {
  const count = (n: string) => (stats.local.get(n) ?? 0) + (stats.external.get(n) ?? 0);
  const speller = options.speller;
  const isWord = (w: string) => Boolean(speller && (speller.correct(w) || speller.correct(w.toLowerCase())));
  const roster = options.rosterNames;
  let frequent: Array<{ name: string; count: number; key: string }> | undefined;
  let byLower: Map<string, string[]> | undefined;

  const frequentNames = () => {
    if (!frequent) {
      const all = new Map<string, number>();
      for (const m of [stats.local, stats.external]) for (const [n, c] of m) all.set(n, (all.get(n) ?? 0) + c);
      frequent = [];
      for (const [name, c] of all) {
        if (c < FREQUENT && !roster.has(name)) continue;
        // A frequent capitalized dictionary word ("The", "But") is not a name.
        if (!roster.has(name) && isWord(name)) continue;
        frequent.push({ name, count: c, key: phoneticKey(name) });
      }
      for (const name of roster) if (!all.has(name)) frequent.push({ name, count: 0, key: phoneticKey(name) });
      frequent.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    }
    return frequent;
  };
  const casings = () => {
    if (!byLower) {
      byLower = new Map();
      for (const m of [stats.local, stats.external]) {
        for (const n of m.keys()) {
          const list = byLower.get(n.toLowerCase()) ?? [];
          if (!list.includes(n)) list.push(n);
          byLower.set(n.toLowerCase(), list);
        }
      }
      for (const n of roster) {
        const list = byLower.get(n.toLowerCase()) ?? [];
        if (!list.includes(n)) list.push(n);
        byLower.set(n.toLowerCase(), list);
      }
    }
    return byLower;
  };

  const decide = (name: string): NameVerdict | undefined => {
    const variant = options.variants.get(name);
    if (variant && variant !== name) return { kind: 'variant', name: variant };
    if (roster.has(name) || !isCapitalized(name)) return undefined;
    // Shouting ("HERMIONE!") is not a casing of "Hermione".
    const shouting = name.length > 1 && name === name.toUpperCase();

    if (!shouting) {
      const forms = casings().get(name.toLowerCase());
      if (forms && forms.length > 1) {
        const rosterForm = forms.find((f) => roster.has(f));
        const dominant =
          rosterForm ?? forms.filter((f) => f !== f.toUpperCase()).sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0];
        if (dominant && dominant !== name && isCapitalized(dominant) && (rosterForm || count(dominant) > count(name)) && !(isWord(name) && isWord(dominant))) {
          return { kind: 'casing', name: dominant, count: count(dominant) };
        }
      }
    }

    const n = count(name);
    if (n > RARE || isWord(name) || name.length < 4) return undefined;
    const key = phoneticKey(name);
    for (const f of frequentNames()) {
      if (f.name === name || f.name.length < 4) continue;
      if (!roster.has(f.name) && f.count < Math.max(FREQUENT, n * RATIO)) continue;
      if (f.name[0].toLowerCase() !== name[0].toLowerCase()) continue;
      const max = f.name.length >= 7 ? 2 : 1;
      const d = editDistance(name.toLowerCase(), f.name.toLowerCase(), max + 1);
      // d = 0 is the same name in other capitals ("HERMIONE!"): shouting, not a typo.
      if (d > 0 && (d <= max || (d === max + 1 && key === f.key))) {
        return { kind: 'misspelling', name: f.name, count: f.count };
      }
    }
    return undefined;
  };

  return (name: string) => {
    if (!memo.has(name)) memo.set(name, decide(name));
    return memo.get(name);
  };
}
