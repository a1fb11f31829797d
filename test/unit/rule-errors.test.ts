/**
 * The server recovers from a broken rule: an exception inside one rule is reported through
 * `onRuleError` (the server logs it) and costs only that rule's findings for that paragraph; every
 * other rule, and the same rule on other paragraphs, still reports.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyzer, createSpeller, RULES, type AnalyzeOptions, type Finding, type Rule } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';

const speller = createSpeller(loadDictionary('en-US'));

/** The word that makes the test rules throw. */
const MARKER = 'KABOOM';

/** Every "fine" of a paragraph, as findings. */
const fines = (text: string) => [...text.matchAll(/\bfine\b/g)].map((m) => ({ start: m.index!, end: m.index! + 4, message: '`fine` seen.' }));

/** A paragraph rule that reports every "fine" and throws on a paragraph holding the marker word. */
const throwingRule: Rule = {
  id: 'test-throws',
  description: 'Throws on the marker word; reports "fine" elsewhere.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph) {
    if (paragraph.text.includes(MARKER)) throw new Error(`cannot read ${MARKER}`);
    return fines(paragraph.text);
  },
};

// Three paragraphs; the second holds the marker, and every one has something the real rules report.
const TEXT = [
  'She saw the the cat, and it was fine. "Stop" she said.',
  `${MARKER} went the the door, fine, and Hermoine recieve it.`,
  'He said it was fine and and left.',
].join('\n\n');
const SECOND = TEXT.indexOf(MARKER);
const THIRD = TEXT.lastIndexOf('He said');

function run(rules: readonly Rule[], options: AnalyzeOptions = {}): { findings: Finding[]; errors: Array<[string, unknown]> } {
  const errors: Array<[string, unknown]> = [];
  const findings = new Analyzer({ speller, ...options, onRuleError: (rule, error) => errors.push([rule, error]) }, rules).analyze(TEXT).findings;
  return { findings, errors };
}

const without = (findings: Finding[], rule: string) => findings.filter((f) => f.rule !== rule);

describe('a rule that throws', () => {
  test('the other rules’ findings are unchanged, on the throwing paragraph too', () => {
    const baseline = run(RULES).findings;
    assert.ok(
      baseline.some((f) => f.range.start >= SECOND && f.range.start < THIRD),
      'the real rules report in the marker paragraph',
    );
    assert.deepEqual(without(run([...RULES, throwingRule]).findings, throwingRule.id), baseline);
  });

  test('its findings on the other paragraphs still appear', () => {
    const own = run([...RULES, throwingRule]).findings.filter((f) => f.rule === throwingRule.id);
    const expected = fines(TEXT)
      .map((f) => f.start)
      .filter((i) => i < SECOND || i >= THIRD);
    assert.deepEqual(
      own.map((f) => f.range.start),
      expected,
    );
    assert.equal(expected.length, 2);
  });

  test('onRuleError is called once, with the rule id and the error', () => {
    const { errors } = run([...RULES, throwingRule]);
    assert.equal(errors.length, 1);
    assert.equal(errors[0][0], throwingRule.id);
    assert.match(String((errors[0][1] as Error).message), /cannot read KABOOM/);
  });

  test('without an onRuleError the analysis still completes', () => {
    const findings = new Analyzer({ speller }, [...RULES, throwingRule]).analyze(TEXT).findings;
    assert.ok(findings.some((f) => f.rule === throwingRule.id));
  });

  test('an Analyzer reused after the error recovers the paragraph once the marker is edited out', () => {
    const errors: string[] = [];
    const analyzer = new Analyzer({ speller, onRuleError: (rule) => errors.push(rule) }, [...RULES, throwingRule]);
    analyzer.analyze(TEXT);
    const edited = TEXT.replace(MARKER, 'Bang');
    const own = analyzer.analyze(edited).findings.filter((f) => f.rule === throwingRule.id);
    assert.equal(own.length, 3, 'the second paragraph reports its "fine" again');
    assert.deepEqual(errors, [throwingRule.id]);
  });

  test('a document rule that throws costs only its own findings', () => {
    const documentRule: Rule = {
      id: 'test-document-throws',
      description: 'Always throws.',
      defaultSeverity: 'hint',
      scope: 'document',
      check() {
        throw new TypeError('document rule failed');
      },
    };
    const { findings, errors } = run([documentRule, ...RULES]);
    assert.deepEqual(findings, run(RULES).findings);
    assert.deepEqual(
      errors.map(([rule]) => rule),
      [documentRule.id],
    );
  });

  test('a finalize that throws, or a rule that throws a non-Error, is caught the same way', () => {
    const finalizeThrows: Rule = {
      id: 'test-finalize-throws',
      description: 'Finds "fine", then fails to finalize on the marker paragraph.',
      defaultSeverity: 'hint',
      scope: 'paragraph',
      check: (paragraph) => fines(paragraph.text),
      finalize(findings, paragraph) {
        if (paragraph.text.includes(MARKER)) throw 'a string, not an Error';
        return findings;
      },
    };
    const { findings, errors } = run([...RULES, finalizeThrows]);
    assert.deepEqual(without(findings, finalizeThrows.id), run(RULES).findings);
    assert.equal(findings.filter((f) => f.rule === finalizeThrows.id).length, 2);
    assert.deepEqual(errors, [[finalizeThrows.id, 'a string, not an Error']]);
  });
});
