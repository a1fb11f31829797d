/**
 * Properties of the core that must hold for any text a writer can paste, checked with fast-check
 * over fanfic-shaped text and raw Unicode (`test/support/arbitraries.ts`). They hold for whatever
 * rules are registered: nothing here names a rule.
 *
 * `npm test` runs 1,000 cases a property. `npx tsx scripts/fuzz.ts --runs 100000` runs the same
 * properties longer, `--every-fix` makes the fix property try every fix (slow: ~0.2 s for each new
 * spelling suggestion), and `--only <name> --seed <s> --path <p>` replays a printed failure. Add
 * the shrunk counterexample to `regressions.test.ts` with the fix.
 */

import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import {
  analyze,
  type AnalyzeOptions,
  Analyzer,
  createSpeller,
  type DocumentModel,
  type Finding,
  outline,
  outlineOf,
  stats,
  statsOf,
  suggest,
} from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { applyEdit, editArb, params, storyArb, storyConfigArb, textArb } from '../support/arbitraries';
import { applyFix, checkFindings, checkModel, checkOutline, checkStats, sameFindingAfterFix } from '../support/invariants';
import { CHEAP_TO_SUGGEST, JUNK } from '../support/text-pools';

// One speller for the file: building it costs ~0.15 s, and it memoizes look-ups across cases.
const speller = createSpeller(loadDictionary('en-US'));
// A counterexample prints it by name, not as the source of its methods.
Object.defineProperty(speller, fc.toStringMethod, { value: () => 'speller(en-US)' });
const RUNS = 1000;
/** The long fuzz run (`scripts/fuzz.ts --every-fix`) applies every fix and fills every lazy suggestion. */
const EVERY_FIX = process.env.FANFIC_FUZZ_EVERY_FIX === '1';

/**
 * Throws unless `actual` deep-equals `expected`. Not `assert.deepEqual`: its failure message diffs
 * the two values, which for a few hundred findings takes seconds, and fast-check fails hundreds of
 * times while it shrinks. The first differing element is enough to go on.
 */
function same<T>(actual: T, expected: T, message: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  let detail = '';
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const i = actual.findIndex((a, k) => !isDeepStrictEqual(a, expected[k]));
    const at = i < 0 ? Math.min(actual.length, expected.length) : i;
    detail = ` (lengths ${actual.length} and ${expected.length}; first difference at ${at}: ${JSON.stringify(actual[at])} vs ${JSON.stringify(expected[at])})`;
  }
  throw new Error(`${message}${detail}`);
}

/**
 * Options a case runs with: the speller always (so spelling runs if registered), sometimes a story
 * config, user words, or a findings cap low enough to be reached (its notice is a finding too).
 */
const optionsArb: fc.Arbitrary<AnalyzeOptions> = fc
  .record(
    {
      story: storyConfigArb,
      userWords: fc.subarray(['Hermoine', 'gonna', 'Sauske', 'alot']),
      maxFindings: fc.constantFrom(1, 3, 100),
    },
    { requiredKeys: [] },
  )
  .map((options) => ({ speller, ...options }));

describe('properties: any text', () => {
  test('analyze never throws and every finding range lies inside the text, splitting no surrogate pair or CRLF', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        checkFindings(text, analyze(text, options));
      }),
      params(RUNS),
    );
  });

  test('outline never throws; children lie inside their parents and selection ranges inside their nodes', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        checkOutline(text, outline(text));
      }),
      params(RUNS),
    );
  });

  test('stats never throws and its counts are whole, non-negative and consistent; model ranges are valid', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        checkStats(stats(text));
        checkModel(text);
      }),
      params(RUNS),
    );
  });

  test('applying a finding’s first suggestion and re-analyzing never reports the same finding at the same place', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, capped) => {
        // Uncapped: a cap could hide the finding a bad fix leaves behind.
        const options = { ...capped, maxFindings: undefined };
        const findings = analyze(text, options);
        // Each fix is applied alone to the original text and re-analyzed by one Analyzer (the
        // cache property shows it answers as a fresh one would; it re-reads only the touched
        // paragraph). Lazy (spelling) suggestions are filled in as a code action would.
        const analyzer = new Analyzer(options);
        const perRule = new Map<string, number>();
        for (const raw of findings) {
          if (!EVERY_FIX) {
            // `npm test` samples: two fixes a rule a case, and suggestions only for words whose
            // (slow) suggestions are memoized after their first ask.
            if (raw.lazy && !CHEAP_TO_SUGGEST.has(String(raw.data?.word))) continue;
            const n = (perRule.get(raw.rule) ?? 0) + 1;
            perRule.set(raw.rule, n);
            if (n > 2) continue;
          }
          const f: Finding = suggest(raw, speller);
          if (f.suggestions.length === 0) continue;
          const fixed = applyFix(text, f, f.suggestions[0]);
          const again = sameFindingAfterFix(f, analyzer.analyze(fixed).findings);
          if (again) {
            assert.fail(
              `fixing ${f.rule} "${f.message}" at ${JSON.stringify(f.range)} (${JSON.stringify(text.slice(f.range.start, f.range.end))} → ${JSON.stringify(f.suggestions[0])}) leaves it at ${JSON.stringify(again.range)}`,
            );
          }
        }
      }),
      params(RUNS),
    );
  });

  test('analysis is deterministic: the same text gives the same findings, outline and stats, whatever ran before', () => {
    fc.assert(
      fc.property(textArb, textArb, optionsArb, (text, other, options) => {
        const first = analyze(text, options);
        const firstOutline = outline(text);
        const firstStats = stats(text);
        // Another document in between must leave no trace (shared regex state, module caches).
        analyze(other, options);
        same(analyze(text, options), first, 'findings differ on the second analysis');
        same(outline(text), firstOutline, 'the outline differs the second time');
        same(stats(text), firstStats, 'the stats differ the second time');
      }),
      params(RUNS),
    );
  });

  test('an Analyzer reused across edits and option changes gives the same findings as a fresh one (the paragraph cache)', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.array(fc.tuple(editArb, fc.option(optionsArb, { freq: 4 })), { minLength: 1, maxLength: 6 }),
        optionsArb,
        (base, steps, initial) => {
          const reused = new Analyzer(initial);
          let options = initial;
          const history = [base];
          same(reused.analyze(base).findings, new Analyzer(options).analyze(base).findings, 'the first analysis differs');
          for (const [edit, next] of steps) {
            if (next) {
              options = next;
              reused.setOptions(options);
            }
            const text = applyEdit(history, edit);
            history.push(text);
            const got = reused.analyze(text);
            const want = new Analyzer(options).analyze(text);
            same(got.findings, want.findings, `findings differ after ${JSON.stringify(edit)} gave ${JSON.stringify(text)}`);
            same(got.names, want.names, `names differ after ${JSON.stringify(edit)} gave ${JSON.stringify(text)}`);
            same(got.model.lines.starts, want.model.lines.starts, `line starts differ after ${JSON.stringify(edit)} gave ${JSON.stringify(text)}`);
            same(got.model.paragraphs, want.model.paragraphs, `paragraphs differ after ${JSON.stringify(edit)} gave ${JSON.stringify(text)}`);
            const { blocks, chapters, scenes, flashbacks, marks, apostrophe } = got.model;
            same(
              { blocks, chapters, scenes, flashbacks, marks, apostrophe },
              pickShape(want.model),
              `the model's shape differs after ${JSON.stringify(edit)} gave ${JSON.stringify(text)}`,
            );
          }
        },
      ),
      params(RUNS),
    );
  });
});

