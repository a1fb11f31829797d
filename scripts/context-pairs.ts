/**
 * The confusion sets of the context model (read by scripts/build-context-model.ts): which word
 * may be written for which, and the class of each confusion (the confusable table and the classic
 * pairs, verb forms, homophones, adverbs, agreement, nouns for verbs, participles, typing edits).
 */

import { createRequire } from 'node:module';
import { CLASS_NAMES } from '../src/core/context/format';
import { CONFUSABLES } from '../src/core/data/confusables';
import { irregularVerbs } from '../src/core/data/irregular-verbs';
import { LOCALE_PAIRS } from '../src/core/data/locale-pairs.generated';
import { guessClass, tagOf, usual } from './context-training';
import { cmu, COMMON, majorTag, spoken, subtlex, unigram } from './context-words';

export const pairs = new Map<string, Set<string>>();
/** The class of each pair, keyed "wrong candidate". */
export const kinds = new Map<string, string>();
function pair(a: string, b: string, kind: string, both = true): void {
  if (a === b || !COMMON.has(a) || !COMMON.has(b)) return;
  for (const [x, y] of both
    ? [
        [a, b],
        [b, a],
      ]
    : [[a, b]]) {
    let s = pairs.get(x);
    if (!s) pairs.set(x, (s = new Set()));
    s.add(y);
    const key = `${x} ${y}`;
    // The first class that names a pair is kept: the table's, then homophones, then typing edits.
    if (!kinds.has(key)) kinds.set(key, kind);
  }
}

