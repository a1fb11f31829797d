/**
 * The Hunspell speller: nspell over a dictionary the host loads (the language server and the CLI
 * read `dictionary-en` from disk; the web build bundles it). The core never touches a file.
 */

import nspell from 'nspell';
import { formsEngine } from './hunspell-forms';
import { candidatesOf, rankCandidates, withStory } from './ranking';
import { parseWordList, type WordList } from './wordlist';

/** A spelling engine: the one port analysis needs for words. */
export interface Speller {
  /** Whether the dictionary knows `word` as written (case rules included: "english" is wrong). */
  correct(word: string): boolean;
  /**
   * Replacements, best first: Hunspell's and the word list's candidates ranked by likelihood
   * (`ranking.ts`). Slow (tens of ms): call lazily. `story` (the story's words and names with
   * their counts) puts the story's own forms first when they fit. Cached per word.
   */
  suggest(word: string, story?: ReadonlyMap<string, number>): string[];
  /**
   * The word list's candidates for `word`, ranked as `suggest` ranks them, without Hunspell's own
   * suggestions (which cost up to half a second for a long word far from every other): for what a
   * check decides while it runs ("does this respelling sound like a common word?"), never for
   * the fixes offered. Cached per word; without a list, `suggest`'s.
   */
  likely?(word: string): string[];
  /** Whether the second tier (the large word list) knows `word`; false without a list. */
  listed?(word: string): boolean;
  /** The word's frequency (two times Zipf; 0 unknown or without a list). */
  frequency?(word: string): number;
  /** Whether the list has `word` only as a weak word (rare, often a typo too: "sice", "thar"). */
  weak?(word: string): boolean;
  /** The list's common lowercase words (frequency ≥ 8, about 15,000) with their frequency; built once. */
  common?(): ReadonlyMap<string, number>;
  /**
   * The list's common capitalized words ("Wednesday", "America"; frequency ≥ 7, about 700), keyed by
   * their lowercase, with their frequency; built once, when first asked.
   */
  commonNames?(): ReadonlyMap<string, number>;
}

/** Hunspell affix and dictionary data, as text or bytes. */
export interface DictionaryData {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
  /** The second-tier word list (`data/wordlist.txt`), parsed on first use; spelling is stricter without it. */
  words?: string | Uint8Array;
  /**
   * The dictionary's forms, its affixes applied (`data/hunspell-forms/<locale>.txt`, see
   * `hunspell-forms.ts`): the speller then skips nspell's dictionary build. Ignored when built
   * from other `aff` and `dic` texts.
   */
  forms?: string | Uint8Array;
}

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}

/** The frequency from which `common()` holds a word (2·Zipf 8: about 3 in 10 million words). */
const COMMON = 8;
/** The frequency from which `commonNames()` holds a capitalized word (2·Zipf 7: "February", "Albany"). */
const COMMON_NAME = 7;

/** Builds a speller (~0.15 s for en-US); look-ups and suggestions are memoized. */
/** `cache`'s entry for `word`, made by `make` when it has none (emptied past 20,000 words). */
function memo<V>(cache: Map<string, V>, word: string, make: () => V): V {
  let value = cache.get(word);
  if (value === undefined) {
    value = make();
    if (cache.size > 20_000) cache.clear();
    cache.set(word, value);
  }
  return value;
}

export function createSpeller(dictionary: DictionaryData): Speller {
  const aff = asText(dictionary.aff);
  const dic = asText(dictionary.dic);
  const engine = (dictionary.forms !== undefined ? formsEngine(aff, dic, asText(dictionary.forms)) : undefined) ?? nspell({ aff, dic });
  // Only the word list's text is kept (until parsed), not the Hunspell files.
  let wordsText = dictionary.words;
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  const quick = new Map<string, string[]>();
  let list: WordList | undefined;
  let common: Map<string, number> | undefined;
  let commonNames: Map<string, number> | undefined;
  const words = (): WordList | undefined => {
    if (!list && wordsText !== undefined) {
      list = parseWordList(asText(wordsText));
      wordsText = undefined;
    }
    return list;
  };
  const accept = (w: string): boolean => engine.correct(w) || Boolean(words()?.has(w));
  // The costly part (Hunspell's suggestions, the edit-distance search) is kept per word; the
  // story's words are merged and ranked afresh each time, which is cheap.
  const gathered = new Map<string, { hunspell: string[]; candidates: Map<string, string> }>();
  const ranked = (word: string, story?: ReadonlyMap<string, number>): string[] => {
    const g = memo(gathered, word, () => {
      const hunspell = engine.suggest(word);
      return { hunspell, candidates: candidatesOf(word, words(), { hunspell, accept }) };
    });
    const options = { hunspell: g.hunspell, accept, ...(story ? { story } : {}) };
    return rankCandidates(word, story ? withStory(word, g.candidates, story, accept) : g.candidates, words(), options).slice(0, 10);
  };
  /** Hunspell's and the list's candidates, ranked, cached per word. */
  const suggested = (word: string): string[] => memo(suggestions, word, () => ranked(word));
  return {
    correct(word: string): boolean {
      let ok = known.get(word);
      if (ok === undefined) {
        ok = engine.correct(word);
        if (known.size > 200_000) known.clear();
        known.set(word, ok);
      }
      return ok;
    },
    suggest(word: string, story?: ReadonlyMap<string, number>): string[] {
      // The story's names change with every edit: merged afresh (about a millisecond), not cached.
      // Names only serve a capitalized typo: "steepe" is "steeple", not the story's "Steele".
      if (story && story.size > 0 && /^\p{Lu}/u.test(word)) return ranked(word, story);
      return suggested(word).slice();
    },
    likely(word: string): string[] {
      const list = words();
      if (!list) return suggested(word).slice();
      const found = memo(quick, word, () => {
        const listOnly = { hunspell: [], accept };
        return rankCandidates(word, candidatesOf(word, list, listOnly), list, listOnly).slice(0, 10);
      });
      return found.slice();
    },
    listed(word: string): boolean {
      return Boolean(words()?.has(word));
    },
    frequency(word: string): number {
      return words()?.frequency(word) ?? 0;
    },
    weak(word: string): boolean {
      return Boolean(words()?.weak(word));
    },
    common(): ReadonlyMap<string, number> {
      if (!common) {
        common = new Map();
        const into = common;
        words()?.forEachLower((w, z) => into.set(w, z), COMMON);
      }
      return common;
    },
    commonNames(): ReadonlyMap<string, number> {
      if (!commonNames) {
        commonNames = new Map();
        const into = commonNames;
        // Title-case entries only: "NASA" and "McDonald" are no capitalized form of a lowercase typo.
        words()?.forEachCapitalized((w, z) => {
          if (/^[A-Z][a-z]+$/.test(w)) into.set(w.toLowerCase(), z);
        }, COMMON_NAME);
      }
      return commonNames;
    },
  };
}
