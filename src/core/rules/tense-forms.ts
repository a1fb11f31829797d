/**
 * The verb forms of the `tense-shift` rule: the irregular-verb table read as maps between a base,
 * its past and its third person, and a verb put in the other tense when that is unambiguous (the
 * rule's fix): `is` → `was`, `falls` → `fell`, `walks` → `walked`; `sat` → `sits` after `she`.
 */

import { irregularVerbs } from '../data/irregular-verbs';
import { PRESENT_AUX, PRONOUN_SUBJECTS } from '../data/tense-words';
import type { Token } from '../model/paragraph';

export interface Verbs {
  /** Irregular base → past: `fall` → `fell`. */
  pastOf: Map<string, string>;
  /** Irregular past → base: `fell` → `fall` (pasts that are also a base, `found`, `lay`, left out). */
  baseOf: Map<string, string>;
  /** Third-person present of an irregular verb → its base: `falls` → `fall`, `goes` → `go`. */
  thirdOf: Map<string, string>;
  /** Every irregular past: a base that is also one (`saw`, `lay`, `found`) tells no present. */
  pasts: Set<string>;
  /**
   * Pasts spelt as their base (`put`, `let`, `hit`): after `he`, `she` or a name only a past, the
   * present being `puts` (`Discord put the book back`).
   */
  sameAsBase: Set<string>;
}

/** The pasts spelt as their base read as pasts after `he`, `she` or a name: not `beat`, `cost`, `sweat`, `wed` (adjectives, nouns as often). */
const SAME_AS_BASE = ['put', 'let', 'set', 'cut', 'hit', 'hurt', 'shut', 'quit', 'spread', 'burst', 'cast', 'thrust', 'split', 'shed', 'read', 'upset'];

let verbs: Verbs | undefined;

/** The irregular-verb table, read on first use. */
export function irregular(): Verbs {
  if (verbs) return verbs;
  const pastOf = new Map<string, string>();
  const baseOf = new Map<string, string>();
  const thirdOf = new Map<string, string>();
  // The verbs whose past differs from their base, with their first past; "I put", "I let", "I shut"
  // are as much past as present.
  const pairs: Array<[string, string]> = [];
  const same: string[] = [];
  for (const v of irregularVerbs().values()) {
    if (v.past.includes(v.base)) same.push(v.base);
    else pairs.push([v.base, v.past[0]]);
  }
  const bases = new Set(pairs.map(([b]) => b));
  const pasts = new Set(pairs.map(([, p]) => p));
  for (const w of same) pasts.add(w);
  for (const [base, past] of pairs) {
    // Modal and auxiliary forms are read apart (`be`, `have`, `do`); `can`/`shall` are no tense here.
    if (base === 'be' || base === 'have' || base === 'do' || base === 'can' || base === 'shall' || base === 'may' || base === 'will') continue;
    pastOf.set(base, past);
    if (!bases.has(past) && !past.endsWith('ed')) baseOf.set(past, base);
    if (!pasts.has(base)) thirdOf.set(third(base), base);
  }
  const sameAsBase = new Set(SAME_AS_BASE.filter((w) => same.includes(w)));
  verbs = { pastOf, baseOf, thirdOf, pasts, sameAsBase };
  return verbs;
}

/** The third person singular present of a base: `go` → `goes`, `try` → `tries`, `walk` → `walks`. */
export function third(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Keeps the case of the first letter: `Is` → `Was`. */
export function cased(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A present-tense verb in the past, when that is unambiguous: `is` → `was`, `falls` → `fell`, `walks` → `walked`. */
export function toPast(marker: { token: Token; subject?: string }): string | undefined {
  const w = marker.token.lower;
  const aux = PRESENT_AUX.get(w);
  if (aux) return cased(marker.token.text, aux);
  const v = irregular();
  // "I go" → "I went"; "she falls" → "she fell".
  const base = v.pastOf.has(w) ? w : v.thirdOf.get(w);
  if (base) return cased(marker.token.text, v.pastOf.get(base)!);
  let stem: string;
  if (/ies$/.test(w)) return cased(marker.token.text, `${w.slice(0, -3)}ied`);
  if (/(?:sh|ch|x|ss|zz)es$/.test(w)) stem = w.slice(0, -2);
  else if (/s$/.test(w)) stem = w.slice(0, -1);
  else return undefined;
  if (stem.endsWith('e')) return cased(marker.token.text, `${stem}d`);
  // One syllable ending in a consonant after one vowel doubles it ("stops" → "stopped"); a longer
  // verb may or may not ("visits" → "visited", "admits" → "admitted"): no fix.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return cased(marker.token.text, `${stem}${stem.slice(-1)}ed`);
  if (/[aeiou][^aeiouwxy]$/.test(stem) && !/[aeiou]{2}[^aeiou]$/.test(stem)) return undefined;
  return cased(marker.token.text, `${stem}ed`);
}

/** A past-tense verb in the present, when that is unambiguous: `was` → `is`, `sat` → `sits` (after `she`). */
export function toPresent(marker: { token: Token; subject?: string }): string | undefined {
  const w = marker.token.lower;
  const subject = marker.subject;
  const singular = subject === undefined || subject === 'he' || subject === 'she' || subject === 'it' || !PRONOUN_SUBJECTS.has(subject);
  const plain = subject === 'i' || subject === 'we' || subject === 'they' || subject === 'you';
  const table: Record<string, string | undefined> = {
    was: subject === 'i' ? 'am' : plain ? undefined : 'is',
    were: subject === 'we' || subject === 'they' || subject === 'you' ? 'are' : undefined,
    had: plain ? 'have' : singular ? 'has' : undefined,
    did: plain ? 'do' : singular ? 'does' : undefined,
    "wasn't": subject === 'i' ? undefined : plain ? undefined : "isn't",
    "weren't": subject === 'we' || subject === 'they' || subject === 'you' ? "aren't" : undefined,
    "hadn't": plain ? "haven't" : "hasn't",
    "didn't": plain ? "don't" : "doesn't",
  };
  if (w in table) {
    const f = table[w];
    return f ? cased(marker.token.text, f) : undefined;
  }
  const v = irregular();
  const base = v.baseOf.get(w) ?? (v.sameAsBase.has(w) ? w : regularBase(w));
  if (!base) return undefined;
  return cased(marker.token.text, plain ? base : third(base));
}

/** The base of a regular past when it is unambiguous: `walked` → `walk`, `tried` → `try`, `stopped` → `stop`. */
function regularBase(w: string): string | undefined {
  if (!w.endsWith('ed')) return undefined;
  if (/[^aeiou]ied$/.test(w)) return `${w.slice(0, -3)}y`;
  const stem = w.slice(0, -2);
  // "stopped" → "stop" (but "called" → "call", "passed" → "pass").
  if (/([^aeiouls])\1$/.test(stem)) return stem.slice(0, -1);
  // "walked", "turned", "pushed", "looked", "waited": a stem no "e" could end ("danced" could be "danc(e)").
  if (/(?:lk|mp|rn|rk|nk|sk|st|nt|nd|rd|ll|ss|sh|ch|ck|wn|ld|lp|rm|rt|ft|pt|ct|wl|rl|gh|[aeiou]{2}[^aeiouys])$/.test(stem)) return stem;
  // "closed" → "close", "paused" → "pause", "sensed" → "sense": no verb ends in a single "s" after
  // one of these ("focused", "used" after "u" are left alone).
  if (/(?:[^aeiou][aeio]s|[aeiou]{2}s|[rnlp]s)$/.test(stem)) return `${stem}e`;
  return undefined;
}
