/**
 * Whether "were" after "I", "he" or "she" inside a sentence ("the implication that he
 * were anything else", "when he were a kid", "I were dressing") is a slip for "was": it is, unless
 * a word that opens a subjunctive or an unreal comparison stands before it in its sentence ("if he
 * were", "as though she were", "in case she were", "I wish it were", "whether it were", "like he were", "as it were").
 * Apart from `grammar.ts`, which reads it for `agreesInstead`.
 */

import { STOPS, type Words } from '../patterns';

/** The words after which a sentence's "were" may be a subjunctive's. */
const UNREAL =
  /^(?:if|though|as|like|whether|unless|lest|wish|wishes|wished|wishing|suppose|supposing|imagine|imagines|imagined|imagining|pretend|pretends|pretended|pretending|rather|even|case)$/;

/** Whether no word of `UNREAL` stands in word `p`'s sentence before it (its sentence's start up to `p`). */
export function indicativeWere(words: Words, p: number): boolean {
  for (let q = p - 1; q >= 0 && !words.is(q + 1, STOPS); q--) if (UNREAL.test(words.word(q))) return false;
  return true;
}
