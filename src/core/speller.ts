/**
 * The Hunspell speller: nspell over a dictionary the host loads (the language server and the CLI
 * read `dictionary-en` from disk; the web build bundles it). The core never touches a file.
 */

import nspell from 'nspell';

/** A spelling engine: the one port analysis needs for words. */
export interface Speller {
  /** Whether the dictionary knows `word` as written (case rules included: "english" is wrong). */
  correct(word: string): boolean;
  /** Replacements, best first. Slow (tens of ms): call lazily. */
  suggest(word: string): string[];
}

/** Hunspell affix and dictionary data, as text or bytes. */
export interface DictionaryData {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}

/** Builds a speller (~0.15 s for en-US); look-ups and suggestions are memoized. */
export function createSpeller(dictionary: DictionaryData): Speller {
  const engine = nspell({ aff: asText(dictionary.aff), dic: asText(dictionary.dic) });
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
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
    suggest(word: string): string[] {
      let list = suggestions.get(word);
      if (!list) {
        list = engine.suggest(word);
        suggestions.set(word, list);
      }
      return list.slice();
    },
  };
}
