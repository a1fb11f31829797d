/**
 * fast-check arbitraries for the property tests (`test/unit/properties.test.ts`) and the long fuzz
 * run (`scripts/fuzz.ts`), and their fast-check parameters; the invariants both check are in
 * `test/support/invariants.ts`, the pools of literals drawn from in `test/support/text-pools.ts`.
 *
 * Random Unicode alone almost never builds a chapter heading, an inline flashback or a quote that
 * closes three paragraphs later, so most of the text generated here is fanfic-shaped: structural
 * lines in the many shapes of `docs/fanfic-conventions.md`, prose with dialogue, thoughts,
 * apostrophes, stutters, names and real mistakes, joined by every kind of line end, with junk
 * (surrogate pairs, lone surrogates, combining marks, right-to-left text, NUL and other control
 * characters) sprinkled in.
 */

import fc from 'fast-check';
import { RULE_IDS, type StoryConfig } from '../../src/core';
import { JOINERS, JUNK, LINE_ENDS, NAMES, STRUCTURAL, VOICES, WORDS } from './text-pools';

// ─── Arbitraries ──────────────────────────────────────────────────────────────────────────────────

export const junkArb: fc.Arbitrary<string> = fc.constantFrom(...JUNK);

/** A word of prose: mostly the pools, sometimes junk or a short random string. */
const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: junkArb },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A sentence: words joined by spaces, punctuation, dashes and the occasional hard wrap. */
const sentenceArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(wordArb, fc.constantFrom(...JOINERS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, j]) => w + j).join(''));

/** A stretch of prose with a voice (dialogue, thought, emphasis, inline note or flashback). */
const voicedArb: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...VOICES), sentenceArb).map(([voice, s]) => voice(s));

/** A paragraph: voiced stretches run together or hard-wrapped over several lines. */
const paragraphArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(voicedArb, fc.constantFrom(' ', ' ', '', '\n', '\r\n', '\r')), { minLength: 1, maxLength: 5 })
  .map((parts) =>
    parts
      .map(([s, j]) => s + j)
      .join('')
      .trimEnd(),
  );

/** An own-line structural shape, sometimes with stray spaces or decoration around it. */
const structuralArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...STRUCTURAL),
    fc.constantFrom('', '', '', ' ', '   ', '\t', '\u00a0', '\u3000'),
    fc.constantFrom('', '', '', ' ', '  ', '\u2028', '\u202f'),
  )
  .map(([line, before, after]) => before + line + after);

/** One block of a story. */
const blockArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraphArb },
  { weight: 5, arbitrary: structuralArb },
  { weight: 1, arbitrary: junkArb },
  { weight: 1, arbitrary: fc.constant('') },
);

/**
 * A fanfic-shaped document: blocks separated by one to three line ends. Each document picks one
 * line-end style (LF, CRLF, lone CR) or mixes them; it may start with a BOM or end without a
 * final line end.
 */
export const storyArb: fc.Arbitrary<string> = fc
  .record({
    blocks: fc.array(fc.tuple(blockArb, fc.integer({ min: 1, max: 3 }), fc.constantFrom(...LINE_ENDS)), { maxLength: 24 }),
    style: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    bom: fc.constantFrom('', '', '', '', '\ufeff'),
    final: fc.boolean(),
  })
  .map(({ blocks, style, bom, final }) => {
    const text = blocks.map(([b, n, eol]) => b + (style === 'mixed' ? eol : style).repeat(n)).join('');
    return bom + (final ? text : text.replace(/[\r\n]+$/, ''));
  });

/** A story with junk inserted at random places (possibly inside a surrogate pair or a CRLF). */
const mutatedStoryArb: fc.Arbitrary<string> = fc
  .tuple(storyArb, fc.array(fc.tuple(fc.nat(), junkArb), { minLength: 1, maxLength: 6 }))
  .map(([text, inserts]) => {
    let t = text;
    for (const [at, junk] of inserts) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + junk + t.slice(i);
    }
    return t;
  });

/** Tiny files: empty, one character (any code unit, a pair, a lone half), a few characters. */
const tinyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  junkArb,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: fc.constantFrom('"', '“', '”', "'", '‘', '’', '*', '_', '\r', '\n', ' ', 'a', 'A', '-', '~', '#', '.'), maxLength: 8 }),
);

/** Any text a writer can paste: fanfic-shaped mostly, random Unicode, junk-laden, tiny. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: storyArb },
  { weight: 2, arbitrary: mutatedStoryArb },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: tinyArb },
);

/** A story's `fanfic.json`, as `parseStoryConfig` would return it: words, ignores, severities, a roster. */
export const storyConfigArb: fc.Arbitrary<Partial<StoryConfig>> = fc.record(
  {
    words: fc.subarray(['Hogwarts', 'Quidditch', 'hanyou', 'youkai', 'dont', 'Hermoine', "goin'", 'recieve'], { maxLength: 4 }),
    ignore: fc.subarray(['the the', 'Sauske', 'alot', 'could of', 'dont', 'Im'], { maxLength: 3 }),
    rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('off', 'hint', 'information', 'warning', 'error')),
    characters: fc.subarray(
      [
        { name: 'Hermione', variants: ['Hermoine'] },
        { name: 'Sasuke', variants: ['Sauske'], aliases: ['Sasuke-kun'] },
        { name: 'Shippo', variants: ['Shippou'] },
        { name: 'Ryou', variants: ['Ryo'] },
        { name: 'Draco Malfoy', aliases: ['Malfoy'] },
      ],
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** An edit a writer makes: type, delete, paste, undo back to an earlier version. */
export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'undo'; back: number };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(wordArb, paragraphArb, structuralArb, fc.constantFrom(...LINE_ENDS, '\n\n', ' ')),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }), text: wordArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }) },
);

/** Applies `edit` to the latest of `history` (positions wrap around the text), returning the new text. */
export function applyEdit(history: readonly string[], edit: Edit): string {
  const text = history[history.length - 1];
  switch (edit.kind) {
    case 'insert': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'replace': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at + edit.length);
    }
    case 'undo':
      return history[Math.max(0, history.length - 1 - edit.back)];
  }
}

/** The number of fast-check runs: `FANFIC_FUZZ_RUNS` (set by `scripts/fuzz.ts`) or the default. */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.FANFIC_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}

/**
 * fast-check parameters shared by every property: the run count and, to replay a failure exactly,
 * the seed and path it printed (`FANFIC_FUZZ_SEED`, `FANFIC_FUZZ_PATH`; `scripts/fuzz.ts --seed
 * --path` sets them).
 */
export function params(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FANFIC_FUZZ_SEED ? Number(process.env.FANFIC_FUZZ_SEED) : NaN;
  const path = process.env.FANFIC_FUZZ_PATH;
  return {
    numRuns: runs(defaultRuns),
    ...(Number.isInteger(seed) ? { seed } : {}),
    ...(Number.isInteger(seed) && path ? { path } : {}),
  };
}
