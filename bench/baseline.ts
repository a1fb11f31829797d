/**
 * The baseline: what a writer gets from the stock unified pipeline, retext + retext-english +
 * retext-spell with `dictionary-en` and default options, on the same corpus in the same process.
 * It only checks spelling (and parses into nlcst first), so it is the floor of "a prose checker
 * in JavaScript", not a competitor with the same rules; the ratio says what our extra rules and
 * our own model cost, or save.
 *
 * These packages are ESM-only and `dictionary-en` uses top-level await, so they are loaded with
 * dynamic `import()` (which tsx keeps native) rather than `require`.
 */

export interface BaselineResult {
  /** Importing `dictionary-en` (reading the .aff/.dic), ms. */
  dictionaryLoadMs: number;
  /** `freeze()`: retext-spell builds its nspell checker when the plugin is attached, ms. */
  spellerBuildMs: number;
  /**
   * `process(corpus)` with the checker built and nothing else warm: parse + spell, including
   * retext-spell's default suggestions for the first 30 misspellings (its `max`), ms.
   */
  coldMs: number;
  /** Messages (unknown words) the baseline reported. */
  messages: number;
  /** retext + retext-english alone on the same text, after the run above (parser JIT-warm), ms. */
  parseOnlyMs: number;
}

export async function runBaseline(text: string): Promise<BaselineResult> {
  let t = performance.now();
  const dictionary = (await import('dictionary-en')).default;
  const dictionaryLoadMs = performance.now() - t;
  const { retext } = await import('retext');
  const retextEnglish = (await import('retext-english')).default;
  const retextSpell = (await import('retext-spell')).default;

  const processor = retext().use(retextEnglish).use(retextSpell, dictionary);
  t = performance.now();
  processor.freeze();
  const spellerBuildMs = performance.now() - t;

  t = performance.now();
  const file = await processor.process(text);
  const coldMs = performance.now() - t;

  const parser = retext().use(retextEnglish);
  t = performance.now();
  parser.runSync(parser.parse(text));
  const parseOnlyMs = performance.now() - t;

  return { dictionaryLoadMs, spellerBuildMs, coldMs, messages: file.messages.length, parseOnlyMs };
}
