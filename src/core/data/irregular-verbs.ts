/**
 * Irregular English verbs: base, simple past, past participle, from the generated table
 * (`irregular-verbs.generated.ts`, written by scripts/build-irregular-verbs.ts).
 */

import { IRREGULAR_TABLE } from './irregular-verbs.generated';

/** An irregular verb's forms. */
export interface IrregularVerb {
  base: string;
  past: readonly string[];
  participle: readonly string[];
}

let BY_BASE: Map<string, IrregularVerb> | undefined;

/** The irregular verbs by base form ("run" → ran, run), parsed on first use. */
export function irregularVerbs(): ReadonlyMap<string, IrregularVerb> {
  if (BY_BASE) return BY_BASE;
  BY_BASE = new Map();
  for (const row of IRREGULAR_TABLE.split('|')) {
    const [base, past, participle] = row.split(' ');
    BY_BASE.set(base, { base, past: past.split('/'), participle: participle.split('/') });
  }
  return BY_BASE;
}

/**
 * The irregular forms meant by a regular ending put on an irregular verb, past first:
 * "runned" → ran, run; "catched" → caught; "teached" → taught; "maked" → made; "flied" → flew,
 * flown. Empty for any other word. Lowercase in, lowercase out.
 */
export function irregularFormsOf(word: string): string[] {
  if (word.length < 4 || !word.endsWith('d')) return [];
  const verbs = irregularVerbs();
  const stems: string[] = [];
  if (word.endsWith('ed')) {
    const s = word.slice(0, -2);
    stems.push(s);
    // "runned", "swimmed": a doubled final consonant.
    if (s.length > 2 && s[s.length - 1] === s[s.length - 2]) stems.push(s.slice(0, -1));
    // "flied", "buyed" stays "buy".
    if (s.endsWith('i')) stems.push(`${s.slice(0, -1)}y`);
  }
  // "maked", "taked": the silent e kept.
  stems.push(word.slice(0, -1));
  const out: string[] = [];
  for (const stem of stems) {
    const v = verbs.get(stem);
    if (!v) continue;
    for (const f of [...v.past, ...v.participle]) if (f !== word && !out.includes(f)) out.push(f);
  }
  return out;
}