// 1. The table: single-word forms with single-word fixes ("loose" → "lose", "its" → "it's").
for (const e of CONFUSABLES) {
  if (e.wrong.includes(' ') || e.tableOnly) continue;
  // One way, as the table reads: "loose" may stand for "lose". Its adverbs ("she said quiet")
  // are adverbs here too.
  for (const f of e.fixes) if (!f.tableOnly) for (const to of f.to) if (!to.includes(' ')) pair(e.wrong, to, e.family === 'adverb' ? 'adverb' : 'table', false);
}
// The classic pairs writers confuse, whatever the table covers.
const CLASSIC = [
  "its:it's",
  'to:too',
  'to:two',
  'too:two',
  "your:you're",
  'there:their',
  "there:they're",
  "their:they're",
  'then:than',
  "whose:who's",
  'were:where',
  "were:we're",
  "where:we're",
  'loose:lose',
  'affect:effect',
  'accept:except',
  'lead:led',
  'passed:past',
  'quite:quiet',
  'quit:quite',
  'form:from',
  'of:off',
  'sever:severe',
  'lightening:lightning',
  'breath:breathe',
  'cloths:clothes',
  'advice:advise',
  'weather:whether',
  'peace:piece',
  'brake:break',
  'threw:through',
  'know:no',
  'knew:new',
  'here:hear',
  'right:write',
  'hole:whole',
  'are:our',
  'lie:lay',
  'lay:laid',
  'than:that',
  'of:have',
  "want:won't",
  "wont:won't",
  "let's:lets",
  "it's:is",
  'weak:week',
  'wait:weight',
  'waist:waste',
  'allowed:aloud',
  'course:coarse',
  'desert:dessert',
  'dose:does',
  'chose:choose',
  'lead:lead',
  'past:passed',
  'site:sight',
  'bare:bear',
  'through:thorough',
  'though:through',
  'though:thought',
  'thought:taught',
  'were:wear',
  'wear:where',
  'sense:since',
  'any:and',
  'and:an',
  'a:an',
  'the:they',
  'the:then',
  'they:then',
  'wander:wonder',
  'shutter:shudder',
  'dyeing:dying',
  'rein:reign',
  'pore:pour',
  'role:roll',
  'stair:stare',
  'tail:tale',
];
// Short function words stand next to each other in so many places that only a clear context
// tells them apart: their own margin ("a"/"an", "the"/"they", "than"/"that").
const FUNCTION = new Set([
  'a:an',
  'and:an',
  'any:and',
  'the:they',
  'the:then',
  'they:then',
  'than:that',
  'of:have',
  "it's:is",
  'are:our',
  'know:no',
  'lie:lay',
  'lay:laid',
]);
for (const p of CLASSIC) {
  const [a, b] = p.split(':');
  pair(a, b, FUNCTION.has(p) ? 'function' : 'table');
}
// 2. Verb forms after auxiliaries and subjects: "has ran", "was stole", "they was".
for (const v of irregularVerbs().values()) {
  for (const past of v.past) for (const part of v.participle) if (past !== part) pair(past, part, 'verb');
}
pair('was', 'were', 'verb');
pair('is', 'are', 'verb');
// "I are", "I is": the form of "be" that "I" wants; only after "I" does the model's gate let it win
// by grammar (`agreesInstead` in detect.ts), elsewhere it needs the margin of any verb form.
pair('am', 'are', 'verb');
pair('am', 'is', 'verb');
// "what are they been taught", "I have being there": a form of "be" wants "being", "have" "been".
pair('been', 'being', 'verb');
pair('has', 'have', 'verb');
pair('does', 'do', 'verb');
pair("doesn't", "don't", 'verb');
pair("hasn't", "haven't", 'verb');
pair("wasn't", "weren't", 'verb');
pair("isn't", "aren't", 'verb');
// 3. Homophones of the pronouncing dictionary.
const bySound = new Map<string, string[]>();
for (const [word, phones] of Object.entries(cmu)) {
  const w = word.replace(/\(\d+\)$/, '');
  if (!COMMON.has(w) || (unigram.get(w) ?? 0) < 3) continue;
  const key = phones.replace(/[012]/g, '');
  const list = bySound.get(key) ?? [];
  if (!list.includes(w)) list.push(w);
  bySound.set(key, list);
}
for (const list of bySound.values()) {
  if (list.length < 2 || list.length > 4) continue;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i], list[j]];
      // Spellings of one word ("travelled"/"traveled", "fog"/"fogg") and names are not confusions.
      if (variant(a, b) || majorTag(a) === 'name' || majorTag(b) === 'name') continue;
      pair(a, b, 'homophone');
    }
  }
}
// 4. Adverbs that lost their -ly: "she walked slow", "breathing heavy".
for (const w of COMMON) {
  const ly = w.endsWith('y') ? `${w.slice(0, -1)}ily` : w.endsWith('le') ? `${w.slice(0, -1)}y` : `${w}ly`;
  // One way: the adjective written for the adverb, not "wildly" for "wild".
  if (COMMON.has(ly) && (unigram.get(w) ?? 0) >= 5 && (unigram.get(ly) ?? 0) >= 5 && majorTag(w) === 'adj' && majorTag(ly) === 'adv')
    pair(w, ly, 'adverb', false);
}
// 4b. Verb forms after "did", a modal or "to" ("did they forked", "can be began" aside): the base
// form of a past, regular or irregular; and a base after a subject where the past belongs
// ("yesterday she walk home"). Both one way, and only beside an auxiliary or a subject (the
// runtime's gate, `detect.ts`): the model decides which form the neighbours want.
// A past that is usually another word ("ground", "had", "left" as an adjective) is left out.
const isPast = (w: string) => ['vbd', 'vbn'].includes(majorTag(w) ?? '');
/**
 * Whether Brown tags a word as a base form: mostly, or often enough (five times, a fifth of its
 * uses): "change", "need", "use" are nouns more often than verbs, and "did not changed" wants
 * them all the same.
 */
