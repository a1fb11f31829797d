import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyzer, type Finding } from '../../src/core';
import { MARGINS } from '../../src/core/context/detect';
import { contextModel } from '../../src/core/context/model';
import { CONTEXT_MODEL } from '../../src/core/data/context-model';
import { confusable } from '../../src/core/rules/confusable';
import { score } from '../support/confusable';
import { loadRealWordFixture } from '../support/real-word';
import { ruleHelpers } from '../support/rule-helpers';

const { findings: confusables } = ruleHelpers('confusable');

/** The findings of the context model (the `confusable` rule's second pass). */
function model(text: string): Finding[] {
  return confusables(text).filter((f) => f.data?.model !== undefined);
}

/** The flagged word, its first suggestion and its kind: "form→from (table)". */
function found(text: string): string[] {
  return model(text).map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]} (${String(f.data?.model)})`);
}

describe('context model data', () => {
  test('is compact and decodes: vocabulary, sets and counts', () => {
    const bytes = Object.values(CONTEXT_MODEL).reduce((n, s) => n + s.length, 0);
    assert.ok(bytes < 3_000_000, `${bytes} characters`);
    const m = contextModel();
    assert.ok(m.id('the') > 0 && m.count(m.id('the')) > 10_000);
    assert.equal(m.id('zzyzx-not-a-word'), -1);
    assert.ok(m.candidates('form').some((c) => c.word === 'from'));
    assert.deepEqual(m.candidates('zzyzx-not-a-word'), []);
  });
  test('every kind of candidate has a margin', () => {
    const kinds = new Set<string>();
    const m = contextModel();
    for (const w of m.suspects()) for (const c of m.candidates(w)) kinds.add(c.kind);
    for (const k of kinds) assert.ok(k in MARGINS, k);
  });
});

describe('context model reports each kind of real-word error', () => {
  test('a known pair the table has no context for: "form" for "from"', () => {
    const [f] = model('I got a letter form my aunt.');
    assert.equal(f.suggestions[0], 'from');
    assert.match(f.message, /`form` here reads as `from`/);
    assert.equal(f.severity, 'warning');
  });
  test('a homophone: "knot" for "not"', () => assert.deepEqual(found('He had knot mentioned Kate.'), ['knot→not (homophone)']));
  test('a doubled letter: "thee" for "the"', () => assert.deepEqual(found('I walk around thee house a lot.'), ['thee→the (typo-double)']));
  test('a dropped letter: "cold" for "could"', () => assert.deepEqual(found('You cold win a popularity contest at that school.'), ['cold→could (typo-drop)']));
  test('an adjacent key: "gold" for "told"', () => assert.deepEqual(found('But I gold him, goddammit.'), ['gold→told (typo-key)']));
  test('two letters swapped: "lots" for "lost"', () => assert.deepEqual(found('He lots all sense of dignity.'), ['lots→lost (typo-swap)']));
  test('an adverb without its -ly: "exact" for "exactly"', () => assert.deepEqual(found('I did exact as instructed.'), ['exact→exactly (adverb)']));
  test('a function word: "then" for "the"', () => assert.deepEqual(found('Then began then journey through their own mine fields.'), ['then→the (function)']));
  test('a past after "did": "wanted" for "want"', () => assert.deepEqual(found("She didn't wanted to go home."), ['wanted→want (verb-base)']));
  test('a past after "did" and its subject: "went" for "go"', () => assert.deepEqual(found('Did you went to the market?'), ['went→go (verb-base)']));
  test('a base after a subject in a past-tense paragraph: "walk" for "walked"', () =>
    assert.deepEqual(found('Yesterday she walk home alone and cried.'), ['walk→walked (verb-past)']));
  test('another letter: "thing" for "think" after a modal', () => assert.deepEqual(found('He can thing of nothing else.'), ['thing→think (typo-sub)']));
  test('a letter too many: "every" for "ever"', () => assert.deepEqual(found('Have you every seen the sea?'), ['every→ever (typo-insert)']));
  test('a compound written as two words, decided by counts: "for get"', () => assert.deepEqual(found('I will never for get you.'), ['for get→forget (split)']));
  test('a case is kept: "Knot" at the start of a sentence', () =>
    assert.deepEqual(
      found('Knot a word was said.').map((s) => s.split(' ')[0]),
      ['Knot→Not'],
    ));
});

describe('context model stays silent', () => {
  for (const text of [
    'I got a letter from my aunt.',
    'He had not mentioned Kate.',
    'The knot held fast.',
    'It was cold outside, so she could not win.',
    'She tied the gold ribbon around the box.',
    'There were lots of people at the party.',
    'He walked slowly to the door, and then he turned.',
    'Its tail wagged as the dog ran to its bowl.',
    "She didn't want to go home.",
    'Did you go to the market?',
    'Yesterday she walked home alone and cried.',
    'They walk home together every day.',
    'He can think of nothing else.',
    'Have you ever seen the sea?',
    'Every house on the street was dark.',
    'I will never forget you.',
    'She waited for the bus.',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
  test('on a name the story uses, even at the start of a sentence', () => {
    // "Knot" is a character here: the story capitalizes it inside sentences.
    const text = 'Knot a word was said. Then Knot smiled, and Knot left.';
    const findings = new Analyzer({}, [confusable]).analyze(text).findings.filter((f) => f.data?.model !== undefined);
    assert.deepEqual(findings, []);
  });
  test("on verb forms and flat adverbs in dialogue: the character's voice", () => {
    assert.deepEqual(found('"I did exact as instructed," he said.'), []);
    assert.deepEqual(found('"Did you went to the market?" she asked.'), []);
    assert.deepEqual(found('"Yesterday she walk home alone," he said, and cried.'), []);
  });
  test('on a base form after a subject where nothing tells of the past: "they walk" now', () => {
    assert.deepEqual(
      found('Every day she walk home alone.').filter((f) => f.endsWith('(verb-past)')),
      [],
    );
  });
  test('next to a word the table flagged: its neighbour is wrong, not it', () => {
    const f = confusables("I don't want to loose any readers.");
    assert.deepEqual(
      f.map((x) => x.suggestions[0]),
      ['lose'],
    );
  });
  test("inside an author's note as in narration: the author's own prose is read the same", () => {
    assert.deepEqual(
      found('(A/N: I got a letter form my aunt.)').map((s) => s.split(' ')[0]),
      ['form→from'],
    );
  });
});

describe('context model fix', () => {
  test("the first suggestion is the model's choice, preferred when it wins by far", () => {
    const [f] = model('I got a letter form my aunt.');
    assert.equal(f.confident, true);
    const text = 'I got a letter form my aunt.';
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'I got a letter from my aunt.');
  });
  test('a verb form after "did" is the base of the same verb, preferred when it wins by far', () => {
    const [f] = model("She didn't wanted to go home.");
    assert.equal(f.suggestions[0], 'want');
    assert.equal(f.confident, true);
    assert.equal(f.data?.family, 'grammar');
  });
  test('a split compound is replaced whole: both words, one fix', () => {
    const text = 'I will never for get you.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'I will never forget you.');
    assert.equal(f.data?.family, 'split');
  });
  test('a narrow win is a suggestion, not the preferred fix', () => {
    const close = model('Rachel had little to se.');
    for (const f of close) assert.notEqual(f.confident, true, f.message);
  });
  test('the apostrophe follows the document', () => {
    const text = 'She didn’t care. Its been a long day for everyone.';
    const f = confusables(text);
    assert.ok(
      f.every((x) => !x.suggestions[0].includes("'")),
      JSON.stringify(f.map((x) => x.suggestions)),
    );
  });
});

describe('real sentences from public sources (test/fixtures/real-word, tuning half)', () => {
  const lines = loadRealWordFixture('tuning');
  const s = score(lines);
  const correct = lines.filter((l) => l.errors.length === 0).length;
  test('at most 5 % of the correct sentences are flagged', () => {
    assert.ok(s.controlAlarms.length <= correct * 0.05, `${s.controlAlarms.length}/${correct}:\n${s.controlAlarms.join('\n')}`);
  });
  test('at least 50 % of the errors are fixed by the first suggestion', () => {
    assert.ok(s.caught / s.errors >= 0.5, `${s.caught}/${s.errors}; missed:\n${s.missed.join('\n')}`);
  });
});
