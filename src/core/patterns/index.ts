/**
 * The context-pattern engine: a tiny language for "the words around a suspect" (`to _`,
 * `@modal _ @det|@poss`, `_ $|to|for`), compiled once and matched lazily over a paragraph's
 * tokens. Rules own their tables; this engine owns the language (as Harper keeps `expr/` apart
 * from its rules). The language is described in `data/confusables.ts`.
 */

export { compilePattern, gatesOf, mayBe, mayOpen, type Gates, type Pattern } from './pattern';
export { parseStep, type Step } from './step';
export { BROKEN, CLOSES, COMMA, OPENS, SENTENCE, STOPS, Words, spacedBefore } from './words';