function usedAsBase(w: string): boolean {
  if (majorTag(w) === 'vb') return true;
  const m = tagOf.get(w);
  if (!m) return false;
  const vb = m.get(CLASS_NAMES.indexOf('vb')) ?? 0;
  const all = [...m.values()].reduce((a, b) => a + b, 0);
  return vb >= 5 && vb * 5 >= all;
}
/** How often Brown tags a word as a base form. */
const baseCount = (w: string) => tagOf.get(w)?.get(CLASS_NAMES.indexOf('vb')) ?? 0;
const pastOnly: string[] = [];
for (const v of irregularVerbs().values()) {
  for (const past of v.past) {
    if (past === v.base || !isPast(past)) continue;
    pair(past, v.base, 'verb-base', false);
    pair(v.base, past, 'verb-past', false);
  }
}
for (const w of COMMON) {
  if (!w.endsWith('ed') || w.length < 5) continue;
  if (!isPast(w)) continue;
  const s = w.slice(0, -2);
  const stems = [s, w.slice(0, -1)];
  if (s.length > 2 && s[s.length - 1] === s[s.length - 2]) stems.push(s.slice(0, -1));
  if (s.endsWith('i')) stems.push(`${s.slice(0, -1)}y`);
  for (const base of stems) {
    if ((unigram.get(base) ?? 0) < 5) continue;
    if (usedAsBase(base)) {
      pair(w, base, 'verb-base', false);
      pair(base, w, 'verb-past', false);
    } else if (baseCount(base) >= 5 && majorTag(w) === 'vbd') {
      // A base Brown tags mostly as another word ("like", "open", "miss": a preposition, an
      // adjective, a title) is no slip for its past, but its past, mostly a simple past (not a
      // participle: "concerned" is 4c's), is one for it where grammar wants the base ("didn't
      // liked", "to opened the door"): that way only.
      pastOnly.push(w);
      pair(w, base, 'verb-base', false);
    }
  }
}
console.log(`verb-base, one way: ${pastOnly.join(' ')}`);
// 4e. Agreement of a verb with a personal pronoun before it ("she write", "they writes"): each
// base and its third person singular, both ways; only after a personal pronoun that the other
// form agrees with (the runtime's gate, `detect.ts`). A base that is also a past ("cut", "put")
// or mostly another word is left out, as are "do", "be", "have" (their own pairs, above).
const thirdPerson = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(w) ? `${w}es` : `${w}s`);
const tagShare = (w: string, tag: string) => {
  const m = tagOf.get(w);
  if (!m) return 0;
  const all = [...m.values()].reduce((a, b) => a + b, 0);
  return (m.get(CLASS_NAMES.indexOf(tag as (typeof CLASS_NAMES)[number])) ?? 0) / all;
};
const agreeing: [string, string][] = [];
const oneWay: [string, string][] = [];
// The bases whose past Brown tags as one, regular ("worked", "studied", "boxed") or irregular
// ("flew"): verbs, however often Brown writes the base as a noun ("work", "study", "box"). Their
// third person may be mostly a noun too ("works", "repairs"): after a personal pronoun as its
// subject (the runtime's gate) neither stands as one.
const pastOf = (w: string) => [`${w}ed`, `${w}d`, `${w}${w[w.length - 1]}ed`, /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : ''];
const hasPast = new Set<string>();
for (const v of irregularVerbs().values()) if (v.past.some((p) => p !== v.base && isPast(p))) hasPast.add(v.base);
for (const w of COMMON) if (pastOf(w).some((p) => p !== '' && COMMON.has(p) && isPast(p))) hasPast.add(w);
// A base that is its own past ("let", "put", "cut") after "he" is a past as often ("Still he let
// Eileen treat him"): only its third person is a slip for it ("they lets").
const ownPast = new Set([...irregularVerbs().values()].filter((v) => v.past.includes(v.base)).map((v) => v.base));
// A base that is also its participle, never its past ("come", "become", "run": "has come"): after
// "he" it may be a dialect's past ("he come home"), but its third person is a slip for it after a
// modal, "to" or "they" ("will comes", "they comes"): that way only.
const participleOnly: [string, string][] = [];
for (const w of COMMON) {
  if ((unigram.get(w) ?? 0) < 5 || ['do', 'be', 'have'].includes(w)) continue;
  if (tagShare(w, 'vbd') + tagShare(w, 'vbn') > 0.1) {
    const z = thirdPerson(w);
    if (tagShare(w, 'vbd') <= 0.1 && tagShare(w, 'vb') >= 0.3 && (unigram.get(z) ?? 0) >= 5 && tagShare(z, 'vbz') >= 0.5 && tagShare(w, 'modal') === 0) {
      participleOnly.push([z, w]);
      pair(z, w, 'verb-agree', false);
    }
    continue;
  }
  const z = thirdPerson(w);
  if ((unigram.get(z) ?? 0) < 5 || (tagShare(z, 'vbz') < 0.3 && !(hasPast.has(w) && tagShare(w, 'vb') > 0))) continue;
  if ((usedAsBase(w) || hasPast.has(w)) && tagShare(w, 'modal') === 0 && !['need', 'dare'].includes(w) && !ownPast.has(w)) {
    agreeing.push([w, z]);
    pair(w, z, 'verb-agree');
  } else if (tagShare(w, 'vb') > 0) {
    // A base that is mostly another word ("like", a preposition; "need", a modal too: "he need
    // not") is no slip for its third person ("what is he like?"), but its third person, mostly a
    // verb, is one for it ("I likes", "I don't needs"): that way only.
    oneWay.push([z, w]);
    pair(z, w, 'verb-agree', false);
  }
}
console.log(`verb-agree: ${agreeing.length} pairs, and ${oneWay.length} one way: ${oneWay.map(([z, w]) => `${z}→${w}`).join(' ')}`);
console.log(`verb-agree, participles: ${participleOnly.map(([z, w]) => `${z}→${w}`).join(' ')}`);
// 4d. A noun written for the verb it is spelled beside ("I belief in you", "we breath", "would
// advice", "you intent to"): the noun's ending for the verb's, by the spelling rules that pair
// them in English; both common, the noun mostly a noun and the verb often a base. One way, and
// only after a modal, "do", "to" or a personal pronoun (the runtime's gate, `detect.ts`), where a
// base form belongs and a bare noun seldom stands.
const NOUN_VERB: [RegExp, string][] = [
  [/ce$/, 'se'], // advice → advise, device → devise
  [/f$/, 've'], // belief → believe, relief → relieve, grief → grieve
  [/fe$/, 've'], // life → live, strife → strive
  [/th$/, 'the'], // breath → breathe, bath → bathe, cloth → clothe
  [/t$/, 'd'], // intent → intend, extent → extend, descent → descend
  [/sis$/, 'size'], // emphasis → emphasize, hypothesis → hypothesize
  [/ss$/, 'se'], // loss → lose
];
const nounVerb: [string, string][] = [];
for (const w of COMMON) {
  // Never a verb itself: "comment", "leaf" ("leaf through") are verbs as written.
  if ((unigram.get(w) ?? 0) < 5 || majorTag(w) !== 'noun' || (tagOf.get(w)?.get(CLASS_NAMES.indexOf('vb')) ?? 0) > 1) continue;
  for (const [end, to] of NOUN_VERB) {
    if (!end.test(w)) continue;
    const v = w.replace(end, to);
    if (v !== w && (unigram.get(v) ?? 0) >= 5 && usedAsBase(v) && majorTag(v) !== 'noun') nounVerb.push([w, v]);
  }
}
for (const [n, v] of nounVerb) {
  pair(n, v, 'noun-verb', false);
  // The kind is this one even where the table or a classic pair named the two first: the gate,
  // not the neighbours alone, is what tells the noun from the verb.
  kinds.set(`${n} ${v}`, 'noun-verb');
}
console.log(`noun-verb: ${nounVerb.map(([n, v]) => `${n}→${v}`).join(' ')}`);
// 4c. A participle read as an adjective after "be" that lost its -ed ("I am concern", "he's
// bias", "is this suppose to"): one way, from a base to its -ed form when both are common and
// the -ed form is mostly a participle or an adjective; only after a form of "be" (the runtime's
// gate). The bases 4b pairs already ("worry", "suppose") keep their `verb-past`, which the same
// gate lets in.
for (const w of COMMON) {
  if (!w.endsWith('ed') || w.length < 6 || (unigram.get(w) ?? 0) < 5) continue;
  if (!['vbn', 'adj'].includes(majorTag(w) ?? '')) continue;
  const s = w.slice(0, -2);
  for (const base of [s, w.slice(0, -1)]) if ((unigram.get(base) ?? 0) >= 5 && base.length >= 4) pair(base, w, 'participle', false);
}
// 5. Real words one typing edit away: a letter dropped, doubled, swapped, or an adjacent key.
const KEYS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEAR = new Map<string, string>();
for (let r = 0; r < KEYS.length; r++) {
  for (let i = 0; i < KEYS[r].length; i++) {
    const around = [KEYS[r][i - 1], KEYS[r][i + 1], KEYS[r - 1]?.[i], KEYS[r - 1]?.[i + 1], KEYS[r + 1]?.[i], KEYS[r + 1]?.[i - 1]];
    NEAR.set(KEYS[r][i], around.filter(Boolean).join(''));
  }
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function edits(w: string): Map<string, string> {
  const out = new Map<string, string>();
  // Any other letter, or one more letter ("thing" for "think", "fell" for "feel", "every" for
  // "ever"): rarer slips than an adjacent key, so the kinds below overwrite these.
  if (w.length >= 4) {
    for (let i = 0; i <= w.length; i++) {
      for (const k of LETTERS) {
        if (i < w.length && k !== w[i]) out.set(w.slice(0, i) + k + w.slice(i + 1), 'sub');
        out.set(w.slice(0, i) + k + w.slice(i), 'insert');
      }
    }
  }
  for (let i = 0; i < w.length; i++) {
    out.set(w.slice(0, i) + w.slice(i + 1), 'drop');
    if (i + 1 < w.length) out.set(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), 'swap');
    out.set(w.slice(0, i + 1) + w[i] + w.slice(i + 1), 'double');
    for (const k of NEAR.get(w[i]) ?? '') out.set(w.slice(0, i) + k + w.slice(i + 1), 'key');
  }
  return out;
}
// Both words of a typing-edit pair must be common: a rare word is more often a typo than a choice.
const TYPO_MIN = 20;
const TYPO_ANY_MIN = 150;
const frequent = [...COMMON].filter((w) => (unigram.get(w) ?? 0) >= TYPO_MIN && w.length >= 2 && !w.includes("'"));
for (const w of frequent) {
  for (const [e, kind] of edits(w)) {
    // One-letter words and the noise of very short ones: "a"/"i" are not typos of each other.
    // Short words are a letter away from a dozen others ("in": on, an, is, it, if): their
    // neighbours cannot tell a typo from a choice, and scoring them all costs. A typing edit is a
    // candidate between words of three letters or more, one of them four or more ("form"/"from").
    if (e.length < 3 || w.length < 3 || Math.max(e.length, w.length) < 4 || (unigram.get(e) ?? 0) < TYPO_MIN) continue;
    // Inflections are not typos: "walk"/"walks", "look"/"looked" are decided by grammar.
    if (e === `${w}s` || w === `${e}s` || e === `${w}d` || w === `${e}d`) continue;
    // A dropped final "g" after "in" is eye dialect, written on purpose ("nothin", "doin",
    // "somethin" in a narrator's voice): never a slip to second-guess.
    if (w === `${e}g` && e.endsWith('in')) continue;
    // One way: `e` is what was typed for `w` ("from" typed with a letter dropped is "form"). The
    // most frequent words ("the", "and") are not second-guessed by a typing edit: scoring their
    // every neighbour costs more than the rare "hand" typed as "and" is worth.
    if ((unigram.get(e) ?? 0) > 20_000) continue;
    // A letter of any key, or one more letter, only between common words of four letters or more:
    // there are many more such pairs than adjacent-key ones, most of them never confused.
    if ((kind === 'sub' || kind === 'insert') && (e.length < 4 || (unigram.get(e) ?? 0) < TYPO_ANY_MIN || (unigram.get(w) ?? 0) < TYPO_ANY_MIN)) continue;
    pair(e, w, `typo-${kind}`, false);
  }
}