/** What of a model an edit may move: its blocks, chapters, scenes, flashbacks and marks. */
function pickShape({ blocks, chapters, scenes, flashbacks, marks, apostrophe }: DocumentModel) {
  return { blocks, chapters, scenes, flashbacks, marks, apostrophe };
}

/** Checks the three entry points on one text, sharing one model: `outline`/`stats` are `outlineOf`/`statsOf` of it. */
function checkEverything(text: string): void {
  const result = new Analyzer({ speller }).analyze(text);
  checkFindings(text, result.findings);
  checkOutline(text, outlineOf(result.model));
  checkStats(statsOf(result.model));
}

describe('extreme inputs (examples too big for a property)', () => {
  test('one-character files: every Latin-1 character, surrogate halves, pairs, and a sample of the BMP', () => {
    const units = new Set<number>();
    for (let c = 0; c <= 0xff; c++) units.add(c);
    for (let c = 0x100; c <= 0xffff; c += 61) units.add(c);
    for (const c of [0x2028, 0x2029, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff]) units.add(c);
    const texts = [...units].map((c) => String.fromCharCode(c));
    for (const text of [...texts, '😀', '\ud83d\ude00\u0301', '\r\n', ...JUNK]) {
      checkFindings(text, analyze(text, { speller }));
      checkOutline(text, outline(text));
      checkStats(stats(text));
    }
  });

  test('a 5 MB single line of fanfic prose (dialogue, thoughts, emoji, RTL, NUL, repeats) is analyzed in linear time', () => {
    const chunk =
      "She said \"Wait.\" Hermione's wand 😀 glowed; “Ron didn’t,” he said. 'Typical.' She thought. The the end. " +
      'H- Harry I-I know, Wh- what’s wrong? שלום e\u0301 \u0000\u202e (A/N: sorry) Flashback : warm. End flashback. "Stop" She said ';
    const text = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    const started = performance.now();
    checkEverything(text);
    // Linear work is ~10 s on a slow 2-core machine; a quadratic path is hours. The bound is loose
    // on purpose: it catches a return of the quadratic scans, not a slow CI runner.
    assert.ok(performance.now() - started < 120_000, `took ${Math.round(performance.now() - started)} ms`);
  });

  test('thousands of unbalanced quotes, thought openers, flashback markers and notes', () => {
    const n = 5000;
    const texts = [
      '"'.repeat(n),
      '“'.repeat(n),
      '”'.repeat(n),
      '"a '.repeat(n),
      '“a '.repeat(n),
      "'a ".repeat(n),
      '‘a '.repeat(n),
      "'Cause ".repeat(n),
      '*a '.repeat(n),
      '(A/N: x '.repeat(n),
      'Flashback:\n\n'.repeat(n),
      'Flashback : she ran. '.repeat(n),
      'End flashback.\n'.repeat(n),
      '***\nFlashback\nShe ran.\n'.repeat(n),
      '*Flashback*\r\n"She ran,\r\n'.repeat(n),
      'A/N: hi\nChapter 1\nShe ran.\n\n'.repeat(n),
      '**Hermione’s POV**\r'.repeat(n),
      'the\rthe\r'.repeat(n),
      '\r'.repeat(n),
      '\r\n'.repeat(n),
      '\u0000'.repeat(n),
      '\ud83d'.repeat(n),
    ];
    for (const text of texts) checkEverything(text);
  });
});
