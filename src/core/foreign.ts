/**
 * Foreign phrases in English prose: "fille de chambre", "Vous voulez vos petits dejeuners", "Y que
 * sigue despues", "Sie lacheln, die Schwarzen Hexen". Told by their function words (articles,
 * pronouns, prepositions: `data/foreign-words.generated.ts`, from stopwords-iso), which English
 * never writes, so a misspelled English word is not taken for one unless a foreign function word
 * stands right beside it.
 */

import { FOREIGN_FUNCTION_WORDS } from './data/foreign-words.generated';

let functionWords: ReadonlySet<string> | undefined;

/** Whether `lower` (lowercase) is a function word of a language English fiction quotes, and no English word. */
export function isForeignFunctionWord(lower: string): boolean {
  functionWords ??= new Set(FOREIGN_FUNCTION_WORDS.split(' '));
  return functionWords.has(lower);
}
