/**
 * A story file's words no tier knows, for the story's other files (`ResolvedOptions.externalWords`):
 * from an analysis (`AnalysisResult.storyWords`) or, for a file no editor has open, from the
 * spelling rule's check alone.
 */

import { buildModel, type DocumentModel } from '../model/document';
import { resolveOptions } from '../options';
import { spelling } from '../rules/spelling';
import type { RawFinding } from '../rules/types';
import type { Speller } from '../speller';

/** Counts into `words` the lowercase words no tier knows among a paragraph rule's findings (before `finalize`). */
export function addStoryWords(words: Map<string, number>, raw: readonly RawFinding[]): void {
  for (const f of raw) {
    if (!f.data?.coinable) continue;
    const word = String(f.data.word).toLowerCase().replace(/’/g, "'");
    words.set(word, (words.get(word) ?? 0) + 1);
  }
}

/**
 * The lowercase words no tier knows in `text`, with how often each is found: what its analysis's
 * `storyWords` would be. `model` is the text's, when the caller has built it.
 */
export function storyWordsOf(text: string, speller: Speller, model: DocumentModel = buildModel(text)): Map<string, number> {
  const options = resolveOptions({ speller });
  const words = new Map<string, number>();
  for (const p of model.paragraphs) addStoryWords(words, spelling.check(p, options));
  return words;
}