/** Whether one word is the other with one letter doubled: a spelling variant, not another word. */
function variant(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

// 6. A rare word typed for a far more frequent one, one edit away ("bough" for "bought",
// "theses" for "these", "confidant" for "confident"; issue #15, fourteenth round): the typing
// edits above need both words seen 20 times in the training text, so a word the training text
// hardly has is never second-guessed, though it is the likelier slip. Here the written word is
// any word of the word list rarer than that in the training text, and the word meant is seen 20
// times there and `RARE_RATIO` times as often as it in SUBTLEX: kind `typo-rare`, one way. Not a
// name (capitalised in the subtitles mostly), a spelling variant, an inflection of the word
// meant, or dialect's dropped "g".
const RARE_RATIO = 10;
// Only where grammar may want the common word (`rareSlot` in context/candidates.ts): a
// determiner or a possessive ("theses apples"), a past, a participle, a third person or an
// adjective ("he bough", "was confidant"); and of another part of speech than the rare word (two
// nouns, two verbs fit the same places: "a pail of", "had stared").
const RARE_WANTED = new Set((['det', 'poss', 'vbd', 'vbn', 'vbz', 'adj'] as const).map((c) => CLASS_NAMES.indexOf(c)));
const classOfWord = (w: string) => usual.get(w) ?? guessClass(w);
const partOfSpeech = (w: string) => {
  const c = CLASS_NAMES[classOfWord(w)];
  return ['vb', 'vbd', 'vbn', 'vbz', 'vbg'].includes(c) ? 'verb' : c === 'name' ? 'noun' : c;
};
const RARE_MAX = TYPO_MIN;
const wordList = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const lowercaseSubtlex = new Map<string, number>();
for (const { word, count } of subtlex) if (word === word.toLowerCase()) lowercaseSubtlex.set(word, (lowercaseSubtlex.get(word) ?? 0) + count);
const localePairs = new Set(LOCALE_PAIRS.split('\n').flatMap((l) => [l, l.split(' ').reverse().join(' ')]));
/** The written words of the `typo-rare` pairs: the vocabulary holds them even where the training text never has them. */
export const rareWords = new Set<string>();
/** Whether `e` is `w` inflected (or `w` is `e` inflected): "walks" for "walk" is grammar, not a slip; "theses" is no plural of "these". */
function inflected(e: string, w: string): boolean {
  const [short, long] = e.length < w.length ? [e, w] : [w, e];
  if (!['s', 'es', 'd', 'ed'].some((end) => long === short + end)) return false;
  return ['noun', 'vb', 'vbd', 'vbn', 'vbz', 'adj'].includes(majorTag(short) ?? 'noun');
}
for (const w of frequent) {
  const sw = spoken.get(w) ?? 0;
  if (w.length < 4 || majorTag(w) === 'name' || !RARE_WANTED.has(classOfWord(w))) continue;
  for (const e of allEdits(w)) {
    if (e.length < 4 || !wordList.has(e) || (unigram.get(e) ?? 0) >= RARE_MAX || kinds.has(`${e} ${w}`)) continue;
    const se = spoken.get(e) ?? 0;
    if (se < 1 || (lowercaseSubtlex.get(e) ?? 0) * 2 < se || sw < RARE_RATIO * se) continue;
    if (partOfSpeech(e) === partOfSpeech(w) || inflected(e, w) || (w === `${e}g` && e.endsWith('in')) || variant(e, w) || localePairs.has(`${e} ${w}`))
      continue;
    let s = pairs.get(e);
    if (!s) pairs.set(e, (s = new Set()));
    s.add(w);
    // The kind carries the prior, the log of how much more often SUBTLEX has the word meant (to a
    // half): the training text is too small to count the rare word, and fiction's words are rarer there.
    kinds.set(`${e} ${w}`, `typo-rare${Math.round(2 * Math.log(sw / se)) / 2}`);
    rareWords.add(e);
  }
}
console.log(`typo-rare: ${[...rareWords].length} rare words`);

/** Every word one letter away from `w` (dropped, swapped, any other, one more), whatever the keyboard. */
function allEdits(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    for (const k of LETTERS) {
      if (i < w.length && k !== w[i]) out.add(w.slice(0, i) + k + w.slice(i + 1));
      out.add(w.slice(0, i) + k + w.slice(i));
    }
  }
  for (let i = 0; i < w.length; i++) {
    out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  }
  return out;
}
